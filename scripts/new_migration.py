"""Autogenerate an alembic revision against an empty in-memory database at head.

Usage: python scripts/new_migration.py "message"
"""

import sys

from alembic import command
from sqlalchemy import create_engine

from workstation.services.migrate import _config


def main() -> None:
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        command.revision(config, message=sys.argv[1], autogenerate=True)


if __name__ == "__main__":
    main()
