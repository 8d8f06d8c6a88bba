from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tests.support import Bench
from workstation.models import Base
from workstation.services import migrate


def test_migrated_schema_matches_the_models(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    with session.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert migrate.current_revision(session.store) == migrate.head_revision()


def test_audit_trail_refuses_update_and_delete_at_the_database(bench: Bench) -> None:
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    session = bench.sign_in("officer1")
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DatabaseError, match="append-only"), session.transaction() as db:
            db.execute(text(statement))
