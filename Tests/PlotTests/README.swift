// Tests for Plot live beside this file, one <Subject>Tests.swift per source file.
