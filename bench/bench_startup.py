"""P1 start-up: ``dxworkshop FILE`` on the large programme to the home page painted,
against a bare PySide6 window's first paint, in the same run (target ≤ 3×).

    python bench/bench_startup.py [--runs 7] [--phase-runs 3] [--scale 1] [--check]

Each run is a fresh process (offscreen platform unless QT_QPA_PLATFORM says otherwise,
the code of this checkout, a private settings and data folder), the kinds of run
alternating so that the machine's ups and downs hit all alike:

- P1, what a facilitator waits for: ``dxworkshop FILE`` on the large demo programme (600
  trainees, 12,000 issues; ``--scale N``: N×; cached, see ``demo_files.py``), from the
  process start to the window's first paint and to the home page's first paint with the
  file open and its data shown; the baseline is a bare ``QMainWindow``'s first paint.
  The ratio of the medians, home page against the bare window, is the P1 figure;
- the packaging check, not a start-up figure: ``python -m dxworkshop --smoke-test``
  (start, open the demo programme, create and show every page, check the resources, run
  the migrations on a scratch file, draw a chart, write a Word document, quit), timed
  from start to exit against a bare PySide6 window (import, show, event loop, quit);
- floor: importing the libraries the smoke test has to load (PySide6, SQLAlchemy,
  sqlmodel, alembic, matplotlib, python-docx) and nothing else.

Prints the median, min and max of each and the ratios of the medians, then where the
smoke test's time goes (``--phase-runs`` more runs with timers around its steps;
medians). ``--check`` exits 1 when the P1 target is missed.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_files import demo_file, working_copy  # noqa: E402

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

LIBRARIES = (
    "import PySide6.QtWidgets, sqlalchemy.orm, sqlmodel, alembic.command, matplotlib.figure,"
    " matplotlib.backends.backend_agg, docx"
)

# First paints, seen by an application-wide event filter: prints "PAINT <name> <time>"
# (wall clock, comparable with the parent's) for the first paint inside a QMainWindow
# ("window") and inside the home page ("home"), then quits once the last one wanted
# came. argv: "bare" for the plain window, else the arguments of dxworkshop.
PAINTS = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

seen = {}
wanted = ("window",) if sys.argv[1] == "bare" else ("window", "home")

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            now = time.time()
            if "window" not in seen and isinstance(obj.window(), QMainWindow):
                seen["window"] = now
            widget = obj
            while "home" not in seen and widget is not None:
                if type(widget).__name__ == "HomePage":
                    seen["home"] = now
                widget = widget.parentWidget()
            if all(k in seen for k in wanted):
                QTimer.singleShot(0, QApplication.instance().quit)
        return False

probe = Probe()
if sys.argv[1] == "bare":
    app = QApplication([])
    app.installEventFilter(probe)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
    code = 0
else:
    import dxworkshop.ui.app as app_module
    make = app_module.make_application
    def make_application(*args, **kwargs):
        app = make(*args, **kwargs)
        app.installEventFilter(probe)
        return app
    app_module.make_application = make_application
    import dxworkshop.cli
    code = dxworkshop.cli.main(sys.argv[1:])
for name, when in seen.items():
    print(f"PAINT {name} {when!r}")
sys.exit(code)
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
phases["import the main window"] = time.perf_counter() - start
# (in the app this happens after the window shows, while it says "Opening …")
start = time.perf_counter()
import dxworkshop.services.demo as demo
phases["import the storage (SQLAlchemy, sqlmodel, models)"] = time.perf_counter() - start

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
    # Bytecode is cached, as in an installed wheel or the bundle (and in its own folder,
    # so that a machine with PYTHONDONTWRITEBYTECODE does not compile on every start).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
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


def _paints(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the process start to each first paint the PAINTS script saw."""
    start = time.time()
    _elapsed, out = _run(argv, env)
    return {
        name: float(when) - start
        for _, name, when in (x.split() for x in out.splitlines() if x.startswith("PAINT "))
    }


def _summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<40} median {statistics.median(values):6.2f} s   "
        f"min {min(values):6.2f} s   max {max(values):6.2f} s   ({len(values)} runs)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (at least 5)")
    parser.add_argument("--phase-runs", type=int, default=3, help="runs with step timers")
    parser.add_argument("--scale", type=int, default=1, help="the large demo N times (1-8)")
    parser.add_argument("--check", action="store_true", help="exit 1 when over the target")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)

    bare: list[float] = []
    smoke: list[float] = []
    floor: list[float] = []
    bare_paint: list[float] = []
    window_paint: list[float] = []
    home_paint: list[float] = []
    phases: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="dxworkshop-bench-startup-") as name:
        env = _env(Path(name))
        # One untimed run of each: compiled bytecode and the font cache exist afterwards,
        # as on any start but the very first.
        python = sys.executable
        smoke_argv = [python, "-m", "dxworkshop", "--smoke-test", "--no-error-dialogs"]
        demo = working_copy(demo_file(args.scale), Path(name) / "files")
        paints_argv = [python, "-c", PAINTS]
        # One untimed run of each: compiled bytecode and the font cache exist afterwards,
        # as on any start but the very first.
        _run([python, "-c", BARE_WINDOW], env)
        _run(smoke_argv, env)
        _paints([*paints_argv, str(demo), "--no-error-dialogs"], env)
        for _ in range(runs):
            bare.append(_run([python, "-c", BARE_WINDOW], env)[0])
            smoke.append(_run(smoke_argv, env)[0])
            floor.append(_run([python, "-c", LIBRARIES], env)[0])
            bare_paint.append(_paints([*paints_argv, "bare"], env)["window"])
            seen = _paints([*paints_argv, str(demo), "--no-error-dialogs"], env)
            window_paint.append(seen["window"])
            home_paint.append(seen["home"])
        for _ in range(args.phase_runs):
            _elapsed, out = _run([python, "-c", PHASES], env)
            line = next(x for x in out.splitlines() if x.startswith("PHASES "))
            for step, seconds in json.loads(line.removeprefix("PHASES ")).items():
                phases.setdefault(step, []).append(seconds)

    base = statistics.median(bare_paint)
    ratio = statistics.median(home_paint) / base
    print(f"P1 start-up: dxworkshop FILE on the large demo x{args.scale} (fresh process each run)")
    print(_summary("baseline: bare PySide6 window painted", bare_paint))
    print(_summary("dxworkshop FILE: window painted", window_paint))
    print(_summary("dxworkshop FILE: home page painted", home_paint))
    verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
    print(
        f"ratio of medians, home page with the file open: {ratio:.2f}x"
        f" (target <= {TARGET_RATIO:.0f}x): {verdict};"
        f" window {statistics.median(window_paint) / base:.2f}x"
    )
    print("\npackaging check (not the start-up figure): wall time from start to exit")
    print(_summary("baseline: bare PySide6 window", bare))
    print(_summary("dxworkshop --smoke-test", smoke))
    print(f"ratio of medians: {statistics.median(smoke) / statistics.median(bare):.2f}x")
    print(_summary("floor: the smoke test's libraries imported", floor))
    floor_ratio = statistics.median(floor) / statistics.median(bare)
    print(f"the floor alone is {floor_ratio:.2f}x the bare window")
    if phases:
        print(f"\nwhere the smoke test's time goes (medians of {args.phase_runs} runs, in process)")
        for step, values in phases.items():
            print(f"  {step:<52} {statistics.median(values):6.2f} s")
    return 1 if args.check and ratio > TARGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
