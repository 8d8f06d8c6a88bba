"""Packaging tests: the `bundle` marker and helpers to run the project's executables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bundle: builds the PyInstaller bundle (minutes); run with BUILD_BUNDLE=1"
    )


def isolated_env(folder: Path) -> dict[str, str]:
    """A data folder and a file keyring of the test's own, as a demo machine would have."""
    env = dict(os.environ)
    env.update(
        WORKSTATION_HOME=str(folder / "home"),
        XDG_DATA_HOME=str(folder / "xdg"),
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        WORKSTATION_INSECURE_KEYRING="1",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(
    command: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def console_script(name: str) -> str:
    """The installed entry point beside this interpreter (the project's venv)."""
    return str(Path(sys.executable).with_name(name))
