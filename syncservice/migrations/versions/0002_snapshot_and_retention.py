"""snapshot keyset index and per-scope epoch/retention horizon

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entity_row_scope_key", "entity_row", ["scope_key", "entity", "pk"])
    op.create_table(
        "scope_state",
        sa.Column("scope_key", sa.String(length=40), nullable=False),
        sa.Column("epoch", sa.String(length=36), nullable=False),
        sa.Column("horizon_txid", sa.BigInteger(), nullable=False),
        sa.Column("horizon_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("scope_key"),
    )


def downgrade() -> None:
    op.drop_table("scope_state")
    op.drop_index("ix_entity_row_scope_key", table_name="entity_row")
