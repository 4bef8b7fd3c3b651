"""Writes any report of a batch export: the ``DocumentWriter`` of ``services.export``.

One writer serves one export run: it holds the read models (a ``ReportBook``), the
document options, a blank document in the house style made once and copied for each
document, and the charts drawn so far — the payoff matrix frame of every supervisor
summary and any chart two documents share are rendered once and reused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dxworkshop.reports import docstyle
from dxworkshop.reports.chart_style import figure_png
from dxworkshop.reports.matrix_chart import MatrixAxis, short_criterion_name
from dxworkshop.reports.municipality_docx import (
    build_municipality,
    hours_chart_png,
    municipality_file_name,
    progress_chart_png,
)
from dxworkshop.reports.programme_docx import build_programme, programme_file_name
from dxworkshop.reports.report_charts import ChartCache, MatrixStamp
from dxworkshop.reports.report_common import DocumentFactory
from dxworkshop.reports.summary_docx import build_summary, matrix_cards, summary_file_name
from dxworkshop.services.export import ExportItem, ReportKind
from dxworkshop.services.prioritize import spec_of
from dxworkshop.services.report_data import ReportBook


def file_name(item: ExportItem) -> str:
    """The file name of a planned document, e.g. 上司向けサマリー_倉敷市_山田太郎.docx."""
    if item.kind == ReportKind.SUPERVISOR_SUMMARY:
        municipality, name = (*item.name_parts, "", "")[:2]
        return summary_file_name(municipality, name)
    if item.kind == ReportKind.MUNICIPALITY:
        return municipality_file_name(item.name_parts[0] if item.name_parts else item.label)
    return programme_file_name(item.name_parts[0] if item.name_parts else item.label)


class ReportWriter:
    """Builds and saves the documents of one export (implements ``DocumentWriter``)."""

    def __init__(
        self,
        book: ReportBook,
        *,
        font: str = docstyle.GOTHIC,
        wareki: bool = False,
    ) -> None:
        self.book = book
        self.options = docstyle.DocOptions(
            font=font,
            wareki=wareki,
            header_text=book.programme.name,
            author=book.programme.organiser,
        )
        self.charts = ChartCache()
        self._factory: DocumentFactory | None = None
        self._stamp: MatrixStamp | None = None

    # -- DocumentWriter ---------------------------------------------------------------------

    def file_name(self, item: ExportItem) -> str:
        return file_name(item)

    def write(self, item: ExportItem, path: Path) -> Path:
        return docstyle.save(self.document(item), Path(path))

    # -- documents ----------------------------------------------------------------------------

    def _blank(self) -> Any:
        if self._factory is None:
            self._factory = DocumentFactory(self.options)
        return self._factory.new()

    def stamp(self) -> MatrixStamp | None:
        """The payoff matrix frame, drawn on first use (None without matrix axes)."""
        if self._stamp is None and self.book.matrix_axes is not None:
            x, y = self.book.matrix_axes
            self._stamp = MatrixStamp(
                MatrixAxis(short_criterion_name(x.name), spec_of(x)),
                MatrixAxis(short_criterion_name(y.name), spec_of(y)),
            )
            self.charts.rendered += 1
        return self._stamp

    def _figure(self, key: str, make: Any) -> bytes:
        return self.charts.png(("programme", key), lambda: figure_png(make()))

    def document(self, item: ExportItem) -> Any:
        """The python-docx Document of *item* (not saved)."""
        book = self.book
        if item.kind == ReportKind.SUPERVISOR_SUMMARY:
            assert item.subject_id is not None
            trainee = book.trainee(item.subject_id)
            cards = matrix_cards(trainee)
            stamp = self.stamp() if cards else None
            return build_summary(
                trainee,
                book.programme,
                options=self.options,
                matrix_png=stamp.png(cards) if stamp is not None else None,
                today=book.today,
                doc=self._blank(),
            )
        if item.kind == ReportKind.MUNICIPALITY:
            assert item.subject_id is not None
            report = book.municipality(item.subject_id)
            hours = self.charts.png(
                ("municipality-hours", report.id), lambda: hours_chart_png(report) or b""
            )
            progress = self.charts.png(
                ("municipality-progress", report.id), lambda: progress_chart_png(report) or b""
            )
            return build_municipality(
                report,
                book.programme,
                options=self.options,
                chart_png=hours or None,
                progress_png=progress or None,
                today=book.today,
                doc=self._blank(),
            )
        return build_programme(
            book.programme_report(), options=self.options, charts=self._figure, doc=self._blank()
        )
