"""The program's start: a remembered key opens the vault without a passphrase."""

from __future__ import annotations

from crmdesk.core.vault import remember
from crmdesk.core.vault.session import VaultPaths
from crmdesk.ui.app import AppController, make_application
from crmdesk.ui.unlock_dialog import UnlockDialog
from tests.conftest import OWNER, STAFF


def test_remembered_key_unlocks_dialog_by_itself(qtbot, open_as, vault_path):
    make_application()
    session = open_as(STAFF)
    remember.remember(session)
    controller = AppController(VaultPaths.of(vault_path))
    controller.prefs.setValue(f"last_user/{session.vault_id}", session.user.id)
    dialog = UnlockDialog(controller.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        controller._try_remembered(dialog)
    assert dialog.session.user.name == STAFF and dialog.session.report.method == "keyring"
    controller._open(dialog.session)
    assert controller.window.isVisible() and "sam" in controller.window.user_label.text()
    controller.window.shutdown()
    controller.shutdown()


def test_stale_remembered_key_is_reported_in_dialog(qtbot, open_as, vault_path, memory_keyring):
    make_application()
    session = open_as(STAFF)
    remember.remember(session)
    for key in memory_keyring.entries:
        memory_keyring.entries[key] = "bm90IGEga2V5"
    controller = AppController(VaultPaths.of(vault_path))
    controller.prefs.setValue(f"last_user/{session.vault_id}", session.user.id)
    dialog = UnlockDialog(controller.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    controller._try_remembered(dialog)
    qtbot.waitUntil(lambda: "no longer opens" in dialog.message.text(), timeout=10000)
    assert dialog.session is None


def test_lock_cancels_open_dialog_then_closes_session(qtbot, open_as, vault_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    make_application()
    controller = AppController(VaultPaths.of(vault_path))
    controller._open(open_as(STAFF))
    session = controller.session
    unlock_asked = []
    monkeypatch.setattr(controller, "_unlock", lambda message="": unlock_asked.append(1) or True)
    dialog = QDialog(controller.window)
    dialog.setModal(True)
    dialog.open()
    controller.lock()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    qtbot.waitUntil(lambda: controller.session is None, timeout=2000)
    assert not session.is_open and controller.window is None and unlock_asked == [1]


def test_restore_over_the_vault_relocks_with_a_message(qtbot, open_as, vault_path, monkeypatch):
    make_application()
    controller = AppController(VaultPaths.of(vault_path))
    controller._open(open_as(OWNER))
    controller.window.backup_timer.stop()
    asked = []
    monkeypatch.setattr(controller, "_unlock", lambda message="": asked.append(message) or True)
    controller.window.relock_requested.emit("The backup was restored.")
    assert asked == ["The backup was restored."] and controller.session is None and controller.window is None


def test_a_new_user_is_briefed_before_the_window_and_may_sign_out(qtbot, open_as, vault_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from crmdesk.core import vault
    from crmdesk.core.vault import users
    from crmdesk.ui.briefing_dialog import BriefingDialog

    make_application()
    users.add_user(open_as(OWNER), "nina", role="staff", passphrase="nina's long passphrase")
    controller = AppController(VaultPaths.of(vault_path))
    nina = vault.unlock(vault_path, "nina", "nina's long passphrase")
    assert controller._briefed(open_as(OWNER))  # the owner is never held back

    def answer(how: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BriefingDialog) or not dialog.understood.isEnabled():
            QTimer.singleShot(50, lambda: answer(how))  # not shown, or the briefing not read in yet
            return
        if how == "sign out":
            dialog.sign_out.click()
        else:
            dialog.understood.setChecked(True)
            dialog.confirm_button.click()

    QTimer.singleShot(0, lambda: answer("sign out"))
    assert not controller._briefed(nina) and nina.training_due
    QTimer.singleShot(0, lambda: answer("confirm"))
    assert controller._briefed(nina) and not nina.training_due
    nina.close()
    controller.shutdown()
