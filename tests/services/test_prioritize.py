"""Prioritisation service: scores and their read model, dot voting with caps, themes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import delete, select

from dxworkshop.domain.enums import Role
from dxworkshop.services import criteria as crit
from dxworkshop.services import people
from dxworkshop.services import prioritize as svc
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.prioritize import Placement, VoteRow
from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@dataclass
class Setup:
    ws: Workshop
    effect: int
    ease: int
    urgency: int
    gate: int
    group: int
    trainees: list[int]
    issues: list[int]


def _issue(ws: Workshop, title: str, owner: int, group: int, **fields: object) -> int:
    with ws.session() as session:
        row = m.Issue(title=title, owner_id=owner, group_id=group, **fields)
        session.add(row)
        session.commit()
        assert row.id is not None
        return row.id


@pytest.fixture
def s(tmp_path: Path) -> Iterator[Setup]:
    with new_programme(tmp_path / "t.dxw", "研修") as ws:
        c = {row.code: row.id for row in crit.list_criteria(ws)}
        muni = people.add_municipality(ws, "倉敷市")
        trainees = [
            people.add_person(ws, name, kana=kana, municipality_id=muni.id, roles=[Role.TRAINEE]).id
            for name, kana in (("山田 太郎", "やまだ たろう"), ("佐藤 花子", "さとう はなこ"))
        ]
        group = people.add_group(ws, "A班", trainees).id
        issues = [
            _issue(
                ws,
                "紙の申請書の転記",
                trainees[0],
                group,
                cases_per_year=1200,
                minutes_per_case=10,
                people=1,
            ),
            _issue(ws, "押印のための回覧", trainees[0], group),
            _issue(ws, "電話での問い合わせ対応", trainees[1], group),
        ]
        yield Setup(
            ws, c["effect"], c["ease"], c["urgency"], c["feasible"], group, trainees, issues
        )


def _scores(s: Setup, issue: int, effect: int, ease: int, urgency: int, gate: int) -> None:
    for criterion, value in (
        (s.effect, effect),
        (s.ease, ease),
        (s.urgency, urgency),
        (s.gate, gate),
    ):
        svc.set_score(s.ws, issue, criterion, value)


# --- read model ---------------------------------------------------------------------------------


def test_totals_percent_gates_and_rank(s: Setup) -> None:
    a, b, c = s.issues
    _scores(s, a, effect=5, ease=4, urgency=1, gate=1)  # 3×5 + 2×4 + 1×1 = 24
    _scores(s, b, effect=5, ease=5, urgency=5, gate=0)  # 30, but fails the gate
    board = svc.scoring_board(s.ws)
    by_id = {r.id: r for r in board.rows}
    assert by_id[a].total == pytest.approx(24)
    assert by_id[a].percent == pytest.approx(75.0)  # (24 − 6) / (30 − 6)
    assert by_id[a].complete and not by_id[a].gated_out
    assert by_id[a].annual_hours == pytest.approx(200)  # 1200 × 10 × 1 ÷ 60
    assert by_id[b].gated_out and by_id[b].failed_gates == (s.gate,)
    assert by_id[c].total is None and not by_id[c].complete
    # scored before unscored, gated out last
    assert [r.id for r in board.rows] == [a, c, b]
    assert [r.rank for r in board.rows] == [1, 2, 3]
    assert board.x_criterion is not None and board.x_criterion.id == s.ease
    assert board.y_criterion is not None and board.y_criterion.id == s.effect
    assert by_id[a].owner_name == "山田 太郎" and by_id[a].group_name == "A班"


def test_the_rows_of_some_issues_with_their_rank_among_all(s: Setup) -> None:
    a, b, c = s.issues
    _scores(s, a, effect=5, ease=4, urgency=1, gate=1)
    _scores(s, b, effect=5, ease=5, urgency=5, gate=0)
    _scores(s, c, effect=2, ease=2, urgency=2, gate=1)
    board = svc.scoring_board(s.ws)
    assert svc.scoring_board(s.ws, issue_ids=[r.id for r in board.rows]) == board
    some = svc.scoring_board(s.ws, issue_ids=[b, c])
    assert some.rows == tuple(r for r in board.rows if r.id in (b, c))
    assert [r.rank for r in some.rows] == [2, 3]  # ranked among all three, in SQL
    assert svc.scoring_board(s.ws, issue_ids=[]).rows == ()
    with pytest.raises(ValueError):
        svc.scoring_board(s.ws, issue_ids=[a], rater_id=s.trainees[0])


def test_individual_scores_their_spread_and_a_raters_view(s: Setup) -> None:
    a = s.issues[0]
    yamada, sato = s.trainees
    svc.set_score(s.ws, a, s.effect, 4)  # consensus
    svc.set_score(s.ws, a, s.effect, 2, rater_id=yamada)
    svc.set_score(s.ws, a, s.effect, 5, rater_id=sato)
    svc.set_score(s.ws, a, s.ease, 3, rater_id=sato)
    row = next(r for r in svc.scoring_board(s.ws).rows if r.id == a)
    assert row.scores == {s.effect: 4}
    assert row.consensus == {s.effect: 4}
    assert row.ratings == {s.effect: {yamada: 2, sato: 5}, s.ease: {sato: 3}}
    spread = row.spread[s.effect]
    assert (spread.count, spread.low, spread.high, spread.range) == (2, 2, 5, 3)
    assert spread.stdev == pytest.approx(1.5)  # values 2 and 5 around 3.5
    assert row.spread[s.ease].range == 0
    assert row.max_spread == 3
    mine = next(r for r in svc.scoring_board(s.ws, rater_id=sato).rows if r.id == a)
    assert mine.scores == {s.effect: 5, s.ease: 3}
    assert mine.total == pytest.approx(3 * 5 + 2 * 3)
    assert mine.consensus == {s.effect: 4}


def test_scope_by_group_themes_and_dropped(s: Setup) -> None:
    other = people.add_group(s.ws, "B班").id
    lone = _issue(s.ws, "別班の課題", s.trainees[1], other)
    assert {r.id for r in svc.scoring_board(s.ws, group_id=s.group).rows} == set(s.issues)
    assert [r.id for r in svc.scoring_board(s.ws, group_id=other).rows] == [lone]
    svc.set_theme(s.ws, s.trainees[0], s.issues[1])
    themed = svc.scoring_board(s.ws, themes_only=True).rows
    assert [(r.id, r.theme_of) for r in themed] == [(s.issues[1], (s.trainees[0],))]
    with s.ws.session() as session:
        row = session.get(m.Issue, lone)
        assert row is not None
        row.status = "dropped"
        session.add(row)
        session.commit()
    assert lone not in {r.id for r in svc.scoring_board(s.ws, include_dropped=False).rows}


def test_deleted_issues_and_criteria_are_left_out(s: Setup) -> None:
    svc.set_score(s.ws, s.issues[0], s.urgency, 5)
    crit.set_criterion_deleted(s.ws, s.urgency, True)
    board = svc.scoring_board(s.ws)
    assert s.urgency not in {c.id for c in board.criteria}
    assert all(s.urgency not in r.scores for r in board.rows)
    with s.ws.session() as session:
        row = session.get(m.Issue, s.issues[2])
        assert row is not None
        row.deleted_at = row.created_at
        session.add(row)
        session.commit()
    assert s.issues[2] not in {r.id for r in svc.scoring_board(s.ws).rows}


def test_raters_are_the_groups_trainees_with_their_score_counts(s: Setup) -> None:
    svc.set_score(s.ws, s.issues[0], s.effect, 3, rater_id=s.trainees[1])
    raters = svc.list_raters(s.ws, group_id=s.group)
    assert [(r.name, r.scored) for r in raters] == [("佐藤 花子", 1), ("山田 太郎", 0)]
    assert raters[0].municipality_name == "倉敷市"


# --- scores -------------------------------------------------------------------------------------


def test_set_score_returns_the_previous_value_and_none_clears(s: Setup) -> None:
    a = s.issues[0]
    assert svc.set_score(s.ws, a, s.effect, 3) is None
    assert svc.set_score(s.ws, a, s.effect, 5) == 3
    assert svc.set_score(s.ws, a, s.effect, None) == 5
    assert svc.scoring_board(s.ws).rows[0].scores == {}


@pytest.mark.parametrize(
    ("value", "code"),
    [(6, "out_of_range"), (0, "out_of_range"), (True, "bad_value"), (2.5, "bad_value")],
)
def test_a_score_off_the_scale_is_refused(s: Setup, value: object, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        svc.set_score(s.ws, s.issues[0], s.effect, value)  # type: ignore[arg-type]
    assert (err.value.field, err.value.code) == ("score", code)


def test_a_gate_takes_only_yes_or_no(s: Setup) -> None:
    svc.set_score(s.ws, s.issues[0], s.gate, 0)
    with pytest.raises(ValidationError):
        svc.set_score(s.ws, s.issues[0], s.gate, 2)


def test_scores_of_unknown_things_are_not_found(s: Setup) -> None:
    with pytest.raises(NotFound):
        svc.set_score(s.ws, 999, s.effect, 3)
    with pytest.raises(NotFound):
        svc.set_score(s.ws, s.issues[0], 999, 3)
    with pytest.raises(NotFound):
        svc.set_score(s.ws, s.issues[0], s.effect, 3, rater_id=999)


def test_axis_scores_are_set_together_and_undone_with_the_previous_values(s: Setup) -> None:
    a, b, _c = s.issues
    svc.set_score(s.ws, a, s.ease, 2)
    before = svc.set_axis_scores(s.ws, [Placement(a, 4, 5), Placement(b, 1, 1)])
    assert before == (Placement(a, 2, None), Placement(b, None, None))
    rows = {r.id: r for r in svc.scoring_board(s.ws).rows}
    assert rows[a].scores == {s.ease: 4, s.effect: 5}
    assert rows[b].scores == {s.ease: 1, s.effect: 1}
    svc.set_axis_scores(s.ws, before)  # undo
    rows = {r.id: r for r in svc.scoring_board(s.ws).rows}
    assert rows[a].scores == {s.ease: 2}
    assert rows[b].scores == {}


def test_a_refused_placement_writes_nothing(s: Setup) -> None:
    a, b, _c = s.issues
    with pytest.raises(ValidationError):
        svc.set_axis_scores(s.ws, [Placement(a, 3, 3), Placement(b, 9, 3)])
    assert all(r.scores == {} for r in svc.scoring_board(s.ws).rows)


def test_axis_scores_of_a_rater(s: Setup) -> None:
    a = s.issues[0]
    svc.set_axis_scores(s.ws, [Placement(a, 5, 2)], rater_id=s.trainees[0])
    row = next(r for r in svc.scoring_board(s.ws).rows if r.id == a)
    assert row.consensus == {}
    assert row.ratings == {s.ease: {s.trainees[0]: 5}, s.effect: {s.trainees[0]: 2}}


def test_placing_without_axes_is_refused(s: Setup) -> None:
    with s.ws.session() as session:
        session.exec(delete(m.MatrixAxes))  # type: ignore[call-overload]
        session.commit()
    with pytest.raises(ValidationError) as err:
        svc.set_axis_scores(s.ws, [Placement(s.issues[0], 3, 3)])
    assert (err.value.field, err.value.code) == ("axes", "not_set")
    assert not svc.scoring_board(s.ws).has_axes


# --- dot voting --------------------------------------------------------------------------------


def test_a_round_with_both_caps_enforced(s: Setup) -> None:
    a, b, c = s.issues
    yamada, sato = s.trainees
    rnd = svc.add_round(s.ws, " 第1回投票 ", votes_per_person=3, max_per_issue=2)
    assert (rnd.title, rnd.votes_per_person, rnd.max_per_issue) == ("第1回投票", 3, 2)
    svc.cast_vote(s.ws, rnd.id, yamada, a)
    svc.cast_vote(s.ws, rnd.id, yamada, a)
    with pytest.raises(ValidationError) as err:
        svc.cast_vote(s.ws, rnd.id, yamada, a)  # a third dot on one issue
    assert (err.value.field, err.value.code) == ("vote", "issue_cap")
    state = svc.cast_vote(s.ws, rnd.id, yamada, b)
    assert state.remaining(yamada) == 0
    with pytest.raises(ValidationError) as err:
        svc.cast_vote(s.ws, rnd.id, yamada, c)  # a fourth dot
    assert err.value.code == "no_votes_left"
    state = svc.cast_vote(s.ws, rnd.id, sato, a)
    assert state.totals == {a: 3, b: 1}
    assert state.used == {yamada: 3, sato: 1}
    assert state.remaining(sato) == 2
    assert svc.dots_given(s.ws, rnd.id, yamada, a) == 2
    assert svc.list_rounds(s.ws)[0].cast == 4
    assert svc.list_rounds(s.ws)[0].voters == 2


def test_uncast_takes_one_dot_off(s: Setup) -> None:
    a = s.issues[0]
    rnd = svc.add_round(s.ws, "投票", votes_per_person=3, max_per_issue=2)
    svc.cast_vote(s.ws, rnd.id, s.trainees[0], a)
    svc.cast_vote(s.ws, rnd.id, s.trainees[0], a)
    assert svc.uncast_vote(s.ws, rnd.id, s.trainees[0], a).totals == {a: 1}
    assert svc.uncast_vote(s.ws, rnd.id, s.trainees[0], a).totals == {}
    with pytest.raises(ValidationError) as err:
        svc.uncast_vote(s.ws, rnd.id, s.trainees[0], a)
    assert err.value.code == "none_cast"


def test_reset_and_restore(s: Setup) -> None:
    a, b, _c = s.issues
    rnd = svc.add_round(s.ws, "投票", votes_per_person=2, max_per_issue=2)
    svc.cast_vote(s.ws, rnd.id, s.trainees[0], a)
    svc.cast_vote(s.ws, rnd.id, s.trainees[0], a)
    svc.cast_vote(s.ws, rnd.id, s.trainees[1], b)
    removed = svc.reset_round(s.ws, rnd.id)
    assert removed == (VoteRow(s.trainees[0], a, 2), VoteRow(s.trainees[1], b, 1))
    assert svc.voting_state(s.ws, rnd.id).totals == {}
    svc.restore_votes(s.ws, rnd.id, removed)
    assert svc.voting_state(s.ws, rnd.id).totals == {a: 2, b: 1}


def test_a_gated_out_issue_takes_no_dots(s: Setup) -> None:
    svc.set_score(s.ws, s.issues[0], s.gate, 0)
    rnd = svc.add_round(s.ws, "投票")
    with pytest.raises(ValidationError) as err:
        svc.cast_vote(s.ws, rnd.id, s.trainees[0], s.issues[0])
    assert err.value.code == "gated_out"


@pytest.mark.parametrize(
    ("per_person", "per_issue", "field", "code"),
    [
        (0, 1, "votes_per_person", "out_of_range"),
        (100, 1, "votes_per_person", "out_of_range"),
        (3, 0, "max_per_issue", "out_of_range"),
        (2, 3, "max_per_issue", "above_votes_per_person"),
    ],
)
def test_round_caps_are_checked(
    s: Setup, per_person: int, per_issue: int, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as err:
        svc.add_round(s.ws, "投票", votes_per_person=per_person, max_per_issue=per_issue)
    assert (err.value.field, err.value.code) == (field, code)


def test_caps_cannot_drop_below_dots_already_cast(s: Setup) -> None:
    rnd = svc.add_round(s.ws, "投票", votes_per_person=3, max_per_issue=2)
    svc.cast_vote(s.ws, rnd.id, s.trainees[0], s.issues[0])
    svc.cast_vote(s.ws, rnd.id, s.trainees[0], s.issues[0])
    with pytest.raises(ValidationError) as err:
        svc.update_round(s.ws, rnd.id, max_per_issue=1)
    assert (err.value.field, err.value.code) == ("max_per_issue", "below_cast")
    with pytest.raises(ValidationError) as err:
        svc.update_round(s.ws, rnd.id, votes_per_person=1, max_per_issue=1)
    assert err.value.code == "below_cast"
    row = svc.update_round(s.ws, rnd.id, title="決選投票", votes_per_person=5)
    assert (row.title, row.votes_per_person, row.cast) == ("決選投票", 5, 2)


def test_a_deleted_round_is_gone_until_restored(s: Setup) -> None:
    rnd = svc.add_round(s.ws, "投票")
    svc.set_round_deleted(s.ws, rnd.id, True)
    assert svc.list_rounds(s.ws) == []
    with pytest.raises(NotFound):
        svc.cast_vote(s.ws, rnd.id, s.trainees[0], s.issues[0])
    svc.set_round_deleted(s.ws, rnd.id, False)
    assert [r.id for r in svc.list_rounds(s.ws)] == [rnd.id]


# --- themes ------------------------------------------------------------------------------------


def _status(ws: Workshop, issue_id: int) -> str:
    with ws.session() as session:
        return session.exec(select(m.Issue.status).where(m.Issue.id == issue_id)).one()


def test_choosing_replacing_and_clearing_a_theme(s: Setup) -> None:
    a, b, _c = s.issues
    yamada, sato = s.trainees
    assert [t.name for t in svc.trainees_without_theme(s.ws)] == ["佐藤 花子", "山田 太郎"]
    first = svc.set_theme(s.ws, yamada, a)
    assert first.before is None and first.after == a
    assert _status(s.ws, a) == "theme"
    assert [t.name for t in svc.trainees_without_theme(s.ws)] == ["佐藤 花子"]
    overview = {t.trainee_id: t for t in svc.themes_overview(s.ws, group_id=s.group)}
    assert overview[yamada].issue_title == "紙の申請書の転記"
    assert overview[yamada].group_names == "A班"
    assert overview[sato].issue_id is None

    second = svc.set_theme(s.ws, yamada, b)
    assert (second.before, second.after) == (a, b)
    assert (_status(s.ws, a), _status(s.ws, b)) == ("candidate", "theme")
    svc.undo_theme_change(s.ws, second)
    assert (_status(s.ws, a), _status(s.ws, b)) == ("theme", "candidate")
    assert svc.themes_overview(s.ws)[1].issue_id == a

    cleared = svc.clear_theme(s.ws, yamada)
    assert _status(s.ws, a) == "candidate"
    assert len(svc.trainees_without_theme(s.ws)) == 2
    svc.undo_theme_change(s.ws, cleared)
    assert _status(s.ws, a) == "theme"
    svc.redo_theme_change(s.ws, cleared)
    assert _status(s.ws, a) == "candidate"


def test_a_shared_theme_stays_a_theme_while_someone_holds_it(s: Setup) -> None:
    a = s.issues[0]
    svc.set_theme(s.ws, s.trainees[0], a)
    svc.set_theme(s.ws, s.trainees[1], a)
    svc.clear_theme(s.ws, s.trainees[0])
    assert _status(s.ws, a) == "theme"
    svc.clear_theme(s.ws, s.trainees[1])
    assert _status(s.ws, a) == "candidate"


def test_undo_restores_a_dropped_status(s: Setup) -> None:
    a = s.issues[0]
    with s.ws.session() as session:
        row = session.get(m.Issue, a)
        assert row is not None
        row.status = "dropped"
        session.add(row)
        session.commit()
    change = svc.set_theme(s.ws, s.trainees[0], a)
    assert _status(s.ws, a) == "theme"
    svc.undo_theme_change(s.ws, change)
    assert _status(s.ws, a) == "dropped"


def test_theme_refusals(s: Setup) -> None:
    supervisor = people.add_person(s.ws, "課長", roles=[Role.SUPERVISOR]).id
    with pytest.raises(ValidationError) as err:
        svc.set_theme(s.ws, supervisor, s.issues[0])
    assert (err.value.field, err.value.code) == ("theme", "not_trainee")
    svc.set_score(s.ws, s.issues[0], s.gate, 0)
    with pytest.raises(ValidationError) as err:
        svc.set_theme(s.ws, s.trainees[0], s.issues[0])
    assert err.value.code == "gated_out"
    with pytest.raises(NotFound):
        svc.set_theme(s.ws, s.trainees[0], 999)
    assert svc.clear_theme(s.ws, s.trainees[0]) == svc.ThemeChange(s.trainees[0], None, None, ())


# --- scale -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_twelve_thousand_issues_load_well_under_a_second(tmp_path: Path) -> None:
    from dxworkshop.services.demo import create_demo

    with create_demo(tmp_path / "large.dxw", size="large") as ws:
        board = svc.scoring_board(ws)  # its speed is measured in bench/bench_boards.py
        assert len(board.rows) == 12_000
        assert len(board.criteria) == 4
        assert any(r.spread for r in board.rows)
