"""Collect every country name and code that the raw source files use.

Shared by `check_registry.py` (reports names/codes the Swift registry does not
know).  Each observation is (source, name, code): `name` or `code` may be None
when the file only carries one of them.  Paths are relative to the raw-data
folder described in ../shared/data/raw/SOURCES.md.
"""
from __future__ import annotations

import csv
import glob
import os
from typing import Iterator, NamedTuple, Optional


class Observation(NamedTuple):
    source: str
    name: Optional[str]
    code: Optional[str]


def _encoding(path: str) -> str:
    # ti_cpi/legacy_datahub/cpi.csv is Windows-1252 (e.g. "C\xf4te d\x92Ivoire");
    # every other file is UTF-8 (some with a BOM).
    try:
        with open(path, encoding="utf-8-sig") as f:
            f.read()
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def _csv_rows(path: str, skip: int = 0) -> Iterator[dict]:
    with open(path, newline="", encoding=_encoding(path)) as f:
        for _ in range(skip):
            f.readline()
        yield from csv.DictReader(f)


def _rel(raw: str, path: str) -> str:
    return os.path.relpath(path, raw)


def collect(raw: str) -> list[Observation]:
    obs: list[Observation] = []
    add = obs.append

    # 1a/1b UN E-Government Survey: names only (with trailing blanks kept on purpose:
    # the registry's normalisation must cope with them).
    for p in sorted(glob.glob(os.path.join(raw, "un_egov/un_datacenter/*.csv"))):
        for r in _csv_rows(p):
            add(Observation(_rel(raw, p), r["Country Name"], None))
    p = os.path.join(raw, "un_egov/thirdparty_2024/EGOV_DATA_2024.csv")
    for r in _csv_rows(p):
        add(Observation(_rel(raw, p), r["Country"], None))
    p = os.path.join(raw, "un_egov/thirdparty_2024/EGOV_MERGED_2005_2024.csv")
    for r in _csv_rows(p):
        add(Observation(_rel(raw, p), r["Country Name"], None))
    # 1c/1d: names paired with ISO3.
    for p in sorted(glob.glob(os.path.join(raw, "un_egov/unu_egov_iso3/*.csv"))):
        for r in _csv_rows(p):
            add(Observation(_rel(raw, p), r["country-name"], r["country-code"]))
    p = os.path.join(raw, "un_egov/EGOV_country_names_to_iso3__derived.csv")
    for r in _csv_rows(p):
        add(Observation(_rel(raw, p), r["un_egov_country_name"], r["iso3"]))

    # 2 WGI: World Bank codes + names.
    p = os.path.join(raw, "wgi/wgidataset__full_precision__converted.csv")
    seen = set()
    for r in _csv_rows(p):
        k = (r["countryname"], r["code"])
        if k not in seen:
            seen.add(k)
            add(Observation(_rel(raw, p), *k))

    # 3 TI CPI 2012-2025 (ISO3, Kosovo = KSV) and legacy (names only).
    for p in sorted(glob.glob(os.path.join(raw, "ti_cpi/*converted.csv"))):
        seen = set()
        for r in _csv_rows(p):
            k = (r["Country / Territory"], r["ISO3"])
            if k not in seen:
                seen.add(k)
                add(Observation(_rel(raw, p), *k))
    for p in sorted(glob.glob(os.path.join(raw, "ti_cpi/legacy_datahub/CPI*.csv"))):
        for r in _csv_rows(p):
            add(Observation(_rel(raw, p), r["Jurisdiction"], None))
    p = os.path.join(raw, "ti_cpi/legacy_datahub/cpi.csv")
    for r in _csv_rows(p):
        add(Observation(_rel(raw, p), r["country"], None))

    # 4 WDI: bulk CSV (4 junk lines) + Metadata_Country (Region empty = aggregate).
    for p in sorted(glob.glob(os.path.join(raw, "wdi/API_*.csv"))):
        for r in _csv_rows(p, skip=4):
            add(Observation(_rel(raw, p), r["Country Name"], r["Country Code"]))
    for p in sorted(glob.glob(os.path.join(raw, "wdi/Metadata_Country_*.csv"))):
        for r in _csv_rows(p):
            add(Observation(_rel(raw, p), r["TableName"], r["Country Code"]))

    # 5 Freedom House.
    p = os.path.join(raw, "freedom_house/All_data_FIW_2013-2024__FIW13-24__converted.csv")
    for r in _csv_rows(p):
        add(Observation(_rel(raw, p), r["Country/Territory"], None))
    p = os.path.join(raw, "freedom_house/Country_and_Territory_Ratings_and_Statuses_FIW_1973-2024.xlsx")
    try:
        import openpyxl  # optional: pip install openpyxl
    except ImportError:
        openpyxl = None
    if openpyxl is not None and os.path.exists(p):
        wb = openpyxl.load_workbook(p, read_only=True)
        for ws in wb.worksheets:
            if not ws.title.strip().endswith("Ratings, Statuses"):
                continue
            for i, row in enumerate(ws.iter_rows(values_only=True)):
                if i >= 3 and row and isinstance(row[0], str) and row[0].strip():
                    add(Observation(_rel(raw, p) + ":" + ws.title.strip(), row[0], None))

    # 6 V-Dem: country_name + country_text_id (ignore the uploader's WDI join).
    p = os.path.join(raw, "vdem/vdem3.csv")
    seen = set()
    for r in _csv_rows(p):
        k = (r["country_name"], r["country_text_id"])
        if k not in seen:
            seen.add(k)
            add(Observation(_rel(raw, p), *k))

    # 7 GTMI.
    p = os.path.join(raw, "gtmi/gtmi2025__converted_from_rda.csv")
    seen = set()
    for r in _csv_rows(p):
        k = (r["country_name"], r["country_code"])
        if k not in seen:
            seen.add(k)
            add(Observation(_rel(raw, p), *k))
    return obs


def wdi_aggregate_codes(raw: str) -> set[str]:
    """WDI codes whose Metadata_Country row has an empty Region (aggregates)."""
    codes = set()
    for p in glob.glob(os.path.join(raw, "wdi/Metadata_Country_*.csv")):
        for r in _csv_rows(p):
            if not r["Region"].strip():
                codes.add(r["Country Code"])
    return codes
