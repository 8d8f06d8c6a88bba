#!/usr/bin/env bash
# Set up and run the whole test suite (services, GUI offscreen, security, reliability,
# sync against a real PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. .venv/bin/activate
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
fi
export QT_QPA_PLATFORM=offscreen
exec python -m pytest "$@"
