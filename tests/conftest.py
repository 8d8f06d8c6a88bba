"""Shared fixtures: every test gets its own data folder, file keyring and fake clock.

Provisioning a workstation costs dozens of Argon2id derivations, so it is done once
per test run into a template that each test copies (database, key slots and the
keyring file together, as a restored machine image would be).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support import Bench, FakeClock, provision, use_file_keyring


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path):
    return use_file_keyring(tmp_path)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture(scope="session")
def provisioned_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    use_file_keyring(folder)
    provision(folder / "home", FakeClock())
    return folder


@pytest.fixture
def bench(provisioned_template: Path, tmp_path: Path, clock: FakeClock) -> Bench:
    shutil.copytree(provisioned_template / "home", tmp_path / "home")
    shutil.copyfile(provisioned_template / "keyring.cfg", tmp_path / "keyring.cfg")
    use_file_keyring(tmp_path)
    return Bench.open(tmp_path / "home", clock)
