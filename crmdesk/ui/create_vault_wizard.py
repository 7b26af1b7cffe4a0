"""First start: the wizard that creates a vault.

Business and owner → passphrase (twice, with a strength hint) → the vault is
created off the UI thread → the recovery code, the kit to save, and
"remember on this computer".
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.core import vault
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.vault import remember, settings
from crmdesk.core.vault.session import Session, VaultPaths
from crmdesk.reports.recovery_kit import kit_for
from crmdesk.ui import placement
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.passphrase_fields import PassphraseFields
from crmdesk.ui.recovery_code import RecoveryCodePanel
from crmdesk.ui.tasks import run_task
from crmdesk.ui.unlock_dialog import unlock_in_worker
from crmdesk.ui.widgets import region_combo


class DetailsPage(QWizardPage):
    def __init__(self, paths: VaultPaths):
        super().__init__()
        self.setTitle(self.tr("Welcome to crmdesk"))
        self.setSubTitle(self.tr(
            "Your customer data will live in an encrypted vault on this computer. "
            "First, who is it for?"
        ))
        self.organisation = QLineEdit(placeholderText=self.tr("e.g. Bäckerei Sonne"))
        self.owner = QLineEdit(vault_user_name_default())
        self.display_name = QLineEdit(placeholderText=self.tr("optional, e.g. Maria Sonne"))
        self.region = region_combo(settings.locale_region())
        self.region.setObjectName("phone_region")
        self.region.setToolTip(self.tr("The country of phone numbers written without +country code"))
        self.organisation.setObjectName("organisation")
        self.owner.setObjectName("owner")
        where = QLabel(self.tr("The vault will be created at:") + f"<br><code>{paths.folder}</code>")
        where.setObjectName("hint")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.tr("Business name:"), self.organisation)
        form.addRow(self.tr("Owner's user name:"), self.owner)
        form.addRow(self.tr("Owner's full name:"), self.display_name)
        form.addRow(self.tr("Country (for phone numbers):"), self.region)
        form.addRow(where)
        self.owner.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        try:
            vault.check_user_name(self.owner.text())
        except CrmdeskError:
            return False
        return True


def vault_user_name_default() -> str:
    try:
        return vault.check_user_name(getpass.getuser())
    except (CrmdeskError, OSError, KeyError):
        return "owner"


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the owner's passphrase"))
        self.setSubTitle(self.tr(
            "It unlocks the vault. Several words are easier to remember and harder to "
            "guess than one short password."
        ))
        self.fields = PassphraseFields()
        self.busy = QProgressBar(maximum=0)
        self.busy.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch()
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return self.fields.is_acceptable() and not self.busy.isVisible()

    def validatePage(self) -> bool:
        if self._wizard.created is not None:
            return True
        self._wizard.start_creation()
        return False

    def show_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.status.setText(text)
        self.fields.setEnabled(not busy)
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr(
            "If the owner's passphrase is ever lost, this code is the only way back in. "
            "It is shown only now."
        ))
        self.panel = RecoveryCodePanel(self)
        self.code, self.save_kit, self.confirmed = self.panel.code, self.panel.save_kit, self.panel.confirmed
        self.kit_status = self.panel.kit_status
        self.remember = QCheckBox(self.tr("Remember the key on this computer (no passphrase here)"))
        state = remember.status()
        self.remember.setEnabled(state.available)
        if not state.available:
            self.remember.setToolTip(state.reason)
            self.remember.setText(self.remember.text() + " — " + self.tr("unavailable"))
        self.remember_reason = QLabel(state.reason, wordWrap=True)
        self.remember_reason.setObjectName("hint")
        self.remember_reason.setVisible(not state.available)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_reason)
        layout.addStretch()
        self.confirmed.toggled.connect(self.completeChanged)
        self.panel.kit_saved.connect(lambda: wizard.button(QWizard.WizardButton.FinishButton).setFocus())

    def initializePage(self) -> None:
        created = self._wizard.created
        if created is None:
            return
        organisation = self._wizard.details.organisation.text().strip()
        self.panel.show_code(created.recovery_code, created.paths.name, lambda: kit_for(
            created.paths, created.vault_id, created.recovery_code, organisation))

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return self.confirmed.isChecked()


class CreateVaultWizard(QWizard):
    """On accept: ``created`` is set, and ``session`` holds the owner's
    unlocked session (connection released for the UI thread to reconnect),
    or ``unlock_error`` says why unlocking right away failed."""

    def __init__(self, paths: VaultPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.created: vault.CreatedVault | None = None
        self.session: Session | None = None
        self.unlock_error = ""
        self.setWindowTitle(self.tr("Create a crmdesk vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.details = DetailsPage(paths)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.details, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        placement.fit(self, 620, 520)

    def passphrase(self) -> str:
        return self.passphrase_page.fields.text()

    def wants_remember(self) -> bool:
        return self.recovery_page.remember.isEnabled() and self.recovery_page.remember.isChecked()

    def start_creation(self) -> None:
        page = self.passphrase_page
        page.show_busy(True, self.tr("Creating the encrypted vault…"))
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        details = self.details
        args = dict(
            owner_name=details.owner.text(), passphrase=self.passphrase(),
            organisation=details.organisation.text(), phone_region=details.region.currentData(),
            owner_display_name=details.display_name.text(),
            make_parents=self.paths == VaultPaths.of(vault.default_vault_path()),
        )
        run_task(lambda: vault.create_vault(self.paths.folder, **args),
                 self._created, self._failed, owner=self)

    def _created(self, created: vault.CreatedVault) -> None:
        self.created = created
        self.passphrase_page.show_busy(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.next()
        # The vault exists now: going back would only confuse.
        self.button(QWizard.WizardButton.BackButton).setVisible(False)

    def _failed(self, exc: CrmdeskError) -> None:
        self.passphrase_page.show_busy(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        MessageBox.error(self, self.tr("Vault not created"), exc.message)

    def accept(self) -> None:
        """Finish: unlock as the owner in the background, then close."""
        if self.created is None or self.session is not None or self.unlock_error:
            super().accept()
            return
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)
        self.recovery_page.kit_status.setText(self.tr("Opening the vault…"))
        args = (self.paths, self.details.owner.text().strip(), self.passphrase(), None,
                self.wants_remember())

        def opened(session: Session) -> None:
            self.session = session
            super(CreateVaultWizard, self).accept()

        def failed(exc: CrmdeskError) -> None:
            self.unlock_error = exc.message
            super(CreateVaultWizard, self).accept()

        run_task(lambda: unlock_in_worker(*args), opened, failed, owner=self)

    def reject(self) -> None:
        if self.created is not None:
            return  # the code must be acknowledged once the vault exists
        super().reject()
