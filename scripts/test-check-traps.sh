#!/usr/bin/env bash
# Proves that scripts/check-traps.sh fails on planted violations (and passes on the real
# tree): each case copies Sources/ into a temporary folder, plants one file, runs the check
# with CHECK_TRAPS_ROOT and expects the exit status and the message. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect STATUS FRAGMENT SWIFT-CODE: plant the code in Sources/egov/Planted.swift and check.
expect() {
  local want=$1 fragment=$2 code=$3
  rm -rf "$tmp/tree"; mkdir -p "$tmp/tree"; cp -R "$repo/Sources" "$tmp/tree/"
  [ -n "$code" ] && printf '%s\n' "$code" > "$tmp/tree/Sources/egov/Planted.swift"
  set +e
  out=$(CHECK_TRAPS_ROOT="$tmp/tree" bash "$repo/scripts/check-traps.sh" 2>&1)
  got=$?
  set -e
  if [ "$got" -ne "$want" ] || [[ "$out" != *"$fragment"* ]]; then
    echo "FAIL: planted [$code]: expected status $want and \"$fragment\", got $got:"; echo "$out" | sed 's/^/    /'
    failures=$((failures + 1))
  else
    echo "ok: [$code] -> $got"
  fi
}

shell="starts a process or reaches a shell"
expect 0 "no Process, NSTask" ""
expect 1 "$shell" 'let p = Process()'
expect 1 "$shell" 'let t = NSTask()'
expect 1 "$shell" 'func f(_ s: String) { _ = system("ls " + s) }'
expect 1 "$shell" 'let fp = popen(cmd, "r")'
expect 1 "$shell" 'var pid: pid_t = 0; _ = posix_spawn(&pid, path, nil, nil, argv, envp)'
expect 1 "$shell" '_ = execvp("sh", argv)'
expect 1 "$shell" '_ = execl("/usr/bin/true", "true")'
expect 1 "$shell" 'let pid = fork()'
expect 1 "$shell" 'let shell = URL(fileURLWithPath: "/bin/sh")'
expect 1 "$shell" 'let args = ["/usr/bin/env", "python3"]'
expect 1 "$shell" 'let r = Glibc.system(command)'
expect 1 "Planted.swift:2" $'// a comment\nlet p = Foundation.Process()'
# Not violations: comments, and names that merely contain the words.
expect 0 "no Process, NSTask" '// we never use Process() or system("...") here'
expect 0 "no Process, NSTask" 'let n = ProcessInfo.processInfo.processorCount; let subsystem = 1; func executor() {}'
# The trap scan itself also fails on a planted trap.
expect 1 "possible trap on user input" 'func f(_ s: String) -> Int { Int(s)! }'
# Issue 18.2: a bare Double -> Int conversion fails; Int(exactly:) and a '// checked:' marker pass.
conv="unchecked Int(...) conversion"
expect 1 "$conv" 'func year(_ y: Double) -> Int { Int(y) }'
expect 1 "$conv" 'func rank(_ r: Double) -> Int64 { Int64(r.rounded()) }'
expect 1 "Planted.swift:1" 'let n = Int(x / step) + 1 // a comment that is not the marker'
expect 0 "every Int conversion" 'func year(_ y: Double) -> Int? { Int(exactly: y) }'
expect 0 "every Int conversion" 'func year(_ y: Double) -> Int { y.isFinite && abs(y) < 1e6 ? Int(y) : 0 }  // checked: finite, |y| < 1e6'

if [ $failures -ne 0 ]; then echo "test-check-traps: $failures case(s) failed"; exit 1; fi
echo "test-check-traps: OK"
