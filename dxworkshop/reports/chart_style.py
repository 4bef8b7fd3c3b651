"""The shared look of every chart (UI and Word): Japanese font, colours, sizes.

Figures are made with ``matplotlib.figure.Figure`` directly (no pyplot global state)
and drawn with the Agg canvas; the UI wraps the same Figure in a Qt canvas.
"""

from __future__ import annotations

import threading
from typing import Any

from dxworkshop.paths import resource_path

FONT_FILE = ("fonts", "ipaexg.ttf")
FONT_FAMILY = "IPAexGothic"

#: Colours used across charts and boards (colour-blind friendly, print safe).
PALETTE = (
    "#1d4ed8",
    "#f59e0b",
    "#10b981",
    "#ef4444",
    "#8b5cf6",
    "#0ea5e9",
    "#84cc16",
    "#ec4899",
    "#64748b",
    "#14b8a6",
)
QUADRANT_COLOURS = {
    "do_now": "#dcfce7",
    "plan": "#dbeafe",
    "spare_time": "#fef9c3",
    "skip": "#f1f5f9",
}
TEXT = "#111827"
GRID = "#d1d5db"

_lock = threading.Lock()
_ready = False


def setup_matplotlib() -> None:
    """Register the bundled Japanese font with matplotlib once (safe from any thread)."""
    global _ready
    with _lock:
        if _ready:
            return
        import matplotlib

        matplotlib.use("Agg", force=False)
        from matplotlib import font_manager, rcParams

        font_manager.fontManager.addfont(str(resource_path(*FONT_FILE)))
        # DejaVu Sans first for Latin glyphs, IPAex for the Japanese ones (per-glyph fallback).
        rcParams["font.family"] = ["DejaVu Sans", FONT_FAMILY]
        rcParams["axes.unicode_minus"] = False
        rcParams["axes.edgecolor"] = GRID
        rcParams["axes.labelcolor"] = TEXT
        rcParams["xtick.color"] = TEXT
        rcParams["ytick.color"] = TEXT
        rcParams["axes.prop_cycle"] = matplotlib.cycler(color=list(PALETTE))
        rcParams["svg.fonttype"] = "none"
        _ready = True


def new_figure(width_cm: float = 16.0, height_cm: float = 9.0, dpi: int = 150) -> Any:
    """A blank Figure of the given size with the shared style (returns matplotlib Figure)."""
    setup_matplotlib()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=dpi, layout="constrained")
    return fig


def figure_png(fig: Any, dpi: int | None = None) -> bytes:
    """Render a Figure to PNG bytes with the Agg canvas (no GUI needed)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi or fig.dpi)
    return buffer.getvalue()
