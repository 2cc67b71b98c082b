#!/bin/sh
# Updates app/i18n/covplan_vi.ts from the app's sources (then translate the entries
# marked unfinished, e.g. in Qt Linguist). Qt's own cmake target (covplan_app_lib_lupdate)
# gives lupdate every system include path and parses Boost and GDAL for many minutes;
# the app's strings need only the project's and Qt's headers. app/i18n/qt_vi.ts (Qt's
# own widgets) is kept by hand and not touched here.
set -eu
cd "$(dirname "$0")/.."
json=build/app/.lupdate/covplan_app_lib_project.json
[ -f build/app/.lupdate/covplan_app_lib_project.cmake ] || cmake -S . -B build -G Ninja >/dev/null
# The sources and include paths as CMake knows them (what Qt's target would use).
cmake -DIN_FILE=build/app/.lupdate/covplan_app_lib_project.cmake -DOUT_FILE="$json" \
  -P /usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/GenerateLUpdateProject.cmake
trimmed=$(mktemp --suffix=.json)
trap 'rm -f "$trimmed"' EXIT
python3 - "$json" "$trimmed" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["includePaths"] = [i for i in p["includePaths"] if "/usr/include" not in i or "qt6" in i]
json.dump(p, open(sys.argv[2], "w"))
PY
/usr/lib/qt6/bin/lupdate -project "$trimmed" -no-obsolete
grep -c 'type="unfinished"' app/i18n/covplan_vi.ts || true
