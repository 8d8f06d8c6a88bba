#!/usr/bin/env bash
# Prepare a development/demo environment on a fresh machine: system libraries for Qt
# offscreen and PDF tools, a virtualenv with the project, compiled translations.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(poppler-utils libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
                 libdbus-1-3 libglib2.0-0 libnss3 libxcomposite1 libxdamage1 libxrandr2
                 libxtst6 libxi6 libasound2)
missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Please install: ${missing[*]} (sudo apt-get install ...)" >&2
  fi
fi

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
python -m pip install -q -e ".[dev]"
python scripts/build_translations.py
