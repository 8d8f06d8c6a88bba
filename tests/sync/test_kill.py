"""A sync process SIGKILLed mid-push and mid-apply, then restarted, loses and doubles nothing."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from tests.sync.faults import assert_no_loss_no_duplicates, local_rows, server_rows
from tests.sync.workload import add_customer


def _run(station, tmp_path: Path, mode: str, n: int) -> subprocess.CompletedProcess[str]:
    cmd = [
        sys.executable,
        "-m",
        "tests.sync.kill_client",
        str(station.bench.paths.home),
        str(tmp_path),
        mode,
        str(n),
    ]
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2]
    )


def test_sigkill_mid_push_and_mid_apply_then_restart(stations, server, tmp_path):
    writer, reader = stations("KL001"), stations("KL001")
    rng = random.Random(11)
    for _ in range(150):  # 600 mutations: three push batches
        add_customer(writer.session, rng)
    for mode, n in (("after-commit", 2), ("before-send", 2), ("none", 0)):
        done = _run(writer, tmp_path, mode, n)
        assert done.returncode == (0 if mode == "none" else -9), done.stderr[-2000:]
    writer.sync_until_quiet()
    assert_no_loss_no_duplicates(writer.session.store, server.engine)
    assert local_rows(writer.session.store) == server_rows(server.engine, "KL001")

    # The reader dies inside its first page's transaction (rows written, not committed).
    for mode, n in (("mid-apply", 1), ("none", 0)):
        done = _run(reader, tmp_path, mode, n)
        assert done.returncode == (0 if mode == "none" else -9), done.stderr[-2000:]
    assert local_rows(reader.session.store) == server_rows(server.engine, "KL001")
