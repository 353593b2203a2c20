#!/bin/sh
# Times CSVReader/CSVWriter on a ~100 MB numeric CSV in a release (-O) build.
# Usage: scripts/csv-bench.sh [MB]   (run by hand; timings never go into unit tests)
set -eu
cd "$(dirname "$0")/.."
MB="${1:-100}"
CSV=/tmp/egov-csvbench-${MB}MB.csv
BIN=/tmp/egov-csvbench
if [ ! -f "$CSV" ]; then
    python3 - "$CSV" "$MB" <<'PY'
import random, sys
path, mb = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
codes = ["EST", "LVA", "LTU", "BLR", "MDA", "RUS", "UKR", "ARM", "AZE", "GEO"]
with open(path, "w") as f:
    f.write("iso3,year," + ",".join(f"x{j}" for j in range(10)) + "\n")
    size, target, i = 0, mb * 1_000_000, 0
    while size < target:
        rows = []
        for _ in range(10000):
            vals = ["" if rng.random() < 0.02 else repr(rng.gauss(0, 1e3)) if j % 2 else f"{rng.random():.4f}"
                    for j in range(10)]
            rows.append(f"{codes[i % 10]},{1996 + i % 30}," + ",".join(vals) + "\n")
            i += 1
        chunk = "".join(rows)
        f.write(chunk)
        size += len(chunk)
PY
fi
S=Sources/PanelData
swiftc -O -wmo -module-name PanelData -o "$BIN" \
    $S/NameSuggestions.swift $S/NumberParsing.swift $S/Column.swift $S/TableError.swift $S/Table.swift \
    $S/CSVError.swift $S/CSVReadOptions.swift $S/CSVTokenizer.swift $S/CSVReader.swift $S/CSVWriter.swift $S/EiselLemire.swift $S/PowersOfTen128.swift $S/MappedFile.swift \
    $S/AtomicFile.swift scripts/csvbench/main.swift
"$BIN" "$CSV"
