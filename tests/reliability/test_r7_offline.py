"""R7 offline: a whole programme, from a new file to the exports, opens no network socket.

The workflow runs through the services with ``socket.socket``, ``socket.create_connection``
and ``socket.getaddrinfo`` made to fail (every attempt is also recorded, in case a caller
swallowed the error): new programme → roster import (an .xlsx made here) → issues →
scores and matrix placement → themes → plans → feedback → practice → interchange dump
and load → Save As, backup → hearing sheet, feedback form and matrix chart → ``check``.
The GUI's ``--smoke-test`` runs in a process whose ``sitecustomize`` blocks sockets the
same way.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from dxworkshop.cli import main as cli_main
from dxworkshop.domain.enums import ReviewerRole, Role
from dxworkshop.reports.chart_style import figure_png
from dxworkshop.reports.feedback_form_docx import write_feedback_form
from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet
from dxworkshop.reports.matrix_chart import board_matrix_figure
from dxworkshop.services import (
    criteria,
    feedback,
    feedback_form,
    hearing_sheet,
    hearings,
    issues,
    people,
    plans,
    prioritize,
)
from dxworkshop.services.interchange import dump_json, load_json
from dxworkshop.services.programme import new_programme
from dxworkshop.services.roster import import_roster
from dxworkshop.store import models as m
from tests.reliability.helpers import ROOT

BLOCKED = "network access attempted in an offline test"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    class BlockedSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket.socket{args}")
            raise OSError(BLOCKED)

    def blocked(name: str):  # type: ignore[no-untyped-def]
        def refuse(*args: object, **kwargs: object) -> object:
            attempts.append(f"socket.{name}{args}")
            raise OSError(BLOCKED)

        return refuse

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    monkeypatch.setattr(socket, "create_connection", blocked("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", blocked("getaddrinfo"))
    yield attempts
    assert attempts == [], f"the workflow tried the network: {attempts}"


def write_roster(path: Path) -> Path:
    rows = [
        ["氏名", "ふりがな", "市町村", "団体コード", "所属", "職名", "上司", "役割"],
        ["上司 一郎", "じょうし いちろう", "倉敷市", "332020", "市民課", "課長", "", "上司"],
        ["上司 二郎", "じょうし じろう", "総社市", "332089", "税務課", "課長", "", "上司"],
        [
            "研修 花子",
            "けんしゅう はなこ",
            "倉敷市",
            "332020",
            "市民課",
            "主事",
            "上司 一郎",
            "受講者",
        ],
        [
            "研修 太郎",
            "けんしゅう たろう",
            "倉敷市",
            "332020",
            "市民課",
            "主任",
            "上司 一郎",
            "受講者",
        ],
        [
            "研修 三郎",
            "けんしゅう さぶろう",
            "総社市",
            "332089",
            "税務課",
            "主事",
            "上司 二郎",
            "受講者",
        ],
        ["講師 四郎", "こうし しろう", "", "", "", "講師", "", "講師"],
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "受講者名簿"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def run_workflow(folder: Path) -> None:
    path = folder / "offline.dxw"
    workshop = new_programme(
        path,
        "令和8年度 業務改善・DX実践研修",
        fiscal_year=2026,
        organiser="岡山県",
        start_date=dt.date(2026, 9, 1),
        backup_root=folder / "backups",
    )
    with workshop:
        report = import_roster(workshop, write_roster(folder / "roster.xlsx"))
        assert report.people_created == 6 and not report.rejected
        trainees = people.list_people(workshop, Role.TRAINEE)
        munis = {mu.name: mu.id for mu in people.list_municipalities(workshop)}

        # issues, scores, the matrix and themes
        axes = criteria.get_matrix_axes(workshop)
        scored = criteria.list_criteria(workshop)
        themes = {}
        for n, trainee in enumerate(trainees):
            for k in range(2):
                issue = issues.add_issue(
                    workshop,
                    f"{trainee.name}の課題{k + 1}",
                    owner_id=trainee.id,
                    process="窓口受付",
                    description="紙の申請書を手入力している",
                    categories=["申請"],
                    cases_per_year=1200.0 + 100 * n,
                    minutes_per_case=7.5,
                    people=1.0,
                )
                for criterion in scored:
                    if criterion.id not in (axes.x_criterion_id, axes.y_criterion_id):
                        prioritize.set_score(workshop, issue.id, criterion.id, criterion.max)
                prioritize.set_axis_scores(workshop, [prioritize.Placement(issue.id, 4 - k, 2 + k)])
                themes.setdefault(trainee.id, issue.id)
        for trainee_id, issue_id in themes.items():
            prioritize.set_theme(workshop, trainee_id, issue_id)

        # plans
        plan_ids = []
        for trainee in trainees:
            plan = plans.create_plan(workshop, trainee.id)
            plans.update_version(workshop, plan.latest.id, "goal", "転記をなくす")
            plans.update_version(workshop, plan.latest.id, "after_minutes_per_case", 2.0)
            plans.add_step(workshop, plan.latest.id, "電子申請の様式を作る", "本人", None)
            plan_ids.append(plan.id)

        # feedback
        first_round = feedback.list_rounds(workshop)[0]
        requested = feedback.request_feedback(workshop, first_round.id)
        assert requested.created
        rubric = criteria.list_rubric_items(workshop)
        for row in feedback.list_feedback(workshop, round_id=first_round.id):
            feedback.update_feedback(workshop, row.id, "good_points", "現状把握が丁寧")
            feedback.set_rating(workshop, row.id, rubric[0].id, rubric[0].max)
            if row.role == ReviewerRole.SUPERVISOR:
                supervisor_id = row.reviewer_id

        # practice (through the tables: its service is not in this build yet)
        with workshop.session() as session:
            for plan_id in plan_ids:
                session.add(m.ActionItem(plan_id=plan_id, title="様式の試行", progress=50))
                session.add(m.CheckIn(plan_id=plan_id, date=dt.date(2026, 10, 5), progress=50))
                session.add(m.Measurement(plan_id=plan_id, metric="分/件", baseline=7.5, actual=3))
                session.add(m.Outcome(plan_id=plan_id, hours_saved_per_year=90.0))
            session.commit()

        # a hearing
        hearing = hearings.add_hearing(workshop, munis["倉敷市"])
        text_question = next(q for q in hearings.live_questions(workshop) if q.kind == "text")
        hearings.set_answer(workshop, hearing.id, text_question.id, "紙の申請が多い")

        # exports and copies
        text = dump_json(workshop)
        load_json(text, folder / "loaded.dxw").close()
        workshop.save_as(folder / "copy.dxw")
        assert workshop.backup_now() is not None
        write_hearing_sheet(
            hearing_sheet.sheet_data(workshop, munis["倉敷市"]), folder / "hearing.docx"
        )
        write_feedback_form(
            feedback_form.form_data(workshop, supervisor_id, first_round.id),
            folder / "feedback.docx",
        )
        png = figure_png(board_matrix_figure(prioritize.scoring_board(workshop)))
        assert png.startswith(b"\x89PNG")
    assert cli_main(["check", str(path)]) == 0


def test_a_whole_programme_runs_without_the_network(
    no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_workflow(tmp_path)
    assert "ok" in capsys.readouterr().out
    assert {"offline.dxw", "loaded.dxw", "copy.dxw", "hearing.docx", "feedback.docx"} <= set(
        os.listdir(tmp_path)
    )


def test_the_blocking_works(no_network: list[str]) -> None:
    """The patch is in force: any attempt fails and is recorded."""
    with pytest.raises(OSError, match=BLOCKED):
        socket.create_connection(("example.org", 80))
    assert no_network == ["socket.create_connection(('example.org', 80),)"]
    no_network.clear()


SITECUSTOMIZE = textwrap.dedent(
    '''
    """Blocks the network for the whole process; each attempt is written to a log."""
    import os
    import socket

    _LOG = os.environ["DXW_NETWORK_LOG"]


    def _refuse(what):
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(what + "\\n")
        raise OSError("network access attempted in an offline test")


    class _BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            _refuse(f"socket.socket{args}")


    socket.socket = _BlockedSocket
    socket.create_connection = lambda *a, **k: _refuse(f"socket.create_connection{a}")
    socket.getaddrinfo = lambda *a, **k: _refuse(f"socket.getaddrinfo{a}")
    '''
)


@pytest.fixture
def offline_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(site), str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    env["DXW_NETWORK_LOG"] = str(tmp_path / "network.log")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DXWORKSHOP_HOME"] = str(tmp_path / "home")
    return env


def test_the_sitecustomize_blocks_sockets(offline_env: dict[str, str], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket()"],
        env=offline_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "network access attempted" in done.stderr
    assert (tmp_path / "network.log").read_text().startswith("socket.socket")


def test_the_smoke_test_runs_without_the_network(
    offline_env: dict[str, str], tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dxworkshop", "--smoke-test", "--no-error-dialogs"],
        env=offline_env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "smoke-test: ok" in done.stdout
    assert not (tmp_path / "network.log").exists(), (tmp_path / "network.log").read_text()
