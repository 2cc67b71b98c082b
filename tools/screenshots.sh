#!/bin/sh
# Screenshots for docs/ and the README, made from the build (build/) without a
# display: the main window on the sample in English and Vietnamese; Identify and
# Measure in use and Qt's file dialog in Vietnamese (the desktop workflow test saves
# them); a drive test validated and calibrated (issue 15: needs ../shared); page 1
# of the sample's Vietnamese report.
set -eu
cd "$(dirname "$0")/.."
mkdir -p docs
for lang in en vi; do
  QT_QPA_PLATFORM=offscreen build/app/covplan-desktop --lang "$lang" --size 1440x900 \
    --screenshot "docs/covplan-desktop-$lang.png"
done
COVPLAN_SCREENSHOT_DIR="$(pwd)/docs" QT_QPA_PLATFORM=offscreen \
  build/tests/desktop_workflow_tests menusToolsAndTheUnsavedMarker qtsOwnFileDialogSpeaksVietnamese \
  measurementsValidateIdentifyCalibrateUndo pathProfileFromASite
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/cli/covplan report data/longmy/longmy.covplan.gpkg --out "$tmp/r.pdf" --date 2026-12-07
pdftoppm -r 80 -f 1 -l 1 -png "$tmp/r.pdf" "$tmp/p"
cp "$tmp"/p-1.png docs/report-page1-vi.png
