#!/usr/bin/env python3
"""Reference values for Stats/Distributions, computed with mpmath at 60 working digits.

Writes Tests/StatsTests/Fixtures/distributions.json and distributions_quantiles.json (see part 2).
distributions.json:
  {"cases": [{"family", "params": [...], "x", "cdf", "sf", "p", "quantile", "q", "upper_quantile"}]}
x, p, q are exact doubles (repr); cdf/sf/quantile/upper_quantile are 25-digit decimal strings.

Definitions (from first principles, not from scipy/R):
  normal   cdf = erfc(-x/sqrt2)/2
  t(nu)    cdf(t<=0) = I_{nu/(nu+t^2)}(nu/2, 1/2)/2, cdf(t>0) = 1 - cdf(-t)
           (I_x by beta_tails below: 60-digit continued fraction, checked against mpmath.betainc)
  chi2(k)  cdf = P(k/2, x/2) (mpmath.gammainc regularized)
  F(d1,d2) cdf = I_{d1 f/(d1 f + d2)}(d1/2, d2/2) (mpmath.betainc regularized)
Quantile probes: p = double(cdf(x)); the exact p-quantile is x + (p - cdf(x))/pdf(x) to
second order (the Newton correction is ~1e-16 relative, its error ~1e-32), likewise for q = double(sf(x)).
Run: python3 scripts/reference/distributions.py
"""
import json, os, sys
import mpmath as mp

mp.mp.dps = 60   # 60 working digits; references are stored with 25

# I_x(a, b) at 60 digits. mpmath.betainc evaluates a 2F1 series that does not
# converge for a, b ~ 1e5..1e6 (NoConvergence), so the reference uses the
# classical continued fraction (Abramowitz & Stegun 26.5.8) in 60-digit
# arithmetic on the side where it converges, with the other tail as
# 1 - that (harmless at 60 digits for tails above 1e-30; below, the tail is
# always the directly computed side). `self_check()` compares it with
# mpmath.betainc where the latter converges and aborts on any disagreement
# beyond 1e-45.
def _betacf_lower(a, b, x, y):
    tiny = mp.mpf(10) ** -300
    qab = a + b; qap = a + 1; qam = a - 1
    c = mp.mpf(1); d = 1 - qab * x / qap
    if abs(d) < tiny: d = tiny
    d = 1 / d; h = d
    eps = mp.mpf(10) ** -58
    for m in range(1, 10**6):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d; d = tiny if abs(d) < tiny else d
        c = 1 + aa / c; c = tiny if abs(c) < tiny else c
        d = 1 / d; h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d; d = tiny if abs(d) < tiny else d
        c = 1 + aa / c; c = tiny if abs(c) < tiny else c
        d = 1 / d; delta = d * c; h *= delta
        if abs(delta - 1) < eps: break
    else:
        raise mp.libmp.libhyper.NoConvergence("continued fraction")
    return mp.exp(a * mp.log(x) + b * mp.log(y) - mp.log(a) - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))) * h

def beta_tails(a, b, x, y):
    """(I_x(a,b), I_y(b,a)) for x + y = 1, both passed exactly."""
    a = mp.mpf(a); b = mp.mpf(b)
    if x == 0: return mp.mpf(0), mp.mpf(1)
    if y == 0: return mp.mpf(1), mp.mpf(0)
    if x < (a + 1) / (a + b + 2):
        lo = _betacf_lower(a, b, x, y); return lo, 1 - lo
    up = _betacf_lower(b, a, y, x); return 1 - up, up

def self_check():
    for a, b, x in [(0.25, 0.5, '1e-10'), (5, 5, '0.3'), (50, 0.5, '0.9'), (0.25, 0.25, '0.7'), (1.5, 500, '0.001'),
                    (100, 0.5, '0.2'), (0.5, 0.5, '0.999'), (15, 2.5, '0.6'), (3, 3, '1e-30')]:
        x = mp.mpf(x)
        ours = beta_tails(a, b, x, 1 - x)[0]
        theirs = mp.betainc(a, b, 0, x, regularized=True)
        assert abs(ours / theirs - 1) < mp.mpf(10) ** -45, (a, b, x, ours, theirs)
self_check()

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
    half = beta_tails(nu / 2, mp.mpf(1) / 2, x, t * t / (nu + t * t))[0] / 2
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
    # Both tails, the upper as I_{1-x}(d2/2, d1/2) with 1 - x = d2/(d1 f + d2) formed directly.
    cdf, sf = beta_tails(d1 / 2, d2 / 2, x, d2 / (d1 * f + d2))
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


# ---------------------------------------------------------------------------
# Part 2: quantile probes at chosen probabilities (Tests/StatsTests/Fixtures/
# distributions_quantiles.json), including the known weak spots of other tools:
#   normal quantile at 1e-300; R's qf lower tail for large df; scipy's f.isf far
#   tail; t with df = 0.5 (quantiles near 1e300); chi2 with df = 1e6.
# Each reference root is found by Newton iteration on ln tail(x) - ln target in
# 50-digit arithmetic (in ln x for positive support), started from scipy's
# answer or a crude guess; it is kept only when the 50-digit residual
# |tail(root)/target - 1| < 1e-30 (so a bad start can never produce a bad
# reference), and only when the root is a finite normal double.
# ---------------------------------------------------------------------------
def solve_tail(fn, target, tail, start, positive):
    target = mp.mpf(target)
    lt = mp.log(target)
    u = mp.log(mp.mpf(start)) if positive else mp.mpf(start)
    for _ in range(200):
        x = mp.exp(u) if positive else u
        cdf, sf, pdf = fn(x)
        value = cdf if tail == "lower" else sf
        if value <= 0 or pdf <= 0:
            return None
        g = mp.log(value) - lt
        dg = (pdf / value) * (1 if tail == "lower" else -1) * (x if positive else 1)
        step = -g / dg
        # damp wild steps
        if abs(step) > 5:
            step = 5 if step > 0 else -5
        u = u + step
        if abs(step) < mp.mpf(10) ** -45 * max(1, abs(u)):
            break
    x = mp.exp(u) if positive else u
    cdf, sf, pdf = fn(x)
    value = cdf if tail == "lower" else sf
    if abs(value / target - 1) > mp.mpf(10) ** -30:
        return None
    return x

def scipy_start(family, params, target, tail):
    import scipy.stats as st
    d = {"normal": lambda: st.norm(), "t": lambda: st.t(*params), "chi2": lambda: st.chi2(*params),
         "f": lambda: st.f(*params)}[family]()
    v = d.ppf(target) if tail == "lower" else d.isf(target)
    return float(v)

PROBS = [0.5, 0.3, 0.1, 1e-2, 1e-3, 1e-6, 1e-10, 1e-20, 1e-50, 1e-100, 1e-200, 1e-300]

def quantile_probes():
    probes = []
    def add(family, params, fn, positive):
        for p in PROBS:
            for tail in ("lower", "upper"):
                if family in ("normal", "t") and tail == "upper":
                    pass
                try:
                    start = scipy_start(family, params, p, tail)
                except Exception:
                    start = float("nan")
                if not (start == start) or start in (float("inf"), float("-inf")) or (positive and start <= 0):
                    start = 1.0 if positive else (-1.0 if tail == "lower" else 1.0)
                try:
                    r = solve_tail(fn, p, tail, start, positive)
                    if r is None and positive:
                        r = solve_tail(fn, p, tail, 1.0, positive)
                except (ValueError, ZeroDivisionError, mp.libmp.libhyper.NoConvergence):
                    r = None
                if r is None:
                    qskipped.append((family, params, p, tail, "no converged 50-digit root"))
                    continue
                if not (TINY < abs(r) < 1.7976931348623157e308) and r != 0:
                    qskipped.append((family, params, p, tail, "root not a normal double: " + mp.nstr(r, 5)))
                    continue
                probes.append({"family": family, "params": params, "tail": tail, "p": repr(p), "x": s(r),
                               "scipy": repr(start)})
    add("normal", [], normal, False)
    for nu in DFS:
        add("t", [nu], lambda v, nu=nu: student(nu, v), False)
    for k in DFS:
        add("chi2", [k], lambda v, k=k: chi2(k, v), True)
    for d1 in FDFS:
        for d2 in FDFS:
            add("f", [d1, d2], lambda v, d1=d1, d2=d2: fisher(d1, d2, v), True)
    return probes

cases = [c for c in cases if c is not None]
out = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "distributions.json")
with open(out, "w") as fh:
    json.dump({"skipped_no_reference": [list(map(repr, c)) for c in skipped], "generator": "scripts/reference/distributions.py (mpmath %s, 60 digits)" % mp.__version__, "cases": cases}, fh, indent=0)
qskipped = []
probes = quantile_probes()
out2 = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "distributions_quantiles.json")
with open(out2, "w") as fh:
    json.dump({"generator": "scripts/reference/distributions.py (mpmath %s, 60 digits)" % mp.__version__,
               "skipped": [list(map(repr, c)) for c in qskipped], "probes": probes}, fh, indent=0)
print(len(probes), "quantile probes written; skipped:", len(qskipped))
print(len(cases), "cases written to", os.path.normpath(out), "; skipped (mpmath failed):", skipped)
