"""The Today page, the first after unlock: what needs doing, at a glance.

A card per finding of ``core.health.today`` that concerns the user's role:
its count, one sentence and a button that opens the place to act, with
the right view (overdue requests, contacts without a lawful basis…). The
findings are read off the UI thread and read again on every change the
window makes or sees (while the page is hidden, when it is shown next).
What needs doing comes first; what is well is shown quietly below, so the
owner also sees how the shop stands overall.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import health
from crmdesk.core.vault.gate import (
    AUDIT,
    BACKUPS,
    BREACHES,
    CONSENT,
    CONTACTS,
    KEYS,
    PURPOSES,
    REQUESTS,
    RETENTION,
    SETTINGS,
    USERS,
)
from crmdesk.ui import translation
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import ReadWhenShown, ResultLine, add_page_header

# What each area is called on its card, and the words of its button.
AREAS = {"requests": QT_TRANSLATE_NOOP("Card", "Requests"), "consent": QT_TRANSLATE_NOOP("Card", "Consent"), "retention": QT_TRANSLATE_NOOP("Card", "Retention"), "breaches": QT_TRANSLATE_NOOP("Card", "Breaches"),
         "training": QT_TRANSLATE_NOOP("Card", "Training"),
         "backups": QT_TRANSLATE_NOOP("Card", "Backups"), "users": QT_TRANSLATE_NOOP("Card", "Users"), "audit": QT_TRANSLATE_NOOP("Card", "Audit log"),
         "team": QT_TRANSLATE_NOOP("Card", "Several desks")}
ACTIONS = {"Requests": QT_TRANSLATE_NOOP("Card", "Open the requests"), "Contacts": QT_TRANSLATE_NOOP("Card", "Show the contacts"),
           "Retention": QT_TRANSLATE_NOOP("Card", "Open Retention"), "Backups": QT_TRANSLATE_NOOP("Card", "Open Backups"), "Users": QT_TRANSLATE_NOOP("Card", "Open Users"),
           "Audit log": QT_TRANSLATE_NOOP("Card", "Open the audit log"), "proposals": QT_TRANSLATE_NOOP("Card", "Review them"), "recovery": QT_TRANSLATE_NOOP("Card", "Confirm the code"),
           "breaches": QT_TRANSLATE_NOOP("Card", "Open the breach log"), "training": QT_TRANSLATE_NOOP("Card", "Open Training"),
           "team_alarms": QT_TRANSLATE_NOOP("Card", "Show the alarms")}
COLUMNS = 2


class Card(QFrame):
    """One finding: its area, count, sentence and the button to act."""

    def __init__(self, finding: health.Finding, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("card")
        self.setProperty("level", finding.level)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        area = QLabel(self.tr(AREAS.get(finding.key.split(".")[0], finding.key)))
        area.setObjectName("card_area")
        self.count = QLabel("" if finding.count is None else f"{finding.count:,}")
        self.count.setObjectName("card_count")
        self.sentence = QLabel(finding.sentence, wordWrap=True)
        self.sentence.setObjectName("card_sentence")
        words = ACTIONS.get(finding.view) or ACTIONS.get(finding.page) or QT_TRANSLATE_NOOP("Card", "Open")
        self.button = QPushButton(self.tr(words), self)  # a child: never a window
        self.button.setAutoDefault(True)  # Return presses it when it has the focus (outside a dialog too)
        self.button.setVisible(bool(finding.page) and finding.level != health.GOOD)
        self.button.setAccessibleName(f"{self.button.text()}: {finding.sentence}")
        top = QHBoxLayout()
        top.addWidget(area)
        top.addStretch()
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sentence, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.button)
        layout.addLayout(row)


class TodayPage(ReadWhenShown):
    """Emits ``go(page, view)`` when a card's button is pressed."""

    go = Signal(str, str)

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.cards: list[Card] = []
        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Today"), self.tr(
            "What needs doing, and how the shop stands. Each card opens the place to act."))
        self.result = ResultLine()
        layout.addWidget(self.result)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        outer.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        Refresher(self, access, (CONTACTS, CONSENT, PURPOSES, REQUESTS, RETENTION, BACKUPS, USERS, KEYS, SETTINGS,
                                 AUDIT, BREACHES), self.changed)

    def refresh(self) -> None:
        self.stale = False
        lang = translation.lang()  # read here: the worker must not ask the UI
        self.access.query(self, lambda s: health.today(s, lang=lang), self._show, failed=self.result.show_error)

    def _show(self, findings: list[health.Finding]) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        order = {health.FAILED: 0, health.ATTENTION: 1, health.GOOD: 2}
        ranked = sorted(findings, key=lambda f: order[f.level])  # stable: each level in core's order
        self.cards = [Card(finding, self) for finding in ranked]
        for number, card in enumerate(self.cards):
            card.button.clicked.connect(lambda _checked=False, f=card.finding: self.go.emit(f.page, f.view))
            self.grid.addWidget(card, number // COLUMNS, number % COLUMNS)
            card.show()  # now, not at the layout's next turn
        waiting = sum(1 for f in findings if f.level != health.GOOD)
        if waiting:
            self.result.show_result("", self.tr("1 thing needs doing.") if waiting == 1 else
                                    self.tr("{0} things need doing.").format(waiting))
        else:
            self.result.show_result("good", self.tr("All is well: nothing needs doing today."))

    def card(self, key: str) -> Card | None:
        return next((c for c in self.cards if c.finding.key == key), None)
