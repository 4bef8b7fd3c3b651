"""P5 peak memory: the GUI on the large demo programme, against a bare window, same run.

    python bench/bench_memory.py [--runs 3] [--check]

The large demo (600 trainees, 12,000 issues) is written once, by its own process. Then,
each in a fresh process (offscreen platform unless QT_QPA_PLATFORM says otherwise, the
code of this checkout), peak resident memory (``ru_maxrss``) is read:

- baseline: a bare ``QApplication`` with a ``QMainWindow`` shown;
- the app: the main window opens the large programme, every page is created and shown
  (as ``--smoke-test`` does), pending events are processed, and the peak is read;
- for reference, the same with the demo created in that process first (what a
  ``--demo`` start on the large programme would peak at).

Prints the median of each (target: the app ≤ 400 MB) and the app's peak step by step
(``ru_maxrss`` after each page, first run). ``--check`` exits 1 when the target is missed.
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

TARGET_MB = 400.0
ROOT = Path(__file__).resolve().parent.parent

_PEAK = """
import resource, sys
def peak_mb():
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS
"""

BARE_WINDOW = (
    _PEAK
    + """
import json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("RESULT " + json.dumps({"peak_mb": peak_mb()}))
"""
)

APP_ON_FILE = (
    _PEAK
    + """
import json, sys, tempfile
from pathlib import Path
from dxworkshop.ui.app import Application, make_application

app = make_application()
steps = {"QApplication": peak_mb()}
path = Path(sys.argv[1])
if sys.argv[2] == "create":
    from dxworkshop.services.demo import create_demo
    path = Path(tempfile.mkdtemp()) / "large.dxw"
    create_demo(path, "large").close()
    steps["large demo created in this process"] = peak_mb()
shell = Application(app, backups=None)
window = shell.window
window.resize(1280, 800)
window.show()
window.open_path(path)
app.processEvents()
assert window.workshop is not None, "the large programme did not open"
steps["large programme open (home page)"] = peak_mb()
for row in range(window.navigator.count()):
    window.navigator.setCurrentRow(row)
    window.stack.currentWidget().repaint()
    app.processEvents()
    steps[f"page {window._entries[row][0]}"] = peak_mb()
window.navigator.setCurrentRow(0)
app.processEvents()
print("RESULT " + json.dumps({"peak_mb": peak_mb(), "steps": steps}))
window.close_workshop()
"""
)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env["DXWORKSHOP_HOME"] = str(home / "dxhome")
    env["XDG_CONFIG_HOME"] = str(home / "config")  # QSettings: no user preferences
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run(argv: list[str], env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])} failed ({done.returncode}):\n{done.stderr}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result: dict[str, object] = json.loads(line.removeprefix("RESULT "))
    return result


def _summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<44} median {statistics.median(values):6.0f} MB   "
        f"min {min(values):6.0f} MB   max {max(values):6.0f} MB   ({len(values)} runs)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--no-create-run", action="store_true", help="skip the run that creates the demo itself"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when over 400 MB")
    args = parser.parse_args(argv)

    bare: list[float] = []
    app: list[float] = []
    created: list[float] = []
    steps: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="dxworkshop-bench-memory-") as name:
        folder = Path(name)
        env = _env(folder)
        python = sys.executable
        large = folder / "large.dxw"
        start = time.perf_counter()
        subprocess.run(
            [python, "-m", "dxworkshop", "demo", str(large), "--size", "large"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        made_in = time.perf_counter() - start
        size = large.stat().st_size
        for run in range(args.runs):
            bare.append(float(_run([python, "-c", BARE_WINDOW], env)["peak_mb"]))  # type: ignore[arg-type]
            result = _run([python, "-c", APP_ON_FILE, str(large), "open"], env)
            app.append(float(result["peak_mb"]))  # type: ignore[arg-type]
            if run == 0:
                steps = dict(result["steps"])  # type: ignore[call-overload]
        if not args.no_create_run:
            result = _run([python, "-c", APP_ON_FILE, str(large), "create"], env)
            created.append(float(result["peak_mb"]))  # type: ignore[arg-type]

    print(
        f"P5 peak memory (ru_maxrss, fresh process each run; the large demo file is "
        f"{size / 1e6:.1f} MB, written in {made_in:.1f} s)"
    )
    print(_summary("baseline: bare QApplication + QMainWindow", bare))
    print(_summary("GUI: large programme open, every page shown", app))
    if created:
        print(_summary("  (the same, demo created in that process)", created))
    peak = statistics.median(app)
    verdict = "ok" if peak <= TARGET_MB else "MISSED"
    print(
        f"GUI peak {peak:.0f} MB (target <= {TARGET_MB:.0f} MB): {verdict}; "
        f"{peak - statistics.median(bare):.0f} MB above the bare window"
    )
    print("\npeak after each step (first run)")
    for step, mb in steps.items():
        print(f"  {step:<44} {mb:6.0f} MB")
    return 1 if args.check and peak > TARGET_MB else 0


if __name__ == "__main__":
    sys.exit(main())
