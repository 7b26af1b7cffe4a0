"""Reviewing possible duplicates: two contacts who share a phone number under
different names, or a contact added again on purpose (an import with
duplicates "new", or by hand), rather than merged.

For each pair the reviewer merges them (one contact keeps its details and
takes both histories) or says they are different people; either is audited
and the list follows. Reads and changes run off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.people import duplicates
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.vault.gate import CONTACTS
from crmdesk.ui import placement
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import ResultLine, make_table


class PairTableModel(RecordTableModel):
    HEADERS = ("In the vault before", "Added later", "Why", "Found")

    def cell(self, pair: duplicates.PossibleDuplicate, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return (pair.earlier_name, pair.added_name, self.tr(pair.reason), pair.found_at[:10])[column]
        return None


class DuplicatesDialog(QDialog):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(self.tr("Possible duplicates"))
        placement.fit(self, 720, 420)
        intro = QLabel(self.tr(
            "Each pair shares a phone number under different names (a family's home phone, a shop's landline, "
            "or one person written two ways), or was added again on purpose. Merge them only if they are one "
            "person; the merged contact keeps both histories."), wordWrap=True)
        intro.setObjectName("hint")
        self.model = PairTableModel(self)
        self.table = make_table(self.model, stretch_column=2, name=self.tr("Possible duplicates"))
        may_edit = allows(access.session.role, Permission.EDIT)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.apart_button = QPushButton(self.tr("Different people"))
        for button in (self.merge_button, self.apart_button):
            button.setVisible(may_edit)
        self.result = ResultLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.apart_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge)
        self.apart_button.clicked.connect(self.keep_apart)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        Refresher(self, access, (CONTACTS,), lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.access.query(self, duplicates.list_possible, self._listed, failed=self.result.show_error)

    def _listed(self, pairs: list) -> None:
        self.model.set_records(pairs)
        if pairs:
            self.table.selectRow(0)
        elif not self.result.text():  # keep what the last merge or "different people" said
            self.result.show_result("good", self.tr("Nothing is waiting for review."))
        self._update_buttons()

    def selected(self) -> duplicates.PossibleDuplicate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.apart_button.setEnabled(chosen)

    def merge(self) -> None:
        pair = self.selected()
        if pair is None or not MessageBox.confirm(self, self.tr("Merge contacts"), self.tr(
                "Merge {1} into {0}? {0} keeps its details and takes what {1} has besides; their interactions, "
                "consents and requests are kept together under {0}.").format(pair.earlier_name, pair.added_name)):
            return
        self.access.operation(self, lambda s: duplicates.merge(s, pair.earlier_id, pair.added_id),
                              lambda kept: self.result.show_result("good", self.tr("Merged into {0}.").format(
                                  kept.display_name)), failed=self.result.show_error, busy=self)

    def keep_apart(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        self.access.operation(self, lambda s: duplicates.dismiss(s, pair.added_id, pair.earlier_id),
                              lambda _none: self.result.show_result("good", self.tr(
                                  "Noted: they are different people.")), failed=self.result.show_error, busy=self)
