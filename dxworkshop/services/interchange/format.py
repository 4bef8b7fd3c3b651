"""The format's own declarations: its name and version, the top-level keys in the order ``dump``
writes them, and the fields of each object with their parsers and defaults."""

from __future__ import annotations

from typing import Any, Final

from dxworkshop.domain import enums as e
from dxworkshop.domain import limits
from dxworkshop.services._common import MAX_YEAR, MIN_YEAR
from dxworkshop.services.interchange.fields import (
    _REQUIRED,
    Parser,
    _boolean,
    _cases,
    _date,
    _integer,
    _key,
    _list_of,
    _measured,
    _minutes,
    _municipal_code,
    _nullable,
    _one_of,
    _opt_date,
    _opt_key,
    _people,
    _prefecture,
    _progress,
    _ranged,
    _raw_list,
    _raw_object,
    _scale_end,
    _text,
    _texts,
    _timestamp,
    _votes,
)

FORMAT: Final = "dxworkshop"
VERSION: Final = 1

#: The top-level keys in the order ``dump`` writes them.
TOP_LEVEL_KEYS: Final = (
    "format",
    "version",
    "programme",
    "municipalities",
    "departments",
    "people",
    "groups",
    "sessions",
    "hearing_template",
    "hearings",
    "clusters",
    "issues",
    "criteria",
    "matrix",
    "scores",
    "voting_rounds",
    "themes",
    "plans",
    "rubric",
    "feedback_rounds",
    "feedback",
    "actions",
    "check_ins",
    "measurements",
    "outcomes",
)
_TOP_LEVEL_OBJECTS: Final = ("format", "version", "programme", "hearing_template", "matrix")
_TOP_LEVEL_LISTS: Final = tuple(k for k in TOP_LEVEL_KEYS if k not in _TOP_LEVEL_OBJECTS)

# --- the fields of each object, in the order dump writes them ---------------------------------

# A field is (parser, default); the default is _REQUIRED, a value, or a factory (list, dict).
_Spec = dict[str, tuple[Parser, Any]]

_PROGRAMME: _Spec = {
    "name": (_text, _REQUIRED),
    "fiscal_year": (_nullable(_integer(MIN_YEAR, MAX_YEAR)), None),
    "organiser": (_text, ""),
    "start_date": (_opt_date, None),
    "end_date": (_opt_date, None),
    "description": (_text, ""),
    # Optional (dump writes it only when set; files without it load as before).
    "prefecture": (_prefecture, ""),
}
_MUNICIPALITY: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "kana": (_text, ""),
    "code": (_municipal_code, ""),
}
_DEPARTMENT: _Spec = {
    "key": (_key, _REQUIRED),
    "municipality": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
}
_PERSON: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "kana": (_text, ""),
    "municipality": (_opt_key, None),
    "department": (_opt_key, None),
    "title": (_text, ""),
    "email": (_text, ""),
    "roles": (_list_of(_one_of(e.Role), unique=True), list),
    "supervisor": (_opt_key, None),
}
_GROUP: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "members": (_list_of(_key, unique=True), list),
}
_SESSION: _Spec = {
    "key": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "phase": (_one_of(e.Phase), _REQUIRED),
    "date": (_opt_date, None),
    "place": (_text, ""),
}
_TEMPLATE: _Spec = {"sections": (_raw_list, list)}
_SECTION: _Spec = {
    "key": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "questions": (_raw_list, list),
}
_QUESTION: _Spec = {
    "key": (_key, _REQUIRED),
    "text": (_text, _REQUIRED),
    "kind": (_one_of(e.QuestionKind), _REQUIRED),
    "choices": (_texts, list),
}
_HEARING: _Spec = {
    "key": (_key, _REQUIRED),
    "municipality": (_key, _REQUIRED),
    "department": (_opt_key, None),
    "date": (_opt_date, None),
    "interviewer": (_opt_key, None),
    "attendees": (_text, ""),
    "status": (_one_of(e.HearingStatus), e.HearingStatus.PLANNED.value),
    "notes": (_text, ""),
    "answers": (_raw_object, dict),
    "findings": (_raw_list, list),
}
_FINDING: _Spec = {"key": (_key, _REQUIRED), "text": (_text, _REQUIRED)}
_CLUSTER: _Spec = {
    "key": (_key, _REQUIRED),
    "label": (_text, ""),
    "parent": (_opt_key, None),
}
_ISSUE: _Spec = {
    "key": (_key, _REQUIRED),
    "owner": (_opt_key, None),
    "municipality": (_opt_key, None),
    "group": (_opt_key, None),
    "title": (_text, _REQUIRED),
    "process": (_text, ""),
    "description": (_text, ""),
    "categories": (_texts, list),
    "cases_per_year": (_cases, None),
    "minutes_per_case": (_minutes, None),
    "people": (_people, None),
    "source": (_one_of(e.IssueSource), e.IssueSource.WORKSHOP.value),
    "finding": (_opt_key, None),
    "status": (_one_of(e.IssueStatus), e.IssueStatus.CANDIDATE.value),
    "cluster": (_opt_key, None),
}
_CRITERION: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "weight": (_ranged(limits.WEIGHT), 1.0),
    "min": (_scale_end, 1),
    "max": (_scale_end, 5),
    "higher_is_better": (_boolean, True),
    "gate": (_boolean, False),
}
_MATRIX: _Spec = {"x": (_opt_key, None), "y": (_opt_key, None)}
_SCORE: _Spec = {
    "issue": (_key, _REQUIRED),
    "criterion": (_key, _REQUIRED),
    "rater": (_opt_key, None),
    "value": (_integer(), _REQUIRED),
}
_VOTING_ROUND: _Spec = {
    "key": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "votes_per_person": (_votes, 3),
    "max_per_issue": (_votes, 1),
    "votes": (_raw_list, list),
}
_VOTE: _Spec = {
    "voter": (_key, _REQUIRED),
    "issue": (_key, _REQUIRED),
    "count": (_integer(1), 1),
}
_THEME: _Spec = {"trainee": (_key, _REQUIRED), "issue": (_key, _REQUIRED)}
_PLAN: _Spec = {
    "key": (_key, _REQUIRED),
    "issue": (_key, _REQUIRED),
    "trainee": (_key, _REQUIRED),
    "versions": (_raw_list, list),
}
_VERSION: _Spec = {
    "number": (_integer(1), _REQUIRED),
    "created_at": (_timestamp, None),  # None: the time of loading
    "reason": (_text, ""),
    "target_process": (_text, ""),
    "current_state": (_text, ""),
    "problems": (_text, ""),
    "root_cause": (_text, ""),
    "solution": (_text, ""),
    "ecrs": (_list_of(_one_of(e.Ecrs), unique=True), list),
    "dx_means": (_texts, list),
    "goal": (_text, ""),
    "kpi": (_text, ""),
    "steps": (_raw_list, list),
    "after_cases_per_year": (_cases, None),
    "after_minutes_per_case": (_minutes, None),
    "after_people": (_people, None),
    "risks": (_text, ""),
    "support_needed": (_text, ""),
}
_STEP: _Spec = {"what": (_text, ""), "who": (_text, ""), "due": (_opt_date, None)}
_RUBRIC_ITEM: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "min": (_scale_end, 1),
    "max": (_scale_end, 5),
}
_FEEDBACK_ROUND: _Spec = {
    "key": (_key, _REQUIRED),
    "number": (_integer(1), _REQUIRED),
    "title": (_text, _REQUIRED),
    "due": (_opt_date, None),
}
_FEEDBACK: _Spec = {
    "round": (_key, _REQUIRED),
    "plan": (_key, _REQUIRED),
    "version": (_integer(1), _REQUIRED),
    "reviewer": (_key, _REQUIRED),
    "role": (_one_of(e.ReviewerRole), _REQUIRED),
    "ratings": (_raw_object, dict),
    "good_points": (_text, ""),
    "improvements": (_text, ""),
    "support": (_text, ""),
    "decision": (_nullable(_one_of(e.Decision)), None),
    "status": (_one_of(e.FeedbackStatus), e.FeedbackStatus.REQUESTED.value),
    "response": (_text, ""),
    "addressed_in_version": (_nullable(_integer(1)), None),
}
_ACTION: _Spec = {
    "key": (_key, _REQUIRED),
    "plan": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "owner": (_opt_key, None),
    "due": (_opt_date, None),
    "status": (_one_of(e.ActionStatus), e.ActionStatus.TODO.value),
    "progress": (_progress, 0),
}
_CHECK_IN: _Spec = {
    "plan": (_key, _REQUIRED),
    "date": (_date, _REQUIRED),
    "progress": (_progress, 0),
    "note": (_text, ""),
    "obstacles": (_text, ""),
    "support_needed": (_text, ""),
}
_MEASUREMENT: _Spec = {
    "plan": (_key, _REQUIRED),
    "metric": (_text, _REQUIRED),
    "baseline": (_measured, None),
    "target": (_measured, None),
    "actual": (_measured, None),
    "date": (_opt_date, None),
}
_OUTCOME: _Spec = {
    "plan": (_key, _REQUIRED),
    "hours_saved_per_year": (_nullable(_ranged(limits.HOURS_SAVED_PER_YEAR)), None),
    "effects": (_text, ""),
    "spread_potential": (_text, ""),
}
