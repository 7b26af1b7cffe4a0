"""The accounts of a vault as a table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crmdesk.core.session import User

UserRole = Qt.ItemDataRole.UserRole + 1  # the User object of a row

_ROOT = QModelIndex()  # the invisible root: default parent of list rows

class UserTableModel(QAbstractTableModel):
    HEADERS = ("User name", "Full name", "Role", "Status", "Authenticator")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._users: list[User] = []

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> User:
        return self._users[row]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._users):
            return None
        user = self._users[index.row()]
        if role == UserRole:
            return user
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                user.name,
                user.display_name,
                user.role.value.capitalize(),
                self.tr("Active") if user.active else self.tr("Disabled"),
                self.tr("On") if user.totp_enabled else self.tr("Off"),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            from PySide6.QtGui import QColor

            return QColor("#888888")
        return None
