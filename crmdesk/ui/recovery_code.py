"""The recovery code in the window: shown once with its kit, and confirmed.

``RecoveryCodePanel`` shows a new code with "Save recovery kit (PDF)…",
for the create-vault wizard and for a replaced code. ``RecoveryCodeDialog``
(Users → Recovery code…, and the Today page's card) lets the owner type the
code from the kit to confirm it is kept, or make a new one when the kit is
lost or was seen by someone else. Checking a code and making one are
Argon2id work, so both run off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.vault import recovery, settings
from crmdesk.reports.recovery_kit import RecoveryKit, kit_for, write_recovery_kit
from crmdesk.ui import placement, translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.vault_access import VaultAccess
from crmdesk.ui.widgets import ResultLine


class RecoveryCodePanel(QWidget):
    """A code shown once: the code, the kit to save and open, and the box
    that says it was kept. Emits ``kit_saved`` once the kit is written."""

    kit_saved = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_kit = QPushButton(self.tr("Save recovery kit (PDF)…"))
        self.open_kit = QPushButton(self.tr("Open it to print"))
        self.open_kit.setEnabled(False)
        for button in (self.save_kit, self.open_kit):
            button.setAutoDefault(False)  # Return goes to the dialog's button, never saves the kit again
        self.kit_status = QLabel(wordWrap=True)
        self.kit_status.setObjectName("hint")
        self.confirmed = QCheckBox(self.tr("I have saved the kit or written the code down"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_kit)
        buttons.addWidget(self.open_kit)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.kit_status)
        layout.addSpacing(12)
        layout.addWidget(self.confirmed)
        self.save_kit.clicked.connect(self._save_kit)
        self.open_kit.clicked.connect(self._open_kit)
        self.kit_path: Path | None = None
        self._kit: Callable[[], RecoveryKit] | None = None
        self._vault_name = ""

    def show_code(self, code: str, vault_name: str, kit: Callable[[], RecoveryKit]) -> None:
        """Show ``code``; ``kit()`` makes its kit when the user saves it."""
        self.code.setText(code)
        self._vault_name = vault_name
        self._kit = kit

    @classmethod
    def ask_kit_path(cls, parent: QWidget, suggestion: str) -> str:
        """The file to save the kit to ('' when cancelled). Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            parent, parent.tr("Save recovery kit"), suggestion, parent.tr("PDF files (*.pdf)")
        )
        return path

    def _save_kit(self) -> None:
        if self._kit is None:
            return
        chosen = self.ask_kit_path(self, str(Path.home() / f"crmdesk-recovery-kit-{self._vault_name}.pdf"))
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            write_recovery_kit(self._kit(), target)
        except OSError as exc:
            MessageBox.error(self, self.tr("Recovery kit not saved"), self.tr(
                "The kit could not be written to {0} ({1}); choose another folder."
            ).format(target, exc.strerror or "error"))
            return
        self.kit_path = target
        self.kit_status.setText(self.tr("Saved to {0}. Print it and keep it somewhere safe.").format(target))
        self.open_kit.setEnabled(True)
        self.confirmed.setChecked(True)
        self.kit_saved.emit()

    def _open_kit(self) -> None:
        if self.kit_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.kit_path)))


class NewRecoveryCodeDialog(QDialog):
    """A replaced code, shown this once; closes only when it was kept."""

    def __init__(self, code: str, kit: Callable[[], RecoveryKit], vault_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        intro = QLabel(self.tr(
            "The old code no longer works. This one is shown only now: save the kit and print it, or "
            "write the code down."), wordWrap=True)
        self.panel = RecoveryCodePanel(self)
        self.panel.show_code(code, vault_name, kit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Done"))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.panel.confirmed.toggled.connect(self.ok.setEnabled)
        self.panel.kit_saved.connect(self.ok.setFocus)
        placement.fit(self, 560, 320)

    def reject(self) -> None:
        if self.panel.confirmed.isChecked():  # Escape or the close box once the code is kept
            super().reject()


class RecoveryCodeDialog(QDialog):
    """Confirm the recovery code from the kit, or make a new one (owner)."""

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(self.tr("Recovery code"))
        intro = QLabel(self.tr(
            "If the owner's passphrase is lost, the recovery code on the printed kit is the only way back "
            "into the vault. Type it here once to be sure the kit is kept and readable; crmdesk never "
            "stores the code itself."), wordWrap=True)
        self.state = QLabel(wordWrap=True)
        self.state.setObjectName("hint")
        self.code = QLineEdit(placeholderText="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setObjectName("recovery_code_typed")
        self.code.setAccessibleName(self.tr("Recovery code from the kit"))
        form = QFormLayout()
        form.addRow(self.tr("Code from the kit:"), self.code)
        self.result = ResultLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.confirm_button = self.buttons.addButton(self.tr("Confirm"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button = self.buttons.addButton(self.tr("Make a new code…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.new_button.setAutoDefault(False)  # Return confirms the typed code, never replaces it
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.confirm_button.setDefault(True)
        self.confirm_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(lambda text: self.confirm_button.setEnabled(bool(text.strip())))
        self.confirm_button.clicked.connect(self.confirm)
        self.new_button.clicked.connect(self.make_new)
        self.buttons.rejected.connect(self.reject)
        self.new_code: NewRecoveryCodeDialog | None = None
        placement.fit(self, 560, 300)
        self._read_state()

    def _read_state(self) -> None:
        self.access.query(self, recovery.confirmed_at, self._show_state, failed=self.result.show_error)

    def _show_state(self, confirmed: str | None) -> None:
        self.state.setText(self.tr("The current code was confirmed on {0}.").format(translation.day(confirmed)) if confirmed
                           else self.tr("The current code has not been confirmed since it was made."))

    def confirm(self) -> None:
        typed = self.code.text()
        if not typed.strip():
            return
        self.result.show_result("", self.tr("Checking the code…"))

        def done(_none) -> None:
            self.code.clear()
            self.result.show_result("good", self.tr("The code is right and confirmed. Keep the kit where you "
                                                    "keep other important papers."))
            self._read_state()

        def failed(exc) -> None:
            self.result.show_error(exc)
            self.code.setFocus()
            self.code.selectAll()

        self.access.operation(self, lambda s: recovery.confirm_code(s, typed), done, failed=failed, busy=self)

    def make_new(self) -> None:
        if not MessageBox.confirm(self, self.tr("Make a new recovery code"), self.tr(
                "Make a new recovery code? The old one stops working at once, so destroy the old kit and "
                "keep the new one.")):
            return
        session = self.access.session
        paths, vault_id = session.paths, session.vault_id

        def made(result: tuple[str, str]) -> None:
            code, organisation = result
            self.new_code = NewRecoveryCodeDialog(code, lambda: kit_for(paths, vault_id, code, organisation),
                                                  paths.name, self)
            self.new_code.finished.connect(self._read_state)
            self.new_code.open()

        self.access.operation(
            self, lambda s: (recovery.replace_recovery_code(s), settings.get(s, "organisation")), made,
            title=self.tr("Recovery code"), busy=self)
