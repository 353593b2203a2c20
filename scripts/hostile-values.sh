#!/usr/bin/env bash
# A hostile catalogue of issue 18's value classes, run against the built CLI:
# extreme numbers (years, ranks, axis ranges), runaway sizes (ranks of 1e9, --bootstrap 1e9),
# silent duplicates and codes, and the message cases. Every case must end with its expected
# exit status, within 60 s and 4 GB of virtual memory, with the expected words on stderr and
# nothing on stdout when it fails; a crash (status >= 128) always fails the case.
#   scripts/hostile-values.sh [path/to/egov]       (default .build/debug/egov)
# Bash, awk and coreutils only. Several minutes in a debug build (each case loads the panel).
set -uo pipefail
cd "$(dirname "$0")/.."
EGOV=${1:-.build/debug/egov}
[ -x "$EGOV" ] || { echo "hostile-values: build egov first (swift build)"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0; cases=0

# A base panel: 30 countries, every column of the embedded panel.
codes='^(KAZ|EST|RUS|UZB|KGZ|TJK|TKM|ARM|AZE|GEO|BLR|MDA|UKR|LVA|LTU|FIN|SWE|NOR|DNK|DEU|FRA|ITA|ESP|POL|CZE|HUN|ROU|BGR|SVK|SVN),'
{ head -1 Datasets/panel.csv; grep -E "$codes" Datasets/panel.csv; } > "$tmp/base.csv"
col() { head -1 "$tmp/base.csv" | tr ',' '\n' | grep -nx "$1" | cut -d: -f1; }
YEAR=$(col year); RANK=$(col egdi_rank); ISO=$(col iso3)
# mutate NAME AWK-PROGRAM: a copy of base.csv through awk (-F, -v OFS=,).
mutate() { awk -F, -v OFS=, -v Y="$YEAR" -v R="$RANK" -v I="$ISO" "$2" "$tmp/base.csv" > "$tmp/$1.csv"; }
mutate year1e20  'NR==50 { $Y = "1e20" } { print }'
mutate rank1e9   '$I=="KAZ" && $R != "" && !d { $R = "1000000000"; d=1 } { print }'
mutate rank1e20  '$I=="KAZ" && $R != "" && !d { $R = "1e20"; d=1 } { print }'
mutate rankfrac  '$I=="EST" && $R != "" && !d { $R = "12.5"; d=1 } { print }'
mutate duplicate '{ print } $I=="KAZ" && $Y=="2022" { $R = ($R == "" ? "" : $R); print }'
mutate romcode   '$I=="ROU" { $I = "ROM" } $I=="KAZ" { $I = "KAZ " } { print }'
mutate unknown   '$I=="KAZ" { $I = "XKZ" } { print }'
printf 'iso3,year,y,x\nKAZ,2020,3,1\nEST,2020,3,2\nRUS,2020,3,4\nUZB,2020,3,5\n' > "$tmp/constant.csv"
printf 'iso3,year,x,y\nKAZ,2020,-1.7e308,1\nEST,2020,1.7e308,2\nRUS,2020,0,3\n' > "$tmp/wide.csv"
printf 'iso3;year;egdi;wgi_cc\nKAZ;2020;0,8;0,1\nEST;2020;0,9;0,2\n' > "$tmp/semicolon.csv"
printf 'iso3,year,egdi\nKAZ,2020,0.8\nEST,2020,0.9\n' | iconv -f UTF-8 -t UTF-16 > "$tmp/utf16.csv"
printf 'iso3,year,egdi,note\nKAZ,2020,"",x\nEST,2020,0.9,""\nRUS,2020,0.7,y\n' > "$tmp/quoted.csv"
chain=$(for i in $(seq 1 100); do printf 'year == %d || ' $((1900 + i)); done; printf 'year == 2022')

# run EXPECTED-STATUS STDERR-FRAGMENT ARGS...: one case.
run() {
  local want=$1 fragment=$2; shift 2
  cases=$((cases + 1))
  local out="$tmp/out" err="$tmp/err"
  ( ulimit -v 4000000; timeout 60 "$EGOV" "$@" > "$out" 2> "$err" ); local got=$?
  local why=""
  if [ $got -ge 124 ]; then why="crashed, timed out or ran out of memory (status $got)"
  elif [ $got -ne "$want" ]; then why="status $got, expected $want"
  elif ! grep -qiF -- "$fragment" "$err"; then why="stderr lacks \"$fragment\""
  elif [ "$want" -ne 0 ] && [ -s "$out" ]; then why="printed on stdout although it failed"
  fi
  if [ -n "$why" ]; then
    failures=$((failures + 1))
    echo "FAIL: egov $* -> $why"; head -c 600 "$err" | sed 's/^/    /'
  else
    echo "ok:   egov $* -> $got"
  fi
}
D() { echo "--data=$tmp/$1.csv"; }
fig() { echo "--out=$tmp/fig-$1.png"; }

# 1. Extreme numbers: a year of 1e20 in every command; a rank of 1e20; axes from -1.7e308 to 1.7e308.
run 1 "year = 1e+20" regress $(D year1e20) --formula "wgi_cc ~ egdi"
run 1 "year = 1e+20" describe $(D year1e20) --vars egdi
run 1 "year = 1e+20" plot scatter $(D year1e20) --x egdi --y wgi_cc $(fig s1)
run 1 "year = 1e+20" plot rank-rank $(D year1e20) $(fig rr1)
run 1 "outside [1900, 2100]" data validate $(D year1e20)
run 1 "year = 1e+20" data show $(D year1e20) --country KAZ --vars egdi
run 1 "year = 1e+20" paradox $(D year1e20)
run 1 "year = 1e+20" report $(D year1e20) --out "$tmp/report1"
run 1 "egdi_rank = 1e+20" paradox $(D rank1e20) --metric rank-gap
run 0 "" plot scatter --data "$tmp/wide.csv" --x x --y y $(fig wide)
# 2. Runaway loops and allocations.
run 1 "egdi_rank = 1000000000" plot rank-rank $(D rank1e9) $(fig rr2)
run 1 "egdi_rank = 1000000000" plot trajectory $(D rank1e9) $(fig tr2)
run 1 "egdi_rank = 1000000000" report $(D rank1e9) --out "$tmp/report2"
run 64 "would need 8" correlate --x egdi --y wgi_cc --bootstrap 1000000000
run 64 "would need" regress --formula "wgi_cc ~ egdi" --vcov "cluster(iso3)" --bootstrap wild --reps 1000000000
run 64 "must be positive" correlate --x egdi --y wgi_cc --bootstrap -5
run 64 "at least 1" regress --formula "wgi_cc ~ egdi" --vcov "cluster(iso3)" --bootstrap wild --reps -3
# 3. Nothing silent.
run 1 "more than once" regress $(D duplicate) --formula "wgi_cc ~ egdi"
run 1 "more than once" describe $(D duplicate) --vars egdi
run 1 "more than once" paradox $(D duplicate)
run 1 "duplicated country-year" data validate $(D duplicate)
run 64 "--where is given more than once" regress --formula "wgi_cc ~ egdi" --where "year == 2022" --where "post_soviet == 1"
run 64 "--formula is given more than once" regress --formula "wgi_cc ~ egdi" --formula "wgi_ge ~ egdi"
run 0 "read as ROU" regress $(D romcode) --formula "wgi_cc ~ egdi" --vcov "cluster(iso3)"
run 0 "read as KAZ" describe $(D romcode) --vars egdi --format json
run 0 "unknown country code 'XKZ'" regress $(D unknown) --formula "wgi_cc ~ egdi"
run 0 "unknown country code 'XKZ'" describe $(D unknown) --vars egdi --format csv
run 1 "is constant" regress --data "$tmp/constant.csv" --formula "y ~ x"
run 64 "itself" correlate --x egdi --y wgi_cc --partial egdi
run 1 "not a whole number" regress $(D rankfrac) --formula "wgi_cc ~ egdi_rank"
# 4. Messages.
run 1 "';'" describe --data "$tmp/semicolon.csv" --vars egdi
run 1 "UTF-16" describe --data "$tmp/utf16.csv" --vars egdi
run 0 "" describe --data "$tmp/quoted.csv" --vars egdi
run 64 "--data" describe --data '' --vars egdi
run 0 "" describe --vars egdi --where "$chain"
run 64 "is.na(egdi)" describe --vars egdi --where "egdi == NA"
run 64 "Usage: egov describe" describe --vars egdi --where "year =="
run 64 "Usage: egov regress" regress --formula "y ~"

echo "hostile-values: $cases cases, $failures failed"
[ $failures -eq 0 ]
