#!/usr/bin/env python3
"""Independent reader of the .docx files egov writes, for Tests/ParadoxTests/Tables.

Python standard library only (zipfile, xml.etree). Usage: python3 read_docx.py FILE.docx
Checks the package (every entry's CRC-32, [Content_Types].xml naming the main document,
_rels/.rels pointing at it, well-formed XML) and prints JSON:
{"tables": [[[cell text, ...], ...]], "paragraphs": [text, ...], "entries": [...]}.
Exit status 1 with a message on stderr for a broken package.
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def text_of(el):
    return "".join(t.text or "" for t in el.iter(W + "t"))


def main(path):
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad is not None:
            fail("CRC mismatch in " + bad)
        names = z.namelist()
        for required in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
            if required not in names:
                fail("missing " + required)
        ct = ET.fromstring(z.read("[Content_Types].xml"))
        overrides = {o.get("PartName"): o.get("ContentType") for o in ct if o.tag.endswith("Override")}
        if "main+xml" not in overrides.get("/word/document.xml", ""):
            fail("[Content_Types].xml does not declare word/document.xml as the main document")
        rels = ET.fromstring(z.read("_rels/.rels"))
        if not any(r.get("Target") == "word/document.xml" and r.get("Type", "").endswith("/officeDocument") for r in rels):
            fail("_rels/.rels does not point at word/document.xml")
        doc = ET.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")
    if body is None:
        fail("no w:body")
    tables, paragraphs = [], []
    for child in body:
        if child.tag == W + "tbl":
            rows = []
            for tr in child.findall(W + "tr"):
                cells = tr.findall(W + "tc")
                for tc in cells:
                    if tc.find(W + "p") is None:
                        fail("a table cell without a paragraph (Word refuses it)")
                rows.append([text_of(tc) for tc in cells])
            tables.append(rows)
        elif child.tag == W + "p":
            paragraphs.append(text_of(child))
    print(json.dumps({"tables": tables, "paragraphs": paragraphs, "entries": names}))


if __name__ == "__main__":
    main(sys.argv[1])
