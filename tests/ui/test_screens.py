"""Windows on the smallest screen crmdesk supports (the tests' offscreen
screen is 1024×700): each opens whole, with its buttons on screen; the main
window comes back where it was left, and never off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from crmdesk.core.backups import backup
from crmdesk.core.imports import demo
from crmdesk.core.people import contacts
from crmdesk.core.privacy import breaches, consent, purposes
from crmdesk.core.vault.session import VaultPaths
from crmdesk.ui.breach_log import AssessDialog, ReportBreachDialog
from crmdesk.ui.briefing_dialog import BriefingDialog
from crmdesk.ui.consent_dialog import ConsentCaptureDialog
from crmdesk.ui.consent_page import PurposeDialog
from crmdesk.ui.create_vault_wizard import CreateVaultWizard
from crmdesk.ui.duplicates_dialog import DuplicatesDialog
from crmdesk.ui.export_report_dialog import ExportReportDialog
from crmdesk.ui.import_dialog import ImportDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.processor_register import ProcessorDialog
from crmdesk.ui.recovery_code import NewRecoveryCodeDialog, RecoveryCodeDialog
from crmdesk.ui.requests_page import NewRequestDialog, NoDataDialog
from crmdesk.ui.restore_wizard import RestoreWizard
from crmdesk.ui.unlock_dialog import RecoverDialog, UnlockDialog
from crmdesk.ui.user_dialogs import AddUserDialog
from tests.conftest import OWNER


def screen_area(widget: QWidget) -> QRect:
    return widget.screen().availableGeometry()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def assert_whole_on_screen(qtbot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    area = screen_area(window)
    assert area.size().toTuple() == (1024, 700)
    assert area.contains(window.frameGeometry()), f"{type(window).__name__} {window.frameGeometry()} leaves {area}"
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            shown = _scroll_area_of(button) or button  # in a scroll area: reachable while the area is on screen
            corner = shown.mapToGlobal(shown.rect().bottomRight())
            assert area.contains(corner), f"{type(window).__name__}: '{button.text()}' is off the screen"
    # Return never cancels, closes or quits: no such button is the default one.
    for box in window.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if role in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.DestructiveRole):
                assert not button.isDefault(), f"{type(window).__name__}: Return would press '{button.text()}'"


def every_window(qtbot, owner, access, vault_path, tmp_path) -> list[QWidget]:
    """The main window, on its first page (Today) with a contact chosen on
    Contacts, and every dialog a person can open, each as it first opens."""
    demo.fill_demo(owner, 40)
    anna = contacts.list_contacts(owner, limit=1).rows[0]
    window = MainWindow(access)
    qtbot.addWidget(window)
    window.backup_timer.stop()
    window.stop_scheduler()
    window.show()
    window.contacts_page.select_contact(anna.id)
    qtbot.waitUntil(lambda: window.contacts_page.current is not None, timeout=10000)
    paths = VaultPaths.of(vault_path)
    dialogs = [
        ConsentCaptureDialog(access, contacts.get_contact(owner, anna.id), consent.capture_choices(owner), window),
        NewRequestDialog(access, None, window),
        NoDataDialog(access, window),
        DuplicatesDialog(access, window),
        ImportDialog(access, window),
        PurposeDialog(None, window),
        AddUserDialog(window),
        RestoreWizard(access, backup.create_backup(owner, tmp_path / "b"), window),
        UnlockDialog(paths),
        RecoverDialog(paths),
        CreateVaultWizard(VaultPaths.of(tmp_path / "new")),
        ExportReportDialog("R-2026-0001", sender_missing=True, parent=window),
        RecoveryCodeDialog(access, window),
        ReportBreachDialog(access, anna.id, window),
        ProcessorDialog(purposes.list_purposes(owner), None, window),
        BriefingDialog(owner, window),
        AssessDialog(breaches.report(owner, "A list was lost.", owner.clock.now(), encrypted=False), window),
        NewRecoveryCodeDialog("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ0-1234-5678", lambda: None, "shop", window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return [window, *dialogs]


@pytest.mark.parametrize("code", ["en", "de", "fr", "it", "es", "pl"])
def test_every_window_fits_1024_by_700(qtbot, open_as, access_to, vault_path, tmp_path, code):
    """In every language: German and Polish words are the longest."""
    from crmdesk.ui import translation

    translation.install(code)
    try:
        owner = open_as(OWNER)
        window, *dialogs = every_window(qtbot, owner, access_to(owner), vault_path, tmp_path)
        widths = {name: page.minimumSizeHint().width() for name, page in window.pages.items()}
        assert window.minimumSizeHint().width() <= 1024 - 8 and window.minimumSizeHint().height() <= 700 - 32, \
            (window.minimumSizeHint(), widths)
        assert_whole_on_screen(qtbot, window)
        for dialog in dialogs:
            assert_whole_on_screen(qtbot, dialog)
            dialog.hide()
        window.shutdown()
    finally:
        translation.install("en")


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot, open_as, access_to, vault_path, tmp_path):
    """Each button, field, list and table a person operates, on every page
    and in every dialog, has an accessible name (its text, its form label,
    or one given)."""
    owner = open_as(OWNER)
    windows = every_window(qtbot, owner, access_to(owner), vault_path, tmp_path)
    operated = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
                QAbstractItemView)
    unnamed = []
    for window in windows:
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, operated) or isinstance(widget, QHeaderView) \
                    or widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), (QComboBox,
                                                                                                 QAbstractSpinBox,
                                                                                                 QLineEdit)) \
                    or type(widget.parentWidget()).__name__ == "QFrame":  # Qt's own parts: popups, clear buttons
                continue
            face = QAccessible.queryAccessibleInterface(widget)
            if face is None or not face.text(QAccessible.Text.Name).strip():
                unnamed.append(f"{type(window).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == [], "\n".join(unnamed)
    windows[0].shutdown()


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
