"""What the eye sees: a selected entry keeps its text readable."""

from __future__ import annotations

from collections import Counter

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
