#!/usr/bin/env python3
"""Reference values for Tests/PanelDataTests/PanelAuditTests.swift (issue 14), read straight
from the raw files with the Python standard library only (zipfile, re, csv): an
implementation independent of the package's importers.

    python3 scripts/reference/panel_audit_fixture.py ../shared/data/raw > Tests/PanelDataTests/Fixtures/panel_audit.json

- freedom_house: every (Freedom House name, year under review, PR, CL, status) of the
  1973-2024 ratings workbook (sheet "Country Ratings, Statuses ") for the years 1996-2011,
  where at least one of the three is rated ("-" = not rated);
- fh_territories: the names the 2013-2024 all-data workbook rates as territories (C/T = t),
  which the panel leaves out of the 1996-2011 ratings too (one rule for both workbooks);
- wdi_classification: Region and IncomeGroup of every economy (non-empty Region) in the
  GDP per capita country-metadata file;
- egdi_flags: the country-editions whose published EGDI rests on an HCI or TII coded 0 or an
  HCI above 1 (EGDI > 0), and those with EGDI = 0 but some non-zero component, by UN name.
"""
import csv, html, json, re, sys, zipfile, os

raw = sys.argv[1]

def fh():
    z = zipfile.ZipFile(os.path.join(raw, "freedom_house/Country_and_Territory_Ratings_and_Statuses_FIW_1973-2024.xlsx"))
    shared = re.findall(r"<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode(), re.S)
    shared = [html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", s, re.S))) for s in shared]
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    wb = z.read("xl/workbook.xml").decode()
    rid = re.search(r'<sheet name="Country Ratings, Statuses " sheetId="\d+" r:id="(rId\d+)"', wb).group(1)
    target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    sheet = z.read("xl/" + target.group(1)).decode()

    def col(ref):
        n = 0
        for ch in re.match(r"[A-Z]+", ref).group(0):
            n = n * 26 + ord(ch) - 64
        return n - 1

    grid = {}
    for r, body in re.findall(r'<row r="(\d+)"[^>]*>(.*?)</row>', sheet, re.S):
        cells = {}
        for ref, attrs, inner in re.findall(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</c>)', sheet_row := body, re.S):
            v = re.search(r"<v>(.*?)</v>", inner or "")
            if not v:
                continue
            text = v.group(1)
            if 't="s"' in attrs:
                text = shared[int(text)]
            cells[col(ref)] = html.unescape(text)
        grid[int(r)] = cells
    years = {c: int(v) for c, v in grid[2].items() if c > 0 and v.isdigit()}
    out = []
    for r in sorted(grid):
        if r <= 3:
            continue
        name = grid[r].get(0, "").strip()
        if not name:
            continue
        for c, y in sorted(years.items()):
            if not 1996 <= y <= 2011:
                continue
            pr, cl, st = (grid[r].get(c + k, "").strip() for k in range(3))
            vals = [None if v in ("", "-") else v for v in (pr, cl, st)]
            if any(v is not None for v in vals):
                out.append([name, y, None if vals[0] is None else int(vals[0]), None if vals[1] is None else int(vals[1]), vals[2]])
    return out

def wdi():
    path = os.path.join(raw, "wdi/Metadata_Country_API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_20423.csv")
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    return {r["Country Code"]: [r["Region"].strip(), r["IncomeGroup"].strip() or None] for r in rows if r["Region"].strip()}

def egdi():
    flags = []
    for ed in [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]:
        p = os.path.join(raw, "un_egov/thirdparty_2024/EGOV_DATA_2024.csv" if ed == 2024 else f"un_egov/un_datacenter/EGOV_DATA_{ed}.csv")
        with open(p, encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        renamed = "E_Index" in rows[0]
        keys = ("Country", "E_Index", "Online_Service", "Tele_Infra", "Human_Capital", "E_Participation") if renamed else \
               ("Country Name", "E-Government Index", "Online Service Index", "Telecommunication Infrastructure Index", "Human Capital Index", "E-Participation Index")
        for r in rows:
            name = r[keys[0]].strip().strip('"').strip()
            num = lambda k: None if r[k].strip() == "" else float(r[k])
            e, osi, tii, hci, epi = (num(k) for k in keys[1:])
            if e is None or e == 0:
                if any(v not in (None, 0) for v in (osi, tii, hci, epi)):
                    flags.append([name, ed, "egdi_zero"])
                continue
            if hci is not None and hci > 1:
                flags.append([name, ed, "hci_above_1"])
            elif hci == 0 and tii == 0:
                flags.append([name, ed, "hci_tii_zero"])
            elif hci == 0:
                flags.append([name, ed, "hci_zero"])
            elif tii == 0:
                flags.append([name, ed, "tii_zero"])
    return flags

def fh_territories():
    with open(os.path.join(raw, "freedom_house/All_data_FIW_2013-2024__FIW13-24__converted.csv"), encoding="utf-8-sig") as f:
        return sorted({r["Country/Territory"].strip() for r in csv.DictReader(f) if r["C/T"].strip().lower() == "t"})

json.dump({"freedom_house": fh(), "fh_territories": fh_territories(), "wdi_classification": wdi(), "egdi_flags": egdi()}, sys.stdout, ensure_ascii=False, separators=(",", ":"))
sys.stdout.write("\n")
