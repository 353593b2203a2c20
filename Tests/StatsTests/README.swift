// Tests for Stats live beside this file, one <Subject>Tests.swift per source file.
