"""Alembic environment: runs on the connection the store hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dxworkshop.store.models import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # developer use: `alembic -x url=sqlite:///file.dxw revision …`
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite://")
        engine = create_engine(url)
        with engine.connect() as conn:
            context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
