"""pytest-qt setup: offscreen Qt, message boxes that answer themselves."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from crmdesk.ui.message_box import MessageBox  # noqa: E402


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
