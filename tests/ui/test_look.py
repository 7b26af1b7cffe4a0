"""What the eye sees: a selected entry keeps its text readable."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from crmdesk.ui.app import make_application


def readable_pixels(widget: QListWidget, row: int) -> int:
    """Pixels inside the row that stand out from its background (its text)."""
    image = widget.viewport().grab().toImage()
    rect = widget.visualItemRect(widget.item(row))
    pixels = [image.pixelColor(x, y) for x in range(rect.left() + 2, rect.right() - 2)
              for y in range(rect.top() + 2, rect.bottom() - 2)]
    background = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
    base = next(p for p in pixels if p.rgb() == background)
    return sum(1 for p in pixels if abs(p.lightness() - base.lightness()) > 80)


def test_a_selected_interaction_or_consent_entry_keeps_its_text(qtbot):
    make_application()  # crmdesk's style sheet, as the program runs
    for name in ("timeline", ""):  # the interactions list, and the consent history
        entries = QListWidget()
        entries.setObjectName(name)
        entries.setWordWrap(True)
        qtbot.addWidget(entries)
        entries.resize(420, 200)
        for text in ("2026-11-01 visit — Came into the shop", "2026-10-01 call — Phoned about an order"):
            entries.addItem(QListWidgetItem(text))
        entries.show()
        qtbot.waitExposed(entries)
        unselected = readable_pixels(entries, 0)
        entries.setCurrentRow(0)
        assert readable_pixels(entries, 0) > unselected // 3 > 0, f"the selected entry of '{name}' lost its text"


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(colour: QColor) -> float:
        parts = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                 for c in (colour.redF(), colour.greenF(), colour.blueF())]
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#353535"), (QPalette.ColorRole.Base, "#2a2a2a"),
                        (QPalette.ColorRole.WindowText, "#f0f0f0"), (QPalette.ColorRole.Text, "#f0f0f0")):
        palette.setColor(role, QColor(value))
    return palette


def test_crmdesk_colours_stay_readable_on_light_and_dark_palettes(qtbot):
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from crmdesk.resources import resource_path
    from crmdesk.ui import colours

    light = QStyleFactory.create("Fusion").standardPalette()
    for palette, expected in ((light, colours.LIGHT), (dark_palette(), colours.DARK)):
        chosen = colours.colours(palette)
        assert chosen is expected
        for name, value in chosen.items():
            if name in ("grid", "border", "danger_disabled"):
                continue  # lines and a disabled button, not text to read
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                ratio = contrast(QColor(value), palette.color(role))
                assert ratio >= 4.5, f"{name} {value} on {palette.color(role).name()}: {ratio:.1f}"
        sheet = colours.style_sheet(resource_path("style.qss").read_text("utf-8"), palette)
        assert "@" not in sheet
    # What the window asks for follows the palette the application has now.
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        assert colours.colour("error").name() == colours.DARK["error"]
    finally:
        app.setPalette(before)


def test_name_consent_email_and_phone_stay_in_view_at_1280(qtbot, open_as):
    from crmdesk.core.imports import demo
    from tests.conftest import OWNER
    from tests.ui.test_menus import shown_window

    owner = open_as(OWNER)
    demo.fill_demo(owner, 30)
    window = shown_window(qtbot, owner)
    window.show_page("Contacts")
    window.resize(1280, 760)
    qtbot.wait(50)
    table = window.contacts_page.table
    header = table.horizontalHeader()
    titles = [window.contacts_page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert titles == ["Name", "Consent", "E-mail", "Phone"]
    assert header.sectionViewportPosition(3) + header.sectionSize(3) <= table.viewport().width()
    window.shutdown()
