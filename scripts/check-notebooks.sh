#!/usr/bin/env bash
# Issue 7: every notebook reruns and reproduces its committed page (README.md and
# figures/) byte for byte. Notebooks are deterministic (no dates, fixed seeds), so any
# difference means a committed page is stale or a run is not reproducible.
# Usage: scripts/check-notebooks.sh   (from a git checkout; builds in debug)
set -euo pipefail
cd "$(dirname "$0")/.."
notebooks=(kazakhstan-case-study post-soviet-panel replication)
for n in "${notebooks[@]}"; do
  swift build --product "$n" >/dev/null
done
for n in "${notebooks[@]}"; do
  echo "notebook: $n"
  swift run --skip-build "$n" >/dev/null
done
changes="$(git status --porcelain --untracked-files=all -- Notebooks)"
if [ -n "$changes" ]; then
  echo "error: a fresh run of the notebooks differs from the committed pages:" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- Notebooks >&2
  echo "Run 'make notebooks' and commit Notebooks/ (or find what made the run non-deterministic)." >&2
  exit 1
fi
echo "notebooks: all ${#notebooks[@]} pages reproduce the committed ones"
