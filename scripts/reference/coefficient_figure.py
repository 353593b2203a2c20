"""Reference numbers for Tests/ParadoxTests/Figures/CoefficientFigureTests.swift.

The EGDI slope on wgi_cc and cpi as the coefficient figure draws it (outcome divided by
its SD over the FE sample, EGDI per 0.1), edition Y paired with data year Y-1:
  cross-section 2024: statsmodels OLS(y, [1, x]).fit(cov_type="HC1"), t(n-2) interval;
  two-way FE: OLS with country and edition dummies, cov_type="cluster" by country
  (statsmodels' CR1 uses K = all dummies), rescaled to the nested rule
  (K = slope + edition dummies + constant: country effects nested in the clusters,
  Stata xtreg fe / fixest), interval from t(G-1).
Run: python3 scripts/reference/coefficient_figure.py > Tests/ParadoxTests/Fixtures/coefficient_figure.json
"""
import json
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

p = pd.read_csv("Datasets/panel.csv", keep_default_na=False, na_values=[""])
# EGDI values the UN computed on a missing or impossible component (egdi_flag) are left out
# of the paradox metrics and figures by default (issue 14): their survey values are blanked.
flagged = p.egdi_flag.isin(["hci_zero", "tii_zero", "hci_tii_zero", "hci_above_1"])
p.loc[flagged, ["egdi", "egdi_rank", "osi", "tii", "hci", "epi"]] = np.nan
editions = sorted(p.loc[p.egdi.notna(), "year"].unique())
out = {"calls": __doc__.strip(), "outcomes": {}}
for o in ["wgi_cc", "cpi"]:
    rows = []
    for e in editions:
        s = p[(p.year == e) & p.egdi.notna()][["iso3", "egdi"]]
        g = p[p.year == e - 1][["iso3", o]]
        if g[o].notna().sum() == 0:
            continue
        m = s.merge(g, on="iso3").dropna()
        m["edition"] = e
        rows.append(m)
    d = pd.concat(rows)
    # singletons: countries with one observation are dropped by the FE fit
    counts = d.groupby("iso3").size()
    sd = d[o].std(ddof=1)
    d["y"] = d[o] / sd
    d["x"] = d.egdi * 10
    cs = d[d.edition == 2024]
    f = sm.OLS(cs.y.values, sm.add_constant(cs.x.values)).fit(cov_type="HC1")
    q = stats.t.ppf(0.975, len(cs) - 2)
    b, se = f.params[1], f.bse[1]
    fe_d = d[d.iso3.map(counts) > 1]
    X = pd.get_dummies(fe_d[["iso3", "edition"]].astype(str), drop_first=True).astype(float)
    X.insert(0, "x", fe_d.x.values)
    X = sm.add_constant(X)
    ff = sm.OLS(fe_d.y.values, X.values).fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(fe_d.iso3)[0]})
    n, k_full = len(fe_d), X.shape[1]
    G = fe_d.iso3.nunique()
    k_nested = 1 + 1 + (fe_d.edition.nunique() - 1)  # slope, constant, edition dummies
    se_fe = ff.bse[1] * np.sqrt((n - k_full) / (n - k_nested))
    qfe = stats.t.ppf(0.975, G - 1)
    out["outcomes"][o] = {
        "sd": sd,
        "cross_section": {"estimate": b, "std_error": se, "conf_low": b - q * se, "conf_high": b + q * se, "n": len(cs)},
        "fixed_effects": {"estimate": ff.params[1], "std_error": se_fe, "conf_low": ff.params[1] - qfe * se_fe,
                          "conf_high": ff.params[1] + qfe * se_fe, "n": n, "clusters": G},
    }
print(json.dumps(out, indent=1))
