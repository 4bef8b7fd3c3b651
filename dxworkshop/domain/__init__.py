"""Pure rules and calculations of a training programme; no I/O, no Qt, no database."""
