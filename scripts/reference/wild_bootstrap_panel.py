#!/usr/bin/env python3
"""Reference values for `egov regress --bootstrap wild` on the embedded panel.

The same deliberately naive enumeration as scripts/reference/wild_bootstrap.py
(imported from it): for each of the 2^G Rademacher sign vectors, refit the
restricted model, build y* = X beta_tilde + u_tilde * v[cluster], refit by least
squares and compute the CR1 t statistic from scratch; fixed effects as explicit
dummies (no demeaning). Conventions (the package's, stated in every output):
symmetric p = #{|t*| >= |t|}/B, a t* within a relative 1e-9 of |t| counted as
extreme (so the all-ones replicate, which reproduces t, always counts);
confidence interval by test inversion with the same sign vectors.

Data: Datasets/panel.csv, post-Soviet rows (post_soviet == 1) with wgi_cc, egdi and
gdppc_ppp present, in file order (iso3, year), read with the csv module; clusters = iso3.
  * "g12_ols":  subregion != "Baltic" (G = 12, 2^12 = 4,096 replicates),
                wgi_cc ~ egdi + log(gdppc_ppp), term egdi: p and 95% interval.
  * "g12_twfe": the same rows, country and year dummies, term egdi: p.
  * "g15_twfe": all 15 post-Soviet states (G = 15, 2^15 = 32,768), dummies, term egdi: p.

Run: python3 scripts/reference/wild_bootstrap_panel.py
     (writes Tests/ParadoxTests/Fixtures/wild_bootstrap_panel.json; numpy only)
"""
import csv
import itertools
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import wild_bootstrap  # noqa: E402
from wild_bootstrap import ci, cr1_se, dense, ols, pvalue  # noqa: E402


def boot_t(X, y, cl, j, beta0, signs):
    """All t* at once: the same refits as wild_bootstrap.boot_t (restricted fit, y* = fitted +
    u_tilde * v[cluster], unrestricted least squares, CR1 standard error from its bread and
    cluster meat), with the replicates as the columns of one matrix instead of a loop."""
    Xr = np.delete(X, j, axis=1)
    g_hat, _ = ols(Xr, y - beta0 * X[:, j])
    fitted = Xr @ g_hat + beta0 * X[:, j]
    ut = y - fitted
    Ystar = fitted[:, None] + ut[:, None] * signs[:, cl].T          # n x B
    bread = np.linalg.inv(X.T @ X)
    B = bread @ X.T @ Ystar                                           # k x B
    U = Ystar - X @ B
    n, k = X.shape
    groups = np.unique(cl)
    G = len(groups)
    f = G / (G - 1) * (n - 1) / (n - k)
    aj = bread[j]                                                     # row j of the bread
    var = np.zeros(Ystar.shape[1])
    for g in groups:
        s = X[cl == g].T @ U[cl == g]                                 # k x B cluster scores
        var += (aj @ s) ** 2
    return (B[j] - beta0) / np.sqrt(f * var)


wild_bootstrap.boot_t = boot_t  # ci() in wild_bootstrap calls boot_t through p_at

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def load(drop_baltic):
    rows = []
    with open(os.path.join(ROOT, "Datasets", "panel.csv")) as fh:
        for r in csv.DictReader(fh):
            if r["post_soviet"] != "1" or not (r["wgi_cc"] and r["egdi"] and r["gdppc_ppp"]):
                continue
            if drop_baltic and r["subregion"] == "Baltic":
                continue
            rows.append(r)
    y = np.array([float(r["wgi_cc"]) for r in rows])
    egdi = np.array([float(r["egdi"]) for r in rows])
    lg = np.log(np.array([float(r["gdppc_ppp"]) for r in rows]))
    iso = np.array([r["iso3"] for r in rows])
    year = np.array([int(r["year"]) for r in rows])
    return y, egdi, lg, iso, year


def dummies(codes, drop_first):
    levels = sorted(set(codes))
    if drop_first:
        levels = levels[1:]
    return np.column_stack([(codes == lv).astype(float) for lv in levels])


def case(name, X, y, cl, j, with_ci, where):
    cl = dense(cl)
    G = len(np.unique(cl))
    signs = np.array(list(itertools.product([1.0, -1.0], repeat=G)))
    b, u = ols(X, y)
    se, f = cr1_se(X, u, cl, j)
    t = b[j] / se
    ts = boot_t(X, y, cl, j, 0.0, signs)
    out = {"name": name, "where": where, "term": "egdi", "clusters": int(G), "replications": int(len(signs)),
           "nobs": int(len(y)), "estimate": float(b[j]), "standard_error": float(se), "statistic": float(t),
           "p_value": float(pvalue(t, ts, "symmetric"))}
    if with_ci:
        lo, hi = ci(X, y, cl, j, signs, "symmetric", 0.95)
        out["conf_low"], out["conf_high"] = float(lo), float(hi)
    return out


def main():
    cases = []
    y, egdi, lg, iso, year = load(drop_baltic=True)
    where12 = "post_soviet == 1 & subregion != 'Baltic'"
    X = np.column_stack([np.ones(len(y)), egdi, lg])
    cases.append(case("g12_ols", X, y, iso, 1, True, where12))
    Xfe = np.column_stack([egdi, lg, dummies(iso, False), dummies(year, True)])
    cases.append(case("g12_twfe", Xfe, y, iso, 0, False, where12))
    y, egdi, lg, iso, year = load(drop_baltic=False)
    Xfe = np.column_stack([egdi, lg, dummies(iso, False), dummies(year, True)])
    cases.append(case("g15_twfe", Xfe, y, iso, 0, False, "post_soviet == 1"))
    path = os.path.join(ROOT, "Tests", "ParadoxTests", "Fixtures", "wild_bootstrap_panel.json")
    with open(path, "w") as fh:
        json.dump({"generator": "scripts/reference/wild_bootstrap_panel.py (numpy " + np.__version__ + ")",
                   "cases": cases}, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
