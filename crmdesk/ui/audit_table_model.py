"""The audit log as a table that pages older entries in as the user scrolls.

Keyset paging on the sequence number (never OFFSET), read off the UI thread;
``canFetchMore`` and ``fetchMore`` announce exactly the rows added. What
happened and its detail are shown in the window's language, the action's
code in its cell's tooltip (admins search and script by codes).
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crmdesk.core.vault import auditlog
from crmdesk.core.vault.audit import AuditEntry
from crmdesk.core.vault.audit_words import action_words, detail_words
from crmdesk.ui import translation
from crmdesk.ui.vault_access import VaultAccess

PAGE_SIZE = 200
EntryRole = Qt.ItemDataRole.UserRole + 1  # the AuditEntry of a row
USER, ACTION, RECORD, DETAIL = 2, 3, 4, 5  # columns

_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # a record's id
_ROOT = QModelIndex()  # the invisible root: default parent of list rows


class AuditTableModel(QAbstractTableModel):
    HEADERS = ("#", QT_TRANSLATE_NOOP("AuditTableModel", "Time (UTC)"),
               QT_TRANSLATE_NOOP("AuditTableModel", "User"), QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Record"), QT_TRANSLATE_NOOP("AuditTableModel", "Detail"))

    def __init__(self, access: VaultAccess, parent=None):
        super().__init__(parent)
        self.access = access
        self._entries: list[AuditEntry] = []
        self._names: dict[str, str] = {}
        self._exhausted = False
        self._loading = False

    def reload(self) -> None:
        """The newest entries again (read off the UI thread)."""
        def read(session):
            return auditlog.user_names(session), auditlog.read(session, limit=PAGE_SIZE)

        self._loading = True
        self.access.query(self, read, self._reloaded, failed=lambda _exc: setattr(self, "_loading", False))

    def _reloaded(self, found) -> None:
        self._loading = False
        self.beginResetModel()
        self._names, self._entries = found
        self._exhausted = len(self._entries) < PAGE_SIZE
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and bool(self._entries) and not self._loading

    def fetchMore(self, parent=_ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        before = self._entries[-1].seq
        self._loading = True
        self.access.query(self, lambda s: auditlog.read(s, limit=PAGE_SIZE, before_seq=before),
                          lambda older: self._more(before, older),
                          failed=lambda _exc: setattr(self, "_loading", False))

    def _more(self, before: int, older: list[AuditEntry]) -> None:
        self._loading = False
        if not self._entries or self._entries[-1].seq != before:
            return  # reloaded meanwhile
        self._exhausted = len(older) < PAGE_SIZE
        if not older:
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(older) - 1)
        self._entries.extend(older)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == EntryRole:
            return entry
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTION:
            return entry.action
        if role == Qt.ItemDataRole.ToolTipRole and column == RECORD:
            return entry.target
        return None

    def _shown(self, entry: AuditEntry, column: int) -> str:
        if column == ACTION:
            return action_words(entry.action, translation.lang())
        if column == DETAIL:
            return detail_words(entry.detail, translation.lang())
        if column == RECORD:  # a user by name; a record by the start of its id, whole in the tooltip
            target = entry.target or ""
            return self._names.get(target) or (target[:8] + "…" if _ID.fullmatch(target) else target)
        if column == USER:
            return self._names.get(entry.actor or "", entry.actor or "—")
        if column == 1:
            return entry.at.replace("T", " ").replace("+00:00", "")
        return str(entry.seq)
