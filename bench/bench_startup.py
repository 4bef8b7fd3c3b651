"""P1 start-up: ``dxworkshop --smoke-test`` against a bare PySide6 window, in the same run.

    python bench/bench_startup.py [--runs 7] [--phase-runs 3] [--check]

Each run is a fresh process (offscreen platform unless QT_QPA_PLATFORM says otherwise,
the code of this checkout, a private settings and data folder), timed from start to
exit; bare-window and smoke-test runs alternate so that the machine's ups and downs hit
both alike:

- baseline: ``import PySide6``, a ``QMainWindow`` shown, the event loop entered and left;
- ``python -m dxworkshop --smoke-test``: start, open the demo programme, create and show
  every page, check the resources, run the migrations on a scratch file, draw a chart,
  write a Word document, quit.

Prints the median, min and max of each and the ratio of the medians (target ≤ 3×), then
where the smoke test's time goes: the same command run with timers around its steps
(``--phase-runs`` more runs; medians). ``--check`` exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 3.0
ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# The smoke test with a timer around each of its steps; prints {"step": seconds} as JSON.
# Steps missing in this build are left out, so the script outlives refactoring.
PHASES = """
import json, sys, time
t0 = time.perf_counter()
phases = {}

def timed(owner, name, label):
    original = getattr(owner, name, None)
    if original is None:
        return
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            phases[label] = phases.get(label, 0.0) + time.perf_counter() - start
    setattr(owner, name, wrapper)

import PySide6.QtWidgets
phases["import PySide6"] = time.perf_counter() - t0
start = time.perf_counter()
import dxworkshop.cli
import dxworkshop.ui.app as app_module
phases["import dxworkshop.ui.app"] = time.perf_counter() - start
start = time.perf_counter()
from dxworkshop.ui import main_window
phases["import the main window (services, SQLAlchemy)"] = time.perf_counter() - start
import dxworkshop.services.demo as demo

page = main_window.MainWindow.page
def page_timed(self, key):
    fresh = key not in self._pages
    start = time.perf_counter()
    try:
        return page(self, key)
    finally:
        if fresh:
            phases[f"  page {key}"] = time.perf_counter() - start
main_window.MainWindow.page = page_timed

timed(app_module.Application, "__init__", "main window built (font, translations)")
timed(demo, "create_demo", "demo programme created")
timed(main_window.MainWindow, "set_workshop", "demo opened in the window")
timed(main_window.MainWindow, "visit_every_page", "smoke: every page created and shown")
timed(app_module, "_smoke_resources", "smoke: resources checked")
timed(app_module, "_smoke_migrations", "smoke: migrations run")
timed(app_module, "_smoke_chart", "smoke: chart drawn")
timed(app_module, "_smoke_document", "smoke: Word document written")
code = dxworkshop.cli.main(["--smoke-test", "--no-error-dialogs"])
total = time.perf_counter() - t0
phases["other (event loop, show, quit, clean-up)"] = total - sum(
    v for k, v in phases.items() if not k.startswith(" ")
)
phases["total (in process)"] = total
print("PHASES " + json.dumps(phases))
sys.exit(code)
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env["DXWORKSHOP_HOME"] = str(home / "dxhome")
    env["XDG_CONFIG_HOME"] = str(home / "config")  # QSettings: no user preferences
    # This checkout's code, whatever copy of dxworkshop is installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])} failed ({done.returncode}):\n{done.stderr}")
    return elapsed, done.stdout


def _summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<34} median {statistics.median(values):6.2f} s   "
        f"min {min(values):6.2f} s   max {max(values):6.2f} s   ({len(values)} runs)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (at least 5)")
    parser.add_argument("--phase-runs", type=int, default=3, help="runs with step timers")
    parser.add_argument("--check", action="store_true", help="exit 1 when over the target")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)

    bare: list[float] = []
    smoke: list[float] = []
    phases: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="dxworkshop-bench-startup-") as name:
        env = _env(Path(name))
        python = sys.executable
        # One untimed run of each: compiled bytecode and the font cache exist afterwards,
        # as on any start but the very first.
        _run([python, "-c", BARE_WINDOW], env)
        _run([python, "-m", "dxworkshop", "--smoke-test", "--no-error-dialogs"], env)
        for _ in range(runs):
            bare.append(_run([python, "-c", BARE_WINDOW], env)[0])
            smoke.append(
                _run([python, "-m", "dxworkshop", "--smoke-test", "--no-error-dialogs"], env)[0]
            )
        for _ in range(args.phase_runs):
            _elapsed, out = _run([python, "-c", PHASES], env)
            line = next(x for x in out.splitlines() if x.startswith("PHASES "))
            for step, seconds in json.loads(line.removeprefix("PHASES ")).items():
                phases.setdefault(step, []).append(seconds)

    ratio = statistics.median(smoke) / statistics.median(bare)
    print("P1 start-up (fresh process each run, wall time from start to exit)")
    print(_summary("baseline: bare PySide6 window", bare))
    print(_summary("dxworkshop --smoke-test", smoke))
    verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
    print(f"ratio of medians: {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x): {verdict}")
    if phases:
        print(f"\nwhere the smoke test's time goes (medians of {args.phase_runs} runs, in process)")
        for step, values in phases.items():
            print(f"  {step:<52} {statistics.median(values):6.2f} s")
    return 1 if args.check and ratio > TARGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
