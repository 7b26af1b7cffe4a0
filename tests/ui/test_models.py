"""Every model passes Qt's model tester; the audit model pages in older entries."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crmdesk.core import configuration
from crmdesk.core.vault import users
from crmdesk.ui.audit_table_model import PAGE_SIZE, AuditTableModel, EntryRole
from crmdesk.ui.user_table_model import UserRole, UserTableModel
from tests.conftest import ADMIN, OWNER


def test_user_model(qtmodeltester, open_as):
    session = open_as(ADMIN)
    model = UserTableModel()
    model.set_records(users.list_users(session))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.index(0, 0).data() == OWNER
    assert model.index(0, 0).data(UserRole).name == OWNER


def test_audit_model_pages_in_every_entry_once(qtbot, qtmodeltester, open_as, access_to):
    session = open_as(OWNER)
    for minutes in range(PAGE_SIZE + 50):
        configuration.change_setting(session, "auto_lock_minutes", minutes % 60)
    total = session.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    model = AuditTableModel(access_to(session))
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=10000)
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while True:  # as a view does while the user scrolls down
        qtbot.waitUntil(lambda: not model._loading, timeout=10000)
        if not model.canFetchMore():
            break
        model.fetchMore()
    seqs = [model.index(r, 0).data(EntryRole).seq for r in range(model.rowCount())]
    assert seqs == list(range(total, 0, -1))
    assert model.index(0, 3).data() == "Setting changed"
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "settings.changed"
