#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, swiftc -sanitize=fuzzer,address) of the
# parsers of user input: the CSV reader, the formula parser, the --where parser,
# the number parser against strtod (target "number"), and numeric extremes (years and
# ranks of 1e20, ±1.7e308, 1e9, fractions) through the panel checks (target "extremes").
#   scripts/fuzz.sh [seconds per target, default 60] [targets, default "csv formula where number extremes"]
#   FUZZ_OPT=-Onone FUZZ_SANITIZE=fuzzer scripts/fuzz.sh 3   # CI: ~10 s to build (Swift's own
#     bounds checks stay on at -Onone), 3 s per target; the default -O with AddressSanitizer
#     takes about 90 s to build and runs ~10x more inputs per second.
# Builds one instrumented binary from Fuzz/FuzzTargets.swift plus the PanelData and
# Modeling sources (and the one Stats file Modeling needs), compiled as a single
# module with the inter-module imports stripped. Seeds: Fuzz/corpus/<target>/.
# A crash or failed property stops the run with a reproducer
# .build/fuzz/crash-<target>-*; turn it into a regression test (see
# Tests/*/*Robustness*Tests.swift) and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
# libFuzzer runs forever with 0: insist on a bound.
[[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: seconds per target must be a positive integer"; exit 2; }
TARGETS=${2:-"csv formula where number extremes"}
SWIFTC=${SWIFTC:-swiftc}
out=.build/fuzz
src=$out/src
rm -rf "$src"; mkdir -p "$src"
for f in Sources/PanelData/*.swift Sources/PanelData/Importers/*.swift Sources/PanelData/Spreadsheet/*.swift Datasets/EmbeddedPanel.swift \
         Sources/Modeling/*.swift Sources/Modeling/Panel/*.swift Sources/Stats/LinearAlgebra/DoubleDouble.swift Fuzz/FuzzTargets.swift Fuzz/FuzzExtremes.swift; do
  name=$(echo "$f" | tr '/' '_')
  sed -E '/^import (Stats|PanelData|Modeling|EmbeddedPanel)$/d' "$f" > "$src/$name"
done
OPT=${FUZZ_OPT:--O}
SANITIZE=${FUZZ_SANITIZE:-fuzzer,address}
bin=$out/egov-fuzz$OPT-${SANITIZE//,/-}
# Rebuild only when a source changed.
if [ ! -x "$bin" ] || [ -n "$(find "$src" -newer "$bin" -name '*.swift' -print -quit 2>/dev/null)" ]; then
  echo "fuzz: compiling $(ls "$src" | wc -l) files"
  "$SWIFTC" "$OPT" -sanitize="$SANITIZE" -parse-as-library -module-name EGovFuzz "$src"/*.swift -o "$bin" 2>&1 \
    | grep -v "warning: Cannot export local symbol" || true
  [ -x "$bin" ] || { echo "fuzz: build failed"; exit 1; }
fi
status=0
for t in $TARGETS; do
  corpus=$out/corpus-$t
  mkdir -p "$corpus"
  cp -n Fuzz/corpus/$t/* "$corpus"/ 2>/dev/null || true
  log=$out/$t.log
  echo "fuzz: $t for ${SECONDS_PER_TARGET}s"
  if SWIFT_BACKTRACE=enable=no EGOV_FUZZ_TARGET=$t "$bin" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/crash-$t-" > "$log" 2>&1; then
    echo "fuzz: $t: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') executions, no crash"
  else
    echo "fuzz: $t FAILED; reproducer and log:"; ls "$out"/crash-$t-* 2>/dev/null || true; tail -40 "$log"
    status=1
  fi
done
exit $status
