"""Independent reference values for the group slope test and the report's regressions
(Tests/ParadoxTests/Fixtures/group_slope_test.json).

Computed with pandas + statsmodels on Datasets/panel.csv, sharing no code with the Swift
implementation. Run from the repository root:

    pip install statsmodels pandas linearmodels
    python3 scripts/reference/group_slope_test.py

Exact calls:
  group slope: statsmodels.formula.api.ols("y ~ egdi + egdi:ps + C(iso3) + C(edition)", data=d)
               .fit(cov_type="cluster", cov_kwds={"groups": codes, "use_correction": True})
               (the least-squares dummy-variable form of two-way fixed effects; CR1 with
               statsmodels' K = every parameter including the dummies). The Swift code counts
               K = slopes + edition levels (fixest ssc(fixef.K = "nested"), Stata xtreg, fe
               with year dummies), so the covariance is rescaled by (N - K_sm)/(N - K_nested);
               G/(G-1) and (N-1) are common. p-values from t(G - 1).
  cross-check: linearmodels.PanelOLS(y, x, entity_effects=True, time_effects=True).fit()
               point estimates (must equal the dummy-variable OLS).
  cross-section: smf.ols("y ~ egdi + np.log(gdppc_ppp) + ps", data=d).fit(cov_type="HC1").
Pairing: UN edition Y with governance data of year Y-1 (data-year alignment); every edition
whose paired year has any value of the outcome; country-editions with a missing outcome dropped.
"""
import json
import os

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from scipy import stats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
panel = pd.read_csv(os.path.join(ROOT, "Datasets", "panel.csv"), keep_default_na=False, na_values=[""])
# EGDI values the UN computed on a missing or impossible component (egdi_flag) are left out
# of the paradox metrics by default (issue 14): their survey values are blanked here.
FLAGGED = panel.egdi_flag.isin(["hci_zero", "tii_zero", "hci_tii_zero", "hci_above_1"])
panel.loc[FLAGGED, ["egdi", "egdi_rank", "osi", "tii", "hci", "epi"]] = np.nan


def sample(outcome, lag=1):
    rows = []
    for edition in sorted(panel[panel.egdi.notna()].year.unique()):
        s = panel[(panel.year == edition) & panel.egdi.notna()][["iso3", "egdi", "post_soviet"]]
        g = panel[panel.year == edition - lag][["iso3", outcome]]
        if g[outcome].notna().sum() == 0:
            continue
        d = s.merge(g, on="iso3", how="left").dropna(subset=[outcome])
        d["edition"] = int(edition)
        rows.append(d)
    d = pd.concat(rows, ignore_index=True)
    # Countries observed once are dropped, as the package's fixed-effects fits drop singletons
    # by default (Stata reghdfe): they add nothing to the within estimate but change N and K.
    counts = d.groupby("iso3").size()
    d = d[d.iso3.map(counts) > 1].reset_index(drop=True)
    d["y"] = d[outcome]
    d["ps"] = d["post_soviet"].astype(float)
    return d


out = {"calls": __doc__, "group_slope": [], "cross_section": []}
for outcome in ["wgi_cc", "wgi_va", "cpi"]:
    d = sample(outcome)
    codes = pd.factorize(d.iso3)[0]
    fit = smf.ols("y ~ egdi + egdi:ps + C(iso3) + C(edition)", data=d).fit(
        cov_type="cluster", cov_kwds={"groups": codes, "use_correction": True})
    n = int(fit.nobs)
    g = int(len(np.unique(codes)))
    k_sm = int(len(fit.params))          # all parameters, dummies included
    k_nested = 2 + d.edition.nunique()   # slopes + edition levels (country FE nested in clusters)
    scale = (n - k_sm) / (n - k_nested)
    names = ["egdi", "egdi:ps"]
    v = fit.cov_params().loc[names, names].values * scale
    b = fit.params[names].values
    se = np.sqrt(np.diag(v))
    tq = stats.t(g - 1)
    p = 2 * tq.sf(np.abs(b / se))
    slope = b[0] + b[1]
    slope_se = float(np.sqrt(v[0, 0] + v[1, 1] + 2 * v[0, 1]))
    from linearmodels.panel import PanelOLS
    pdx = d.set_index(["iso3", "edition"])
    pdx["egdi_ps"] = pdx["egdi"] * pdx["ps"]
    lm = PanelOLS(pdx["y"], pdx[["egdi", "egdi_ps"]], entity_effects=True, time_effects=True).fit()
    assert np.allclose(lm.params.values, b, rtol=1e-10, atol=1e-12), (lm.params.values, b)
    out["group_slope"].append({
        "outcome": outcome, "n": n, "countries": g, "editions": sorted(int(e) for e in d.edition.unique()),
        "estimate": b.tolist(), "std_error": se.tolist(), "covariance_01": float(v[0, 1]), "p_value": p.tolist(),
        "post_soviet_slope": float(slope), "post_soviet_slope_se": slope_se,
        "post_soviet_slope_p": float(2 * tq.sf(abs(slope / slope_se))),
    })

for outcome, edition in [("wgi_cc", 2024), ("cpi", 2024)]:
    s = panel[(panel.year == edition) & panel.egdi.notna()][["iso3", "egdi", "post_soviet"]]
    gv = panel[panel.year == edition - 1][["iso3", outcome, "gdppc_ppp"]]
    d = s.merge(gv, on="iso3", how="left").dropna(subset=[outcome, "gdppc_ppp"])
    d = d[d.gdppc_ppp > 0].copy()
    d["y"] = d[outcome]
    d["ps"] = d["post_soviet"].astype(float)
    fit = smf.ols("y ~ egdi + np.log(gdppc_ppp) + ps", data=d).fit(cov_type="HC1")
    out["cross_section"].append({
        "outcome": outcome, "edition": edition, "n": int(fit.nobs),
        "estimate": fit.params.values.tolist(), "std_error": fit.bse.values.tolist(),
        "r_squared": float(fit.rsquared), "adj_r_squared": float(fit.rsquared_adj),
    })

path = os.path.join(ROOT, "Tests", "ParadoxTests", "Fixtures", "group_slope_test.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", path)
