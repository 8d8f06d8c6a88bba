#!/usr/bin/env bash
# Build the frozen bundle for this OS (Linux: dist/workstation; macOS: .app + .dmg).
# Windows: powershell -File installer\windows\build_windows.ps1. See docs/deployment.md.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  Darwin) exec installer/macos/build_dmg.sh "$@" ;;
  *) exec installer/build_linux.sh "$@" ;;
esac
