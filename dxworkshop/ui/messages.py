"""Expected failures from the lower layers as clear, translated sentences."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dxworkshop.domain import limits
from dxworkshop.services.errors import NotFound, ServiceError, ValidationError
from dxworkshop.services.municipalities import MunicipalityCodeError, NotInPrefecture
from dxworkshop.store import errors as se

#: How these sentences are translated: the application's translators, or (the command
#: line, which has no QApplication) a catalogue of its own (``cli_text.gui_messages``).
translator: Callable[[str, str], str] = QCoreApplication.translate


def translate(context: str, text: str) -> str:
    return translator(context, text)


def store_error_text(exc: se.StoreError) -> str:
    """One or two sentences saying what is wrong with which file and what to do."""
    name = exc.path.name
    if isinstance(exc, se.FileLocked):
        if exc.holder is not None:
            return translate(
                "Messages",
                "“{file}” is already open by {user} on {host} (process {pid}, since {since}). "
                "Close it there first, or open a copy.",
            ).format(
                file=name,
                user=exc.holder.user,
                host=exc.holder.host,
                pid=exc.holder.pid,
                since=exc.holder.since,
            )
        return translate(
            "Messages", "“{file}” is already open in another dxworkshop window."
        ).format(file=name)
    if isinstance(exc, se.DamagedFile):
        return translate(
            "Messages",
            "“{file}” is damaged and cannot be opened ({detail}). It has not been changed. "
            "Use File ▸ Restore from backup to go back to a recent copy.",
        ).format(file=name, detail=exc.detail)
    if isinstance(exc, se.NewerVersion):
        return translate(
            "Messages",
            "“{file}” was saved by a newer version of dxworkshop (file format {found}; this "
            "version reads up to {supported}). Update dxworkshop to open it. The file has not "
            "been changed.",
        ).format(file=name, found=exc.file_version, supported=exc.supported)
    if isinstance(exc, se.OlderVersion):
        return translate(
            "Messages",
            "“{file}” was saved by an older version of dxworkshop (file format {found}). "
            "Open it in dxworkshop once to bring it up to date (a backup is kept first).",
        ).format(file=name, found=exc.file_version)
    if isinstance(exc, se.ForeignDatabase):
        return translate(
            "Messages", "“{file}” is a database of another application, not a dxworkshop programme."
        ).format(file=name)
    if isinstance(exc, se.NotAWorkshopFile):
        return translate("Messages", "“{file}” is not a dxworkshop programme file.").format(
            file=name
        )
    if isinstance(exc, se.WorkshopNotFound):
        return translate("Messages", "“{file}” does not exist (moved or deleted?).").format(
            file=name
        )
    if isinstance(exc, se.NotAFile):
        return translate("Messages", "“{file}” is a folder, not a programme file.").format(
            file=name
        )
    if isinstance(exc, se.WorkshopExists):
        return translate("Messages", "“{file}” already exists. Choose another name.").format(
            file=name
        )
    if isinstance(exc, se.PermissionDenied):
        return translate(
            "Messages",
            "You do not have permission to use “{file}” or its folder. Copy it to a folder of "
            "your own and open the copy.",
        ).format(file=name)
    if isinstance(exc, se.MigrationFailed):
        return translate(
            "Messages",
            "“{file}” could not be upgraded to this version of dxworkshop. The original is "
            "unchanged{backup}.",
        ).format(file=name, backup=f" ({exc.backup.name})" if exc.backup else "")
    if isinstance(exc, se.WriteFailed):
        return translate(
            "Messages",
            "Could not write to “{file}”: the disk may be full or removed. Your last edit "
            "was not saved.",
        ).format(file=name)
    return str(exc)


_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "code": QT_TRANSLATE_NOOP("Messages", "Municipality code"),
    "fiscal_year": QT_TRANSLATE_NOOP("Messages", "Fiscal year"),
    "start_date": QT_TRANSLATE_NOOP("Messages", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Messages", "End date"),
    "date": QT_TRANSLATE_NOOP("Messages", "Date"),
    "phase": QT_TRANSLATE_NOOP("Messages", "Phase"),
    "roles": QT_TRANSLATE_NOOP("Messages", "Roles"),
    "supervisor": QT_TRANSLATE_NOOP("Messages", "Supervisor"),
    "department": QT_TRANSLATE_NOOP("Messages", "Department"),
    "weight": QT_TRANSLATE_NOOP("Messages", "Weight"),
    "scale": QT_TRANSLATE_NOOP("Messages", "Scale"),
    "kana": QT_TRANSLATE_NOOP("Messages", "Reading"),
    "email": QT_TRANSLATE_NOOP("Messages", "Email"),
    "municipality": QT_TRANSLATE_NOOP("Messages", "Municipality"),
    "group_size": QT_TRANSLATE_NOOP("Messages", "Group size"),
    "trainees": QT_TRANSLATE_NOOP("Messages", "Trainees"),
    "gate": QT_TRANSLATE_NOOP("Messages", "Gate"),
    "criterion": QT_TRANSLATE_NOOP("Messages", "Criterion"),
    "axes": QT_TRANSLATE_NOOP("Messages", "Matrix axes"),
    "x_axis": QT_TRANSLATE_NOOP("Messages", "Horizontal axis"),
    "y_axis": QT_TRANSLATE_NOOP("Messages", "Vertical axis"),
    "organiser": QT_TRANSLATE_NOOP("Messages", "Organiser"),
    "prefecture": QT_TRANSLATE_NOOP("Messages", "Prefecture"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "issue_categories": QT_TRANSLATE_NOOP("Messages", "Issue category"),
    "dx_means": QT_TRANSLATE_NOOP("Messages", "DX means"),
    "answer": QT_TRANSLATE_NOOP("Messages", "Answer"),
    "choices": QT_TRANSLATE_NOOP("Messages", "Options"),
    "text": QT_TRANSLATE_NOOP("Messages", "Text"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Kind of answer"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "hearing": QT_TRANSLATE_NOOP("Messages", "Hearing"),
    "score": QT_TRANSLATE_NOOP("Messages", "Score"),
    "vote": QT_TRANSLATE_NOOP("Messages", "Dot"),
    "votes_per_person": QT_TRANSLATE_NOOP("Messages", "Dots per person"),
    "max_per_issue": QT_TRANSLATE_NOOP("Messages", "Most dots on one issue"),
    "theme": QT_TRANSLATE_NOOP("Messages", "Theme"),
    "label": QT_TRANSLATE_NOOP("Messages", "Label"),
    "colour": QT_TRANSLATE_NOOP("Messages", "Colour"),
    "parent": QT_TRANSLATE_NOOP("Messages", "Parent group"),
    "categories": QT_TRANSLATE_NOOP("Messages", "Categories"),
    "cases_per_year": QT_TRANSLATE_NOOP("Messages", "Cases per year"),
    "minutes_per_case": QT_TRANSLATE_NOOP("Messages", "Minutes per case"),
    "people": QT_TRANSLATE_NOOP("Messages", "People"),
    "source": QT_TRANSLATE_NOOP("Messages", "Source"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Reason for the version"),
    "version": QT_TRANSLATE_NOOP("Messages", "Plan version"),
    "plan": QT_TRANSLATE_NOOP("Messages", "Plan"),
    "steps": QT_TRANSLATE_NOOP("Messages", "Steps"),
    "due": QT_TRANSLATE_NOOP("Messages", "Due date"),
    "number": QT_TRANSLATE_NOOP("Messages", "Number"),
    "reviewer": QT_TRANSLATE_NOOP("Messages", "Reviewer"),
    "rating": QT_TRANSLATE_NOOP("Messages", "Rating"),
    "feedback": QT_TRANSLATE_NOOP("Messages", "Feedback"),
    "decision": QT_TRANSLATE_NOOP("Messages", "Decision"),
    "ecrs": QT_TRANSLATE_NOOP("Messages", "ECRS"),
    "good_points": QT_TRANSLATE_NOOP("Messages", "Good points"),
    "improvements": QT_TRANSLATE_NOOP("Messages", "Points to improve"),
    "support": QT_TRANSLATE_NOOP("Messages", "Support offered"),
    "response": QT_TRANSLATE_NOOP("Messages", "Trainee's response"),
}


def field_label(field: str) -> str:
    return translate("Messages", _FIELD_NAMES.get(field, field))


def validation_text(field: str, code: str, message: str) -> str:
    """A :class:`ValidationError` (by its field and stable code) as a translated sentence."""
    label = field_label(field)
    texts = {
        "empty": translate("Messages", "{field} must not be empty."),
        "duplicate": translate("Messages", "{field}: this value is already used."),
        "out_of_range": translate("Messages", "{field} is out of range."),
        "bad_code": translate("Messages", "{field} must be six digits."),
        "bad_value": translate("Messages", "{field} has a value that is not allowed."),
        "before_start": translate("Messages", "{field} is before the start date."),
        "mismatch": translate("Messages", "{field} belongs to another municipality."),
        "self": translate("Messages", "{field}: a person cannot supervise themselves."),
        "cycle": translate("Messages", "{field}: this would make a loop of supervisors."),
    }
    sane = limits.BY_FIELD.get(field)
    if code == "out_of_range" and sane is not None:
        return translate("Messages", "{field} must be between {range}.").format(
            field=label, range=sane.describe()
        )
    template = texts.get(code, translate("Messages", "{field}: {message}"))
    return template.format(field=label, message=message)


def municipality_code_text(exc: MunicipalityCodeError) -> str:
    """A refused 団体コード (``services.municipalities.resolve_code``) as a translated sentence."""
    known = "、".join(f"{e.full_name}（{e.code}）" for e in exc.known)
    texts = {
        "not_number": translate("Messages", "団体コード “{value}” is not a number."),
        "too_long": translate("Messages", "団体コード {value} has more than six digits."),
        "no_prefecture": translate(
            "Messages",
            "団体コード {value} is not valid: no prefecture has the number {prefecture}.",
        ),
        "check_digit": translate(
            "Messages", "団体コード {value} is not valid: its check digit would be {expected}."
        ),
        "invalid": translate(
            "Messages",
            "団体コード {value} is not valid: it has six digits, or five without the check digit.",
        ),
        "unknown": translate("Messages", "No municipality has the 団体コード {value}."),
        "other_municipality": translate("Messages", "団体コード {value} is {known}, not {name}."),
        "ambiguous": translate(
            "Messages", "団体コード {value} may be {known}: give the municipality's name too."
        ),
    }
    template = texts.get(exc.reason)
    if template is None:
        return validation_text(exc.field, exc.code, exc.message)
    return template.format(
        value=exc.value,
        prefecture=exc.value[:2],
        expected=exc.expected,
        known=known,
        name=exc.name,
    )


def not_in_prefecture_text(exc: NotInPrefecture) -> str:
    """A municipality's name that is none of the programme's prefecture, translated."""
    if not exc.nearest:
        return translate(
            "Messages", "{name} is not a municipality of {prefecture}, the programme's prefecture."
        ).format(name=exc.name, prefecture=exc.prefecture)
    names = translate("Messages", ", ").join(e.name for e in exc.nearest)
    return translate(
        "Messages",
        "{name} is not a municipality of {prefecture}, the programme's prefecture. Did you "
        "mean {names}?",
    ).format(name=exc.name, prefecture=exc.prefecture, names=names)


def service_error_text(exc: ServiceError) -> str:
    if isinstance(exc, MunicipalityCodeError):
        return municipality_code_text(exc)
    if isinstance(exc, NotInPrefecture):
        return not_in_prefecture_text(exc)
    if isinstance(exc, ValidationError):
        return validation_text(exc.field, exc.code, exc.message)
    if isinstance(exc, NotFound):
        return translate("Messages", "This item no longer exists (it may have been deleted).")
    return str(exc)
