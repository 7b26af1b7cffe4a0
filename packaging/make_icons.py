"""Draws the application icon from its SVG source at the sizes desktops use.

Run after changing resources/icons/crmdesk.svg (the PNGs, .ico and .icns are
committed, so builds need neither Qt's SVG support nor this script):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes resources/icons/hicolor/NxN/apps/crmdesk.png (the freedesktop icon
theme layout, used by the window and the menu entry), packaging/windows/
crmdesk.ico and packaging/macos/crmdesk.icns (for the bundles there).
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "crmdesk.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        target = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "crmdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(target, optimize=True)
    images[256].save(ROOT / "packaging" / "windows" / "crmdesk.ico",
                     sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    images[512].save(ROOT / "packaging" / "macos" / "crmdesk.icns")
    print(f"icons written for sizes {', '.join(map(str, SIZES))}")


if __name__ == "__main__":
    main()
