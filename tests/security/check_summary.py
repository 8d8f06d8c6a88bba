"""Terminal summary of the auditor's checks: which check ids passed, which were skipped.

The auditor reads the run by check id (SECURITY-CHECKS.md), not by test name, so each
conftest in tests/security and tests/reliability lists its own folder's results.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from _pytest.terminal import TerminalReporter

CHECK = re.compile(r"test_(c\d+)_")


def _check_id(nodeid: str) -> str | None:
    found = CHECK.search(nodeid.rpartition("::")[2])
    return found.group(1).upper() if found else None


def _by_check(reports: list[Any], folder: str) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for report in reports:
        check = _check_id(report.nodeid)
        if check and folder in report.nodeid and report.when == "call":
            grouped[check].append(report.nodeid.rpartition("::")[2])
    return dict(sorted(grouped.items(), key=lambda kv: int(kv[0][1:])))


def _skip_reason(report) -> str:  # type: ignore[no-untyped-def]
    longrepr = report.longrepr
    return str(longrepr[2]) if isinstance(longrepr, tuple) else str(longrepr)


def summarize(reporter: TerminalReporter, folder: str) -> None:
    passed = _by_check(reporter.stats.get("passed", []), folder)
    xfailed = _by_check(reporter.stats.get("xfailed", []), folder)
    skipped = [
        r for r in reporter.stats.get("skipped", []) if folder in r.nodeid and _check_id(r.nodeid)
    ]
    if not (passed or xfailed or skipped):
        return
    reporter.write_sep("=", f"auditor checks passed ({folder})")
    for check, names in passed.items():
        reporter.write_line(f"{check}: {', '.join(sorted(set(names)))}")
    for check, names in xfailed.items():
        reporter.write_line(f"{check} KNOWN GAP (xfail): {', '.join(sorted(set(names)))}")
    for report in skipped:
        reporter.write_line(
            f"{_check_id(report.nodeid)} skipped: {report.nodeid} -- {_skip_reason(report)}"
        )
