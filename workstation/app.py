"""`workstation`: the desktop app's entry point.

Argument handling only; Qt and the app are imported after `--version` is answered,
so support scripts get the version at once.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from workstation import __version__

LANGUAGES = ("zh_CN", "en")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workstation")
    parser.add_argument("--demo", action="store_true", help="run a demo workstation")
    parser.add_argument("--home", help="data folder")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument("--version", action="store_true")
    parser.add_argument("--self-test", action="store_true", help="offscreen smoke test; exit 0")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.version:
        print(f"workstation {__version__}")
        return 0
    if args.self_test:
        from workstation.selftest import run_self_test

        return run_self_test()
    from workstation.views.desktop import run

    return run(args)
