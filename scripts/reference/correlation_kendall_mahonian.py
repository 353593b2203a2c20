"""Exact Kendall p-values from integer Mahonian numbers, for the cases of
correlation_kendall_exact.R (R's exact p for the upper tail is 1 - P(T <= q - 1), which
loses all digits below ~1e-15; these are exact rationals).

    python3 scripts/reference/correlation_kendall_mahonian.py
    -> Tests/StatsTests/Fixtures/correlation_kendall_mahonian.json

I(n, k) = sum_{j=0}^{min(k, n-1)} I(n-1, k-j), I(1, 0) = 1 (permutations of n with k
inversions). T = concordant pairs = n(n-1)/2 - inversions of y when x = 1..n.
greater: P(T >= t), less: P(T <= t), two-sided: min(1, 2 * tail on the observed side)
(R's rule: upper tail if t > n(n-1)/4).
"""
import json
from fractions import Fraction
from math import factorial

with open("Tests/StatsTests/Fixtures/correlation_kendall_exact_r.json") as f:
    rcases = json.load(f)["cases"]

mahonian = {1: [1]}
for n in range(2, 51):
    prev = mahonian[n - 1]
    m = n * (n - 1) // 2
    mahonian[n] = [sum(prev[k - j] for j in range(0, min(k, n - 1) + 1) if k - j < len(prev)) for k in range(m + 1)]

cases = []
seen = set()
for c in rcases:
    n, y = c["n"], c["y"]
    key = (n, tuple(y))
    if key in seen:
        continue
    seen.add(key)
    inv = sum(1 for i in range(n) for j in range(i + 1, n) if y[i] > y[j])
    t = n * (n - 1) // 2 - inv
    counts = mahonian[n]  # distribution of inversions == distribution of T (symmetric)
    total = factorial(n)
    lower = Fraction(sum(counts[: t + 1]), total)
    upper = Fraction(sum(counts[t:]), total)
    two = min(Fraction(1), 2 * (upper if 4 * t > n * (n - 1) else lower))
    cases.append({"n": n, "y": y, "T": t,
                  "p": {"greater": repr(float(upper)), "less": repr(float(lower)), "two-sided": repr(float(two))}})

with open("Tests/StatsTests/Fixtures/correlation_kendall_mahonian.json", "w") as f:
    json.dump({"_provenance": "exact integer Mahonian numbers, scripts/reference/correlation_kendall_mahonian.py",
               "cases": cases}, f, indent=1)
