#!/bin/sh
# S1 end to end (bench/README.md): `covplan coverage` of a one-site project on a
# ~700 x 700 grid at 30 m with a 30 m DEM — load, read the DEM, cells, propagate,
# SINR, LOS, write the Cloud-Optimized GeoTIFFs and coverage.json. Prints wall time
# and peak RSS of three runs. Needs a build (build/) and gdal-bin.
# Side by side, alternating run by run on the same machine:
#   PREV_COVPLAN=/path/to/older/build/cli/covplan   an earlier covplan
#   SIGNAL_SERVER=/path/to/signalserverHD           W3AXL/Signal-Server (bench/README.md
#       says how it was built), on the same site: 10 km radius, 1800 MHz COST-Hata
#       (-pm 6), 30 m mast, 1.5 m receiver, flat terrain (no SDF tiles: sea level),
#       3600 pixels per degree (~30 m), PPM output.
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
mkdir -p sdf
for run in 1 2 3; do
  /usr/bin/time -f "S1 end to end: %e s wall, %M KB peak" "$covplan" coverage s1.covplan.gpkg --out out --quiet
  if [ -n "${PREV_COVPLAN:-}" ]; then
    /usr/bin/time -f "S1 end to end (previous covplan): %e s wall, %M KB peak" "$PREV_COVPLAN" coverage s1.covplan.gpkg --out prev --quiet
  fi
  if [ -n "${SIGNAL_SERVER:-}" ]; then
    /usr/bin/time -f "S1 Signal-Server HD: %e s wall, %M KB peak" "$SIGNAL_SERVER" -sdf sdf \
      -lat 9.7 -lon 105.6 -txh 30 -rxh 1.5 -f 1800 -erp 20 -m -dbm -rt -140 -R 10 -pm 6 -pe 1 \
      -o ss_s1 > /dev/null 2>ss.log || tail -3 ss.log
    tail -1 ss.log
  fi
done
grep -o '"cols": [0-9]*, "rows": [0-9]*' out/coverage.json | head -1 || true
cat out/coverage.json | tr -d "\n" | grep -o "\"timings[^}]*}" || true
