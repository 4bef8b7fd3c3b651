"""P5 peak memory: the GUI on the large demo at x1 and x4, edits and an export included.

    python bench/bench_memory.py [--runs 3] [--scales 1,4] [--edits 3] [--check]

The large demo (600 trainees, 12,000 issues; ×4: 2,400 and 48,000) is written once per
scale by its own process and cached (``demo_files.py``). Then, each in a fresh process
(offscreen platform unless QT_QPA_PLATFORM says otherwise, the code of this checkout,
private settings and data folders), peak resident memory (``ru_maxrss``) is read:

- baseline: a bare ``QApplication`` with a ``QMainWindow`` shown;
- the app at each scale: the main window opens a copy of the programme, every page is
  created and shown (as ``--smoke-test`` does), then ``--edits`` of each common edit are
  made through the pages (the drivers of ``bench_edits.py``: a card added, a card moved on
  the affinity board and on the matrix, a dot voted, a plan field and a feedback field
  saved), and one export runs from the Reports page (the 上司向けサマリー of one trainee,
  in the page's worker thread), pending events are processed, and the peak is read;
- for reference, at ×1, the same with the demo created in that process first (what a
  ``--demo`` start on the large programme would peak at; no edits, no export).

Prints the median of each (target: the app ≤ 400 MB at ×4, the largest scale run) and the
app's peak step by step (``ru_maxrss`` after each page, edit kind and the export, first
run). ``--check`` exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_MB = 400.0
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_files import child_env, demo_file, working_copy  # noqa: E402

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
import gc, json, os, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings
from dxworkshop.ui.app import Application, make_application
from dxworkshop.ui.preferences import Preferences

path, mode, edits = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
gc.disable()  # as run_gui: off during start-up, then frozen
app = make_application()
steps = {"QApplication": peak_mb()}
if mode == "create":
    from dxworkshop.services.demo import create_demo
    path = Path(tempfile.mkdtemp()) / "large.dxw"
    create_demo(path, "large").close()
    steps["large demo created in this process"] = peak_mb()
prefs = Preferences(
    QSettings(str(Path(os.environ["XDG_CONFIG_HOME"]) / "bench.ini"), QSettings.Format.IniFormat)
)
prefs.set("backup/interval_minutes", 0)
shell = Application(app, backups=None, prefs=prefs)
window = shell.window
window.resize(1280, 800)
window.show()
window.open_path(path)
app.processEvents()
from dxworkshop.ui.app import startup_done
startup_done(app)  # the collector as the app sets it up
assert window.workshop is not None, "the large programme did not open"
steps["large programme open (home page)"] = peak_mb()
for row in range(window.navigator.count()):
    window.navigator.setCurrentRow(row)
    window.stack.currentWidget().repaint()
    app.processEvents()
    steps[f"page {window._entries[row][0]}"] = peak_mb()
if edits:
    import bench_edits as be

    window.activateWindow()
    app.processEvents()
    b = be.Bench(app, window)
    b.state["real_focus"] = window.isActiveWindow()
    for name in be.EDITS:
        driver = be.DRIVERS[name]
        page = driver.setup(b)
        be.settle(b)
        for i in range(edits):
            driver.prepare(b, page, i)
            before = b.undo_count()
            driver.act(b, page, i)
            be.settle_and_paint(b)
            assert b.undo_count() == before + 1, name
            problem = driver.check(b, page, i)
            assert problem is None, (name, problem)
        steps[f"{edits} x {name}"] = peak_mb()
if mode == "open":
    # One export from the Reports page: one trainee's supervisor summary (worker thread).
    from dxworkshop.services.export import ReportKind, ScopeKind
    page = window.show_page("report")
    page.set_report_kind(ReportKind.SUPERVISOR_SUMMARY)
    trainee = page.ui.traineeCombo.itemData(0)
    page.set_scope(ScopeKind.TRAINEE, trainee)
    out = Path(tempfile.mkdtemp()) / "export"
    page.ui.folderEdit.setText(str(out))
    assert page.export() is not None, "the export did not start"
    deadline = time.monotonic() + 900
    while page.last_result is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    result = page.last_result
    assert result is not None and not result.failures and len(result.written) == 1, result
    steps["export: one supervisor summary (Reports page)"] = peak_mb()
window.navigator.setCurrentRow(0)
app.processEvents()
print("RESULT " + json.dumps({"peak_mb": peak_mb(), "steps": steps}))
window.close_workshop()
"""
)


def _env(home: Path) -> dict[str, str]:
    env = child_env(home)
    # bench_edits (the drivers of the edits) is imported from this folder.
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parent), env["PYTHONPATH"]])
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
    parser.add_argument("--scales", default="1,4", help="comma-separated demo scales")
    parser.add_argument("--edits", type=int, default=3, help="edits of each kind (0: none)")
    parser.add_argument(
        "--no-create-run", action="store_true", help="skip the run that creates the demo itself"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when over 400 MB")
    args = parser.parse_args(argv)
    scales = [int(x) for x in args.scales.split(",") if x.strip()]

    bare: list[float] = []
    app: dict[int, list[float]] = {scale: [] for scale in scales}
    created: list[float] = []
    steps: dict[int, dict[str, float]] = {}
    sizes: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="dxworkshop-bench-memory-") as name:
        folder = Path(name)
        env = _env(folder)
        python = sys.executable
        sources = {scale: demo_file(scale) for scale in scales}
        for run in range(args.runs):
            bare.append(float(_run([python, "-c", BARE_WINDOW], env)["peak_mb"]))  # type: ignore[arg-type]
            for scale in scales:
                large = working_copy(sources[scale], folder / f"run{run}")
                sizes[scale] = large.stat().st_size
                argv_child = [python, "-c", APP_ON_FILE, str(large), "open", str(args.edits)]
                result = _run(argv_child, env)
                app[scale].append(float(result["peak_mb"]))  # type: ignore[arg-type]
                if run == 0:
                    steps[scale] = dict(result["steps"])  # type: ignore[call-overload]
                large.unlink()
        if not args.no_create_run:
            result = _run([python, "-c", APP_ON_FILE, "-", "create", "0"], env)
            created.append(float(result["peak_mb"]))  # type: ignore[arg-type]

    print("P5 peak memory (ru_maxrss, fresh process each run)")
    for scale in scales:
        print(f"  large demo x{scale}: file {sizes[scale] / 1e6:.1f} MB")
    print(_summary("baseline: bare QApplication + QMainWindow", bare))
    what = f"pages, {args.edits}× each edit, 1 export" if args.edits else "pages, 1 export"
    for scale in scales:
        print(_summary(f"GUI x{scale}: {what}", app[scale]))
    if created:
        print(_summary("  (x1, demo created in that process)", created))
    largest = max(scales)
    peak = statistics.median(app[largest])
    verdict = "ok" if peak <= TARGET_MB else "MISSED"
    print(
        f"GUI peak at x{largest} {peak:.0f} MB (target <= {TARGET_MB:.0f} MB): {verdict}; "
        f"{peak - statistics.median(bare):.0f} MB above the bare window"
    )
    for scale in scales:
        print(f"\npeak after each step, x{scale} (first run)")
        for step, mb in steps[scale].items():
            print(f"  {step:<48} {mb:6.0f} MB")
    return 1 if args.check and peak > TARGET_MB else 0


if __name__ == "__main__":
    sys.exit(main())
