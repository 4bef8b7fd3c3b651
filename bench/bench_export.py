"""Benchmark P4: batch export of the 600 supervisor summaries of the large demo (issue 8).

    python bench/bench_export.py [--runs 3] [--limit N] [--check]

Builds the large demo programme (600 trainees, 12,000 issues) in a temporary folder and
times, per run, the whole batch export as the Reports page and the CLI run it: reading
the report data (``report_data.gather``), then ``export.run_export`` writing one
上司向けサマリー per trainee with its payoff matrix through ``ReportWriter``.

The baseline, measured in the same run, is bare python-docx writing the same text: for
each trainee a plain ``Document()``, every paragraph and table cell text of that
trainee's summary as a plain paragraph (no styles, tables, header or chart), saved to a
file. Runs alternate between the two. Prints the median (and each run) of both, per
document and in total; the target is ≤ 60 s and ≤ 2× the baseline. ``--check`` exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

TARGET_S = 60.0
TARGET_RATIO = 2.0


def texts_of(document: object) -> list[str]:
    """Every paragraph and table cell text of a document, in order."""
    from docx.oxml.ns import qn

    body = document.element.body  # type: ignore[attr-defined]
    out = []
    for p in body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if text:
            out.append(text)
    return out


def run_ours(path: Path, folder: Path, limit: int | None) -> tuple[float, float, int]:
    """Seconds for the whole export and for reading the data; documents written."""
    from dxworkshop.reports.report_writer import ReportWriter
    from dxworkshop.services.export import (
        ReportKind,
        Scope,
        ScopeKind,
        book_roster,
        plan_export,
        run_export,
    )
    from dxworkshop.services.report_data import gather
    from dxworkshop.store.readonly import open_readonly

    start = time.perf_counter()
    with open_readonly(path) as ws:
        book = gather(ws)
    read = time.perf_counter() - start
    plan = plan_export(book_roster(book), ReportKind.SUPERVISOR_SUMMARY, Scope(ScopeKind.ALL))
    if limit is not None:
        plan = type(plan)(plan.kind, plan.scope, plan.items[:limit])
    result = run_export(plan, folder, ReportWriter(book))
    total = time.perf_counter() - start
    assert not result.failures, result.failures
    return total, read, len(result.written)


def run_baseline(texts: list[list[str]], folder: Path) -> float:
    from docx import Document

    start = time.perf_counter()
    for n, paragraphs in enumerate(texts):
        document = Document()
        for text in paragraphs:
            document.add_paragraph(text)
        document.save(str(folder / f"{n:04d}.docx"))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median reported)")
    parser.add_argument("--limit", type=int, help="only the first N summaries (a quick look)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    import docx

    from dxworkshop.services.demo import create_demo

    work = Path(tempfile.mkdtemp(prefix="dxworkshop-bench-export-"))
    try:
        demo = work / "large.dxw"
        t0 = time.perf_counter()
        create_demo(demo, size="large").close()
        print(f"large demo created in {time.perf_counter() - t0:.1f} s", flush=True)

        ours: list[float] = []
        reads: list[float] = []
        bases: list[float] = []
        texts: list[list[str]] = []
        count = 0
        for run in range(1, args.runs + 1):
            out = work / f"ours-{run}"
            total, read, count = run_ours(demo, out, args.limit)
            ours.append(total)
            reads.append(read)
            if not texts:  # the baseline writes exactly the text our documents hold
                texts = [texts_of(docx.Document(str(p))) for p in sorted(out.iterdir())]
            shutil.rmtree(out)
            base_out = work / f"base-{run}"
            base_out.mkdir()
            bases.append(run_baseline(texts, base_out))
            shutil.rmtree(base_out)
            print(
                f"run {run}: export {ours[-1]:.1f} s (reading {read:.1f} s), "
                f"bare python-docx {bases[-1]:.1f} s",
                flush=True,
            )
        ours_s = statistics.median(ours)
        base_s = statistics.median(bases)
        ratio = ours_s / base_s if base_s else float("inf")
        words = sum(len(t) for t in texts) / max(len(texts), 1)
        print()
        print(f"{count} supervisor summaries of the large demo, median of {args.runs} run(s):")
        print(
            f"  export (read data + matrix + Word): {ours_s:6.1f} s "
            f"= {ours_s / count * 1000:5.1f} ms a document "
            f"(reading the data {statistics.median(reads):.1f} s)"
        )
        print(
            f"  bare python-docx, same text:        {base_s:6.1f} s "
            f"= {base_s / count * 1000:5.1f} ms a document ({words:.0f} paragraphs each)"
        )
        print(
            f"  ratio {ratio:.2f} (target ≤ {TARGET_RATIO:.0f}×), total target ≤ {TARGET_S:.0f} s"
        )
        scaled = ours_s * (600 / count) if count else ours_s
        ok = scaled <= TARGET_S and ratio <= TARGET_RATIO
        print("  " + ("meets both targets" if ok else "MISSES a target"))
        return 0 if ok or not args.check else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
