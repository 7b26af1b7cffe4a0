"""Tab through the window as a keyboard user does: the order follows what
the eye sees, and nothing traps the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from crmdesk.core.imports import demo
from tests.conftest import OWNER
from tests.ui.test_menus import shown_window


def tab_walk(qtbot, start, presses: int) -> list:
    """The widgets focus visits from ``start``, one Tab at a time."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=5000)
    seen = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_goes_from_the_search_through_the_list_into_the_form_in_order(qtbot, open_as):
    owner = open_as(OWNER)
    demo.fill_demo(owner, 20)
    window = shown_window(qtbot, owner)
    page = window.show_page("Contacts")
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.current is not None, timeout=10000)
    editor = page.detail.editor
    seen = tab_walk(qtbot, page.search, 40)
    order = [page.search, page.table, editor.given, editor.family, editor.organisation, editor.emails.table,
             editor.phones.table, editor.birthday, editor.notes, editor.since]
    positions = [seen.index(widget) for widget in order]
    assert positions == sorted(positions), "Tab does not follow the order on screen"
    assert positions[2] - positions[1] <= 2  # from the list, the form is a Tab or two away
    first_cycle = seen[:seen.index(page.search, 1)]
    assert len(first_cycle) == len(set(first_cycle)), "a widget keeps the focus (a Tab trap)"
    assert window.nav in first_cycle  # and round to the side bar
    window.shutdown()


def test_first_start_by_keyboard(qtbot, tmp_path, monkeypatch, memory_keyring):
    """The wizard as a person goes through it at a 1024×700 screen: type, Tab,
    Return; only saving the kit takes the mouse (a file dialog)."""
    from crmdesk.core.vault.session import VaultPaths
    from crmdesk.ui.create_vault_wizard import CreateVaultWizard
    from crmdesk.ui.recovery_code import RecoveryCodePanel

    wizard = CreateVaultWizard(VaultPaths.of(tmp_path / "laden"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    details = wizard.details
    details.organisation.setFocus()
    qtbot.waitUntil(details.organisation.hasFocus, timeout=5000)
    qtbot.keyClicks(details.organisation, "Laden am Markt")  # QTest types Latin-1 only
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    owner = QApplication.focusWidget()
    assert owner is details.owner
    owner.selectAll()
    qtbot.keyClicks(owner, "maria")
    qtbot.keyClick(owner, Qt.Key.Key_Return)  # Next
    fields = wizard.passphrase_page.fields
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.passphrase_page, timeout=5000)
    fields.first.setFocus()
    qtbot.keyClicks(fields.first, "warm bread every morning")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields.second
    qtbot.keyClicks(fields.second, "warm bread every morning")
    qtbot.keyClick(fields.second, Qt.Key.Key_Return)  # creates the vault
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=20000)
    monkeypatch.setattr(RecoveryCodePanel, "ask_kit_path", classmethod(lambda cls, parent, s: str(tmp_path / "kit")))
    qtbot.mouseClick(wizard.recovery_page.save_kit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Finish
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=20000)
    assert wizard.session.user.name == "maria" and (tmp_path / "kit.pdf").is_file()
    wizard.session.close()


def test_a_request_and_its_report_by_keyboard(qtbot, open_as, tmp_path):
    """At the counter: the contact is found with Ctrl+F, the request is
    registered with Ctrl+R and Return, verified and answered."""
    from crmdesk.core.privacy import requests

    owner = open_as(OWNER)
    demo.fill_demo(owner, 20)
    window = shown_window(qtbot, owner)
    page = window.contacts_page
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus, timeout=5000)
    qtbot.keyClicks(page.search, "templ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # to the results, the first one chosen
    qtbot.waitUntil(lambda: page.current is not None and page.current.display_name == "Theo Template",
                    timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.requests_page.findChild(QDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    assert dialog.person.text() == "Theo Template"
    with qtbot.waitSignal(dialog.opened, timeout=10000) as opened:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    reference = opened.args[0].reference
    requests_page = window.requests_page
    qtbot.waitUntil(lambda: requests_page.selected() is not None
                    and requests_page.selected().reference == reference, timeout=10000)
    requests_page.ask_method = lambda: requests.VERIFICATION_METHODS[0]
    requests_page.buttons["verify"].setFocus()
    qtbot.keyClick(requests_page.buttons["verify"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: requests_page.buttons["export"].isVisible(), timeout=10000)
    requests_page.ask_export_target = lambda *_: (tmp_path, None, "en")
    requests_page.buttons["export"].setFocus()
    qtbot.keyClick(requests_page.buttons["export"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "are in" in requests_page.result.text(), timeout=20000)
    assert (tmp_path / f"access-report-{reference}.pdf").is_file()
    window.shutdown()


def test_back_up_and_restore_by_keyboard(qtbot, open_as, tmp_path):
    from crmdesk.core import configuration
    from tests.conftest import PASSPHRASES

    owner = open_as(OWNER)
    configuration.change_setting(owner, "backup_folder", str(tmp_path / "usb"))
    window = shown_window(qtbot, owner)
    backups = window.backups_page
    with qtbot.waitSignal(window.backup_runner.finished, timeout=20000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: backups.model.rowCount() == 1, timeout=10000)
    backups.table.setFocus()
    backups.table.selectRow(0)
    wizard = backups.restore_selected()
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)  # a new folder: Next
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.credentials, timeout=5000)
    wizard.credentials.passphrase.setFocus()
    qtbot.keyClicks(wizard.credentials.passphrase, PASSPHRASES[OWNER])
    qtbot.keyClick(wizard.credentials.passphrase, Qt.Key.Key_Return)  # Next: restore
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=20000)
    assert wizard.run_page.title() == "Restored"
    window.shutdown()
