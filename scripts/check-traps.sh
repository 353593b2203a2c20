#!/usr/bin/env bash
# Issue 9.5: no trap on a path user input can reach. Scans Sources/ for
#   try!   fatalError(   precondition(   preconditionFailure(   assert(   assertionFailure(
#   as!    .unsafelyUnwrapped    force unwraps (`x!`, `f()!`, `a[i]!`) and IUO types (`Int!`)
# in code (comments and one-line string literals are stripped first; a simple
# heuristic, not a parser). Every finding must be listed in the allowlist below
# with the reason it cannot be reached from a user's CSV, formula, filter or
# option; anything else fails the check. Stale allowlist entries fail it too,
# so the list stays true. Bash, grep and sed only (CI has no Python).
#
# Issue 9.5, second part: nothing reaches a shell or starts a program. Sources/ must not use
#   Process  NSTask  system(  popen(  posix_spawn  exec*(  fork(  /bin/sh  /bin/bash  /usr/bin/env
# (comments are stripped; string literals are kept, so a shell path in a string is caught).
# Formulas and --where conditions are parsed by Sources/Modeling (Lexer, FormulaParser,
# RowFilter) and evaluated in Swift; this scan is the proof that no code path hands them,
# or anything else, to a shell. No allowlist: there is no legitimate use in the library or CLI.
#
# CHECK_TRAPS_ROOT=dir runs the checks on dir/Sources (scripts/test-check-traps.sh uses it
# to prove the scan fails on planted violations).
set -euo pipefail
cd "${CHECK_TRAPS_ROOT:-$(dirname "$0")/..}"

# path | text on the line | why user input cannot reach it
ALLOW=$(cat <<'LIST'
Sources/Stats/LinearAlgebra/Matrix.swift|precondition(row >= 0 && row < rows && column >= 0 && column < columns|subscript get: every index comes from loops over the matrix's own rows/columns; Matrix is only built by failable inits that check storage.count == rows*columns, so a CSV or formula sets sizes, never indices
Sources/Stats/LinearAlgebra/Matrix.swift|precondition(j >= 0 && j < columns|column(_:) / setColumn: j ranges over 0..<columns of the same matrix (design columns, kept-column lists built from it)
Sources/Stats/LinearAlgebra/Matrix.swift|precondition(i >= 0 && i < rows|row(_:): i ranges over 0..<rows of the same matrix
Sources/Stats/LinearAlgebra/Matrix.swift|precondition(v.count == columns|times(_:): vectors are coefficient vectors of the same fit (length = columns by construction)
Sources/Stats/LinearAlgebra/Matrix.swift|precondition(v.count == rows|transposeTimes(_:): vectors are responses/residuals of the same design (DesignMatrix builds y and X from the same used rows)
Sources/Stats/LinearAlgebra/Matrix.swift|precondition(columns == b.rows|times(Matrix): products of matrices of one fit (XᵀX, R⁻¹ ...), shapes fixed by the code, not by data
Sources/Stats/LinearAlgebra/Matrix.swift|precondition(rows == b.rows|transposeTimes(Matrix): both operands have the design's row count
Sources/Stats/LinearAlgebra/HouseholderQR.swift|precondition(t.count == p * p)|tallSkinnyTriangle: every caller allocates t as (m+1)² two lines above the call
Sources/Stats/Random/RandomDraws.swift|precondition(bound > 0|integer(below:): PearsonBootstrap draws inside `for _ in 0..<n` (never with n = 0); ResamplingScheme.draw loops `for _ in 0..<clusters.count` and its init throws unless there are at least 2 clusters; not reachable from the current CLI (egov correlate --bootstrap must keep validating n >= 1)
LIST
)

strip() {
  # Drop comments (whole-line and trailing " //"), then one-line string literals.
  sed -E -e 's#^[[:space:]]*//.*$##' -e 's#[[:space:]]//.*$##' -e 's/"([^"\\]|\\.)*"/""/g' "$1"
}

pattern='try!|fatalError\(|precondition\(|preconditionFailure\(|(^|[^A-Za-z_.])assert\(|assertionFailure\(|[^A-Za-z_]as!|unsafelyUnwrapped|[][A-Za-z0-9_)]!([^=]|$)'
status=0
found=0
declare -A used=()
while IFS= read -r -d '' file; do
  while IFS= read -r hit; do
    [ -z "$hit" ] && continue
    line=${hit%%:*}
    code=$(sed -n "${line}p" "$file")
    found=$((found + 1))
    ok=0
    while IFS='|' read -r apath atext _; do
      [ -z "$apath" ] && continue
      if [ "$apath" = "$file" ] && [[ "$code" == *"$atext"* ]]; then ok=1; used["$apath|$atext"]=1; break; fi
    done <<< "$ALLOW"
    if [ $ok -eq 0 ]; then
      echo "check-traps: $file:$line: possible trap on user input: $(echo "$code" | sed -E 's/^[[:space:]]+//')"
      status=1
    fi
  done < <(strip "$file" | grep -nE "$pattern" || true)
done < <(find Sources -name '*.swift' -print0 | sort -z)

while IFS='|' read -r apath atext _; do
  [ -z "$apath" ] && continue
  if [ -z "${used["$apath|$atext"]+x}" ]; then
    echo "check-traps: stale allowlist entry (no longer in the code): $apath: $atext"
    status=1
  fi
done <<< "$ALLOW"

trap_status=$status

# Issue 18.2: Double -> Int conversions of user data. `Int(x)`, `Int32(x)` and `Int64(x)` trap
# when x is NaN, infinite or beyond the integer's range (a year of 1e20 in a CSV). Every such
# conversion in Sources/ (outside the C wrappers and the byte-level parsers) must be either
#   - checked by construction: Int(exactly:) (nil for 1e20, 12.5 or NaN), Int(clamping:),
#     Int(truncatingIfNeeded:), Int(bitPattern:);
#   - marked on its line with a trailing `// checked: <why the value is whole and in range>`,
#     the convention for a conversion guarded by the code right above it; or
#   - listed below (path | text on the line, `*` for the whole file | why): conversions of an
#     integer or a String (the scan cannot see types), or of values the code bounds itself.
# A bare Int(...) anywhere else fails the check. Grep cannot see types: an Int(...) of an
# integer gets an entry or a marker, which is cheap; a missed Double is a crash.
INT_ALLOW=$(cat <<'LIST'
Sources/Modeling/RNumberFormat.swift|Int(scientific[|parses the exponent text that String(format:) wrote (a String)
Sources/PanelData/CountryBoundaries.swift|compactMap { Int($0) }|String fields of the boundary resource
Sources/PanelData/CountryBoundaries.swift|let x = Int(fields[2])|String fields of the boundary resource
Sources/PanelData/Importers/FreedomHouseHistoryImporter.swift|Int(text)|a String (failable)
Sources/Paradox/Regression/CovarianceChoice+Panel.swift|Int(s)|a String (failable)
Sources/egov/DataCommands.swift|let a = Int(parts[0])|Strings of --years (failable)
Sources/Plot/ChartBuilder.swift|Int(Double(n).squareRoot().rounded(.up))|n is the facet count (an Int): its square root fits
Sources/Plot/LabelPlacementCandidates.swift|Int((2 * Double.pi * d / o.candidateSpacing / 8).rounded(.up))|d is a ring radius and candidateSpacing a spacing of the label options (points, set in code and checked positive by the options)
Sources/Plot/LogTicks.swift|let k = Int((Double(t.count)|a ratio of tick counts
Sources/Plot/LogTicks.swift|let e = Int(log10(v).rounded())|v is a positive finite tick: |log10 v| <= 324
Sources/Plot/SceneDump.swift|Int((min(max(v, 0), 1) * 255).rounded())|clamped to [0, 255] (a debugging dump)
Sources/Plot/LabelPlacementSolver.swift|*|Int32 <-> Int conversions of grid and list indices only
Sources/Plot/LabelPlacementGrid.swift|*|Int32 <-> Int conversions of indices; Int(c) and Int(r) after c, r < cols, rows (guards on the same lines)
Sources/Stats/Correlation/SpearmanNullDistribution.swift|*|integer mask and Int32 table arithmetic, no Double
Sources/Stats/Correlation/SpearmanCorrelation.swift|Int(rx[i].rounded())|midranks lie in [1, n]
Sources/Stats/Correlation/SpearmanExactDistribution.swift|Ranks.map { Int(($0 * 2).rounded()) }|twice a midrank lies in [2, 2n]
Sources/Stats/Descriptive/PowerOfTwoScaling.swift|Int(largest.exponent)|Double.exponent is already an integer (of a finite value)
Sources/Stats/Descriptive/Quantile.swift|s[Int(lo) - 1]|order-statistic positions in [1, n]
Sources/Stats/Descriptive/Quantile.swift|s[Int(hi) - 1]|order-statistic positions in [1, n]
Sources/Stats/Descriptive/Quantile.swift|j = Int(jd)|floor(n·p + m) with p in [0, 1] (validated) and n the sample size
Sources/Stats/GLM/GLMError.swift|String(Int64(x))|guarded on the same line: whole and |x| < 1e15
Sources/Stats/LinearAlgebra/LeastSquares.swift|var e = Int((Swift.abs(x)).log10Floor)|x finite and non-zero (guard above): |e| <= 324
Sources/Stats/LinearAlgebra/LeastSquares.swift|String(Int(m))|m is a rounded mantissa in [1, 10)
Sources/Stats/Quantile/QuantileRegression.swift|Int((Double(n) * b).rounded(.up))|b is the bandwidth fraction in (0, 1), n the rows
Sources/Stats/Regression/FittedLinearModel.swift|Int64(c1.codes[i])|Int cluster codes
Sources/Stats/Resampling/BootstrapInterval.swift|let k = Int(kd)|kd in (0, B) (guards above)
Sources/Stats/Resampling/IdealBootstrap.swift|Int(distinct)|checked against the enumeration limit above
Sources/Stats/Resampling/PermutationTest.swift|Int(permutations)|checked against the enumeration limit above
Sources/Stats/Resampling/PermutationTest.swift|Int(combinations)|checked against the enumeration limit above
Sources/Stats/Resampling/PermutationTest.swift|Int(patterns)|checked against the enumeration limit above
LIST
)
int_pattern='(^|[^A-Za-z0-9_.])Int(32|64)?\('
int_status=0
int_found=0
declare -A int_used=()
while IFS= read -r -d '' file; do
  case "$file" in
    Sources/PlotCairo/*|Sources/CCairo/*|Sources/PanelData/Spreadsheet/*|Sources/PanelData/SHA256.swift|Sources/PanelData/EiselLemire.swift|Sources/PanelData/NumberParsing.swift|Sources/PanelData/PowersOfTen128.swift|Sources/Paradox/Output/ZipArchive.swift) continue ;;
  esac
  while IFS= read -r hit; do
    [ -z "$hit" ] && continue
    line=${hit%%:*}
    code=$(sed -n "${line}p" "$file")
    [[ "$code" == *"// checked:"* ]] && continue
    int_found=$((int_found + 1))
    ok=0
    while IFS='|' read -r apath atext _; do
      [ -z "$apath" ] && continue
      if [ "$apath" = "$file" ] && { [ "$atext" = "*" ] || [[ "$code" == *"$atext"* ]]; }; then ok=1; int_used["$apath|$atext"]=1; break; fi
    done <<< "$INT_ALLOW"
    if [ $ok -eq 0 ]; then
      echo "check-traps: $file:$line: unchecked Int(...) conversion (traps on NaN, ±Inf or 1e20): $(echo "$code" | sed -E 's/^[[:space:]]+//')"
      int_status=1
    fi
  done < <(strip "$file" | grep -nE "$int_pattern" | grep -vE 'Int(32|64)?\((exactly|clamping|truncatingIfNeeded|bitPattern):' || true)
done < <(find Sources -name '*.swift' -print0 | sort -z)
while IFS='|' read -r apath atext _; do
  [ -z "$apath" ] && continue
  if [ -z "${int_used["$apath|$atext"]+x}" ]; then
    echo "check-traps: stale Int allowlist entry (no longer in the code): $apath: $atext"
    int_status=1
  fi
done <<< "$INT_ALLOW"
if [ $int_status -eq 0 ]; then
  echo "check-traps: OK (every Int conversion is Int(exactly:)-style, marked '// checked:', or one of $int_found listed)"
else
  echo "check-traps: convert with Int(exactly:) and handle nil with a clear error, or guard the value and mark the line '// checked: <why>'"
  status=1
  trap_status=1
fi

# Shell and process spawning: comments stripped, strings kept.
shell_pattern='(^|[^A-Za-z0-9_])(Process|NSTask)([^A-Za-z0-9_]|$)|(^|[^A-Za-z0-9_])(system|popen|posix_spawnp?|execvp?e?|execlp?e?|fork|vfork)[[:space:]]*\(|/bin/(ba|z|da|k)?sh([^A-Za-z0-9_]|$)|/usr/bin/env'
shell_status=0
while IFS= read -r -d '' file; do
  while IFS= read -r hit; do
    [ -z "$hit" ] && continue
    line=${hit%%:*}
    code=$(sed -n "${line}p" "$file" | sed -E 's/^[[:space:]]+//')
    echo "check-traps: $file:$line: starts a process or reaches a shell: $code"
    shell_status=1
  done < <(sed -E -e 's#^[[:space:]]*//.*$##' -e 's#[[:space:]]//.*$##' "$file" | grep -nE "$shell_pattern" || true)
done < <(find Sources -name '*.swift' -print0 | sort -z)

if [ $trap_status -eq 0 ]; then
  echo "check-traps: OK ($found allowed internal invariants, nothing else)"
else
  echo "check-traps: remove the trap (throw a typed error), or add it to the allowlist in scripts/check-traps.sh with the reason user input cannot reach it"
fi
if [ $shell_status -eq 0 ]; then
  echo "check-traps: OK (no Process, NSTask, system, popen, posix_spawn, exec*, fork or shell path in Sources/)"
else
  echo "check-traps: Sources/ must never start a program or pass text to a shell: parse expressions in Swift (Sources/Modeling) and call libraries directly"
  status=1
fi
exit $status
