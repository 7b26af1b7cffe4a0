"""A read-only table of whole records, one per row, for the pages' lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_ROOT = QModelIndex()  # the invisible root: default parent of list rows
RecordRole = Qt.ItemDataRole.UserRole + 1  # the record of a row


class RecordTableModel(QAbstractTableModel):
    """Subclasses name their ``HEADERS`` and say in ``cell`` what a record
    shows in a column for a role; the records are replaced all at once."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def cell(self, record: Any, column: int, role: Qt.ItemDataRole) -> Any:
        raise NotImplementedError

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.records[index.row()]
        if role == RecordRole:
            return record
        return self.cell(record, index.column(), role)
