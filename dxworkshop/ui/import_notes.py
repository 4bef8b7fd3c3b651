"""The import services' notes (rejected rows, warnings, unreadable files) as translated text.

The services say what they noticed as a :class:`~dxworkshop.services.notes.Note` — a code
and its values — and this module is the one place that words each code for the user.
Every code a service can emit has a template here (a test checks it).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from dxworkshop.services.notes import VALIDATION, Note, Param
from dxworkshop.services.roster import RosterField
from dxworkshop.ui.messages import translate, validation_text
from dxworkshop.ui.roster_labels import roster_field_label

_CONTEXT = "ImportNotes"

TEMPLATES: dict[str, str] = {
    # -- roster: why a row is rejected ----------------------------------------------------
    "roster.no_name": QT_TRANSLATE_NOOP("ImportNotes", "no name ({column})"),
    "roster.name_is_number": QT_TRANSLATE_NOOP(
        "ImportNotes", "“{value}” is a number, not a name ({column})"
    ),
    "roster.municipality_is_number": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "“{value}” is a number, not the name of a municipality ({column}); a 団体コード "
        "goes in its own column",
    ),
    "roster.bad_email": QT_TRANSLATE_NOOP(
        "ImportNotes", "“{value}” is not an e-mail address ({column})"
    ),
    "roster.unknown_role": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "unknown role “{value}” ({column}); use 受講者, 上司, 講師, DX推進担当者 or "
        "ファシリテーター",
    ),
    "roster.code_not_number": QT_TRANSLATE_NOOP(
        "ImportNotes", "団体コード “{value}” is not a number"
    ),
    "roster.code_too_long": QT_TRANSLATE_NOOP(
        "ImportNotes", "団体コード {value} has more than six digits"
    ),
    "roster.code_no_prefecture": QT_TRANSLATE_NOOP(
        "ImportNotes", "団体コード {value} is not valid (no prefecture {prefecture})"
    ),
    "roster.code_check_digit": QT_TRANSLATE_NOOP(
        "ImportNotes", "団体コード {value} is not valid (its check digit would be {expected})"
    ),
    "roster.code_invalid": QT_TRANSLATE_NOOP("ImportNotes", "団体コード {value} is not valid"),
    "roster.code_not_national": QT_TRANSLATE_NOOP(
        "ImportNotes", "団体コード {value} is not valid: no municipality in Japan has it"
    ),
    "roster.code_ambiguous": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "団体コード {value} may be {known}: give the municipality's name (市町村) too",
    ),
    "roster.not_in_prefecture": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{municipality} is not a municipality of {prefecture}, the programme's prefecture",
    ),
    "roster.not_in_prefecture_nearest": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{municipality} is not a municipality of {prefecture}, the programme's prefecture; did "
        "you mean {nearest}?",
    ),
    "roster.same_person": QT_TRANSLATE_NOOP(
        "ImportNotes", "same person as row {other_row} ({name}), with other details"
    ),
    "roster.same_existing_person": QT_TRANSLATE_NOOP(
        "ImportNotes", "matches the same person in the programme as row {other_row} ({name})"
    ),
    "roster.code_of_other_municipality": QT_TRANSLATE_NOOP(
        "ImportNotes", "団体コード {code} belongs to {known}, not {municipality}"
    ),
    "roster.municipality_has_other_code": QT_TRANSLATE_NOOP(
        "ImportNotes", "{municipality} has 団体コード {known} in the programme, not {code}"
    ),
    "roster.code_unknown": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "団体コード {code} matches no municipality in the programme or the list, and the row "
        "names none",
    ),
    "roster.bad_byte": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{column} holds bytes that are not {encoding} text; correct the cell and import the "
        "row again",
    ),
    # -- roster: warnings -------------------------------------------------------------------
    "roster.column_claimed": QT_TRANSLATE_NOOP(
        "ImportNotes", "column {column} “{heading}” ignored: column {mapped} is set to “{field}”"
    ),
    "roster.column_repeated": QT_TRANSLATE_NOOP(
        "ImportNotes", "column {column} “{heading}” repeats column {first}; ignored"
    ),
    "roster.column_unknown": QT_TRANSLATE_NOOP(
        "ImportNotes", "column {column} “{heading}” is not a roster column; ignored"
    ),
    "roster.no_municipality_column": QT_TRANSLATE_NOOP(
        "ImportNotes", "no 市町村 column: people are imported without a municipality"
    ),
    "roster.row_repeated": QT_TRANSLATE_NOOP(
        "ImportNotes", "row {row} repeats row {other_row} ({name}); skipped"
    ),
    "roster.csv_has_no_sheets": QT_TRANSLATE_NOOP(
        "ImportNotes", "a CSV file has no sheets; “{sheet}” ignored"
    ),
    "roster.other_sheets": QT_TRANSLATE_NOOP(
        "ImportNotes", "read sheet “{sheet}”; the workbook also has {others}"
    ),
    "roster.same_name_other_email": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "row {row}: {name} is already in the programme with another e-mail address; added as "
        "a second person",
    ),
    "roster.department_without_municipality": QT_TRANSLATE_NOOP(
        "ImportNotes", "row {row}: 所属 “{department}” left out because the row has no 市町村"
    ),
    "roster.own_supervisor": QT_TRANSLATE_NOOP(
        "ImportNotes", "row {row}: {name} is named as their own 上司; not linked"
    ),
    "roster.supervision_loop": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "row {row}: {supervisor} as 上司 of {name} would make a loop of supervisors; not linked",
    ),
    "roster.hidden_sheet": QT_TRANSLATE_NOOP(
        "ImportNotes", "read the hidden sheet “{sheet}”: the visible sheets {others} hold no list"
    ),
    "roster.unstorable_removed": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "row {row}: {column} had a character no document can hold ({character}); removed",
    ),
    "roster.columns_cut": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "cells right of column {limit} are ignored (the first in row {row}, column {column})",
    ),
    # -- roster: why a file cannot be read ----------------------------------------------------
    "roster.file_is_folder": QT_TRANSLATE_NOOP(
        "ImportNotes", "this is a folder, not a roster file."
    ),
    "roster.file_too_big": QT_TRANSLATE_NOOP(
        "ImportNotes", "the file is too big for a roster ({size} bytes)."
    ),
    "roster.file_permission": QT_TRANSLATE_NOOP(
        "ImportNotes", "you do not have permission to read it."
    ),
    "roster.file_os_error": QT_TRANSLATE_NOOP("ImportNotes", "reading it failed ({detail})."),
    "roster.file_empty": QT_TRANSLATE_NOOP("ImportNotes", "the file is empty."),
    "roster.file_encrypted": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "the workbook is password-protected. Remove the password in Excel (ファイル → 情報 → "
        "ブックの保護) and save it again.",
    ),
    "roster.file_xls": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "it is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as “Excel ブック "
        "(.xlsx)” or as CSV.",
    ),
    "roster.file_not_a_roster": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "it is neither an Excel workbook (.xlsx) nor a CSV text file. Save it from Excel as "
        "“Excel ブック (.xlsx)” or as CSV.",
    ),
    "roster.file_fake_xlsx": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "its name ends in .xlsx, but it is not an Excel workbook. Save it from Excel as "
        "“Excel ブック (.xlsx)” or as CSV.",
    ),
    "roster.file_bad_csv": QT_TRANSLATE_NOOP(
        "ImportNotes", "it is not a CSV file that can be read ({detail})."
    ),
    "roster.file_bad_xlsx": QT_TRANSLATE_NOOP(
        "ImportNotes", "it is not an Excel workbook that can be read; it may be damaged ({detail})."
    ),
    "roster.file_no_worksheets": QT_TRANSLATE_NOOP(
        "ImportNotes", "the workbook has no worksheets."
    ),
    "roster.file_out_of_memory": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "there is not enough memory to read it. A list of participants needs far less: is it one?",
    ),
    "roster.too_many_cells": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "the file has more than {limit} cells (the limit for a list of participants).",
    ),
    "roster.sheet_too_many_cells": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "sheet “{sheet}” has more than {limit} cells (the limit for a list of participants).",
    ),
    "roster.zip_members": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "the workbook has {count} parts, more than {limit} (the limit for a list of participants).",
    ),
    "roster.zip_member_size": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "its part {member} unpacks to more than {limit} (the limit for a list of participants).",
    ),
    "roster.zip_xml_size": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "its XML parts unpack to more than {limit} together (the limit for a list of "
        "participants).",
    ),
    "roster.zip_total_size": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "its parts unpack to more than {limit} together (the limit for a list of participants).",
    ),
    "roster.zip_ratio": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "its part {member} unpacks to more than {limit} times its packed size (the limit for a "
        "list of participants).",
    ),
    "roster.zip_dtd": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "its part {member} declares a DTD (<!DOCTYPE>), which no Excel workbook has; it is not "
        "read.",
    ),
    # -- returned Word forms: why an answer area cannot be read -----------------------------
    "form.several_marked": QT_TRANSLATE_NOOP("ImportNotes", "more than one option is marked"),
    "form.no_option": QT_TRANSLATE_NOOP("ImportNotes", "no option can be made out"),
    "form.not_a_number": QT_TRANSLATE_NOOP("ImportNotes", "“{text}” is not a number"),
    "form.not_a_date": QT_TRANSLATE_NOOP("ImportNotes", "“{text}” is not a date"),
    "form.not_a_table": QT_TRANSLATE_NOOP("ImportNotes", "the answer is not a table"),
    "form.cell_count": QT_TRANSLATE_NOOP("ImportNotes", "a row has a different number of cells"),
    "form.not_single": QT_TRANSLATE_NOOP("ImportNotes", "the answer is not a single cell"),
    # -- hearing sheet (listed under “Not read (left as they are)”) ---------------------------
    "sheet.retired_question": QT_TRANSLATE_NOOP(
        "ImportNotes", "「{question}」 is no longer asked; its answer is not read"
    ),
    "sheet.answer_unreadable": QT_TRANSLATE_NOOP("ImportNotes", "「{question}」: {problem}"),
    "sheet.date_unreadable": QT_TRANSLATE_NOOP("ImportNotes", "Answer date: {problem}"),
    "sheet.unstorable_removed": QT_TRANSLATE_NOOP(
        "ImportNotes", "{label}: {character} removed (a character no document can hold)"
    ),
    "sheet.number_out_of_range": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "「{question}」 row {row}, {column}: {value} is outside {range}; not stored "
        "(left empty for a person to fill in)",
    ),
    # -- feedback request form ----------------------------------------------------------------
    "feedback.other_version_requested": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{trainee}: the feedback was requested on another version; it is kept with version "
        "{version} of the form",
    ),
    "feedback.rating_unreadable": QT_TRANSLATE_NOOP(
        "ImportNotes", "{trainee}「{item}」: {problem}; left as it is"
    ),
    "feedback.decision_unreadable": QT_TRANSLATE_NOOP(
        "ImportNotes", "{trainee}「判定」: {problem}; left as it is"
    ),
    "feedback.newer_version": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{trainee}: the feedback is on version {version}; version {latest} has been made since",
    ),
    "feedback.unstorable_removed": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{trainee}「{label}」: {character} removed (a character no document can hold)",
    ),
    # -- any returned form: what it holds beside its answer fields ----------------------------
    "form.text_added": QT_TRANSLATE_NOOP(
        "ImportNotes", "{where}: “{text}” is outside the answer fields; not imported"
    ),
    "form.text_changed": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{where}: “{old}” was changed to “{text}” (not an answer field); not imported",
    ),
    "form.review_comment": QT_TRANSLATE_NOOP(
        "ImportNotes", "{where}: a review comment by {author}: “{text}”; not imported"
    ),
    "form.row_repeated": QT_TRANSLATE_NOOP(
        "ImportNotes", "{where}: the row appears twice; “{text}” in the other row is not imported"
    ),
    "form.hollow_mark": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "{where}: □ is not read as a mark (mark the option with ■): “{text}”; left as it is",
    ),
    # -- hearing: 受講予定者 rows into people ---------------------------------------------------
    "trainees.own_supervisor": QT_TRANSLATE_NOOP(
        "ImportNotes", "row {row}: {name} is named as their own 上司; not linked"
    ),
    "trainees.supervision_loop": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "row {row}: {supervisor} as 上司 of {name} would make a loop of supervisors; not linked",
    ),
    "trainees.other_supervisor": QT_TRANSLATE_NOOP(
        "ImportNotes", "row {row}: {name} already has another 上司; left as it is"
    ),
}

_NAME_IN_LIST = QT_TRANSLATE_NOOP("ImportNotes", "“{name}”")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("ImportNotes", ", ")


def _translate(text: str) -> str:
    return translate(_CONTEXT, text)  # the application's translators, or the CLI's


def _names(names: tuple[str, ...]) -> str:
    item = _translate(_NAME_IN_LIST)
    return _translate(_LIST_SEPARATOR).join(item.format(name=n) for n in names)


def _param(code: str, name: str, value: Param) -> str:
    if isinstance(value, Note):
        return note_text(value)
    if isinstance(value, tuple):
        return _names(value)
    if code == "roster.column_claimed" and name == "field":
        return roster_field_label(RosterField(value))
    return str(value)


def note_text(note: Note) -> str:
    """A note in the user's language (the English of the service when no template knows it)."""
    if note.code == VALIDATION:
        params = note.params
        return validation_text(str(params["field"]), str(params["code"]), str(params["message"]))
    template = TEMPLATES.get(note.code)
    if template is None:
        return str(note)
    values = {name: _param(note.code, name, value) for name, value in note.params.items()}
    return _translate(template).format_map(values)


def note_lines(notes: Iterable[Note], prefix: str = "") -> str:
    """Notes as translated lines, each after *prefix*."""
    return "\n".join(prefix + note_text(n) for n in notes)
