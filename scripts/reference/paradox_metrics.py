"""Independent reference values for the paradox metrics (Tests/ParadoxTests/Fixtures/paradox_metrics.json).

Computed with pandas + statsmodels directly on Datasets/panel.csv, sharing no code with the
Swift implementation. Run from the repository root:

    pip install statsmodels pandas
    python3 scripts/reference/paradox_metrics.py

Exact calls (recorded in the fixture under "calls"):
  residual:  statsmodels.formula.api.ols("y ~ egdi + np.log(gdppc_ppp)", data=d).fit();
             OLSInfluence(fit).resid_studentized_internal (= R rstandard); score = -that.
  percentile (WGI definition): 100 * (s.rank(method="min") - 1) / (s.count() - 1)
             (= share of other countries strictly below).
  slope:     statsmodels.api.OLS(gov_pct, sm.add_constant(egdi_pct)).fit().params[1].
  slopes:    smf.ols("y ~ egdi") pooled; the same on groupby("iso3").mean() (between);
             smf.ols("y ~ egdi + C(iso3) + C(year)") (within, two-way fixed effects by dummies).
  correlation: scipy-free pandas Series.corr(method="pearson"/"spearman").
Pairing: UN edition Y with data year Y-1 (data-year alignment), unless stated.
"""
import json
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from statsmodels.stats.outliers_influence import OLSInfluence

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
panel = pd.read_csv(os.path.join(ROOT, "Datasets", "panel.csv"), keep_default_na=False, na_values=[""])
# EGDI values the UN computed on a missing or impossible component (egdi_flag) are left out
# of the paradox metrics by default (issue 14): their survey values are blanked here.
FLAGGED = panel.egdi_flag.isin(["hci_zero", "tii_zero", "hci_tii_zero", "hci_above_1"])
panel.loc[FLAGGED, ["egdi", "egdi_rank", "osi", "tii", "hci", "epi"]] = np.nan
COUNTRIES = ["KAZ", "EST", "RUS", "GEO"]


def paired(edition, variables, lag=1):
    """Countries assessed in `edition` with `variables` taken at edition - lag."""
    s = panel[(panel.year == edition) & panel.egdi.notna()][["iso3", "egdi", "egdi_rank", "epi"]]
    g = panel[panel.year == edition - lag][["iso3"] + variables]
    return s.merge(g, on="iso3", how="left")


def wgi_pct(series):
    s = series.dropna()
    return 100.0 * (s.rank(method="min") - 1) / (len(s) - 1)


out = {"calls": __doc__, "residual": [], "rank_gap": [], "participation_gap": [], "decoupling": [], "correlation": []}

for edition, outcome, lag in [(2024, "wgi_cc", 1), (2024, "wgi_va", 1), (2024, "cpi", 1), (2012, "wgi_ge", 1), (2014, "wgi_rl", 0)]:
    d = paired(edition, [outcome, "gdppc_ppp"], lag).dropna(subset=[outcome, "gdppc_ppp", "egdi"]).copy()
    d["y"] = d[outcome]
    fit = smf.ols("y ~ egdi + np.log(gdppc_ppp)", data=d).fit()
    infl = OLSInfluence(fit)
    d["std"] = np.asarray(infl.resid_studentized_internal)
    d["lev"] = np.asarray(infl.hat_matrix_diag)
    d["res"] = np.asarray(fit.resid)
    for iso in COUNTRIES:
        r = d[d.iso3 == iso]
        if len(r) == 0:
            continue
        out["residual"].append({
            "edition": edition, "outcome": outcome, "alignment": "data-year" if lag == 1 else "same-year", "iso3": iso,
            "n": int(fit.nobs), "coefficients": [float(v) for v in fit.params.values],
            "residual": float(r.res.iloc[0]), "leverage": float(r.lev.iloc[0]),
            "standardized": float(r["std"].iloc[0]), "score": -float(r["std"].iloc[0]),
        })

for edition, dim in [(2024, "wgi_cc"), (2008, "wgi_va"), (2016, "wgi_ge")]:
    d = paired(edition, [dim + "_pct", dim + "_pct_lo", dim + "_pct_hi"])
    d["egdi_pct"] = wgi_pct(d.egdi)
    for iso in COUNTRIES:
        r = d[d.iso3 == iso].iloc[0]
        gap = r.egdi_pct - r[dim + "_pct"]
        out["rank_gap"].append({
            "edition": edition, "dimension": dim, "iso3": iso, "egdi_pct": float(r.egdi_pct),
            "gov_pct": float(r[dim + "_pct"]), "gap": float(gap),
            "flagged": bool(r.egdi_pct < r[dim + "_pct_lo"] or r.egdi_pct > r[dim + "_pct_hi"]),
        })

for edition, measure in [(2024, "wgi_va_pct"), (2018, "vdem_partipdem"), (2020, "fh_total")]:
    d = paired(edition, [measure])
    d["epi_pct"] = wgi_pct(d.epi)
    if measure == "wgi_va_pct":
        d["m_pct"] = d[measure]
    else:
        year = panel[panel.year == edition - 1][["iso3", measure]].dropna()
        year["m_pct"] = wgi_pct(year[measure])
        d = d.merge(year[["iso3", "m_pct"]], on="iso3", how="left")
    for iso in COUNTRIES:
        r = d[d.iso3 == iso].iloc[0]
        out["participation_gap"].append({
            "edition": edition, "measure": measure, "iso3": iso, "epi_pct": float(r.epi_pct),
            "measure_pct": float(r.m_pct), "gap": float(r.epi_pct - r.m_pct),
        })

editions = sorted(panel[panel.egdi.notna()].year.unique())
window = [e for e in editions if 2008 <= e <= 2024]
gaps = {}
for e in window:
    d = paired(e, ["wgi_cc_pct"])
    d["egdi_pct"] = wgi_pct(d.egdi)
    gaps[e] = d.set_index("iso3")
for iso in COUNTRIES:
    a, b = gaps[2008].loc[iso], gaps[2024].loc[iso]
    xs = [gaps[e].loc[iso].egdi_pct for e in window if iso in gaps[e].index and not np.isnan(gaps[e].loc[iso].wgi_cc_pct)]
    ys = [gaps[e].loc[iso].wgi_cc_pct for e in window if iso in gaps[e].index and not np.isnan(gaps[e].loc[iso].wgi_cc_pct)]
    slope = sm.OLS(np.array(ys), sm.add_constant(np.array(xs))).fit().params[1]
    out["decoupling"].append({
        "from": 2008, "to": 2024, "dimension": "wgi_cc", "iso3": iso,
        "gap_change": float((b.egdi_pct - b.wgi_cc_pct) - (a.egdi_pct - a.wgi_cc_pct)),
        "egdi_pct_change": float(b.egdi_pct - a.egdi_pct), "gov_pct_change": float(b.wgi_cc_pct - a.wgi_cc_pct),
        "slope": float(slope), "slope_editions": len(xs),
    })

for edition, outcome in [(2024, "wgi_cc"), (2010, "wgi_va"), (2016, "cpi")]:
    d = paired(edition, [outcome]).dropna(subset=["egdi", outcome])
    for group, sub in [("world", d), ("post-soviet", d[d.iso3.isin(panel[panel.post_soviet == 1].iso3.unique())])]:
        out["correlation"].append({
            "edition": edition, "outcome": outcome, "countries": group, "n": int(len(sub)),
            "pearson": float(sub.egdi.corr(sub[outcome], method="pearson")),
            "spearman": float(sub.egdi.corr(sub[outcome], method="spearman")),
        })

# Pooled / between / within (two-way FE by dummies) EGDI slopes, editions stacked, data-year pairing.
out["slopes"] = []
for outcome, ps_only in [("wgi_cc", False), ("wgi_va", True), ("cpi", False)]:
    frames = []
    for e in editions:
        d = paired(e, [outcome]).dropna(subset=["egdi", outcome])
        d["year"] = e
        frames.append(d)
    st = pd.concat(frames)
    if ps_only:
        st = st[st.iso3.isin(panel[panel.post_soviet == 1].iso3.unique())]
    st = st.rename(columns={outcome: "y"})
    pooled = smf.ols("y ~ egdi", data=st).fit().params["egdi"]
    means = st.groupby("iso3")[["y", "egdi"]].mean()
    between = smf.ols("y ~ egdi", data=means).fit().params["egdi"]
    within = smf.ols("y ~ egdi + C(iso3) + C(year)", data=st).fit().params["egdi"]
    out["slopes"].append({"outcome": outcome, "post_soviet_only": ps_only, "n": int(len(st)), "countries": int(st.iso3.nunique()),
                          "pooled": float(pooled), "between": float(between), "within": float(within)})

path = os.path.join(ROOT, "Tests", "ParadoxTests", "Fixtures", "paradox_metrics.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", path)
