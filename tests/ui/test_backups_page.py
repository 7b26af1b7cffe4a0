"""The Backups page, the restore wizard and the backup schedule, driven like a user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from crmdesk.core import configuration
from crmdesk.core.backups import backup
from crmdesk.core.backups.archive import BackupFile, Manifest
from crmdesk.core.people import contacts
from crmdesk.core.vault import settings
from crmdesk.ui.backups_page import BackupTableModel
from crmdesk.ui.main_window import MainWindow
from tests.conftest import ADMIN, OWNER, PASSPHRASES


def _window(qtbot, session, folder) -> MainWindow:
    from crmdesk.ui.vault_access import VaultAccess

    configuration.change_setting(session, "backup_folder", str(folder))
    window = MainWindow(VaultAccess(session))
    window.backup_timer.stop()  # the tests start scheduled backups themselves
    qtbot.addWidget(window)
    window.show()
    page = window.pages["Backups"]
    qtbot.waitUntil(lambda: page.folder.text() == str(folder), timeout=10000)  # its settings are read
    return window


def _backed_up(qtbot, page, rows: int) -> None:
    with qtbot.waitSignal(page.runner.finished, timeout=20000) as made:
        page.backup_button.click()
    path = made.args[0].path
    qtbot.waitUntil(lambda: page.model.rowCount() == rows and path in [b.path for b in page.model.records],
                    timeout=20000)


def test_back_up_check_and_warning(qtbot, open_as, tmp_path):
    window = _window(qtbot, open_as(ADMIN), tmp_path / "usb")
    page = window.show_page("Backups")
    qtbot.waitUntil(lambda: window.backup_warning.isVisible(), timeout=10000)
    assert "no good backup" in window.backup_warning.text()
    assert page.folder.text() == str(tmp_path / "usb")
    _backed_up(qtbot, page, 1)
    assert page.model.records[0].state == "good" and "Backed up and checked" in page.result.text()
    assert "Last good backup" in page.last.text() and not page.progress.isVisible()
    qtbot.waitUntil(lambda: not window.backup_warning.isVisible(), timeout=5000)

    page.table.selectRow(0)
    page.check_button.click()
    qtbot.waitUntil(lambda: "intact" in page.result.text(), timeout=20000)
    window.shutdown()


def test_stop_leaves_no_backup(qtbot, open_as, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    window = _window(qtbot, open_as(OWNER), tmp_path / "usb")
    page = window.show_page("Backups")
    with qtbot.waitSignal(page.runner.stopped, timeout=20000):
        page.backup_button.click()
        assert page.stop_button.isVisible()
        page.stop_button.click()
    assert "stopped" in page.result.text()
    assert list((tmp_path / "usb").glob("*.crmbackup")) == []
    window.shutdown()


def test_settings_saved_from_the_page(qtbot, open_as, tmp_path):
    session = open_as(OWNER)
    window = _window(qtbot, session, tmp_path / "usb")
    page = window.show_page("Backups")
    page.ask_folder = lambda: str(tmp_path / "stick")
    page.keep_daily.setValue(3)
    page.on_quit.setChecked(True)
    page.choose_button.click()
    qtbot.waitUntil(lambda: page.saved.text() == "Saved.", timeout=10000)
    assert settings.get(session, "backup_folder") == str(tmp_path / "stick")
    assert settings.get(session, "backup_keep_daily") == 3 and settings.get(session, "backup_on_quit")
    window.shutdown()


def test_restore_wizard_makes_a_new_vault(qtbot, open_as, tmp_path):
    session = open_as(OWNER)
    window = _window(qtbot, session, tmp_path / "usb")
    wizard = _open_restore_wizard(qtbot, window.show_page("Backups"))
    wizard.destination.path.setText(str(tmp_path / "usb"))  # a folder that exists: refused
    wizard.destination.path.setText(str(tmp_path / "shop"))
    assert not wizard.destination.isComplete() and "already exists" in wizard.destination.problem.text()
    wizard.destination.path.setText(str(tmp_path / "copy"))
    assert wizard.destination.isComplete()
    wizard.next()
    wizard.credentials.passphrase.setText(PASSPHRASES[OWNER])
    assert wizard.credentials.isComplete() and not wizard.credentials.understood.isVisible()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=20000)
    assert "Restored" in wizard.run_page.text.text()
    assert (tmp_path / "copy.crmvault" / "vault.db").is_file()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    window.shutdown()


def _open_restore_wizard(qtbot, page):
    _backed_up(qtbot, page, 1)
    page.table.selectRow(0)
    wizard = page.restore_selected()
    qtbot.addWidget(wizard)
    return wizard


def _replace_with(qtbot, wizard, passphrase: str) -> None:
    """Restore over the open vault: confirm, and wait for the outcome."""
    wizard.destination.replace.setChecked(True)
    wizard.next()
    wizard.credentials.passphrase.setText(passphrase)
    assert not wizard.credentials.isComplete()  # the replacement must be confirmed
    wizard.credentials.understood.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=20000)


def test_restore_over_the_open_vault_locks_the_window(qtbot, open_as, tmp_path, vault_path):
    session = open_as(OWNER)
    window = _window(qtbot, session, tmp_path / "usb")
    wizard = _open_restore_wizard(qtbot, window.show_page("Backups"))
    contacts.add_contact(session, contacts.ContactInput(given_name="After", family_name="Backup"))
    _replace_with(qtbot, wizard, PASSPHRASES[OWNER])
    assert "kept as" in wizard.run_page.text.text()
    with qtbot.waitSignal(window.relock_requested, timeout=5000) as signal:
        wizard.accept()
    assert "kept as" in signal.args[0] and "Unlock the restored vault" in signal.args[0]
    assert [p for p in vault_path.parent.iterdir() if ".before-restore-" in p.name]
    window.shutdown()


def test_a_restore_to_a_new_folder_ends_with_restored_and_opens_it(qtbot, open_as, tmp_path):
    window = _window(qtbot, open_as(OWNER), tmp_path / "usb")
    wizard = _open_restore_wizard(qtbot, window.show_page("Backups"))
    assert not wizard.destination.replace.isChecked()  # a new folder unless asked
    wizard.next()
    qtbot.keyClicks(wizard.credentials.passphrase, PASSPHRASES[OWNER])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=20000)
    assert wizard.run_page.title() == "Restored" and wizard.run_page.open_button.isVisible()
    with qtbot.waitSignal(window.vault_wanted, timeout=5000) as wanted:
        qtbot.mouseClick(wizard.run_page.open_button, Qt.MouseButton.LeftButton)
    folder, create = wanted.args
    assert not create and folder == str(wizard.destination.target().folder) and not wizard.isVisible()
    window.shutdown()


def test_restore_with_a_wrong_passphrase_changes_nothing(qtbot, open_as, tmp_path, vault_path):
    session = open_as(OWNER)
    window = _window(qtbot, session, tmp_path / "usb")
    wizard = _open_restore_wizard(qtbot, window.show_page("Backups"))
    _replace_with(qtbot, wizard, "not the passphrase")
    assert "passphrase is wrong" in wizard.run_page.text.text()
    assert session.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
    assert not [p for p in vault_path.parent.iterdir() if ".before-restore-" in p.name]
    window.shutdown()


def test_a_restore_that_cannot_read_the_erasures_asks_first(qtbot, open_as, tmp_path, vault_path,
                                                             quiet_message_boxes):
    from PySide6.QtWidgets import QMessageBox

    from crmdesk.core.vault import users

    session = open_as(OWNER)
    window = _window(qtbot, session, tmp_path / "usb")
    wizard = _open_restore_wizard(qtbot, window.show_page("Backups"))
    users.change_passphrase(session, None, "a new owner passphrase 2")  # the vault no longer opens with the old one
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Cancel]
    _replace_with(qtbot, wizard, PASSPHRASES[OWNER])  # the backup's passphrase
    assert "cannot be read with the credentials" in quiet_message_boxes.shown[-1][1]
    assert "cannot be read" in wizard.run_page.text.text()
    assert not [p for p in vault_path.parent.iterdir() if ".before-restore-" in p.name]
    wizard.reject()
    page = window.show_page("Backups")
    page.table.selectRow(0)
    wizard = page.restore_selected()
    qtbot.addWidget(wizard)
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Yes]
    _replace_with(qtbot, wizard, PASSPHRASES[OWNER])
    qtbot.waitUntil(lambda: "erase them again by hand" in wizard.run_page.text.text(), timeout=20000)
    assert [p for p in vault_path.parent.iterdir() if ".before-restore-" in p.name]
    window.shutdown()


def test_daily_backup_runs_once_a_day(qtbot, open_as, tmp_path):
    window = _window(qtbot, open_as(ADMIN), tmp_path / "usb")
    with qtbot.waitSignal(window.backup_runner.finished, timeout=20000):
        window.start_daily_backup()
    with qtbot.assertNotEmitted(window.backup_runner.started, wait=500):
        window.start_daily_backup()
    assert len(list((tmp_path / "usb").glob("*.crmbackup"))) == 1
    window.shutdown()


def test_quitting_backs_up_first_when_asked(qtbot, open_as, tmp_path):
    session = open_as(OWNER)
    configuration.change_setting(session, "backup_on_quit", True)
    window = _window(qtbot, session, tmp_path / "usb")
    qtbot.waitUntil(lambda: window.backup_on_quit, timeout=10000)
    window.close()
    assert window.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert len(list((tmp_path / "usb").glob("*.crmbackup"))) == 1
    window.shutdown()


def test_backup_model(qtmodeltester, tmp_path):
    model = BackupTableModel()
    manifest = Manifest("v", 4, "2026-11-29T10:00:00+00:00", "u", {"contacts": 3}, {})
    model.set_records([BackupFile(tmp_path / "a.crmbackup", 2_000_000, manifest, None, None, 0),
                       BackupFile(tmp_path / "b.crmbackup", 10, None, "not readable")])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 3)) == "unreadable"


def test_each_backup_from_the_window_applies_the_rotation(qtbot, open_as, tmp_path):
    session = open_as(OWNER)
    configuration.change_setting(session, "backup_keep_daily", 1)
    configuration.change_setting(session, "backup_keep_weekly", 0)
    configuration.change_setting(session, "backup_keep_monthly", 0)
    window = _window(qtbot, session, tmp_path / "usb")
    page = window.show_page("Backups")
    _backed_up(qtbot, page, 1)
    first = page.model.records[0].path
    _backed_up(qtbot, page, 1)  # today's older backup is rotated out, and the page says so
    assert page.model.records[0].path != first and not first.exists()
    qtbot.waitUntil(lambda: f"deleted an older backup: {first.name}" in page.result.text(), timeout=5000)
    window.shutdown()


def test_a_failed_backup_on_quit_asks_before_closing(qtbot, open_as, tmp_path, quiet_message_boxes):
    from PySide6.QtWidgets import QMessageBox

    session = open_as(OWNER)
    configuration.change_setting(session, "backup_on_quit", True)
    window = _window(qtbot, session, tmp_path / "gone" / "stick" / "crmdesk")  # a drive not connected
    qtbot.waitUntil(lambda: window.backup_on_quit, timeout=10000)
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Cancel]
    window.close()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes.shown), timeout=20000)
    assert "connect its drive" in quiet_message_boxes.shown[-1][1]
    assert window.isVisible() and window.isEnabled()
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Yes]
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    window.shutdown()
