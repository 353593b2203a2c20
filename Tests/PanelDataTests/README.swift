// Tests for PanelData live beside this file, one <Subject>Tests.swift per source file.
