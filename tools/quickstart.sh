#!/bin/sh
# The README's first command: dependencies, build, and the main job on the
# embedded Long Mỹ sample. Run as root on Debian 12 from the repository root.
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then
  tools/install-deps.sh
else
  echo "quickstart: not root, skipping the package install (run tools/install-deps.sh as root)" >&2
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel
build/cli/covplan demo --out out/demo
