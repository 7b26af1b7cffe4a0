"""The restore wizard: where to restore a backup, who restores it, and the
restore itself (off the UI thread).

Restoring over the open vault waits until the window's other work on the
vault is done, and holds new work back meanwhile; the old vault is kept
beside the restored one as a safety copy, and afterwards the window locks so
the restored vault is unlocked afresh (``replaced``). A restore to a new
folder erases again whoever the open vault erased since the backup was made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from crmdesk.core.backups import archive
from crmdesk.core.backups.archive import BackupFile
from crmdesk.core.backups.restore import KnownErasures, RestoreResult, restore_backup
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.vault.session import Session, VaultPaths
from crmdesk.ui import placement, translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.vault_access import VaultAccess
from crmdesk.ui.widgets import ResultLine


class DestinationPage(QWizardPage):
    def __init__(self, wizard: RestoreWizard):
        super().__init__()
        self.setTitle(self.tr("Restore a backup"))
        made = translation.moment(wizard.item.created.astimezone())
        counts = wizard.item.manifest.counts
        self.setSubTitle(self.tr("{0}, made {1}: {2} contacts, {3} users.").format(
            wizard.item.path.name, made, counts.get("contacts", 0), counts.get("users", 0)))
        self.as_new = QRadioButton(self.tr("As a new vault in this folder:"))
        self.replace = QRadioButton(self.tr("Over the vault I am using now"))
        self.as_new.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_new)
        group.addButton(self.replace)
        stamp = wizard.item.created.astimezone().strftime("%Y%m%d")
        current = wizard.access.session.paths
        self.path = QLineEdit(str(current.folder.parent / f"{current.name}-restored-{stamp}.crmvault"))
        self.path.setObjectName("restore_path")
        self.path.setAccessibleName(self.tr("Folder of the restored vault"))
        self.choose = QPushButton(self.tr("Choose…"))
        path_row = QHBoxLayout()
        path_row.addSpacing(24)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        replace_note = QLabel(self.tr(
            "The vault you have open is moved aside as a safety copy, not deleted. Everything "
            "entered since the backup was made is then only in that copy."), wordWrap=True)
        replace_note.setObjectName("hint")
        replace_note.setIndent(24)
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.as_new)
        layout.addLayout(path_row)
        layout.addSpacing(8)
        layout.addWidget(self.replace)
        layout.addWidget(replace_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)
        for signal in (self.path.textChanged, self.as_new.toggled):
            signal.connect(self.completeChanged)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Restore as"), self.path.text(),
                                                self.tr("crmdesk vault (*.crmvault)"))
        if chosen:
            self.path.setText(chosen)

    def target(self) -> VaultPaths | None:
        if self.replace.isChecked():
            return self.wizard().access.session.paths
        text = self.path.text().strip()
        return VaultPaths.of(text) if text else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        target = self.target()
        problem = ""
        if target is None:
            problem = self.tr("Give the folder for the restored vault.")
        elif self.as_new.isChecked() and target.folder.exists():
            problem = self.tr("{0} already exists; choose a new name.").format(target.folder.name)
        elif self.as_new.isChecked() and not target.folder.parent.is_dir():
            problem = self.tr("The folder {0} does not exist.").format(target.folder.parent)
        self.problem.setText(problem)
        return not problem


class CredentialsPage(QWizardPage):
    def __init__(self, wizard: RestoreWizard):
        super().__init__()
        self.setTitle(self.tr("Who restores it"))
        self.setSubTitle(self.tr(
            "The passphrase of an owner or admin who was a user of the vault when the backup was made."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Restore"))
        self.user = QLineEdit(wizard.access.session.user.name)
        self.user.setObjectName("restore_user")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("restore_passphrase")
        self.code = QLineEdit(placeholderText=self.tr("only if this account uses an authenticator app"))
        self.code.setObjectName("restore_code")
        self.code.setMaxLength(8)
        self.understood = QCheckBox(self.tr(
            "I understand that the vault I am using now will be replaced (its safety copy stays beside it)."))
        self.understood.setObjectName("understood")
        form = QFormLayout(self)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Authenticator code:"), self.code)
        form.addRow(self.understood)
        for signal in (self.user.textChanged, self.passphrase.textChanged, self.understood.toggled):
            signal.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        self.understood.setVisible(self.wizard().replacing())
        self.understood.setChecked(False)

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        ready = bool(self.user.text().strip() and self.passphrase.text())
        return ready and (not self.wizard().replacing() or self.understood.isChecked())


class RunPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Restoring"))
        self.busy = QProgressBar(maximum=0)
        self.text = ResultLine()
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the restored vault"), visible=False)
        self.open_button.setAutoDefault(False)
        self.done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.text)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        self.done = False
        self.setTitle(self.tr("Restoring"))
        self.open_button.setVisible(False)
        self.busy.setVisible(True)
        self.text.show_result("", self.tr("Checking the backup, then restoring it…"))
        self.wizard().start_restore()

    def finish(self) -> None:
        self.done = True
        self.busy.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return self.done


class RestoreWizard(QWizard):
    """Emits ``replaced(message)`` when it closes after replacing the open
    vault, ``open_wanted(folder)`` when the user opens a vault it restored
    to a new folder."""

    replaced = Signal(str)
    open_wanted = Signal(str)

    def __init__(self, access: VaultAccess, item: BackupFile, parent=None):
        super().__init__(parent)
        self.access = access
        self.item = item
        self._replaced_message = ""
        self._finder = None  # the credentials given, kept while the restore may be confirmed
        self.setWindowTitle(self.tr("Restore — crmdesk"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.destination = DestinationPage(self)
        self.credentials = CredentialsPage(self)
        self.run_page = RunPage()
        for page in (self.destination, self.credentials, self.run_page):
            self.addPage(page)
        placement.fit(self, 640, 420)

    def replacing(self) -> bool:
        return self.destination.replace.isChecked()

    def start_restore(self, without_erasures: bool = False) -> None:
        target = self.destination.target()
        replacing = self.replacing()
        if not without_erasures:
            self._finder = archive.passphrase_key(self.credentials.user.text().strip(),
                                                  self.credentials.passphrase.text(),
                                                  self.credentials.code.text().strip() or None)
            self.credentials.passphrase.clear()
            self.credentials.code.clear()
        finder, path = self._finder, self.item.path

        def work(worker: Session | None) -> RestoreResult:
            # Whoever the open vault erased since the backup was made is erased again (over the
            # vault, the restore reads them from the vault it replaces).
            erasures = KnownErasures.of(worker) if worker is not None else None
            return restore_backup(path, target.folder, finder, force=replacing, erasures=erasures,
                                  without_erasures=without_erasures)

        # Over the open vault: no connection may stay on a file about to move.
        self.access.operation(self, work, self._restored, failed=self._failed, alone=replacing,
                              connect=not replacing)

    def _restored(self, result: RestoreResult) -> None:
        text = self.tr("Restored {0} to {1}.").format(self.item.path.name, result.target)
        if result.safety_copy is not None:
            self._replaced_message = self.tr(
                "The backup was restored. The vault you had open is kept as {0}. "
                "Unlock the restored vault to go on.").format(result.safety_copy.name)
            text += "\n" + self.tr("The vault you had open is kept as {0}.").format(result.safety_copy) + \
                "\n" + self.tr("crmdesk locks when you close this; then unlock the restored vault.")
        if result.erased_again:
            text += "\n" + (self.tr("1 person erased since this backup was made was erased again.")
                            if result.erased_again == 1 else
                            self.tr("{0} people erased since this backup was made were erased again.").format(
                                result.erased_again))
        if result.left_team:
            text += "\n" + self.tr("It was a desk of a team: restored into another folder, it is a desk of its own now, "
                                   "with its contacts. To take the place of a lost desk, join the team with a new "
                                   "invitation.")
        if result.warning:
            text += "\n" + result.warning
        self.run_page.setTitle(self.tr("Restored"))
        self.run_page.text.show_result("bad" if result.warning else "good", text)
        if result.safety_copy is None:  # a new folder: open it from here
            folder = str(result.target)
            self.run_page.open_button.setVisible(True)
            self.run_page.open_button.clicked.connect(lambda: (self.accept(), self.open_wanted.emit(folder)))
        self.run_page.finish()

    def _failed(self, exc: CrmdeskError) -> None:
        # restore_backup changes nothing when it fails
        if exc.hint in ("restore-without-erasures", "restore-confirm") and MessageBox.confirm(
                self, self.tr("Restore"), exc.message, self.tr("Restore anyway")):
            self.start_restore(without_erasures=True)
            return
        self.run_page.text.show_error(exc)
        self.run_page.finish()

    def done(self, code: int) -> None:  # noqa: D401 - Qt override
        super().done(code)
        if self._replaced_message:
            message, self._replaced_message = self._replaced_message, ""
            self.replaced.emit(message)
