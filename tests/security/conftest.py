"""Prints the security check ids that passed (see check_summary)."""

from tests.security.check_summary import summarize


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    summarize(terminalreporter, "tests/security/")
