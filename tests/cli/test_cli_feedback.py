"""export --report feedback-form and import-form of a returned feedback form, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from dxworkshop.cli import main
from dxworkshop.domain.enums import Decision, FeedbackStatus, ReviewerRole
from dxworkshop.services import feedback as fb
from dxworkshop.services import plans
from dxworkshop.services.forms import identity
from dxworkshop.store.workshop import Workshop
from tests.services.plan_setup import build


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "r8.dxw"
    setup = build(path)
    for trainee in setup.trainees:
        plans.create_plan(setup.ws, trainee)
    fb.request_feedback(setup.ws, fb.list_rounds(setup.ws)[0].id)
    setup.ws.close()
    return path


def fill_decision(form: Path, text: str) -> None:
    doc = Document(str(form))
    for table in doc.tables:
        for row in table.rows:
            found = identity.MARKER.search(row.cells[0].text)
            if found and found.group(1) == "decision":
                row.cells[-1].text = text
            if found and found.group(1) == "improve":
                row.cells[-1].text = "効果を\n数字で"
    doc.save(str(form))


def supervisor_feedback(path: Path) -> list[fb.FeedbackRow]:
    with Workshop.open(path, backup_on_open=False) as ws:
        return [
            r
            for r in fb.list_feedback(ws, round_id=fb.list_rounds(ws)[0].id)
            if r.role == ReviewerRole.SUPERVISOR
        ]


def test_export_and_import_a_feedback_form(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"  # not made yet: export makes it
    code, stdout, err = run(
        capsys,
        "export",
        str(programme),
        "--report",
        "feedback-form",
        "--supervisor",
        "岡田　課長",  # a full-width space matches too
        "--round",
        "1",
        "-o",
        str(out),
    )
    assert code == 0, err
    form = out / "フィードバック依頼票_第1回_岡田課長.docx"
    assert stdout.strip() == f"wrote {form} (2 trainee(s))"
    fill_decision(form, "■ 承認")

    code, stdout, err = run(capsys, "import-form", str(programme), str(form), "--dry-run")
    assert code == 0, err
    assert stdout.startswith("dry run: feedback of 岡田 課長 (round 1): 4 value(s) changed")
    assert "佐藤 花子 判定: — → 承認" in stdout
    assert "効果を 数字で" in stdout
    assert all(r.status == FeedbackStatus.REQUESTED for r in supervisor_feedback(programme))

    code, stdout, err = run(capsys, "import-form", str(programme), str(form))
    assert code == 0, err
    rows = {r.trainee_name: r for r in supervisor_feedback(programme)}
    assert rows["山田 太郎"].decision == Decision.APPROVED
    assert rows["山田 太郎"].improvements == "効果を\n数字で"
    assert rows["山田 太郎"].status == FeedbackStatus.RECEIVED
    assert rows["鈴木 次郎"].status == FeedbackStatus.REQUESTED  # another supervisor's


def test_export_needs_a_known_supervisor_and_round(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("export", str(programme), "--report", "feedback-form", "-o", str(tmp_path / "x.docx"))
    code, _out, err = run(capsys, *base, "--round", "1")
    assert code == 1 and "needs --supervisor" in one_line(err)
    code, _out, err = run(capsys, *base, "--supervisor", "誰か", "--round", "1")
    assert code == 1 and "no supervisor named “誰か”" in one_line(err)
    assert "岡田 課長" in err
    code, _out, err = run(capsys, *base, "--supervisor", "岡田 課長", "--round", "9")
    assert code == 1 and "no feedback round 9" in one_line(err)
    assert not (tmp_path / "x.docx").exists()


def test_import_form_refuses_a_form_of_another_programme(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.dxw"
    setup = build(other, "別の研修")
    plans.create_plan(setup.ws, setup.trainees[0])
    setup.ws.close()
    form = tmp_path / "form.docx"
    code, _out, err = run(
        capsys,
        "export",
        str(other),
        "--report",
        "feedback-form",
        "--supervisor",
        "岡田 課長",
        "--round",
        "1",
        "-o",
        str(form),
    )
    assert code == 0, err
    fill_decision(form, "■ 承認")
    code, _out, err = run(capsys, "import-form", str(programme), str(form))
    assert code == 1
    assert "another programme (別の研修)" in one_line(err)
    assert all(r.decision is None for r in supervisor_feedback(programme))


def test_import_form_refuses_a_document_that_is_no_form(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    code, _out, err = run(capsys, "import-form", str(programme), str(plain))
    assert code == 1 and "not a hearing sheet or feedback request form" in one_line(err)


def test_import_form_names_what_it_does_not_import(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text beside the fields and a review comment are warnings of --dry-run and the import."""
    out = tmp_path / "out"
    argv = ("export", str(programme), "--report", "feedback-form", "--supervisor", "岡田 課長")
    code, _stdout, err = run(capsys, *argv, "--round", "1", "-o", str(out))
    assert code == 0, err
    form = out / "フィードバック依頼票_第1回_岡田課長.docx"
    doc = Document(str(form))
    doc.add_paragraph("別紙の資料もご覧ください。")
    doc.add_comment(doc.paragraphs[0].runs, text="期限を延ばせますか", author="岡田")
    doc.save(str(form))
    for extra in (("--dry-run",), ()):
        code, _stdout, err = run(capsys, "import-form", str(programme), str(form), *extra)
        assert code == 0, err
        warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
        assert any("別紙の資料もご覧ください。" in w for w in warnings), err
        assert any("期限を延ばせますか" in w and "岡田" in w for w in warnings), err
