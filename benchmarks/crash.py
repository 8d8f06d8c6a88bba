"""kill -9 a writer at random moments, reopen, verify: C10 at any number of iterations.

Prints iterations, acknowledged transactions, losses (must be 0) and the median time
to reopen the encrypted store and run the integrity checks after a crash.

Run from the repository root: `python -m benchmarks.crash [-n 1000]`.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tests.reliability.test_crash import run_kill_loop
from tests.support import Bench, FakeClock, provision, use_file_keyring


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--iterations", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        use_file_keyring(Path(folder))
        provision(Path(folder) / "home", FakeClock())
        bench = Bench.open(Path(folder) / "home", FakeClock())
        figures = run_kill_loop(bench, args.iterations, args.seed)
    print(f"iterations:                {figures['iterations']}")
    print(f"acknowledged transactions: {figures['acknowledged']}")
    print(f"lost acknowledged:         {figures['lost']} (must be 0)")
    print(f"median reopen + verify:    {figures['reopen_median_s'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
