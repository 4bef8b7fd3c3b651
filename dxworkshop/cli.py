"""The command line: no arguments opens the GUI; subcommands work headless for automation.

Expected failures print one line on stderr and exit 1 (usage errors exit 2); a
traceback means a bug.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dxworkshop import __version__
from dxworkshop.cli_text import english, gui_messages, speaking, translate

if TYPE_CHECKING:
    from dxworkshop.services.export import ExportItem, Roster, Scope
    from dxworkshop.services.notes import Note
    from dxworkshop.services.roster import RosterError, RosterReport
    from dxworkshop.store.workshop import Workshop

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

SUBCOMMANDS = ("new", "import-roster", "check", "dump", "load", "demo", "export", "import-form")

# What ``export --report`` can write; each needs its own ``_export_…`` function below.
REPORTS = (
    "hearing-sheet",
    "feedback-form",
    "supervisor-summary",
    "municipality",
    "programme",
)


class CliError(Exception):
    """A failure the user can act on; printed as one line."""


def _expected_errors() -> tuple[type[BaseException], ...]:
    from dxworkshop.services.errors import ServiceError
    from dxworkshop.store.errors import StoreError

    errors: list[type[BaseException]] = [StoreError, ServiceError, CliError]
    try:
        from dxworkshop.services.roster import RosterError

        errors.append(RosterError)
    except ImportError:  # pragma: no cover - during development only
        pass
    try:
        from dxworkshop.services.interchange import InterchangeError

        errors.append(InterchangeError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def _count_label(label: str) -> str:
    """A kind of row of ``check`` (services.programme.COUNTED_TABLES) in the CLI's language."""
    labels = {
        "municipalities": translate("Cli", "municipalities"),
        "departments": translate("Cli", "departments"),
        "people": translate("Cli", "people"),
        "groups": translate("Cli", "groups"),
        "sessions": translate("Cli", "sessions"),
        "hearings": translate("Cli", "hearings"),
        "issues": translate("Cli", "issues"),
        "clusters": translate("Cli", "clusters"),
        "criteria": translate("Cli", "criteria"),
        "scores": translate("Cli", "scores"),
        "themes": translate("Cli", "themes"),
        "plans": translate("Cli", "plans"),
        "plan_versions": translate("Cli", "plan_versions"),
        "feedback": translate("Cli", "feedback"),
        "actions": translate("Cli", "actions"),
        "check_ins": translate("Cli", "check_ins"),
        "measurements": translate("Cli", "measurements"),
        "outcomes": translate("Cli", "outcomes"),
    }
    return labels.get(label, label)


def _roster_summary(report: RosterReport) -> str:
    """The roster import's one line: the service's English, or the same counts translated."""
    if english():
        return report.summary()
    return translate(
        "Cli",
        "{imported} people imported ({created} new, {updated} updated, {unchanged} unchanged), "
        "{municipalities} municipalities, {departments} departments and {supervisors} "
        "supervisors added, {rejected} rows rejected, {warnings} warnings",
    ).format(
        imported=report.people_imported,
        created=report.people_created,
        updated=report.people_updated,
        unchanged=report.people_unchanged,
        municipalities=report.municipalities_created,
        departments=report.departments_created,
        supervisors=report.supervisors_created,
        rejected=len(report.rejected),
        warnings=len(report.warnings),
    )


def _note_text(note: Note) -> str:
    """An import service's note: its English, or the GUI's translation of its code."""
    if english():
        return str(note)
    from dxworkshop.ui.import_notes import note_text

    with gui_messages():
        return note_text(note)


def _roster_error_text(exc: RosterError) -> str:
    """A roster file that cannot be imported, in the CLI's language (``str()`` in English)."""
    from dxworkshop.services.roster import (
        NoHeaderRow,
        RosterFileNotFound,
        SheetNotFound,
        UnreadableRoster,
    )

    if english():
        return str(exc)
    if isinstance(exc, RosterFileNotFound):
        return translate("Cli", "{path}: no such file").format(path=exc.path)
    if isinstance(exc, SheetNotFound):
        sheets = "、".join(f"“{s}”" for s in exc.sheets) or translate("Cli", "none")
        return translate(
            "Cli", "{path}: no sheet named “{sheet}”; the workbook's sheets are {sheets}"
        ).format(path=exc.path, sheet=exc.sheet, sheets=sheets)
    if isinstance(exc, NoHeaderRow):
        return translate(
            "Cli",
            "{path}: no row of column headings was found near the top of the sheet; the list "
            "needs headings such as 氏名, 市町村 and 所属 above the people",
        ).format(path=exc.path)
    if isinstance(exc, UnreadableRoster):
        return translate("Cli", "{path}: this file cannot be read ({reason})").format(
            path=exc.path, reason=_note_text(exc.note)
        )
    return str(exc)


def _error_text(exc: BaseException) -> str:
    """An expected failure as one line in the CLI's language.

    In English the exception's own sentence (as always); in another language the GUI's
    translated sentence where it has one (files, validation codes), else the English.
    """
    from dxworkshop.services.errors import ServiceError
    from dxworkshop.store.errors import StoreError

    if english() or isinstance(exc, CliError):
        return str(exc)
    with contextlib.suppress(ImportError):
        from dxworkshop.services.roster import RosterError

        if isinstance(exc, RosterError):
            return _roster_error_text(exc)
    with contextlib.suppress(ImportError):
        from dxworkshop.services.interchange import InterchangeError

        if isinstance(exc, InterchangeError):  # the problems themselves stay English
            return translate("Cli", "the JSON document cannot be loaded: {problems}").format(
                problems=exc
            )
    if isinstance(exc, StoreError | ServiceError):
        from dxworkshop.ui.messages import service_error_text, store_error_text

        with gui_messages():
            if isinstance(exc, StoreError):
                return store_error_text(exc)
            return service_error_text(exc)
    return str(exc)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date (YYYY-MM-DD)").format(text=repr(text))
        ) from None


def _demo_scale(text: str) -> int:
    from dxworkshop.services.demo import MAX_SCALE

    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_SCALE:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a scale (a whole number from 1 to {max})").format(
                text=repr(text), max=MAX_SCALE
            )
        )
    return value


def _backup_root() -> Path:
    from dxworkshop.paths import backup_root

    return backup_root()


# --- subcommands ---------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from dxworkshop.services.programme import new_programme

    path = Path(args.file)
    with new_programme(
        path,
        args.name,
        fiscal_year=args.fiscal_year,
        organiser=args.organiser or "",
        start_date=args.start_date,
        prefecture=args.prefecture or "",
        backup_root=_backup_root(),
    ):
        pass
    print(translate("Cli", "created {path}").format(path=path))
    return EXIT_OK


def cmd_import_roster(args: argparse.Namespace) -> int:
    from dxworkshop.services.roster import import_roster
    from dxworkshop.store.workshop import Workshop

    with Workshop.open(Path(args.file), backup_root=_backup_root()) as workshop:
        report = import_roster(workshop, Path(args.roster), sheet=args.sheet, dry_run=args.dry_run)
    prefix = translate("Cli", "dry run: ") if args.dry_run else ""
    print(prefix + _roster_summary(report))
    for warning in report.warnings:
        print(
            translate("Cli", "warning: {warning}").format(warning=_note_text(warning)),
            file=sys.stderr,
        )
    for rejected in report.rejected:
        print(
            translate("Cli", "rejected: row {row}: {reason}").format(
                row=rejected.row, reason=_note_text(rejected.reason)
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from dxworkshop.services.programme import counts, get_programme
    from dxworkshop.store.readonly import integrity, open_readonly

    path = Path(args.file)
    report = integrity(path)
    if not report.ok:
        raise CliError(
            translate("Cli", "{path}: integrity check failed: {problem}").format(
                path=path, problem=report.problems[0]
            )
        )
    with open_readonly(path) as workshop:
        info = get_programme(workshop)
        numbers = counts(workshop)
    print(
        translate("Cli", "{path}: ok — schema version {version}, programme “{name}”").format(
            path=path, version=report.schema_version, name=info.name
        )
    )
    print(
        translate("Cli", ", ").join(
            translate("Cli", "{label} {n}").format(label=_count_label(label), n=n)
            for label, n in numbers.items()
        )
    )
    return EXIT_OK


def cmd_dump(args: argparse.Namespace) -> int:
    from dxworkshop.services.interchange import dump_json
    from dxworkshop.store.outputs import write_private
    from dxworkshop.store.readonly import open_readonly

    with open_readonly(Path(args.file)) as workshop:
        text = dump_json(workshop)
    if args.output:
        out = Path(args.output)
        with _writing(out, args.force):
            write_private(out, (text + "\n").encode("utf-8"), replace=args.force)
        print(translate("Cli", "wrote {path}").format(path=out), file=sys.stderr)
    else:
        sys.stdout.write(text + "\n")
    return EXIT_OK


@contextlib.contextmanager
def _writing(out: Path, force: bool) -> Iterator[None]:
    """Write one document to *out*: the overwrite rule and write failures as one line.

    Checked first (an SQLite database is never replaced, another file only with
    --force); the folder of *out* is made owner-only if missing. Any failure of the
    writer for this document (the disk, text it cannot take) is one line naming *out*.
    """
    from dxworkshop.store.errors import StoreError
    from dxworkshop.store.outputs import DocumentExists, check_target, private_folder

    try:
        check_target(out, replace=force)
        private_folder(out.parent)
        yield
    except DocumentExists:
        raise CliError(
            translate("Cli", "{path}: already exists (not replaced; --force replaces it)").format(
                path=out
            )
        ) from None
    except (StoreError, CliError):
        raise
    except OSError as exc:
        raise CliError(
            translate("Cli", "{path}: could not write ({reason})").format(
                path=out, reason=exc.strerror or exc
            )
        ) from exc
    except ValueError as exc:
        raise CliError(
            translate("Cli", "{path}: could not write ({reason})").format(
                path=out, reason=" ".join(str(exc).split())
            )
        ) from exc


def cmd_load(args: argparse.Namespace) -> int:
    from dxworkshop.services.interchange import load_json

    source = Path(args.json)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise CliError(translate("Cli", "{path}: no such file").format(path=source)) from None
    except OSError as exc:
        raise CliError(
            translate("Cli", "{path}: could not read ({reason})").format(
                path=source, reason=exc.strerror or exc
            )
        ) from exc
    with load_json(data, Path(args.file), backup_root=_backup_root()):
        pass
    print(translate("Cli", "created {path}").format(path=args.file))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from dxworkshop.services.demo import create_demo

    path = Path(args.file)
    with create_demo(
        path, size=args.size, seed=args.seed, backup_root=_backup_root(), scale=args.scale
    ):
        pass
    times = translate("Cli", ", {scale}×").format(scale=args.scale) if args.scale > 1 else ""
    size = translate("Cli", "small") if args.size == "small" else translate("Cli", "large")
    print(
        translate("Cli", "created {path} ({size} demo programme{times})").format(
            path=args.file, size=size, times=times
        )
    )
    return EXIT_OK


def _municipality_id(workshop: Workshop, name: str) -> int:
    from dxworkshop.domain.names import name_key
    from dxworkshop.services.people import list_municipalities

    municipalities = list_municipalities(workshop)
    for muni in municipalities:
        if name_key(muni.name) == name_key(name):
            return muni.id
    known = "、".join(m.name for m in municipalities) or translate("Cli", "none")
    raise CliError(
        translate("Cli", "no municipality named “{name}” (the programme has: {known})").format(
            name=name.strip(), known=known
        )
    )


def _document_path(output: str | None, name: str) -> Path:
    """Where one document goes: ``-o FILE.docx``, else into ``-o FOLDER`` (made if need
    be) or the current folder, under its own *name*."""
    if not output:
        return Path(name)
    out = Path(output)
    if out.suffix.lower() == ".docx" and not out.is_dir():
        return out
    return out / name


def _export_hearing_sheet(args: argparse.Namespace) -> int:
    from dxworkshop.reports.hearing_sheet_docx import hearing_sheet_file_name, write_hearing_sheet
    from dxworkshop.services.hearing_sheet import sheet_data
    from dxworkshop.store.readonly import open_readonly

    if not args.municipality:
        raise CliError(translate("Cli", "--report hearing-sheet needs --municipality NAME"))
    with open_readonly(Path(args.file)) as workshop:
        data = sheet_data(workshop, _municipality_id(workshop, args.municipality), blank=args.blank)
    out = _document_path(args.output, hearing_sheet_file_name(data))
    with _writing(out, args.force):
        write_hearing_sheet(data, out)
    print(translate("Cli", "wrote {path}").format(path=out))
    return EXIT_OK


def _supervisor_id(workshop: Workshop, name: str) -> int:
    from dxworkshop.domain.enums import Role
    from dxworkshop.domain.names import name_key
    from dxworkshop.services.people import list_people

    supervisors = list_people(workshop, Role.SUPERVISOR)
    found = [p for p in supervisors if name_key(p.name) == name_key(name)]
    if len(found) == 1:
        return found[0].id
    if found:
        raise CliError(
            translate("Cli", "more than one supervisor is named “{name}”").format(name=name.strip())
        )
    known = "、".join(p.name for p in supervisors) or translate("Cli", "none")
    raise CliError(
        translate("Cli", "no supervisor named “{name}” (the programme has: {known})").format(
            name=name.strip(), known=known
        )
    )


def _round_id(workshop: Workshop, number: int) -> int:
    from dxworkshop.services.feedback import list_rounds

    rounds = list_rounds(workshop)
    for row in rounds:
        if row.number == number:
            return row.id
    known = ", ".join(str(r.number) for r in rounds) or translate("Cli", "none")
    raise CliError(
        translate("Cli", "no feedback round {number} (the programme has: {known})").format(
            number=number, known=known
        )
    )


def _export_feedback_form(args: argparse.Namespace) -> int:
    from dxworkshop.reports.feedback_form_docx import (
        feedback_form_file_name,
        write_feedback_form,
    )
    from dxworkshop.services.feedback_form import form_data
    from dxworkshop.store.readonly import open_readonly

    if not args.supervisor or args.round is None:
        raise CliError(
            translate("Cli", "--report feedback-form needs --supervisor NAME and --round N")
        )
    with open_readonly(Path(args.file)) as workshop:
        data = form_data(
            workshop, _supervisor_id(workshop, args.supervisor), _round_id(workshop, args.round)
        )
    out = _document_path(args.output, feedback_form_file_name(data))
    with _writing(out, args.force):
        write_feedback_form(data, out)
    print(
        translate("Cli", "wrote {path} ({count} trainee(s))").format(
            path=out, count=len(data.entries)
        )
    )
    return EXIT_OK


def _report_scope(args: argparse.Namespace, roster: Roster) -> Scope:
    """The scope of a report from --trainee / --supervisor / --municipality / --all."""
    from dxworkshop.domain.names import name_key
    from dxworkshop.services.export import Scope, ScopeKind

    report = args.report
    given = [
        flag
        for flag, value in (
            ("--trainee", args.trainee),
            ("--supervisor", args.supervisor),
            ("--municipality", args.municipality),
            ("--all", args.all),
        )
        if value
    ]
    if report == "programme":
        if set(given) - {"--all"}:
            raise CliError(
                translate(
                    "Cli", "--report programme covers the whole programme: use --all or nothing"
                )
            )
        return Scope.everyone()
    allowed = {
        "supervisor-summary": ("--trainee", "--supervisor", "--municipality", "--all"),
        "municipality": ("--municipality", "--all"),
    }[report]
    if args.trainee and args.municipality and report == "supervisor-summary":
        given.remove("--municipality")  # --municipality narrows down --trainee
    if len(given) != 1 or given[0] not in allowed:
        raise CliError(
            translate("Cli", "--report {report} needs one of {flags}").format(
                report=report, flags=" | ".join(allowed)
            )
        )
    if args.all:
        return Scope.everyone()
    muni_id = None
    if args.municipality:
        found = [
            mid
            for mid, name in roster.municipalities
            if name_key(name) == name_key(args.municipality)
        ]
        if not found:
            known = "、".join(name for _mid, name in roster.municipalities) or translate(
                "Cli", "none"
            )
            raise CliError(
                translate(
                    "Cli", "no municipality named “{name}” (the programme has: {known})"
                ).format(name=args.municipality.strip(), known=known)
            )
        muni_id = found[0]
    if args.trainee:
        trainees = [
            t
            for t in roster.trainees
            if name_key(t.name) == name_key(args.trainee)
            and (muni_id is None or t.municipality_id == muni_id)
        ]
        if not trainees:
            raise CliError(
                translate("Cli", "no trainee named “{name}”").format(name=args.trainee.strip())
            )
        if len(trainees) > 1:
            where = "、".join(t.municipality_name or "?" for t in trainees)
            raise CliError(
                translate(
                    "Cli",
                    "more than one trainee is named “{name}” ({where}): add --municipality NAME",
                ).format(name=args.trainee.strip(), where=where)
            )
        return Scope(ScopeKind.TRAINEE, trainees[0].id)
    if args.supervisor:
        bosses = [
            sid for sid, name in roster.supervisors if name_key(name) == name_key(args.supervisor)
        ]
        if not bosses:
            raise CliError(
                translate("Cli", "no supervisor of a trainee is named “{name}”").format(
                    name=args.supervisor.strip()
                )
            )
        if len(bosses) > 1:
            raise CliError(
                translate("Cli", "more than one supervisor is named “{name}”").format(
                    name=args.supervisor.strip()
                )
            )
        return Scope(ScopeKind.SUPERVISOR, bosses[0])
    assert muni_id is not None
    return Scope(ScopeKind.MUNICIPALITY, muni_id)


def _export_reports(args: argparse.Namespace) -> int:
    """supervisor-summary, municipality, programme: one or many documents into a folder."""
    from dxworkshop.reports.docstyle import GOTHIC, MINCHO
    from dxworkshop.reports.report_writer import ReportWriter
    from dxworkshop.services.export import (
        DocumentsExist,
        book_for,
        find_soffice,
        load_roster,
        plan_export,
        run_export,
    )
    from dxworkshop.store.readonly import open_readonly

    if args.blank or args.round is not None:
        raise CliError(
            translate("Cli", "--blank and --round do not apply to --report {report}").format(
                report=args.report
            )
        )
    with open_readonly(Path(args.file)) as workshop:
        roster = load_roster(workshop)
        scope = _report_scope(args, roster)
        plan = plan_export(roster, args.report, scope)
        book = book_for(workshop, plan)
    writer = ReportWriter(
        book, font=MINCHO if args.font == "mincho" else GOTHIC, wareki=args.wareki
    )
    out = Path(args.output) if args.output else Path.cwd()
    if out.suffix.lower() == ".docx" and not out.is_dir():
        if len(plan.items) != 1:
            raise CliError(
                translate("Cli", "{count} documents: -o must name a folder, not {name}").format(
                    count=len(plan.items), name=out.name
                )
            )
        folder, single = out.parent, out.name
    else:
        folder, single = out, None
    if args.pdf and find_soffice() is None:
        raise CliError(translate("Cli", "--pdf needs LibreOffice (soffice) on the PATH"))

    class _Named:
        """The report writer, writing the one document under the name -o gave."""

        def file_name(self, item: ExportItem) -> str:
            return single or writer.file_name(item)

        def write(self, item: ExportItem, path: Path) -> Path:
            return writer.write(item, path)

    try:
        result = run_export(plan, folder, _Named(), pdf=args.pdf, replace=args.force)
    except DocumentsExist as exc:
        names = ", ".join(p.name for p in exc.paths[:5]) + (", …" if len(exc.paths) > 5 else "")
        template = (
            translate(
                "Cli",
                "{folder}: {count} document already exists ({names}); nothing was written "
                "(--force replaces them)",
            )
            if len(exc.paths) == 1
            else translate(
                "Cli",
                "{folder}: {count} documents already exist ({names}); nothing was written "
                "(--force replaces them)",
            )
        )
        raise CliError(template.format(folder=folder, count=len(exc.paths), names=names)) from None
    for path in result.written:
        print(translate("Cli", "wrote {path}").format(path=path))
    for path in result.pdfs:
        print(translate("Cli", "wrote {path}").format(path=path))
    for failure in result.failures:
        print(
            translate("Cli", "failed: {label}: {reason}").format(
                label=failure.label, reason=failure.reason
            ),
            file=sys.stderr,
        )
    if result.failures:
        raise CliError(
            translate("Cli", "{failed} of {total} documents could not be written").format(
                failed=len(result.failures), total=result.total
            )
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    exporters: dict[str, Callable[[argparse.Namespace], int]] = {
        "hearing-sheet": _export_hearing_sheet,
        "feedback-form": _export_feedback_form,
        "supervisor-summary": _export_reports,
        "municipality": _export_reports,
        "programme": _export_reports,
    }
    return exporters[args.report](args)


def _import_feedback_form(args: argparse.Namespace) -> int:
    from dxworkshop.services.feedback_form import import_form
    from dxworkshop.store.workshop import Workshop

    with Workshop.open(Path(args.file), backup_root=_backup_root()) as workshop:
        outcome = import_form(workshop, Path(args.sheet), dry_run=args.dry_run)
    plan = outcome.plan
    print((translate("Cli", "dry run: ") if args.dry_run else "") + plan.summary())
    for entry in plan.entries:
        for change in entry.changes:
            line = f"  {entry.trainee_name} {change.label}: {change.old_text or '—'} → "
            print(line + change.new_text.replace("\n", " "))
    for warning in plan.warnings:
        print(translate("Cli", "warning: {warning}").format(warning=warning), file=sys.stderr)
    return EXIT_OK


def cmd_import_form(args: argparse.Namespace) -> int:
    from dxworkshop.services.forms.identity import FormRefused, form_kind
    from dxworkshop.services.hearing_sheet import import_sheet
    from dxworkshop.store.workshop import Workshop

    path = Path(args.sheet)
    try:
        kind = form_kind(path)
    except FormRefused as exc:
        if exc.reason != "not_a_form":
            raise
        raise CliError(
            translate(
                "Cli",
                "{name}: not a hearing sheet or feedback request form made by dxworkshop "
                "(no form properties)",
            ).format(name=path.name)
        ) from None
    if kind == "feedback-form":
        return _import_feedback_form(args)
    if kind != "hearing-sheet":
        raise CliError(
            translate("Cli", "{name}: a {kind} form cannot be imported").format(
                name=path.name, kind=kind
            )
        )
    with Workshop.open(Path(args.file), backup_root=_backup_root()) as workshop:
        outcome = import_sheet(workshop, Path(args.sheet), dry_run=args.dry_run)
    plan = outcome.plan
    print((translate("Cli", "dry run: ") if args.dry_run else "") + plan.summary())
    for field in plan.field_changes:
        print(f"  {field.field}: {field.old_text or '—'} → {field.new_text}")
    for change in plan.answer_changes:
        print(f"  {change.question_text}: {change.old_text or '—'} → {change.new_text}")
    for warning in plan.warnings:
        print(translate("Cli", "warning: {warning}").format(warning=warning), file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dxworkshop",
        description=translate(
            "Cli", "Headless commands of dxworkshop (run without a command to open the app)."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"dxworkshop {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("new", help=translate("Cli", "create a workshop file for a new programme"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", required=True, help=translate("Cli", "programme name"))
    p.add_argument("--fiscal-year", type=int, help=translate("Cli", "年度, e.g. 2026"))
    p.add_argument("--organiser", help=translate("Cli", "organiser, e.g. 岡山県"))
    p.add_argument(
        "--start-date",
        type=_date,
        help=translate("Cli", "first day (YYYY-MM-DD): generates the schedule"),
    )
    p.add_argument(
        "--prefecture",
        help=translate(
            "Cli",
            "the prefecture the programme belongs to, e.g. 岡山県: rosters may then name "
            "its municipalities without a 団体コード",
        ),
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser(
        "import-roster", help=translate("Cli", "import people from an Excel (.xlsx) or CSV roster")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("roster", metavar="ROSTER")
    p.add_argument("--sheet", help=translate("Cli", "worksheet name (default: the first)"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "show what would happen, change nothing"),
    )
    p.set_defaults(func=cmd_import_roster)

    p = sub.add_parser(
        "check", help=translate("Cli", "check a workshop file's integrity, version and contents")
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "dump", help=translate("Cli", "write the programme as JSON (interchange format v1)")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=translate("Cli", "write to OUT instead of standard output"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace OUT if it exists (never a .dxw)"),
    )
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser(
        "load", help=translate("Cli", "create a workshop file from interchange JSON")
    )
    p.add_argument("json", metavar="JSON")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("demo", help=translate("Cli", "create a realistic demo programme"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=2023)
    p.add_argument(
        "--scale",
        type=_demo_scale,
        default=1,
        metavar="N",
        help=translate(
            "Cli", "N times the programme, 1 to 8 (N× the trainees, municipalities, issues, …)"
        ),
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("export", help=translate("Cli", "write a report or form (Word)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--report", required=True, choices=REPORTS, help=translate("Cli", "what to write")
    )
    p.add_argument(
        "--municipality",
        metavar="NAME",
        help=translate("Cli", "the municipality (hearing-sheet, municipality, supervisor-summary)"),
    )
    p.add_argument(
        "--blank", action="store_true", help=translate("Cli", "without the answers known so far")
    )
    p.add_argument(
        "--supervisor",
        metavar="NAME",
        help=translate("Cli", "the supervisor (feedback-form, supervisor-summary)"),
    )
    p.add_argument(
        "--round",
        type=int,
        metavar="N",
        help=translate("Cli", "the feedback round (feedback-form)"),
    )
    p.add_argument(
        "--trainee", metavar="NAME", help=translate("Cli", "one trainee (supervisor-summary)")
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=translate("Cli", "every trainee or municipality (batch export)"),
    )
    p.add_argument(
        "--font",
        choices=("gothic", "mincho"),
        default="gothic",
        help=translate("Cli", "游ゴシック or ＭＳ 明朝"),
    )
    p.add_argument(
        "--wareki", action="store_true", help=translate("Cli", "dates in 和暦 (令和8年9月1日)")
    )
    p.add_argument(
        "--pdf",
        action="store_true",
        help=translate("Cli", "also a PDF of each (needs LibreOffice)"),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=translate("Cli", "file or folder to write to (a folder for several)"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace documents of the same name (never a .dxw)"),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import-form",
        help=translate(
            "Cli", "import a filled-in form (a returned hearing sheet or feedback request form)"
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("sheet", metavar="FORM")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "show what would change, change nothing"),
    )
    p.set_defaults(func=cmd_import_form)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dxworkshop",
        description=translate(
            "Cli",
            "dxworkshop: 業務改善・DX実践研修のファシリテーション. "
            "Commands: {commands} (dxworkshop COMMAND --help).",
        ).format(commands=", ".join(SUBCOMMANDS)),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"dxworkshop {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help=translate("Cli", "workshop file (.dxw) to open")
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open a generated demo programme")
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate("Cli", "start, open, show every page, quit (exit 0)"),
    )
    parser.add_argument(
        "--no-error-dialogs",
        action="store_true",
        help=translate("Cli", "log unexpected errors instead of a dialog"),
    )
    return parser


def _database_error_detail(exc: BaseException) -> str | None:
    """One line of what the database said, for an SQLite/SQLAlchemy error; else None.

    Failures of the file itself are typed StoreErrors already; what is left (a constraint
    or trigger of an altered file, a statement the file's layout does not fit) still
    must not print a traceback at the user.
    """
    import sqlite3

    orig: BaseException = exc
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.SQLAlchemyError):
        orig = getattr(exc, "orig", None) or exc
        if orig is exc:
            return " ".join(str(exc).split("\n", 1)[0].split())[:200] or type(exc).__name__
    if not isinstance(orig, sqlite3.Error):
        return None
    return " ".join(str(orig).split())[:200] or type(orig).__name__


def run_command(args: argparse.Namespace) -> int:
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        code = func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except _expected_errors() as exc:
        print(f"dxworkshop {args.command}: {_error_text(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(translate("Cli", "dxworkshop: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``… | head``): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as exc:
        detail = _database_error_detail(exc)
        if detail is None:
            raise  # a bug: its traceback is wanted
        where = (
            getattr(args, "file", None)
            or getattr(args, "json", None)
            or translate("Cli", "the file")
        )
        print(
            translate(
                "Cli", "dxworkshop {command}: {where}: unexpected database error ({detail})"
            ).format(command=args.command, where=where, detail=detail),
            file=sys.stderr,
        )
        return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    with speaking():
        if argv and argv[0] in SUBCOMMANDS:
            return run_command(build_parser().parse_args(argv))
        args = build_gui_parser().parse_args(argv)
    from dxworkshop.ui.app import run_gui

    return run_gui(
        file=Path(args.file) if args.file else None,
        demo=args.demo,
        smoke_test=args.smoke_test,
        error_dialogs=not args.no_error_dialogs,
    )


if __name__ == "__main__":
    sys.exit(main())
