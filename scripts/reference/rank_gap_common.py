#!/usr/bin/env python3
"""Reference for the common-population rank gap (issue 14.6), recomputed with pandas from
Datasets/panel.csv and the definition alone, for Tests/ParadoxTests/Metrics/RankGapCommonTests.swift:

    python3 scripts/reference/rank_gap_common.py Datasets/panel.csv > Tests/ParadoxTests/Fixtures/rank_gap_common.json

Definition: population = countries with an EGDI in edition Y (rows whose egdi_flag marks an
EGDI computed on a missing or impossible component left out) and the WGI estimate in Y - 1;
pct_i = 100 * #{j != i: v_j < v_i} / (N - 1) for v = egdi and v = the WGI estimate; interval
bounds = 100 * #{j != i: v_j < v_i -/+ 1.645 se_i} / (N - 1); gap = pct_egdi - pct_wgi; flagged
when pct_egdi lies outside [lo, hi].
"""
import json, sys
import numpy as np
import pandas as pd

panel = pd.read_csv(sys.argv[1], keep_default_na=False, na_values=[""])
out = {"pandas": pd.__version__, "cases": []}
bad_flags = {"hci_zero", "tii_zero", "hci_tii_zero", "hci_above_1"}
for edition, dim in [(2024, "wgi_cc"), (2022, "wgi_va"), (2012, "wgi_ge"), (2005, "wgi_cc")]:
    e = panel[(panel.year == edition) & panel.egdi.notna() & ~panel.egdi_flag.isin(bad_flags)][["iso3", "egdi"]]
    g = panel[(panel.year == edition - 1) & panel[dim].notna()][["iso3", dim, dim + "_se"]]
    m = e.merge(g, on="iso3").sort_values("iso3").reset_index(drop=True)
    n = len(m)
    ev, gv, se = m.egdi.to_numpy(), m[dim].to_numpy(), m[dim + "_se"].to_numpy()
    rows = []
    for i in range(n):
        others = np.delete(np.arange(n), i)
        pe = 100 * np.sum(ev[others] < ev[i]) / (n - 1)
        pg = 100 * np.sum(gv[others] < gv[i]) / (n - 1)
        lo = 100 * np.sum(gv[others] < gv[i] - 1.645 * se[i]) / (n - 1) if not np.isnan(se[i]) else None
        hi = 100 * np.sum(gv[others] < gv[i] + 1.645 * se[i]) / (n - 1) if not np.isnan(se[i]) else None
        flagged = bool((lo is not None and pe < lo) or (hi is not None and pe > hi))
        rows.append({"iso3": m.iso3[i], "egdi_pct": pe, "gov_pct": pg, "gov_lo": lo, "gov_hi": hi,
                     "gap": pe - pg, "flagged": flagged})
    out["cases"].append({"edition": edition, "dimension": dim, "n": n, "rows": rows})
json.dump(out, sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
