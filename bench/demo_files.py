"""Demo programmes for the benchmarks, written once and kept in a temporary folder.

``demo_file(scale)`` returns the large demo programme at that scale (``dxworkshop demo
--size large --scale N``), written by a child process with the code of this checkout and
kept under ``<tmp>/dxworkshop-bench-demos/``: building the ×4 file takes half a minute.
The file name carries everything the file depends on — scale, seed, the day it was built
for (the demo's dates follow the clock), the schema version and a digest of the demo
builder and the models — so a changed builder or schema writes a new one. Benchmarks
edit a ``working_copy`` of it, never the cached file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "dxworkshop-bench-demos"

# What a demo file depends on besides its arguments.
_SOURCES = (
    "dxworkshop/services/demo",  # a folder: every file in it
    "resources/templates",
    "dxworkshop/services/interchange",  # a folder: every file in it
    "dxworkshop/store/models.py",
    "dxworkshop/store/migrate.py",
)

_BUILD = """
import datetime as dt, sys
from pathlib import Path
from dxworkshop.services.demo import create_demo
path, scale, seed, today = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
create_demo(path, "large", seed, today=dt.date.fromisoformat(today), scale=scale).close()
"""


def child_env(home: Path | None = None) -> dict[str, str]:
    """The environment of a benchmark's child process: this checkout's code, headless,
    and (given *home*) private settings and data folders."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if home is not None:
        env["DXWORKSHOP_HOME"] = str(home / "dxhome")
        env["XDG_CONFIG_HOME"] = str(home / "config")  # QSettings: no user preferences
    return env


def _digest() -> str:
    h = hashlib.sha256()
    for name in _SOURCES:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.exists() and "__pycache__" not in file.parts:
                h.update(file.read_bytes())
    return h.hexdigest()[:10]


def demo_file(
    scale: int = 1,
    seed: int = 2023,
    today: dt.date | None = None,
    *,
    cache: Path | None = None,
    log: bool = True,
) -> Path:
    """The large demo at *scale* (cached); written first if need be."""
    today = today or dt.date.today()
    folder = cache or CACHE
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"large-x{scale}-seed{seed}-{today.isoformat()}-{_digest()}.dxw"
    if path.exists():
        return path
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    for stale in (partial, partial.with_name(partial.name + "-wal")):
        stale.unlink(missing_ok=True)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dxworkshop-bench-build-") as home:
        subprocess.run(
            [sys.executable, "-c", _BUILD, str(partial), str(scale), str(seed), today.isoformat()],
            cwd=ROOT,
            env=child_env(Path(home)),
            check=True,
        )
    partial.replace(path)
    if log:
        print(
            f"  (large demo x{scale} written in {time.perf_counter() - start:.1f} s: {path})",
            flush=True,
        )
    return path


def working_copy(path: Path, folder: Path) -> Path:
    """A copy of the demo file *path* in *folder* for a benchmark to open and edit."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / path.name.split("-seed")[0].replace("large-", "large_") / "programme.dxw"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, copy)
    return copy
