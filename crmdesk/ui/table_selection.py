"""Keeping a table's selection across a new listing: by a key of each row."""

from __future__ import annotations

from crmdesk.ui.record_table_model import RecordTableModel


def select_row(table, keys: list[str], wanted: str | None) -> bool:
    """Select the row whose key is ``wanted`` (True), else the first one."""
    if wanted in keys:
        table.selectRow(keys.index(wanted))
        return True
    if keys:
        table.selectRow(0)
    return False


def selected_record(table, model: RecordTableModel):
    rows = table.selectionModel().selectedRows()
    return model.records[rows[0].row()] if rows else None
