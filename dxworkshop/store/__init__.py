"""The workshop file: tables, engine and sessions, checks, migrations, lock and backups."""
