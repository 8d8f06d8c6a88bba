"""Scoring throughput and latency in one process, on applications sampled from the German data.

Usage: python benchmarks/scoring.py [--n 100000] [--seed 7]

`score_batch` is the pure scoring step; a store-backed benchmark can wrap it with its own
customer look-ups.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from workstation.services.scorecard import Scorecard, ScoreResult, load_scorecard

ROOT = Path(__file__).resolve().parent.parent
SCORECARD_PATH = ROOT / "resources" / "scorecards" / "german_credit_v1.json"
DATA_PATH = ROOT / "resources" / "data" / "german_credit" / "germancredit.csv"
LATENCY_SAMPLE = 10_000


def sample_applications(scorecard: Scorecard, n: int, seed: int) -> list[dict[str, object]]:
    """N rows drawn with replacement, numeric characteristics converted to int."""
    numeric = {c.name for c in scorecard.characteristics if c.kind == "numeric"}
    with DATA_PATH.open(encoding="utf-8", newline="") as handle:
        rows = [
            {k: int(v) if k in numeric else v for k, v in r.items()} for r in csv.DictReader(handle)
        ]
    return random.Random(seed).choices(rows, k=n)


def score_batch(
    scorecard: Scorecard, applications: Sequence[Mapping[str, object]]
) -> list[ScoreResult]:
    return [scorecard.score(a) for a in applications]


def latencies_us(scorecard: Scorecard, applications: Sequence[Mapping[str, object]]) -> list[float]:
    timings = []
    for application in applications:
        start = time.perf_counter_ns()
        scorecard.score(application)
        timings.append((time.perf_counter_ns() - start) / 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="applications to score")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    scorecard = load_scorecard(SCORECARD_PATH)
    applications = sample_applications(scorecard, args.n, args.seed)
    start = time.perf_counter()
    score_batch(scorecard, applications)
    elapsed = time.perf_counter() - start
    timings = sorted(latencies_us(scorecard, applications[:LATENCY_SAMPLE]))
    p95 = timings[int(len(timings) * 0.95)]
    print(
        f"scored {args.n:,} applications in {elapsed:.2f} s: {args.n / elapsed:,.0f} applications/s"
    )
    print(f"single application: median {statistics.median(timings):.1f} µs, p95 {p95:.1f} µs")


if __name__ == "__main__":
    main()
