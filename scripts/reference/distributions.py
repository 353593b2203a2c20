#!/usr/bin/env python3
"""Reference values for Stats/Distributions, computed with mpmath at 50 digits.

Writes Tests/StatsTests/Fixtures/distributions.json:
  {"cases": [{"family", "params": [...], "x", "cdf", "sf", "p", "quantile", "q", "upper_quantile"}]}
x, p, q are exact doubles (repr); cdf/sf/quantile/upper_quantile are 25-digit decimal strings.

Definitions (from first principles, not from scipy/R):
  normal   cdf = erfc(-x/sqrt2)/2
  t(nu)    cdf(t<=0) = I_{nu/(nu+t^2)}(nu/2, 1/2)/2, cdf(t>0) = 1 - cdf(-t)
  chi2(k)  cdf = P(k/2, x/2) (mpmath.gammainc regularized)
  F(d1,d2) cdf = I_{d1 f/(d1 f + d2)}(d1/2, d2/2) (mpmath.betainc regularized)
Quantile probes: p = double(cdf(x)); the exact p-quantile is x + (p - cdf(x))/pdf(x) to
second order (the Newton correction is ~1e-16 relative, its error ~1e-32), likewise for q = double(sf(x)).
Run: python3 scripts/reference/distributions.py
"""
import json, os, sys
import mpmath as mp

mp.mp.dps = 50

def s(v):
    return mp.nstr(v, 25, min_fixed=-1, max_fixed=-1) if v != 0 else "0"

def normal(x):
    x = mp.mpf(x)
    cdf = mp.erfc(-x / mp.sqrt(2)) / 2
    sf = mp.erfc(x / mp.sqrt(2)) / 2
    pdf = mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)
    return cdf, sf, pdf

def student(nu, t):
    nu = mp.mpf(nu); t = mp.mpf(t)
    x = nu / (nu + t * t)
    half = mp.betainc(nu / 2, mp.mpf(1) / 2, 0, x, regularized=True) / 2
    if t <= 0:
        cdf, sf = half, 1 - half
    else:
        cdf, sf = 1 - half, half
    logpdf = mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2 - (nu + 1) / 2 * mp.log1p(t * t / nu)
    return cdf, sf, mp.exp(logpdf)

def chi2(k, x):
    k = mp.mpf(k); x = mp.mpf(x)
    cdf = mp.gammainc(k / 2, 0, x / 2, regularized=True)
    sf = mp.gammainc(k / 2, x / 2, mp.inf, regularized=True)
    logpdf = (k / 2 - 1) * mp.log(x) - x / 2 - (k / 2) * mp.log(2) - mp.loggamma(k / 2)
    return cdf, sf, mp.exp(logpdf)

def fisher(d1, d2, f):
    d1 = mp.mpf(d1); d2 = mp.mpf(d2); f = mp.mpf(f)
    x = d1 * f / (d1 * f + d2)
    cdf = mp.betainc(d1 / 2, d2 / 2, 0, x, regularized=True)
    # Upper tail by symmetry, I_{1-x}(d2/2, d1/2), with 1 - x = d2/(d1 f + d2) formed exactly:
    # mpmath's betainc(a, b, x, 1) is 1 - lower and loses everything below ~1e-50.
    sf = mp.betainc(d2 / 2, d1 / 2, 0, d2 / (d1 * f + d2), regularized=True)
    logpdf = (d1 / 2) * mp.log(d1 / d2) + (d1 / 2 - 1) * mp.log(f) - (d1 + d2) / 2 * mp.log1p(d1 * f / d2) \
        - (mp.loggamma(d1 / 2) + mp.loggamma(d2 / 2) - mp.loggamma((d1 + d2) / 2))
    return cdf, sf, mp.exp(logpdf)

TINY = 2.2250738585072014e-308

def invert(fn, x, target, tail):
    """Newton in mpmath from x towards the exact root of tail(x) = target (target a double)."""
    x = mp.mpf(x)
    for _ in range(8):
        cdf, sf, pdf = fn(x)
        value = cdf if tail == "lower" else sf
        step = (mp.mpf(target) - value) / pdf * (1 if tail == "lower" else -1)
        x = x + step
        if abs(step) <= abs(x) * mp.mpf(10) ** -40:
            return x
    return None   # did not converge: no probe

def case(family, params, x, cdf, sf, pdf, fn):
    if not (cdf >= 0 and sf >= 0 and abs(cdf + sf - 1) < mp.mpf(10) ** -40):
        skipped.append((family, params, x, "inconsistent mpmath tails"))
        return None
    c = {"family": family, "params": params, "x": repr(float(x)), "cdf": s(cdf), "sf": s(sf)}
    p = float(cdf)
    if TINY < p < 1 and pdf > 0:
        r = invert(fn, x, p, "lower")
        if r is not None:
            c["p"] = repr(p); c["quantile"] = s(r)
    q = float(sf)
    if TINY < q < 1 and pdf > 0:
        r = invert(fn, x, q, "upper")
        if r is not None:
            c["q"] = repr(q); c["upper_quantile"] = s(r)
    return c

def keep(cdf, sf):
    return cdf > TINY * 10 or sf > TINY * 10

cases = []
skipped = []
for x in [-37.5, -37, -30, -20, -10, -5, -2.5, -1, -0.1, 1e-8, 0.3, 1, 1.96, 3, 8, 20, 37.5]:
    cdf, sf, pdf = normal(x)
    cases.append(case("normal", [], x, cdf, sf, pdf, normal))

DFS = [0.5, 1, 1.5, 2, 3, 5, 10, 30, 100, 1e3, 1e4, 1e5, 1e6]
for nu in DFS:
    for t in [-1e150, -1e30, -1e10, -1e4, -100, -30, -10, -5, -2, -1, -0.3, -1e-6, 0.01, 0.7, 1.5, 3, 12, 50, 1e3, 1e8, 1e60]:
        try:
            cdf, sf, pdf = student(nu, t)
        except (ValueError, mp.libmp.libhyper.NoConvergence):   # mpmath's hypergeometric series did not converge: no reference, case skipped
            skipped.append(("t", nu, t)); continue
        if keep(cdf, sf):
            cases.append(case("t", [nu], t, cdf, sf, pdf, lambda v: student(nu, v)))

for k in DFS:
    sd = (2 * k) ** 0.5
    xs = set()
    for m in [1e-6, 1e-3, 0.1, 0.5, 0.9, 1, 1.1, 2, 10, 50]:
        xs.add(k * m)
    for z in [-30, -10, -3, -1, -0.1, 0.1, 1, 3, 10, 30, 100]:
        v = k + z * sd
        if v > 0:
            xs.add(v)
    xs.update([1e-10, 1e-3, 1.0, 1000.0])
    for x in sorted(xs):
        try:
            cdf, sf, pdf = chi2(k, x)
        except (ValueError, mp.libmp.libhyper.NoConvergence):
            skipped.append(("chi2", k, x)); continue
        if keep(cdf, sf):
            cases.append(case("chi2", [k], x, cdf, sf, pdf, lambda v: chi2(k, v)))

FDFS = [0.5, 1, 3, 10, 100, 1e4, 1e6]
for d1 in FDFS:
    for d2 in FDFS:
        for f in [1e-8, 0.01, 0.3, 0.9, 1.0, 1.1, 2, 5, 30, 1e3, 1e8, 1e40]:
            try:
                cdf, sf, pdf = fisher(d1, d2, f)
            except (ValueError, mp.libmp.libhyper.NoConvergence):
                skipped.append(("f", d1, d2, f)); continue
            if keep(cdf, sf):
                cases.append(case("f", [d1, d2], f, cdf, sf, pdf, lambda v: fisher(d1, d2, v)))

cases = [c for c in cases if c is not None]
out = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "distributions.json")
with open(out, "w") as fh:
    json.dump({"skipped_no_reference": [list(map(repr, c)) for c in skipped], "generator": "scripts/reference/distributions.py (mpmath %s, 50 digits)" % mp.__version__, "cases": cases}, fh, indent=0)
print(len(cases), "cases written to", os.path.normpath(out), "; skipped (mpmath failed):", skipped)
