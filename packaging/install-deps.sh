#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrainScope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages TrainScope needs to build, run and test. Idempotent: it asks
# apt only for what is missing, and works as root or through sudo.
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    clang-format # the suite checks every C++ file against .clang-format (version 14)
    clang libclang-rt-14-dev # .ci/fuzz: libFuzzer with the sanitizers
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools # lupdate and lrelease: the window's translations (qt_add_translations)
    qt6-translations-l10n # Qt's own Chinese: message-box buttons, file dialogs
    qt6-svg-dev qt6-qpa-plugins libgl-dev
    xvfb xauth # a test starts the window on a real X server (tst_hostileinput)
    libqcustomplot-dev
    fonts-dejavu-core
    fonts-wqy-microhei # CJK glyphs for the Chinese window and its screenshot test
    appstream desktop-file-utils lintian # the packaging tests validate the metainfo and the .deb
    python3-torch # the validation test runs a real PyTorch 1.13 training step (CPU)
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
