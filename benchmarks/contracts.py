"""Time contract rendering and signing: targets are render < 100 ms and sign < 300 ms.

Run from the repository root: `python -m benchmarks.contracts [-n 50]`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from tests.services.test_contract_pdf import sample_contract
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


if __name__ == "__main__":
    main()
