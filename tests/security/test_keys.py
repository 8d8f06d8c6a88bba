"""C7, C13, C14, C16, C17, C19, C21: key custody, keyring, passwords and accounts."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from sqlalchemy import text

from tests.support import ADMIN_PASSWORD, USER_PASSWORD, Bench, FakeClock, make_workstation
from workstation.services import keyslots, maintenance, passwords
from workstation.services.auth import ProvisionRequest, SignInFailed
from workstation.services.keyslots import SlotFileError
from workstation.services.secrets import MAX_SECRET_CHARS, KeyringUnavailable, SecretStore
from workstation.services.store import WrongKey, connect_raw


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_c13_unusable_keyrings_are_refused_even_on_a_demo(backend, home: Path, clock) -> None:
    keyring.set_keyring(backend)
    ws = make_workstation(home, clock)
    with pytest.raises(KeyringUnavailable, match="keychain"):
        ws.provision(ProvisionRequest("B1", "Branch", "d", "it.admin", "IT", ADMIN_PASSWORD))
    assert not home.exists() or not any(home.rglob("*.db"))


def test_c13_plaintext_keyring_refused_in_production(home: Path, clock) -> None:
    store = SecretStore(allow_insecure=False)  # the autouse fixture set keyrings.alt Plaintext
    assert store.backend == "keyrings.alt.file.PlaintextKeyring"
    assert not store.is_secure
    with pytest.raises(KeyringUnavailable, match="Ask IT"):
        store.check_usable()


def test_c14_secrets_are_read_back_and_bounded() -> None:
    store = SecretStore(allow_insecure=True)
    store.set("probe", "x" * MAX_SECRET_CHARS)
    assert store.get("probe") == "x" * MAX_SECRET_CHARS
    with pytest.raises(ValueError, match="longer"):
        store.set("probe", "x" * (MAX_SECRET_CHARS + 1))


def test_c16_keys_are_random_32_bytes_and_distinct() -> None:
    keys = {keyslots.new_key() for _ in range(1000)}
    assert len(keys) == 1000
    assert all(len(k) == 32 for k in keys)


def test_c16_slot_file_without_the_keyring_entry_opens_nothing(
    bench: Bench, tmp_path: Path
) -> None:
    other = tmp_path / "other-machine"
    shutil.copytree(bench.paths.home, other / "home")
    from tests.support import use_file_keyring

    use_file_keyring(other)  # an empty keyring: the device secret did not travel
    with pytest.raises(SlotFileError, match="not in the system keychain"):
        make_workstation(other / "home", bench.clock).sign_in("officer1", USER_PASSWORD)


def test_c16_keyring_entry_without_the_password_opens_nothing(bench: Bench) -> None:
    slots = bench.workstation.load_slots()
    with pytest.raises(keyslots.WrongPassword):
        slots.unwrap("officer1", "a-guess-at-the-password")


def test_slot_file_edits_are_detected(bench: Bench) -> None:
    path = bench.paths.key_slots
    path.write_text(path.read_text().replace('"format": 1', '"format": 2'))
    with pytest.raises(SlotFileError, match="changed outside"):
        bench.sign_in("officer1")


def test_c17_verifiers_are_argon2id_with_owasp_parameters(bench: Bench) -> None:
    session = bench.sign_in("it.admin", ADMIN_PASSWORD)
    with session.read() as db:
        hashes = list(db.execute(text("SELECT password_hash FROM user_account")).scalars())
    pattern = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$([A-Za-z0-9+/]+)\$")
    for stored in hashes:
        match = pattern.match(stored)
        assert match, stored
        memory, time_cost = int(match[1]), int(match[2])
        assert (memory >= 19456 and time_cost >= 2) or (memory >= 47104 and time_cost >= 1)
        assert len(match[3]) >= 22  # 16-byte salt, base64 without padding


def test_c17_same_password_gives_distinct_hashes() -> None:
    hashes = {passwords.hash_password("same-password-for-all") for _ in range(50)}
    assert len(hashes) == 50


@pytest.mark.parametrize(
    ("password", "accepted", "warns"),
    [
        ("Abc1234", False, False),  # 7 characters
        ("q7#Lm2xZ", True, True),  # 8
        ("q7#Lm2xZr9!Tk0p", True, False),  # 15
        ("x" * 20 + "q7#Lm2xZ" * 5 + "y" * 4, True, False),  # 64
        ("q7#Lm2xZ" * 16, True, False),  # 128
        ("q7#Lm2xZ" * 16 + "a", False, False),  # 129
        ("пароль-очень-длинный-🙂", True, False),
        ("password", False, False),
        ("iloveyou", False, False),
        ("MyBankPass2026!", False, False),
        ("good-loan-story", False, False),
        ("the-officer-key-x", False, False),
        ("supervisor-2026!", False, False),
    ],
)
def test_c19_password_policy_table(password: str, accepted: bool, warns: bool) -> None:
    if not accepted:
        with pytest.raises(passwords.PasswordRejected):
            passwords.check_policy(password)
        return
    result = passwords.check_policy(password)
    assert bool(result.warnings) is warns


def test_c19_passwords_are_compared_as_typed(bench: Bench) -> None:
    with pytest.raises(SignInFailed):
        bench.sign_in("officer1", USER_PASSWORD.upper())
    with pytest.raises(SignInFailed):
        bench.sign_in("officer1", USER_PASSWORD + " ")
    assert bench.sign_in("officer1", USER_PASSWORD).actor.username == "officer1"


def test_c21_no_default_account_exists_before_setup(home: Path, clock: FakeClock) -> None:
    ws = make_workstation(home, clock)
    assert not ws.is_provisioned()
    for username, password in (("admin", "admin"), ("admin", "password"), ("root", "root")):
        with pytest.raises(Exception):  # noqa: B017,PT011 - any refusal; nothing exists to open
            ws.sign_in(username, password)


def test_c21_reset_password_is_random_one_time_and_expires(bench: Bench) -> None:
    from workstation.services import users

    admin = bench.admin()
    issued = users.reset_password(admin, "officer1")
    assert len(issued.one_time_password) >= 20
    assert issued.expires_at - bench.clock.now() <= __import__("datetime").timedelta(hours=24)
    session = bench.sign_in("officer1", issued.one_time_password)
    assert bench.workstation.must_change_password(session)
    session.sign_out()
    bench.clock.advance(hours=24, seconds=1)
    with pytest.raises(SignInFailed, match="expired"):
        bench.sign_in("officer1", issued.one_time_password)


def test_c7_rekey_changes_the_key_and_keeps_every_row(bench: Bench) -> None:
    admin = bench.admin()
    old_key = admin.store.key
    before = _table_hashes(admin)
    maintenance.rotate_database_key(admin)
    with pytest.raises(WrongKey):
        connect_raw(bench.paths.database, old_key)
    again = bench.admin()
    assert again.store.key != old_key
    after = _table_hashes(again)
    # Sign-in/out events (and the sync outbox rows they queue) legitimately differ.
    moving = {"audit_event", "sync_outbox", "sqlite_sequence"}
    assert {t: h for t, h in after.items() if t not in moving} == {
        t: h for t, h in before.items() if t not in moving
    }
    assert maintenance.check_integrity(again).ok
    wal = Path(f"{bench.paths.database}-wal")
    again.sign_out()
    assert not wal.exists() or wal.stat().st_size == 0


def _table_hashes(session) -> dict[str, str]:
    out = {}
    with session.read() as db:
        tables = db.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        for table in list(tables):
            rows = db.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            out[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out
