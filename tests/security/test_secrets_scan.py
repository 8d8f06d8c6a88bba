"""C15: no secrets in the repository's history, the installer sources or the files the
app writes.

gitleaks is not packaged for PyPI or Debian here; detect-secrets (Yelp, Apache-2.0)
is the equivalent: its plugins (private keys, cloud tokens, JWTs, keyword assignments,
high-entropy strings) run over every line ever added in any commit, with its own false-
positive filters. Every finding must be listed in `secrets.baseline` and audited there
as not a secret (test passwords of the fixtures, public data-file digests).
"""

from __future__ import annotations

import base64
import json
import multiprocessing
import subprocess
from pathlib import Path

import keyring
import pytest

from tests.security.test_at_rest import app_files, encodings

try:  # dev extras; without them the checks skip with this reason (listed by check id)
    import unidiff  # noqa: F401  (detect-secrets reads git diffs with it)
    from detect_secrets.core.scan import scan_diff
    from detect_secrets.settings import default_settings

    MISSING = ""
except ImportError as exc:
    MISSING = f"detect-secrets or unidiff is not installed (pip install -e .[dev]): {exc}"

REPO = Path(__file__).parents[2]
BASELINE = Path(__file__).with_name("secrets.baseline")

Finding = tuple[str, str, str]  # file, detector, SHA-1 of the secret (detect-secrets' hash)


def _added_lines(repo: Path) -> dict[str, set[str]]:
    """file -> every distinct line ever added to it, in any commit reachable from any ref."""
    log = subprocess.run(
        [
            "git",
            "-C",
            str(repo),
            "log",
            "-p",
            "--all",
            "--no-color",
            "--no-renames",
            "--format=",
            "-U0",
        ],
        capture_output=True,
        text=True,
        check=True,
        errors="replace",
    ).stdout
    added: dict[str, set[str]] = {}
    lines: set[str] = set()
    for line in log.splitlines():
        if line.startswith("+++ "):
            lines = added.setdefault(line[6:] if line.startswith("+++ b/") else "", set())
        elif line.startswith("+"):
            lines.add(line[1:])
    added.pop("", None)  # "+++ /dev/null": a deletion adds no line
    added.pop(str(BASELINE.relative_to(REPO)), None)  # SHA-1s of audited lines only
    return added


def _scan_files(chunk: list[tuple[str, list[str]]]) -> set[Finding]:
    """detect-secrets over one synthetic diff (public API); deleted files are kept in."""
    diff = "".join(
        f"diff --git a/{name} b/{name}\n--- a/{name}\n+++ b/{name}\n"
        f"@@ -0,0 +1,{len(lines)} @@\n" + "".join(f"+{line}\n" for line in lines)
        for name, lines in chunk
    )
    with default_settings() as settings:
        settings.disable_filters("detect_secrets.filters.common.is_invalid_file")
        return {(s.filename, s.type, s.secret_hash) for s in scan_diff(diff)}


def scan_history(repo: Path) -> set[Finding]:
    """Each distinct added line once, on both cores (the scanner is pure Python)."""
    files = sorted(
        ((n, sorted(ls)) for n, ls in _added_lines(repo).items()), key=lambda item: -len(item[1])
    )
    chunks: list[list[tuple[str, list[str]]]] = [[], []]
    for item in files:  # largest first into the lighter chunk
        min(chunks, key=lambda c: sum(len(ls) for _, ls in c)).append(item)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return set().union(*pool.map(_scan_files, chunks))


def _baseline() -> dict[Finding, dict[str, object]]:
    results = json.loads(BASELINE.read_text())["results"]
    return {
        (name, entry["type"], entry["hashed_secret"]): entry
        for name, entries in results.items()
        for entry in entries
    }


def test_c15_no_unaudited_secret_anywhere_in_the_history() -> None:
    if MISSING:
        pytest.skip(MISSING)
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout: the history cannot be scanned")
    audited = _baseline()
    assert all(entry["is_secret"] is False and entry["reason"] for entry in audited.values())
    found = scan_history(REPO)
    assert found, "the scanner found nothing at all: the fixtures' test passwords are missing?"
    unaudited = sorted(found - set(audited))
    assert unaudited == [], "new secret-like strings: remove them or audit them in the baseline"


def test_c15_control_the_scanner_finds_planted_secrets(tmp_path: Path) -> None:
    """Without this, a broken scanner would pass the check above."""
    if MISSING:
        pytest.skip(MISSING)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    pem = "-----BEGIN " + "RSA PRIVATE KEY-----"
    planted = {
        "deploy/key.pem": f"{pem}\nMIIEowIBAAKCAQEAq7BFUpkGp3+LQmlQ\n",
        "syncservice/settings.py": 'SERVER_TOKEN_SECRET = "' + "Zq8v3LmX0pRt7Wc2Hs9K" + '"\n',
        "config/aws.ini": "aws_access_key_id = AKIA" + "IOSFODNN7EXAMPLF\n",
    }
    for name, content in planted.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content)
    git = ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "oops"], check=True)
    subprocess.run([*git, "rm", "-q", "deploy/key.pem"], check=True)
    subprocess.run([*git, "commit", "-qm", "removed again (still in history)"], check=True)
    found = {name for name, _, _ in scan_history(tmp_path)}
    assert found == set(planted)


def _keychain_values(keyring_file: Path) -> list[str]:
    """Every secret the app put in the (test) keychain, read back through keyring."""
    import configparser

    from keyrings.alt.escape import unescape

    parser = configparser.RawConfigParser()
    parser.read(keyring_file)
    backend = keyring.get_keyring()
    values = []
    for service in parser.sections():
        for user in parser.options(service):
            value = backend.get_password(unescape(service), unescape(user))
            if value:
                values.append(value)
    return values


def test_c15_no_key_or_credential_in_any_file_the_app_writes(stations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Database key, master key, audit key and every keychain secret (device credential,
    keyring wrapping secret, signing-key passphrase) never appear in the data folder:
    settings, key-slot file, logs, backups, the database itself."""
    station = stations("SK001")
    ctx = station.session
    keychain = _keychain_values(tmp_path / "keyring.cfg")
    assert len(keychain) >= 2  # the slot-file secret and the head-office device secret
    raw_keys = [ctx.store.key, ctx.master_key, ctx.audit_key]
    assert all(len(k) == 32 for k in raw_keys)
    needles = [n for value in keychain for n in encodings(value)]
    needles += [
        form
        for k in raw_keys
        for form in (
            k,
            k.hex().encode(),
            base64.b64encode(k),
            base64.urlsafe_b64encode(k).rstrip(b"="),
        )
    ]
    ctx.sign_out()  # flushes the slot file, logs and WAL as a closed app leaves them
    files = app_files(station.bench.paths.home)
    assert {f.name for f in files} >= {"workstation.db", "keyslots.json"}
    hits = [(f.name, n[:8]) for f in files for n in needles if n in f.read_bytes()]
    assert hits == []
