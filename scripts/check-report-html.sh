#!/usr/bin/env bash
# Issue 20.6: report.html works in a browser. Opens the report in headless Chromium (Debian
# package `chromium`) and fails unless
#   - the page logs no console error and raises no script or resource-load error,
#   - every image loads (naturalWidth > 0; for <picture>, the source the browser chose),
#   - every in-page link (#id) names an element, and every relative link, src and srcset
#     names a file of the report folder,
#   - at 390 px the page does not scroll sideways (only the table wrappers do).
# How (no DevTools protocol, no Node): the report is copied to a temporary folder and a small
# checking script is inserted into the copy's <head> (the report itself has no scripts). It
# records `error` events (capturing, so failed <img> loads count), console.error and
# console.warn, and on `load` writes its findings into the DOM; `chromium --headless
# --dump-dom` prints that DOM, and --enable-logging=stderr shows the console messages Chromium
# logs itself (CONSOLE lines, failed file loads). File links are checked in Bash (file:// fetches are not
# allowed from a page).
#
# Usage: scripts/check-report-html.sh [REPORT_FOLDER] [SCREENSHOT_FOLDER]
#   Without REPORT_FOLDER, renders the report with the debug build (.build/debug/egov, built by
#   `make test`) into a temporary folder first (about 30 s; fewer bootstrap replications,
#   test-only option). With SCREENSHOT_FOLDER, also writes report-390.png and
#   report-1280.png there (to look at). Takes 10-20 s after the report exists (Chromium starts 2-4 times).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM" ]; then
  echo "check-report-html: chromium not found (apt-get install chromium)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report=${1:-}
if [ -z "$report" ]; then
  report="$work/rendered"
  .build/debug/egov report --out "$report" --test-bootstrap-replications 99 >/dev/null
fi
html="$report/report.html"
[ -f "$html" ] || { echo "check-report-html: $html not found" >&2; exit 1; }

failures=0
fail() { echo "check-report-html: $*" >&2; failures=$((failures + 1)); }

# 1. Relative links, sources and srcsets name files of the report folder.
while IFS= read -r target; do
  case "$target" in
    '#'*|'') continue ;;
    http://*|https://*|//*|/*|*..*) fail "link leaves the report folder: $target"; continue ;;
  esac
  [ -f "$report/${target%%#*}" ] || fail "missing file: $target"
done < <(grep -oE '(href|src|srcset)="[^"]*"' "$html" | sed -E 's/^[a-z]+="//; s/"$//' | sort -u)

# 2. The page in Chromium, with the checking script in a copy.
copy="$work/copy"
cp -R "$report" "$copy"
cat > "$work/probe.html" <<'PROBE'
<script>
(function () {
  var problems = [];
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.srcset || t.href)) problems.push('resource failed: ' + (t.currentSrc || t.src || t.srcset || t.href));
    else problems.push('script error: ' + e.message);
  }, true);
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () { problems.push('console.' + level + ': ' + Array.prototype.join.call(arguments, ' ')); original.apply(console, arguments); };
  });
  window.addEventListener('load', function () {
    var images = document.images;
    for (var i = 0; i < images.length; i++) {
      var img = images[i];
      if (!img.complete || img.naturalWidth === 0) problems.push('image not loaded: ' + (img.currentSrc || img.src));
    }
    var links = document.querySelectorAll('a[href^="#"]');
    for (var j = 0; j < links.length; j++) {
      var id = decodeURIComponent(links[j].getAttribute('href').slice(1));
      if (!document.getElementById(id)) problems.push('in-page link to a missing id: #' + id);
    }
    var wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (wide > 1) problems.push('the page scrolls sideways by ' + wide + ' px at width ' + document.documentElement.clientWidth);
    var out = document.createElement('pre');
    out.id = 'egov-check';
    out.textContent = 'images=' + images.length + ' links=' + document.links.length + '\n' + problems.join('\n');
    document.body.appendChild(out);
  });
})();
</script>
PROBE
# Insert the probe right after <head> (first line that is exactly <head>).
awk -v probe="$work/probe.html" '{ print } $0 == "<head>" && !done { while ((getline l < probe) > 0) print l; done = 1 }' "$html" > "$copy/report.html"

flags=(--headless --disable-gpu --no-sandbox --no-first-run --disable-extensions --hide-scrollbars
       --user-data-dir="$work/profile" --virtual-time-budget=15000)
for width in 390 1280; do
  dom=$("$CHROMIUM" "${flags[@]}" --enable-logging=stderr --v=0 --window-size="$width,2000" --dump-dom "file://$copy/report.html" 2>"$work/log-$width" || true)
  if grep -E 'CONSOLE|Uncaught|ERR_FILE_NOT_FOUND' "$work/log-$width" >/dev/null; then
    fail "width $width: console messages: $(grep -E 'CONSOLE|Uncaught|ERR_FILE_NOT_FOUND' "$work/log-$width" | head -5)"
  fi
  result=$(printf '%s\n' "$dom" | sed -n '/<pre id="egov-check">/,/<\/pre>/p' | sed -E 's/<[^>]*>//g')
  if [ -z "$result" ]; then fail "width $width: the checking script did not run (no result in the DOM)"; continue; fi
  summary=$(printf '%s\n' "$result" | head -1)
  images=${summary#images=}; images=${images%% *}
  [ "${images:-0}" -gt 0 ] || fail "width $width: no images on the page"
  while IFS= read -r line; do
    [ -n "$line" ] && fail "width $width: $line"
  done < <(printf '%s\n' "$result" | tail -n +2)
  echo "check-report-html: width $width px: $summary"
done

if [ -n "${2:-}" ]; then
  mkdir -p "$2"
  for size in 390,2000 1280,1600; do
    "$CHROMIUM" "${flags[@]}" --window-size="$size" --screenshot="$(cd "$2" && pwd)/report-${size%%,*}.png" "file://$(cd "$report" && pwd)/report.html" >/dev/null 2>&1 || fail "screenshot at $size failed"
  done
fi

if [ "$failures" -gt 0 ]; then
  echo "check-report-html: $failures problem(s) in $html" >&2
  exit 1
fi
echo "check-report-html: OK ($html)"
