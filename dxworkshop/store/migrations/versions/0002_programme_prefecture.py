"""the prefecture a programme belongs to (v2)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a NOT NULL column only with a default; the rebuild then drops the default,
    # so an upgraded file has the schema Workshop.create makes (the models have none).
    op.add_column(
        "programme",
        sa.Column(
            "prefecture", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""
        ),
    )
    with op.batch_alter_table("programme", recreate="always") as batch_op:
        batch_op.alter_column(
            "prefecture",
            existing_type=sqlmodel.sql.sqltypes.AutoString(),
            existing_nullable=False,
            server_default=None,
        )


def downgrade() -> None:
    with op.batch_alter_table("programme") as batch_op:
        batch_op.drop_column("prefecture")
