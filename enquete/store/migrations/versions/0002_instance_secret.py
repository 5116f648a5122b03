"""The instance_secret table (enquete.privacy keeps the generated instance secret there).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 08:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("instance_secret"):  # made by privacy.py before this migration
        return
    op.create_table(
        "instance_secret",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_instance_secret")),
    )


def downgrade() -> None:
    op.drop_table("instance_secret")
