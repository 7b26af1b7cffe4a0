"""The menu bar: every command of the window in its usual place, with the
shortcuts desktop users expect (Help lists them).

Commands that belong to the Contacts page are the page's own actions, put
in the menus as they are: one action, one shortcut, whichever page shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from crmdesk import applog
from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import tr as message_tr
from crmdesk.core.people import contacts
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.vault.gate import Changes
from crmdesk.io.contact_files import write_contacts_file
from crmdesk.ui.message_box import MessageBox

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow


class Menus(QObject):
    """Builds the window's menu bar and runs the commands that are the
    window's own (the pages run theirs)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        role = window.session.role
        page = window.contacts_page
        bar = window.menuBar()

        file = bar.addMenu(self.tr("&File"))
        self.new_vault = self._action(file, self.tr("&New vault…"), None, self.ask_new_vault)
        self.open_vault = self._action(file, self.tr("&Open vault…"), "Ctrl+O", self.ask_open_vault)
        file.addSeparator()
        if allows(role, Permission.EDIT):
            self._action(file, self.tr("&Import contacts…"), "Ctrl+I", window.open_import)
        if allows(role, Permission.ADMINISTER):
            self._action(file, self.tr("&Export contacts…"), "Ctrl+E", self.ask_export)
        if window.backups_page is not None:
            self._action(file, self.tr("&Back up now"), "Ctrl+B", self.back_up_now)
        file.addSeparator()
        if allows(role, Permission.REPORT):
            self._action(file, self.tr("Report a data brea&ch…"), None, window.report_breach)
        file.addSeparator()
        file.addAction(window.lock_action)
        self._action(file, self.tr("&Quit"), "Ctrl+Q", window.close)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(page.find_action)
        edit.addAction(page.save_action)
        page.find_action.triggered.connect(lambda: window.show_page("Contacts"))
        page.save_action.triggered.connect(lambda: window.show_page("Contacts"))

        view = bar.addMenu(self.tr("&View"))
        for number, name in enumerate(window.pages, start=1):
            self._action(view, QCoreApplication.translate("MainWindow", name), f"Ctrl+{number}" if number < 10 else None,
                         lambda _checked=False, n=name: window.show_page(n))
        view.addSeparator()
        self._action(view, self.tr("&Refresh"), "F5", self.refresh)

        person = bar.addMenu(self.tr("&Contact"))
        if allows(role, Permission.EDIT):
            person.addAction(page.new_action)
            page.new_action.triggered.connect(lambda: window.show_page("Contacts"))
        if allows(role, Permission.CONSENT):
            self._action(person, self.tr("Record &consent…"), None, self.record_consent)
        if allows(role, Permission.REQUESTS):
            self._action(person, self.tr("New &request…"), "Ctrl+R", self.new_request)
        self._action(person, self.tr("Possible &duplicates…"), None,
                     lambda: (window.show_page("Contacts"), page.review_duplicates()))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        self._action(help_menu, self.tr("Open the &log folder"), None, self.open_log_folder)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About crmdesk"), None, self.show_about)
        self.menus = [file, edit, view, person, help_menu]

    def _action(self, menu: QMenu, text: str, keys: str | None, slot) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.window.addAction(action)  # its shortcut works while the menu bar is hidden too
        return action

    # -- the window's own commands -----------------------------------------------------------
    def ask_new_vault(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New vault"), str(Path.home()),
                                              self.tr("crmdesk vault (*.crmvault)"))
        if name:
            self.window.vault_wanted.emit(name, True)

    def ask_open_vault(self) -> None:
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Open a vault (a NAME.crmvault folder)"),
                                                str(self.window.session.paths.folder.parent))
        if name:
            self.window.vault_wanted.emit(name, False)

    def ask_export(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export contacts"), str(Path.home() / "contacts.csv"),
            self.tr("Spreadsheet (*.csv);;vCard 4.0 (*.vcf)"))
        if name:
            self.export_to(Path(name) if Path(name).suffix else Path(name + (".vcf" if "vcf" in chosen else ".csv")))

    def export_to(self, target: Path) -> None:
        """Every contact but the restricted ones, to a CSV or vCard file, off the UI thread."""
        if target.suffix.lower() not in (".csv", ".vcf"):
            MessageBox.error(self.window, self.tr("Export contacts"),
                             self.tr("Name the file .csv (spreadsheet) or .vcf (vCard)."))
            return

        def export(session) -> int:
            everyone = contacts.contacts_for_export(session, file_format=target.suffix.lstrip(".").lower())
            try:
                return write_contacts_file(target, everyone)
            except OSError as exc:
                raise OperationFailed(message_tr("{target} cannot be written ({value}); "
                                                 "choose another folder. Nothing was "
                                                 "exported.").format(target=target,
                                                                     value=exc.strerror or 'error')) from None

        self.window.access.operation(
            self.window, export, lambda count: self.window.statusBar().showMessage(self.tr(
                "Exported {0} contacts to {1}. The file is not encrypted; keep it safe and delete it when "
                "done.").format(count, target), 30_000), title=self.tr("Export contacts"))

    def back_up_now(self) -> None:
        page = self.window.show_page("Backups")
        if page.backup_button.isEnabled():
            page.backup_button.click()

    def refresh(self) -> None:
        """Read everything again: what another program changed, and every page."""
        self.window.access.check_outside()
        self.window.access.publish(Changes.of_everything(), None)

    def record_consent(self) -> None:
        self.window.show_page("Contacts")
        detail = self.window.contacts_page.detail
        if detail.current is None:
            self.window.statusBar().showMessage(self.tr("Choose a contact first."), 10_000)
            return
        detail.tabs.setCurrentWidget(detail.consents)
        QTimer.singleShot(0, detail.consents.open_capture)

    def new_request(self) -> None:
        page = self.window.contacts_page
        on_contacts = self.window.stack.currentWidget() is page
        self.window.new_request(page.current if on_contacts else None)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) of every command that has a shortcut."""
        found = []
        for menu in self.menus:
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    found.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                                  action.text().replace("&", "").rstrip("…")))
        return found + [(self.tr("Return"), self.tr("in a search: go to the results; in a dialog: its main "
                                                    "button")),
                        (self.tr("Esc"), self.tr("close a dialog (it asks first when something would be lost)")),
                        (self.tr("Del"), self.tr("in the contact list: delete the selected contact"))]

    def show_shortcuts(self) -> None:
        lines = [f"{keys}\t{what}" for keys, what in self.shortcuts()]
        MessageBox.info(self.window, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def show_about(self) -> None:
        from crmdesk import licences

        MessageBox.info(self.window, self.tr("About crmdesk"), licences.title() + "\n\n" + self.tr(
            "Customer records in an encrypted vault on this computer, with consent, data subject requests, "
            "retention and backups.") + "\n\n" + self.tr("Vault: {vault}\nLog (no personal data): {log}").format(
                vault=self.window.session.paths.folder, log=applog.log_file()) + "\n\n" + self.tr(
                "Show Details lists every component crmdesk is made of, with its licence."),
            details=licences.components_text())

    def open_log_folder(self) -> None:
        folder = applog.log_file().parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            MessageBox.info(self.window, self.tr("Log folder"), self.tr(
                "This desktop has no file manager to open it with. The log is in {folder}.").format(folder=folder))
