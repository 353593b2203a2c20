#!/usr/bin/env python3
"""Skewness and excess kurtosis, exact -> Tests/StatsTests/Fixtures/moments.json

Definitions (Joanes & Gill 1998, "Comparing measures of sample skewness and
kurtosis", The Statistician 47:183-189), with m_r = sum (x - xbar)^r / n:
  g1 = m3 / m2^(3/2)                    g2 = m4 / m2^2 - 3            (type 1: moments; Stata summarize: g1, g2+3)
  G1 = g1 sqrt(n(n-1)) / (n-2)          G2 = ((n+1) g2 + 6)(n-1)/((n-2)(n-3))   (type 2: SAS, SPSS, Excel, e1071 type 2)
  b1 = g1 ((n-1)/n)^(3/2)               b2 = (g2 + 3)(1 - 1/n)^2 - 3  (type 3: MINITAB, BMDP, e1071 default)
Moments are computed with fractions.Fraction on the parsed doubles; the
irrational powers with mpmath at 50 digits; values written with repr() of the
correctly rounded double. Also the exact sample variance, sd and lag-1
autocorrelation for the same vectors.
Run: python3 scripts/reference/moments.py
"""
import json
import os
from fractions import Fraction

import mpmath

mpmath.mp.dps = 50
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "StatsTests", "Fixtures", "moments.json")


def mp(fr):
    return mpmath.mpf(fr.numerator) / fr.denominator


def dbl(v):
    return repr(float(v))


def main():
    samples = {
        "skewed": [1.0, 2.0, 2.5, 3.0, 3.0, 4.0, 8.0, 15.5, 40.0],
        "symmetric": [-3.0, -1.0, 0.0, 1.0, 3.0],
        "four": [0.1, 0.2, 0.4, 1.7],
        "large_offset": [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.4, 1e9 + 1.7, 1e9 + 0.3, 1e9 + 0.9],
        "heavy": [0.0] * 10 + [5.0, -5.0, 0.25, -0.5, 12.0],
    }
    cases = []
    for name, xs_f in samples.items():
        xs = [Fraction(x) for x in xs_f]
        n = len(xs)
        mean = sum(xs) / n
        d = [x - mean for x in xs]
        m2 = sum(v ** 2 for v in d) / n
        m3 = sum(v ** 3 for v in d) / n
        m4 = sum(v ** 4 for v in d) / n
        g1 = mp(m3) / mp(m2) ** mpmath.mpf(1.5)
        g2 = mp(m4 / (m2 * m2)) - 3
        G1 = g1 * mpmath.sqrt(n * (n - 1)) / (n - 2)
        G2 = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
        b1 = g1 * (mpmath.mpf(n - 1) / n) ** mpmath.mpf(1.5)
        b2 = (g2 + 3) * (1 - mpmath.mpf(1) / n) ** 2 - 3
        var = sum(v ** 2 for v in d) / (n - 1)
        acf1 = sum(d[t] * d[t - 1] for t in range(1, n)) / sum(v ** 2 for v in d)
        cases.append({
            "name": name, "x": [repr(x) for x in xs_f],
            "mean": dbl(mp(mean)), "variance": dbl(mp(var)), "sd": dbl(mpmath.sqrt(mp(var))),
            "acf1": dbl(mp(acf1)),
            "skewness": {"moment": dbl(g1), "adjusted": dbl(G1), "minitab": dbl(b1)},
            "kurtosis": {"moment": dbl(g2), "adjusted": dbl(G2), "minitab": dbl(b2)},
        })
    with open(OUT, "w") as f:
        json.dump({"_provenance": "scripts/reference/moments.py (exact Fraction moments, mpmath 50 digits; "
                                  "definitions of Joanes & Gill 1998)", "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
