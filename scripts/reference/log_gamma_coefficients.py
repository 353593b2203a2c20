#!/usr/bin/env python3
"""Coefficients of the Taylor series of ln Γ(2 + z) about z = 0, used by
Sources/Stats/Distributions/LogGamma.swift (printed as Swift literals).

ln Γ(2 + z) = (1 − γ)·z + Σ_{k≥2} (−1)^k (ζ(k) − 1)/k · z^k   (|z| < 2)
(Abramowitz & Stegun 6.1.33 with ln Γ(2 + z) = ln Γ(1 + z) + log1p(z)).
Since ζ(k) − 1 ~ 2^−k the terms fall like (z/2)^k/k; 30 terms reach 1e-19 at |z| = 1/2.
Run: python3 scripts/reference/log_gamma_coefficients.py
"""
import mpmath as mp

mp.mp.dps = 40
print("// c[0] = 1 − γ, c[k−1] = (−1)^k (ζ(k) − 1)/k for k = 2 … 30")
coeffs = [1 - mp.euler] + [(-1) ** k * (mp.zeta(k) - 1) / k for k in range(2, 31)]
for c in coeffs:
    print("    %s," % mp.nstr(c, 21, min_fixed=-1, max_fixed=-1))
