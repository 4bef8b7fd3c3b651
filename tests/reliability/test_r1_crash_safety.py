"""R1 crash safety: a process editing through the services is SIGKILLed at random points.

One workshop file lives through every trial. In each, a child process
(``tests/reliability/crash_child.py``) opens it and applies edits through the services,
reporting each edit once its service call has returned; the parent kills it with
SIGKILL after a randomly chosen number of reports (seeded), so the kill lands during
the open (lock, checks, backup), inside an edit's commit or between edits. After each
kill the file must open (the dead child's lock is taken over), pass
``PRAGMA integrity_check``, and hold every edit any child ever reported.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.lock import lock_path_for
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import ROOT, integrity_of

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

TRIALS = 24
SEED = 20260401
#: A kill after this many report lines at most (the "opening" line counts as one).
MAX_LINES = 45


def run_and_kill(path: Path, backups: Path, trial: int, kill_after: int) -> list[dict[str, Any]]:
    """Start the child, read *kill_after* lines, SIGKILL it; the edits it reported."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.crash_child",
            str(path),
            str(trial),
            str(backups),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None and proc.stderr is not None and proc.stdin is not None
    committed: list[dict[str, Any]] = []
    seen = 0
    try:
        while seen < kill_after:
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                pytest.fail(f"trial {trial}: the child ended by itself: {proc.stderr.read()}")
            seen += 1
            if line.startswith("committed "):
                committed.append(json.loads(line.removeprefix("committed ")))
            elif line.strip() == "done":
                pytest.fail(f"trial {trial}: the child ran out of edits; raise MAX_EDITS")
        proc.send_signal(signal.SIGKILL)
        # A line printed between the last read and the kill is a committed edit too.
        rest, errors = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    for line in rest.splitlines():
        if line.startswith("committed "):
            committed.append(json.loads(line.removeprefix("committed ")))
    assert proc.returncode == -signal.SIGKILL, f"trial {trial}: {errors}"
    assert "Traceback" not in errors, errors
    return committed


def missing_edits(session: Session, edits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reported edits the file does not hold."""
    missing = []
    for edit in edits:
        op = edit["op"]
        if op == "municipality":
            row = session.get(m.Municipality, edit["id"])
            ok = row is not None and row.name == edit["name"] and row.deleted_at is None
        elif op == "person":
            person = session.get(m.Person, edit["id"])
            roles = session.exec(
                select(m.PersonRole.role).where(m.PersonRole.person_id == edit["id"])
            ).all()
            ok = (
                person is not None
                and person.name == edit["name"]
                and person.municipality_id == edit["municipality_id"]
                and list(roles) == ["trainee"]
            )
        elif op == "issue":
            issue = session.get(m.Issue, edit["id"])
            ok = issue is not None and (issue.title, issue.owner_id) == (
                edit["title"],
                edit["owner_id"],
            )
        elif op == "issue_description":
            issue = session.get(m.Issue, edit["id"])
            ok = issue is not None and issue.description == edit["description"]
        elif op == "issue_deleted":
            issue = session.get(m.Issue, edit["id"])
            ok = issue is not None and issue.deleted_at is not None
        elif op == "score":
            values = session.exec(
                select(m.Score.value).where(
                    m.Score.issue_id == edit["issue_id"],
                    m.Score.criterion_id == edit["criterion_id"],
                    m.Score.rater_id == None,  # noqa: E711 (SQL IS NULL)
                )
            ).all()
            ok = list(values) == [edit["value"]]
        elif op == "session":
            row = session.get(m.TrainingSession, edit["id"])
            ok = row is not None and row.title == edit["title"]
        elif op == "session_place":
            row = session.get(m.TrainingSession, edit["id"])
            ok = row is not None and row.place == edit["place"]
        else:
            raise AssertionError(f"unknown edit {edit}")
        if not ok:
            missing.append(edit)
    return missing


def test_every_reported_edit_survives_sigkill_at_random_points(tmp_path: Path) -> None:
    path = tmp_path / "crash.dxw"
    backups = tmp_path / "backups"
    new_programme(path, "R1 研修", fiscal_year=2026).close()
    rng = random.Random(SEED)
    reported: list[dict[str, Any]] = []
    kill_points = []
    for trial in range(TRIALS):
        # Line 1 is "opening": a kill then lands in Workshop.open (lock, checks, backup).
        kill_after = 1 if trial % 6 == 0 else rng.randint(2, MAX_LINES)
        kill_points.append(kill_after)
        reported += run_and_kill(path, backups, trial, kill_after)

        with Workshop.open(path, backup_root=backups) as workshop:  # takes the stale lock over
            assert integrity_of(workshop) == ["ok"], f"trial {trial}"
            with workshop.session() as session:
                assert missing_edits(session, reported) == [], f"trial {trial}"
        assert not lock_path_for(path).exists()

    # Every kind of edit was reported, and kills landed at many different points.
    assert {e["op"] for e in reported} >= {
        "municipality",
        "person",
        "issue",
        "issue_description",
        "score",
        "session",
        "session_place",
        "issue_deleted",
    }
    assert len(set(kill_points)) >= 10
    print(f"R1: {TRIALS} trials, {len(reported)} reported edits checked after every kill")
