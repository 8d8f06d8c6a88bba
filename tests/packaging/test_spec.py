"""Fast packaging checks, always run: the spec's contents and the entry points from source.

The spec is executed with PyInstaller's real hook helpers (copy_metadata,
collect_submodules) and recording stand-ins for the build steps, so the data,
metadata and imports it would hand PyInstaller are checked without a build.
"""

from __future__ import annotations

import json
import shutil
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.conftest import ROOT, console_script, isolated_env, run
from workstation import __version__

SPEC = ROOT / "installer" / "workstation.spec"


class _Target:
    made: list[_Target]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas = [(dest, src, "DATA") for src, dest in kwargs.get("datas", [])]
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.made.append(self)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller to check the spec")
    made: list[_Target] = []
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    namespace: dict[str, Any] = {name: type(name, (_Target,), {"made": made}) for name in names}
    namespace["SPECPATH"] = str(SPEC.parent)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["made"] = made
    return namespace


def _destinations(spec: dict[str, Any]) -> set[str]:
    """Folders copied whole, and files by their place in the bundle."""
    folders = {dest for src, dest in spec["datas"] if Path(src).is_dir()}
    return folders | {f"{dest}/{Path(src).name}" for src, dest in spec["datas"]}


def test_version_comes_from_pyproject(spec: dict[str, Any]) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert spec["VERSION"] == pyproject["project"]["version"] == __version__


def test_spec_ships_resources_migrations_and_metadata(spec: dict[str, Any]) -> None:
    shipped = _destinations(spec)
    for entry in (
        "resources/fonts",
        "resources/scorecards",
        "resources/templates",
        "resources/translations/workstation_zh_CN.qm",
        "workstation/migrations/env.py",
        "workstation/migrations/script.py.mako",
        "workstation/migrations/versions/0001_initial_schema.py",
    ):
        assert entry in shipped, entry
    metadata = [Path(src).name for src, _ in spec["datas"] if src.endswith("-info")]
    dist_infos = {name.removesuffix(".egg-info").split("-")[0].lower() for name in metadata}
    assert {"loan_officer_workstation", "keyring", "keyrings.alt"} <= dist_infos


def test_spec_names_the_modules_loaded_by_name(spec: dict[str, Any]) -> None:
    hidden = set(spec["hiddenimports"])
    for module in (
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "keyring.backends.SecretService",
        "keyrings.alt.file",
        "sqlcipher3.dbapi2",
        "argon2",
        "alembic.runtime.migration",
        "workstation.services.migrate",
        "PySide6.QtPrintSupport",
        "PySide6.QtPdf",
    ):
        assert module in hidden, module
    assert not any(".testing" in name for name in hidden if name.startswith("alembic"))
    for unused in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick"):
        assert unused in spec["excludes"]


def test_spec_builds_three_executables_from_one_analysis(spec: dict[str, Any]) -> None:
    exes = {
        t.kwargs["name"]: t.kwargs["console"] for t in spec["made"] if type(t).__name__ == "EXE"
    }
    assert exes == {"workstation": False, "workstation-debug": True, "workstation-admin": True}
    assert sum(type(t).__name__ == "Analysis" for t in spec["made"]) == 1


def test_installed_entry_points_report_version_and_health(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    version = run([console_script("workstation"), "--version"], env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"workstation {__version__}"
    doctor = run([console_script("workstation-admin"), "doctor", "--json"], env)
    assert doctor.returncode == 1, doctor.stderr  # a fresh machine is not provisioned yet
    report = json.loads(doctor.stdout)
    assert report["healthy"] is False
    assert report["keyring_backend"] == "keyrings.alt.file.PlaintextKeyring"
    assert "not provisioned: run `workstation-admin provision`" in report["problems"]


def test_provision_then_doctor_from_the_command_line(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    admin = console_script("workstation-admin")
    args = ["provision", "--server", "https://sync.example.cn", "--branch", "SH002"]
    done = run([admin, *args, "--enroll", "one-time-code", "--json"], env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["branch"] == "SH002"
    report = json.loads(run([admin, "doctor", "--json"], env).stdout)
    assert report["provisioned"] is True
    assert report["branch_code"] == "SH002"
    refused = run([admin, "provision", "--server", "sync", "--branch", "X", "--enroll", "c"], env)
    assert refused.returncode == 1
    assert "is not an http(s) address" in refused.stderr


def test_launcher_dispatches_on_its_own_name(tmp_path: Path) -> None:
    """The frozen executables are one program; its file name picks app or admin CLI."""
    env = isolated_env(tmp_path)
    env["PYTHONPATH"] = str(ROOT)
    admin = tmp_path / "workstation-admin.py"
    shutil.copyfile(ROOT / "installer" / "launcher.py", admin)
    as_admin = run([sys.executable, str(admin), "version", "--json"], env)
    assert json.loads(as_admin.stdout) == {"version": __version__}
    as_app = run([sys.executable, str(ROOT / "installer" / "launcher.py"), "--version"], env)
    assert as_app.stdout.strip() == f"workstation {__version__}"
