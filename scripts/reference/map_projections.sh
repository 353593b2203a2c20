#!/bin/sh
# Reference plane coordinates of the map projections, from PROJ (the `proj` program).
# Equal Earth: +proj=eqearth +R=1 (Šavrič, Patterson & Jenny 2018; PROJ's implementation is by the authors).
# Lambert conformal conic: the post-Soviet map's parameters (MapRegion.postSoviet):
#   +proj=lcc +lat_1=43 +lat_2=74 +lat_0=59 +lon_0=105 +R=1.
# Writes Tests/PlotTests/Fixtures/map_projections.csv (projection,lon,lat,x,y), 12 significant digits.
# Run from the repository root: sh scripts/reference/map_projections.sh
# Generated with PROJ 9.1.1 (Debian 12 package proj-bin 9.1.1-1).
set -eu
out=Tests/PlotTests/Fixtures/map_projections.csv
points="0 0
180 0
-180 0
0 90
0 -90
90 45
-60 -30
2 1
37.6 55.75
-122.4 37.8
151.2 -33.9
179.9 -16.5"
lccpoints="105 59
20 35
190 78
24.1 56.95
71.4 51.2
177.5 64.7
44.5 40.2
105 82
19 82
191 35"
{
  echo "projection,lon,lat,x,y"
  echo "$points" | while read -r lon lat; do
    xy=$(echo "$lon $lat" | proj +proj=eqearth +R=1 -f '%.12e')
    echo "equal-earth,$lon,$lat,$(echo "$xy" | awk '{print $1","$2}')"
  done
  echo "$lccpoints" | while read -r lon lat; do
    xy=$(echo "$lon $lat" | proj +proj=lcc +lat_1=43 +lat_2=74 +lat_0=59 +lon_0=105 +R=1 -f '%.12e')
    echo "lambert-conic,$lon,$lat,$(echo "$xy" | awk '{print $1","$2}')"
  done
} > "$out"
