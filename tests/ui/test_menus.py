"""The menu bar and the shortcuts, used by keyboard as desktop users do."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QApplication

from crmdesk.core.people import contacts
from crmdesk.core.vault.session import VaultPaths
from crmdesk.ui.app import AppController, make_application
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.vault_access import VaultAccess
from tests.conftest import OWNER, VIEWER


def shown_window(qtbot, session) -> MainWindow:
    window = MainWindow(VaultAccess(session))
    qtbot.addWidget(window)
    if window.backup_runner is not None:
        window.backup_timer.stop()
    window.stop_scheduler()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: window.contacts_page.model.rowCount() > 0, timeout=10000)
    return window


def press(qtbot, keys: str) -> None:
    """A shortcut, sent to whatever has focus, as the keyboard does."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(keys)[0]
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), combo.key(), combo.keyboardModifiers())


def test_the_usual_menus_and_shortcuts_work_from_any_page(qtbot, open_as):
    window = shown_window(qtbot, open_as(OWNER))
    assert [m.title().replace("&", "") for m in window.menus.menus] == ["File", "Edit", "View", "Contact", "Help"]
    assert window.stack.currentWidget() is window.today_page  # the first page after unlock, Ctrl+1
    press(qtbot, "Ctrl+3")
    assert window.stack.currentWidget() is window.consent_page
    press(qtbot, "Ctrl+F")  # from another page: back to Contacts, in the search
    qtbot.waitUntil(lambda: window.contacts_page.search.hasFocus(), timeout=5000)
    assert window.stack.currentWidget() is window.contacts_page
    press(qtbot, "Ctrl+4")
    press(qtbot, "Ctrl+N")
    detail = window.contacts_page.detail
    qtbot.waitUntil(lambda: detail.editor.given.hasFocus(), timeout=5000)
    qtbot.keyClicks(detail.editor.given, "Menu")
    press(qtbot, "Ctrl+S")
    qtbot.waitUntil(lambda: detail.title.text() == "Menu", timeout=10000)
    press(qtbot, "Ctrl+3")
    press(qtbot, "Ctrl+S")  # on another page, Ctrl+S saves no contact form behind the user's back
    press(qtbot, "F1")
    keys = dict(window.menus.shortcuts())
    for expected in ("Ctrl+F", "Ctrl+N", "Ctrl+S", "Ctrl+L", "Ctrl+Q", "F5", "Ctrl+O"):
        assert expected in keys, expected
    from crmdesk.ui.message_box import MessageBox

    assert MessageBox.shown[-1][0] == "Keyboard shortcuts" and "Ctrl+F\tFind" in MessageBox.shown[-1][1]
    with qtbot.waitSignal(window.lock_requested, timeout=5000):
        press(qtbot, "Ctrl+L")
    press(qtbot, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    window.shutdown()


def test_a_viewer_gets_no_commands_it_may_not_use(qtbot, open_as):
    window = shown_window(qtbot, open_as(VIEWER))
    texts = {a.text().replace("&", "") for menu in window.menus.menus for a in menu.actions()}
    assert "Open vault…" in texts and "Find" in texts
    assert not texts & {"Import contacts…", "Export contacts…", "Back up now", "New contact", "New request…",
                        "Record consent…"}
    window.shutdown()


def test_export_from_the_menu_writes_a_file_a_spreadsheet_reads(qtbot, open_as, tmp_path):
    owner = open_as(OWNER)
    window = shown_window(qtbot, owner)
    target = tmp_path / "all.csv"
    window.menus.export_to(target)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == contacts.count_contacts(owner)
    window.shutdown()


def test_open_vault_switches_and_giving_up_returns_to_the_one_open(qtbot, open_as, vault_path, tmp_path,
                                                                   monkeypatch):
    make_application()
    controller = AppController(VaultPaths.of(vault_path))
    controller._open(open_as(OWNER))
    asked = []

    def unlock(message=""):
        asked.append(controller.paths.folder)
        return len(asked) > 1  # the other vault's unlock is given up; this one is unlocked again

    monkeypatch.setattr(controller, "_unlock", unlock)
    window = controller.window
    window.vault_wanted.emit(str(tmp_path / "nothing-here"), False)  # not a vault: said; this one stays open
    from crmdesk.ui.message_box import MessageBox

    assert "is not a crmdesk vault" in MessageBox.shown[-1][1]
    assert asked == [] and controller.window is window and controller.session is not None
    from crmdesk.core import vault
    from tests.conftest import CHEAP_KDF

    second = vault.create_vault(tmp_path / "second.crmvault", owner_name="x", passphrase="second passphrase",
                                kdf=CHEAP_KDF).paths
    controller.window.vault_wanted.emit(str(second.folder), False)
    assert asked == [second.folder, vault_path] and controller.paths.folder == vault_path
    controller.shutdown()


def test_help_about_names_the_version_and_every_component_with_its_licence(qtbot, open_as, quiet_message_boxes):
    from crmdesk import __version__

    window = shown_window(qtbot, open_as(OWNER))
    about = next(a for menu in window.menus.menus for a in menu.actions() if "About" in a.text())
    about.trigger()
    title, text = quiet_message_boxes.shown[-1]
    assert title == "About crmdesk" and f"crmdesk {__version__}" in text
    from crmdesk import applog

    assert str(window.session.paths.folder) in text and str(applog.log_file()) in text
    for name, licence in (("PySide6", "LGPL-3.0"), ("sqlcipher3", "zlib"), ("reportlab", "BSD"),
                          ("cryptography", "Apache-2.0"), ("DejaVu fonts", "Bitstream Vera"),
                          ("SQLCipher (in sqlcipher3) 4.", "BSD-3-Clause")):
        line = next(line for line in text.splitlines() if name in line)
        assert licence in line, line


def test_help_opens_the_log_folder_in_the_file_manager(qtbot, open_as):
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    from crmdesk import applog

    class FileManager(QObject):
        opened: list = []

        @Slot("QUrl")
        def show(self, url):
            self.opened.append(url.toLocalFile())

    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    try:
        window = shown_window(qtbot, open_as(OWNER))
        item = next(a for menu in window.menus.menus for a in menu.actions() if "log folder" in a.text())
        item.trigger()
        assert manager.opened == [str(applog.log_file().parent)]
    finally:
        QDesktopServices.unsetUrlHandler("file")
