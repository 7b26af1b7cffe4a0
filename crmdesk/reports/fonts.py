"""Embedded Unicode fonts for every PDF crmdesk writes.

The 14 standard PDF fonts cannot show Polish, Greek or Cyrillic letters, so
documents embed DejaVu Sans from ``resources/fonts``.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crmdesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"


def register() -> None:
    """Register the fonts once per process; safe to call again."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name in (REGULAR, BOLD, MONO):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
