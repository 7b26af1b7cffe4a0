"""The Audit log page: who did what and when, and a check of the hash chain.

Every change writes an entry, so the page reads the newest entries again
whenever anything changes while it is in sight (or when it comes back into
sight after a change).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.vault import integrity
from crmdesk.core.vault.gate import AUDIT
from crmdesk.ui.audit_table_model import DETAIL, AuditTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import ResultLine, add_page_header, make_table


class AuditPage(QWidget):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.model = AuditTableModel(access, self)
        self.table = make_table(self.model, stretch_column=DETAIL, name=self.tr("Audit log entries"), wrap=False)
        self.verify_button = QPushButton(self.tr("Check the vault"))
        self.verify_button.setToolTip(self.tr(
            "Checks the key slots, every encrypted page, the database structure and the audit chain."
        ))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.result = ResultLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Audit log"), self.tr(
            "Every unlock, failed login, change of users or settings and key rotation, newest "
            "first. Entries name records by id and hold no customer data; each one carries the "
            "hash of the one before, so changes are detectable."
        ))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button.clicked.connect(self.refresh)
        Refresher(self, access, (AUDIT,), lambda _changes: self.refresh())
        self.refresh()

    def show_view(self, view: str) -> None:
        """From a Today card: the check of the vault, a press of Space away."""
        self.verify_button.setFocus()

    def refresh(self) -> None:
        self.model.reload()

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.show_result("", self.tr("Checking…"))
        self.access.operation(self, integrity.verify_vault, self._verified, failed=self._failed)

    def _verified(self, problems: list[str]) -> None:
        self.verify_button.setEnabled(True)
        if problems:
            self.result.show_result("bad", self.tr("Problems found:") + "\n" + "\n".join(problems))
        else:
            self.result.show_result("good", self.tr("The vault is intact: every check passed."))

    def _failed(self, exc: CrmdeskError) -> None:
        self.verify_button.setEnabled(True)
        self.result.show_error(exc)
