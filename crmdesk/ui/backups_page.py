"""The Backups page: back up now, where and when, rotation, the list of
backups with their check state, checking one, and restoring one.

``BackupRunner`` makes backups off the UI thread with progress and cancel;
the page and the window's schedule (daily at first unlock, on quit) share
one runner, so a scheduled backup shows on the page too. Everything the page
shows is read off the UI thread and follows every change to backups or
settings.
"""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import configuration
from crmdesk.core.backups import archive, backup, schedule
from crmdesk.core.backups.archive import BackupFile
from crmdesk.core.clock import parse_iso
from crmdesk.core.errors import Cancelled, CrmdeskError
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import BACKUPS, SETTINGS
from crmdesk.core.vault.session import Session
from crmdesk.ui import translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.restore_wizard import RestoreWizard
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import DurationSpinBox, ResultLine, add_page_header, make_table

STATE_TEXT = {"good": QT_TRANSLATE_NOOP("BackupTableModel", "checked, good"),
              "damaged": QT_TRANSLATE_NOOP("BackupTableModel", "DAMAGED"),
              "unreadable": QT_TRANSLATE_NOOP("BackupTableModel", "unreadable"),
              "not checked": QT_TRANSLATE_NOOP("BackupTableModel", "not checked")}


def local_time(moment: datetime | None) -> str:
    return translation.moment(moment.astimezone()) if moment else "—"


def age_text(moment: datetime, now: datetime) -> str:
    days = (now - moment).days
    lang = translation.lang()
    return lang.ago(days, "days") if days >= 2 else lang.ago(int((now - moment).total_seconds() // 3600), "hours")


def overdue_text(late: bool, last: datetime | None, now: datetime) -> str | None:
    """The status bar's warning, or None while backups are on schedule."""
    if not late:
        return None
    if last is None:
        return QCoreApplication.translate("BackupsPage", "This vault has no good backup yet.")
    return QCoreApplication.translate("BackupsPage", "The last good backup is from {0} ({1}).").format(
        local_time(last), age_text(last, now))


class BackupTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("BackupTableModel", "Made"), QT_TRANSLATE_NOOP("BackupTableModel", "File"),
               QT_TRANSLATE_NOOP("BackupTableModel", "Size"), QT_TRANSLATE_NOOP("BackupTableModel", "State"))

    def cell(self, item: BackupFile, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_time(item.created), item.path.name, QLocale().toString(item.size / 1e6, "f", 1) + " MB",
                    self.tr(STATE_TEXT[item.state]))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.problem:
                return item.problem
            if item.checked_at:
                return self.tr("Last checked {0}").format(local_time(parse_iso(item.checked_at)))
            return str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupRunner(QObject):
    """Makes one backup at a time off the UI thread, then applies the
    rotation from Settings; ``progressed(done, total)``
    in database pages, then ``finished(BackupFile)`` or ``failed(message)``
    (``failed`` is not emitted for a cancelled backup; ``stopped`` is)."""

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, access: VaultAccess, parent: QObject | None = None):
        super().__init__(parent)
        self.access = access
        self.running = False
        self._cancel = threading.Event()
        self.removed: list = []  # the backups the last rotation deleted

    def start(self) -> bool:
        if self.running:
            return False
        self.running = True
        self._cancel = threading.Event()
        cancel = self._cancel
        self.started.emit()
        def make(worker: Session) -> tuple[BackupFile, list]:
            made = backup.create_backup(worker, progress=self.progressed.emit, cancelled=cancel.is_set)
            return made, schedule.prune(worker)  # the rotation from Settings, after every good backup

        self.access.operation(self, make, self._done, failed=self._failed)
        return True

    def rotation_text(self) -> str:
        """What the last backup's rotation deleted, in a sentence ('' when nothing)."""
        names = [path.name for path in self.removed]
        if not names:
            return ""
        return (self.tr("The rotation in Settings deleted an older backup: {0}.").format(names[0]) if len(names) == 1
                else self.tr("The rotation in Settings deleted {0} older backups: {1}.").format(
                    len(names), ", ".join(names)))

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, result: tuple[BackupFile, list]) -> None:
        self.running = False
        made, self.removed = result
        self.finished.emit(made)

    def _failed(self, exc: CrmdeskError) -> None:
        self.running = False
        if isinstance(exc, Cancelled):
            self.stopped.emit()
        else:
            self.failed.emit(exc.message)


class BackupsPage(QWidget):
    """Emits ``vault_replaced(message)`` after a restore replaced the open
    vault: the window must lock so the restored vault is unlocked afresh;
    ``overdue_changed`` whenever the list was read; ``settings_saved``."""

    vault_replaced = Signal(str)
    open_wanted = Signal(str)  # a vault restored to a new folder, to open instead
    overdue_changed = Signal(bool, object)  # late?, when the last good backup was made

    def __init__(self, access: VaultAccess, runner: BackupRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.runner = runner
        self._folder = ""  # the backup folder as the vault's settings say

        now_box = QGroupBox(self.tr("Back up now"))
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.stop_button = QPushButton(self.tr("Stop"), visible=False)
        self.progress = QProgressBar(visible=False)
        self.last = ResultLine()
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button, 1)
        now_row.addWidget(self.stop_button)
        now_layout = QVBoxLayout(now_box)
        now_layout.addLayout(now_row)
        now_layout.addWidget(self.progress)  # a line of its own: beside the buttons it widened the page
        now_layout.addWidget(self.last)
        now_layout.addStretch(1)

        where_box = QGroupBox(self.tr("Where and when"))
        self.folder = QLineEdit(readOnly=True)
        self.folder.setObjectName("backup_folder")
        self.choose_button = QPushButton(self.tr("Choose…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.daily = QCheckBox(self.tr("Once a day, when the vault is first unlocked that day"))
        self.on_quit = QCheckBox(self.tr("When I quit crmdesk"))
        self.keep_daily = DurationSpinBox("day", minimum=1, maximum=365)
        self.keep_weekly = DurationSpinBox("week", minimum=0, maximum=520)
        self.keep_monthly = DurationSpinBox("month", minimum=0, maximum=240)
        self.save_button = QPushButton(self.tr("Save"))
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        # One line each: side by side, "520 tygodni" and its neighbours widened the window past 1024 pixels.
        keep_rows = []
        for spin in (self.keep_daily, self.keep_weekly, self.keep_monthly):
            keep_rows.append(QHBoxLayout())
            keep_rows[-1].addWidget(spin)
            keep_rows[-1].addStretch(1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved, 1)
        form = QFormLayout(where_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above their field, not beside
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow(self.tr("Back up by itself:"), self.daily)
        form.addRow("", self.on_quit)
        form.addRow(self.tr("Keep the newest of the last:"), keep_rows[0])
        for row in keep_rows[1:]:
            form.addRow("", row)
        form.addRow("", save_row)

        self.model = BackupTableModel(self)
        self.table = make_table(self.model, stretch_column=1, name=self.tr("Backups"))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setToolTip(self.tr(
            "Reads the whole backup: its seal, every encrypted page, the structure and the audit chain."))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.prune_button = QPushButton(self.tr("Delete old backups"))
        self.prune_button.setToolTip(self.tr("Deletes the backups the rotation above no longer keeps."))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.result = ResultLine()
        list_row = QHBoxLayout()
        for button in (self.check_button, self.restore_button, self.prune_button, self.refresh_button):
            list_row.addWidget(button)
        list_row.addStretch(1)

        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Backups"), self.tr(
            "Each backup is one encrypted file holding the whole vault; without a passphrase it "
            "reveals nothing. Keep the backup folder on another drive, such as a USB stick, so a "
            "broken or stolen computer does not take your customer records with it."
        ))
        top = QHBoxLayout()
        top.addWidget(now_box, 2)
        top.addWidget(where_box, 3)
        layout.addLayout(top)
        layout.addLayout(list_row)
        layout.addWidget(self.result)  # below the buttons: a backup's long file name has the page's width
        layout.addWidget(self.table, 1)

        self.backup_button.clicked.connect(self.runner.start)
        self.stop_button.clicked.connect(self.runner.cancel)
        self.runner.started.connect(self._running)
        self.runner.progressed.connect(self._advanced)
        self.runner.finished.connect(self._made)
        self.runner.failed.connect(self._backup_failed)
        self.runner.stopped.connect(self._backup_stopped)
        self.choose_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save)
        self.check_button.clicked.connect(self.check_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.prune_button.clicked.connect(self.prune)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        Refresher(self, access, (SETTINGS,), lambda _changes: self.load_settings())
        Refresher(self, access, (BACKUPS, SETTINGS), lambda _changes: self.refresh())
        self.load_settings()
        self.refresh()

    # -- settings ------------------------------------------------------------------
    def load_settings(self) -> None:
        keys = ("backup_daily", "backup_on_quit", "backup_keep_daily", "backup_keep_weekly", "backup_keep_monthly")
        self.access.query(self, lambda s: (str(backup.backup_folder(s)), {k: settings.get(s, k) for k in keys}),
                          self._settings_loaded)

    def _settings_loaded(self, found) -> None:
        self._folder, values = found
        self.folder.setText(self._folder)
        self.daily.setChecked(values["backup_daily"])
        self.on_quit.setChecked(values["backup_on_quit"])
        self.keep_daily.setValue(values["backup_keep_daily"])
        self.keep_weekly.setValue(values["backup_keep_weekly"])
        self.keep_monthly.setValue(values["backup_keep_monthly"])

    def choose_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.folder.setText(chosen)
            self.save()

    def ask_folder(self) -> str:
        """The folder the user picks ('' when cancelled). Tests replace this."""
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), self.folder.text())

    def save(self) -> None:
        values = {
            "backup_daily": self.daily.isChecked(), "backup_on_quit": self.on_quit.isChecked(),
            "backup_keep_daily": self.keep_daily.value(), "backup_keep_weekly": self.keep_weekly.value(),
            "backup_keep_monthly": self.keep_monthly.value(),
        }
        if self.folder.text() != self._folder:
            values["backup_folder"] = self.folder.text()  # the default stays "beside the vault"
        self.saved.setText("")
        self.access.operation(self, lambda s: configuration.change_settings(s, values),
                              lambda _stored: self.saved.setText(self.tr("Saved.")),
                              title=self.tr("Backup settings"), busy=self.save_button)

    # -- backing up ----------------------------------------------------------------
    def _running(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.backup_button.setEnabled(False)
        self.last.setText(self.tr("Backing up…"))

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finished_running(self) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.backup_button.setEnabled(True)

    def _made(self, made: BackupFile) -> None:
        self._finished_running()
        self.refresh()
        self.result.show_result("good", " ".join(filter(None, (
            self.tr("Backed up and checked: {0}.").format(made.path.name), self.runner.rotation_text()))))

    def _backup_failed(self, message: str) -> None:
        self._finished_running()
        self.refresh()
        self.result.show_result("bad", message)

    def _backup_stopped(self) -> None:
        self._finished_running()
        self.refresh()
        self.result.show_result("", self.tr("The backup was stopped; no backup file was made."))

    # -- the list ------------------------------------------------------------------
    def show_view(self, view: str) -> None:
        """From a Today card: the backup folder to choose, or a backup to make."""
        (self.choose_button if view == "folder" else self.backup_button).setFocus()

    def refresh(self) -> None:
        def query(worker: Session):
            return schedule.session_backups(worker), schedule.overdue(worker)

        self.access.query(self, query, self._listed, failed=self.result.show_error)

    def _listed(self, value) -> None:
        found, (late, last_good) = value
        chosen = self.selected()
        self.model.set_records(found)
        for row, item in enumerate(found):  # keep the selection across the reload
            if chosen is not None and item.path == chosen.path:
                self.table.selectRow(row)
        now = self.access.session.clock.now()
        self.last.show_result("bad" if late else "good", self.tr("This vault has no good backup yet.")
                              if last_good is None else self.tr("Last good backup: {0} ({1}).").format(
                                  local_time(last_good), age_text(last_good, now)))
        self._update_buttons()
        self.overdue_changed.emit(late, last_good)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        self.check_button.setEnabled(item is not None and item.manifest is not None)
        self.restore_button.setEnabled(item is not None and item.manifest is not None)
        self.prune_button.setEnabled(bool(self.model.records))

    def check_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.result.show_result("", self.tr("Checking {0}…").format(item.path.name))
        self.check_button.setEnabled(False)

        def check(worker: Session) -> archive.CheckResult:
            result = archive.check_backup(item.path, archive.session_key(worker))
            backup.record_check(worker, item.path, result)
            return result

        def done(result: archive.CheckResult) -> None:
            if result.problems:
                self.result.show_result("bad", self.tr("{0} is damaged:").format(item.path.name) + "\n"
                                  + "\n".join(result.problems))
            else:
                self.result.show_result("good", self.tr("{0} is intact: every check passed.").format(item.path.name))

        def failed(exc: CrmdeskError) -> None:
            self.result.show_error(exc)
            self._update_buttons()

        self.access.operation(self, check, done, failed=failed)

    def prune(self) -> None:
        keep = schedule.Keep(self.keep_daily.value(), self.keep_weekly.value(), self.keep_monthly.value())
        doomed = [b for b in self.model.records if b.manifest is not None
                  and b.path not in schedule.to_keep(self.model.records, keep)]
        if not doomed:
            self.result.show_result("", self.tr("Every backup here is kept by the rotation; nothing to delete."))
            return
        if not MessageBox.confirm(self, self.tr("Delete old backups"), self.tr(
                "Delete {0} backups that the rotation no longer keeps? The newest of each of the last "
                "{1} days, {2} weeks and {3} months stay.").format(
                    len(doomed), keep.daily, keep.weekly, keep.monthly)):
            return
        self.access.operation(self, lambda s: schedule.prune(s, keep=keep), title=self.tr("Delete old backups"),
                              busy=self)

    def restore_selected(self) -> RestoreWizard | None:
        item = self.selected()
        if item is None or item.manifest is None:
            return None
        wizard = RestoreWizard(self.access, item, self)
        wizard.replaced.connect(self.vault_replaced)
        wizard.open_wanted.connect(self.open_wanted)
        wizard.show()
        return wizard
