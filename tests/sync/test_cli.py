"""`workstation-admin sync enroll/now/status` against the real server."""

from __future__ import annotations

import io
import json
import random

from tests.support import ADMIN_PASSWORD, USER_PASSWORD
from tests.sync.workload import add_customer
from workstation.cli import main


def _cli(monkeypatch, capsys, home, user, stdin, *args):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--home", str(home), "--user", user, "--password-stdin", "--json", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_enroll_sync_status(bench, server, monkeypatch, capsys):
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    home = bench.paths.home
    code = server.enrollment_code("CL001")
    enrolled = _cli(
        monkeypatch,
        capsys,
        home,
        "it.admin",
        f"{ADMIN_PASSWORD}\n",
        "sync",
        "enroll",
        "--server",
        server.url,
        "--code",
        code,
    )
    assert enrolled == {"branch": "CL001"}
    add_customer(bench.sign_in("officer1"), random.Random(2))
    # One password line: it opens the workstation and signs in to head office.
    report = _cli(monkeypatch, capsys, home, "officer1", f"{USER_PASSWORD}\n", "sync", "now")
    state = _cli(monkeypatch, capsys, home, "officer1", f"{USER_PASSWORD}\n", "sync", "status")
    assert report["pushed"] > 4
    assert report["rejected"] == 0, state["rejected"]  # the reasons, if it ever fails
    # Pending: the audit events of signing out after `now` and signing in for `status`.
    assert state["pending"] == 2
    assert state["branch"] == "CL001"
    assert state["last_error"] == ""
