"""revoked_token: when a refresh revoked a token and which token it issued

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("revoked_token", sa.Column("revoked_at", sa.DateTime(timezone=True)))
    op.add_column("revoked_token", sa.Column("successor", sa.String(length=36)))


def downgrade() -> None:
    op.drop_column("revoked_token", "successor")
    op.drop_column("revoked_token", "revoked_at")
