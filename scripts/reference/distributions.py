#!/usr/bin/env python3
"""Reference values for Stats/Distributions, computed with mpmath at 60 working digits.

Writes Tests/StatsTests/Fixtures/distributions.json and distributions_quantiles.json (see part 2).
distributions.json:
  {"cases": [{"family", "params": [...], "x", "cdf", "sf", "logpdf", "p", "quantile", "q", "upper_quantile"}]}
x, p, q are exact doubles (repr); cdf/sf/quantile/upper_quantile are 25-digit decimal strings.

Definitions (from first principles, not from scipy/R):
  normal   cdf = erfc(-x/sqrt2)/2
  t(nu)    cdf(t<=0) = I_{nu/(nu+t^2)}(nu/2, 1/2)/2, cdf(t>0) = 1 - cdf(-t)
           (I_x by beta_tails below: 60-digit continued fraction, checked against mpmath.betainc)
  chi2(k)  cdf = P(k/2, x/2), sf = Q(k/2, x/2) by gamma_tails below: 60-digit power series
           (A&S 6.5.29) / Legendre continued fraction (A&S 6.5.31), checked against
           mpmath.gammainc(regularized=True), which fails to converge for k >= 1e5 far from the mode
  F(d1,d2) cdf = I_{d1 f/(d1 f + d2)}(d1/2, d2/2) (mpmath.betainc regularized)
Quantiles in part 1: p = double(cdf(x)); the exact p-quantile is found by 60-digit Newton from x
(the correction is ~1e-16 relative), likewise for q = double(sf(x)).
Part 2 (distributions_quantiles.json): quantiles at chosen p = 0.5 ... 1e-300, bracketed in ln x.
Part 3 (the "weak_spots" list in distributions_quantiles.json): cases where R 4.x or scipy are known
to lose digits, with their answers (R via Rscript, scipy via scipy.stats) recorded next to ours.
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


# P(a, x) and Q(a, x) at 60 digits: the power series for P when x < a + 1, else the
# continued fraction for Q (modified Lentz); the other tail is 1 - that (exact enough at
# 60 digits for the 25 stored). mpmath.gammainc is used only to cross-check (self_check).
def gamma_tails(a, x):
    a = mp.mpf(a); x = mp.mpf(x)
    if x == 0: return mp.mpf(0), mp.mpf(1)
    logfront = a * mp.log(x) - x - mp.loggamma(a)
    eps = mp.mpf(10) ** -58
    if x < a + 1:
        term = mp.mpf(1); total = mp.mpf(1); ap = a
        for _ in range(10**7):
            ap += 1; term *= x / ap; total += term
            if term < total * eps: break
        else:
            raise mp.libmp.libhyper.NoConvergence("gamma series")
        p = mp.exp(logfront) * total / a
        return p, 1 - p
    tiny = mp.mpf(10) ** -300
    b = x + 1 - a; c = 1 / tiny; d = 1 / b; h = d
    for i in range(1, 10**7):
        an = -i * (i - a); b += 2
        d = an * d + b; d = tiny if abs(d) < tiny else d
        c = b + an / c; c = tiny if abs(c) < tiny else c
        d = 1 / d; delta = d * c; h *= delta
        if abs(delta - 1) < eps: break
    else:
        raise mp.libmp.libhyper.NoConvergence("gamma continued fraction")
    q = mp.exp(logfront) * h
    return 1 - q, q

def self_check():
    for a, b, x in [(0.25, 0.5, '1e-10'), (5, 5, '0.3'), (50, 0.5, '0.9'), (0.25, 0.25, '0.7'), (1.5, 500, '0.001'),
                    (100, 0.5, '0.2'), (0.5, 0.5, '0.999'), (15, 2.5, '0.6'), (3, 3, '1e-30')]:
        x = mp.mpf(x)
        ours = beta_tails(a, b, x, 1 - x)[0]
        theirs = mp.betainc(a, b, 0, x, regularized=True)
        assert abs(ours / theirs - 1) < mp.mpf(10) ** -45, (a, b, x, ours, theirs)
    for a, x in [(0.25, '1e-8'), (0.5, '3'), (5, '4.5'), (5, '40'), (50, '30'), (50, '70'), (500, '520'), (0.75, '700')]:
        x = mp.mpf(x)
        p, q = gamma_tails(a, x)
        assert abs(p / mp.gammainc(a, 0, x, regularized=True) - 1) < mp.mpf(10) ** -45, (a, x)
        assert abs(q / mp.gammainc(a, x, mp.inf, regularized=True) - 1) < mp.mpf(10) ** -45, (a, x)
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
    cdf, sf = gamma_tails(k / 2, x / 2)
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
    if pdf > 0:
        c["logpdf"] = s(mp.log(pdf))
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
# Part 2: quantile probes at chosen probabilities (distributions_quantiles.json).
# Every root is solved on x > 0 in u = ln x (t and normal by symmetry: the lower
# p-quantile is minus the upper one), by Newton's method on
# G(u) = ±(ln tail(e^u) − ln target), kept inside a bracket [ln TINY, ln MAX] that
# shrinks with every evaluation (a step leaving it becomes bisection). A root is
# stored only when the 60-digit residual |tail(root)/target − 1| < 1e-30.
# Roots beyond the double range are stored as kind "overflow" (the answer must be
# ±inf) or "underflow" (the answer must be 0 or subnormal, |x| < TINY).
# ---------------------------------------------------------------------------
HUGE = 1.7976931348623157e308

def solve_positive(fn, target, tail, start, cap=HUGE):
    target = mp.mpf(target)
    lt = mp.log(target)
    def G(u):
        x = mp.exp(u)
        cdf, sf, pdf = fn(x)
        v = cdf if tail == "lower" else sf
        if v <= 0:
            return (-mp.inf if tail == "lower" else mp.inf), x, v, pdf
        g = mp.log(v) - lt
        return (g if tail == "lower" else -g), x, v, pdf
    lo, hi = mp.log(mp.mpf(TINY)), mp.log(mp.mpf(cap))
    if G(lo)[0] > 0: return ("underflow", None)
    if G(hi)[0] < 0: return ("overflow", None)
    u = mp.log(mp.mpf(start)) if start > 0 else mp.mpf(0)
    u = min(max(u, lo), hi)
    for _ in range(2000):
        g, x, v, pdf = G(u)
        if g == 0: break
        if g < 0: lo = u
        else: hi = u
        nxt = None
        if v > 0 and pdf > 0 and mp.isfinite(g):
            nxt = u - g / (pdf * x / v)
        if nxt is None or not (lo < nxt < hi):
            nxt = (lo + hi) / 2
        if abs(nxt - u) < mp.mpf(10) ** -48 * max(1, abs(u)):
            u = nxt; break
        u = nxt
    x = mp.exp(u)
    cdf, sf, pdf = fn(x)
    value = cdf if tail == "lower" else sf
    if value <= 0 or abs(value / target - 1) > mp.mpf(10) ** -30:
        return None
    return ("finite", x)

def solve_quantile(family, fn, p, tail, start):
    """The x with tail(x) = p, as (kind, x) with x an mpf or None."""
    if family in ("normal", "t"):
        # Symmetric about 0: solve the upper tail on x > 0, negate for the lower tail.
        if p == 0.5: return ("finite", mp.mpf(0))
        # (mpmath's erfc overflows internally for arguments near 1e308; the normal's
        # upper tail is below 1e-308 from x = 38 on, so 40 bounds its roots.)
        r = solve_positive(fn, p, "upper", abs(start) if start == start and start != 0 else 1.0,
                           cap=40 if family == "normal" else HUGE)
        if r is None or tail == "upper": return r
        kind, x = r
        return (kind, -x if x is not None else None)
    return solve_positive(fn, p, tail, start if start == start and start > 0 else 1.0)

def scipy_start(family, params, target, tail):
    import scipy.stats as st
    d = {"normal": lambda: st.norm(), "t": lambda: st.t(*params), "chi2": lambda: st.chi2(*params),
         "f": lambda: st.f(*params)}[family]()
    v = d.ppf(target) if tail == "lower" else d.isf(target)
    v = float(v)
    return v if v == v and abs(v) < HUGE and v != 0 else 1.0

PROBS = [0.5, 0.3, 0.1, 1e-2, 1e-3, 1e-6, 1e-10, 1e-20, 1e-50, 1e-100, 1e-200, 1e-300]

def family_fn(family, params):
    if family == "normal": return normal
    if family == "t": return lambda v: student(params[0], v)
    if family == "chi2": return lambda v: chi2(params[0], v)
    return lambda v: fisher(params[0], params[1], v)

def quantile_probes():
    probes = []
    def add(family, params):
        fn = family_fn(family, params)
        for p in PROBS:
            for tail in ("lower", "upper"):
                try:
                    start = scipy_start(family, params, p, tail)
                except Exception:
                    start = 1.0
                try:
                    r = solve_quantile(family, fn, p, tail, start)
                except (ValueError, ZeroDivisionError, mp.libmp.libhyper.NoConvergence) as e:
                    r = None
                if r is None:
                    qskipped.append((family, params, p, tail, "no converged 60-digit root"))
                    continue
                kind, x = r
                probes.append({"family": family, "params": params, "tail": tail, "p": repr(p), "kind": kind,
                               "x": s(x) if x is not None else ("inf" if kind == "overflow" else "0")})
    add("normal", [])
    for nu in DFS:
        add("t", [nu])
    for k in DFS:
        add("chi2", [k])
    for d1 in FDFS:
        for d2 in FDFS:
            add("f", [d1, d2])
    return probes

# ---------------------------------------------------------------------------
# Part 3: documented weak spots of R and scipy. R's answer comes from Rscript
# (stats::pt/qt/pf/qf/pchisq/qchisq/qnorm, printed with %.17g), scipy's from
# scipy.stats; both are stored only to show the comparison, the test checks ours.
# ---------------------------------------------------------------------------
WEAK = [
    # R's qf lower tail for large degrees of freedom (qbeta on x near 1).
    ("f", [1e5, 1e5], "quantile", 1e-10), ("f", [1e6, 1e6], "quantile", 1e-10),
    ("f", [1e4, 1e6], "quantile", 1e-100), ("f", [1e6, 1e6], "quantile", 0.01),
    # scipy's f.isf far upper tail (returns inf).
    ("f", [3, 10], "upperQuantile", 1e-100), ("f", [3, 10], "upperQuantile", 1e-300),
    ("f", [10, 100], "upperQuantile", 1e-200),
    # t with df = 0.5 and huge |t| (scipy's t.cdf underflows to 0).
    ("t", [0.5], "cdf", -1e200), ("t", [0.5], "cdf", -1e30), ("t", [0.5], "quantile", 1e-20),
    ("t", [0.5], "quantile", 1e-150), ("t", [2], "upperQuantile", 1e-300),
    # chi-square with 1e6 degrees of freedom near the mode.
    ("chi2", [1e6], "cdf", 1e6 + 100), ("chi2", [1e6], "cdf", 1e6), ("chi2", [1e6], "sf", 1e6 - 3),
    ("chi2", [1e6], "quantile", 0.5), ("chi2", [1e6], "upperQuantile", 0.3),
    # normal quantile and cdf at the bottom of the double range.
    ("normal", [], "quantile", 1e-300), ("normal", [], "cdf", -37.5), ("normal", [], "upperQuantile", 1e-300),
]

def r_expression(family, params, fn, arg):
    a = repr(arg)
    pars = ", ".join(repr(float(v)) for v in params)
    name = {"normal": "norm", "t": "t", "chi2": "chisq", "f": "f"}[family]
    pre = "p" if fn in ("cdf", "sf") else "q"
    lower = "TRUE" if fn in ("cdf", "quantile") else "FALSE"
    sep = ", " if pars else ""
    return "%s%s(%s%s%s, lower.tail=%s)" % (pre, name, a, sep, pars, lower)

def r_values(exprs):
    import subprocess
    code = "options(warn=-1)\n" + "".join('cat(sprintf("%%.17g", %s), "\\n")\n' % e for e in exprs)
    try:
        out = subprocess.run(["Rscript", "-e", code], capture_output=True, text=True, timeout=120).stdout.split()
        ver = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True, text=True).stdout
    except Exception:
        return [None] * len(exprs), "R unavailable"
    return out, ver

def scipy_value(family, params, fn, arg):
    import scipy.stats as st
    d = {"normal": lambda: st.norm(), "t": lambda: st.t(*params), "chi2": lambda: st.chi2(*params),
         "f": lambda: st.f(*params)}[family]()
    f = {"cdf": d.cdf, "sf": d.sf, "quantile": d.ppf, "upperQuantile": d.isf}[fn]
    return repr(float(f(arg)))

def weak_spots():
    import scipy
    exprs = [r_expression(*w) for w in WEAK]
    rv, rver = r_values(exprs)
    out = []
    for w, e, r in zip(WEAK, exprs, rv):
        family, params, fn, arg = w
        f = family_fn(family, params)
        if fn in ("cdf", "sf"):
            cdf, sf, _ = f(arg)
            ref = ("finite", cdf if fn == "cdf" else sf)
        else:
            ref = solve_quantile(family, f, arg, "lower" if fn == "quantile" else "upper",
                                 scipy_start(family, params, arg, "lower" if fn == "quantile" else "upper"))
        assert ref is not None and ref[0] == "finite", w
        out.append({"family": family, "params": params, "function": fn, "argument": repr(arg), "reference": s(ref[1]),
                    "r_call": e, "r": r, "scipy_call": "scipy.stats %s.%s" % (family, fn), "scipy": scipy_value(*w)})
    return out, rver, scipy.__version__

cases = [c for c in cases if c is not None]
out = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "distributions.json")
with open(out, "w") as fh:
    json.dump({"skipped_no_reference": [list(map(repr, c)) for c in skipped], "generator": "scripts/reference/distributions.py (mpmath %s, 60 digits)" % mp.__version__, "cases": cases}, fh, indent=0)
print(len(cases), "cases written to", os.path.normpath(out), "; skipped (no reference):", skipped)
qskipped = []
probes = quantile_probes()
weak, rver, sver = weak_spots()
out2 = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "distributions_quantiles.json")
with open(out2, "w") as fh:
    json.dump({"generator": "scripts/reference/distributions.py (mpmath %s, 60 digits; %s; scipy %s)" % (mp.__version__, rver, sver),
               "skipped": [list(map(repr, c)) for c in qskipped], "probes": probes, "weak_spots": weak}, fh, indent=0)
print(len(probes), "quantile probes written; skipped:", qskipped)

# ---------------------------------------------------------------------------
# Part 4: the special functions themselves (distributions_special.json), each argument an
# exact double (repr), each value 25 significant digits at 60 working digits:
#   logGamma  mpmath.loggamma (x > 0), ln|mpmath.gamma(x)| (x < 0)
#   erf/erfc  mpmath.erf / mpmath.erfc
#   P/Q       gamma_tails above (checked against mpmath.gammainc)
#   I/1-I     beta_tails above with 1 - x formed exactly (checked against mpmath.betainc)
# ---------------------------------------------------------------------------
def special():
    out = {"logGamma": [], "erf": [], "gamma": [], "beta": []}
    for x in [1e-300, 1e-10, 0.1, 0.5, 0.9, 0.999999, 1 - 2**-52, 1.0, 1 + 2**-52, 1 + 1e-10, 1.000001, 1.1, 1.4999,
              1.5, 1.9, 1.99999999, 2.0, 2.0000001, 2 + 2**-51, 2.4, 2.4999, 2.5, 2.6, 3.0, 4.5, 7.25, 9.99, 10.0, 10.5,
              30.0, 100.0, 1e5, 1e10, 1e100, 1e300, -0.5, -1.5, -2.3, -10.7, -1e-10, -170.5]:
        xm = mp.mpf(x)
        v = mp.loggamma(xm) if x > 0 else mp.log(abs(mp.gamma(xm)))
        out["logGamma"].append({"x": repr(x), "value": s(v)})
    for x in [-5.0, -1.0, -1e-10, 1e-300, 1e-10, 0.3, 0.5, 0.84375, 0.9, 1.0, 1.25, 2.0, 3.5, 5.0, 6.0, 10.0, 15.5, 20.0,
              26.0, 26.5, 26.55]:
        xm = mp.mpf(x)
        out["erf"].append({"x": repr(x), "erf": s(mp.erf(xm)), "erfc": s(mp.erfc(xm))})
    for a, x in [(1e-3, 1e-3), (1e-3, 1.0), (0.01, 1.0), (0.1, 0.05), (0.1, 1.05), (0.25, 1e-8), (0.3, 1.2), (0.49, 1.4),
                 (0.5, 0.5), (0.5, 1e3), (0.75, 600.0), (1.0, 1e-20), (1.0, 1.5), (2.5, 3.0), (3.0, 700.0), (10.0, 0.5),
                 (10.0, 50.0), (100.0, 90.0), (100.0, 130.0), (1e4, 9e3), (1e5, 100100.0), (5e5, 4e5), (5e5, 5e5),
                 (5e5, 6e5)]:
        p, q = gamma_tails(a, x)
        out["gamma"].append({"a": repr(a), "x": repr(x), "p": s(p), "q": s(q)})
    for x, a, b in [(1e-10, 0.5, 0.5), (0.3, 2.0, 3.0), (0.999, 0.5, 20.0), (0.5, 100.0, 100.0), (0.48, 500.0, 500.0),
                    (0.9, 1e-3, 5.0), (1e-5, 0.25, 1e6), (0.01, 3.0, 1e5), (0.9999, 1e3, 0.5), (0.2, 1e5, 1e5),
                    (0.5, 1e5, 1e5), (0.75, 0.5, 0.5), (0.999999, 2.0, 2.0), (1e-200, 1.5, 1.5), (0.6, 30.0, 10.0)]:
        xm = mp.mpf(x)
        lo, up = beta_tails(a, b, xm, 1 - xm)
        out["beta"].append({"x": repr(x), "a": repr(a), "b": repr(b), "lower": s(lo), "upper": s(up)})
    return out

out3 = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "distributions_special.json")
with open(out3, "w") as fh:
    sp = special()
    sp["generator"] = "scripts/reference/distributions.py part 4 (mpmath %s, 60 digits)" % mp.__version__
    json.dump(sp, fh, indent=0)
print("special functions written to", os.path.normpath(out3))
