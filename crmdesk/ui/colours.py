"""The few colours crmdesk adds to the system's palette, in a light and a
dark version, so text stays readable whichever the system uses.

The style sheet names them as ``@name@``; code asks ``colour(name)``. Both
follow the application palette: a dark window colour picks the dark set.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "hint": "#5f6368", "error": "#b3261e", "good": "#176b2c", "warning": "#8a5a00", "link": "#1a5fb4",
    "danger": "#b3261e", "danger_disabled": "#c9a9a6", "grid": "#e3e6ea", "border": "#cfd4da",
    "no_basis": "#9a4a06", "overdue": "#b91c1c", "inactive": "#5f6368",
}
DARK = {
    "hint": "#b0b6bd", "error": "#f28b82", "good": "#81c995", "warning": "#f6c26b", "link": "#8ab4f8",
    "danger": "#f28b82", "danger_disabled": "#7d5f5c", "grid": "#3c4043", "border": "#5f6368",
    "no_basis": "#f6b26b", "overdue": "#f28b82", "inactive": "#9aa0a6",
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> dict[str, str]:
    return DARK if is_dark(palette) else LIGHT


def colour(name: str) -> QColor:
    """One of crmdesk's colours, for the palette in use."""
    return QColor(colours()[name])


def style_sheet(template: str, palette: QPalette | None = None) -> str:
    """The style sheet with ``@name@`` replaced by the colours for ``palette``."""
    for name, value in colours(palette).items():
        template = template.replace(f"@{name}@", value)
    return template


def apply(app: QApplication, style: str) -> None:
    """crmdesk's style sheet on ``app``, in the colours of its palette; a
    dark palette also gets link colours that read on it."""
    palette = app.palette()
    if is_dark(palette):
        for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
            palette.setColor(role, QColor(DARK["link"]))
        app.setPalette(palette)
    app.setStyleSheet(style_sheet(style, palette))
