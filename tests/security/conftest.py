"""Prints the security check ids that passed (see check_summary), and lends the sync
suite's real PostgreSQL + sync server fixtures to the sync checks (C15, C29, C34)."""

from tests.security.check_summary import summarize
from tests.sync.conftest import pg_url, server, server_engine, stations  # noqa: F401


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    summarize(terminalreporter, "tests/security/")
