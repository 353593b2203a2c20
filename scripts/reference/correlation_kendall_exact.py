"""Exact lower-tail probabilities of Kendall's T (concordant pairs, no ties) for n beyond
R's exact range (R: n < 50), from the Mahonian numbers in exact integer arithmetic.

    python3 scripts/reference/correlation_kendall_exact.py
    -> Tests/StatsTests/Fixtures/correlation_kendall_exact.json

I(m, k) = sum_{j=0}^{m-1} I(m-1, k-j); P(T <= q) = sum_{k<=q} I(n, k) / n!  (Fraction -> float).
"""
import json
import math
from fractions import Fraction


def mahonian(n):
    row = [1]
    for m in range(2, n + 1):
        total = m * (m - 1) // 2
        prefix = [0]
        for v in row:
            prefix.append(prefix[-1] + v)
        new = []
        for k in range(total + 1):
            hi = min(k, len(row) - 1)
            lo = k - (m - 1)
            new.append(prefix[hi + 1] - prefix[max(lo, 0)] if hi >= max(lo, 0) else 0)
        row = new
    return row


cases = []
for n, fractions_of_max in [(4, [0, 0.5]), (60, [0.2, 0.35, 0.45]), (150, [0.1, 0.3, 0.42, 0.5]),
                            (300, [0.05, 0.38, 0.44, 0.49])]:
    counts = mahonian(n)
    total = math.factorial(n)
    assert sum(counts) == total
    m = n * (n - 1) // 2
    for f in fractions_of_max:
        q = int(f * m)
        p = Fraction(sum(counts[: q + 1]), total)
        cases.append({"n": n, "q": q, "lower_tail": repr(float(p))})
out = {"_provenance": "exact Mahonian numbers (Python integers), scripts/reference/correlation_kendall_exact.py",
       "mahonian_4": mahonian(4), "cases": cases}
with open("Tests/StatsTests/Fixtures/correlation_kendall_exact.json", "w") as fh:
    json.dump(out, fh, indent=1)
