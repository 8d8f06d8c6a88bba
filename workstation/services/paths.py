"""Where a workstation keeps its files. One data folder, injectable for tests.

`WORKSTATION_HOME` overrides the platform's user-data folder so tests, the demo and
IT's scripted installs each get their own isolated workstation.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LoanOfficerWorkstation"
APP_AUTHOR = "Lender"


@dataclass(frozen=True)
class Paths:
    home: Path

    @classmethod
    def default(cls) -> Paths:
        override = os.environ.get("WORKSTATION_HOME")
        if override:
            return cls(Path(override).expanduser())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))

    @property
    def database(self) -> Path:
        return self.home / "workstation.db"

    @property
    def key_slots(self) -> Path:
        return self.home / "keyslots.json"

    @property
    def settings(self) -> Path:
        return self.home / "settings.json"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def lock_file(self) -> Path:
        return self.home / "workstation.lock"

    def ensure(self) -> None:
        for folder in (self.home, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
