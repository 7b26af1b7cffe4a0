"""pytest-qt setup: message boxes that answer themselves (the offscreen
1024×700 screen is set in tests/conftest.py, before Qt starts)."""

from __future__ import annotations

import pytest

from crmdesk.ui.message_box import MessageBox


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """Each test keeps window places and preferences in a folder of its own."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True)
def collector_on_the_ui_thread(qapp):
    """As in the program (ui.collector): no worker thread runs the cycle collector."""
    import gc

    from crmdesk.ui.collector import UiThreadCollector

    collector = UiThreadCollector(qapp)
    yield collector
    collector.timer.stop()
    collector.deleteLater()
    gc.unfreeze()  # a window a test left open set its objects aside
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def quiet_message_boxes():
    MessageBox.testing = True
    MessageBox.shown = []
    MessageBox.next_answers = []
    yield MessageBox
    MessageBox.testing = False


@pytest.fixture
def access_to(qtbot):
    """The window's way to a vault, for a session the test opened."""
    from crmdesk.ui.vault_access import VaultAccess

    made = []

    def make(session):
        access = VaultAccess(session)
        made.append(access)
        return access

    yield make
    for access in made:
        access.stop()
        access.pool.waitForDone(30_000)
