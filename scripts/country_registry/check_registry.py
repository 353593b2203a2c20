"""Report every country name or code of the raw files that the registry does not know.

Usage: python3 check_registry.py [RAW_DIR]   (default ../shared/data/raw from the repo root)
Exit status 1 if anything is unknown, inconsistent (a row's name and code resolve to
different entities) or ambiguous (one spelling claimed by two entities).
Needs openpyxl for the Freedom House 1973-2024 workbook (skipped with a note otherwise).
"""
import difflib
import os
import re
import sys

from normalise import normalise
from raw_names import collect, wdi_aggregate_codes
from table import TABLE


def build_index():
    names, codes, problems = {}, {}, []
    for code, kind, name, aliases, extra in TABLE:
        for spelling in [name] + aliases:
            key = normalise(spelling)
            if names.get(key, code) != code:
                problems.append(f"spelling {spelling!r} claimed by {names[key]} and {code}")
            names[key] = code
        for c in [code] + extra:
            if codes.get(c, code) != code:
                problems.append(f"code {c} claimed by {codes[c]} and {code}")
            codes[c] = code
    return names, codes, problems


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    raw = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data", "raw")
    names, codes, problems = build_index()
    kinds = {row[0]: row[1] for row in TABLE}
    unknown = set()
    for o in collect(raw):
        if o.name in ("NA", "") and o.source.startswith("vdem"):
            continue  # the uploader's WDI-only rows (no V-Dem country)
        if o.code is not None and not re.fullmatch(r"[A-Z]{3}", o.code):
            continue  # GTMI summary rows at the end of the 2025 block
        by_name = names.get(normalise(o.name)) if o.name else None
        by_code = codes.get(o.code) if o.code else None
        if o.name and by_name is None:
            near = difflib.get_close_matches(normalise(o.name), list(names), n=3)
            unknown.add(f"{o.source}: unknown name {o.name.strip()!r} (near: {near})")
        if o.code and by_code is None:
            unknown.add(f"{o.source}: unknown code {o.code!r} ({o.name!r})")
        if by_name and by_code and by_name != by_code:
            unknown.add(f"{o.source}: {o.name!r} -> {by_name} but {o.code} -> {by_code}")
    for code in wdi_aggregate_codes(raw):
        if kinds.get(codes.get(code)) != "aggregate":
            problems.append(f"WDI aggregate {code} is not kind aggregate")
    import generate_swift
    with open(generate_swift.OUT, encoding="utf-8") as f:
        if f.read() != generate_swift.render():
            problems.append("Sources/PanelData/CountryAliases.swift is out of date: run generate_swift.py")
    for line in sorted(problems) + sorted(unknown):
        print(line)
    print(f"{len(TABLE)} entities; {len(problems) + len(unknown)} problem(s)")
    return 1 if problems or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
