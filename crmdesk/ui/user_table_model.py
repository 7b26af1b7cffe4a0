"""The accounts of a vault as a table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crmdesk.core.vault.session import User
from crmdesk.ui import colours
from crmdesk.ui.record_table_model import RecordRole, RecordTableModel

UserRole = RecordRole  # the User object of a row


class UserTableModel(RecordTableModel):
    HEADERS = ("User name", "Full name", "Role", "Status", "Authenticator")

    def cell(self, user: User, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                user.name,
                user.display_name,
                user.role.value.capitalize(),
                self.tr("Active") if user.active else self.tr("Disabled"),
                self.tr("On") if user.totp_enabled else self.tr("Off"),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return colours.colour("inactive")
        return None
