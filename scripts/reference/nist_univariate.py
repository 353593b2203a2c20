#!/usr/bin/env python3
"""NIST StRD univariate datasets -> Tests/StatsTests/Fixtures/nist_univariate.json

For each dataset this writes
  * the data as the original decimal strings from the NIST .dat file
    (NIST StRD data are public domain: https://www.itl.nist.gov/div898/strd/),
  * the certified mean, standard deviation (denominator n-1) and lag-1
    autocorrelation r1 = sum_{t=2..n}(y_t-ybar)(y_{t-1}-ybar) / sum_t (y_t-ybar)^2,
  * the "ceiling": the LRE that EXACT arithmetic reaches on the same inputs
    after they are parsed to IEEE doubles. The decimal inputs (e.g. 10000000.1)
    are not all representable, so even a perfect algorithm working on doubles
    cannot agree with the certified values to 15 digits. The exact values are
    computed with fractions.Fraction on the parsed doubles (mean, r1 exactly;
    sd as the correctly rounded square root of the exact rational variance,
    via mpmath at 60 digits). LRE = -log10(|x - c| / |c|), capped at 15.

Run: python3 scripts/reference/nist_univariate.py  (needs mpmath)
Source: /work/shared/reference/nist/certified.json and univariate/*.dat
"""
import json
import math
import os
from fractions import Fraction

import mpmath

mpmath.mp.dps = 60
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NIST = os.environ.get("NIST_DIR", "/work/shared/reference/nist")
OUT = os.path.join(ROOT, "Tests", "StatsTests", "Fixtures", "nist_univariate.json")
CAP = 15.0


def lre(x, c):
    """Log relative error of x (mpmath or Fraction) against certified decimal c."""
    x = mpmath.mpf(x.numerator) / x.denominator if isinstance(x, Fraction) else mpmath.mpf(x)
    c = mpmath.mpf(c)
    err = abs(x - c)
    if err == 0:
        return CAP
    rel = err / abs(c) if c != 0 else err
    return float(min(CAP, -mpmath.log10(rel)))


def main():
    cert = json.load(open(os.path.join(NIST, "certified.json")))["univariate"]
    out = {
        "_provenance": "NIST StRD univariate summary statistics (public domain), "
        "extracted by scripts/reference/nist_univariate.py; ceilings from exact "
        "rational arithmetic (fractions.Fraction) on the double-parsed inputs, sd root via mpmath (60 digits)",
        "cap": CAP,
        "datasets": [],
    }
    for name in sorted(cert):
        entry = cert[name]
        path = os.path.join(NIST, entry["file"])
        lines = open(path).read().splitlines()
        # the data follow the "Data: Y" header and its dashed underline
        start = next(i for i, l in enumerate(lines) if l.strip().startswith("Data: Y")) + 2
        texts = []
        for line in lines[start:]:
            texts.extend(line.split())
        assert len(texts) == entry["n_obs"], (name, len(texts), entry["n_obs"])
        xs = [Fraction(float(t)) for t in texts]  # exact value of each parsed double
        n = len(xs)
        mean = sum(xs) / n
        dev = [x - mean for x in xs]
        ss = sum(d * d for d in dev)
        var = ss / (n - 1)
        sd = mpmath.sqrt(mpmath.mpf(var.numerator) / var.denominator)
        r1 = sum(dev[t] * dev[t - 1] for t in range(1, n)) / ss
        c = entry["certified_text"]
        out["datasets"].append({
            "name": name,
            "difficulty": entry["difficulty"],
            "data": texts,
            "certified": {"mean": c["mean"], "sd": c["std_dev"], "acf1": c["lag1_autocorrelation"]},
            "ceiling": {"mean": lre(mean, c["mean"]), "sd": lre(sd, c["std_dev"]),
                        "acf1": lre(r1, c["lag1_autocorrelation"])},
        })
        print(f"{name:10s} ceilings mean {out['datasets'][-1]['ceiling']['mean']:.2f} "
              f"sd {out['datasets'][-1]['ceiling']['sd']:.2f} acf1 {out['datasets'][-1]['ceiling']['acf1']:.2f}")
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
