"""Batch export of the Word reports: which documents a scope needs, and writing them.

:func:`plan_export` turns a report type and a scope (one trainee, a supervisor's trainees,
a municipality, everyone) into the list of documents to write; :func:`run_export`
writes them one by one into a folder through a :class:`DocumentWriter` (the reports
layer implements it; services never import it), reporting progress after each document
and checking a cancel flag between documents. The writer saves each document through a
temporary name, so cancelling or a failure never leaves a half-written file; an
optional PDF copy is made with LibreOffice when ``soffice`` is installed (looked for,
never required).

Rules every export keeps: an existing document is replaced only when the caller allows it
(a batch checks every name first and raises :class:`DocumentsExist`), an SQLite database
never (``store.outputs``); what is written is readable by its owner only; the read models
carry only text a document can hold (``domain.text.storable_in``). A spreadsheet or CSV
export, when one is added, passes every text cell through
``domain.text.spreadsheet_safe``: text starting with ``=``, ``+``, ``-`` or ``@`` is stored
as typed and a spreadsheet program would run it as a formula.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from sqlalchemy import select as sa_select
from sqlmodel import col

from dxworkshop.domain.enums import Role
from dxworkshop.domain.names import person_sort_key
from dxworkshop.services.errors import NotFound, ServiceError, ValidationError
from dxworkshop.services.report_data import ReportBook, gather, municipality_sort_key
from dxworkshop.store import models as m
from dxworkshop.store.errors import StoreError
from dxworkshop.store.outputs import (
    DatabaseInTheWay,
    existing_targets,
    place,
    private_folder,
    temporary_beside,
)
from dxworkshop.store.workshop import Workshop

log = logging.getLogger(__name__)

PDF_TIMEOUT_S = 180


class ReportKind(StrEnum):
    SUPERVISOR_SUMMARY = "supervisor-summary"  # 上司向けサマリー, one per trainee
    MUNICIPALITY = "municipality"  # 市町村別サマリー, one per municipality
    PROGRAMME = "programme"  # 研修実施報告書, one


class ScopeKind(StrEnum):
    TRAINEE = "trainee"
    SUPERVISOR = "supervisor"  # the supervisor's trainees
    MUNICIPALITY = "municipality"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Scope:
    kind: ScopeKind
    id: int | None = None  # the trainee, supervisor or municipality

    @classmethod
    def everyone(cls) -> Scope:
        return cls(ScopeKind.ALL)


#: The scopes each report can be asked for.
SCOPES: dict[ReportKind, tuple[ScopeKind, ...]] = {
    ReportKind.SUPERVISOR_SUMMARY: (
        ScopeKind.TRAINEE,
        ScopeKind.SUPERVISOR,
        ScopeKind.MUNICIPALITY,
        ScopeKind.ALL,
    ),
    ReportKind.MUNICIPALITY: (ScopeKind.MUNICIPALITY, ScopeKind.ALL),
    ReportKind.PROGRAMME: (ScopeKind.ALL,),
}


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One document to write: the report, whom it is about, and a readable label."""

    kind: ReportKind
    subject_id: int | None  # trainee or municipality id; None for the programme report
    label: str  # e.g. 倉敷市 山田 太郎
    name_parts: tuple[str, ...]  # what the file name says after the report's title


# --- who can be exported -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RosterTrainee:
    id: int
    name: str
    municipality_id: int | None
    municipality_name: str
    supervisor_id: int | None


@dataclass(frozen=True, slots=True)
class Roster:
    """Who the reports can be about: enough to plan an export and fill the pickers.

    Read with a few light queries (:func:`load_roster`) so the reports page stays quick
    on a prefecture-wide file; the same order as the report book's.
    """

    programme_name: str
    trainees: tuple[RosterTrainee, ...]  # by municipality, then 五十音順
    municipalities: tuple[tuple[int, str], ...]  # with trainees or a hearing
    supervisors: tuple[tuple[int, str], ...]  # people who supervise a trainee, 五十音順


def load_roster(workshop: Workshop) -> Roster:
    with workshop.session() as session:
        conn = session.connection()
        programme = conn.execute(
            sa_select(col(m.Programme.name)).order_by(col(m.Programme.id))
        ).first()
        if programme is None:
            raise NotFound("programme", 1)
        people = {
            row[0]: row
            for row in conn.execute(
                sa_select(
                    col(m.Person.id),
                    col(m.Person.name),
                    col(m.Person.kana),
                    col(m.Person.municipality_id),
                    col(m.Person.supervisor_id),
                ).where(col(m.Person.deleted_at).is_(None))
            ).all()
        }
        trainee_ids = {
            pid
            for (pid,) in conn.execute(
                sa_select(col(m.PersonRole.person_id)).where(
                    col(m.PersonRole.role) == Role.TRAINEE.value
                )
            ).all()
            if pid in people
        }
        munis = {
            row[0]: row
            for row in conn.execute(
                sa_select(
                    col(m.Municipality.id),
                    col(m.Municipality.name),
                    col(m.Municipality.kana),
                    col(m.Municipality.code),
                ).where(col(m.Municipality.deleted_at).is_(None))
            ).all()
        }
        heard = {
            mid
            for (mid,) in conn.execute(
                sa_select(col(m.Hearing.municipality_id)).where(col(m.Hearing.deleted_at).is_(None))
            ).all()
        }

    def muni_key(mid: int | None) -> tuple[object, ...]:
        row = munis.get(mid) if mid is not None else None
        if row is None:
            return (True,)
        return (False, *municipality_sort_key(row[3], row[2], row[1], _id(row[0])))

    def order(pid: int) -> tuple[object, ...]:
        row = people[pid]
        return (muni_key(row[3]), person_sort_key(row[2], row[1]), pid)

    trainees = []
    for pid in sorted(trainee_ids, key=order):
        row = people[pid]
        muni = munis.get(row[3]) if row[3] is not None else None
        boss = row[4] if row[4] in people else None
        trainees.append(
            RosterTrainee(pid, row[1], muni[0] if muni else None, muni[1] if muni else "", boss)
        )
    with_trainees = {t.municipality_id for t in trainees}
    municipalities = tuple(
        (_id(mid), str(munis[mid][1]))
        for mid in sorted(munis, key=muni_key)
        if mid in with_trainees or mid in heard
    )
    boss_ids = {t.supervisor_id for t in trainees if t.supervisor_id is not None}
    supervisors = tuple(
        (pid, people[pid][1])
        for pid in sorted(boss_ids, key=lambda p: (person_sort_key(people[p][2], people[p][1]), p))
    )
    return Roster(programme[0], tuple(trainees), municipalities, supervisors)


def _id(value: int | None) -> int:
    """A primary key read as a column (typed optional, never NULL)."""
    assert value is not None
    return value


def book_roster(book: ReportBook) -> Roster:
    """The roster of a report book already read (the same people, in the same order)."""
    return Roster(
        book.programme.name,
        tuple(
            RosterTrainee(t.id, t.name, t.municipality_id, t.municipality_name, t.supervisor_id)
            for t in book.trainees
        ),
        tuple((mr.id, mr.name) for mr in book.municipalities),
        tuple(book.supervisors.items()),
    )


@dataclass(frozen=True, slots=True)
class ExportPlan:
    kind: ReportKind
    scope: Scope
    items: tuple[ExportItem, ...]


@dataclass(frozen=True, slots=True)
class ExportFailure:
    label: str
    reason: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    folder: Path
    written: tuple[Path, ...]  # the .docx files, in plan order
    pdfs: tuple[Path, ...]
    failures: tuple[ExportFailure, ...]
    cancelled: bool
    total: int


class DocumentWriter(Protocol):
    """What :func:`run_export` needs of the reports layer."""

    def file_name(self, item: ExportItem) -> str:
        """The document's file name (``.docx``), safe on Windows."""
        ...

    def write(self, item: ExportItem, path: Path) -> Path:
        """Write the document to *path* atomically and return it."""
        ...


Progress = Callable[[int, int, str], None]  # (done, total, label of the document just done)


class DocumentsExist(ServiceError):
    """Files of the names the export would write are there already (nothing was written).

    ``paths`` lists them in plan order; pass ``replace=True`` to replace them.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        first = paths[0]
        more = f" and {len(paths) - 1} more" if len(paths) > 1 else ""
        noun = "document already exists" if len(paths) == 1 else "documents already exist"
        super().__init__(f"{len(paths)} {noun}: {first}{more}")
        self.paths = tuple(paths)


class NothingToExport(ServiceError):
    """The scope holds no document of the kind asked for (e.g. a supervisor of nobody)."""

    def __init__(self, kind: ReportKind, scope: Scope) -> None:
        super().__init__(f"nothing to export: no {kind.value} for {scope.kind.value}")
        self.kind = kind
        self.scope = scope


# --- planning --------------------------------------------------------------------------------


def plan_export(roster: Roster, kind: ReportKind | str, scope: Scope) -> ExportPlan:
    """The documents of *kind* that *scope* asks for, in the roster's order.

    Refused (``ValidationError`` on ``scope``): a scope the report has no use for (a
    programme report of one trainee), a scope without its id, or an id that is not a
    trainee, supervisor or municipality of the programme. ``NothingToExport`` when the
    scope is valid but empty.
    """
    kind = ReportKind(kind)
    if scope.kind not in SCOPES[kind]:
        raise ValidationError(
            "scope", "not_for_report", f"a {kind.value} report cannot be made per {scope.kind}"
        )
    if scope.kind != ScopeKind.ALL and scope.id is None:
        raise ValidationError("scope", "missing", f"choose a {scope.kind.value}")
    items: list[ExportItem]
    if kind == ReportKind.PROGRAMME:
        name = roster.programme_name
        items = [ExportItem(kind, None, name, (name,))]
    elif kind == ReportKind.MUNICIPALITY:
        munis = list(roster.municipalities)
        if scope.kind == ScopeKind.MUNICIPALITY:
            _known_municipality(roster, scope.id)
            munis = [mu for mu in munis if mu[0] == scope.id]
        items = [ExportItem(kind, mid, name, (name,)) for mid, name in munis]
    else:
        items = [
            ExportItem(
                kind,
                t.id,
                " ".join(p for p in (t.municipality_name, t.name) if p),
                (t.municipality_name, "".join(t.name.split())),
            )
            for t in _trainees_in(roster, scope)
        ]
    if not items:
        raise NothingToExport(kind, scope)
    return ExportPlan(kind, scope, tuple(items))


def book_for(workshop: Workshop, plan: ExportPlan, *, today: dt.date | None = None) -> ReportBook:
    """The read models *plan* needs: some trainees' supervisor summaries read those
    trainees alone (one trainee's document costs what it costs on a small programme); a
    batch of every trainee, and every other report, reads the programme once."""
    if plan.kind == ReportKind.SUPERVISOR_SUMMARY and plan.scope.kind != ScopeKind.ALL:
        ids = [i.subject_id for i in plan.items if i.subject_id is not None]
        return gather(workshop, today=today, trainee_ids=ids)
    return gather(workshop, today=today)


def _known_municipality(roster: Roster, municipality_id: int | None) -> None:
    if not any(mid == municipality_id for mid, _ in roster.municipalities):
        raise ValidationError(
            "scope", "unknown", f"no municipality with id {municipality_id} in the programme"
        )


def _trainees_in(roster: Roster, scope: Scope) -> Sequence[RosterTrainee]:
    if scope.kind == ScopeKind.ALL:
        return roster.trainees
    if scope.kind == ScopeKind.TRAINEE:
        found = [t for t in roster.trainees if t.id == scope.id]
        if not found:
            raise ValidationError("scope", "unknown", f"no trainee with id {scope.id}")
        return found
    if scope.kind == ScopeKind.SUPERVISOR:
        if not any(sid == scope.id for sid, _ in roster.supervisors):
            raise ValidationError("scope", "unknown", f"no supervisor with id {scope.id}")
        return [t for t in roster.trainees if t.supervisor_id == scope.id]
    _known_municipality(roster, scope.id)
    return [t for t in roster.trainees if t.municipality_id == scope.id]


# --- running ---------------------------------------------------------------------------------


def find_soffice() -> str | None:
    """LibreOffice's command (for PDF copies), if it is installed; never required."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (
        Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"))
        / "LibreOffice"
        / "program"
        / "soffice.exe",
        Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    ):
        if candidate.is_file():
            return str(candidate)
    return None


class PdfFailed(ServiceError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: PDF conversion failed ({reason})")
        self.path = path
        self.reason = reason


class PdfConverter:
    """Makes a PDF beside a .docx with LibreOffice, through a private profile and folder.

    The PDF is written into a temporary folder first and then moved next to the
    document, so a cancelled or failed conversion leaves nothing half-written.
    """

    def __init__(self, soffice: str) -> None:
        self.soffice = soffice
        self._work = Path(tempfile.mkdtemp(prefix="dxworkshop-pdf-"))

    def convert(self, docx: Path, *, replace: bool = True) -> Path:
        out = self._work / "out"
        out.mkdir(exist_ok=True)
        profile = (self._work / "profile").as_uri()
        try:
            done = subprocess.run(
                [
                    self.soffice,
                    "--headless",
                    "--norestore",
                    f"-env:UserInstallation={profile}",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(out),
                    str(docx),
                ],
                capture_output=True,
                timeout=PDF_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise PdfFailed(docx, str(exc)) from exc
        made = out / (docx.stem + ".pdf")
        if done.returncode != 0 or not made.is_file():
            reason = (done.stderr or done.stdout).decode(errors="replace").strip()
            raise PdfFailed(docx, reason or f"exit {done.returncode}")
        target = docx.with_suffix(".pdf")
        # Copied beside the document first: the temporary folder may be on another drive.
        tmp = temporary_beside(target)
        try:
            shutil.copyfile(made, tmp)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            made.unlink(missing_ok=True)
        return place(tmp, target, replace=replace)

    def close(self) -> None:
        shutil.rmtree(self._work, ignore_errors=True)


def _unique(name: str, used: set[str]) -> str:
    """A second document of the same name (two 山田 太郎 in one town) gets (2), (3) …."""
    stem, dot, suffix = name.rpartition(".")
    candidate = name
    n = 2
    while candidate.casefold() in used:
        candidate = f"{stem}({n}){dot}{suffix}"
        n += 1
    used.add(candidate.casefold())
    return candidate


def planned_paths(
    plan: ExportPlan, folder: Path, file_name: Callable[[ExportItem], str]
) -> tuple[Path, ...]:
    """Where each document of *plan* goes in *folder*, in plan order (what run_export writes)."""
    used: set[str] = set()
    return tuple(Path(folder) / _unique(file_name(item), used) for item in plan.items)


def files_in_the_way(
    plan: ExportPlan, folder: Path, file_name: Callable[[ExportItem], str], *, pdf: bool = False
) -> tuple[list[Path], list[Path]]:
    """(existing files the export would replace, those that are SQLite databases, which it
    never replaces), in plan order; with *pdf* the PDF copies count too."""
    paths: list[Path] = []
    for path in planned_paths(plan, folder, file_name):
        paths.append(path)
        if pdf:
            paths.append(path.with_suffix(".pdf"))
    return existing_targets(paths)


def _reason(exc: BaseException) -> str:
    """What a failed document's line says after its label: one line."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def run_export(
    plan: ExportPlan,
    folder: Path,
    writer: DocumentWriter,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    pdf: bool = False,
    soffice: str | None = None,
    replace: bool = False,
) -> ExportResult:
    """Write every document of *plan* into *folder* (created if missing, owner-only).

    Before anything is written: an SQLite database at a document's name is refused
    (``DatabaseInTheWay``, never replaced) and so are other existing files unless
    *replace* (``DocumentsExist``, naming them all). *cancelled* is asked before each
    document: once it says yes, no further document is started and those already written
    stay complete. A document that cannot be written (open in Word on Windows, a folder
    of its name, text the writer refuses — any exception of the writer) is noted in
    ``failures`` and the export goes on. With *pdf*, each document also gets a PDF copy
    when LibreOffice is found.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValidationError("folder", "not_a_folder", f"{folder} is not a folder")
    if folder.is_dir():
        existing, databases = files_in_the_way(plan, folder, writer.file_name, pdf=pdf)
        if databases:
            raise DatabaseInTheWay(databases[0])
        if existing and not replace:
            raise DocumentsExist(existing)
    command: str | None = None
    if pdf:
        command = soffice or find_soffice()
        if command is None:
            raise ValidationError("pdf", "no_libreoffice", "LibreOffice (soffice) is not installed")
    try:
        private_folder(folder)
    except OSError as exc:
        raise ValidationError("folder", "unwritable", f"{folder}: {exc.strerror or exc}") from exc
    if not folder.is_dir():
        raise ValidationError("folder", "not_a_folder", f"{folder} is not a folder")
    converter = PdfConverter(command) if command is not None else None
    written: list[Path] = []
    pdfs: list[Path] = []
    failures: list[ExportFailure] = []
    total = len(plan.items)
    stopped = False
    paths = planned_paths(plan, folder, writer.file_name)
    try:
        for done, (item, path) in enumerate(zip(plan.items, paths, strict=True), start=1):
            if cancelled is not None and cancelled():
                stopped = True
                break
            try:
                written.append(writer.write(item, path))
            except Exception as exc:
                # INFO, not WARNING: with no log handler (the CLI) a warning's traceback
                # would reach the terminal; the failure itself is reported by the caller.
                log.info("could not write %s", path, exc_info=not isinstance(exc, OSError))
                failures.append(ExportFailure(item.label, _reason(exc)))
            else:
                if converter is not None:
                    try:
                        pdfs.append(converter.convert(path, replace=replace))
                    except (PdfFailed, StoreError) as exc:
                        failures.append(ExportFailure(item.label, str(exc)))
                    except Exception as exc:
                        log.info("could not make the PDF of %s", path, exc_info=True)
                        failures.append(ExportFailure(item.label, _reason(exc)))
            if progress is not None:
                progress(done, total, item.label)
    finally:
        if converter is not None:
            converter.close()
    return ExportResult(folder, tuple(written), tuple(pdfs), tuple(failures), stopped, total)
