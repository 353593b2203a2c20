"""scipy.stats cross-checks of the correlation tests on the samples of correlation_r.R.

    python3 scripts/reference/correlation_scipy.py
    -> Tests/StatsTests/Fixtures/correlation_scipy.json

Reads the samples from Tests/StatsTests/Fixtures/correlation_r.json (written by
scripts/reference/correlation_r.R) and records, for each sample and alternative:
  scipy.stats.pearsonr(x, y, alternative=a)          (r, p, confidence_interval(0.95))
  scipy.stats.spearmanr(x, y, alternative=a)         (rho, p: t approximation, as R exact=FALSE)
  scipy.stats.kendalltau(x, y, method="exact"|"asymptotic", alternative=a)
    ("exact" only for samples without ties; scipy's asymptotic uses the tie-corrected
     variance without continuity correction, as R's exact=FALSE, continuity=FALSE)
"""
import json
import scipy
from scipy import stats

with open("Tests/StatsTests/Fixtures/correlation_r.json") as f:
    samples = json.load(f)["data"]

cases = []
for name, d in samples.items():
    x = [float(v) for v in d["x"]]
    y = [float(v) for v in d["y"]]
    ties = len(set(x)) < len(x) or len(set(y)) < len(y)
    for a in ["two-sided", "greater", "less"]:
        pr = stats.pearsonr(x, y, alternative=a)
        ci = pr.confidence_interval(0.95)
        cases.append({"data": name, "method": "pearson", "alternative": a,
                      "call": f"scipy.stats.pearsonr({name}.x, {name}.y, alternative='{a}')",
                      "estimate": repr(float(pr.statistic)), "p_value": repr(float(pr.pvalue)),
                      "conf_low": repr(float(ci.low)), "conf_high": repr(float(ci.high))})
        sr = stats.spearmanr(x, y, alternative=a)
        cases.append({"data": name, "method": "spearman", "alternative": a,
                      "call": f"scipy.stats.spearmanr({name}.x, {name}.y, alternative='{a}')",
                      "estimate": repr(float(sr.statistic)), "p_value": repr(float(sr.pvalue))})
        for m in (["asymptotic"] if ties else ["exact", "asymptotic"]):
            kt = stats.kendalltau(x, y, method=m, alternative=a)
            cases.append({"data": name, "method": "kendall-" + m, "alternative": a,
                          "call": f"scipy.stats.kendalltau({name}.x, {name}.y, method='{m}', alternative='{a}')",
                          "estimate": repr(float(kt.statistic)), "p_value": repr(float(kt.pvalue))})

with open("Tests/StatsTests/Fixtures/correlation_scipy.json", "w") as f:
    json.dump({"_provenance": f"scipy {scipy.__version__} via scripts/reference/correlation_scipy.py",
               "cases": cases}, f, indent=1)
