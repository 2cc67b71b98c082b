#!/bin/sh
# Screenshots of the main window on the sample, English and Vietnamese, at a fixed
# size, for docs/ and the README. Needs a build (build/) and works without a display.
set -eu
cd "$(dirname "$0")/.."
mkdir -p docs
for lang in en vi; do
  QT_QPA_PLATFORM=offscreen build/app/covplan-desktop --lang "$lang" --size 1440x900 \
    --screenshot "docs/covplan-desktop-$lang.png"
done
