#!/usr/bin/env python3
"""Prints double-double (hi, lo) splits of reference constants with mpmath at 60
digits, for Tests/StatsTests/DoubleDoubleTests.swift."""
from mpmath import mp, mpf, sqrt

mp.dps = 60
for name, v in [("sqrt(2)", sqrt(2)), ("1/3", mpf(1) / 3), ("1/10", mpf(1) / 10), ("sqrt(1/3)", sqrt(mpf(1) / 3))]:
    hi = float(v)
    lo = float(v - mpf(hi))
    print(f"{name}: hi = {hi!r}, lo = {lo!r}")
