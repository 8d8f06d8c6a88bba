"""Schema migrations on open: refuse a newer schema, back up first, one step per transaction."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from workstation.services.store import Store, StoreError, backup_to

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


class NewerSchema(StoreError):
    pass


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(store: Store, key: bytes, backups: Path, now: datetime) -> Path | None:
    """Bring the schema to head. Returns the pre-migration backup, if one was taken."""
    current = current_revision(store)
    script = ScriptDirectory.from_config(_config())
    if current is not None and not _known(script, current):
        raise NewerSchema(
            "This database was written by a newer version of the workstation. "
            "Install that version or newer; nothing was changed."
        )
    if current == script.get_current_head():
        return None
    backup = None
    if current is not None:
        backups.mkdir(parents=True, exist_ok=True)
        backup = backups / f"pre-migrate-{current}-{now:%Y%m%d%H%M%S}.db"
        backup_to(store, key, backup)
    with store.engine.connect() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        conn.commit()
    return backup
