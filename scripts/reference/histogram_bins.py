#!/usr/bin/env python3
"""Histogram bin edges and counts from numpy -> Tests/StatsTests/Fixtures/histogram_bins.json

Samples (written into the fixture, rounded to 4 decimals so they are exact in
JSON): a two-component normal mixture (n = 157), a small skewed sample with
ties (n = 23) and a sample whose IQR is 0 (only the edges for bins="sturges"
are compared there: numpy's "fd" falls back to one bin, EGovParadox to Sturges).
For each: np.histogram_bin_edges(x, bins=...) for "fd", "sturges" and 7, and
np.histogram(x, bins=edges) counts (bins closed on the left, the last on both sides).
Run: python3 scripts/reference/histogram_bins.py   (numpy 2.4.6)
"""
import json
import os

import numpy as np

rng = np.random.default_rng(20261207)
mix = np.concatenate([rng.normal(0.45, 0.08, 100), rng.normal(0.78, 0.05, 57)])
samples = {
    "mixture": [round(float(v), 4) for v in mix],
    "skewed": [0.1, 0.1, 0.2, 0.25, 0.3, 0.3, 0.3, 0.45, 0.5, 0.7, 0.8, 1.1, 1.3, 1.6, 2.0, 2.5, 3.3, 4.1, 5.0, 7.5, 9.0, 12.0, 20.0],
    "tied": [1.0] * 12 + [2.0, 3.0, 5.0],
}
out = {"_provenance": f"numpy {np.__version__} np.histogram_bin_edges / np.histogram via scripts/reference/histogram_bins.py", "cases": []}
for name, x in samples.items():
    a = np.array(x)
    for bins in ["fd", "sturges", 7]:
        if name == "tied" and bins == "fd":
            continue
        edges = np.histogram_bin_edges(a, bins=bins)
        counts, _ = np.histogram(a, bins=edges)
        out["cases"].append({"sample": name, "x": x, "bins": str(bins),
                             "edges": [float(e) for e in edges], "counts": [int(c) for c in counts]})
path = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Fixtures", "histogram_bins.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
