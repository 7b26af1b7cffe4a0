"""Windows on the smallest screen crmdesk supports (the tests' offscreen
screen is 1024×700): each opens whole, with its buttons on screen; the main
window comes back where it was left, and never off the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from crmdesk.core.backups import backup
from crmdesk.core.imports import demo
from crmdesk.core.people import contacts
from crmdesk.core.privacy import consent
from crmdesk.core.vault.session import VaultPaths
from crmdesk.ui.consent_dialog import ConsentCaptureDialog
from crmdesk.ui.consent_page import PurposeDialog
from crmdesk.ui.create_vault_wizard import CreateVaultWizard
from crmdesk.ui.duplicates_dialog import DuplicatesDialog
from crmdesk.ui.export_report_dialog import ExportReportDialog
from crmdesk.ui.import_dialog import ImportDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.requests_page import NewRequestDialog
from crmdesk.ui.restore_wizard import RestoreWizard
from crmdesk.ui.unlock_dialog import RecoverDialog, UnlockDialog
from crmdesk.ui.user_dialogs import AddUserDialog
from tests.conftest import OWNER


def screen_area(widget: QWidget) -> QRect:
    return widget.screen().availableGeometry()


def assert_whole_on_screen(qtbot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    area = screen_area(window)
    assert area.size().toTuple() == (1024, 700)
    assert area.contains(window.frameGeometry()), f"{type(window).__name__} {window.frameGeometry()} leaves {area}"
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            corner = button.mapToGlobal(button.rect().bottomRight())
            assert area.contains(corner), f"{type(window).__name__}: '{button.text()}' is off the screen"
    # Return never cancels, closes or quits: no such button is the default one.
    for box in window.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if role in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.DestructiveRole):
                assert not button.isDefault(), f"{type(window).__name__}: Return would press '{button.text()}'"


def test_every_window_fits_1024_by_700(qtbot, open_as, access_to, vault_path, tmp_path):
    owner = open_as(OWNER)
    demo.fill_demo(owner, 40)
    access = access_to(owner)
    anna = contacts.list_contacts(owner, limit=1).rows[0]
    window = MainWindow(access)
    qtbot.addWidget(window)
    window.backup_timer.stop()
    window.stop_scheduler()
    assert_whole_on_screen(qtbot, window)
    assert window.minimumSizeHint().width() <= 1024 - 8 and window.minimumSizeHint().height() <= 700 - 32
    paths = VaultPaths.of(vault_path)
    dialogs = [
        ConsentCaptureDialog(access, contacts.get_contact(owner, anna.id), consent.capture_choices(owner), window),
        NewRequestDialog(access, None, window),
        DuplicatesDialog(access, window),
        ImportDialog(access, window),
        PurposeDialog(None, window),
        AddUserDialog(window),
        RestoreWizard(access, backup.create_backup(owner, tmp_path / "b"), window),
        UnlockDialog(paths),
        RecoverDialog(paths),
        CreateVaultWizard(VaultPaths.of(tmp_path / "new")),
        ExportReportDialog("R-2026-0001", sender_missing=True, parent=window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_whole_on_screen(qtbot, dialog)
        dialog.hide()
    window.shutdown()


def test_the_main_window_comes_back_where_it_was_left_and_never_off_screen(qtbot, open_as, access_to):
    owner = open_as(OWNER)
    first = MainWindow(access_to(owner))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(1000, 600)
    first.move(10, 40)
    first.shutdown()
    first.close()
    again = MainWindow(access_to(owner))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (1000, 600) and again.geometry().topLeft().toTuple() == (10, 40)
    again.move(5000, 3000)  # where a second screen was, now unplugged
    again.shutdown()
    again.close()
    third = MainWindow(access_to(owner))
    qtbot.addWidget(third)
    third.show()
    qtbot.waitExposed(third)
    assert screen_area(third).contains(third.frameGeometry())
    third.shutdown()
