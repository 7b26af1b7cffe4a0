"""The Consent page: purposes, their lawful bases and texts, and who stands where.

Everyone sees the purposes with the number of contacts per state and every
published version of each text. Owners and admins add and edit purposes,
publish a new text version (earlier versions stay, with the entries that
showed them) and retire a purpose. The page reads off the UI thread and
follows every change to purposes or consents.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.language import capitalised
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import consent, purposes
from crmdesk.core.vault.gate import CONSENT, PURPOSES
from crmdesk.ui import placement, translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import (
    DurationSpinBox,
    ResultLine,
    add_page_header,
    choice_combo,
    make_table,
)


class PurposeTableModel(RecordTableModel):
    """Rows: (purpose, {state: count})."""

    HEADERS = (QT_TRANSLATE_NOOP("PurposeTableModel", "Purpose"),
               QT_TRANSLATE_NOOP("PurposeTableModel", "Lawful basis"),
               QT_TRANSLATE_NOOP("PurposeTableModel", "Kept"),
               QT_TRANSLATE_NOOP("PurposeTableModel", "Re-consent"),
               QT_TRANSLATE_NOOP("PurposeTableModel", "Contacts"), QT_TRANSLATE_NOOP("PurposeTableModel", "State"))

    def cell(self, record, column: int, role):
        purpose, tally = record
        if role == Qt.ItemDataRole.DisplayRole:
            lang = translation.lang()
            return (
                lang.gettext(purpose.title),
                lang.gettext(purposes.BASES[purpose.basis]).split(" (")[0],
                purpose.kept(lang),
                lang.duration(purpose.reconsent_months, "months") if purpose.reconsent_months else "—",
                ", ".join(f"{consent.state_words(lang, s)}: {lang.number(n)}" for s, n in sorted(tally.items()))
                or self.tr("none yet"),
                self.tr("active") if purpose.active else self.tr("retired"),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return translation.lang().gettext(purposes.BASES[purpose.basis])
        return None


class PurposeDialog(QDialog):
    """Add a purpose, or edit one (its key and basis then stay as they are).
    Save emits ``submitted``; the page saves and closes the dialog only when
    that worked, so a mistake is shown here with what was typed kept."""

    submitted = Signal()

    def __init__(self, purpose: purposes.Purpose | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.purpose = purpose
        self.setWindowTitle(self.tr("Edit purpose") if purpose else self.tr("New purpose"))
        placement.fit(self, 560, 520 if purpose is None else 300)
        self.key = QLineEdit(placeholderText=self.tr("e.g. loyalty-club"))
        self.title = QLineEdit(placeholderText=self.tr("e.g. Loyalty club"))
        self.basis = choice_combo(purposes.BASES)
        self.description = QLineEdit(placeholderText=self.tr("What the data is used for, in a sentence"))
        self.retention = DurationSpinBox("day", minimum=0, maximum=36600)
        self.retention.setSpecialValueText(self.tr("no fixed period"))
        self.reconsent = DurationSpinBox("month", minimum=0, maximum=120)
        self.reconsent.setSpecialValueText(self.tr("until withdrawn"))
        self.language = choice_combo(purposes.LANGUAGES)
        self.text = QPlainTextEdit(tabChangesFocus=True)
        self.text.setAccessibleName(self.tr("Consent text"))
        self.text.setPlaceholderText(self.tr("The exact words the customer agrees to"))
        self.message = ResultLine()
        form = QFormLayout()
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Lawful basis"), self.basis)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Kept for"), self.retention)
        form.addRow(self.tr("Consent lasts"), self.reconsent)
        self.text_label = QLabel(self.tr("Consent text"))
        form.addRow(self.tr("Text language"), self.language)
        form.addRow(self.text_label, self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.reject)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        if purpose is not None:
            self.key.setText(purpose.key)
            self.title.setText(purpose.title)
            self.basis.setCurrentIndex(list(purposes.BASES).index(purpose.basis))
            self.description.setText(purpose.description)
            self.retention.setValue(purpose.retention_days or 0)
            self.reconsent.setValue(purpose.reconsent_months or 0)
            for widget in (self.key, self.basis):
                widget.setEnabled(False)
            for widget in (self.language, self.text, self.text_label, form.labelForField(self.language)):
                widget.setVisible(False)
        self._basis_changed()

    def _basis_changed(self) -> None:
        needs = self.basis.currentData() == "consent"
        self.reconsent.setEnabled(needs)
        self.text.setEnabled(needs)
        self.language.setEnabled(needs)

    def values(self) -> dict:
        needs = self.basis.currentData() == "consent"
        return {
            "title": self.title.text(), "description": self.description.text(),
            "retention_days": self.retention.value() or None,
            "reconsent_months": (self.reconsent.value() or None) if needs else None,
        }


class PublishTextDialog(QDialog):
    """A new version of a consent text, starting from the current words
    (``submitted`` as in ``PurposeDialog``)."""

    submitted = Signal()

    def __init__(self, purpose: purposes.Purpose, texts: list[purposes.ConsentText], parent: QWidget | None = None):
        super().__init__(parent)
        self.purpose = purpose
        self.texts = texts  # every version, newest first per language
        self.setWindowTitle(self.tr("Publish a new text — {0}").format(translation.lang().gettext(purpose.title)))
        placement.fit(self, 620, 480)
        self.language = choice_combo(purposes.LANGUAGES)
        self.text = QPlainTextEdit(tabChangesFocus=True)
        self.text.setAccessibleName(self.tr("Consent text"))
        hint = QLabel(self.tr(
            "Published texts never change. Customers who agreed to an earlier version keep that version "
            "in their history; new consents use this one."), wordWrap=True)
        hint.setObjectName("hint")
        self.message = ResultLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = buttons.addButton(self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(self._load)
        self._load()

    def _load(self) -> None:
        current = next((text for text in self.texts if text.language == self.language.currentData()), None)
        self.text.setPlainText(current.body if current else "")


class ConsentPage(QWidget):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.texts: dict[str, list[purposes.ConsentText]] = {}  # purpose key → every version
        self.wanted: str | None = None  # the purpose to select once the list shows it (one just saved)
        self.may_configure = allows(access.session.role, Permission.CONFIGURE)
        self.model = PurposeTableModel(self)
        self.table = make_table(self.model, stretch_column=4, name=self.tr("Purposes"))
        self.add_button = QPushButton(self.tr("New purpose…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.publish_button = QPushButton(self.tr("Publish new text…"))
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.retire_button.setObjectName("danger")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.publish_button):
            buttons.addWidget(button)
            button.setVisible(self.may_configure)
        buttons.addStretch()
        buttons.addWidget(self.retire_button)
        self.retire_button.setVisible(self.may_configure)

        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Version and language of the text"))
        self.text_view = QTextBrowser()
        self.text_view.setAccessibleName(self.tr("Text of the purpose"))
        self.description = QLabel(wordWrap=True)
        self.description.setObjectName("hint")
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.description)
        version_row = QHBoxLayout()
        version_row.addWidget(QLabel(self.tr("Text")))
        version_row.addWidget(self.versions, 1)
        detail_layout.addLayout(version_row)
        detail_layout.addWidget(self.text_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([260, 340])
        self.result = ResultLine()

        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Consent and lawful bases"), self.tr(
            "Every contact is processed for stated purposes, each on one lawful basis. Where the basis is "
            "consent, the customer agrees to an exact text, and crmdesk keeps which version, when and how."))
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result)
        self.add_button.clicked.connect(self.add_purpose)
        self.edit_button.clicked.connect(self.edit_purpose)
        self.publish_button.clicked.connect(self.publish_text)
        self.retire_button.clicked.connect(self.retire_purpose)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.versions.currentIndexChanged.connect(self._show_version)
        Refresher(self, access, (PURPOSES, CONSENT), lambda _changes: self.refresh())
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """The purposes, their texts and the counts per state (a pass over
        every contact's decisions), read off the UI thread."""
        keep = select or (self.selected().key if self.selected() else None)

        def read(session):
            found = purposes.list_purposes(session)
            return found, consent.counts(session), {p.key: purposes.texts(session, p.key) for p in found}

        self.access.query(self, read, lambda found: self._show_purposes(*found, keep=keep),
                          failed=self.result.show_error)

    def _show_purposes(self, found: list, counts: dict, texts: dict, *, keep: str | None = None) -> None:
        keys = [p.key for p in found]
        if self.wanted in keys:
            keep, self.wanted = self.wanted, None
        keep = keep or (self.selected().key if self.selected() else None)
        self.texts = texts
        records = [(p, counts.get(p.key, {})) for p in found]
        self.model.set_records(records)
        keys = [p.key for p, _ in records]
        self.table.selectRow(keys.index(keep) if keep in keys else 0)
        self._selected()

    def selected(self) -> purposes.Purpose | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()][0] if rows else None

    def _selected(self, *_args) -> None:
        purpose = self.selected()
        self.versions.blockSignals(True)
        self.versions.clear()
        if purpose is not None:
            for text in self.texts.get(purpose.key, []):
                self.versions.addItem(self.tr("{0}, version {1}, published {2}").format(
                    capitalised(translation.lang().language_name(text.language)), text.version,
                    translation.day(text.published_at)),
                    text)
            lang = translation.lang()
            self.description.setText(f"{lang.gettext(purposes.BASES[purpose.basis])}. "
                                     f"{lang.gettext(purpose.description)}")
        else:
            self.description.setText("")
        self.versions.blockSignals(False)
        self.versions.setEnabled(self.versions.count() > 0)
        self._show_version()
        consent_purpose = purpose is not None and purpose.needs_consent
        self.edit_button.setEnabled(purpose is not None)
        self.publish_button.setEnabled(consent_purpose and purpose.active)
        self.retire_button.setEnabled(purpose is not None and purpose.active)

    def _show_version(self) -> None:
        text = self.versions.currentData()
        purpose = self.selected()
        if text is None:
            self.text_view.setPlainText(self.tr("This purpose rests on another lawful basis; it has no consent text.")
                                        if purpose is not None and not purpose.needs_consent else "")
            return
        self.text_view.setPlainText(f"{text.body}\n\nSHA-256 {text.sha256}")

    # -- changes (owner and admin) ---------------------------------------------------------
    def _run(self, operation, select: str | None, dialog: QDialog) -> None:
        def done(_result) -> None:
            dialog.accept()
            self.result.show_result("good", self.tr("Saved."))
            self.wanted = select  # the list follows the change by itself; then this is selected

        self.access.operation(dialog, operation, done, failed=dialog.message.show_error, busy=dialog)

    def add_purpose(self) -> PurposeDialog:
        dialog = PurposeDialog(None, self)

        def save() -> None:
            key, basis, values = dialog.key.text(), dialog.basis.currentData(), dialog.values()
            text = dialog.text.toPlainText() if basis == "consent" else None
            language = dialog.language.currentData()
            self._run(lambda s: purposes.add_purpose(s, key, basis=basis, text=text, language=language, **values),
                      key.strip().lower(), dialog)

        dialog.submitted.connect(save)
        dialog.open()
        return dialog

    def edit_purpose(self) -> PurposeDialog | None:
        purpose = self.selected()
        if purpose is None:
            return None
        dialog = PurposeDialog(purpose, self)
        dialog.submitted.connect(lambda: self._run(
            lambda s: purposes.update_purpose(s, purpose.key, **dialog.values()), purpose.key, dialog))
        dialog.open()
        return dialog

    def publish_text(self) -> PublishTextDialog | None:
        purpose = self.selected()
        if purpose is None or not purpose.needs_consent:
            return None
        dialog = PublishTextDialog(purpose, self.texts.get(purpose.key, []), self)
        dialog.submitted.connect(lambda: self._run(
            lambda s: purposes.publish_text(s, purpose.key, dialog.text.toPlainText(),
                                           language=dialog.language.currentData()), purpose.key, dialog))
        dialog.open()
        return dialog

    def retire_purpose(self) -> None:
        purpose = self.selected()
        if purpose is None or not MessageBox.confirm(self, self.tr("Retire purpose"), self.tr(
                "Stop offering “{0}”? Its history stays; consents already given can still be withdrawn, "
                "but nobody can agree to it any more.").format(translation.lang().gettext(purpose.title))):
            return
        self.access.operation(self, lambda s: purposes.retire_purpose(s, purpose.key),
                              title=self.tr("Retire purpose"), busy=self)

