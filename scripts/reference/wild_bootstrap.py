#!/usr/bin/env python3
"""Reference values for the restricted wild cluster bootstrap (WCR) tests.

An independent, deliberately naive implementation: for every one of the 2^G
Rademacher sign vectors it refits the restricted model, builds the bootstrap
sample y* = X beta_tilde + u_tilde * v[cluster], refits the unrestricted model by
least squares and computes the CR1 cluster-robust t statistic from scratch
(bread (X'X)^-1, meat sum_g s_g s_g', factor G/(G-1)(N-1)/(N-K)). Fixed-effects
cases are computed on the dummy-variable regression (no demeaning), so they
also check that the Swift within-model bootstrap equals the dummy-variable one.

R's fwildclusterboot is not available here (not in Debian, `apt-cache policy
r-cran-fwildclusterboot` finds nothing), so this enumeration is the reference.

Conventions shared with the Swift code (Sources/Stats/WildBootstrap):
  * a bootstrap t* within a relative 1e-9 of t counts as a tie, i.e. as
    "at least as extreme" (>=);
  * symmetric p = #{|t*| >= |t|}/B; equal-tail p = min(1, 2 min(#{t* <= t}, #{t* >= t})/B);
    upper p = #{t* >= t}/B; lower p = #{t* <= t}/B;
  * confidence interval: {beta0 : p(beta0) > alpha}; from delta = 0 step to
    delta = +-se*2^m (m = 0..62) until p <= alpha, then bisect until the midpoint
    equals an end, return the midpoint (beta0 = beta_hat + delta).

Run: python3 scripts/reference/wild_bootstrap.py  (writes Tests/StatsTests/Fixtures/wild_bootstrap.json)
"""
import itertools
import json
import os

import numpy as np

TIE = 1e-9


def ols(X, y):
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    return beta, y - X @ beta


def cr1_se(X, u, cl, j):
    n, k = X.shape
    groups = np.unique(cl)
    G = len(groups)
    bread = np.linalg.inv(X.T @ X)
    meat = np.zeros((k, k))
    for g in groups:
        s = X[cl == g].T @ u[cl == g]
        meat += np.outer(s, s)
    f = G / (G - 1) * (n - 1) / (n - k)
    V = f * bread @ meat @ bread
    return np.sqrt(V[j, j]), f


def tstat(X, y, cl, j, beta0):
    b, u = ols(X, y)
    se, _ = cr1_se(X, u, cl, j)
    return (b[j] - beta0) / se


def boot_t(X, y, cl, j, beta0, signs):
    """All t* for the sign vectors in `signs` (one row per replicate, one column per cluster index)."""
    Xr = np.delete(X, j, axis=1)
    g_hat, _ = ols(Xr, y - beta0 * X[:, j])
    fitted = Xr @ g_hat + beta0 * X[:, j]
    ut = y - fitted
    out = []
    for v in signs:
        ystar = fitted + ut * v[cl]
        out.append(tstat(X, ystar, cl, j, beta0))
    return np.array(out)


def pvalue(t, ts, kind):
    tol = TIE * abs(t)
    B = len(ts)
    if kind == "symmetric":
        return np.sum(np.abs(ts) >= abs(t) - tol) / B
    ge = np.sum(ts >= t - tol)
    le = np.sum(ts <= t + tol)
    if kind == "equalTail":
        return min(1.0, 2 * min(ge, le) / B)
    if kind == "upper":
        return ge / B
    return le / B


def p_at(X, y, cl, j, beta0, signs, kind):
    return pvalue(tstat(X, y, cl, j, beta0), boot_t(X, y, cl, j, beta0, signs), kind)


def ci(X, y, cl, j, signs, kind, level):
    alpha = 1 - level
    b, u = ols(X, y)
    se, _ = cr1_se(X, u, cl, j)
    bh = b[j]

    def rejected(d):
        return p_at(X, y, cl, j, bh + d, signs, kind) <= alpha

    def endpoint(s):
        inside, outside, step = 0.0, None, se
        for _ in range(63):
            d = s * step
            if rejected(d):
                outside = d
                break
            inside = d
            step *= 2
        if outside is None:
            return s * float("inf")
        while True:
            mid = inside + (outside - inside) / 2
            if mid == inside or mid == outside:
                return mid
            if rejected(mid):
                outside = mid
            else:
                inside = mid

    lo = endpoint(-1) if kind != "lower" else -float("inf")
    hi = endpoint(1) if kind != "upper" else float("inf")
    return bh + lo, bh + hi


def dense(codes):
    _, inv = np.unique(codes, return_inverse=True)
    return inv


def case(name, X, y, cl, j, term, nulls, cis, design_names, extra=None):
    cl = dense(cl)
    G = len(np.unique(cl))
    signs = np.array(list(itertools.product([1.0, -1.0], repeat=G)))
    b, u = ols(X, y)
    se, f = cr1_se(X, u, cl, j)
    tests = []
    for beta0 in nulls:
        t = (b[j] - beta0) / se
        ts = boot_t(X, y, cl, j, beta0, signs)
        tests.append({
            "nullValue": repr(float(beta0)),
            "statistic": repr(float(t)),
            "pValues": {k: repr(float(pvalue(t, ts, k))) for k in ["symmetric", "equalTail", "upper", "lower"]},
            "bootstrapStatistics": [repr(float(v)) for v in np.sort(ts)],
        })
    intervals = []
    for kind, level in cis:
        lo, hi = ci(X, y, cl, j, signs, kind, level)
        intervals.append({"kind": kind, "level": repr(level), "low": repr(float(lo)), "high": repr(float(hi))})
    out = {
        "name": name, "term": term, "clusters": int(G), "replications": int(len(signs)),
        "estimate": repr(float(b[j])), "standardError": repr(float(se)), "smallSampleFactor": repr(float(f)),
        "tests": tests, "intervals": intervals,
    }
    if extra:
        out.update(extra)
    return out


def main():
    rng = np.random.default_rng(20240607)
    cases = []

    # 1. OLS, G = 6 unbalanced clusters, cluster-level shocks and heteroskedasticity.
    sizes = [4, 7, 9, 5, 12, 8]
    cl = np.repeat(np.arange(6) * 10 + 3, sizes)  # raw codes 3, 13, ...: only equality matters
    n = len(cl)
    x1 = rng.normal(size=n) + 0.5 * rng.normal(size=6)[dense(cl)]
    x2 = rng.uniform(-1, 1, size=n)
    y = 1.0 + 0.35 * x1 - 0.8 * x2 + rng.normal(size=6)[dense(cl)] * 0.7 + rng.normal(size=n) * (1 + np.abs(x2))
    y = np.round(y, 6); x1 = np.round(x1, 6); x2 = np.round(x2, 6)
    X = np.column_stack([np.ones(n), x1, x2])
    cases.append(case(
        "ols", X, y, cl, 1, "x1", [0.0, 0.3],
        [("symmetric", 0.95), ("symmetric", 0.9), ("equalTail", 0.95), ("upper", 0.9), ("lower", 0.9)],
        ["(Intercept)", "x1", "x2"],
        {"data": {"y": [repr(float(v)) for v in y], "x1": [repr(float(v)) for v in x1], "x2": [repr(float(v)) for v in x2],
                  "cluster": [int(c) for c in cl]}}))

    # 1b. The same data by WLS (weights in (0.5, 2)): the transformed model sqrt(w) y = sqrt(w) X b.
    wts = np.round(rng.uniform(0.5, 2.0, size=n), 4)
    sw = np.sqrt(wts)
    cases.append(case(
        "wls", X * sw[:, None], y * sw, cl, 1, "x1", [0.0], [("symmetric", 0.95)],
        ["(Intercept)", "x1", "x2"], {"data": {"weights": [repr(float(v)) for v in wts]}}))

    # 2. Panel: 8 entities x 5 years, entity effects, clusters = entities (nested).
    E, T = 8, 5
    ent = np.repeat(np.arange(E), T)
    yr = np.tile(np.arange(T), E)
    alpha = rng.normal(size=E)
    gamma = rng.normal(size=T) * 0.5
    xp = np.round(rng.normal(size=E * T) + alpha[ent] * 0.6 + gamma[yr], 6)
    zp = np.round(rng.normal(size=E * T), 6)
    yp = np.round(alpha[ent] + gamma[yr] + 0.25 * xp - 0.4 * zp + rng.normal(size=E * T) * (0.5 + 0.3 * np.abs(alpha[ent])), 6)
    De = (ent[:, None] == np.arange(E)[None, :]).astype(float)
    Dy = (yr[:, None] == np.arange(1, T)[None, :]).astype(float)
    panel = {"y": [repr(float(v)) for v in yp], "x": [repr(float(v)) for v in xp], "z": [repr(float(v)) for v in zp],
             "entity": [int(v) for v in ent], "year": [int(v) for v in yr]}
    Xe = np.column_stack([xp, zp, De])
    cases.append(case("fe_entity", Xe, yp, ent, 0, "x", [0.0],
                      [("symmetric", 0.95), ("equalTail", 0.9)], None, {"data": panel}))
    # 3. Entity + year effects, clusters = entities: the year effects are not nested.
    Xey = np.column_stack([xp, zp, De, Dy])
    cases.append(case("fe_entity_year", Xey, yp, ent, 0, "x", [0.0, 0.5],
                      [("symmetric", 0.95), ("equalTail", 0.9)], None))

    path = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "wild_bootstrap.json")
    with open(path, "w") as fh:
        json.dump({"generator": "scripts/reference/wild_bootstrap.py (numpy " + np.__version__ + ")",
                   "cases": cases}, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
