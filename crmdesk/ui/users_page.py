"""The Users page: accounts and their roles, for owners and admins.

The list is read off the UI thread and follows every change to users and
keys; each change runs off the UI thread. The owner also confirms or
replaces the recovery code here ("Recovery code…"). A view (from the
Today page) selects the first user it is about: one without the
authenticator, or one not signed in for 90 days. Disabling a user rotates the master key, so
it waits until the window's other work on the vault is done.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crmdesk.core.permissions import Role, role_words
from crmdesk.core.vault import users
from crmdesk.core.vault.gate import KEYS, USERS
from crmdesk.core.vault.session import User
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.recovery_code import RecoveryCodeDialog
from crmdesk.ui.user_dialogs import AddUserDialog, SetPassphraseDialog, TotpSetupDialog
from crmdesk.ui.user_table_model import UserTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import add_page_header, make_table


class UsersPage(QWidget):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.model = UserTableModel(self)
        self.table = make_table(self.model, stretch_column=1, name=self.tr("Users"))  # stretch: the full name
        self.add_button = QPushButton(self.tr("Add user…"))
        self.passphrase_button = QPushButton(self.tr("Set passphrase…"))
        self.totp_button = QPushButton(self.tr("Authenticator…"))
        self.disable_button = QPushButton(self.tr("Disable…"))
        self.disable_button.setObjectName("danger")
        self.recovery_button = QPushButton(self.tr("Recovery code…"))
        self.recovery_button.setVisible(access.session.role == Role.OWNER)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.passphrase_button, self.totp_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.recovery_button)
        buttons.addWidget(self.disable_button)
        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Users"), self.tr(
            "Everyone who works with the vault has their own account and passphrase. "
            "Disabling an account changes the vault's key, so that person's passphrase "
            "opens nothing any more."
        ))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_user)
        self.passphrase_button.clicked.connect(self.set_passphrase)
        self.totp_button.clicked.connect(self.toggle_totp)
        self.disable_button.clicked.connect(self.disable_user)
        self.recovery_button.clicked.connect(self.recovery_code)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self._view = ""
        Refresher(self, access, (USERS, KEYS), lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        def read(session):
            return users.list_users(session), users.last_sign_ins(session), users.idle_users(session)

        self.access.query(self, read, self._listed)

    def _listed(self, found: tuple[list[User], dict[str, str], list[User]]) -> None:
        listed, signed_in, idle = found
        chosen = self.selected()
        self.model.signed_in = signed_in
        self.model.set_records(listed)
        wanted = {"no_authenticator": [u for u in listed if u.active and not u.totp_enabled],
                  "idle": idle}.get(self._view)
        self._view = ""
        if wanted:
            self.select_user(wanted[0].name)
        elif chosen is not None:
            self.select_user(chosen.name)
        self._update_buttons()

    def show_view(self, view: str) -> None:
        """What a Today card is about: "recovery" opens the recovery code
        dialog; "no_authenticator" and "idle" select the first such user."""
        if view == "recovery":
            self.recovery_code()
            return
        self._view = view
        self.refresh()

    def recovery_code(self) -> None:
        if self.access.session.role != Role.OWNER:
            return
        self.recovery_dialog = RecoveryCodeDialog(self.access, self)
        self.recovery_dialog.open()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def select_user(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.records[row].name == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        me = self.access.session.user
        manageable = bool(user and user.active and (user.role != Role.OWNER or me.role == Role.OWNER))
        self.passphrase_button.setEnabled(manageable)
        self.totp_button.setEnabled(manageable)
        self.disable_button.setEnabled(bool(manageable and user.role != Role.OWNER and user.id != me.id))
        if user:
            self.totp_button.setText(
                self.tr("Turn off authenticator…") if user.totp_enabled else self.tr("Authenticator…")
            )

    def _run(self, operation, done_text: str, *, alone: bool = False) -> None:
        def done(_result) -> None:
            if done_text:
                MessageBox.info(self, self.tr("Users"), done_text)

        self.access.operation(self, operation, done, title=self.tr("Users"), busy=self, alone=alone)

    @classmethod
    def ask(cls, dialog) -> bool:
        """Show a dialog; tests replace this to fill it in and accept."""
        return bool(dialog.exec())

    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        if not self.ask(dialog):
            return
        name, role = dialog.name.text().strip(), dialog.chosen_role()
        display, passphrase = dialog.display_name.text(), dialog.fields.text()
        self._run(
            lambda s: users.add_user(s, name, role=role, passphrase=passphrase, display_name=display),
            self.tr("Added {0} as {1}.").format(name, role_words(role)),
        )

    def set_passphrase(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = SetPassphraseDialog(user.name, user.id == self.access.session.user.id, self)
        if not self.ask(dialog):
            return
        passphrase = dialog.fields.text()
        self._run(lambda s: users.change_passphrase(s, user.name, passphrase),
                  self.tr("The passphrase of {0} is changed.").format(user.name))

    def toggle_totp(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.totp_enabled:
            if MessageBox.confirm(self, self.tr("Authenticator"), self.tr(
                "Turn off the authenticator code for {0}?"
            ).format(user.name)):
                self._run(lambda s: users.disable_totp(s, user.name), "")
            return
        self.access.query(self, lambda s: users.new_totp_setup(s, user.name),
                          lambda setup: self._set_up_totp(user, setup))

    def _set_up_totp(self, user: User, setup: users.TotpSetup) -> None:
        dialog = TotpSetupDialog(setup, user.name, self)
        if not self.ask(dialog):
            return
        code = dialog.code.text()
        self._run(lambda s: users.enable_totp(s, user.name, setup=setup, code=code),
                  self.tr("Unlocking as {0} now also asks for the authenticator code.").format(user.name))

    def disable_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not MessageBox.confirm(self, self.tr("Disable user"), self.tr(
            "Disable {0}? Their passphrase will open nothing any more; the vault's key is "
            "changed for everyone else without them noticing."
        ).format(user.name)):
            return
        self._run(lambda s: users.disable_user(s, user.name),
                  self.tr("{0} is disabled and the vault's key was changed.").format(user.name),
                  alone=True)
