"""The create wizard, the unlock dialog and the main window, driven like a user."""

from __future__ import annotations

import keyring
import keyring.backends.null
import pyotp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from crmdesk.core.vault import lockout, users
from crmdesk.core.vault.session import VaultPaths
from crmdesk.ui.create_vault_wizard import CreateVaultWizard
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.recovery_code import RecoveryCodePanel
from crmdesk.ui.unlock_dialog import UnlockDialog
from crmdesk.ui.users_page import UsersPage
from tests.conftest import ADMIN, ORGANISATION, OWNER, PASSPHRASES, STAFF, TARGET


def test_wizard_creates_vault_and_opens_it(qtbot, tmp_path, monkeypatch, memory_keyring):
    paths = VaultPaths.of(tmp_path / "laden")
    wizard = CreateVaultWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.details.organisation.setText("Laden Łódź")
    wizard.details.owner.setText("two words")
    assert not wizard.details.isComplete()
    wizard.details.owner.setText("maria")
    wizard.details.region.setFocus()
    qtbot.keyClicks(wizard.details.region, "Poland")  # typing a country's name finds it
    assert wizard.details.region.currentData() == "PL"
    wizard.next()
    fields = wizard.passphrase_page.fields
    fields.first.setText("short")
    fields.second.setText("short")
    assert not wizard.passphrase_page.isComplete()
    fields.first.setText("warm bread every morning")
    fields.second.setText("warm bread every mornin")
    assert "differ" in fields.mismatch.text()
    fields.second.setText("warm bread every morning")
    assert wizard.passphrase_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=20000)
    page = wizard.recovery_page
    assert page.code.text() == wizard.created.recovery_code
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    kit = tmp_path / "kit"
    asked = []
    monkeypatch.setattr(RecoveryCodePanel, "ask_kit_path",
                        classmethod(lambda cls, parent, s: asked.append(s) or str(kit)))
    qtbot.mouseClick(page.save_kit, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kit.pdf").is_file() and page.confirmed.isChecked()
    page.remember.setChecked(True)
    page.save_kit.setFocus()  # where the click left it
    qtbot.keyClick(page.save_kit, Qt.Key.Key_Return)  # Return finishes; it does not save the kit again
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=20000)
    assert wizard.session.user.name == "maria" and len(asked) == 1
    from crmdesk.core.people import contacts
    from crmdesk.core.people.contact_model import ContactInput, Labelled
    from crmdesk.core.vault import settings

    wizard.session.reconnect()
    assert settings.get(wizard.session, "phone_region") == "PL"  # kept in the vault, whatever the computer
    assert contacts.warnings(ContactInput(phones=[Labelled("601 234 567")]), "PL") == []
    assert len(memory_keyring.entries) == 1
    assert paths.exists()


def test_remember_disabled_with_reason_without_keyring(qtbot, vault_path):
    keyring.set_keyring(keyring.backends.null.Keyring())
    dialog = UnlockDialog(VaultPaths.of(vault_path))
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert "no system keyring" in dialog.remember_reason.text()


def test_unlock_wrong_then_right(qtbot, vault_path):
    before = {p.name: p.read_bytes() for p in vault_path.iterdir()}
    dialog = UnlockDialog(VaultPaths.of(vault_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.code.isVisible()
    dialog.user.setText(STAFF)
    dialog.passphrase.setText("not the passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=10000)
    assert {p.name: p.read_bytes() for p in vault_path.iterdir()} == before
    dialog.passphrase.setText(PASSPHRASES[STAFF])
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.unlock_button.click()
    assert dialog.session.user.name == STAFF
    dialog.session.close()


def test_return_unlocks_and_never_quits(qtbot, vault_path):
    """By keyboard, as at the counter: a wrong passphrase and Return, then the
    right one and Return; Return on a focused Quit unlocks, never quits."""
    dialog = UnlockDialog(VaultPaths.of(vault_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.passphrase.hasFocus(), timeout=5000)
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert not dialog.quit_button.hasFocus()  # while it works, focus stays in the field
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=10000)
    assert dialog.isVisible() and not rejected
    assert dialog.passphrase.hasFocus() and dialog.passphrase.selectedText() == "not the passphrase"
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Space)  # a stray key replaces the selection, quits nothing
    assert dialog.isVisible() and not rejected
    dialog.passphrase.selectAll()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASES[OWNER])
    dialog.quit_button.setFocus()
    assert not dialog.quit_button.isDefault() and dialog.unlock_button.isDefault()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.quit_button, Qt.Key.Key_Return)
    assert not rejected and dialog.session is not None
    dialog.session.close()


def test_an_unlock_nobody_receives_locks_again(qtbot, vault_path):
    dialog = UnlockDialog(VaultPaths.of(vault_path))
    qtbot.addWidget(dialog)
    dialog.show()
    received = []
    dialog.passphrase.setText(PASSPHRASES[OWNER])
    original = dialog._unlocked
    dialog._unlocked = lambda session: (received.append(session), original(session))
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    dialog.reject()  # Quit clicked while the unlock runs
    qtbot.waitUntil(lambda: bool(received), timeout=10000)
    session = received[0]
    assert dialog.session is None
    assert session is None or not session.master_key()  # locked again: its keys are wiped


def test_unlock_asks_for_code_when_user_has_totp(qtbot, open_as, vault_path):
    setup = users.enable_totp(open_as(OWNER), STAFF)
    dialog = UnlockDialog(VaultPaths.of(vault_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setText(STAFF)
    assert dialog.code.isVisible()
    dialog.passphrase.setText(PASSPHRASES[STAFF])
    dialog.code.setText(pyotp.TOTP(setup.secret).now())
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.unlock_button.click()
    dialog.session.close()


def test_lockout_shows_countdown(qtbot, vault_path, monkeypatch):
    monkeypatch.setattr(lockout, "THRESHOLD", 1)
    dialog = UnlockDialog(VaultPaths.of(vault_path))
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("wrong passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=10000)
    dialog.passphrase.setText("another wrong one")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "try again in" in dialog.message.text(), timeout=10000)
    assert "30 seconds" in dialog.message.text() or "29 seconds" in dialog.message.text()
    assert not dialog.unlock_button.isEnabled()


def _window(qtbot, session) -> MainWindow:
    from crmdesk.ui.vault_access import VaultAccess

    window = MainWindow(VaultAccess(session))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.windowTitle().startswith(ORGANISATION), timeout=10000)  # settings read
    return window


def test_main_window_for_admin_shows_users_and_audit(qtbot, open_as):
    window = _window(qtbot, open_as(ADMIN))
    assert set(window.pages) == {"Today", "Contacts", "Consent", "Requests", "Data protection", "Retention",
                                 "Backups", "Users", "Audit log", "Settings"}
    assert window.user_label.text() == "adam (admin)"
    assert window.stack.currentWidget() is window.pages["Today"]  # the first page after unlock
    window.shutdown()


def test_a_passing_message_has_the_status_bars_width_and_its_whole_text_in_the_tooltip(qtbot, open_as):
    window = _window(qtbot, open_as(ADMIN))
    window.resize(1024, 700)
    said = "Ostatnia kopia zapasowa została wykonana i sprawdzona: " + "bardzo-długa-nazwa-pliku" * 3 + ".crmbackup."
    window.statusBar().showMessage(said, 30_000)
    assert window.user_label.isHidden() and window.vault_label.isHidden()
    assert window.statusBar().toolTip() == said
    window.statusBar().clearMessage()
    assert window.user_label.isVisible() and window.vault_label.isVisible() and window.statusBar().toolTip() == ""
    window.shutdown()


def test_staff_sees_no_admin_pages_and_cannot_change_settings(qtbot, open_as):
    window = _window(qtbot, open_as(STAFF))
    assert set(window.pages) == {"Today", "Contacts", "Consent", "Requests", "Retention", "Settings"}
    page = window.settings_page
    assert not page.save_button.isEnabled() and "owner or admin" in page.saved.text()
    window.shutdown()


def test_users_page_adds_and_disables_users(qtbot, open_as, monkeypatch, quiet_message_boxes):
    session = open_as(ADMIN)
    window = _window(qtbot, session)
    page: UsersPage = window.show_page("Users")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10000)

    def fill(dialog):
        dialog.name.setText("nina")
        dialog.display_name.setText("Nina Nowak")
        dialog.fields.first.setText("nina passphrase 1")
        dialog.fields.second.setText("nina passphrase 1")
        return dialog.ok.isEnabled()

    monkeypatch.setattr(UsersPage, "ask", classmethod(lambda cls, d: fill(d)))
    page.add_button.click()
    qtbot.waitUntil(lambda: page.isEnabled() and page.model.rowCount() == 6, timeout=10000)
    assert quiet_message_boxes.shown[-1][1] == "Added nina as staff."

    page.select_user(TARGET)
    old_key = session.master_key()
    page.disable_button.click()  # asks first; the default answer is Cancel
    assert quiet_message_boxes.shown[-1][0] == "Disable user" and session.master_key() == old_key
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Yes]
    page.disable_button.click()
    qtbot.waitUntil(lambda: page.isEnabled() and quiet_message_boxes.shown[-1][1].endswith("changed."),
                    timeout=10000)
    assert session.master_key() != old_key
    qtbot.waitUntil(lambda: not {u.name: u for u in page.model.records}[TARGET].active, timeout=10000)
    assert session.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 6  # reconnected, new key
    window.shutdown()


def test_audit_page_verifies(qtbot, open_as):
    window = _window(qtbot, open_as(OWNER))
    page = window.show_page("Audit log")
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=10000)
    assert "intact" in page.result.text()
    qtbot.waitUntil(lambda: page.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "vault.verified", timeout=10000)
    window.shutdown()


def test_ctrl_l_and_idle_time_request_lock(qtbot, open_as):
    window = _window(qtbot, open_as(OWNER))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.idle.minutes = 1
    window.idle.timer.start(50)
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        pass
    # A key or the mouse starts the idle time again; painting and timers do not.
    timer = window.idle.timer
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer's remaining time may run 5 % long
    timer.start(60_000)
    qtbot.wait(300)
    window.update()
    qtbot.wait(20)
    waited = timer.remainingTime()
    assert waited <= 59_700
    qtbot.keyClick(window.contacts_page.search, Qt.Key.Key_A)
    assert timer.remainingTime() > waited
    qtbot.wait(300)
    waited = timer.remainingTime()
    qtbot.mouseMove(window.contacts_page.table.viewport())
    assert timer.remainingTime() > waited
    window.shutdown()


def test_settings_remember_and_forget_on_this_computer(qtbot, open_as, memory_keyring):
    window = _window(qtbot, open_as(STAFF))
    page = window.show_page("Settings")
    qtbot.waitUntil(lambda: page.remember_button.isEnabled(), timeout=5000)
    assert page.remember_button.text() == "Remember on this computer"
    page.remember_button.click()
    qtbot.waitUntil(lambda: page.remember_button.text() == "Forget on this computer", timeout=5000)
    assert len(memory_keyring.entries) == 1
    page.remember_button.click()
    qtbot.waitUntil(lambda: page.remember_button.text() == "Remember on this computer"
                    and page.remember_button.isEnabled(), timeout=5000)
    assert memory_keyring.entries == {}
    window.shutdown()


def test_settings_page_stays_responsive_with_hanging_keyring(qtbot, open_as, monkeypatch):
    from crmdesk.core.vault import remember
    from tests.support.keyrings import HangingKeyring

    backend = HangingKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(remember, "TIMEOUT_SECONDS", 2.0)  # long enough that a busy machine still sees "Checking" first
    try:
        window = _window(qtbot, open_as(STAFF))
        page = window.show_page("Settings")
        assert "Checking" in page.keyring_note.text()  # returned at once, still looking
        qtbot.waitUntil(lambda: "did not answer" in page.keyring_note.text(), timeout=5000)
        window.shutdown()
    finally:
        backend.release.set()


def test_settings_change_the_phone_region(qtbot, open_as, access_to):
    from crmdesk.core.vault import settings
    from crmdesk.ui.settings_page import SettingsPage

    owner = open_as(OWNER)
    page = SettingsPage(access_to(owner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.organisation.text() == ORGANISATION and page.region.count() > 0, timeout=10000)
    page.region.setFocus()
    qtbot.keyClicks(page.region, "Poland")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved.text() == "Saved.", timeout=10000)
    assert settings.get(owner, "phone_region") == "PL"


def test_settings_set_how_often_staff_confirm_the_briefing(qtbot, open_as, access_to):
    from crmdesk.core.vault import settings
    from crmdesk.ui.settings_page import SettingsPage

    owner = open_as(OWNER)
    page = SettingsPage(access_to(owner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.organisation.text() == ORGANISATION and page.save_button.isEnabled(), timeout=10000)
    assert page.training_refresh.text() == "only for a new version"  # the test shop's choice (0)
    page.training_refresh.setFocus()
    qtbot.keyClick(page.training_refresh, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.training_refresh, "6")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved.text() == "Saved.", timeout=10000)
    assert settings.get(owner, "training_refresh_months") == 6


def test_settings_choose_the_shops_public_holidays_and_document_language(qtbot, open_as, access_to):
    """Typed into the combo boxes as a person does: Germany, then Bayern; and Polski for documents."""
    from crmdesk.core.vault import settings
    from crmdesk.ui.settings_page import SettingsPage

    owner = open_as(OWNER)
    page = SettingsPage(access_to(owner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.organisation.text() == ORGANISATION and page.holiday_country.count() > 0,
                    timeout=10000)  # the countries' names are read once the page shows
    page.holiday_country.setFocus()
    qtbot.keyClicks(page.holiday_country, "Germany")
    assert page.holiday_region.currentText() == "whole country" and page.holiday_region.count() > 16
    page.holiday_region.setFocus()
    qtbot.keyClicks(page.holiday_region, "Bayern")
    page.shop_language.setFocus()
    qtbot.keyClicks(page.shop_language, "Polski")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved.text() == "Saved.", timeout=10000)
    assert (settings.get(owner, "holiday_region"), settings.get(owner, "shop_language")) == ("DE-BY", "pl")
    again = SettingsPage(access_to(owner))  # read back as saved
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.holiday_region.currentText() == "Bayern", timeout=10000)
    assert again.holiday_country.currentText() == "Germany" and again.shop_language.currentText() == "Polski"
