#!/usr/bin/env python3
"""Advance widths of DejaVu Sans (per em) for printable ASCII and a few
typographic characters, read from the font's cmap (format 4) and hmtx tables.
Output is pasted into Sources/Plot/ApproximateTextMeasurer.swift.
Usage: python3 scripts/reference/dejavu_widths.py /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
"""
import struct, sys

def tables(data):
    n = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(n):
        tag, _, off, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        out[tag.decode()] = (off, length)
    return out

def main(path):
    data = open(path, "rb").read()
    t = tables(data)
    head = t["head"][0]; units = struct.unpack(">H", data[head + 18: head + 20])[0]
    hhea = t["hhea"][0]
    asc, desc = struct.unpack(">hh", data[hhea + 4: hhea + 8])
    nhm = struct.unpack(">H", data[hhea + 34: hhea + 36])[0]
    hmtx = t["hmtx"][0]
    adv = [struct.unpack(">H", data[hmtx + 4 * i: hmtx + 4 * i + 2])[0] for i in range(nhm)]
    cmap = t["cmap"][0]
    nsub = struct.unpack(">H", data[cmap + 2: cmap + 4])[0]
    sub = None
    for i in range(nsub):
        pid, eid, off = struct.unpack(">HHI", data[cmap + 4 + 8 * i: cmap + 12 + 8 * i])
        if pid == 3 and eid == 1: sub = cmap + off
    segx2 = struct.unpack(">H", data[sub + 6: sub + 8])[0]; seg = segx2 // 2
    ends = struct.unpack(">%dH" % seg, data[sub + 14: sub + 14 + segx2])
    starts = struct.unpack(">%dH" % seg, data[sub + 16 + segx2: sub + 16 + 2 * segx2])
    deltas = struct.unpack(">%dh" % seg, data[sub + 16 + 2 * segx2: sub + 16 + 3 * segx2])
    ro_off = sub + 16 + 3 * segx2
    ros = struct.unpack(">%dH" % seg, data[ro_off: ro_off + segx2])
    def glyph(c):
        for i in range(seg):
            if starts[i] <= c <= ends[i]:
                if ros[i] == 0: return (c + deltas[i]) & 0xFFFF
                a = ro_off + 2 * i + ros[i] + 2 * (c - starts[i])
                g = struct.unpack(">H", data[a: a + 2])[0]
                return (g + deltas[i]) & 0xFFFF if g else 0
        return 0
    def width(c):
        g = glyph(c); return adv[min(g, nhm - 1)] / units
    print("// ascent %.6f descent %.6f (hhea, per em)" % (asc / units, -desc / units))
    chars = list(range(0x20, 0x7F)) + [0x2212, 0x2009, 0x00B2, 0x00D7, 0x2013, 0x00B0, 0x2026]
    for c in chars:
        print("    0x%04X: %.6f," % (c, width(c)))

main(sys.argv[1])
