// Tests for EGovCLI live beside this file, one <Subject>Tests.swift per source file.
