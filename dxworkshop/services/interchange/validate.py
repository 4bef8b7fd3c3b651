"""The rules of every section of a document (INTERCHANGE.md and the decisions in the package
docstring), checked without a database: :func:`validate_document`."""

from __future__ import annotations

import difflib
from typing import Any

from dxworkshop.services.interchange.checker import (
    _INSERT_ORDER,
    Entries,
    TableRows,
    ValidatedDocument,
    _Checker,
    _join,
)
from dxworkshop.services.interchange.errors import InterchangeError, Problem
from dxworkshop.services.interchange.fields import (
    _BAD,
    _REQUIRED,
    _any_integer,
    _check_answer,
    _Invalid,
    _Question,
    _shown,
)
from dxworkshop.services.interchange.format import (
    _ACTION,
    _CHECK_IN,
    _CLUSTER,
    _CRITERION,
    _DEPARTMENT,
    _FEEDBACK,
    _FEEDBACK_ROUND,
    _FINDING,
    _GROUP,
    _HEARING,
    _ISSUE,
    _MATRIX,
    _MEASUREMENT,
    _MUNICIPALITY,
    _OUTCOME,
    _PERSON,
    _PLAN,
    _PROGRAMME,
    _QUESTION,
    _RUBRIC_ITEM,
    _SCORE,
    _SECTION,
    _SESSION,
    _STEP,
    _TEMPLATE,
    _THEME,
    _TOP_LEVEL_LISTS,
    _VERSION,
    _VOTE,
    _VOTING_ROUND,
    FORMAT,
    TOP_LEVEL_KEYS,
    VERSION,
)
from dxworkshop.store import models as m


class _Validator(_Checker):
    """Checks a whole document and builds its rows; nothing here touches a database."""

    def __init__(self) -> None:
        super().__init__()
        # What later checks need to know about objects already seen.
        self.questions: dict[str, _Question] = {}
        self.criterion_range: dict[str, tuple[int, int]] = {}
        self.rubric_range: dict[str, tuple[int, int]] = {}
        self.plan_versions: dict[str, dict[int, int]] = {}

    # -- the document ---------------------------------------------------------------------------

    def run(self, doc: Any) -> ValidatedDocument:
        if not isinstance(doc, dict):
            raise InterchangeError([Problem("", f"expected a JSON object, got {_shown(doc)}")])
        self._header(doc)
        if self.problems:  # another format or version: the rest cannot be read as v1
            raise InterchangeError(self.problems)
        self._duplicate_names("", doc)
        for name in doc:
            if name not in TOP_LEVEL_KEYS:
                close = difflib.get_close_matches(str(name), TOP_LEVEL_KEYS, n=1)
                hint = f'; did you mean "{close[0]}"?' if close else ""
                self.problem(_join("", str(name)), "unknown top-level key" + hint)

        template = doc.get("hearing_template", {})
        template_fields = self.fields("hearing_template", template, _TEMPLATE)
        sections = self.entries(
            "hearing_template.sections", (template_fields or {}).get("sections")
        )
        questions = self.nested(sections, "questions")
        lists = {name: self.top(doc, name) for name in _TOP_LEVEL_LISTS}
        hearings = lists["hearings"]
        findings = self.nested(hearings, "findings")
        for keys, entries in (
            (self.municipality, lists["municipalities"]),
            (self.department, lists["departments"]),
            (self.person, lists["people"]),
            (self.group, lists["groups"]),
            (self.training_session, lists["sessions"]),
            (self.section, sections),
            (self.question, questions),
            (self.hearing, hearings),
            (self.finding, findings),
            (self.cluster, lists["clusters"]),
            (self.issue, lists["issues"]),
            (self.criterion, lists["criteria"]),
            (self.voting_round, lists["voting_rounds"]),
            (self.plan, lists["plans"]),
            (self.rubric_item, lists["rubric"]),
            (self.feedback_round, lists["feedback_rounds"]),
            (self.action, lists["actions"]),
        ):
            self.register(keys, entries)

        programme = self._programme(doc)
        self._municipalities(lists["municipalities"])
        self._departments(lists["departments"])
        self._people(lists["people"])
        self._groups(lists["groups"])
        self._sessions(lists["sessions"])
        self._template(sections)
        self._hearings(hearings)
        self._clusters(lists["clusters"])
        self._issues(lists["issues"])
        self._criteria(lists["criteria"])
        self._matrix(doc)
        self._scores(lists["scores"])
        self._voting_rounds(lists["voting_rounds"])
        self._themes(lists["themes"])
        self._plans(lists["plans"])
        self._rubric(lists["rubric"])
        self._feedback_rounds(lists["feedback_rounds"])
        self._feedback(lists["feedback"])
        self._actions(lists["actions"])
        self._check_ins(lists["check_ins"])
        self._measurements(lists["measurements"])
        self._outcomes(lists["outcomes"])
        if self.problems:
            raise InterchangeError(self.problems)
        return ValidatedDocument(
            programme=programme,
            inserts=tuple(TableRows(t, self.rows[t]) for t in _INSERT_ORDER),
            links=tuple(TableRows(t, rows) for t, rows in self.links.items()),
        )

    def _header(self, doc: dict[str, Any]) -> None:
        if "format" not in doc:
            self.problem("format", f'missing; a dxworkshop document has "format": "{FORMAT}"')
        elif doc["format"] != FORMAT:
            self.problem("format", f'{_shown(doc["format"])} is not "{FORMAT}"')
        version = doc.get("version")
        if "version" not in doc:
            self.problem("version", f"missing; this dxworkshop reads version {VERSION}")
        elif not isinstance(version, int) or isinstance(version, bool):
            self.problem("version", f"expected an integer, got {_shown(version)}")
        elif version != VERSION:
            self.problem(
                "version", f"version {version} is not supported; this dxworkshop reads {VERSION}"
            )

    # -- setup ----------------------------------------------------------------------------------

    def _programme(self, doc: dict[str, Any]) -> dict[str, Any]:
        f = self.fields("programme", doc["programme"], _PROGRAMME) if "programme" in doc else None
        if f is None:
            f = {
                name: "" if default is _REQUIRED else default
                for name, (_, default) in _PROGRAMME.items()
            }
        return {"id": 1, **f}

    def _unique(self, seen: dict[Any, str], value: Any, path: str, what: str) -> None:
        """The rules the app's own edits keep: *what* is given once (first at ``seen``)."""
        if value is _BAD or (isinstance(value, tuple) and _BAD in value):
            return  # already reported
        if value in seen:
            self.problem(path, f"{what} is given twice (also {seen[value]})")
        else:
            seen[value] = path

    def _municipalities(self, entries: Entries) -> None:
        names: dict[Any, str] = {}
        codes: dict[Any, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _MUNICIPALITY)
            if f is not None:
                mid = self.own_id(self.municipality, f["key"])
                self._unique(names, f["name"], f"{path}.name", f'the municipality "{f["name"]}"')
                if f["code"]:
                    self._unique(codes, f["code"], f"{path}.code", f"団体コード {f['code']}")
                self.add(m.Municipality, id=mid, name=f["name"], kana=f["kana"], code=f["code"])

    def _departments(self, entries: Entries) -> None:
        names: dict[Any, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _DEPARTMENT)
            if f is not None:
                self._unique(
                    names,
                    (f["municipality"], f["name"]),
                    f"{path}.name",
                    f'the department "{f["name"]}" of "{f["municipality"]}"',
                )
                self.add(
                    m.Department,
                    id=self.own_id(self.department, f["key"]),
                    municipality_id=self.ref(
                        f"{path}.municipality", self.municipality, f["municipality"]
                    ),
                    name=f["name"],
                )

    def _people(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _PERSON)
            if f is None:
                continue
            pid = self.own_id(self.person, f["key"])
            self.add(
                m.Person,
                id=pid,
                name=f["name"],
                kana=f["kana"],
                municipality_id=self.ref(
                    f"{path}.municipality", self.municipality, f["municipality"]
                ),
                department_id=self.ref(f"{path}.department", self.department, f["department"]),
                title=f["title"],
                email=f["email"],
                supervisor_id=None,
            )
            supervisor = self.ref(f"{path}.supervisor", self.person, f["supervisor"])
            if supervisor is not None and supervisor == pid:
                self.problem(f"{path}.supervisor", "a person cannot be their own supervisor")
            elif supervisor is not None:
                self.links[m.Person].append({"id": pid, "supervisor_id": supervisor})
            for role in f["roles"] if f["roles"] is not _BAD else ():
                self.add(m.PersonRole, person_id=pid, role=role)

    def _groups(self, entries: Entries) -> None:
        for position, (path, obj) in enumerate(entries):
            f = self.fields(path, obj, _GROUP)
            if f is None:
                continue
            gid = self.own_id(self.group, f["key"])
            self.add(m.WorkGroup, id=gid, name=f["name"], position=position)
            for i, member in enumerate(f["members"] if f["members"] is not _BAD else ()):
                pid = self.ref(f"{path}.members[{i}]", self.person, member)
                self.add(m.GroupMember, group_id=gid, person_id=pid)

    def _sessions(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _SESSION)
            if f is not None:
                self.add(
                    m.TrainingSession,
                    id=self.own_id(self.training_session, f["key"]),
                    title=f["title"],
                    phase=f["phase"],
                    date=f["date"],
                    place=f["place"],
                )

    # -- hearing --------------------------------------------------------------------------------

    def _template(self, sections: Entries) -> None:
        for spos, (spath, sobj) in enumerate(sections):
            s = self.fields(spath, sobj, _SECTION)
            if s is None:
                continue
            sid = self.own_id(self.section, s["key"])
            self.add(m.HearingSection, id=sid, title=s["title"], position=spos)
            questions = self.entries(f"{spath}.questions", s["questions"])
            for qpos, (qpath, qobj) in enumerate(questions):
                q = self.fields(qpath, qobj, _QUESTION)
                if q is None:
                    continue
                qid = self.own_id(self.question, q["key"])
                self.add(
                    m.HearingQuestion,
                    id=qid,
                    section_id=sid,
                    text=q["text"],
                    kind=q["kind"],
                    choices=q["choices"],
                    position=qpos,
                )
                if qid and q["kind"] is not _BAD and q["choices"] is not _BAD:
                    self.questions[q["key"]] = _Question(qid, q["kind"], q["choices"])

    def _hearings(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _HEARING)
            if f is None:
                continue
            hid = self.own_id(self.hearing, f["key"])
            self.add(
                m.Hearing,
                id=hid,
                municipality_id=self.ref(
                    f"{path}.municipality", self.municipality, f["municipality"]
                ),
                department_id=self.ref(f"{path}.department", self.department, f["department"]),
                date=f["date"],
                interviewer_id=self.ref(f"{path}.interviewer", self.person, f["interviewer"]),
                attendees=f["attendees"],
                status=f["status"],
                notes=f["notes"],
            )
            if f["answers"] is not _BAD:
                self._duplicate_names(f"{path}.answers", f["answers"])
                for qkey, value in f["answers"].items():
                    self._answer(_join(f"{path}.answers", str(qkey)), hid, qkey, value)
            findings = self.entries(f"{path}.findings", f["findings"])
            for position, (fpath, fobj) in enumerate(findings):
                finding = self.fields(fpath, fobj, _FINDING)
                if finding is not None:
                    self.add(
                        m.Finding,
                        id=self.own_id(self.finding, finding["key"]),
                        hearing_id=hid,
                        text=finding["text"],
                        position=position,
                    )

    def _answer(self, path: str, hearing_id: int, question_key: str, value: Any) -> None:
        question = self.questions.get(question_key)
        if question is None:
            if question_key not in self.question.ids:
                self.problem(path, f'no question "{question_key}"')
            return
        try:
            if value is not None:
                _check_answer(question, value)
        except _Invalid as exc:
            self.problem(path, str(exc))
        self.add(m.HearingAnswer, hearing_id=hearing_id, question_id=question.id, value=value)

    # -- issues -----------------------------------------------------------------------------------

    def _clusters(self, entries: Entries) -> None:
        parent_of: dict[int, int] = {}
        placed: list[tuple[str, int]] = []
        for path, obj in entries:
            f = self.fields(path, obj, _CLUSTER)
            if f is None:
                continue
            cid = self.own_id(self.cluster, f["key"])
            self.add(m.Cluster, id=cid, label=f["label"], parent_id=None)
            parent = self.ref(f"{path}.parent", self.cluster, f["parent"])
            if parent is not None and cid:
                parent_of[cid] = parent
                placed.append((path, cid))
                self.links[m.Cluster].append({"id": cid, "parent_id": parent})
        key_of = {rid: key for key, rid in self.cluster.ids.items()}
        on_a_cycle: set[int] = set()
        for path, cid in placed:
            if cid in on_a_cycle:
                continue
            chain = [cid]
            node = parent_of.get(cid)
            while node is not None and node not in chain:
                chain.append(node)
                node = parent_of.get(node)
            if node == cid:
                on_a_cycle.update(chain)
                names = " → ".join(f'"{key_of[n]}"' for n in [*chain, cid])
                self.problem(f"{path}.parent", f"clusters nest in a cycle: {names}")

    def _issues(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _ISSUE)
            if f is None:
                continue
            self.add(
                m.Issue,
                id=self.own_id(self.issue, f["key"]),
                owner_id=self.ref(f"{path}.owner", self.person, f["owner"]),
                municipality_id=self.ref(
                    f"{path}.municipality", self.municipality, f["municipality"]
                ),
                group_id=self.ref(f"{path}.group", self.group, f["group"]),
                title=f["title"],
                process=f["process"],
                description=f["description"],
                categories=f["categories"],
                cases_per_year=f["cases_per_year"],
                minutes_per_case=f["minutes_per_case"],
                people=f["people"],
                source=f["source"],
                finding_id=self.ref(f"{path}.finding", self.finding, f["finding"]),
                status=f["status"],
                cluster_id=self.ref(f"{path}.cluster", self.cluster, f["cluster"]),
            )

    # -- prioritisation -------------------------------------------------------------------------

    def _range(self, path: str, f: dict[str, Any]) -> tuple[int, int] | None:
        low, high = f["min"], f["max"]
        if low is _BAD or high is _BAD:
            return None
        if low > high:
            self.problem(f"{path}.max", f"max {high} is below min {low}")
            return None
        return low, high

    def _criteria(self, entries: Entries) -> None:
        for position, (path, obj) in enumerate(entries):
            f = self.fields(path, obj, _CRITERION)
            if f is None:
                continue
            span = self._range(path, f)
            if span is not None and f["key"] is not _BAD:
                self.criterion_range[f["key"]] = span
            self.add(
                m.Criterion,
                id=self.own_id(self.criterion, f["key"]),
                code=f["key"],
                name=f["name"],
                weight=f["weight"],
                min=f["min"],
                max=f["max"],
                higher_is_better=f["higher_is_better"],
                gate=f["gate"],
                position=position,
            )

    def _matrix(self, doc: dict[str, Any]) -> None:
        f = self.fields("matrix", doc["matrix"], _MATRIX) if "matrix" in doc else None
        f = f or {"x": None, "y": None}
        self.add(
            m.MatrixAxes,
            id=1,
            x_criterion_id=self.ref("matrix.x", self.criterion, f["x"]),
            y_criterion_id=self.ref("matrix.y", self.criterion, f["y"]),
        )

    def _scores(self, entries: Entries) -> None:
        seen: dict[tuple[str, str, str | None], str] = {}
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _SCORE)
            if f is None:
                continue
            value, code = f["value"], f["criterion"]
            span = self.criterion_range.get(code) if code is not _BAD else None
            if span is not None and value is not _BAD and not span[0] <= value <= span[1]:
                self.problem(
                    f"{path}.value",
                    f'{value} is outside {span[0]}..{span[1]} of criterion "{code}"',
                )
            triple = (f["issue"], code, f["rater"])
            if _BAD not in triple:
                if triple in seen:
                    self.problem(
                        path,
                        f"a second score for this issue, criterion and rater (also {seen[triple]})",
                    )
                seen.setdefault(triple, path)
            self.add(
                m.Score,
                id=n,
                issue_id=self.ref(f"{path}.issue", self.issue, f["issue"]),
                criterion_id=self.ref(f"{path}.criterion", self.criterion, code),
                rater_id=self.ref(f"{path}.rater", self.person, f["rater"]),
                value=value,
            )

    def _voting_rounds(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _VOTING_ROUND)
            if f is None:
                continue
            vid = self.own_id(self.voting_round, f["key"])
            self.add(
                m.VotingRound,
                id=vid,
                title=f["title"],
                votes_per_person=f["votes_per_person"],
                max_per_issue=f["max_per_issue"],
            )
            cap, per_person = f["max_per_issue"], f["votes_per_person"]
            seen: dict[tuple[str, str], str] = {}
            totals: dict[str, int] = {}
            for vpath, vobj in self.entries(f"{path}.votes", f["votes"]):
                vote = self.fields(vpath, vobj, _VOTE)
                if vote is None:
                    continue
                voter, issue, count = vote["voter"], vote["issue"], vote["count"]
                if count is not _BAD and cap is not _BAD and count > cap:
                    self.problem(
                        f"{vpath}.count", f"{count} votes for one issue; this round allows {cap}"
                    )
                if voter is not _BAD and issue is not _BAD:
                    if (voter, issue) in seen:
                        self.problem(
                            vpath,
                            "a second vote of this voter for this issue"
                            f" (also {seen[voter, issue]})",
                        )
                    seen.setdefault((voter, issue), vpath)
                if voter is not _BAD and count is not _BAD:
                    totals[voter] = totals.get(voter, 0) + count
                self.add(
                    m.Vote,
                    round_id=vid,
                    voter_id=self.ref(f"{vpath}.voter", self.person, voter),
                    issue_id=self.ref(f"{vpath}.issue", self.issue, issue),
                    count=count,
                )
            for voter, total in totals.items():
                if per_person is not _BAD and total > per_person:
                    self.problem(
                        f"{path}.votes",
                        f'"{voter}" casts {total} votes; this round allows {per_person} per person',
                    )

    def _themes(self, entries: Entries) -> None:
        seen: dict[str, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _THEME)
            if f is None:
                continue
            trainee = f["trainee"]
            if trainee is not _BAD:
                if trainee in seen:
                    self.problem(
                        f"{path}.trainee", f'"{trainee}" already has a theme ({seen[trainee]})'
                    )
                seen.setdefault(trainee, path)
            self.add(
                m.Theme,
                trainee_id=self.ref(f"{path}.trainee", self.person, trainee),
                issue_id=self.ref(f"{path}.issue", self.issue, f["issue"]),
            )

    # -- plans ------------------------------------------------------------------------------------

    def _plans(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _PLAN)
            if f is None:
                continue
            pid = self.own_id(self.plan, f["key"])
            self.add(
                m.Plan,
                id=pid,
                issue_id=self.ref(f"{path}.issue", self.issue, f["issue"]),
                trainee_id=self.ref(f"{path}.trainee", self.person, f["trainee"]),
            )
            numbers: dict[int, int] = {}
            where: dict[int, str] = {}
            for vpath, vobj in self.entries(f"{path}.versions", f["versions"]):
                v = self.fields(vpath, vobj, _VERSION)
                if v is None:
                    continue
                version_id = len(self.rows[m.PlanVersion]) + 1
                number = v["number"]
                if number is not _BAD:
                    if number in numbers:
                        self.problem(
                            f"{vpath}.number", f"version {number} again (also {where[number]})"
                        )
                    else:
                        numbers[number], where[number] = version_id, vpath
                steps = self.entries(f"{vpath}.steps", v.pop("steps"))
                created_at = v.pop("created_at") or self.now
                self.add(m.PlanVersion, **v, id=version_id, plan_id=pid, created_at=created_at)
                for position, (step_path, step_obj) in enumerate(steps):
                    step = self.fields(step_path, step_obj, _STEP)
                    if step is not None:
                        self.add(
                            m.PlanStep,
                            **step,
                            id=len(self.rows[m.PlanStep]) + 1,
                            version_id=version_id,
                            position=position,
                        )
            if f["key"] is not _BAD:
                self.plan_versions.setdefault(f["key"], numbers)

    # -- feedback ---------------------------------------------------------------------------------

    def _rubric(self, entries: Entries) -> None:
        for position, (path, obj) in enumerate(entries):
            f = self.fields(path, obj, _RUBRIC_ITEM)
            if f is None:
                continue
            span = self._range(path, f)
            if span is not None and f["key"] is not _BAD:
                self.rubric_range[f["key"]] = span
            self.add(
                m.RubricItem,
                id=self.own_id(self.rubric_item, f["key"]),
                name=f["name"],
                min=f["min"],
                max=f["max"],
                position=position,
            )

    def _feedback_rounds(self, entries: Entries) -> None:
        numbers: dict[Any, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _FEEDBACK_ROUND)
            if f is not None:
                self._unique(numbers, f["number"], f"{path}.number", f"round {f['number']}")
                self.add(
                    m.FeedbackRound,
                    id=self.own_id(self.feedback_round, f["key"]),
                    number=f["number"],
                    title=f["title"],
                    due=f["due"],
                )

    def _version_id(self, path: str, plan: Any, number: Any) -> int | None:
        versions = self.plan_versions.get(plan) if plan is not _BAD else None
        if versions is None or number is None or number is _BAD:
            return None
        if number not in versions:
            self.problem(path, f'plan "{plan}" has no version {number}')
        return versions.get(number)

    def _feedback(self, entries: Entries) -> None:
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _FEEDBACK)
            if f is None:
                continue
            self.ref(f"{path}.plan", self.plan, f["plan"])
            self.add(
                m.Feedback,
                id=n,
                round_id=self.ref(f"{path}.round", self.feedback_round, f["round"]),
                plan_version_id=self._version_id(f"{path}.version", f["plan"], f["version"]),
                reviewer_id=self.ref(f"{path}.reviewer", self.person, f["reviewer"]),
                role=f["role"],
                good_points=f["good_points"],
                improvements=f["improvements"],
                support=f["support"],
                decision=f["decision"],
                status=f["status"],
                response=f["response"],
                addressed_in_version_id=self._version_id(
                    f"{path}.addressed_in_version", f["plan"], f["addressed_in_version"]
                ),
            )
            if f["ratings"] is _BAD:
                continue
            self._duplicate_names(f"{path}.ratings", f["ratings"])
            for item, value in f["ratings"].items():
                rpath = _join(f"{path}.ratings", str(item))
                item_id = self.ref(rpath, self.rubric_item, item)
                try:
                    rating = _any_integer(value)
                except _Invalid as exc:
                    self.problem(rpath, str(exc))
                    continue
                span = self.rubric_range.get(item)
                if span is not None and not span[0] <= rating <= span[1]:
                    self.problem(
                        rpath, f'{rating} is outside {span[0]}..{span[1]} of rubric item "{item}"'
                    )
                self.add(m.FeedbackRating, feedback_id=n, rubric_item_id=item_id, value=rating)

    # -- practice -------------------------------------------------------------------------------

    def _actions(self, entries: Entries) -> None:
        positions: dict[str, int] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _ACTION)
            if f is None:
                continue
            plan = f["plan"]
            position = positions.get(plan, 0) if plan is not _BAD else 0
            positions[plan] = position + 1
            self.add(
                m.ActionItem,
                id=self.own_id(self.action, f["key"]),
                plan_id=self.ref(f"{path}.plan", self.plan, plan),
                title=f["title"],
                owner_id=self.ref(f"{path}.owner", self.person, f["owner"]),
                due=f["due"],
                status=f["status"],
                progress=f["progress"],
                position=position,
            )

    def _check_ins(self, entries: Entries) -> None:
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _CHECK_IN)
            if f is not None:
                plan = f.pop("plan")
                self.add(m.CheckIn, **f, id=n, plan_id=self.ref(f"{path}.plan", self.plan, plan))

    def _measurements(self, entries: Entries) -> None:
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _MEASUREMENT)
            if f is not None:
                plan = f.pop("plan")
                self.add(
                    m.Measurement, **f, id=n, plan_id=self.ref(f"{path}.plan", self.plan, plan)
                )

    def _outcomes(self, entries: Entries) -> None:
        seen: dict[str, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _OUTCOME)
            if f is None:
                continue
            plan = f.pop("plan")
            if plan is not _BAD:
                if plan in seen:
                    self.problem(
                        f"{path}.plan", f'plan "{plan}" already has an outcome ({seen[plan]})'
                    )
                seen.setdefault(plan, path)
            self.add(m.Outcome, **f, plan_id=self.ref(f"{path}.plan", self.plan, plan))


def validate_document(doc: Any) -> ValidatedDocument:
    """Check a parsed document completely, without a database.

    Raises InterchangeError listing every problem found, each with its JSON path.
    """
    return _Validator().run(doc)
