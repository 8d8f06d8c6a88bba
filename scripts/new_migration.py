"""Regenerate the schema migration from the models.

Before the first release the schema is one squashed revision, `0001`: run
`python scripts/new_migration.py` after changing models. After a release, pass
`--new "message"` to add a revision on top instead (released schemas never change).
"""

import argparse
import re

from alembic import command
from sqlalchemy import create_engine

from workstation.services.migrate import MIGRATIONS, _config

TRIGGERS = """    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )
"""


def squash_initial() -> None:
    for old in (MIGRATIONS / "versions").glob("0001_*.py"):
        old.unlink()
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.revision(config, message="initial schema", autogenerate=True, rev_id="0001")
    path = next((MIGRATIONS / "versions").glob("0001_*.py"))
    text = path.read_text()
    text = re.sub(r"Create Date: .*\n", "", text)
    text = text.replace(
        "    # ### end Alembic commands ###\n", "    # ### end Alembic commands ###\n" + TRIGGERS, 1
    )
    path.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--new", metavar="MESSAGE")
    args = parser.parse_args()
    if args.new:
        engine = create_engine("sqlite://")
        with engine.connect() as conn:
            config = _config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            command.revision(config, message=args.new, autogenerate=True)
    else:
        squash_initial()


if __name__ == "__main__":
    main()
