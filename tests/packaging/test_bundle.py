"""The frozen one-folder bundle, built for real by installer/build_linux.sh.

Building takes minutes and downloads packages, so it runs only when asked:
`BUILD_BUNDLE=1 python -m pytest tests/packaging/test_bundle.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, console_script, isolated_env, run
from workstation import __version__

BUNDLE = ROOT / "dist" / "workstation"
PASSWORD = "Correct-Horse-Battery-7\n"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("BUILD_BUNDLE") != "1",
        reason="builds the PyInstaller bundle (minutes, network); set BUILD_BUNDLE=1 to run",
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    subprocess.run(
        [str(ROOT / "installer" / "build_linux.sh"), "--reuse-venv"], check=True, timeout=3600
    )
    return BUNDLE


@pytest.mark.timeout(3600)
def test_bundle_runs_version_and_self_test(bundle: Path, tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    version = run([str(bundle / "workstation"), "--version"], env)
    assert version.stdout.strip() == f"workstation {__version__}"
    selftest = run([str(bundle / "workstation-debug"), "--self-test"], env, timeout=300)
    assert selftest.returncode == 0, selftest.stderr
    assert "self-test passed" in selftest.stdout


def test_bundle_carries_data_files(bundle: Path) -> None:
    internal = bundle / "_internal"
    for part in (
        "resources/fonts/DroidSansFallbackFull.ttf",
        "resources/translations/workstation_zh_CN.qm",
        "resources/scorecards/german_credit_v1.json",
        "workstation/migrations/env.py",
        "workstation/migrations/versions/0001_initial_schema.py",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    ):
        assert (internal / part).is_file(), part
    assert list((internal / "PySide6/Qt/plugins/printsupport").iterdir())
    assert not list(internal.rglob("*WebEngine*"))


def test_frozen_admin_provisions_and_checks_a_workstation(bundle: Path, tmp_path: Path) -> None:
    """init runs the alembic scripts from files; doctor signs in and checks integrity."""
    env = isolated_env(tmp_path)
    admin = str(bundle / "workstation-admin")
    init = ["init", "--branch-code", "BJ001", "--branch-name", "Test", "--admin", "it.admin"]
    created = subprocess.run(
        [admin, *init, "--password-stdin"],
        env=env,
        input=PASSWORD,
        text=True,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    doctor = subprocess.run(
        [admin, "doctor", "--json", "--user", "it.admin", "--password-stdin"],
        env=env,
        input=PASSWORD,
        text=True,
        capture_output=True,
        timeout=300,
        check=False,
    )
    report = json.loads(doctor.stdout)
    assert report["app_version"] == __version__
    assert report["integrity"] == "ok"
    assert report["database_created"] is True
    assert report["sqlcipher"] not in {"", "missing"}


def test_frozen_keyring_finds_the_same_backends_as_source(bundle: Path, tmp_path: Path) -> None:
    """keyring discovers backends through entry points: the dist-info must be in the bundle."""
    env = isolated_env(tmp_path)
    del env["PYTHON_KEYRING_BACKEND"]
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # no keyringrc.cfg choosing one
    source = json.loads(run([console_script("workstation-admin"), "doctor", "--json"], env).stdout)
    frozen = json.loads(run([str(bundle / "workstation-admin"), "doctor", "--json"], env).stdout)
    assert frozen["keyring_backend"] == source["keyring_backend"]
