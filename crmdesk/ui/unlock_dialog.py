"""The unlock dialog, and the recovery dialog behind "Forgot passphrase…".

Unlocking (Argon2id, about half a second) runs off the UI thread. Messages
appear inline; after too many wrong tries the wait is shown as a countdown.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import vault
from crmdesk.core.errors import CrmdeskError, LockedOut, TotpRequired
from crmdesk.core.vault import recovery, remember
from crmdesk.core.vault.session import Session, VaultPaths
from crmdesk.ui.passphrase_fields import PassphraseFields
from crmdesk.ui.tasks import run_task


def unlock_in_worker(paths: VaultPaths, user: str | None, passphrase: str, code: str | None,
                     keep: bool, gone: threading.Event | None = None) -> Session | None:
    """Unlock (and optionally remember the key) on a worker thread; the
    session comes back with its connection released. When the window that
    asked is ``gone`` meanwhile, nobody receives it: it locks again (None)."""
    session = vault.unlock(paths.folder, user, passphrase, totp_code=code)
    if gone is not None and gone.is_set():
        session.close()
        return None
    notes = list(session.report.notes)
    if keep:
        try:
            remember.remember(session)
        except remember.KeyringUnavailable as exc:
            notes.append(exc.message)
    session.release()  # the UI thread opens its own connection
    session.report = replace(session.report, notes=tuple(notes))
    return session


class UnlockDialog(QDialog):
    """On accept, ``session`` holds the unlocked session (connection released;
    the caller reconnects on its thread)."""

    def __init__(self, paths: VaultPaths, parent: QWidget | None = None, *, message: str = ""):
        super().__init__(parent)
        self.paths = paths
        self.session: Session | None = None
        self._slots = None
        self._wait_until = 0.0
        self.setWindowTitle(self.tr("Unlock {0} — crmdesk").format(paths.name))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Unlock the vault “{0}”").format(paths.name))
        title.setObjectName("title")
        where = QLabel(str(paths.folder))
        where.setObjectName("hint")
        where.setWordWrap(True)
        self.user = QLineEdit(placeholderText=self.tr("leave empty for the owner"))
        self.user.setObjectName("user")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.code = QLineEdit(placeholderText=self.tr("6-digit code from your authenticator app"))
        self.code.setObjectName("code")
        self.code.setAccessibleName(self.tr("Authenticator code"))
        self.code.setMaxLength(8)
        self.code_label = QLabel(self.tr("Code:"))
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        state = remember.status()
        self.remember.setEnabled(state.available)
        self.remember_reason = QLabel(state.reason, wordWrap=True)
        self.remember_reason.setObjectName("hint")
        self.remember_reason.setVisible(not state.available)
        self.message = QLabel(message, wordWrap=True)
        self.message.setObjectName("error")
        self.busy = QProgressBar(maximum=0, visible=False)
        self.busy.setFixedHeight(6)
        self.busy.setTextVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.remember)
        form.addRow("", self.remember_reason)

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        # Return never quits: only a click (or Space once Tab put focus on it) does.
        self.quit_button.setAutoDefault(False)
        self.forgot = QPushButton(self.tr("Forgot passphrase…"))
        self.forgot.setFlat(True)
        self.forgot.setObjectName("link")
        self.buttons.addButton(self.forgot, QDialogButtonBox.ButtonRole.HelpRole)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self._recover)
        self.user.textChanged.connect(self._update_code_field)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.code.returnPressed.connect(self.try_unlock)
        self.closed = threading.Event()  # set when the dialog closes: an unlock still running is not wanted
        self.finished.connect(lambda _result: self.closed.set())
        self._countdown = QTimer(self, interval=250)
        self._countdown.timeout.connect(self._tick)
        self._update_code_field()
        self.passphrase.setFocus()

    def _update_code_field(self) -> None:
        try:
            self._slots = self._slots or vault.load_keyslots(self.paths)
            slot = self._slots.user_slot(self.user.text().strip() or None)
        except CrmdeskError:
            slot = None
        show = bool(slot and slot.totp) or bool(self.code.text())
        self.code_label.setVisible(show)
        self.code.setVisible(show)

    def _set_busy(self, busy: bool) -> None:
        # The fields stay enabled (read-only), so focus stays in them and never moves to Quit.
        self.busy.setVisible(busy)
        for field in (self.user, self.passphrase, self.code):
            field.setReadOnly(busy)
        for button in (self.unlock_button, self.forgot):
            button.setEnabled(not busy)

    def try_unlock(self) -> None:
        if self._countdown.isActive() or self.busy.isVisible():
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Type your passphrase."))
            return
        self.message.setText("")
        self._set_busy(True)
        user = self.user.text().strip() or None
        args = (self.paths, user, self.passphrase.text(), self.code.text().strip() or None,
                self.remember.isEnabled() and self.remember.isChecked(), self.closed)
        run_task(lambda: unlock_in_worker(*args), self._unlocked, self._failed, owner=self)

    def _unlocked(self, session: Session | None) -> None:
        if session is None:
            return
        if self.closed.is_set():  # closed while the unlock finished: nobody receives it
            session.close()
            return
        self._set_busy(False)
        self.passphrase.clear()
        self.session = session
        self.accept()

    def _failed(self, exc: CrmdeskError) -> None:
        self._set_busy(False)
        self.passphrase.setFocus()
        self.passphrase.selectAll()
        if isinstance(exc, TotpRequired):
            self.code_label.setVisible(True)
            self.code.setVisible(True)
            self.code.setFocus()
        if isinstance(exc, LockedOut):
            self._wait_until = time.monotonic() + exc.retry_after
            self._countdown.start()
            self._tick()
            return
        self.message.setText(exc.message)

    def _tick(self) -> None:
        left = self._wait_until - time.monotonic()
        if left <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.message.setText(self.tr("You can try again now."))
            return
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr(
            "Too many wrong tries. You can try again in {0} seconds."
        ).format(math.ceil(left)))

    def _recover(self) -> None:
        dialog = RecoverDialog(self.paths, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session = dialog.session
            self.accept()


class RecoverDialog(QDialog):
    """Set a new owner passphrase with the recovery code."""

    def __init__(self, paths: VaultPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Recover the owner's access"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr(
            "Type the recovery code from the recovery kit and choose a new passphrase for "
            "the owner. Other users keep their passphrases."
        ), wordWrap=True)
        self.code = QLineEdit(placeholderText="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setObjectName("recovery_code")
        self.fields = PassphraseFields(self.tr("New passphrase:"))
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("error")
        self.busy = QProgressBar(maximum=0, visible=False, textVisible=False)
        self.busy.setFixedHeight(6)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Set new passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Recovery code:"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.code.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.fields.is_acceptable() and len(self.code.text().strip()) >= 8)

    def _submit(self) -> None:
        self.busy.setVisible(True)
        self.ok.setEnabled(False)
        code, new = self.code.text(), self.fields.text()

        def work() -> Session:
            session = recovery.recover(self.paths.folder, code, new)
            session.release()
            return session

        run_task(work, self._done, self._failed, owner=self)

    def _done(self, session: Session) -> None:
        self.busy.setVisible(False)
        self.session = session
        self.accept()

    def _failed(self, exc: CrmdeskError) -> None:
        self.busy.setVisible(False)
        self._update()
        self.message.setText(exc.message)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
