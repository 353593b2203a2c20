"""Exact null distribution of Spearman's statistic without ties for n = 1..20, and exact
p-values for samples with n = 11..20 (including the 15 post-Soviet states' egdi/wgi_cc in
2022), for Tests/StatsTests/Correlation/SpearmanNullDistributionTests.swift.

    python3 scripts/reference/correlation_spearman_distribution.py [NMAX [OUTPUT]]
    -> Tests/StatsTests/Fixtures/correlation_spearman_distribution.json   (NMAX = 20)

(Python 3.11, numpy 2; about a minute and ~1.5 GB for n = 20.)

Method (deliberately not the one in Sources/Stats/Correlation/SpearmanNullDistribution.swift,
which assigns ranks row by row and stores one count array per column set up to translation):
T = sum_i i*pi(i) = sum_{a=1..n} sum(U_a), where U_a = pi({a..n}) is the set of values of
rows a..n. Filling rows from the bottom, the count array of a value set U is
    N_U(t) = sum_{v in U} N_{U \\ {v}}(t - sum(U)),   N_{{}} = [1 at t = 0],
one array per subset (no symmetry used), with Python integers checked against int64.
Checks before writing: every total is n!; brute-force itertools enumeration for n <= 8;
mean and variance of S = sum d^2 = 2(sum i^2 - T) against E S = (n^3 - n)/6 and
Var S = n^2 (n - 1)(n + 1)^2 / 36; the central coefficient (number of permutations with
S = E S) against the published OEIS A056876 (van de Wiel & Di Bucchianico's "balanced"
permutations), n = 1..20.

p-values (exact fractions over n!, as SpearmanExactDistribution's conventions): with
T_obs = sum rank(x_i) rank(y_i), greater P(T >= T_obs), less P(T <= T_obs), two-sided
P(|T - E T| >= |T_obs - E T|), E T = n(n + 1)^2 / 4.
"""
import csv
import itertools
import json
import math
import random
from fractions import Fraction

import numpy as np

import sys
NMAX = int(sys.argv[1]) if len(sys.argv) > 1 else 20
# OEIS A056876, offset 1 (n = 1..20).
A056876 = [1, 0, 0, 2, 6, 0, 184, 936, 6688, 0, 420480, 4298664, 44405142, 0, 6732621476,
           92014579912, 1345077232898, 0, 349174373111790, 6179276762966832]


def distribution(n):
    """counts[t - tmin] for T = sum i*pi(i), tmin = n(n+1)(n+2)/6."""
    layer = {0: (0, np.array([1], dtype=np.int64))}  # mask -> (lowest t, counts)
    by_size = [[] for _ in range(n + 1)]
    for mask in range(1 << n):
        by_size[bin(mask).count("1")].append(mask)
    for size in range(1, n + 1):
        nxt = {}
        for mask in by_size[size]:
            s = sum(v + 1 for v in range(n) if mask >> v & 1)
            preds = [layer[mask & ~(1 << v)] for v in range(n) if mask >> v & 1]
            lo = min(p[0] for p in preds)
            hi = max(p[0] + len(p[1]) - 1 for p in preds)
            acc = np.zeros(hi - lo + 1, dtype=np.int64)
            for plo, arr in preds:
                acc[plo - lo:plo - lo + len(arr)] += arr
            nxt[mask] = (lo + s, acc)
        layer = nxt
    lo, arr = layer[(1 << n) - 1]
    tmin = n * (n + 1) * (n + 2) // 6
    assert lo == tmin, (n, lo, tmin)
    counts = [int(c) for c in arr]
    assert sum(counts) == math.factorial(n)
    assert all(0 <= c < 2**63 for c in counts)
    return counts


def brute(n):
    tmin = n * (n + 1) * (n + 2) // 6
    tmax = n * (n + 1) * (2 * n + 1) // 6
    c = [0] * (tmax - tmin + 1)
    for p in itertools.permutations(range(1, n + 1)):
        c[sum((i + 1) * v for i, v in enumerate(p)) - tmin] += 1
    return c


dists = {}
for n in range(1, NMAX + 1):
    d = distribution(n)
    if n <= 8:
        assert d == brute(n), n
    tmin = n * (n + 1) * (n + 2) // 6
    sq = n * (n + 1) * (2 * n + 1) // 6
    total = math.factorial(n)
    es = sum(Fraction(2 * (sq - (tmin + k))) * c for k, c in enumerate(d)) / total
    vs = sum(Fraction(2 * (sq - (tmin + k))) ** 2 * c for k, c in enumerate(d)) / total - es * es
    assert es == Fraction(n**3 - n, 6), n
    if n >= 2:
        assert vs == Fraction(n * n * (n - 1) * (n + 1) ** 2, 36), n
    # central coefficient: S = E S  <=>  4T = n(n+1)^2
    centre4 = n * (n + 1) ** 2
    central = d[centre4 // 4 - tmin] if centre4 % 4 == 0 else 0
    assert central == A056876[n - 1], (n, central)
    dists[n] = d
    print("n =", n, "ok", flush=True)


def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0] * len(v)
    for k, i in enumerate(order):
        r[i] = k + 1
    return r


def pvalues(x, y):
    n = len(x)
    assert len(set(x)) == n and len(set(y)) == n
    rx, ry = ranks(x), ranks(y)
    tobs = sum(a * b for a, b in zip(rx, ry))
    d = dists[n]
    tmin = n * (n + 1) * (n + 2) // 6
    total = math.factorial(n)
    centre4 = n * (n + 1) ** 2
    ge = sum(c for k, c in enumerate(d) if tmin + k >= tobs)
    le = sum(c for k, c in enumerate(d) if tmin + k <= tobs)
    ext = sum(c for k, c in enumerate(d) if abs(4 * (tmin + k) - centre4) >= abs(4 * tobs - centre4))
    s = 2 * (sum(i * i for i in range(1, n + 1)) - tobs)
    return s, {k: Fraction(v, total) for k, v in (("greater", ge), ("less", le), ("two-sided", ext))}


samples = []
with open("Datasets/panel.csv", newline="") as f:
    rows = [r for r in csv.DictReader(f) if r["year"] == "2022" and r["post_soviet"] == "1"
            and r["egdi"] and r["wgi_cc"]]
samples.append(("post_soviet_2022_egdi_wgi_cc", [float(r["egdi"]) for r in rows],
                [float(r["wgi_cc"]) for r in rows]))
rng = random.Random(19)
for n in range(11, NMAX + 1):
    for label, noise in (("strong", 0.25), ("moderate", 1.0), ("weak", 4.0)):
        x = [rng.gauss(0, 1) for _ in range(n)]
        y = [xi + noise * rng.gauss(0, 1) for xi in x]
        x = [round(v, 6) for v in x]
        y = [round(v, 6) for v in y]
        samples.append((f"n{n}_{label}", x, y))

cases = []
for name, x, y in samples:
    s, p = pvalues(x, y)
    cases.append({"name": name, "n": len(x), "x": [repr(v) for v in x], "y": [repr(v) for v in y], "S": s,
                  "p": {k: {"fraction": f"{v.numerator}/{v.denominator}", "value": repr(float(v))}
                        for k, v in p.items()}})

out = {
    "_provenance": "scripts/reference/correlation_spearman_distribution.py: subset DP over value sets "
                   "(rows filled from the bottom), checked against n!, brute force (n <= 8), E S, Var S and "
                   "OEIS A056876",
    "distributions": {str(n): {"tmin": n * (n + 1) * (n + 2) // 6, "counts": [str(c) for c in d]}
                      for n, d in dists.items()},
    "cases": cases,
}
with open(sys.argv[2] if len(sys.argv) > 2 else "Tests/StatsTests/Fixtures/correlation_spearman_distribution.json", "w") as f:
    json.dump(out, f, indent=0)
