"""What the roster import says: the codes of its notes (a rejected row's reason, a warning,
why a file cannot be read) and their English; the UI translates them by code."""

from __future__ import annotations

from dxworkshop.services.notes import define

#: Why a row is rejected (``RejectedRow.reason``).
REJECTION_CODES = define(
    {
        "roster.no_name": "no name ({column})",
        "roster.name_is_number": "“{value}” is a number, not a name ({column})",
        "roster.municipality_is_number": (
            "“{value}” is a number, not the name of a municipality ({column}); a 団体コード "
            "goes in its own column"
        ),
        "roster.bad_email": "“{value}” is not an e-mail address ({column})",
        "roster.unknown_role": (
            "unknown role “{value}” ({column}); use 受講者, 上司, 講師, DX推進担当者 or "
            "ファシリテーター"
        ),
        "roster.code_not_number": "団体コード “{value}” is not a number",
        "roster.code_too_long": "団体コード {value} has more than six digits",
        "roster.code_no_prefecture": "団体コード {value} is not valid (no prefecture {prefecture})",
        "roster.code_check_digit": (
            "団体コード {value} is not valid (its check digit would be {expected})"
        ),
        "roster.code_invalid": "団体コード {value} is not valid",
        "roster.code_not_national": (
            "団体コード {value} is not valid: no municipality in the national list has it"
        ),
        "roster.code_ambiguous": (
            "団体コード {value} may be {known}: give the municipality's name (市町村) too"
        ),
        "roster.not_in_prefecture": (
            "{municipality} is not a municipality of {prefecture}, the programme's prefecture"
        ),
        "roster.not_in_prefecture_nearest": (
            "{municipality} is not a municipality of {prefecture}, the programme's prefecture; "
            "did you mean {nearest}?"
        ),
        "roster.same_person": "same person as row {other_row} ({name})",
        "roster.same_existing_person": (
            "matches the same person in the workshop as row {other_row} ({name})"
        ),
        "roster.code_of_other_municipality": (
            "団体コード {code} belongs to {known}, not {municipality}"
        ),
        "roster.municipality_has_other_code": (
            "{municipality} has 団体コード {known} in the workshop, not {code}"
        ),
        "roster.code_unknown": (
            "団体コード {code} matches no municipality in the workshop or the sheet, and the row "
            "names none"
        ),
        "roster.bad_byte": (
            "{column} holds bytes that are not {encoding} text; correct the cell and import "
            "the row again"
        ),
    }
)
#: What the reading and the import note without rejecting (``warnings``).
WARNING_CODES = define(
    {
        "roster.column_claimed": (
            "column {column} “{heading}” ignored: column {mapped} is mapped to {field}"
        ),
        "roster.column_repeated": "column {column} “{heading}” repeats column {first}; ignored",
        "roster.column_unknown": "column {column} “{heading}” is not a roster column; ignored",
        "roster.no_municipality_column": (
            "no 市町村 column: people are imported without a municipality"
        ),
        "roster.row_repeated": "row {row} repeats row {other_row} ({name}); skipped",
        "roster.csv_has_no_sheets": "a CSV file has no sheets; “{sheet}” ignored",
        "roster.other_sheets": "read sheet “{sheet}”; the workbook also has {others}",
        "roster.same_name_other_email": (
            "row {row}: {name} is already in the workshop with another e-mail address; added "
            "as a second person"
        ),
        "roster.department_without_municipality": (
            "row {row}: 所属 “{department}” left out because the row has no 市町村"
        ),
        "roster.own_supervisor": "row {row}: {name} is named as their own 上司; not linked",
        "roster.supervision_loop": (
            "row {row}: {supervisor} as 上司 of {name} would make a supervision loop; not linked"
        ),
        "roster.hidden_sheet": (
            "read hidden sheet “{sheet}”: the visible sheets {others} hold no roster"
        ),
        "roster.unstorable_removed": (
            "row {row}: {column} had a character no document can hold ({character}); removed"
        ),
        "roster.columns_cut": (
            "cells right of column {limit} are ignored (the first in row {row}, column {column})"
        ),
    }
)
#: Why a file cannot be read at all (``UnreadableRoster.note``).
FILE_CODES = define(
    {
        "roster.file_is_folder": "this is a folder, not a roster file",
        "roster.file_too_big": "the file is too big for a roster ({size} bytes)",
        "roster.file_permission": "permission denied (cannot read)",
        "roster.file_os_error": "cannot read the file ({detail})",
        "roster.file_empty": "the file is empty",
        "roster.file_encrypted": (
            "the workbook is password-protected; remove the password in Excel "
            "(ファイル → 情報 → ブックの保護) and save it again"
        ),
        "roster.file_xls": (
            "an Excel 97–2003 workbook (.xls); open it in Excel and save it as "
            "“Excel ブック (.xlsx)” or as CSV"
        ),
        "roster.file_not_a_roster": (
            "not an Excel workbook (.xlsx) or a CSV text file; save it from Excel as "
            "“Excel ブック (.xlsx)” or CSV"
        ),
        "roster.file_fake_xlsx": (
            "not an Excel workbook (.xlsx) or a CSV text file (it ends in .xlsx but is not an "
            "Excel workbook); save it from Excel as “Excel ブック (.xlsx)” or CSV"
        ),
        "roster.file_bad_csv": "not a readable CSV file ({detail})",
        "roster.file_bad_xlsx": "not a readable Excel workbook ({detail})",
        "roster.file_no_worksheets": "the workbook has no worksheets",
        "roster.file_out_of_memory": (
            "there is not enough memory to read it; a roster needs far less, is it one?"
        ),
        "roster.too_many_cells": "the file has more than {limit} cells (the limit for a roster)",
        "roster.sheet_too_many_cells": (
            "sheet “{sheet}” has more than {limit} cells (the limit for a roster)"
        ),
        "roster.zip_members": (
            "the workbook has {count} parts, more than {limit} (the limit for a roster)"
        ),
        "roster.zip_member_size": "{member} inflates beyond {limit} (the limit for a roster)",
        "roster.zip_xml_size": (
            "its XML parts inflate beyond {limit} together (the limit for a roster)"
        ),
        "roster.zip_total_size": (
            "its parts inflate beyond {limit} together (the limit for a roster)"
        ),
        "roster.zip_ratio": (
            "{member} inflates more than {limit} times its compressed size (the limit for a roster)"
        ),
        "roster.zip_dtd": (
            "{member} declares a DTD (<!DOCTYPE>), which no Excel workbook has; it is not read"
        ),
    }
)
#: Every code a roster note can have.
NOTE_CODES = REJECTION_CODES | WARNING_CODES | FILE_CODES
