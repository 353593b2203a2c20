"""Exact Spearman p-values by brute-force enumeration of all n! permutations, with exact
rational arithmetic, for samples where R's cor.test is not exact (n = 10, ties).

    python3 scripts/reference/correlation_spearman_exact.py
    -> Tests/StatsTests/Fixtures/correlation_spearman_exact.json

Midranks as scipy.stats.rankdata (average); rho = Pearson r of the midranks (Fraction).
p-values over the n! equally likely pairings of y-ranks with x-ranks:
  greater: P(rho* >= rho), less: P(rho* <= rho), two-sided: P(|rho*| >= |rho|).
"""
import itertools
import json
from fractions import Fraction


def midranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [Fraction(0)] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = Fraction(i + j + 2, 2)
        i = j + 1
    return r


def centred_cross(a, b):
    return sum(x * y for x, y in zip(a, b))


SAMPLES = {
    "n10": ([3.2, 1.5, 4.8, 2.2, 9.1, 6.6, 5.0, 7.3, 8.8, 0.7],
            [2.9, 1.0, 6.1, 3.5, 7.7, 4.2, 5.8, 9.9, 8.1, 0.3]),
    "n10_weak": ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                 [4, 9, 1, 7, 2, 10, 5, 3, 8, 6]),
    "n10_ties": ([1, 2, 2, 3, 3, 3, 4, 5, 5, 6],
                 [2, 1, 3, 3, 5, 4, 4, 6, 6, 6]),
    "n10_heavy_ties": ([1, 1, 1, 2, 2, 2, 3, 3, 3, 3],
                       [1, 2, 1, 2, 3, 1, 3, 3, 2, 3]),
    "n7_ties": ([5, 5, 6, 7, 7, 8, 9], [1, 3, 2, 2, 5, 5, 4]),
    "n5_negative": ([1, 2, 3, 4, 5], [5, 3, 4, 1, 2]),
}

cases = []
for name, (x, y) in SAMPLES.items():
    n = len(x)
    rx, ry = midranks(x), midranks(y)
    mean = Fraction(n + 1, 2)
    cx = [v - mean for v in rx]
    cy = [v - mean for v in ry]
    sxx = sum(v * v for v in cx)
    syy = sum(v * v for v in cy)
    obs = centred_cross(cx, cy)
    ge = le = ext = total = 0
    for perm in itertools.permutations(cy):
        d = centred_cross(cx, perm)
        ge += d >= obs
        le += d <= obs
        ext += abs(d) >= abs(obs)
        total += 1
    rho2 = obs * obs / (sxx * syy)  # exact rho^2
    rho = float(obs) / (float(sxx) * float(syy)) ** 0.5
    p = {"greater": Fraction(ge, total), "less": Fraction(le, total), "two-sided": Fraction(ext, total)}
    cases.append({
        "name": name, "x": [repr(float(v)) for v in x], "y": [repr(float(v)) for v in y],
        "rho": repr(rho), "rho_squared": f"{rho2.numerator}/{rho2.denominator}",
        "permutations": total,
        "p": {k: {"fraction": f"{v.numerator}/{v.denominator}", "value": repr(float(v))} for k, v in p.items()},
    })

out = {"_provenance": "brute-force enumeration of all n! permutations with fractions.Fraction, "
                      "scripts/reference/correlation_spearman_exact.py",
       "cases": cases}
with open("Tests/StatsTests/Fixtures/correlation_spearman_exact.json", "w") as f:
    json.dump(out, f, indent=1)
