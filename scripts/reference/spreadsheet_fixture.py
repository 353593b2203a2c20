#!/usr/bin/env python3
"""Fixtures for Tests/PanelDataTests/Spreadsheet/*: DEFLATE streams made by zlib (raw, wbits
-15) at several levels and strategies, a zip archive with stored and deflated entries, and a
small .xlsx workbook written with zipfile, with the expected decompressed bytes (as SHA-256 and
CRC-32) and cell values. Python's zlib is the independent reference for the Swift inflater.

    python3 scripts/reference/spreadsheet_fixture.py > Tests/PanelDataTests/GeneratedFixtures/SpreadsheetFixtures.swift
"""
import base64, hashlib, io, random, sys, zipfile, zlib

rng = random.Random(20261207)
payloads = {
    "empty": b"",
    "short": b"a",
    "text": ("Kazakhstan climbs the EGDI ranking while governance barely moves. " * 40).encode(),
    "random": bytes(rng.getrandbits(8) for _ in range(3000)),
    "mixed": b"".join(bytes(rng.choice(b"ACGT") for _ in range(rng.randint(1, 300))) + bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 50))) for _ in range(100)),
    "long_repeats": b"xyz" * 8000 + b"\x00" * 6000,
}

def raw_deflate(data, level, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()

# More than 65,535 bytes at level 0: several stored blocks.
big = bytes(rng.getrandbits(8) for _ in range(70000))
streams = [("big-random-stored", raw_deflate(big, 0), big)]
for name, data in payloads.items():
    for level, strategy, tag in [(0, zlib.Z_DEFAULT_STRATEGY, "stored"), (1, zlib.Z_DEFAULT_STRATEGY, "fast"),
                                 (9, zlib.Z_DEFAULT_STRATEGY, "best"), (6, zlib.Z_FIXED, "fixed"),
                                 (6, zlib.Z_HUFFMAN_ONLY, "huffman"), (6, zlib.Z_RLE, "rle")]:
        streams.append((f"{name}-{tag}", raw_deflate(data, level, strategy), data))

def swift_string(b):
    return '"' + base64.b64encode(b).decode() + '"'

# A zip with a stored and a deflated entry.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(zipfile.ZipInfo("stored.txt", (2026, 12, 7, 0, 0, 0)), b"stored entry\n", compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("dir/deflated.txt", (2026, 12, 7, 0, 0, 0)), payloads["text"], compress_type=zipfile.ZIP_DEFLATED)
zip_bytes = buf.getvalue()

# A small workbook: two sheets, shared strings (rich text, entities, phonetic run), an inline
# string, numbers, a formula with a cached value, a gap row and column.
workbook = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="INDEX" sheetId="3" r:id="rId1"/><sheet name="Ratings, Statuses " sheetId="1" r:id="rId2"/></sheets></workbook>"""
rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""
shared = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5"><si><t>Country</t></si><si><t xml:space="preserve">C&#244;te d&apos;Ivoire </t></si><si><r><t>Bosnia </t></r><r><rPr><b/></rPr><t>&amp; Herzegovina</t></r></si><si><t>PF</t><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>&lt;NF&gt;</t></si></sst>"""
sheet1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>index sheet</t></is></c></row></sheetData></worksheet>"""
sheet2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="1" width="30"/></cols><sheetData><row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2010</v></c><c r="C1" s="4"/><c r="D1" t="str"><f>B1+1</f><v>2011</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>5</v></c><c r="C2" t="s"><v>3</v></c></row><row r="4"><c r="A4" t="s"><v>2</v></c><c r="C4" t="s"><v>4</v></c><c r="AA4"><v>-1.5E-3</v></c></row></sheetData></worksheet>"""
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels),
                       ("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet1), ("xl/worksheets/sheet2.xml", sheet2)]:
        z.writestr(zipfile.ZipInfo(name, (2026, 12, 7, 0, 0, 0)), text.encode(), compress_type=zipfile.ZIP_DEFLATED)
xlsx_bytes = buf.getvalue()

out = []
out.append("// GENERATED by scripts/reference/spreadsheet_fixture.py (Python %s, zlib %s). Do not edit by hand." % (sys.version.split()[0], zlib.ZLIB_VERSION))
out.append("")
out.append("enum SpreadsheetFixtures {")
out.append("    /// Raw DEFLATE streams: (name, base64 of the stream, SHA-256 hex of the decompressed bytes, length, CRC-32).")
out.append("    static let streams: [(name: String, deflated: String, sha256: String, count: Int, crc32: UInt32)] = [")
for name, comp, data in streams:
    out.append(f'        ("{name}", {swift_string(comp)}, "{hashlib.sha256(data).hexdigest()}", {len(data)}, {zlib.crc32(data)}),')
out.append("    ]")
out.append(f"    /// A zip (zipfile): stored.txt (stored) and dir/deflated.txt (deflated, {len(payloads['text'])} bytes, SHA-256 {hashlib.sha256(payloads['text']).hexdigest()}).")
out.append(f"    static let zip = {swift_string(zip_bytes)}")
out.append(f'    static let zipDeflatedSHA256 = "{hashlib.sha256(payloads["text"]).hexdigest()}"')
out.append("    /// A workbook with sheets INDEX and \"Ratings, Statuses \" (see the script for its cells).")
out.append(f"    static let xlsx = {swift_string(xlsx_bytes)}")
out.append("}")
print("\n".join(out))
