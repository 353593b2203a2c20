#!/usr/bin/env bash
# Issue 7: every notebook reruns and reproduces its committed page byte for byte.
# Notebooks are deterministic (no dates, fixed seeds), so any difference means a
# committed page is stale or a run is not reproducible.
#
# The pages (README.md: prose, code, every number) must always match. The figures' PNG
# bytes also depend on the rendering stack (Cairo, Pango, HarfBuzz, FreeType, libpng,
# zlib, the DejaVu fonts): they must match whenever this machine's stack is the one the
# pages were rendered with (Notebooks/render-env.txt, written by `make notebooks`); on
# another stack they are regenerated and checked to be valid PNGs, with a warning.
# Usage: scripts/check-notebooks.sh   (from a git checkout; builds in debug)
set -euo pipefail
cd "$(dirname "$0")/.."
notebooks=(kazakhstan-case-study post-soviet-panel replication study)
for n in "${notebooks[@]}"; do
  swift build --product "$n" >/dev/null
done
for n in "${notebooks[@]}"; do
  echo "notebook: $n"
  swift run --skip-build "$n" >/dev/null
done
fail() {
  echo "error: a fresh run of the notebooks differs from the committed pages:" >&2
  echo "$1" >&2
  git --no-pager diff --stat -- Notebooks >&2
  echo "Run 'make notebooks' and commit Notebooks/ (or find what made the run non-deterministic)." >&2
  exit 1
}
# Issue 21: the tables a notebook writes for a manuscript (Notebooks/*/tables/*.tex) are whole
# LaTeX documents that plain pdflatex compiles; the Word files are ZIP packages.
shopt -s nullglob
texdir="$(mktemp -d)"
trap 'rm -rf "$texdir"' EXIT
for tex in Notebooks/*/tables/*.tex; do
  if ! pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$texdir" "$tex" >"$texdir/log.txt" 2>&1; then
    tail -n 20 "$texdir/log.txt" >&2
    echo "error: $tex does not compile with pdflatex" >&2
    exit 1
  fi
  echo "latex: $tex compiles"
done
for docx in Notebooks/*/tables/*.docx; do
  head -c 4 "$docx" | od -An -tx1 | grep -q '50 4b 03 04' || { echo "error: $docx is not a Word (ZIP) package" >&2; exit 1; }
done
shopt -u nullglob
if diff -q <(scripts/render-env.sh) Notebooks/render-env.txt >/dev/null; then
  changes="$(git status --porcelain --untracked-files=all -- Notebooks)"
  [ -z "$changes" ] || fail "$changes"
  echo "notebooks: all ${#notebooks[@]} pages and their figures reproduce the committed ones"
else
  changes="$(git status --porcelain --untracked-files=all -- Notebooks | grep -v '\.png$' || true)"
  [ -z "$changes" ] || fail "$changes"
  for png in Notebooks/*/figures/*.png; do
    head -c 8 "$png" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a' || fail "$png is not a PNG"
  done
  echo "warning: this machine's rendering stack differs from Notebooks/render-env.txt:" >&2
  diff <(scripts/render-env.sh) Notebooks/render-env.txt >&2 || true
  echo "notebooks: all ${#notebooks[@]} pages reproduce the committed ones; figures regenerated (PNG bytes not compared on another stack)"
  git checkout -- 'Notebooks/*/figures/*.png'
fi
