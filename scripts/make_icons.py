"""Render the app icon set from resources/icons/dxworkshop.svg (run after editing the SVG).

    python scripts/make_icons.py

Writes into resources/icons/: ``dxworkshop_<N>.png`` for every size the platforms use
(16 … 1024), ``dxworkshop.ico`` (Windows: 16 … 256) and ``dxworkshop.icns`` (macOS:
16 … 1024). The SVG is drawn with Qt's SVG renderer (QtSvg, part of PySide6-Essentials);
the .ico and .icns are assembled by Pillow. The generated files are committed, so
building the bundle needs neither step.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "dxworkshop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"dxworkshop_{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size × size pixels with antialiasing, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images: dict[int, Image.Image] = {}
    for size in PNG_SIZES:
        data = render_png(SOURCE, size)
        (ICONS / png_name(size)).write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    # Each size rendered from the vector source, not scaled down from the largest.
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "dxworkshop.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[max(ICNS_SIZES)].save(
        ICONS / "dxworkshop.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    for name in sorted(p.name for p in ICONS.iterdir()):
        print(f"resources/icons/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
