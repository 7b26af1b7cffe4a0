"""The main window: navigation, pages, status bar, lock and auto-lock.

Pages reach the vault through the window's one ``VaultAccess`` and keep
themselves current from its ``vault_changed`` signal; the window wires no
page's refresh by name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.backups import schedule
from crmdesk.core.permissions import Permission, allows, role_words
from crmdesk.core.privacy import retention
from crmdesk.core.vault import settings, users
from crmdesk.core.vault.gate import CONSENT, CONTACTS, RETENTION, SETTINGS
from crmdesk.core.vault.session import Session
from crmdesk.ui import collector, colours, placement
from crmdesk.ui.audit_page import AuditPage
from crmdesk.ui.backups_page import BackupRunner, BackupsPage, overdue_text
from crmdesk.ui.breach_log import ReportBreachDialog
from crmdesk.ui.consent_page import ConsentPage
from crmdesk.ui.contacts_page import ContactsPage
from crmdesk.ui.import_dialog import ImportDialog
from crmdesk.ui.menus import Menus
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.protection_page import ProtectionPage
from crmdesk.ui.requests_page import RequestsPage
from crmdesk.ui.retention_page import RetentionPage
from crmdesk.ui.retention_scheduler import RetentionScheduler
from crmdesk.ui.settings_page import SettingsPage
from crmdesk.ui.team_sync import TeamSync
from crmdesk.ui.today_page import TodayPage
from crmdesk.ui.users_page import UsersPage
from crmdesk.ui.vault_access import Refresher, VaultAccess

RETENTION_DELAY_MS = 5000  # the first sweep after unlock, once the window has settled
# Until the vault's own settings are read (a moment after the window opens).
DEFAULT_LOCK_MINUTES = settings.SPECS["auto_lock_minutes"].default
DEFAULT_SWEEP_HOURS = settings.SPECS["retention_interval_hours"].default
FIRST_BACKUP_DELAY_MS = 3000  # let the window settle before a scheduled backup
# A person at the keys, the mouse, a touch screen or a signature pen. Not
# enter and hover events: a window appearing under a mouse no one moves
# sends those, and must not keep the vault open.
_INPUT = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent, QTabletEvent, QInputMethodEvent)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched, event) -> bool:
        # Every event of the program passes here: a type check, not a look at
        # event.type() (whose enum made this filter a sixth of opening a dialog).
        if isinstance(event, _INPUT) and self.minutes > 0:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


# The pages, as the window and the View menu name them (the key stays English: the pages' own name).
PAGE_NAMES = {name: name for name in (
    QT_TRANSLATE_NOOP("MainWindow", "Today"), QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    QT_TRANSLATE_NOOP("MainWindow", "Consent"), QT_TRANSLATE_NOOP("MainWindow", "Requests"),
    QT_TRANSLATE_NOOP("MainWindow", "Data protection"), QT_TRANSLATE_NOOP("MainWindow", "Retention"),
    QT_TRANSLATE_NOOP("MainWindow", "Backups"), QT_TRANSLATE_NOOP("MainWindow", "Users"),
    QT_TRANSLATE_NOOP("MainWindow", "Audit log"), QT_TRANSLATE_NOOP("MainWindow", "Settings"))}


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` (Ctrl+L, the Lock button, or idle time) and
    ``relock_requested(message)`` after a restore replaced the open vault."""

    lock_requested = Signal()
    relock_requested = Signal(str)
    vault_wanted = Signal(str, bool)  # a vault folder to open instead, and whether to create it
    language_changed = Signal(str)  # the signed-in user chose another language for the window

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self._set_aside = False  # the objects alive once shown are out of the collector's sight
        self.session = session = access.session
        self.setWindowTitle(self.tr("{0} — crmdesk").format(session.paths.name))
        placement.restore(self, "main", 1280, 780)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.today_page = TodayPage(access)
        self._add_page("Today", self.today_page)
        self.today_page.go.connect(self.go_to)
        self.contacts_page = ContactsPage(access)
        self._add_page("Contacts", self.contacts_page)
        self.contacts_page.import_requested.connect(self.open_import)
        self.consent_page = ConsentPage(access)
        self._add_page("Consent", self.consent_page)
        self.requests_page = RequestsPage(access)
        self._add_page("Requests", self.requests_page)
        self.contacts_page.request_wanted.connect(self.new_request)
        self.requests_page.rectify_wanted.connect(self.rectify)
        self.protection_page: ProtectionPage | None = None
        if allows(session.role, Permission.ACCOUNTABILITY):
            self.protection_page = ProtectionPage(access)
            self._add_page("Data protection", self.protection_page)
        self.scheduler: RetentionScheduler | None = None
        if allows(session.role, Permission.ERASE):
            self.scheduler = RetentionScheduler(access, DEFAULT_SWEEP_HOURS, self)
            self.scheduler.sweep_started.connect(lambda: self.statusBar().showMessage(self.tr("Retention sweep…")))
            self.scheduler.progressed.connect(lambda done, total: self.statusBar().showMessage(
                self.tr("Retention sweep: {0} of {1} records…").format(done, total)))
            self.scheduler.sweep_finished.connect(self._swept)
            self.scheduler.sweep_failed.connect(lambda message: self.statusBar().showMessage(message, 30_000))
        self.retention_page = RetentionPage(access, self.scheduler)
        self._add_page("Retention", self.retention_page)
        admin = allows(session.role, Permission.ADMINISTER)
        self.backup_runner: BackupRunner | None = None
        self.backups_page: BackupsPage | None = None
        self._closing_after_backup = False
        self.backup_on_quit = False
        if admin:
            self.backup_runner = BackupRunner(access, self)
            self.backups_page = BackupsPage(access, self.backup_runner)
            self.backups_page.vault_replaced.connect(self.relock_requested)
            self.backups_page.open_wanted.connect(lambda folder: self.vault_wanted.emit(folder, False))
            self._add_page("Backups", self.backups_page)
            self._add_page("Users", UsersPage(access))
            self._add_page("Audit log", AuditPage(access))
        # A desk keeps in step with its team while the window is open: the thread starts once the Settings
        # page's team box has read that this vault is a desk of a team (also when it became one meanwhile).
        self.team_sync: TeamSync | None = None
        if allows(session.role, Permission.EDIT):
            self.team_sync = TeamSync(access)
            self.team_sync.synced.connect(self._team_synced)
            self.team_sync.failed.connect(self._team_failed)
        self.settings_page = SettingsPage(access, self.team_sync)
        self._add_page("Settings", self.settings_page)
        self.settings_page.window_language_wanted.connect(self.change_language)
        self.nav.currentRowChanged.connect(self._show_row)
        first = next(i for i in range(self.nav.count()) if self.nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled)
        self.nav.setCurrentRow(first)
        # Wide enough for the longest page name in the window's language ("Protection des données"), no scrolling.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFixedWidth(max(190, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8))

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.nav)
        row.addLayout(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.vault_label = QLabel(self.tr("Vault: {0}").format(session.paths.name))
        self.vault_label.setToolTip(str(session.paths.folder))
        # Who is signed in and as what, in one short label: a long language's backup warning needs the room.
        self.user_label = QLabel(self.tr("{0} ({1})", "a user's name and role in the status bar").format(
            session.user.name, role_words(session.role)))
        self.user_label.setToolTip(self.tr("Signed in as {0}; role: {1}").format(session.user.name,
                                                                                   role_words(session.role)))
        self.backup_warning = QLabel(visible=False)
        self.backup_warning.setObjectName("backup_warning")
        self.backup_warning.linkActivated.connect(lambda _link: self.show_page("Backups"))
        status.addPermanentWidget(self.backup_warning)
        self.team_label = QLabel(visible=False)  # while the team's server cannot be reached
        self.team_label.setObjectName("team_trouble")
        self.team_label.linkActivated.connect(lambda _link: self.show_page("Settings"))
        status.addPermanentWidget(self.team_label)
        self.review_label = QLabel(visible=False)
        self.review_label.setObjectName("review_waiting")
        self.review_label.linkActivated.connect(lambda _link: self.show_page("Retention"))
        status.addPermanentWidget(self.review_label)
        for label in (self.vault_label, self.user_label):
            status.addPermanentWidget(label)
        status.messageChanged.connect(self._passing_message)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.addAction(self.lock_action)
        toolbar = self.addToolBar(self.tr("Vault"))
        toolbar.setObjectName("vault_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.lock_action)
        self.menus = Menus(self)

        self.idle = IdleWatcher(DEFAULT_LOCK_MINUTES, self)
        self.idle.idle.connect(self.lock_requested)
        self._report_unlock()
        access.query(self, window_settings, self._apply_settings)
        Refresher(self, access, (SETTINGS,), lambda _changes: access.query(self, window_settings,
                                                                           self._apply_settings))
        if self.scheduler is not None:
            # A new consent, a hold or an edit can take a proposal off the list.
            Refresher(self, access, (RETENTION, CONSENT, CONTACTS), lambda _changes: self._count_waiting())
            self._count_waiting()
        if self.backup_runner is not None:
            self.backup_runner.started.connect(lambda: status.showMessage(self.tr("Backing up…")))
            self.backup_runner.progressed.connect(self._backup_progress)
            self.backup_runner.finished.connect(self._backup_made)
            self.backup_runner.failed.connect(self._backup_failed)
            self.backup_runner.stopped.connect(self._backup_stopped)
            self.backups_page.overdue_changed.connect(self.show_backup_age)
            self.backup_timer = QTimer(self, singleShot=True, interval=FIRST_BACKUP_DELAY_MS)
            self.backup_timer.timeout.connect(self.start_daily_backup)
            self.backup_timer.start()
        if self.scheduler is not None:
            self.retention_timer = QTimer(self, singleShot=True, interval=RETENTION_DELAY_MS)
            self.retention_timer.timeout.connect(self.scheduler.start)
            self.retention_timer.start()

    def _add_page(self, name: str, widget: QWidget) -> None:
        self.pages[name] = widget
        item = QListWidgetItem(self.tr(PAGE_NAMES[name]))
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.nav.addItem(item)
        self.stack.addWidget(widget)

    def _show_row(self, row: int) -> None:
        name = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        if name in self.pages:
            self.stack.setCurrentWidget(self.pages[name])

    def _apply_settings(self, values: dict) -> None:
        """The settings the window itself follows, read off the UI thread."""
        self.setWindowTitle(self.tr("{0} — crmdesk").format(values["organisation"] or self.session.paths.name))
        if self.idle.minutes != values["auto_lock_minutes"]:
            self.idle.set_minutes(values["auto_lock_minutes"])
        if self.scheduler is not None and self.scheduler.interval_hours != values["retention_interval_hours"]:
            self.scheduler.set_interval(values["retention_interval_hours"])
        self.backup_on_quit = self.backup_runner is not None and values["backup_on_quit"]

    def _count_waiting(self) -> None:
        self.access.query(self, lambda s: len(retention.proposals(s)), self._show_waiting)

    def _show_waiting(self, waiting: int) -> None:
        self.review_label.setVisible(waiting > 0)
        words = self.tr("{0} waiting for review").format(waiting)
        self.review_label.setText(f'<a href="retention">{words}</a>')
        self.review_label.setToolTip(self.tr("Retention proposals: open the Retention page"))

    def go_to(self, name: str, view: str) -> None:
        """The page a card of the Today page opens, showing what the card is
        about (each page's ``show_view`` knows its views)."""
        page = self.show_page(name)
        if hasattr(page, "show_view"):
            page.show_view(view)

    def current_page(self) -> str:
        return self.nav.currentItem().data(Qt.ItemDataRole.UserRole)

    def change_language(self, code: str) -> None:
        """Keep the user's choice in the vault, then have the window made again in it (``language_changed``);
        a contact being edited is saved or reverted first, so no work is lost."""
        if self.contacts_page.detail.revert_button.isEnabled() or self.settings_page.unsaved():
            MessageBox.error(self, self.tr("Language of the window"), self.tr(
                "A contact or the settings are being edited: save or revert them first, then choose the language "
                "again."))
            self.settings_page.language_refused()
            return
        self.access.operation(self, lambda s: users.set_window_language(s, code), self.language_changed.emit,
                              title=self.tr("Language of the window"))

    def show_page(self, name: str) -> QWidget:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(row)
        return self.pages[name]

    def rectify(self, contact_id: str, reference: str) -> None:
        """Edit a contact so that saving records the change under ``reference``."""
        self.show_page("Contacts")
        self.contacts_page.rectify_under(contact_id, reference)

    def new_request(self, contact) -> None:
        """A new request about ``contact``, from the Contacts page."""
        self.show_page("Requests")
        self.requests_page.new_request(contact)

    def report_breach(self) -> ReportBreachDialog:
        """Anyone's report of a data breach (File menu); the contact shown on
        the Contacts page may be the one it touches."""
        current = self.contacts_page.current
        dialog = ReportBreachDialog(self.access, current.id if current is not None else None, self)
        dialog.reported.connect(self._breach_reported)
        dialog.open()
        return dialog

    def _breach_reported(self, breach) -> None:
        if self.protection_page is not None:
            self.show_page("Data protection")
            self.protection_page.breaches.refresh(breach.reference)
        else:
            MessageBox.info(self, self.tr("Breach reported"), self.tr(
                "{0} is in the breach log. Tell the owner now as well: the supervisory authority may have to be "
                "told within 72 hours.").format(breach.reference))

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.access, self)
        dialog.show()
        return dialog

    def _passing_message(self, text: str) -> None:
        """A passing message takes the status bar's width (who is signed in shows again when it goes), and
        its whole text is in the bar's tooltip should a long one still not fit."""
        for label in (self.vault_label, self.user_label):
            label.setVisible(not text)
        self.statusBar().setToolTip(text)

    def _report_unlock(self) -> None:
        report = self.session.report
        parts = []
        if report.failed_attempts:
            parts.append(self.tr("{0} failed unlock tries since the last unlock.").format(report.failed_attempts))
        parts.extend(report.notes)
        if parts:
            self.statusBar().showMessage(" ".join(parts), 30_000)

    # -- backups on a schedule -------------------------------------------------------
    def start_daily_backup(self) -> None:
        """Back up if the schedule asks for one today and none was made yet."""
        if self.backup_runner is None:
            return

        def due(worker) -> bool:
            return settings.get(worker, "backup_daily") and schedule.due_today(worker)

        self.access.query(self, due, lambda go: self.backup_runner.start() if go else None,
                          failed=lambda exc: self.statusBar().showMessage(exc.message, 30_000))

    def _backup_progress(self, done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        self.statusBar().showMessage(self.tr("Backing up… {0}%").format(percent))

    def _backup_made(self, made) -> None:
        self.statusBar().showMessage(" ".join(filter(None, (
            self.tr("Backup made and checked: {0}.").format(made.path.name), self.backup_runner.rotation_text()))),
            15_000)
        self._close_if_quitting()

    def _backup_stopped(self) -> None:
        self.statusBar().showMessage(self.tr("The backup was stopped."), 10_000)
        self._close_if_quitting()

    def _backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Backup failed: {0}").format(message), 30_000)
        if self._closing_after_backup and not MessageBox.confirm(
                self, self.tr("Backup on quit"),
                self.tr("The backup before closing did not work: {0} Close crmdesk anyway?").format(message)):
            self._closing_after_backup = False  # stay open, so the user can put it right
            self.setEnabled(True)
            return
        self._close_if_quitting()

    def _close_if_quitting(self) -> None:
        if self._closing_after_backup:
            self.close()

    def show_backup_age(self, late: bool, last) -> None:
        """Warn in the status bar when the last good backup is older than the
        schedule promises (a day when daily, a week when on quit only)."""
        text = overdue_text(late, last, self.session.clock.now())
        self.backup_warning.setVisible(text is not None)
        if text is not None:
            self.backup_warning.setText(f'<a href="backups" style="color: {colours.colour("error").name()};">{text}</a>')
            # Whole in the tooltip: a narrow screen in a long language cuts the status bar's words.
            self.backup_warning.setToolTip(text + "\n" + self.tr("Open the Backups page"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        """With "back up when I quit", quitting first makes a backup."""
        runner = self.backup_runner
        wanted = self.backup_on_quit and not self._closing_after_backup
        # A backup under way (or the one on quit) finishes first; then the window closes.
        if runner is not None and (runner.running or (wanted and runner.start())):
            self._closing_after_backup = True
            self.statusBar().showMessage(self.tr("Backing up before closing…"))
            self.setEnabled(False)
            event.ignore()
            return
        self.stop_scheduler()
        placement.remember(self, "main")
        super().closeEvent(event)

    def stop_scheduler(self) -> None:
        """Stop the retention and team threads (within seconds): before the session closes."""
        if self.scheduler is not None:
            self.retention_timer.stop()
            self.scheduler.stop()
        if self.team_sync is not None:
            self.team_sync.stop()

    def _team_synced(self, done) -> None:
        self.team_label.setVisible(False)
        if done.server_put_back:
            self.statusBar().showMessage(self.tr("The team server had been put back from an older copy; this desk "
                                                 "gave it back what it had lost."), 60_000)
        elif done.received:
            self.statusBar().showMessage(self.tr("1 change received from the other desks.") if done.received == 1
                                         else self.tr("{0} changes received from the other desks.").format(
                                             done.received), 10_000)

    def _team_failed(self, message: str) -> None:
        self.team_label.setText(self.tr("<a href=\"settings\">Not in step with the team</a>"))
        self.team_label.setToolTip(message)
        self.team_label.setVisible(True)

    def _swept(self, result) -> None:
        applied = sum(result.applied.values())
        self.statusBar().showMessage(self.tr("Retention sweep: {0} records removed.").format(applied), 30_000)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._set_aside:
            self._set_aside = True
            collector.set_aside_what_lives_on()  # no full collection scans the window's own objects again

    def shutdown(self) -> None:
        """Stop timers, the retention thread and the watch for outside changes
        before the session is closed."""
        if self._set_aside:
            self._set_aside = False
            collector.bring_back()
        placement.remember(self, "main")
        self.stop_scheduler()
        self.idle.stop()
        self.access.stop()
        if self.backup_runner is not None:
            self.backup_timer.stop()


def window_settings(session: Session) -> dict:
    """The settings the window follows (runs off the UI thread)."""
    return {key: settings.get(session, key) for key in
            ("organisation", "auto_lock_minutes", "retention_interval_hours", "backup_on_quit")}
