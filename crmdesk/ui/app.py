"""Starting the desktop program: create or unlock a vault, then the main window.

``AppController`` drives the flow: no vault → the create wizard; otherwise a
remembered key (tried in the background) or the unlock dialog; locking closes
the window and the session and shows the unlock dialog again.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from crmdesk import __version__, applog
from crmdesk.core import vault
from crmdesk.core.errors import CrmdeskError, OperationFailed
from crmdesk.core.vault import database, remember, users
from crmdesk.core.vault.session import Session, VaultPaths
from crmdesk.resources import resource_path
from crmdesk.ui import colours, translation
from crmdesk.ui.briefing_dialog import BriefingDialog
from crmdesk.ui.collector import UiThreadCollector
from crmdesk.ui.create_vault_wizard import CreateVaultWizard
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.single import OneWindowPerVault
from crmdesk.ui.tasks import run_task
from crmdesk.ui.unexpected import reported_in_a_dialog
from crmdesk.ui.unlock_dialog import UnlockDialog
from crmdesk.ui.vault_access import VaultAccess

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("crmdesk")
    app.setOrganizationName("crmdesk")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setDesktopFileName("org.crmdesk.crmdesk")  # the desktop entry in packaging/linux
    app.setWindowIcon(application_icon())
    colours.apply(app, resource_path("style.qss").read_text("utf-8"))
    if app.findChild(UiThreadCollector) is None:
        UiThreadCollector(app)  # worker threads must never run the cycle collector (see ui.collector)
    return app


def application_icon() -> QIcon:
    """The icon at every size drawn for it (PNGs, so no SVG support is needed)."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/crmdesk.png")):
        icon.addFile(str(png))
    return icon


class AppController(QObject):
    def __init__(self, paths: VaultPaths, user: str | None = None):
        super().__init__()
        self.paths = paths
        self.user = user
        self.window: MainWindow | None = None
        self.session: Session | None = None
        self.prefs = QSettings()
        self.single = OneWindowPerVault(self)  # a second start on this vault raises our window

    def bring_to_front(self) -> None:
        """Another start asked for this vault: show what is open on it (a
        dialog waiting for input first, else the window)."""
        target = QApplication.activeModalWidget() or self.window
        if target is None:
            return
        target.showNormal() if target.isMinimized() else target.show()
        target.raise_()
        target.activateWindow()

    # -- flow ---------------------------------------------------------------
    def start(self) -> bool:
        """Run until a main window shows; False if the user gave up."""
        if not self.paths.exists():
            return self._create()
        return self._unlock()

    def _create(self) -> bool:
        wizard = CreateVaultWizard(self.paths)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.created is None:
            return False
        if wizard.session is None:
            return self._unlock(message=wizard.unlock_error)
        self._open(wizard.session)
        return True

    def _unlock(self, message: str = "") -> bool:
        dialog = UnlockDialog(self.paths, message=message)
        if self.user:
            dialog.user.setText(self.user)
        self._try_remembered(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
            return False
        if not self._briefed(dialog.session):
            dialog.session.close()  # signed out at the briefing: ask who unlocks
            return self._unlock()
        self._open(dialog.session)
        return True

    def _briefed(self, session: Session) -> bool:
        """The shop's briefing, when the user has yet to confirm it (core
        holds back customers' data until then); False when they sign out."""
        if not session.training_due:
            return True
        translation.install(_window_language(session))  # the briefing in the user's language too
        if BriefingDialog(session).exec() == QDialog.DialogCode.Accepted:
            return True
        translation.install("")  # signed out: whoever unlocks next is asked in the computer's language
        return False

    def _try_remembered(self, dialog: UnlockDialog) -> None:
        if not remember.status().available:
            return
        user_id = None
        try:
            vault_id = vault.load_keyslots(self.paths).vault_id
            user_id = self.prefs.value(f"last_user/{vault_id}")
        except Exception:  # a damaged vault is reported by the unlock itself
            return
        name = self.user

        def work():
            session, note = remember.unlock_remembered(self.paths.folder, name, user_id=user_id)
            if session is not None and dialog.closed.is_set():
                session.close()  # the dialog closed meanwhile: nobody receives this unlock
                return None, note
            if session is not None:
                session.release()
            return session, note

        def done(value):
            session, note = value
            if session is not None and dialog.isVisible():
                dialog.session = session
                dialog.accept()
                return
            if session is not None:
                session.close()  # the dialog closed meanwhile: nobody receives this unlock
            if note:
                dialog.message.setText(note)

        run_task(work, done, lambda exc: dialog.message.setText(exc.message), owner=dialog)

    def _open(self, session: Session) -> None:
        # The session keeps no connection: the window reaches the vault off the UI thread only.
        session.release()
        self.session = session
        self.prefs.setValue(f"last_user/{session.vault_id}", session.user.id)
        translation.install(_window_language(session))  # the user's, before the window is made in it
        self._make_window(session)

    def _make_window(self, session: Session, page: str | None = None) -> None:
        access = VaultAccess(session)
        self.window = MainWindow(access)
        access.setParent(self.window)
        self.window.lock_requested.connect(self.lock)
        self.window.relock_requested.connect(self.lock)
        self.window.vault_wanted.connect(self.switch)
        self.window.language_changed.connect(self.relanguage)
        if page is not None:
            self.window.show_page(page)
        self.window.show()
        if page == "Settings":  # made again in another language: the chooser keeps the keyboard
            self.window.settings_page.focus_window_language()

    def relanguage(self, code: str) -> None:
        """The window made again in the language the user chose, on the page they were on; the vault
        stays unlocked."""
        if self.window is None or self.session is None:
            return
        old, page = self.window, self.window.current_page()
        geometry = old.saveGeometry()
        chosen = old.contacts_page.current  # the contact they were on stays chosen
        translation.install(code)
        old.shutdown()
        old.hide()
        old.deleteLater()
        self._make_window(self.session, page)
        self.window.restoreGeometry(geometry)
        if chosen is not None:
            self.window.contacts_page.select_contact(chosen.id)

    def switch(self, folder: str, create: bool) -> None:
        """Close this vault and open (or create) the one in ``folder``; if
        the user gives that up, unlock the one they had open again."""
        target = VaultPaths.of(folder)
        if create and target.exists():
            MessageBox.error(self.window, self.tr("New vault"), self.tr(
                "{0} already exists; choose another name, or open it.").format(target.folder))
            return
        if not create and not target.exists():
            MessageBox.error(self.window, self.tr("Open vault"), self.tr(
                "{0} is not a crmdesk vault; choose a folder whose name ends in .crmvault.").format(target.folder))
            return
        if self._close_window(lambda: self.switch(folder, create)):
            return
        previous, self.paths = self.paths, target
        if self._create() if create else self._unlock():
            self.single.listen(target.folder, self.bring_to_front)
            return
        self.paths = previous
        if not self._unlock():
            QApplication.quit()

    def lock(self, message: str = "") -> None:
        """Close the window and the session, then ask to unlock again
        (``message`` is shown in the unlock dialog, e.g. after a restore).

        An open dialog (an idle lock can come while one waits for input) is
        cancelled first; the lock then happens once its event loop has ended.
        """
        if self._close_window(lambda: self.lock(message)):
            return
        if not self._unlock(message=message):
            QApplication.quit()

    def _close_window(self, again) -> bool:
        """Close the window and lock the session. An open dialog (an idle
        lock can come while one waits for input) is cancelled first; True
        when that had to happen first (``again`` runs once its event loop
        has ended)."""
        modal = QApplication.activeModalWidget()
        if modal is not None and self.window is not None:
            modal.reject() if isinstance(modal, QDialog) else modal.close()
            QTimer.singleShot(0, again)
            return True
        if self.window is not None:
            self.window.shutdown()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.session is not None:
            self.session.close()
            self.session = None
        translation.install("")  # whoever unlocks next is asked in the computer's language
        return False

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.shutdown()
        if self.session is not None:
            self.session.close()
        self.single.close()


def _window_language(session: Session) -> str:
    """The signed-in user's language for the window, read on a connection of its own (the session
    keeps none on the UI thread)."""
    try:
        reader = session.fork()
    except (CrmdeskError, database.DatabaseError):  # the vault cannot be read just now (locked, damaged): the window says so itself
        return ""
    try:
        return users.window_language(reader)
    except (CrmdeskError, database.DatabaseError):
        return ""
    finally:
        reader.close()


def run_desktop(vault_path: str | None = None, user_name: str | None = None) -> int:
    """Entry point for ``crmdesk`` with no command."""
    applog.setup()
    _check_display()
    try:
        app = make_application()
    except Exception:  # noqa: BLE001 - a damaged install: said in a dialog, not only on a terminal
        return _could_not_start()
    path = vault_path or os.environ.get("CRMDESK_VAULT") or vault.default_vault_path()
    paths = VaultPaths.of(path)
    controller = AppController(paths, user_name)
    if OneWindowPerVault.ask_the_open_one(paths.folder) or not controller.single.listen(
            paths.folder, controller.bring_to_front):
        print(f"crmdesk already has {paths.folder} open; its window was brought to the front.")
        return 0
    app.setQuitOnLastWindowClosed(True)
    translation.install("")  # the computer's language until a user signs in
    QTimer.singleShot(0, translation.load_cldr)  # runs as the first dialog waits for its user
    with reported_in_a_dialog(app):
        if not controller.start():
            controller.shutdown()
            return 0
        code = app.exec()
        controller.shutdown()
    return code


def _check_display() -> None:
    """Without a desktop, Qt would abort with advice about libraries that are not the problem."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        raise OperationFailed("There is no desktop to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
                              "set); start crmdesk from a desktop session, or give a command ('crmdesk --help').")


def _could_not_start() -> int:
    log.exception("the window could not start")
    text = f"crmdesk could not start its window and may be damaged, so install it again; {applog.where_details_are()}."
    print(f"crmdesk: {text}", file=sys.stderr)
    if QApplication.instance() is not None:
        MessageBox.error(None, "crmdesk could not start", text)
    return 1
