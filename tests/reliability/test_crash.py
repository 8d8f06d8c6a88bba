"""C10: SIGKILL during transactions, at random moments, many times over.

The child writes loans (loan + 12 installments + audit event per transaction) and
reports each id only after `commit()` returned. The parent kills it 0-200 ms after it
starts, reopens the store and checks: integrity clean, every acknowledged loan present
with its whole schedule, audit chain intact. Forked children keep each iteration cheap.
"""

from __future__ import annotations

import os
import random
import signal
import time

from tests.reliability.ledger_fixture import (
    loan_numbers,
    loans_without_full_schedule,
    prepare,
    write_loan,
)
from tests.support import Bench
from workstation.services import maintenance
from workstation.services.store import integrity_problems

ITERATIONS = int(os.environ.get("CRASH_ITERATIONS", "200"))


def _child(bench: Bench, ids: dict, start: int, write_fd: int) -> None:
    session = bench.sign_in_fast()
    os.write(write_fd, b"R\n")
    n = start
    while True:
        write_loan(session, ids, n)
        os.write(write_fd, f"{n}\n".encode())
        n += 1


def run_kill_loop(bench: Bench, iterations: int, seed: int = 1) -> dict[str, float]:
    rng = random.Random(seed)
    setup = bench.sign_in("officer1")
    ids = prepare(setup)
    setup.sign_out()
    acknowledged: set[str] = set()
    next_number, reopen_times = 0, []
    for _ in range(iterations):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns
            os.close(read_fd)
            try:
                _child(bench, ids, next_number, write_fd)
            finally:
                os._exit(0)
        os.close(write_fd)
        _wait_ready(read_fd)
        time.sleep(rng.uniform(0, 0.2))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acknowledged |= {f"L-{n}" for n in _drain(read_fd)}
        next_number += 10_000
        started = time.perf_counter()
        check = bench.sign_in_fast()
        assert integrity_problems(check.store) == []
        reopen_times.append(time.perf_counter() - started)  # reopen and verify
        assert acknowledged <= loan_numbers(check)
        assert loans_without_full_schedule(check) == 0
        check.dispose_quietly()
    final = bench.admin()
    assert maintenance.verify_audit(final).ok
    return {
        "iterations": iterations,
        "acknowledged": len(acknowledged),
        "lost": len(acknowledged - loan_numbers(final)),
        "reopen_median_s": sorted(reopen_times)[len(reopen_times) // 2],
    }


def _wait_ready(fd: int) -> None:
    """Kill only once the child has its store open: the window is the writing itself."""
    assert os.read(fd, 2) == b"R\n"


def _drain(fd: int) -> list[int]:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return [int(line) for line in b"".join(chunks).split()]


def test_c10_every_acknowledged_transaction_survives_sigkill(bench: Bench) -> None:
    figures = run_kill_loop(bench, ITERATIONS)
    assert figures["acknowledged"] > ITERATIONS  # the loop really wrote under fire
