"""Alarms about the audit log of a desk of the team (``core.team.witness``): each in words, and "Mark as
explained" for an owner or admin who found out what happened (the audit log keeps who did)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.permissions import Permission, allows
from crmdesk.core.team import witness
from crmdesk.ui import placement, translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.vault_access import VaultAccess
from crmdesk.ui.widgets import ResultLine

ALARM = Qt.ItemDataRole.UserRole  # an item's alarm


class TeamAlarmsDialog(QDialog):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("team_alarms")
        self.setWindowTitle(self.tr("Alarms about audit logs"))
        self.access = access
        hint = QLabel(self.tr("Each desk of the team publishes checkpoints of its audit log, and the other desks "
                              "keep them. A log that went back or no longer holds an entry as the team saw it "
                              "means that desk's vault was put back to an older copy, or someone with its key "
                              "cut or rewrote its log."), wordWrap=True)
        hint.setObjectName("hint")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Alarms"))
        self.explain_button = QPushButton(self.tr("Mark as &explained…"))
        self.explain_button.setAutoDefault(False)  # a decision: never Return's by default
        self.explain_button.setVisible(allows(access.session.role, Permission.ADMINISTER))
        self.result = ResultLine()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.explain_button.clicked.connect(self.explain)
        self.list.currentItemChanged.connect(lambda *_args: self._chosen())
        placement.restore(self, "team_alarms", 640, 380)
        self._chosen()
        self.load()

    def load(self) -> None:
        self.access.query(self, witness.alarms, self._loaded, failed=self.result.show_error)

    def _loaded(self, found: list[witness.Alarm]) -> None:
        self.list.clear()
        lang = translation.lang()
        for alarm in found:
            item = QListWidgetItem(f"{alarm.id}. {witness.sentence(alarm, lang)}")
            item.setData(ALARM, alarm)
            self.list.addItem(item)
        if not found:
            self.list.addItem(self.tr("No alarm waits."))
        else:
            self.list.setCurrentRow(0)
        self._chosen()

    def _current(self) -> witness.Alarm | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ALARM)

    def _chosen(self) -> None:
        self.explain_button.setEnabled(self._current() is not None)

    def explain(self) -> None:
        alarm = self._current()
        if alarm is None:
            return
        if not MessageBox.confirm(self, self.tr("Mark as explained"), self.tr(
                "Mark alarm {0} as explained? Do so only when you know who put the desk's vault back or changed "
                "its log, and why. The audit log keeps that you did.").format(alarm.id),
                self.tr("Mark as explained")):
            return

        def done(_result) -> None:
            self.result.show_result("good", self.tr("Marked as explained."))
            self.load()

        self.access.operation(self, lambda session: witness.explain(session, alarm.id), done,
                              failed=self.result.show_error, busy=self)

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        placement.remember(self, "team_alarms")
        super().done(result)
