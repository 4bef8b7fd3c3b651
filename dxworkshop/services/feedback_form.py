"""The feedback request form (フィードバック依頼票) round trip, one per supervisor and round.

A supervisor never opens the app: they get a Word document (written by
``reports.feedback_form_docx`` from :func:`form_data`) showing each of *their* trainees'
plan version in A3 order, with the rubric and comment fields to fill in, and send it
back; :func:`plan_form_import` reads it and says what would change, and
:func:`apply_form_import` applies that in one transaction (undone by
:func:`undo_form_import`).

How a returned form is recognised — the scheme of ``services.forms`` (shared with
the hearing sheet): custom properties name the form, its layout version, the programme, the round
and the supervisor, and a fingerprint of the entries; each trainee's feedback table
starts with a hidden ``[[dx:fb:<version id>:<content fingerprint>]]``; its rows carry
``[[dx:rate:<rubric item id>:<signature>]]``, ``[[dx:good]]``, ``[[dx:improve]]``,
``[[dx:support]]`` and ``[[dx:decision]]``, the answer being the last cell of the row.
From layout version 2 on the properties carry ``dxworkshop.signature`` (the keyed hash of
``hearing_sheet.properties_signature``), the フィードバック回 and ご依頼先 rows carry
``[[dx:round:<id>:<binding>]]`` and ``[[dx:supervisor:<id>:<binding>]]``, and each
``fb`` marker's fingerprint ends with a binding of the trainee's table to the form's
supervisor and round.

A form says whose and which round it is twice, in its properties and in its body (the
フィードバック回 and ご依頼先 fields, the hidden markers); they must agree, and from version
2 on the signature must match the properties, and each trainee's table must be bound to
this form (a version 1 form: each trainee must be the supervisor's). A form that
contradicts itself is refused (``contradicts``), the message naming the property and the
part of the body that disagree; a round number no round of the programme has is refused as
``unknown_round`` ("round 7 is not a feedback round of this programme").

Refused, with nothing changed: not a .docx; no form properties; another kind of form; a
form of another programme; of another round than the one it is imported into; of a round,
supervisor or plan no longer in the programme; a form whose tables no longer match its
fingerprint (deleted, copied or merged); a rubric item changed since export; a plan
version whose content changed since the form was made (``changed_version``: the
supervisor judged text that is no longer there — export a new form).

Flagged in the preview, and imported: feedback on a version that is no longer the newest
(the trainee brushed the plan up meanwhile; the feedback stays with the version it is
about); ratings or a decision that cannot be read (left as they are). A blank area never
erases what is stored. Characters no document can hold are removed from comments, with a
warning naming the field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain import feedback_rules as rules
from dxworkshop.domain.enums import Decision, FeedbackStatus, ReviewerRole, Role
from dxworkshop.domain.plan_diff import PlanContent
from dxworkshop.domain.text import storable, storable_in, unstorable_character
from dxworkshop.services import ops
from dxworkshop.services import plans as plan_service
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.forms import apply as form_apply
from dxworkshop.services.forms import fields, identity, marks, preview
from dxworkshop.services.forms.fields import PROBLEM_CODES, UnreadableAnswer, same_name
from dxworkshop.services.forms.identity import (
    PROP_SIGNATURE,
    FormRefused,
    marker,
    properties_signature,
    row_binding,
    same_signature,
    signature_agrees,
    signing_key,
)
from dxworkshop.services.forms.marks import CHECKED, UNCHECKED, read_option
from dxworkshop.services.notes import Note, define
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

FORM_KIND = "feedback-form"
#: The layout written: 2 adds the signature property and the identity markers.
FORM_VERSION = "2"
#: The layouts read (a version 1 form has no signature; it is checked for agreement).
READ_VERSIONS = ("1", "2")
#: The labels of the header fields that say which round and whose form it is.
ROUND_LABEL = "フィードバック回"
SUPERVISOR_LABEL = "ご依頼先"
#: Hex digits of a version's content fingerprint in an ``fb`` marker (the binding follows).
_CONTENT_SIG = 16

PROP_ROUND = "dxworkshop.round"
PROP_ROUND_NUMBER = "dxworkshop.round_number"
PROP_SUPERVISOR = "dxworkshop.supervisor"
PROP_SUPERVISOR_NAME = "dxworkshop.supervisor_name"
PROP_ENTRIES = "dxworkshop.entries"

#: The decision options on the form, in order (the document's language is Japanese).
DECISIONS: tuple[tuple[Decision, str], ...] = (
    (Decision.APPROVED, "承認"),
    (Decision.CONDITIONAL, "条件付き承認"),
    (Decision.REWORK, "再検討"),
)
#: Comment rows: marker kind → feedback field.
COMMENT_KINDS: tuple[tuple[str, str], ...] = (
    ("good", "good_points"),
    ("improve", "improvements"),
    ("support", "support"),
)
#: The warnings of a form import (``FormImport.warnings``); ``problem`` is a PROBLEM_CODES note.
WARNING_CODES = define(
    {
        "feedback.other_version_requested": (
            "{trainee}: the feedback was requested on another version; it is kept with version "
            "{version} of the form"
        ),
        "feedback.rating_unreadable": "{trainee}「{item}」: {problem}; left as it is",
        "feedback.decision_unreadable": "{trainee}「判定」: {problem}; left as it is",
        "feedback.newer_version": (
            "{trainee}: the feedback is on version {version}; version {latest} has been made since"
        ),
        "feedback.unstorable_removed": (
            "{trainee}「{label}」: {character} removed (a character no document can hold)"
        ),
    }
)
#: Every code a form import's note can have.
NOTE_CODES = WARNING_CODES | PROBLEM_CODES | preview.NOTE_CODES

FIELD_LABELS: Mapping[str, str] = {
    "good_points": "良い点",
    "improvements": "改善すべき点",
    "support": "上司として行う支援",
    "decision": "判定",
}


# --- what a form holds ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormRubricItem:
    id: int
    name: str
    min: int
    max: int

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(str(v) for v in range(self.min, self.max + 1))

    @property
    def signature(self) -> str:
        return hashlib.sha256(f"{self.name}|{self.min}|{self.max}".encode()).hexdigest()[:8]

    @property
    def marker(self) -> str:
        return marker("rate", self.id, self.signature)


@dataclass(frozen=True, slots=True)
class FormEntry:
    """One trainee on the form: their plan version and the feedback known so far."""

    trainee_id: int
    trainee_name: str
    municipality_name: str
    department_name: str
    issue_title: str
    version: plan_service.VersionDetail
    latest_number: int
    feedback_id: int | None
    ratings: Mapping[int, int]
    good_points: str
    improvements: str
    support: str
    decision: Decision | None
    #: Ties the table to its form's supervisor and round (empty: unsigned, version 1).
    binding: str = ""

    @property
    def fingerprint(self) -> str:
        return content_fingerprint(self.version.content)

    @property
    def marker(self) -> str:
        return marker("fb", self.version.id, self.fingerprint + self.binding)


@dataclass(frozen=True, slots=True)
class FeedbackFormData:
    """Everything a supervisor's form shows, and the properties that identify it."""

    programme_key: str
    programme_name: str
    organiser: str
    fiscal_year: int | None
    round_id: int
    round_number: int
    round_title: str
    due: dt.date | None
    supervisor_id: int
    supervisor_name: str
    supervisor_municipality: str
    rubric: tuple[FormRubricItem, ...]
    entries: tuple[FormEntry, ...]
    #: The key the properties are signed with (empty: unsigned, layout version 1).
    signing_key: bytes = dataclasses.field(default=b"", repr=False, compare=False)
    #: Where the programme comes from: its creation date and its file's name.
    programme_created: str = ""
    programme_file: str = ""

    @property
    def round_marker(self) -> str:
        """The hidden marker of the フィードバック回 row (empty on an unsigned form)."""
        if not self.signing_key:
            return ""
        binding = row_binding(self.signing_key, FORM_KIND, "round", self.round_id)
        return marker("round", self.round_id, binding)

    @property
    def supervisor_marker(self) -> str:
        """The hidden marker of the ご依頼先 row (empty on an unsigned form)."""
        if not self.signing_key:
            return ""
        binding = row_binding(self.signing_key, FORM_KIND, "supervisor", self.supervisor_id)
        return marker("supervisor", self.supervisor_id, binding)

    @property
    def fingerprint(self) -> str:
        return entries_fingerprint(
            [(e.version.id, e.fingerprint) for e in self.entries],
            [r.signature for r in self.rubric],
        )

    @property
    def properties(self) -> dict[str, str]:
        props = {
            identity.PROP_FORM: FORM_KIND,
            identity.PROP_VERSION: FORM_VERSION if self.signing_key else "1",
            identity.PROP_PROGRAMME: self.programme_key,
            identity.PROP_PROGRAMME_NAME: self.programme_name,
            PROP_ROUND: str(self.round_id),
            PROP_ROUND_NUMBER: str(self.round_number),
            PROP_SUPERVISOR: str(self.supervisor_id),
            PROP_SUPERVISOR_NAME: self.supervisor_name,
            PROP_ENTRIES: self.fingerprint,
        }
        props |= identity.origin_properties(self.programme_created, self.programme_file)
        if self.signing_key:
            props[PROP_SIGNATURE] = properties_signature(self.signing_key, props)
        return props


def entry_binding(key: bytes, supervisor_id: int, round_id: int, version_id: int) -> str:
    """What ties a trainee's table (its ``fb`` marker) to one supervisor's form of a round."""
    return row_binding(key, FORM_KIND, "fb", supervisor_id, round_id, version_id)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value))


def content_fingerprint(content: PlanContent) -> str:
    """Of a plan version's content: changes when any A3 field or step changes."""
    text = json.dumps(
        dataclasses.asdict(content), sort_keys=True, ensure_ascii=False, default=_json_default
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def entries_fingerprint(entries: Sequence[tuple[int, str]], rubric: Sequence[str]) -> str:
    return identity.fingerprint(
        [f"v{vid}:{fp}" for vid, fp in entries] + [f"r{i}:{sig}" for i, sig in enumerate(rubric)]
    )


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _live_round(session: Session, round_id: int) -> m.FeedbackRound:
    row = session.get(m.FeedbackRound, round_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("feedback round", round_id)
    return row


def _rubric(session: Session) -> tuple[FormRubricItem, ...]:
    rows = session.exec(
        select(m.RubricItem)
        .where(col(m.RubricItem.deleted_at).is_(None))
        .order_by(col(m.RubricItem.position), col(m.RubricItem.id))
    ).all()
    return tuple(FormRubricItem(_id(r.id), r.name, r.min, r.max) for r in rows)


def _supervisor_feedback(
    session: Session, round_id: int, plan_id: int, supervisor_id: int
) -> m.Feedback | None:
    versions = select(m.PlanVersion.id).where(m.PlanVersion.plan_id == plan_id)
    return session.exec(
        select(m.Feedback)
        .where(
            m.Feedback.round_id == round_id,
            m.Feedback.reviewer_id == supervisor_id,
            m.Feedback.role == ReviewerRole.SUPERVISOR.value,
            col(m.Feedback.plan_version_id).in_(versions),
            col(m.Feedback.deleted_at).is_(None),
        )
        .order_by(col(m.Feedback.id))
    ).first()


def form_data(workshop: Workshop, supervisor_id: int, round_id: int) -> FeedbackFormData:
    """The form of one supervisor for one round: only their own trainees with a plan.

    Each trainee's entry shows the version the supervisor's feedback in the round is
    about (the plan's newest version when none was requested yet), with what the
    feedback holds so far.
    """
    with workshop.session() as session:
        key, programme = identity.programme_key(session)
        secret = signing_key(programme)
        rnd = _live_round(session, round_id)
        supervisor = session.get(m.Person, supervisor_id)
        if supervisor is None or supervisor.deleted_at is not None:
            raise NotFound("person", supervisor_id)
        trainee_ids = select(m.PersonRole.person_id).where(m.PersonRole.role == Role.TRAINEE.value)
        trainees = session.exec(
            select(m.Person).where(
                m.Person.supervisor_id == supervisor_id,
                col(m.Person.deleted_at).is_(None),
                col(m.Person.id).in_(trainee_ids),
            )
        ).all()
        munis = {mu.id: mu.name for mu in session.exec(select(m.Municipality)).all()}
        depts = {d.id: d.name for d in session.exec(select(m.Department)).all()}
        rubric = _rubric(session)
        ids = {r.id for r in rubric}
        entries = []
        for trainee in sorted(trainees, key=lambda p: (p.kana or p.name, p.name, p.id or 0)):
            plan = plan_service.current_plan(session, _id(trainee.id))
            if plan is None:
                continue
            latest = plan_service.latest_version(session, _id(plan.id))
            feedback = _supervisor_feedback(session, round_id, _id(plan.id), supervisor_id)
            version = (
                plan_service.version_row(session, feedback.plan_version_id)
                if feedback is not None
                else latest
            )
            detail = plan_service.version_detail(session, version, _id(latest.id))
            issue = session.get(m.Issue, plan.issue_id)
            ratings: dict[int, int] = {}
            if feedback is not None:
                ratings = {
                    r.rubric_item_id: r.value
                    for r in session.exec(
                        select(m.FeedbackRating).where(m.FeedbackRating.feedback_id == feedback.id)
                    ).all()
                    if r.rubric_item_id in ids
                }
            entries.append(
                FormEntry(
                    trainee_id=_id(trainee.id),
                    trainee_name=trainee.name,
                    municipality_name=munis.get(trainee.municipality_id, "")
                    if trainee.municipality_id is not None
                    else "",
                    department_name=depts.get(trainee.department_id, "")
                    if trainee.department_id is not None
                    else "",
                    issue_title=issue.title if issue is not None else "",
                    version=detail,
                    latest_number=latest.number,
                    feedback_id=feedback.id if feedback is not None else None,
                    ratings=ratings,
                    good_points=feedback.good_points if feedback is not None else "",
                    improvements=feedback.improvements if feedback is not None else "",
                    support=feedback.support if feedback is not None else "",
                    decision=Decision(feedback.decision)
                    if feedback is not None and feedback.decision
                    else None,
                    binding=entry_binding(secret, supervisor_id, round_id, _id(version.id)),
                )
            )
        if not entries:
            raise ValidationError(
                "supervisor", "no_trainees", f"{supervisor.name} has no trainee with a plan"
            )
        # A file altered outside the app may hold text no document can: dropped here.
        return storable_in(
            FeedbackFormData(
                programme_key=key,
                programme_name=programme.name,
                programme_created=programme.created_at.date().isoformat(),
                programme_file=Path(workshop.path).name,
                organiser=programme.organiser,
                fiscal_year=programme.fiscal_year,
                round_id=_id(rnd.id),
                round_number=rnd.number,
                round_title=rnd.title,
                due=rnd.due,
                supervisor_id=supervisor_id,
                supervisor_name=supervisor.name,
                supervisor_municipality=munis.get(supervisor.municipality_id, "")
                if supervisor.municipality_id is not None
                else "",
                rubric=rubric,
                entries=tuple(entries),
                signing_key=secret,
            )
        )


def rating_text(item: FormRubricItem, value: int | None) -> str:
    chosen = value - item.min if value is not None and item.min <= value <= item.max else None
    return "　".join(
        f"{CHECKED if i == chosen else UNCHECKED} {label}" for i, label in enumerate(item.labels)
    )


def decision_text(decision: Decision | None) -> str:
    return "　".join(f"{CHECKED if d == decision else UNCHECKED} {label}" for d, label in DECISIONS)


# --- reading a returned form ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReturnedEntry:
    version_id: int
    fingerprint: str
    ratings: Mapping[int, tuple[str, str]]  # rubric item id → (signature, raw text)
    comments: Mapping[str, str]  # feedback field → text
    decision: str | None  # raw text; None: the row is not on the form
    binding: str = ""  # what follows the content fingerprint in the marker (version 2)


@dataclass(frozen=True, slots=True)
class ReturnedForm:
    path: Path
    properties: Mapping[str, str]
    entries: tuple[ReturnedEntry, ...]
    #: What the フィードバック回 and ご依頼先 fields of the body say, as seen.
    round_texts: tuple[str, ...] = ()
    supervisor_texts: tuple[str, ...] = ()
    #: The ``[[dx:round:…]]`` and ``[[dx:supervisor:…]]`` markers: (id, binding).
    round_markers: tuple[tuple[int, str], ...] = ()
    supervisor_markers: tuple[tuple[int, str], ...] = ()
    #: What the form holds that no field takes (:mod:`~dxworkshop.services.forms.preview`).
    notes: tuple[Note, ...] = ()


def _refuse(path: Path, reason: str, message: str, detail: str = "") -> FormRefused:
    return FormRefused(path, reason, message, detail)


def read_form(path: Path) -> ReturnedForm:
    """Read a returned form's properties and answer areas; FormRefused when it is not one."""
    path = Path(path)
    document, props = identity.open_form(path)
    if props[identity.PROP_FORM] != FORM_KIND:
        kind = props[identity.PROP_FORM]
        raise _refuse(path, "other_form", f"a {kind} form, not a feedback request form", kind)
    if props.get(identity.PROP_VERSION) not in READ_VERSIONS:
        raise _refuse(
            path,
            "layout",
            f"form version {props.get(identity.PROP_VERSION)!r} is not one this reads",
        )
    found_entries: list[dict[str, Any]] = []
    seen: set[int] = set()
    comment_fields = dict(COMMENT_KINDS)
    header: dict[str, list[str]] = {ROUND_LABEL: [], SUPERVISOR_LABEL: []}
    identity_markers: dict[str, list[tuple[int, str]]] = {"round": [], "supervisor": []}
    notes: list[Note] = []
    for table in document.tables:
        current: dict[str, Any] | None = None  # the trainee whose table this is
        for row in table.rows:
            cells = fields.row_cells(row)
            if not cells:
                continue
            label = fields.visible_text(cells[0]) if len(cells) >= 2 else ""
            if current is None and label in header:
                header[label].append(fields.visible_text(cells[-1]))
            found = identity.MARKER.search(cells[0].text)
            if found is None:
                continue
            kind, ident, sig = found.group(1), found.group(2), found.group(3)
            if kind in identity_markers and ident is not None:
                identity_markers[kind].append((int(ident), sig))
                continue
            if kind == "fb" and ident is not None:
                vid = int(ident)
                if vid in seen:
                    raise _refuse(path, "layout", "a trainee appears twice (tables were copied)")
                seen.add(vid)
                current = {
                    "version_id": vid,
                    "fingerprint": sig[:_CONTENT_SIG],
                    "binding": sig[_CONTENT_SIG:],
                    "ratings": {},
                    "comments": {},
                }
                current["decision"] = None
                current["heading"] = preview.heading_above(document, table)
                found_entries.append(current)
                continue
            if current is None:
                continue
            if len(cells) < 2:
                raise _refuse(
                    path, "layout", "an answer cell is missing (cells were merged or deleted)"
                )
            answer = fields.visible_text(cells[-1])
            if kind == "rate" and ident is not None:
                if int(ident) in current["ratings"]:
                    raise _refuse(path, "layout", "a rating row appears twice (rows were copied)")
                current["ratings"][int(ident)] = (sig, answer)
            elif kind in comment_fields or kind == "decision":
                field = comment_fields.get(kind, "decision")
                store = current["comments"] if field != "decision" else current
                taken = store.get(field)
                if taken is None or (not taken and answer):
                    store[field] = answer  # the first row, or the copy of a blank one
                elif answer and answer != taken:
                    # A copied row: the first answer is read, the copy's is said.
                    notes.append(
                        Note.of(
                            "form.row_repeated",
                            where=f"{current['heading']} ▸ 「{FIELD_LABELS[field]}」",
                            text=preview.quote(answer),
                        )
                    )
    entries = tuple(
        ReturnedEntry(**{k: v for k, v in e.items() if k != "heading"}) for e in found_entries
    )
    notes += preview.document_notes(document)
    return ReturnedForm(
        path,
        props,
        entries,
        tuple(header[ROUND_LABEL]),
        tuple(header[SUPERVISOR_LABEL]),
        tuple(identity_markers["round"]),
        tuple(identity_markers["supervisor"]),
        tuple(notes),
    )


# --- the import plan ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormChange:
    """One value a returned form changes: a comment, the decision or a rating."""

    field: str  # good_points, improvements, support, decision, or "rating:<item id>"
    label: str
    old_text: str
    new_text: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class EntryImport:
    trainee_id: int
    trainee_name: str
    plan_id: int
    version_id: int
    version_number: int
    latest_number: int
    feedback_id: int | None  # None: a feedback record is created for it
    changes: tuple[FormChange, ...]
    unchanged: int
    status_before: FeedbackStatus | None
    status_after: FeedbackStatus

    @property
    def newer_version_exists(self) -> bool:
        return self.latest_number > self.version_number


@dataclass(frozen=True, slots=True)
class FormImport:
    """What importing a returned form changes (a preview until applied)."""

    path: Path
    programme_name: str
    round_id: int
    round_number: int
    round_title: str
    supervisor_id: int
    supervisor_name: str
    entries: tuple[EntryImport, ...]
    warnings: tuple[Note, ...] = ()  # codes of WARNING_CODES
    dry_run: bool = True

    @property
    def changes(self) -> int:
        return sum(len(e.changes) for e in self.entries)

    @property
    def changed(self) -> bool:
        return any(
            e.changes or (e.feedback_id is not None and e.status_before != e.status_after)
            for e in self.entries
        )

    def summary(self) -> str:
        parts = [
            f"feedback of {self.supervisor_name} (round {self.round_number}): "
            f"{self.changes} value(s) changed for {len(self.entries)} trainee(s)"
        ]
        created = sum(1 for e in self.entries if e.feedback_id is None and e.changes)
        if created:
            parts.append(f"{created} feedback record(s) created")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning(s)")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class EntryResult:
    feedback_id: int
    created: bool
    old_fields: Mapping[str, Any]
    new_fields: Mapping[str, Any]
    old_ratings: Mapping[int, int | None]
    new_ratings: Mapping[int, int | None]
    old_status: FeedbackStatus
    new_status: FeedbackStatus


@dataclass(frozen=True, slots=True)
class FormImportResult:
    """What was written, with the values before, so the import can be undone and redone."""

    entries: tuple[EntryResult, ...]


def _int_prop(form: ReturnedForm, name: str) -> int:
    try:
        return int(form.properties.get(name, ""))
    except ValueError:
        raise _refuse(form.path, "layout", f"its {name} property is damaged") from None


_ROUND_NUMBER = re.compile(r"第\s*(\d{1,9})\s*回")
_HONORIFIC = re.compile(r"(様|さま|殿)$")


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def _contradicts(path: Path, message: str, detail: str) -> FormRefused:
    return _refuse(path, "contradicts", message, detail)


def _body_round(form: ReturnedForm) -> int:
    """The round number the form's フィードバック回 field says."""
    path = form.path
    numbers = set()
    for text in form.round_texts:
        found = _ROUND_NUMBER.search(unicodedata.normalize("NFKC", text))
        if found is None:
            raise _contradicts(
                path, f"the form's {ROUND_LABEL} field ({text}) names no round", ROUND_LABEL
            )
        numbers.add(int(found.group(1)))
    if not numbers:
        raise _refuse(path, "layout", f"the form's {ROUND_LABEL} row is missing", ROUND_LABEL)
    if len(numbers) > 1:
        raise _contradicts(
            path, f"the form's {ROUND_LABEL} fields name different rounds", ROUND_LABEL
        )
    return numbers.pop()


def _check_version(form: ReturnedForm, secret: bytes, round_id: int, supervisor_id: int) -> None:
    """The layout agrees with the version property; version 2 on, the identity markers
    agree with the properties and the signature matches them."""
    props, path = form.properties, form.path
    bound = any(e.binding for e in form.entries)
    if props.get(identity.PROP_VERSION) == "1":
        if PROP_SIGNATURE in props or form.round_markers or form.supervisor_markers or bound:
            raise _contradicts(
                path,
                f"its {identity.PROP_VERSION} property (1) disagrees with the form's layout "
                "(it was made signed, by version 2)",
                identity.PROP_VERSION,
            )
        return
    for kind, prop, label, marked, ident in (
        ("round", PROP_ROUND, ROUND_LABEL, form.round_markers, round_id),
        ("supervisor", PROP_SUPERVISOR, SUPERVISOR_LABEL, form.supervisor_markers, supervisor_id),
    ):
        found = set(marked)
        if len(found) != 1:
            raise _contradicts(
                path,
                f"the form's {label} row has "
                + ("no hidden marker" if not found else "the hidden markers of several forms"),
                label,
            )
        ((marker_id, binding),) = found
        if marker_id != ident:
            raise _contradicts(
                path,
                f"its {prop} property ({ident}) disagrees with the form's {label} row "
                f"(its hidden marker names {kind} {marker_id})",
                prop,
            )
        if not same_signature(binding, row_binding(secret, FORM_KIND, kind, ident)):
            raise _contradicts(
                path, f"the form's {label} row carries a marker that is not of this form", label
            )
    if PROP_SIGNATURE not in props:
        raise _contradicts(
            path, f"its {PROP_SIGNATURE} property is missing (removed by hand?)", PROP_SIGNATURE
        )
    if not signature_agrees(secret, props):
        raise _contradicts(
            path,
            f"its properties were changed after the form was made ({PROP_SIGNATURE} does not "
            "match them)",
            PROP_SIGNATURE,
        )


def _check_identity(
    form: ReturnedForm, session: Session, round_id: int | None
) -> tuple[m.FeedbackRound, m.Person, m.Programme]:
    props, path = form.properties, form.path
    key, programme = identity.programme_key(session)
    if props.get(identity.PROP_PROGRAMME) != key:
        name = identity.other_programme(props, programme)
        raise _refuse(path, "other_programme", f"a form of another programme ({name})", name)
    form_round = _int_prop(form, PROP_ROUND)
    number = _int_prop(form, PROP_ROUND_NUMBER)
    supervisor_id = _int_prop(form, PROP_SUPERVISOR)
    name = props.get(PROP_SUPERVISOR_NAME, "")
    # The body: which round and whose form it says it is.
    said = _body_round(form)
    rounds = session.exec(select(m.FeedbackRound)).all()  # the deleted ones too
    numbers = {r.number for r in rounds}
    for stated in (number, said):
        if stated not in numbers:
            raise _refuse(
                path,
                "unknown_round",
                f"round {stated} is not a feedback round of this programme",
                str(stated),
            )
    if said != number:
        raise _contradicts(
            path,
            f"its {PROP_ROUND_NUMBER} property (round {number}) disagrees with the form's "
            f"{ROUND_LABEL} field (round {said})",
            PROP_ROUND_NUMBER,
        )
    addressed = [_HONORIFIC.sub("", _fold(t)) for t in form.supervisor_texts]
    if not addressed:
        raise _refuse(
            path, "layout", f"the form's {SUPERVISOR_LABEL} row is missing", SUPERVISOR_LABEL
        )
    if not name or not all(t.endswith(_fold(name)) for t in addressed):
        raise _contradicts(
            path,
            f"its {PROP_SUPERVISOR_NAME} property ({name}) disagrees with the form's "
            f"{SUPERVISOR_LABEL} field ({', '.join(form.supervisor_texts)})",
            PROP_SUPERVISOR_NAME,
        )
    # The rows the properties name.
    rnd = session.get(m.FeedbackRound, form_round)
    if rnd is None:
        raise _contradicts(
            path,
            f"its {PROP_ROUND} property ({form_round}) names no feedback round; the form's "
            f"{ROUND_LABEL} field says round {number}",
            PROP_ROUND,
        )
    live_numbers = {r.number for r in rounds if r.deleted_at is None}
    if rnd.number != number and number in live_numbers:
        # Renumbered since, or the id changed by hand: the round the form shows must not
        # be another one of the programme.
        raise _contradicts(
            path,
            f"its {PROP_ROUND} property names round {rnd.number} ({rnd.title}); the form's "
            f"{ROUND_LABEL} field says round {number}",
            PROP_ROUND,
        )
    supervisor = session.get(m.Person, supervisor_id)
    if supervisor is None:
        raise _contradicts(
            path,
            f"its {PROP_SUPERVISOR} property ({supervisor_id}) names nobody; the form's "
            f"{SUPERVISOR_LABEL} field says {name}",
            PROP_SUPERVISOR,
        )
    if not same_name(supervisor.name, name):
        others = session.exec(select(m.Person).where(col(m.Person.deleted_at).is_(None))).all()
        if any(same_name(p.name, name) and p.id != supervisor_id for p in others):
            raise _contradicts(
                path,
                f"its {PROP_SUPERVISOR} property names {supervisor.name}; the form's "
                f"{SUPERVISOR_LABEL} field says {name}",
                PROP_SUPERVISOR,
            )
    _check_version(form, signing_key(programme), form_round, supervisor_id)
    if rnd.deleted_at is not None:
        raise _refuse(
            path, "unknown_round", f"round {number} is no longer in the programme", str(number)
        )
    if round_id is not None and round_id != form_round:
        raise _refuse(
            path,
            "other_round",
            f"a form of round {rnd.number} ({rnd.title}), not of the round chosen",
            f"{rnd.number}",
        )
    if supervisor.deleted_at is not None:
        raise _refuse(path, "unknown_supervisor", f"{name} is no longer in the programme", name)
    return rnd, supervisor, programme


def _check_entry(
    form: ReturnedForm,
    returned: ReturnedEntry,
    trainee: m.Person | None,
    supervisor: m.Person,
    rnd: m.FeedbackRound,
    secret: bytes,
) -> None:
    """A trainee's table belongs to this form: bound to it (version 2 on), or (version 1)
    the trainee is the supervisor's."""
    trainee_name = trainee.name if trainee is not None else ""
    if form.properties.get(identity.PROP_VERSION) == "1":
        if trainee is None or trainee.supervisor_id != supervisor.id:
            raise _contradicts(
                form.path,
                f"{trainee_name} on the form is not a trainee of {supervisor.name} (its "
                f"{PROP_SUPERVISOR} property)",
                trainee_name,
            )
        return
    expected = entry_binding(secret, _id(supervisor.id), _id(rnd.id), returned.version_id)
    if not same_signature(returned.binding, expected):
        raise _contradicts(
            form.path,
            f"{trainee_name}'s table is not of this form (its hidden marker was changed or "
            f"copied from another form than {supervisor.name}'s of round {rnd.number})",
            trainee_name,
        )


def _check_layout(form: ReturnedForm, rubric: Mapping[int, FormRubricItem]) -> None:
    path = form.path
    if not form.entries:
        raise _refuse(path, "layout", "no trainee's feedback table was found on the form")
    first = form.entries[0]
    order = list(first.ratings)
    signatures = [sig for sig, _raw in first.ratings.values()]
    expected = form.properties.get(PROP_ENTRIES)
    found = entries_fingerprint([(e.version_id, e.fingerprint) for e in form.entries], signatures)
    if found != expected:
        raise _refuse(
            path,
            "layout",
            "the form's tables do not match the form as it was made "
            "(a trainee's table or a rating row was deleted, copied or merged)",
        )
    for entry in form.entries:
        if [s for s, _raw in entry.ratings.values()] != signatures or list(entry.ratings) != order:
            raise _refuse(path, "layout", "the rating rows differ between trainees")
        for item_id, (sig, _raw) in entry.ratings.items():
            item = rubric.get(item_id)
            if item is None or item.signature != sig:
                raise _refuse(
                    path,
                    "rubric_changed",
                    "the rubric has changed since the form was made; send a new form",
                    item.name if item is not None else "",
                )


def _read_rating(item: FormRubricItem, raw: str) -> int | None:
    index = read_option(raw, item.labels)
    return None if index is None else item.min + index


def _read_decision(raw: str) -> Decision | None:
    index = read_option(raw, [label for _d, label in DECISIONS])
    return None if index is None else DECISIONS[index][0]


def _decision_label(decision: Decision | None) -> str:
    return next((label for d, label in DECISIONS if d == decision), "")


def plan_form_import(workshop: Workshop, path: Path, *, round_id: int | None = None) -> FormImport:
    """Read a returned form and work out what importing it changes; changes nothing.

    With *round_id* the form must be of that round. FormRefused says why a form cannot
    be imported at all.
    """
    return plan_read_form(workshop, read_form(Path(path)), round_id=round_id)


def plan_read_form(
    workshop: Workshop, form: ReturnedForm, *, round_id: int | None = None
) -> FormImport:
    """:func:`plan_form_import` of a form already read (:func:`read_form`)."""
    with workshop.session() as session:
        rnd, supervisor, programme = _check_identity(form, session, round_id)
        secret = signing_key(programme)
        rubric = {r.id: r for r in _rubric(session)}
        _check_layout(form, rubric)
        warnings: list[Note] = list(form.notes)
        entries: list[EntryImport] = []
        for returned in form.entries:
            version = session.get(m.PlanVersion, returned.version_id)
            plan = session.get(m.Plan, version.plan_id) if version is not None else None
            if version is None or plan is None or plan.deleted_at is not None:
                raise _refuse(
                    form.path,
                    "unknown_version",
                    "a plan on the form is no longer in the programme",
                )
            latest = plan_service.latest_version(session, _id(plan.id))
            detail = plan_service.version_detail(session, version, _id(latest.id))
            trainee = session.get(m.Person, plan.trainee_id)
            trainee_name = trainee.name if trainee is not None else ""
            _check_entry(form, returned, trainee, supervisor, rnd, secret)
            if content_fingerprint(detail.content) != returned.fingerprint:
                raise _refuse(
                    form.path,
                    "changed_version",
                    f"{trainee_name}'s plan (version {version.number}) has changed since the "
                    "form was made; send a new form",
                    trainee_name,
                )
            feedback = _supervisor_feedback(session, _id(rnd.id), _id(plan.id), _id(supervisor.id))
            if feedback is not None and feedback.plan_version_id != version.id:
                warnings.append(
                    Note.of(
                        "feedback.other_version_requested",
                        trainee=trainee_name,
                        version=version.number,
                    )
                )
                feedback = None
            current_ratings: dict[int, int] = {}
            if feedback is not None:
                current_ratings = {
                    r.rubric_item_id: r.value
                    for r in session.exec(
                        select(m.FeedbackRating).where(m.FeedbackRating.feedback_id == feedback.id)
                    ).all()
                }
            changes: list[FormChange] = []
            unchanged = 0
            for item_id, (_sig, raw) in returned.ratings.items():
                item = rubric[item_id]
                try:
                    value = _read_rating(item, raw)
                except UnreadableAnswer as exc:
                    warnings.append(
                        Note.of(
                            "feedback.rating_unreadable",
                            trainee=trainee_name,
                            item=item.name,
                            problem=exc.note,
                        )
                    )
                    continue
                if value is None:
                    if marks.hollow_mark(raw):
                        warnings.append(
                            Note.of(
                                "form.hollow_mark",
                                where=f"{trainee_name} ▸ 「{item.name}」",
                                text=preview.quote(raw),
                            )
                        )
                    continue
                old = current_ratings.get(item_id)
                if old == value:
                    unchanged += 1
                    continue
                changes.append(
                    FormChange(
                        f"rating:{item_id}",
                        item.name,
                        "" if old is None else str(old),
                        str(value),
                        old,
                        value,
                    )
                )
            for field in ("good_points", "improvements", "support"):
                raw = returned.comments.get(field, "")
                bad = unstorable_character(raw)
                if bad is not None:
                    warnings.append(
                        Note.of(
                            "feedback.unstorable_removed",
                            trainee=trainee_name,
                            label=FIELD_LABELS[field],
                            character=bad,
                        )
                    )
                text = _plain(storable(raw))
                if not text:
                    continue
                old_text = getattr(feedback, field) if feedback is not None else ""
                if text == old_text:
                    unchanged += 1
                    continue
                changes.append(
                    FormChange(field, FIELD_LABELS[field], old_text, text, old_text, text)
                )
            if returned.decision:
                try:
                    decision = _read_decision(returned.decision)
                except UnreadableAnswer as exc:
                    warnings.append(
                        Note.of(
                            "feedback.decision_unreadable", trainee=trainee_name, problem=exc.note
                        )
                    )
                    decision = None
                if decision is None and marks.hollow_mark(returned.decision):
                    warnings.append(
                        Note.of(
                            "form.hollow_mark",
                            where=f"{trainee_name} ▸ 「{FIELD_LABELS['decision']}」",
                            text=preview.quote(returned.decision),
                        )
                    )
                old_decision = (
                    Decision(feedback.decision)
                    if feedback is not None and feedback.decision
                    else None
                )
                if decision is not None and decision == old_decision:
                    unchanged += 1
                elif decision is not None:
                    changes.append(
                        FormChange(
                            "decision",
                            FIELD_LABELS["decision"],
                            _decision_label(old_decision),
                            _decision_label(decision),
                            old_decision,
                            decision,
                        )
                    )
            before = FeedbackStatus(feedback.status) if feedback is not None else None
            after = rules.status_with_content(
                before or FeedbackStatus.REQUESTED, bool(changes) or unchanged > 0
            )
            if latest.number > version.number and changes:
                warnings.append(
                    Note.of(
                        "feedback.newer_version",
                        trainee=trainee_name,
                        version=version.number,
                        latest=latest.number,
                    )
                )
            entries.append(
                EntryImport(
                    trainee_id=plan.trainee_id,
                    trainee_name=trainee_name,
                    plan_id=_id(plan.id),
                    version_id=_id(version.id),
                    version_number=version.number,
                    latest_number=latest.number,
                    feedback_id=feedback.id if feedback is not None else None,
                    changes=tuple(changes),
                    unchanged=unchanged,
                    status_before=before,
                    status_after=after,
                )
            )
        return FormImport(
            path=form.path,
            programme_name=programme.name,
            round_id=_id(rnd.id),
            round_number=rnd.number,
            round_title=rnd.title,
            supervisor_id=_id(supervisor.id),
            supervisor_name=supervisor.name,
            entries=tuple(entries),
            warnings=tuple(warnings),
        )


def _plain(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _put_rating(session: Session, feedback_id: int, item_id: int, value: int | None) -> None:
    current = session.get(m.FeedbackRating, (feedback_id, item_id))
    if value is None:
        if current is not None:
            session.delete(current)
    elif current is None:
        session.add(m.FeedbackRating(feedback_id=feedback_id, rubric_item_id=item_id, value=value))
    else:
        current.value = value
        session.add(current)


def _write(
    session: Session,
    row: m.Feedback,
    fields: Mapping[str, Any],
    ratings: Mapping[int, int | None],
    status: FeedbackStatus,
) -> None:
    for field, value in fields.items():
        setattr(row, field, value.value if isinstance(value, Decision) else value)
    for item_id, value in ratings.items():
        _put_rating(session, _id(row.id), item_id, value)
    row.status = status.value
    session.add(row)


def apply_form_import(workshop: Workshop, plan: FormImport) -> FormImportResult:
    """Apply a planned import in one transaction: all of it or, on any error, nothing."""
    results: list[EntryResult] = []
    with workshop.session() as session:
        for entry in plan.entries:
            if not entry.changes and entry.status_before == entry.status_after:
                continue
            if entry.feedback_id is None:
                if not entry.changes:
                    continue
                row = m.Feedback(
                    round_id=plan.round_id,
                    plan_version_id=entry.version_id,
                    reviewer_id=plan.supervisor_id,
                    role=ReviewerRole.SUPERVISOR.value,
                )
                session.add(row)
                session.flush()
                created = True
            else:
                found = session.get(m.Feedback, entry.feedback_id)
                if found is None or found.deleted_at is not None:
                    raise NotFound("feedback", entry.feedback_id)
                row, created = found, False
            fields = {c.field: c.new for c in entry.changes if not c.field.startswith("rating:")}
            old_fields = {
                c.field: c.old for c in entry.changes if not c.field.startswith("rating:")
            }
            ratings = {
                int(c.field.split(":")[1]): c.new
                for c in entry.changes
                if c.field.startswith("rating:")
            }
            old_ratings = {
                int(c.field.split(":")[1]): c.old
                for c in entry.changes
                if c.field.startswith("rating:")
            }
            old_status = FeedbackStatus(row.status)
            _write(session, row, fields, ratings, entry.status_after)
            results.append(
                EntryResult(
                    _id(row.id),
                    created,
                    old_fields,
                    fields,
                    old_ratings,
                    ratings,
                    old_status,
                    entry.status_after,
                )
            )
        session.commit()
    return FormImportResult(tuple(results))


def undo_form_import(workshop: Workshop, result: FormImportResult) -> None:
    with workshop.session() as session:
        for entry in result.entries:
            row = session.get(m.Feedback, entry.feedback_id)
            if row is None:
                raise NotFound("feedback", entry.feedback_id)
            _write(session, row, entry.old_fields, entry.old_ratings, entry.old_status)
            if entry.created:
                row.deleted_at = dt.datetime.now(dt.UTC)
                session.add(row)
        session.commit()


def redo_form_import(workshop: Workshop, result: FormImportResult) -> None:
    with workshop.session() as session:
        for entry in result.entries:
            row = session.get(m.Feedback, entry.feedback_id)
            if row is None:
                raise NotFound("feedback", entry.feedback_id)
            if entry.created:
                row.deleted_at = None
            _write(session, row, entry.new_fields, entry.new_ratings, entry.new_status)
        session.commit()


#: What :func:`import_form` returns: the plan, and the result unless it was a dry run.
ImportOutcome = form_apply.ImportOutcome[FormImport, FormImportResult]


def import_form(
    workshop: Workshop, path: Path, *, round_id: int | None = None, dry_run: bool = False
) -> ImportOutcome:
    """Plan and (unless ``dry_run``) apply the import of a returned form."""
    plan = plan_form_import(workshop, path, round_id=round_id)
    return form_apply.run_import(workshop, plan, apply_form_import, dry_run=dry_run)


# --- operations (see services/ops.py) -----------------------------------------------------------


def apply_form_import_op(plan: FormImport) -> ops.Operation:
    """:func:`apply_form_import` as an operation (value: the ``FormImportResult``); undo
    puts every value back as it was, redo writes the form's values again."""
    return form_apply.import_operation(
        plan,
        apply_form_import,
        redo_form_import,
        undo_form_import,
        lambda result: ops.Changes.of(feedback=[e.feedback_id for e in result.entries]),
    )
