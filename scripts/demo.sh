#!/usr/bin/env bash
# Set up and start the desktop app on a demo workstation (local encrypted database,
# demo users and fake customers, created on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. .venv/bin/activate
exec workstation --demo "$@"
