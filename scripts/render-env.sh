#!/usr/bin/env bash
# The rendering stack a PNG's bytes depend on: the library versions (pkg-config) and the
# SHA-256 of the DejaVu font files Pango resolves. Two machines with the same output here
# render the notebooks' figures byte for byte alike (scripts/check-notebooks.sh).
set -euo pipefail
for lib in cairo pangocairo fontconfig freetype2 harfbuzz libpng zlib; do
  printf '%s %s\n' "$lib" "$(pkg-config --modversion "$lib" 2>/dev/null || echo missing)"
done
for face in "DejaVu Sans" "DejaVu Sans:bold" "DejaVu Sans:italic"; do
  file=$(fc-match -f '%{file}' "$face" 2>/dev/null || true)
  if [ -n "$file" ] && [ -f "$file" ]; then
    printf '%s %s %s\n' "$face" "$(basename "$file")" "$(sha256sum "$file" | cut -c1-16)"
  else
    printf '%s missing\n' "$face"
  fi
done
