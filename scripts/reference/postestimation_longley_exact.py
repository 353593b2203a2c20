"""Exact post-estimation references for R's datasets::longley
(Employed ~ GNP + Unemployed + Armed.Forces + Population + Year).

R's lm forms (X'X)^-1 from a double-precision QR, and this design's condition
number (~1e8 after R's own column scaling, more before) leaves R with only
about 7-8 correct digits in the Wald F and the standard errors of predictions
(compare postestimation_reference.json, section "longley"). Here every step is
exact rational arithmetic (fractions.Fraction) on the doubles of the CSV that
postestimation_fixture.R writes (so the data are bit-identical to what egov
reads): beta, residuals, the classical covariance s^2 (X'X)^-1 and HC1
n/(n-k) (X'X)^-1 X' diag(e^2) X (X'X)^-1, the Wald statistic
W = (Rb - r)'(R V R')^-1 (Rb - r), F = W/q; square roots, p-values (regularized
incomplete beta) and t quantiles (root of the CDF) with mpmath at 50 digits.

Run from the repository root (after postestimation_fixture.R):
  python3 scripts/reference/postestimation_longley_exact.py > Tests/ParadoxTests/Fixtures/postestimation_longley_exact.json
"""
import json
from fractions import Fraction as F
import mpmath

mpmath.mp.dps = 50
ref = json.load(open("Tests/ParadoxTests/Fixtures/postestimation_reference.json"))["longley"]
lines = ref["csv"].strip().split("\n")
head = lines[0].split(",")
rows = [[F(float(v)) for v in l.split(",")] for l in lines[1:]]
col = {h: [r[i] for r in rows] for i, h in enumerate(head)}
xs = ["GNP", "Unemployed", "Armed.Forces", "Population", "Year"]
n = len(rows)
X = [[F(1)] + [col[x][i] for x in xs] for i in range(n)]
y = col["Employed"]
k = len(X[0])

def inv(a):
    m = len(a)
    aug = [list(a[i]) + [F(int(i == j)) for j in range(m)] for i in range(m)]
    for c in range(m):
        p = next(r for r in range(c, m) if aug[r][c] != 0)
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [v / pv for v in aug[c]]
        for r in range(m):
            if r != c and aug[r][c] != 0:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[m:] for row in aug]

def matmul(a, b):
    return [[sum(a[i][t] * b[t][j] for t in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def T(a):
    return [list(r) for r in zip(*a)]

XtX = matmul(T(X), X)
XtXi = inv(XtX)
Xty = [sum(X[i][j] * y[i] for i in range(n)) for j in range(k)]
b = [sum(XtXi[j][t] * Xty[t] for t in range(k)) for j in range(k)]
e = [y[i] - sum(X[i][j] * b[j] for j in range(k)) for i in range(n)]
df = n - k
s2 = sum(v * v for v in e) / df
Vc = [[s2 * v for v in r] for r in XtXi]
meat = [[sum(X[i][a] * X[i][c] * e[i] * e[i] for i in range(n)) for c in range(k)] for a in range(k)]
Vh = [[F(n, df) * v for v in r] for r in matmul(matmul(XtXi, meat), XtXi)]

def fsf(f, d1, d2):
    f = mpmath.mpf(f.numerator) / f.denominator
    return mpmath.betainc(mpmath.mpf(d2) / 2, mpmath.mpf(d1) / 2, 0, d2 / (d2 + d1 * f), regularized=True)

def tsf2(t, d):
    t = abs(t)
    return mpmath.betainc(mpmath.mpf(d) / 2, mpmath.mpf(1) / 2, 0, d / (d + t * t), regularized=True)

def tq(p, d):
    # t with P(T > t) = p
    return mpmath.findroot(lambda t: tsf2(t, d) / 2 - p, mpmath.mpf(2))

def wald(R, r, V):
    q = len(R)
    d = [sum(R[i][j] * b[j] for j in range(k)) - r[i] for i in range(q)]
    RVR = matmul(matmul(R, V), T(R))
    Wi = inv(RVR)
    W = sum(d[i] * Wi[i][j] * d[j] for i in range(q) for j in range(q))
    Fs = W / q
    return {"statistic": float(Fs), "df1": q, "df2": df, "p_value": float(fsf(Fs, q, df))}

def quad(a, V):
    return sum(a[i] * V[i][j] * a[j] for i in range(k) for j in range(k))

q975 = tq(mpmath.mpf("0.025"), df)

def lincom(a, V):
    est = sum(a[i] * b[i] for i in range(k))
    se = mpmath.sqrt(mpmath.mpf(quad(a, V).numerator) / quad(a, V).denominator)
    estm = mpmath.mpf(est.numerator) / est.denominator
    t = estm / se
    return {"estimate": float(estm), "std_error": float(se), "statistic": float(t), "p_value": float(tsf2(t, df)),
            "conf_low": float(estm - q975 * se), "conf_high": float(estm + q975 * se)}

# GNP = 0; Unemployed = Armed.Forces; Population + Year = 0
R = [[0, 1, 0, 0, 0, 0], [0, 0, 1, -1, 0, 0], [0, 0, 0, 0, 1, 1]]
R = [[F(v) for v in row] for row in R]
r = [F(0)] * 3
preds = []
for gnp in (400, 500):
    x = [F(1), F(gnp), F(300), F(250), F(115), F(1955)]
    l = lincom(x, Vc)
    preds.append({"fit": l["estimate"], "std_error": l["std_error"], "conf_low": l["conf_low"], "conf_high": l["conf_high"]})
out = {
    "generator": "scripts/reference/postestimation_longley_exact.py (exact rationals, mpmath %s at 50 digits)" % mpmath.__version__,
    "tests_classical": [wald(R, r, Vc)], "tests_hc1": [wald(R, r, Vh)],
    "lincom_classical": lincom([F(0), F(0), F(1), F(-1), F(0), F(0)], Vc),
    "predict_classical": {key: [p[key] for p in preds] for key in ("fit", "std_error", "conf_low", "conf_high")},
}
print(json.dumps(out, indent=2))
