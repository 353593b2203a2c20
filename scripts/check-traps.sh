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
