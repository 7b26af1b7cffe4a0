"""Settings: the vault's settings (owner/admin) and the user's own account.

The fields are read off the UI thread and read again when settings change
(here, in another window or from the command line); saving runs off the UI
thread too, and the window follows what was saved (auto-lock, sweeps).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import configuration, deadlines
from crmdesk.core.language import LANGUAGES
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.vault import remember, settings, users
from crmdesk.core.vault.gate import SETTINGS, USERS
from crmdesk.ui import translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.team_box import TeamBox
from crmdesk.ui.team_sync import TeamSync
from crmdesk.ui.user_dialogs import SetPassphraseDialog, TotpSetupDialog
from crmdesk.ui.users_page import UsersPage
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import (
    DurationSpinBox,
    add_page_header,
    fill_combo,
    language_combo,
    phone_regions,
)

# The controller's details that access reports print (key, several lines?).
CONTROLLER_FIELDS = (("controller_address", True), ("controller_contact", False), ("dpo_contact", False),
                     ("recipients", True), ("supervisory_authority", False), ("representative", False),
                     ("other_processing", True))
CONTROLLER_LABELS = (QT_TRANSLATE_NOOP("SettingsPage", "Postal address:"),
                     QT_TRANSLATE_NOOP("SettingsPage", "Contact:"),
                     QT_TRANSLATE_NOOP("SettingsPage", "Data protection contact:"),
                     QT_TRANSLATE_NOOP("SettingsPage", "Other recipients:"),
                     QT_TRANSLATE_NOOP("SettingsPage", "Supervisory authority:"),
                     QT_TRANSLATE_NOOP("SettingsPage", "Representative in the EU:"),
                     QT_TRANSLATE_NOOP("SettingsPage", "Other processing:"))
CONTROLLER_HINTS = {
    "controller_address": QT_TRANSLATE_NOOP("SettingsPage", "Street and number\nPostal code and town"),
    "controller_contact": QT_TRANSLATE_NOOP("SettingsPage", "e.g. info@example.com or +49 30 1234567"),
    "dpo_contact": QT_TRANSLATE_NOOP(
        "SettingsPage", "who answers data protection questions, e.g. the owner's e-mail"),
    "recipients": QT_TRANSLATE_NOOP(
        "SettingsPage", "one per line, besides the processors of Data protection, e.g. Tax office (invoices)"),
    "supervisory_authority": QT_TRANSLATE_NOOP("SettingsPage", "e.g. the data protection authority of your state"),
    "representative": QT_TRANSLATE_NOOP(
        "SettingsPage", "only for a shop outside the EU that serves people in it (Art. 27)"),
    "other_processing": QT_TRANSLATE_NOOP(
        "SettingsPage", "for the record of processing, one a line, e.g. Payroll by our tax adviser"),
}


# How long the language chooser waits after the last arrow key before the window is made again in it.
LANGUAGE_PAUSE_MS = 700


class SettingsPage(QWidget):
    window_language_wanted = Signal(str)  # the language the user chose for the window ("": the computer's)

    def __init__(self, access: VaultAccess, team_sync: TeamSync | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        session = access.session
        vault_box = QGroupBox(self.tr("This vault"))
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.auto_lock = DurationSpinBox("minute", minimum=0, maximum=24 * 60)
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.save_button = QPushButton(self.tr("Save"))
        self.saved = QLabel(wordWrap=True)
        self.saved.setObjectName("hint")
        form = QFormLayout(vault_box)
        form.addRow(self.tr("Business name:"), self.organisation)
        # The countries' and regions' names load off the UI thread with the settings (``load``).
        self._regions: dict[str, list[tuple[str, str]]] = {}
        self._shown: dict | None = None  # the settings as last read or saved
        self.region = QComboBox()
        self.region.setObjectName("phone_region")
        self.region.setToolTip(self.tr("The country of phone numbers written without +country code; changing it "
                                       "reads every number in the vault again"))
        form.addRow(self.tr("Country (for phone numbers):"), self.region)
        self.holiday_country = QComboBox()
        self.holiday_country.setObjectName("holiday_country")
        self.holiday_country.setAccessibleName(self.tr("Country of the public holidays"))
        self.holiday_region = QComboBox()
        self.holiday_region.setObjectName("holiday_region")
        self.holiday_region.setAccessibleName(self.tr("Region of the public holidays"))
        self.holiday_country.currentIndexChanged.connect(lambda _index: self._list_regions(""))
        holidays_row = QHBoxLayout()
        holidays_row.addWidget(self.holiday_country, 1)
        holidays_row.addWidget(self.holiday_region, 1)
        holidays_hint = self.tr("A request due on a Saturday, a Sunday or one of these public holidays is due on the "
                                "next working day (Regulation 1182/71)")
        self.holiday_country.setToolTip(holidays_hint)
        self.holiday_region.setToolTip(holidays_hint)
        form.addRow(self.tr("Public holidays:"), holidays_row)
        self.shop_language = language_combo("shop_language")
        self.shop_language.setToolTip(self.tr("The language of the shop's documents; the privacy notice is "
                                              "published in it and in English"))
        form.addRow(self.tr("Language of documents:"), self.shop_language)
        form.addRow(self.tr("Lock after being idle for:"), self.auto_lock)
        self.retention_interval = DurationSpinBox("hour", minimum=1, maximum=24 * 30)
        self.retention_interval.setToolTip(self.tr("After each unlock, and then this often, the window applies "
                                                   "the retention policies (Retention page)"))
        form.addRow(self.tr("Retention sweep every:"), self.retention_interval)
        self.training_refresh = DurationSpinBox("month", minimum=0, maximum=60)
        self.training_refresh.setSpecialValueText(self.tr("only for a new version"))
        self.training_refresh.setToolTip(self.tr("Staff confirm the shop's data-protection briefing again this "
                                                 "often (Data protection → Training)."))
        form.addRow(self.tr("Briefing again every:"), self.training_refresh)
        self.controller = {key: QPlainTextEdit(tabChangesFocus=True) if multi else QLineEdit()
                           for key, multi in CONTROLLER_FIELDS}
        for key, hint in CONTROLLER_HINTS.items():
            field = self.controller[key]
            field.setPlaceholderText(self.tr(hint))
            if isinstance(field, QPlainTextEdit):
                field.setFixedHeight(58)
                field.setTabChangesFocus(True)
        letters = QLabel(self.tr("In letters to customers, such as access reports:"))
        letters.setObjectName("hint")
        form.addRow(letters)
        for (key, _), label in zip(CONTROLLER_FIELDS, CONTROLLER_LABELS, strict=True):
            form.addRow(self.tr(label), self.controller[key])
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        form.addRow("", row)
        may_configure = allows(session.role, Permission.CONFIGURE)
        # Editable once everything is read, the countries' names included (typing before would be lost).
        self._editable = [self.organisation, self.region, self.holiday_country, self.holiday_region,
                          self.shop_language, self.auto_lock, self.retention_interval, self.training_refresh,
                          *self.controller.values(), self.save_button] if may_configure else []
        for widget in (*self._editable, self.save_button):
            widget.setEnabled(False)
        if not may_configure:
            self.saved.setText(self.tr("Only an owner or admin can change these."))

        account_box = QGroupBox(self.tr("Your account: {0} ({1})").format(
            session.user.name, session.role.value))
        self.passphrase_button = QPushButton(self.tr("Change my passphrase…"))
        self.totp_button = QPushButton()
        self.remember_button = QPushButton()
        self.keyring_note = QLabel(wordWrap=True)
        self.keyring_note.setObjectName("hint")
        account = QVBoxLayout(account_box)
        buttons = QHBoxLayout()
        for button in (self.passphrase_button, self.totp_button, self.remember_button):
            buttons.addWidget(button)
        buttons.addStretch()
        account.addLayout(buttons)
        account.addWidget(self.keyring_note)
        self.window_language = language_combo("window_language", self.tr("the computer's ({0})").format(
            LANGUAGES[translation.system_language()]))
        self.window_language.setToolTip(self.tr("Kept in the vault: it follows you to any desk"))
        self.window_language.setEnabled(False)  # until read
        self._window_language = ""  # as kept in the vault
        self._focus_language = False
        # Arrow keys on the closed list step through the languages: the one stopped on is taken.
        self._language_pause = QTimer(self, singleShot=True, interval=LANGUAGE_PAUSE_MS)
        self._language_pause.timeout.connect(self._language_chosen)
        self.window_language.activated.connect(lambda _index: self._language_pause.start())
        speaks = QHBoxLayout()
        speaks.addWidget(QLabel(self.tr("&Language of the window:"), buddy=self.window_language))
        speaks.addWidget(self.window_language)
        speaks.addStretch()
        account.addLayout(speaks)

        self.team_box = TeamBox(access, team_sync)
        for box in (vault_box, account_box, self.team_box):
            box.setMaximumWidth(760)
        content = QWidget()
        layout = QVBoxLayout(content)
        add_page_header(layout, self.tr("Settings"), self.tr(
            "How this vault behaves for everyone, and your own account on this computer."
        ))
        layout.addWidget(vault_box)
        layout.addWidget(account_box)
        layout.addWidget(self.team_box)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.save_button.clicked.connect(self.save)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.totp_button.clicked.connect(self.toggle_totp)
        self.remember_button.clicked.connect(self.toggle_remember)
        self._remembered = False
        self._update_account()
        Refresher(self, access, (SETTINGS,), lambda _changes: self.load())
        Refresher(self, access, (USERS,), lambda _changes: self._update_account())
        self.load()
        access.query(self, users.window_language, self.show_window_language)

    def load(self) -> None:
        keys = ("organisation", "phone_region", "holiday_region", "shop_language", "auto_lock_minutes",
                "retention_interval_hours", "training_refresh_months", *self.controller)
        # The names are read once the page is first shown: at unlock they would only slow the first list.
        named = bool(self._regions) or not self.isVisible()
        lang = translation.lang()  # read here: the worker must not ask the UI

        def read(session) -> dict:
            values = {key: settings.get(session, key) for key in keys}
            if not named:  # CLDR's names and the holiday tables take a few tenths of a second: not on the UI thread
                values["names"] = (phone_regions(lang.cldr), [(name, code) for code, name in deadlines.countries(lang)],
                                   {country: deadlines.regions(country) for country in deadlines.COUNTRIES})
            return values

        self.access.query(self, read, self._loaded)

    def _loaded(self, values: dict) -> None:
        if self.unsaved():  # changed elsewhere while a person edits here: their edits stay until saved
            return
        if "names" in values:
            phones, countries, self._regions = values["names"]
            fill_combo(self.region, phones, values["phone_region"])
            with QSignalBlocker(self.holiday_country):
                fill_combo(self.holiday_country, countries, "")
            for widget in self._editable:
                widget.setEnabled(True)
        self.organisation.setText(values["organisation"])
        self.region.setCurrentIndex(max(0, self.region.findData(values["phone_region"])))
        self.shop_language.setCurrentIndex(max(0, self.shop_language.findData(values["shop_language"])))
        country = values["holiday_region"].partition("-")[0]
        with QSignalBlocker(self.holiday_country):
            self.holiday_country.setCurrentIndex(max(0, self.holiday_country.findData(country)))
        self._list_regions(values["holiday_region"])
        self.auto_lock.setValue(values["auto_lock_minutes"])
        self.retention_interval.setValue(values["retention_interval_hours"])
        self.training_refresh.setValue(values["training_refresh_months"])
        for key, field in self.controller.items():
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(values[key])
            else:
                field.setText(values[key])
        self._shown = self.values()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._regions:
            self.load()

    def show_view(self, view: str) -> None:
        """What a card of the Today page opens here: the alarms about a desk's audit log."""
        if view == "team_alarms":
            self.team_box.open_alarms()

    def show_window_language(self, code: str) -> None:
        """The window's language as kept in the vault (also after a change was refused)."""
        self._window_language = code
        self.window_language.setCurrentIndex(max(0, self.window_language.findData(code)))
        self.window_language.setEnabled(True)
        if self._focus_language:
            self.window_language.setFocus()
            self._focus_language = False

    def language_refused(self) -> None:
        """The chooser back on the language the window speaks."""
        self.show_window_language(self._window_language)

    def focus_window_language(self) -> None:
        """Keyboard focus on the language chooser once it is read (the window was just made again)."""
        self._focus_language = True

    def _language_chosen(self) -> None:
        if self.window_language.currentData() != self._window_language:
            self.window_language_wanted.emit(self.window_language.currentData())

    def _list_regions(self, chosen: str) -> None:
        """The regions of the chosen country, with ``chosen`` ("DE-BY") selected; the whole country when
        none is."""
        country = self.holiday_country.currentData()
        self.holiday_region.clear()
        self.holiday_region.addItem(self.tr("whole country"), country)
        for code, name in self._regions.get(country, []):
            self.holiday_region.addItem(name, code)
        self.holiday_region.setCurrentIndex(max(0, self.holiday_region.findData(chosen)))

    def _update_account(self) -> None:
        self.totp_button.setText(
            self.tr("Turn off authenticator…") if self.access.session.user.totp_enabled
            else self.tr("Set up authenticator…")
        )
        state = remember.status()
        self.remember_button.setText(self.tr("Remember on this computer"))
        self.remember_button.setEnabled(False)
        if not state.available:
            self.keyring_note.setText(state.reason)
            return
        self.keyring_note.setText(self.tr("Checking this computer's keyring…"))
        # A keyring can take seconds to answer: ask it off the UI thread.
        self.access.query(self, remember.is_remembered, self._show_remembered,
                          failed=lambda exc: self.keyring_note.setText(exc.message))

    def _show_remembered(self, value: tuple[bool, str | None]) -> None:
        self._remembered, note = value
        self.remember_button.setEnabled(True)
        self.remember_button.setText(
            self.tr("Forget on this computer") if self._remembered else self.tr("Remember on this computer")
        )
        self.keyring_note.setText(note or (
            self.tr("Your key is kept in this computer's keyring; no passphrase is needed here.")
            if self._remembered else
            self.tr("Remembering keeps your key in this computer's keyring, so anyone who can log "
                    "into this computer account can open the vault as you.")
        ))

    def values(self) -> dict:
        """The settings as the form holds them now."""
        return {
            "organisation": self.organisation.text(), "phone_region": self.region.currentData(),
            "shop_language": self.shop_language.currentData(), "holiday_region": self.holiday_region.currentData(),
            "auto_lock_minutes": self.auto_lock.value(),
            "retention_interval_hours": self.retention_interval.value(),
            "training_refresh_months": self.training_refresh.value(),
            **{key: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
               for key, field in self.controller.items()}}

    def unsaved(self) -> bool:
        """Whether the form holds changes not saved yet."""
        return self._shown is not None and self.values() != self._shown

    def save(self) -> None:
        values = self.values()
        self.saved.setText("")
        self.access.operation(self, lambda s: configuration.change_settings_noting(s, values),
                              lambda stored: self._saved(values, stored[1]), title=self.tr("Settings"),
                              busy=self.save_button)

    def _saved(self, values: dict, notes: list[str]) -> None:
        self._shown = values
        self.saved.setText(" ".join([self.tr("Saved."), *notes]))

    def _run(self, operation, done_text: str) -> None:
        def done(_result) -> None:
            self._update_account()
            if done_text:
                MessageBox.info(self, self.tr("Your account"), done_text)

        self.access.operation(self, operation, done, title=self.tr("Your account"), busy=self)

    def change_passphrase(self) -> None:
        dialog = SetPassphraseDialog(self.access.session.user.name, True, self)
        if not UsersPage.ask(dialog):
            return
        new = dialog.fields.text()
        self._run(lambda s: users.change_passphrase(s, None, new), self.tr("Your passphrase is changed."))

    def toggle_totp(self) -> None:
        if self.access.session.user.totp_enabled:
            if MessageBox.confirm(self, self.tr("Authenticator"),
                                  self.tr("Turn off the authenticator code for your account?")):
                self._run(users.disable_totp, "")
            return
        self.access.query(self, users.new_totp_setup, self._set_up_totp)

    def _set_up_totp(self, setup: users.TotpSetup) -> None:
        dialog = TotpSetupDialog(setup, self.access.session.user.name, self)
        if not UsersPage.ask(dialog):
            return
        code = dialog.code.text()
        self._run(lambda s: users.enable_totp(s, setup=setup, code=code),
                  self.tr("Unlocking now also asks for the authenticator code."))

    def toggle_remember(self) -> None:
        if self._remembered:
            vault_id, user_id = self.access.session.vault_id, self.access.session.user.id
            self._run(lambda s: remember.forget(vault_id, user_id),
                      self.tr("Your key is no longer kept on this computer."))
        else:
            self._run(remember.remember, self.tr("Your key is now kept in this computer's keyring."))
