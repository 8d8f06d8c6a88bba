import pytest

from tests.support import ADMIN_PASSWORD, USER_PASSWORD, Bench
from workstation.services.auth import AccountLocked, SignInFailed
from workstation.services.session import SessionLocked, SessionState


def test_sign_in_reaches_a_session_with_the_users_role(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    assert session.actor.role == "officer"
    assert session.actor.branch_code == "BJ001"


def test_wrong_password_and_unknown_user_get_the_same_answer(bench: Bench) -> None:
    with pytest.raises(SignInFailed) as wrong:
        bench.sign_in("officer1", "not-the-password-1")
    with pytest.raises(SignInFailed) as unknown:
        bench.sign_in("nobody", "not-the-password-1")
    assert str(wrong.value) == str(unknown.value)
    assert type(wrong.value) is type(unknown.value)


def test_five_failures_lock_for_fifteen_minutes_and_survive_restart(bench: Bench) -> None:
    for _ in range(4):
        with pytest.raises(SignInFailed):
            bench.sign_in("officer1", "wrong-password-xx")
    with pytest.raises(AccountLocked):
        bench.sign_in("officer1", "wrong-password-xx")
    restarted = make_again(bench)
    with pytest.raises(AccountLocked):
        restarted.sign_in("officer1", USER_PASSWORD)
    bench.clock.advance(minutes=15, seconds=1)
    assert restarted.sign_in("officer1", USER_PASSWORD).actor.username == "officer1"


def make_again(bench: Bench):
    from tests.support import make_workstation

    return make_workstation(bench.paths.home, bench.clock)


def test_idle_lock_closes_the_store_and_unlock_reopens_it(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    bench.clock.advance(minutes=9)
    assert session.check() is SessionState.ACTIVE
    bench.clock.advance(minutes=1)
    assert session.check() is SessionState.LOCKED
    with pytest.raises(SessionLocked):
        _ = session.store
    session.unlock(USER_PASSWORD)
    assert session.check() is SessionState.ACTIVE


def test_session_expires_after_twelve_hours_even_when_active(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    for _ in range(12 * 6):
        bench.clock.advance(minutes=10)
        session.touch()
        session.check()
    assert session.state is SessionState.EXPIRED
    with pytest.raises(SessionLocked):
        session.unlock(USER_PASSWORD)


def test_admin_signs_in_with_own_password(bench: Bench) -> None:
    admin = bench.sign_in("it.admin", ADMIN_PASSWORD)
    assert admin.actor.role == "admin"
