#!/bin/sh
# S1 end to end (bench/README.md): `covplan coverage` of a one-site project on a
# ~700 x 700 grid at 30 m with a 30 m DEM — load, read the DEM, cells, propagate,
# SINR, LOS, write the Cloud-Optimized GeoTIFFs and coverage.json. Prints wall time
# and peak RSS of three runs. Needs a build (build/) and gdal-bin.
set -eu
cd "$(dirname "$0")/.."
covplan="$PWD/build/cli/covplan"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
# One site at 105.6 E, 9.7 N (UTM 48N: ~566 km E, ~1072 km N); a 20 km square "ward".
cat > site.csv <<CSV
site_id,name,operator,technology,band,freq_mhz,height_m,azimuths,power_dbm,lon,lat
S1,S1,Test,4G,B3,1800,30,0;120;240,46,105.6,9.7
CSV
cat > ward.geojson <<JSON
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"S1 area"},
"geometry":{"type":"Polygon","coordinates":[[[105.509,9.609],[105.691,9.609],[105.691,9.791],[105.509,9.791],[105.509,9.609]]]}}]}
JSON
gdal_create -q -of GTiff -outsize 740 740 -bands 1 -ot Float32 -burn 2 -a_srs EPSG:32648 \
  -a_ullr 555000 1083000 577200 1060800 dem.tif
"$covplan" import s1.covplan.gpkg ward.geojson --role ward --title S1 > /dev/null
"$covplan" import s1.covplan.gpkg site.csv --role sites > /dev/null
"$covplan" add-raster s1.covplan.gpkg --dem dem.tif > /dev/null
"$covplan" settings s1.covplan.gpkg resolution_m=30 propagation_model=cost231 receiver_height_m=1.5 > /dev/null
for run in 1 2 3; do
  /usr/bin/time -f "S1 end to end: %e s wall, %M KB peak" "$covplan" coverage s1.covplan.gpkg --out out --quiet
done
grep -o '"cols": [0-9]*, "rows": [0-9]*' out/coverage.json | head -1 || true
cat out/coverage.json | tr -d "\n" | grep -o "\"timings[^}]*}" || true
