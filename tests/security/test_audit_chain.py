"""C28, C30, C31 and the `audit verify` command: tampering is found at the right event."""

from __future__ import annotations

import copy
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from tests.support import ADMIN_PASSWORD, Bench
from workstation.models import AuditEvent
from workstation.services import audit, maintenance

KEY = b"k" * 32
N = 1000


def build_chain(n: int = N) -> list[AuditEvent]:
    events: list[AuditEvent] = []
    prev = audit.GENESIS
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(1, n + 1):
        event = AuditEvent(
            seq=i,
            event_id=str(uuid.UUID(int=i)),
            occurred_at=start + timedelta(seconds=i),
            actor_id="u",
            actor_name="officer1",
            actor_role="officer",
            device_id="d",
            action=f"action_{i % 7}",
            subject_type="customer",
            subject_id=str(i),
            outcome="ok",
            details="{}",
            prev_hash=prev,
        )
        event.hash = audit.chain_hash(KEY, prev, audit._fields(event))
        prev = event.hash
        events.append(event)
    return events


def test_c28_intact_chain_verifies() -> None:
    chain = build_chain()
    report = audit.verify_events(KEY, chain, anchor=(N, chain[-1].hash))
    assert report.ok
    assert report.count == N


def test_c28_every_mutation_is_reported_at_its_index() -> None:
    """4 kinds x 1,000 positions = 4,000 tampered logs, each caught at exactly i.

    The anchor (head remembered outside the database) is what catches removal of the
    newest event; every other case is caught by the chain itself.
    """
    base = build_chain()
    anchor = (N, base[-1].hash)
    caught = 0
    for i in range(N):
        for mutate in (_modify, _delete, _swap, _insert_forged):
            events = mutate(list(base), i)
            if events is None:
                continue
            report = audit.verify_events(KEY, events, anchor=anchor)
            assert not report.ok
            assert report.first_broken_seq == i + 1, (mutate.__name__, i, report)
            caught += 1
    assert caught == 4 * N - 1  # the last event has no successor to swap with


def _modify(events: list[AuditEvent], i: int) -> list[AuditEvent]:
    events[i] = copy.copy(events[i])
    events[i].outcome = "denied"
    return events


def _delete(events: list[AuditEvent], i: int) -> list[AuditEvent]:
    del events[i]
    return events


def _swap(events: list[AuditEvent], i: int) -> list[AuditEvent] | None:
    if i + 1 >= len(events):
        return None
    events[i], events[i + 1] = events[i + 1], events[i]
    return events


def _insert_forged(events: list[AuditEvent], i: int) -> list[AuditEvent]:
    """An attacker without the key recomputes the hash with a guessed key."""
    forged = copy.copy(events[i])
    forged.action = "forged"
    forged.prev_hash = events[i - 1].hash if i else audit.GENESIS
    forged.hash = audit.chain_hash(b"x" * 32, forged.prev_hash, audit._fields(forged))
    events.insert(i, forged)
    for later in range(i + 1, len(events)):
        events[later] = copy.copy(events[later])
        events[later].seq = later + 1
    return events


def test_verify_command_names_the_first_broken_event(bench: Bench) -> None:
    admin = bench.admin()
    with admin.read() as db:
        count = db.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
    with admin.transaction() as db:  # an attacker with the key, bypassing the app
        db.execute(text("DROP TRIGGER audit_event_no_update"))
        db.execute(text("UPDATE audit_event SET outcome = 'denied' WHERE seq = 3"))
    admin.sign_out()
    result = _cli(bench, "audit", "verify", "--json")
    assert result.returncode == 4
    assert '"first_broken_event": 3' in result.stdout
    assert count > 3


def test_verify_command_exits_zero_on_an_intact_chain(bench: Bench) -> None:
    result = _cli(bench, "audit", "verify")
    assert result.returncode == 0, result.stderr
    assert "ok: True" in result.stdout


def _cli(bench: Bench, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "WORKSTATION_INSECURE_KEYRING": "1",
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(bench.paths.home.parent / "xdg"),
    }
    _copy_keyring_for_subprocess(bench, env["XDG_DATA_HOME"])
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "workstation.cli",
            "--home",
            str(bench.paths.home),
            "--user",
            "it.admin",
            "--password-stdin",
            *args,
        ],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _copy_keyring_for_subprocess(bench: Bench, xdg: str) -> None:
    """keyrings.alt keeps its file under XDG_DATA_HOME/python_keyring in a child process."""
    from pathlib import Path

    target = Path(xdg) / "python_keyring" / "keyring_pass.cfg"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes((bench.paths.home.parent / "keyring.cfg").read_bytes())


def test_c30_denials_and_sign_ins_are_audited_without_secrets(bench: Bench) -> None:
    from workstation.services import users
    from workstation.services.auth import SignInFailed
    from workstation.services.permissions import PermissionDenied

    with pytest.raises(SignInFailed):
        bench.sign_in("officer1", "Wrong-Password-123")
    officer = bench.sign_in("officer1")
    with pytest.raises(PermissionDenied):
        users.add_user(officer, "mallory", "Mallory", "admin")
    records = maintenance.audit_events(bench.admin(), audit.AuditFilter(limit=50))
    actions = [(r.action, r.outcome) for r in records]
    assert ("sign_in_failed", "failed") in actions
    assert ("user_add", "denied") in actions
    assert ("signed_in", "ok") in actions
    blob = repr(records)
    assert "Wrong-Password-123" not in blob
    assert ADMIN_PASSWORD not in blob


def test_c31_control_characters_stay_inside_one_escaped_record(bench: Bench) -> None:
    admin = bench.admin()
    hostile = 'Evil\nName\r\u2028\x1b[31m"},{"forged":1'
    with admin.transaction() as db:
        admin.audit(db, "customer_renamed", details={"note": hostile})
    records = maintenance.audit_events(admin, audit.AuditFilter(action="customer_renamed"))
    assert len(records) == 1
    assert records[0].details["note"] == hostile
    assert maintenance.verify_audit(admin).ok
    with admin.read() as db:
        stored = db.execute(
            text("SELECT details FROM audit_event WHERE action='customer_renamed'")
        ).scalar_one()
    assert "\n" not in stored
    assert "\x1b" not in stored
