"""The Audit page says what happened in words, in the window's language, with each action's code in its
cell's tooltip for admins who search and script by codes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crmdesk.core.backups import backup
from crmdesk.core.vault.audit import AuditEntry
from crmdesk.ui.audit_table_model import ACTION, DETAIL, AuditTableModel
from tests.conftest import OWNER
from tests.support.pseudo_language import CLOSE, OPEN, english, untranslated_words
from tests.ui.test_languages import pseudo  # noqa: F401 — the pseudo-language, as a fixture
from tests.ui.test_menus import shown_window

TIP = Qt.ItemDataRole.ToolTipRole


def _audit_page(qtbot, session):
    window = shown_window(qtbot, session)
    page = window.show_page("Audit log")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.index(0, ACTION).data(TIP) == "backup.created",
                    timeout=10000)
    return window, page.model


def test_english_shows_the_action_in_words_with_its_code_in_the_tooltip(qtbot, open_as, tmp_path):
    session = open_as(OWNER)
    made = backup.create_backup(session, tmp_path / "backups")
    window, model = _audit_page(qtbot, session)
    newest = model.index(0, ACTION)
    assert newest.data() == "Backup made"
    assert newest.data(TIP) == "backup.created"
    assert model.index(0, DETAIL).data().startswith(f"file: {made.path.name}; size: ")
    codes = [model.index(row, ACTION).data(TIP) for row in range(model.rowCount())]
    assert "vault.created" in codes and "vault.unlocked" in codes
    assert model.index(codes.index("vault.unlocked"), ACTION).data() == "Signed in"
    window.shutdown()


@pytest.mark.usefixtures("pseudo")
def test_the_action_and_the_detail_keys_go_through_the_catalogue(qtbot, open_as, tmp_path):
    session = open_as(OWNER)
    backup.create_backup(session, tmp_path / "backups")
    window, model = _audit_page(qtbot, session)
    assert model.index(0, ACTION).data() == f"{OPEN}Backup made{CLOSE}"
    assert model.index(0, ACTION).data(TIP) == "backup.created"  # codes are not translated
    for row in range(model.rowCount()):
        words, code = model.index(row, ACTION).data(), model.index(row, ACTION).data(TIP)
        assert untranslated_words(words) == [], code
        assert english(words) != code, code
        for pair in filter(None, model.index(row, DETAIL).data().split("; ")):
            key, _value = pair.split(": ", 1)
            assert key.startswith(OPEN) and key.endswith(CLOSE), (code, pair)  # values stay as written
    window.shutdown()


def test_an_action_crmdesk_has_no_words_for_shows_its_code(qtbot, open_as, access_to):
    """An entry written by a newer crmdesk (or an older one's code since retired)."""
    session = open_as(OWNER)
    model = AuditTableModel(access_to(session))
    model._reloaded(({}, [AuditEntry(7, "2026-03-02T10:00:00+00:00", None, "widget.frobbed", None,
                                     {"new_thing": 2}, "0" * 64, "1" * 64)]))
    assert model.index(0, ACTION).data() == "widget.frobbed"
    assert model.index(0, ACTION).data(TIP) == "widget.frobbed"
    assert model.index(0, DETAIL).data() == "new thing: 2"
