"""Use cases, one module per phase; they return plain read models, never ORM objects."""
