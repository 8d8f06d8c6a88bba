"""C20 brute force, C22 session limits, C23 step-up: what a guessing or absent user meets."""

from __future__ import annotations

from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

import argon2.low_level
import pytest
from sqlalchemy import func, select

from syncservice import tokens
from tests.security.test_at_rest import seed_customers
from tests.support import ADMIN_PASSWORD, USER_PASSWORD, Bench, make_workstation
from workstation.models import AuditEvent, Customer
from workstation.services import customers, demo_loans, keyslots, servicing, users
from workstation.services.auth import AccountLocked, SignInFailed, Workstation
from workstation.services.keyslots import SlotFile
from workstation.services.session import SessionLocked, SessionState, StepUpRequired
from workstation.services.settings import SPECS

BOUNDS = {spec.key: spec for spec in SPECS}
WRONG = "Wrong-Guess-Number-1"


def _attempt(ws: Workstation, username: str, password: str) -> str:
    """One sign-in as the screen would make it: 'ok', 'failed' or 'locked'."""
    try:
        ws.sign_in(username, password).sign_out()
    except AccountLocked:
        return "locked"
    except SignInFailed:
        return "failed"
    return "ok"


def _configure(bench: Bench, threshold: int, minutes: int) -> None:
    bench.workstation.settings.set("lockout_threshold", threshold)
    bench.workstation.settings.set("lockout_minutes", minutes)
    bench.workstation.settings.save()


def _audit_count(bench: Bench, action: str) -> int:
    session = bench.sign_in("supervisor1")
    with session.read() as db:
        count = db.scalar(select(func.count()).where(AuditEvent.action == action))
    session.sign_out()
    return int(count or 0)


# --- C20 brute force --------------------------------------------------------------------


def test_c20_ten_failures_block_for_15_minutes_and_survive_a_restart(bench: Bench) -> None:
    """Strictest allowed threshold (10): a restart between 5 and 6 must not reset the count."""
    _configure(bench, threshold=10, minutes=15)
    ws = bench.workstation
    outcomes = []
    for attempt in range(1, 11):
        if attempt == 6:
            ws = make_workstation(bench.paths.home, bench.clock)  # the app restarts
        outcomes.append(_attempt(ws, "officer1", WRONG))
    assert outcomes == ["failed"] * 9 + ["locked"]
    assert _attempt(ws, "officer1", USER_PASSWORD) == "locked"  # even the right password
    bench.clock.advance(minutes=14, seconds=59)
    assert _attempt(ws, "officer1", USER_PASSWORD) == "locked"
    bench.clock.advance(seconds=1)
    assert _attempt(ws, "officer1", USER_PASSWORD) == "ok"


def test_c20_lockouts_back_off_exponentially_at_the_default_threshold(bench: Bench) -> None:
    ws = make_workstation(bench.paths.home, bench.clock)
    threshold = int(ws.settings.get("lockout_threshold"))
    minutes = int(ws.settings.get("lockout_minutes"))
    assert minutes >= 15
    durations = []
    for _round in range(2):
        start = bench.clock.now()
        outcomes = [_attempt(ws, "officer1", WRONG) for _ in range(threshold)]
        assert outcomes == ["failed"] * (threshold - 1) + ["locked"]
        until = ws.load_slots().locked_until("officer1", start)
        assert until is not None
        durations.append(until - start)
        bench.clock.current = until
    assert durations == [timedelta(minutes=minutes), timedelta(minutes=2 * minutes)]


def _max_attempts_per_hour(threshold: int, minutes: int, tmp: Path) -> int:
    """A guesser trying once a second whenever not locked, for a day; worst 60-min window."""
    slots = SlotFile.create(tmp / "slots.json", keyslots.new_device_secret(), "probe")
    now, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)
    window: deque[datetime] = deque()
    worst = 0
    while now < end:
        locked = slots.locked_until("victim", now)
        if locked:
            now = locked
            continue
        slots.record_failure("victim", now, threshold, minutes)
        window.append(now)
        while window[0] <= now - timedelta(hours=1):
            window.popleft()
        worst = max(worst, len(window))
        now += timedelta(seconds=1)
    return worst


def test_c20_no_configuration_allows_more_than_100_guesses_an_hour(tmp_path: Path) -> None:
    threshold, lock = BOUNDS["lockout_threshold"], BOUNDS["lockout_minutes"]
    assert threshold.maximum is not None
    assert lock.minimum is not None
    worst = {
        t: _max_attempts_per_hour(t, lock.minimum, tmp_path)
        for t in range(threshold.minimum or 1, threshold.maximum + 1)
    }
    assert max(worst.values()) <= 100, worst


def test_c20_every_failure_and_lockout_reaches_the_audit_trail(bench: Bench) -> None:
    threshold = int(bench.workstation.settings.get("lockout_threshold"))
    for _ in range(threshold):
        _attempt(bench.workstation, "collector1", WRONG)
    _attempt(bench.workstation, "nobody.here", WRONG)
    pending = bench.workstation.load_slots().pending_events
    assert [e["action"] for e in pending].count("sign_in_failed") == threshold + 1
    assert all(WRONG not in str(e) and "collector1" not in str(e) for e in pending)
    assert _audit_count(bench, "sign_in_failed") == threshold + 1  # flushed at sign-in
    assert _audit_count(bench, "account_locked") == 1
    assert bench.workstation.load_slots().pending_events == []


def test_c20_unknown_user_and_wrong_password_get_the_same_message(bench: Bench) -> None:
    messages = []
    for username in ("officer1", "no.such.user"):
        with pytest.raises(SignInFailed) as caught:
            bench.sign_in(username, WRONG)
        messages.append((type(caught.value), str(caught.value)))
    assert messages[0] == messages[1]


def test_c20_unknown_user_and_wrong_password_cost_one_argon2id_each(
    bench: Bench, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Timing parity asserted structurally: the same number of KDF runs on both paths."""
    calls: list[str] = []

    def counting(name: str, real):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(name)
            return real(*args, **kwargs)

        return wrapper

    for name in ("hash_secret_raw", "hash_secret", "verify_secret"):
        monkeypatch.setattr(argon2.low_level, name, counting(name, getattr(argon2.low_level, name)))
    monkeypatch.setattr(
        keyslots, "hash_secret_raw", counting("hash_secret_raw", keyslots.hash_secret_raw)
    )
    per_path = {}
    for username in ("officer1", "no.such.user"):
        calls.clear()
        assert _attempt(bench.workstation, username, WRONG) == "failed"
        per_path[username] = list(calls)
    assert per_path["officer1"] == per_path["no.such.user"] == ["hash_secret_raw"]


# --- C22 session limits -----------------------------------------------------------------


def test_c22_idle_session_locks_at_the_policy_value_and_drops_the_key(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    idle = timedelta(minutes=int(session.settings.get("idle_lock_minutes")))
    store = session.store
    bench.clock.advance(seconds=idle.total_seconds() - 1)
    assert session.check() is SessionState.ACTIVE
    bench.clock.advance(seconds=1)
    assert session.check() is SessionState.LOCKED
    assert store.key == b""
    assert str(store.engine.url) == "sqlite://"
    with pytest.raises(SessionLocked):
        session.store  # noqa: B018
    with pytest.raises(SessionLocked):
        session.master_key  # noqa: B018
    with pytest.raises(SignInFailed):
        session.unlock(WRONG)
    session.unlock(USER_PASSWORD)
    assert session.state is SessionState.ACTIVE
    customers.search(session, "张")
    session.sign_out()


def test_c22_no_configuration_exceeds_15_minutes_idle_or_12_hours() -> None:
    assert BOUNDS["idle_lock_minutes"].maximum is not None
    assert BOUNDS["idle_lock_minutes"].maximum <= 15
    assert BOUNDS["max_session_hours"].maximum is not None
    assert BOUNDS["max_session_hours"].maximum <= 12


def test_c22_active_session_is_signed_out_at_12_hours(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    limit = timedelta(hours=int(session.settings.get("max_session_hours")))
    assert limit == timedelta(hours=12)
    end = bench.clock.now() + limit
    while bench.clock.now() + timedelta(minutes=5) < end:  # busy all day, never idle
        bench.clock.advance(minutes=5)
        session.touch()
        assert session.check() is SessionState.ACTIVE
    bench.clock.current = end
    assert session.check() is SessionState.EXPIRED
    with pytest.raises(SessionLocked):
        session.unlock(USER_PASSWORD)  # a new sign-in, not an unlock, is needed


def test_c22_server_token_is_refused_after_expiry() -> None:
    """The sync server's bearer token (tests/sync/test_protocol covers it over HTTP)."""
    key, issued_at = b"k" * 32, datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    claims = {"sub": "u", "client_id": "c", "branch": "BJ001", "role": "officer"}
    token, parsed = tokens.issue(key, claims, issued_at)
    last_valid = datetime.fromtimestamp(parsed.exp, UTC) - timedelta(seconds=1)
    assert tokens.verify(key, token, last_valid).sub == "u"
    assert last_valid - issued_at <= timedelta(hours=12)
    with pytest.raises(tokens.BadToken, match="expired"):
        tokens.verify(key, token, last_valid + timedelta(seconds=1))


# --- C23 step-up --------------------------------------------------------------------------


def _stale(bench: Bench, session) -> None:  # type: ignore[no-untyped-def]
    bench.clock.advance(minutes=6)
    session.touch()


def test_c23_step_up_window_is_at_most_5_minutes() -> None:
    spec = BOUNDS["step_up_minutes"]
    assert spec.maximum is not None
    assert spec.maximum <= 5


def test_c23_disbursement_needs_a_fresh_password(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, ctx.now().date())
    _stale(bench, ctx)
    with pytest.raises(StepUpRequired):
        servicing.disburse(ctx, loan.id, signed.bank_account_id, "c23")
    ctx.confirm_password(USER_PASSWORD)
    assert not servicing.disburse(ctx, loan.id, signed.bank_account_id, "c23").duplicate


def test_c23_bulk_export_over_50_needs_a_fresh_password(bench: Bench, tmp_path: Path) -> None:
    seed_customers(bench, 51)
    ctx = bench.sign_in("officer1")
    with ctx.read() as db:
        ids = list(db.scalars(select(Customer.id)))
    assert len(ids) == 51
    _stale(bench, ctx)
    assert customers.export_csv(ctx, ids[:50], tmp_path / "fifty.csv") == 50  # not bulk
    with pytest.raises(StepUpRequired):
        customers.export_csv(ctx, ids, tmp_path / "all.csv")
    assert not (tmp_path / "all.csv").exists()
    ctx.confirm_password(USER_PASSWORD)
    assert customers.export_csv(ctx, ids, tmp_path / "all.csv") == 51


def test_c23_role_change_needs_a_fresh_password(bench: Bench) -> None:
    admin = bench.admin()
    _stale(bench, admin)
    with pytest.raises(StepUpRequired):
        users.set_role(admin, "officer1", "collector")
    with pytest.raises(SignInFailed):
        admin.confirm_password(WRONG)
    with pytest.raises(StepUpRequired):
        users.set_role(admin, "officer1", "collector")
    admin.confirm_password(ADMIN_PASSWORD)
    bench.clock.advance(minutes=4, seconds=59)
    users.set_role(admin, "officer1", "collector")
    assert {u.username: u.role for u in users.list_users(admin)}["officer1"] == "collector"
