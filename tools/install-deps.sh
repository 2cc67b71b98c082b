#!/bin/sh
# Installs covplan's build and test dependencies from Debian 12 packages. Run as root.
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  ca-certificates g++ cmake ninja-build pkg-config \
  libgdal-dev gdal-bin python3-gdal libproj-dev proj-bin proj-data \
  libboost-dev libtbb-dev \
  libgtest-dev libgmock-dev libbenchmark-dev \
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev \
  xvfb xauth poppler-utils fonts-noto-core
