"""Time contract rendering and signing: targets are render < 100 ms and sign < 300 ms.

Also times the service level: issue (price, render, store in SQLCipher, audit) and sign
(re-render, decrypt the branch key from the keyring passphrase, PAdES, store, audit).

Run from the repository root: `python -m benchmarks.contracts [-n 50]`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.services.contract_fixtures import (
    BORROWER_NAME,
    approved_application,
    with_signing_certificate,
)
from tests.services.test_contract_pdf import sample_contract
from tests.support import FakeClock, provision, use_file_keyring
from workstation.services import contracts
from workstation.services.contract_pdf import render_contract
from workstation.services.pdf_signing import (
    create_branch_certificate,
    create_local_ca,
    sign_pdf,
    verify_pdf,
)


def _timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds per run, after one warm-up (font parsing, imports)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _summary(label: str, times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
    return f"{label:<8} median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--runs", type=int, default=50)
    runs = parser.parse_args().runs
    doc = sample_contract(months=36, draft=False)
    ca_key, ca_cert = create_local_ca("Benchmark Root", 30)
    key, cert = create_branch_certificate(ca_key, ca_cert, "Benchmark Branch", 30)
    pdf = render_contract(doc)
    render = _timed(lambda: render_contract(doc), runs)
    sign = _timed(lambda: sign_pdf(pdf, key, cert, [ca_cert], "bench", "bench", "bench"), runs)
    signed = sign_pdf(pdf, key, cert, [ca_cert], "bench", "bench", "bench")
    verify = _timed(lambda: verify_pdf(signed, [ca_cert]), runs)
    print(f"36-instalment bilingual contract, {len(pdf) / 1024:.0f} KiB, {runs} runs")
    print(_summary("render", render))
    print(_summary("sign", sign))
    print(_summary("verify", verify))
    per_contract = statistics.median(render) + statistics.median(sign)
    print(f"contracts per second (render + sign, one core): {1000 / per_contract:.1f}")
    _service_level(max(5, runs // 5))


def _service_level(runs: int) -> None:
    """12-instalment bilingual contract through the encrypted store, with audit rows."""
    with tempfile.TemporaryDirectory(prefix="bench-contracts-") as folder:
        use_file_keyring(Path(folder))
        bench = provision(Path(folder) / "home", FakeClock())
        with_signing_certificate(bench.admin())
        officer = bench.sign_in("officer1")
        apps = [approved_application(officer) for _ in range(runs + 1)]
        issued: list = []
        issue = _timed(
            lambda: issued.append(contracts.issue_contract(officer, apps[len(issued)])), runs
        )
        signed = iter(issued)
        sign = _timed(
            lambda: contracts.sign_contract(officer, next(signed).id, None, BORROWER_NAME, True),
            runs,
        )
        officer.sign_out()
    print(f"service level, {runs} runs (SQLCipher store, keyring, audit chain)")
    print(_summary("issue", issue))
    print(_summary("sign", sign))


if __name__ == "__main__":
    main()
