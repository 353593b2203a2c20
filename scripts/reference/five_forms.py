#!/usr/bin/env python3
"""Reference for `egov paradox --metric five-forms` (issue 22), recomputed with pandas from
Datasets/panel.csv and the definitions alone (Sources/Paradox/Metrics/FiveForms/FiveForms.swift
states them), for Tests/ParadoxTests/Metrics/FiveFormsTests.swift:

    python3 scripts/reference/five_forms.py Datasets/panel.csv > Tests/ParadoxTests/Fixtures/five_forms.json

Span 2008 -> 2024 (governance 2007 -> 2023); percentiles 100 * #{j != i: v_j < v_i} / (N - 1)
on each form's common population; EGDI rows flagged as computed on a missing component are
left out. Also: the EGDI change decomposition for every country and pair of consecutive
editions with published weights, and how far the published EGDI is from its weighted components.
"""
import json, sys
import numpy as np
import pandas as pd

panel = pd.read_csv(sys.argv[1], keep_default_na=False, na_values=[""])
bad = {"hci_zero", "tii_zero", "hci_tii_zero", "hci_above_1"}
survey = {"egdi", "egdi_rank", "osi", "tii", "hci", "epi"}

from functools import lru_cache

@lru_cache(maxsize=None)
def values(var, year):
    rows = panel[(panel.year == year) & panel[var].notna()]
    if var in survey:
        rows = rows[~rows.egdi_flag.isin(bad)]
    return dict(zip(rows.iso3, rows[var]))

def pct(series_list, descending=()):
    members = sorted(set.intersection(*[set(s) for s in series_list]))
    out = []
    for k, s in enumerate(series_list):
        v = np.array([(-s[m] if k in descending else s[m]) for m in members])
        n = len(v)
        out.append({m: 100 * np.sum(np.delete(v, i) < v[i]) / (n - 1) for i, m in enumerate(members)})
    return out

def weights(ed):
    return (0.34, 0.33, 0.33) if ed in (2008, 2010) else (1 / 3, 1 / 3, 1 / 3)

def decomposition(iso, a, b):
    def get(var, y):
        v = values(var, y)
        return v.get(iso)
    e1, e2, o1, o2, t1, t2, h1, h2 = (get(v, y) for v, y in [("egdi", a), ("egdi", b), ("osi", a), ("osi", b), ("tii", a), ("tii", b), ("hci", a), ("hci", b)])
    if None in (e1, e2, o1, o2, t1, t2, h1, h2):
        return None
    w1, w2 = weights(a), weights(b)
    o, t, h = w2[0] * o2 - w1[0] * o1, w2[1] * t2 - w1[1] * t1, w2[2] * h2 - w1[2] * h1
    return {"change": e2 - e1, "osi": o, "tii": t, "hci": h, "residual": (e2 - e1) - (o + t + h)}

frm, to = 2008, 2024
pf, pt = frm - 1, to - 1
osi, tii, hci, epi = (values(v, to) for v in ["osi", "tii", "hci", "epi"])
ge, va, cc, vd = (values(v, pt) for v in ["wgi_ge", "wgi_va", "wgi_cc", "vdem_partipdem"])
tech = pct([osi, tii, hci, ge])
service, service_from = pct([osi, ge]), pct([values("osi", frm), values("wgi_ge", pf)])
egdi_to, egdi_from, ge_from = values("egdi", to), values("egdi", frm), values("wgi_ge", pf)
both = {k for k in egdi_to if k in egdi_from and k in ge and k in ge_from}
r = lambda s: {k: v for k, v in s.items() if k in both}
mim_to, mim_from = pct([r(egdi_to), r(ge)]), pct([r(egdi_from), r(ge_from)])
part_va, part_vd = pct([epi, va]), pct([epi, vd])

def d(a, b):
    return None if a is None or b is None else a - b

countries = {}
for iso in sorted(set(panel.iso3)):
    tp = None if iso not in tech[0] else (tech[0][iso] + tech[1][iso]) / 2
    dec = decomposition(iso, frm, to)
    climb, gov = d(mim_to[0].get(iso), mim_from[0].get(iso)), d(mim_to[1].get(iso), mim_from[1].get(iso))
    countries[iso] = {
        "technology-emphasis": {"tech_pct": tp, "lead_over_hci": d(tp, tech[2].get(iso)), "lead_over_ge": d(tp, tech[3].get(iso)),
                                "egdi_change": dec and dec["change"], "osi_term": dec and dec["osi"], "tii_term": dec and dec["tii"],
                                "hci_term": dec and dec["hci"], "publication_residual": dec and dec["residual"]},
        "transactional-services": {"service_gap_from": d(service_from[0].get(iso), service_from[1].get(iso)),
                                   "service_gap_to": d(service[0].get(iso), service[1].get(iso))},
        "isomorphic-mimicry": {"egdi_pct_change": climb, "ge_pct_change": gov,
                               "online_service_share": None if not dec or dec["change"] == 0 else dec["osi"] / dec["change"]},
        "limited-participation": {"epi_minus_va": d(part_va[0].get(iso), part_va[1].get(iso)),
                                  "epi_minus_vdem": d(part_vd[0].get(iso), part_vd[1].get(iso))},
    }
    f = countries[iso]["transactional-services"]
    f["service_gap_change"] = d(f["service_gap_to"], f["service_gap_from"])

# Residuals of the decomposition for every country and pair of consecutive editions.
editions = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
residuals = []
for a, b in zip(editions, editions[1:]):
    for iso in sorted(set(panel.iso3)):
        dec = decomposition(iso, a, b)
        if dec:
            residuals.append([iso, a, b, dec["residual"]])
json.dump({"pandas": pd.__version__, "from": frm, "to": to, "countries": countries, "residuals": residuals},
          sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
