"""How much of a file the roster import reads: the rows searched for the header, the size
of the file, its cells and columns (the README's table of import limits)."""

from __future__ import annotations

#: How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 30
#: A roster is a list of people; anything bigger is not one (and would not fit in memory well).
#: A prefecture's 10,000 staff make a file of a few MB.
MAX_FILE_BYTES = 32 * 1024 * 1024
#: The cells a sheet may have (rows × their columns up to the last filled one, merged
#: ranges counted as they fill): 10,000 staff × 20 columns are 200,000. A sheet beyond is
#: refused — it is no roster, and its rows would not fit in memory well.
MAX_CELLS = 1_000_000
#: The columns read from a row; cells further right are ignored, with a warning.
MAX_COLUMNS = 200
