// Tests for Modeling, one <Subject>Tests.swift per source file.
