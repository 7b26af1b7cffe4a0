"""Dialogs for accounts: add a user, set a passphrase, set up an authenticator."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import vault
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.language import capitalised
from crmdesk.core.language import tr as message_tr
from crmdesk.core.permissions import Permission, Role, role_words
from crmdesk.core.vault import users
from crmdesk.ui.passphrase_fields import PassphraseFields


class _FormDialog(QDialog):
    """A dialog with a form, an inline message line and OK/Cancel."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)


class AddUserDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Add a user"), self.tr("Add user"), parent)
        self.name = QLineEdit(placeholderText=self.tr("e.g. anna"))
        self.name.setObjectName("name")
        self.display_name = QLineEdit(placeholderText=self.tr("optional, e.g. Anna Berg"))
        self.role = QComboBox()
        for role in (Role.STAFF, Role.VIEWER, Role.ADMIN):
            self.role.addItem(capitalised(role_words(role)), role)
        self.role_help = QLabel(wordWrap=True)
        self.role_help.setObjectName("hint")
        self.fields = PassphraseFields(self.tr("Passphrase:"))
        self.form.addRow(self.tr("User name:"), self.name)
        self.form.addRow(self.tr("Full name:"), self.display_name)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow("", self.role_help)
        self.layout_.addWidget(self.fields)
        hint = QLabel(self.tr("Tell the new user this passphrase in person; they can change it later."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.finish_layout()
        self.name.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self.role.currentIndexChanged.connect(self._update)
        self._update()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def _update(self) -> None:
        from crmdesk.core.permissions import allows

        role = self.chosen_role()
        can = [message_tr(p.value) for p in Permission if allows(role, p)]
        self.role_help.setText(self.tr("May: ") + "; ".join(can) + ".")
        try:
            vault.check_user_name(self.name.text())
            name_ok = True
        except CrmdeskError:
            name_ok = False
        self.ok.setEnabled(name_ok and self.fields.is_acceptable())


class SetPassphraseDialog(_FormDialog):
    def __init__(self, user_name: str, own: bool, parent: QWidget | None = None):
        title = self.tr("Change your passphrase") if own else self.tr("Set a passphrase for {0}").format(user_name)
        super().__init__(title, self.tr("Set passphrase"), parent)
        self.fields = PassphraseFields(self.tr("New passphrase:"))
        self.layout_.addWidget(self.fields)
        if not own:
            note = QLabel(self.tr(
                "A key remembered on another computer for {0} stops working; they unlock with "
                "the new passphrase."
            ).format(user_name), wordWrap=True)
            note.setObjectName("hint")
            self.layout_.addWidget(note)
        self.finish_layout()
        self.fields.changed.connect(lambda: self.ok.setEnabled(self.fields.is_acceptable()))
        self.ok.setEnabled(False)


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    import io

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class TotpSetupDialog(_FormDialog):
    """Shows the QR code and asks for the first code, proving the app works."""

    def __init__(self, setup: users.TotpSetup, user_name: str, parent: QWidget | None = None):
        super().__init__(self.tr("Authenticator for {0}").format(user_name), self.tr("Turn on"), parent)
        self.setup = setup
        intro = QLabel(self.tr(
            "Scan this code with an authenticator app (for example FreeOTP, Aegis, Google "
            "Authenticator), then type the 6-digit code it shows."
        ), wordWrap=True)
        qr = QLabel()
        qr.setObjectName("qr")
        qr.setPixmap(qr_pixmap(setup.uri))
        qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        secret = QLabel(self.tr("Or type this secret: ") + f"<code>{setup.secret}</code>")
        secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        secret.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLineEdit(placeholderText="123456")
        self.code.setObjectName("code")
        self.code.setMaxLength(8)
        self.layout_.insertWidget(0, intro)
        self.layout_.insertWidget(1, qr)
        self.layout_.insertWidget(2, secret)
        self.form.addRow(self.tr("Code from the app:"), self.code)
        self.finish_layout()
        self.code.textChanged.connect(lambda t: self.ok.setEnabled(len(t.strip()) >= 6))
        self.ok.setEnabled(False)
