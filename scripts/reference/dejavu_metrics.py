#!/usr/bin/env python3
"""Reads DejaVu Sans's own font tables (no shaping library) and writes the
numbers PlotCairo's text tests compare Pango against:
Tests/PlotCairoTests/Fixtures/dejavu-sans-metrics.json

  unitsPerEm            head table
  ascender, descender   hhea table (HarfBuzz/Pango use these when OS/2
                        USE_TYPO_METRICS is not set, as for DejaVu)
  advance[c]            hmtx advance of the glyph cmap maps c to

Run: python3 scripts/reference/dejavu_metrics.py [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]
"""
import json, struct, sys, pathlib

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
data = open(path, "rb").read()
num_tables = struct.unpack(">H", data[4:6])[0]
tables = {}
for i in range(num_tables):
    tag, _, off, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
    tables[tag.decode()] = (off, length)

def table(tag):
    off, length = tables[tag]
    return data[off: off + length]

head, hhea, hmtx, cmap, os2 = table("head"), table("hhea"), table("hmtx"), table("cmap"), table("OS/2")
units_per_em = struct.unpack(">H", head[18:20])[0]
ascender, descender = struct.unpack(">hh", hhea[4:8])
num_hmetrics = struct.unpack(">H", hhea[34:36])[0]
fs_selection = struct.unpack(">H", os2[62:64])[0]

def glyph_id(cp):
    n = struct.unpack(">H", cmap[2:4])[0]
    for i in range(n):
        pid, eid, off = struct.unpack(">HHI", cmap[4 + 8 * i: 12 + 8 * i])
        sub = cmap[off:]
        if struct.unpack(">H", sub[0:2])[0] != 4:
            continue
        segx2 = struct.unpack(">H", sub[6:8])[0]
        seg = segx2 // 2
        ends = struct.unpack(">%dH" % seg, sub[14: 14 + segx2])
        starts = struct.unpack(">%dH" % seg, sub[16 + segx2: 16 + 2 * segx2])
        deltas = struct.unpack(">%dh" % seg, sub[16 + 2 * segx2: 16 + 3 * segx2])
        ro_off = 16 + 3 * segx2
        ranges = struct.unpack(">%dH" % seg, sub[ro_off: ro_off + segx2])
        for k in range(seg):
            if starts[k] <= cp <= ends[k]:
                if ranges[k] == 0:
                    return (cp + deltas[k]) & 0xFFFF
                addr = ro_off + 2 * k + ranges[k] + 2 * (cp - starts[k])
                g = struct.unpack(">H", sub[addr: addr + 2])[0]
                return (g + deltas[k]) & 0xFFFF if g else 0
    raise KeyError(hex(cp))

def advance(g):
    i = min(g, num_hmetrics - 1)
    return struct.unpack(">H", hmtx[4 * i: 4 * i + 2])[0]

chars = "0123456789\u2212"
out = {
    "source": f"{pathlib.Path(path).name} head/hhea/hmtx/cmap tables, scripts/reference/dejavu_metrics.py",
    "unitsPerEm": units_per_em,
    "ascender": ascender,
    "descender": descender,
    "useTypoMetrics": bool(fs_selection & (1 << 7)),
    "advance": {c: advance(glyph_id(ord(c))) for c in chars},
}
dest = pathlib.Path(__file__).resolve().parents[2] / "Tests/PlotCairoTests/Fixtures/dejavu-sans-metrics.json"
dest.write_text(json.dumps(out, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
print(dest.read_text())
