"""The accounts of a vault as a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from crmdesk.core.language import capitalised
from crmdesk.core.permissions import role_words
from crmdesk.core.vault.session import User
from crmdesk.ui import colours, translation
from crmdesk.ui.record_table_model import RecordRole, RecordTableModel

UserRole = RecordRole  # the User object of a row


class UserTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("UserTableModel", "User name"), QT_TRANSLATE_NOOP("UserTableModel", "Full name"),
               QT_TRANSLATE_NOOP("UserTableModel", "Role"), QT_TRANSLATE_NOOP("UserTableModel", "Status"),
               QT_TRANSLATE_NOOP("UserTableModel", "Authenticator"),
               QT_TRANSLATE_NOOP("UserTableModel", "Last signed in"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.signed_in: dict[str, str] = {}  # user id: the last unlock (ISO time)

    def cell(self, user: User, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                user.name,
                user.display_name,
                capitalised(role_words(user.role)),
                self.tr("Active") if user.active else self.tr("Disabled"),
                self.tr("On") if user.totp_enabled else self.tr("Off"),
                translation.day(self.signed_in.get(user.id)) or self.tr("never"),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return colours.colour("inactive")
        return None
