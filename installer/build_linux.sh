#!/usr/bin/env bash
# Build the one-folder Linux bundle from installer/workstation.spec and prove it works.
#
# Steps: a fresh virtualenv under build/bundle-venv, the project and PyInstaller
# installed into it, compiled translations, PyInstaller, then the bundle's own
# `workstation --version` and `workstation --self-test` (offscreen), with the bundle
# size and cold-start times printed at the end.
#
# Usage: installer/build_linux.sh [--reuse-venv]
#   --reuse-venv  keep an existing build/bundle-venv (faster rebuilds while iterating)
# Environment: PYTHON (default python3.11), PYINSTALLER_VERSION (default: latest).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=build/bundle-venv
BUNDLE=dist/workstation
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

if [ "${1:-}" != "--reuse-venv" ] || [ ! -x "$VENV/bin/python" ]; then
  echo "== fresh virtualenv in $VENV"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi
PY="$ROOT/$VENV/bin/python"
"$PY" -m pip install -q --upgrade pip
echo "== installing the project and PyInstaller"
"$PY" -m pip install -q . "pyinstaller${PYINSTALLER_VERSION:+==$PYINSTALLER_VERSION}"
echo "== compiling translations"
"$PY" scripts/build_translations.py
echo "== PyInstaller"
rm -rf "$BUNDLE"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/workstation.spec

echo "== checking the bundle"
export QT_QPA_PLATFORM=offscreen
# Nothing from the source tree or the build venv may leak into the frozen app.
CHECK_ENV=(env -i "PATH=/usr/bin:/bin" "HOME=$HOME" "QT_QPA_PLATFORM=offscreen"
           "TMPDIR=${TMPDIR:-/tmp}")
cd /
seconds() {  # run a bundle command, print its output, remember its wall time in $elapsed
  local start end
  start=$(date +%s.%N)
  "${CHECK_ENV[@]}" "$@"
  end=$(date +%s.%N)
  elapsed=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
}
seconds "$ROOT/$BUNDLE/workstation" --version; version_s=$elapsed
seconds "$ROOT/$BUNDLE/workstation" --self-test; selftest_s=$elapsed
doctor_home=$(mktemp -d)
"${CHECK_ENV[@]}" "$ROOT/$BUNDLE/workstation-admin" doctor --json --home "$doctor_home" \
  > "$ROOT/build/doctor.json" || true  # a fresh folder is "not provisioned": exit 1 expected
rm -rf "$doctor_home"
cd "$ROOT"
size=$(du -sm "$BUNDLE" | cut -f1)
echo "== results"
echo "bundle:            $ROOT/$BUNDLE"
echo "bundle size:       ${size} MB"
echo "--version time:    ${version_s} s"
echo "--self-test time:  ${selftest_s} s"
echo "doctor (fresh):    build/doctor.json"
