"""The Data protection page (owners and admins), and the breach report everyone can make.

The page keeps the shop's data-protection folder in tabs: the breach log
(core.privacy.breaches) with every breach's 72-hour clock, the assessment,
the notifications and the papers (the notification draft for the
authority, the letters to the people) as PDF or DOCX; the register of
processors, with each agreement's scan; and the record of processing as
it reads from the vault now, to save as PDF or DOCX.

"File → Report a data breach…" is for everyone: staff who lost a list or
saw a screen they should not have report it at once, and the owner hears
of it on the Today page. A report stays in the log for good, so Return in
the report dialog never sends it; only the Report button does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import fsutil, privacy_notice, processing_record
from crmdesk.core.errors import OperationFailed
from crmdesk.core.people import contacts
from crmdesk.core.privacy import breaches, processors, subject_data
from crmdesk.core.privacy import purposes as purposes_of
from crmdesk.core.privacy.breaches import Breach
from crmdesk.core.privacy.categories import DATA_CATEGORIES
from crmdesk.core.privacy.processors import Processor
from crmdesk.core.vault import training
from crmdesk.core.vault.gate import (
    BACKUPS,
    BREACHES,
    CONSENT,
    CONTACTS,
    PROCESSORS,
    PURPOSES,
    RETENTION,
    SETTINGS,
    USERS,
)
from crmdesk.reports import breach_papers, document, notice_paper, record_paper
from crmdesk.ui import placement
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import (
    ReadWhenShown,
    ResultLine,
    add_page_header,
    choice_combo,
    make_table,
    reading_pane,
)


def select_row(table, keys: list[str], wanted: str | None) -> bool:
    """Select the row whose key is ``wanted`` (True), else the first one."""
    if wanted in keys:
        table.selectRow(keys.index(wanted))
        return True
    if keys:
        table.selectRow(0)
    return False


def selected_record(table, model: RecordTableModel):
    rows = table.selectionModel().selectedRows()
    return model.records[rows[0].row()] if rows else None


class ReportBreachDialog(QDialog):
    """What happened, when it was noticed, whom it touches, whether the copy
    was encrypted. Emits ``reported(breach)``."""

    reported = Signal(object)

    def __init__(self, access: VaultAccess, contact_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Report a data breach"))
        intro = QLabel(self.tr(
            "Personal data lost, sent to the wrong person, seen by someone who should not see it, or changed "
            "without leave: report it now. The owner has 72 hours from when it was noticed to tell the "
            "supervisory authority. A report stays in the breach log."), wordWrap=True)
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(self.tr("e.g. The laptop with the customer list was stolen from the car"))
        self.what.setTabChangesFocus(True)
        self.what.setAccessibleName(self.tr("What happened"))
        self.what.setFixedHeight(70)
        self.discovered = QDateTimeEdit(QDateTime.currentDateTime())
        self.discovered.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.discovered.setMinimumDateTime(QDateTime(QDate(2018, 5, 25), QTime(0, 0)))  # the GDPR's first day
        self.discovered.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.discovered.setCalendarPopup(True)
        self.occurred = QLineEdit(placeholderText=self.tr("as far as known, e.g. Saturday night"))
        self.how = QLineEdit(placeholderText=self.tr("e.g. the recipient phoned us"))
        self.everyone = QRadioButton(self.tr("Every contact in the vault"))
        self.tagged = QRadioButton(self.tr("The contacts with the tag"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.one = QRadioButton(self.tr("Only the contact shown on the Contacts page"))
        self.one.setEnabled(contact_id is not None)
        self.everyone.setChecked(True)
        self.scope = QButtonGroup(self)
        for button in (self.everyone, self.tagged, self.one):
            self.scope.addButton(button)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tagged)
        tag_row.addWidget(self.tag, 1)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.everyone)
        scope_box.addLayout(tag_row)
        scope_box.addWidget(self.one)
        self.encrypted = QRadioButton(self.tr("Yes: an encrypted device or file (the crmdesk vault, a protected "
                                              "backup), its key safe"))
        self.readable = QRadioButton(self.tr("No: readable (a CSV, paper, an e-mail, a screen)"))
        self.protection = QButtonGroup(self)
        for button in (self.encrypted, self.readable):
            self.protection.addButton(button)
        self.protection.buttonToggled.connect(lambda *_: self._update())
        self.encryption_note = QLineEdit(placeholderText=self.tr("optional: how it was protected"))
        self.encryption_note.setAccessibleName(self.tr("How it was protected"))
        form = QFormLayout()
        form.addRow(self.tr("What happened"), self.what)
        form.addRow(self.tr("Noticed at"), self.discovered)
        form.addRow(self.tr("Happened"), self.occurred)
        form.addRow(self.tr("Noticed how"), self.how)
        form.addRow(self.tr("Whose data"), scope_box)
        form.addRow(self.tr("Was it encrypted?"), self.encrypted)
        form.addRow("", self.readable)
        form.addRow("", self.encryption_note)
        self.message = ResultLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.report_button = buttons.addButton(self.tr("&Report"), QDialogButtonBox.ButtonRole.AcceptRole)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Return sends nothing: a report stays in the log
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.what.textChanged.connect(self._update)
        self.tag.currentIndexChanged.connect(lambda: self.tagged.setChecked(True))
        self._update()
        placement.fit(self, 640, 560)
        access.query(self, contacts.all_tags, self._tags)

    def _tags(self, names: list[str]) -> None:
        self.tag.blockSignals(True)
        self.tag.addItems(names)
        self.tag.blockSignals(False)
        self.tagged.setEnabled(bool(names))
        self.tag.setEnabled(bool(names))

    def _update(self) -> None:
        self.report_button.setEnabled(bool(self.what.toPlainText().strip()) and self.protection.checkedButton()
                                      is not None)

    def submit(self) -> None:
        what = self.what.toPlainText()
        when = self.discovered.dateTime().toPython().astimezone(UTC)
        scope, detail = (("tag", self.tag.currentText()) if self.tagged.isChecked() else
                         ("contacts", [self.contact_id]) if self.one.isChecked() else ("all", ""))
        encrypted, note = self.encrypted.isChecked(), self.encryption_note.text()
        occurred, how = self.occurred.text(), self.how.text()
        self.access.operation(self, lambda s: breaches.report(
            s, what, when, scope=scope, scope_detail=detail, encrypted=encrypted, encryption_note=note,
            occurred=occurred, how_discovered=how), self._done, failed=self.message.show_error, busy=self)

    def _done(self, breach: Breach) -> None:
        self.reported.emit(breach)
        self.accept()


class AssessDialog(QDialog):
    """The risk, who is told, and why; crmdesk's suggestion filled in."""

    def __init__(self, breach: Breach, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assess {0}").format(breach.reference))
        self.risk = choice_combo(breaches.RISKS)
        self.authority = QCheckBox(self.tr("Tell the supervisory authority (Art. 33)"))
        self.people = QCheckBox(self.tr("Tell the people affected (Art. 34)"))
        self.why = QLabel(wordWrap=True)
        self.why.setObjectName("hint")
        self.reason = QPlainTextEdit(breach.decision_reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.consequences = QPlainTextEdit(breach.consequences)
        self.consequences.setTabChangesFocus(True)
        self.consequences.setFixedHeight(50)
        self.measures = QPlainTextEdit(breach.measures)
        self.measures.setTabChangesFocus(True)
        self.measures.setFixedHeight(50)
        form = QFormLayout()
        form.addRow(self.tr("Risk to people"), self.risk)
        form.addRow("", self.why)
        form.addRow("", self.authority)
        form.addRow("", self.people)
        form.addRow(self.tr("Why (kept in the log)"), self.reason)
        form.addRow(self.tr("Likely consequences"), self.consequences)
        form.addRow(self.tr("Measures taken"), self.measures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.breach = breach
        self.risk.currentIndexChanged.connect(self._suggest)
        self.reason.textChanged.connect(lambda: self.save.setEnabled(bool(self.reason.toPlainText().strip())))
        self.risk.setCurrentIndex(self.risk.findData(breach.risk or ("none" if breach.encrypted else "risk")))
        self._suggest()
        if breach.assessed:
            self.authority.setChecked(bool(breach.authority_needed))
            self.people.setChecked(bool(breach.people_needed))
        self.save.setEnabled(bool(self.reason.toPlainText().strip()))
        placement.fit(self, 600, 480)

    def _suggest(self) -> None:
        authority, people, why = breaches.suggestion(self.breach, self.risk.currentData())
        self.authority.setChecked(authority)
        self.authority.setEnabled(self.risk.currentData() == "none")  # a risk is always told (Art. 33(1))
        self.people.setChecked(people)
        self.why.setText(self.tr("crmdesk suggests: {0}").format(why))

    def values(self) -> dict:
        return {"risk": self.risk.currentData(), "authority_needed": self.authority.isChecked(),
                "people_needed": self.people.isChecked(), "reason": self.reason.toPlainText(),
                "consequences": self.consequences.toPlainText(), "measures": self.measures.toPlainText()}


class BreachTableModel(RecordTableModel):
    HEADERS = ("Reference", "Discovered (UTC)", "People", "Risk", "Authority", "People told")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.now = datetime.now(UTC)

    def cell(self, breach: Breach, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (breach.reference, breach.discovered_at.isoformat()[:16].replace("T", " "), f"{breach.people:,}",
                breaches.RISKS[breach.risk].split(" to ")[0] if breach.risk else self.tr("not assessed"),
                breaches.clock_words(breach, self.now),
                self.tr("told") if breach.told("people") else self.tr("to tell") if breach.people_needed else "—",
                )[column]


class BreachLog(ReadWhenShown):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.model = BreachTableModel(self)
        self.table = make_table(self.model, stretch_column=4, name=self.tr("Breaches"))
        self.detail = reading_pane(self.tr("The selected breach"))
        self.report_button = QPushButton(self.tr("Report a breach…"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        for key, label in (("assess", "Assess…"), ("authority", "Authority told…"), ("people", "People told…"),
                           ("draft", "Notification draft…"), ("letters", "Letters to the people…")):
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch()
        self.result = ResultLine()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.result)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([250, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.report_button.clicked.connect(self.report)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        Refresher(self, access, (BREACHES, CONTACTS), self.changed)

    def refresh(self, select: str | None = None) -> None:
        self.stale = False
        keep = select or (self.selected().reference if self.selected() else None)
        self.access.query(self, lambda s: (breaches.list_breaches(s), s.clock.now()),
                          lambda found: self._show(*found, keep), failed=self.result.show_error)

    def _show(self, found: list[Breach], now: datetime, keep: str | None) -> None:
        self.model.now = now
        self.model.set_records(found)
        select_row(self.table, [b.reference for b in found], keep)
        self._selected()

    def selected(self) -> Breach | None:
        return selected_record(self.table, self.model)

    def _selected(self, *_args) -> None:
        breach = self.selected()
        for button in self.buttons.values():
            button.setEnabled(breach is not None)
        if breach is None:
            self.detail.setPlainText(self.tr("No breach in the log. Report one with “Report a breach…”."))
            return
        self.detail.setPlainText("\n".join(breaches.describe(breach, self.model.now)))

    # -- acting --------------------------------------------------------------------
    @classmethod
    def ask(cls, dialog: QDialog) -> bool:
        """Show a dialog; tests replace this to fill it in and accept."""
        return bool(dialog.exec())

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text (None when cancelled). Tests replace this."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def ask_target(self, suggestion: str) -> Path | None:
        """Where to save a paper (PDF or DOCX by its ending); None when cancelled. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), str(Path.home() / suggestion),
                                              self.tr("PDF (*.pdf);;Word document (*.docx)"))
        return Path(path) if path else None

    def report(self) -> ReportBreachDialog:
        dialog = ReportBreachDialog(self.access, None, self)
        dialog.reported.connect(lambda breach: (self.refresh(breach.reference), self.result.show_result(
            "good", self.tr("{0} is in the log. Assess it now.").format(breach.reference))))
        dialog.open()
        return dialog

    def _run(self, change, done_text: str) -> None:
        self.access.operation(self, change, lambda _r: self.result.show_result("good", done_text),
                              failed=self.result.show_error, busy=self)

    def act(self, key: str) -> None:
        breach = self.selected()
        if breach is None:
            return
        ref = breach.reference
        if key == "assess":
            dialog = AssessDialog(breach, self)
            if self.ask(dialog):
                values = dialog.values()
                self._run(lambda s: breaches.assess(s, ref, **values), self.tr("{0} assessed.").format(ref))
        elif key in ("authority", "people"):
            stage = "initial" if not breach.told(key) else "follow_up"
            note = self.ask_text(self.tr("Notification of {0}").format(ref), self.tr(
                "What was sent, and how? For a late notification to the authority, why it is late:"))
            if note is not None:
                self._run(lambda s: breaches.notified(s, ref, key, stage, note),
                          self.tr("Recorded: {0} had the {1} of {2}.").format(
                              breaches.RECIPIENTS[key], breaches.STAGES[stage], ref))
        elif key in ("draft", "letters"):
            self._paper(breach, key)

    def _paper(self, breach: Breach, key: str) -> None:
        target = self.ask_target(f"{'notification' if key == 'draft' else 'letters'}-{breach.reference}.pdf")
        if target is None:
            return
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_suffix(".pdf")
        ref, stage = breach.reference, "follow_up" if breach.told("authority") else "initial"

        def make(session) -> Path:
            controller, now = subject_data.controller(session), session.clock.now()
            current = breaches.get_breach(session, ref)
            if key == "draft":
                doc = breach_papers.notification(current, controller, now, stage)
            else:
                doc = breach_papers.letters(current, breaches.addressees(session, ref), controller, now)
            data = document.docx(doc) if target.suffix.lower() == ".docx" else document.pdf(doc)
            try:
                fsutil.atomic_write(target, data)
            except OSError as exc:
                raise OperationFailed(f"The file could not be written to {target} ({exc.strerror or exc}); "
                                      "choose another place.") from None
            return target

        words = (self.tr("The notification draft is in {0}.") if key == "draft" else
                 self.tr("The letters are in {0}. They hold names and addresses: keep the file safe and delete it "
                         "once they are sent."))
        self.access.operation(self, make, lambda path: self.result.show_result("good", words.format(path)),
                              failed=self.result.show_error, busy=self)


class ProcessorDialog(QDialog):
    """A processor of the register: what they do, which data, where, the
    agreement and the purposes they serve."""

    def __init__(self, purposes: list, current: Processor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change {0}").format(current.name) if current else self.tr("Add a processor"))
        self.name = QLineEdit(current.name if current else "")
        self.name.setReadOnly(current is not None)
        self.name.setPlaceholderText(self.tr("the business, e.g. Example Mail GmbH"))
        self.service = QLineEdit(current.service if current else "")
        self.service.setPlaceholderText(self.tr("what they do for the shop, e.g. sends the newsletter"))
        self.kinds = {key: QCheckBox(self.tr(words)) for key, words in DATA_CATEGORIES.items()}
        kinds_box = QGridLayout()
        for number, (key, box) in enumerate(self.kinds.items()):
            box.setChecked(bool(current and key in current.categories))
            kinds_box.addWidget(box, number // 2, number % 2)
        self.location = choice_combo(processors.LOCATIONS)
        self.location.setCurrentIndex(self.location.findData(current.location if current else "eu"))
        self.country = QLineEdit(current.country if current else "")
        self.transfer = QComboBox(editable=True)
        self.transfer.addItems(["", *processors.TRANSFER_BASES])
        self.transfer.setCurrentText(current.transfer_basis if current else "")
        self.transfer.setAccessibleName(self.tr("Transfer basis"))
        self.dated = QCheckBox(self.tr("Agreement signed on"))
        self.contract_date = QDateEdit(QDate.currentDate())
        self.contract_date.setDisplayFormat("yyyy-MM-dd")
        self.contract_date.setCalendarPopup(True)
        self.contract_date.setAccessibleName(self.tr("The agreement's date"))
        if current and current.contract_date:
            self.dated.setChecked(True)
            self.contract_date.setDate(QDate(current.contract_date))
        self.contract_date.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.contract_date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.dated)
        date_row.addWidget(self.contract_date, 1)
        self.scan: Path | None = None
        self.scan_label = QLabel(current.agreement_name if current and current.agreement_name else
                                 self.tr("no scan kept"))
        self.scan_label.setObjectName("hint")
        self.scan_button = QPushButton(self.tr("Choose the scan…"))
        self.scan_button.setAutoDefault(False)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.scan_label, 1)
        self.purposes = QListWidget()
        self.purposes.setAccessibleName(self.tr("Purposes they serve"))
        self.purposes.setMaximumHeight(110)
        for purpose in purposes:
            item = QListWidgetItem(purpose.title)
            item.setData(Qt.ItemDataRole.UserRole, purpose.key)
            item.setCheckState(Qt.CheckState.Checked if current and purpose.key in current.purposes
                               else Qt.CheckState.Unchecked)
            self.purposes.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("What they do"), self.service)
        form.addRow(self.tr("Data they get"), kinds_box)
        form.addRow(self.tr("Where"), self.location)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Transfer basis"), self.transfer)
        form.addRow(self.tr("Agreement"), date_row)
        form.addRow("", scan_row)
        form.addRow(self.tr("Purposes"), self.purposes)
        hint = QLabel(self.tr("No purpose ticked: they serve the whole shop (like the IT provider) and are named "
                              "to everyone as a recipient."), wordWrap=True)
        hint.setObjectName("hint")
        form.addRow("", hint)
        self.message = ResultLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scan_button.clicked.connect(self._choose_scan)
        self.location.currentIndexChanged.connect(self._update)
        self._update()
        placement.fit(self, 620, 640)

    def _update(self) -> None:
        outside = self.location.currentData() != "eu"
        self.transfer.setEnabled(outside)

    def ask_scan(self) -> str:
        """The agreement's file ('' when cancelled). Tests replace this."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The signed agreement"), str(Path.home()),
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        return path

    def _choose_scan(self) -> None:
        chosen = self.ask_scan()
        if chosen:
            self.scan = Path(chosen)
            self.scan_label.setText(self.scan.name)

    def values(self) -> dict:
        """The fields, for ``processors.add_processor`` or ``update_processor``
        (the scan is read off the UI thread: ``scan`` is its path)."""
        return {"service": self.service.text(), "categories": [k for k, box in self.kinds.items() if box.isChecked()],
                "location": self.location.currentData(), "country": self.country.text(),
                "transfer_basis": self.transfer.currentText() if self.location.currentData() != "eu" else "",
                "contract_date": self.contract_date.date().toPython() if self.dated.isChecked() else None,
                "purposes": [self.purposes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.purposes.count())
                             if self.purposes.item(i).checkState() == Qt.CheckState.Checked]}


class ProcessorTableModel(RecordTableModel):
    HEADERS = ("Processor", "What they do", "Where", "Purposes", "Agreement")

    def cell(self, p: Processor, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        agreement = (p.contract_date.isoformat() if p.contract_date else self.tr("no date")) + (
            self.tr(", scan kept") if p.agreement_name else "")
        return (p.name, p.service, processors.LOCATIONS[p.location].split(",")[0] + (
            f" ({p.country})" if p.country else ""), ", ".join(p.purposes) or self.tr("all"), agreement)[column]


def _read_scan(path: Path | None) -> tuple[str, bytes] | None:
    if path is None:
        return None
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise OperationFailed(f"The scan {path} cannot be read ({exc.strerror or exc}); choose another file.") from None


class ProcessorRegister(ReadWhenShown):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.model = ProcessorTableModel(self)
        self.table = make_table(self.model, stretch_column=1, name=self.tr("Processors"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (("add", "Add…"), ("edit", "Change…"), ("agreement", "Save the agreement…"),
                           ("retire", "No longer used…")):
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch()
        self.result = ResultLine()
        intro = QLabel(self.tr(
            "Businesses that handle customer data for the shop (Art. 28). Access reports name them as recipients "
            "to the people whose data they get; the record of processing lists them."), wordWrap=True)
        intro.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.act("edit"))
        Refresher(self, access, (PROCESSORS, PURPOSES), self.changed)

    def refresh(self, select: str | None = None) -> None:
        self.stale = False
        self._wanted = select or getattr(self, "_wanted", None)  # kept until a listing shows it
        keep = self.selected().name if self.selected() else None
        self.access.query(self, lambda s: (processors.list_processors(s),
                                           purposes_of.list_purposes(s, include_retired=False)),
                          lambda found: self._show(*found, keep), failed=self.result.show_error)

    def _show(self, found: list[Processor], purposes: list, keep: str | None) -> None:
        self.purposes = purposes
        self.model.set_records(found)
        if select_row(self.table, [p.name.casefold() for p in found], (self._wanted or keep or "").casefold()):
            self._wanted = None
        self._selected()

    def selected(self) -> Processor | None:
        return selected_record(self.table, self.model)

    def _selected(self, *_args) -> None:
        chosen = self.selected()
        self.buttons["edit"].setEnabled(chosen is not None)
        self.buttons["retire"].setEnabled(chosen is not None)
        self.buttons["agreement"].setEnabled(bool(chosen and chosen.agreement_name))

    @classmethod
    def ask(cls, dialog: QDialog) -> bool:
        """Show a dialog; tests replace this to fill it in and accept."""
        return bool(dialog.exec())

    def ask_target(self, suggestion: str) -> Path | None:
        """Where to save the agreement; None when cancelled. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the agreement"), str(Path.home() / suggestion))
        return Path(path) if path else None

    def _run(self, change, done_text: str, select: str | None = None) -> None:
        def done(_result) -> None:
            self.result.show_result("good", done_text)
            self.refresh(select)

        self.access.operation(self, change, done, failed=self.result.show_error, busy=self)

    def act(self, key: str) -> None:
        chosen = self.selected()
        if key == "add":
            dialog = ProcessorDialog(getattr(self, "purposes", []), None, self)
            if self.ask(dialog):
                name, values, scan = dialog.name.text(), dialog.values(), dialog.scan
                self._run(lambda s: processors.add_processor(s, name, agreement=_read_scan(scan), **values),
                          self.tr("{0} is in the register.").format(name.strip()), name.strip())
        elif chosen is None:
            return
        elif key == "edit":
            dialog = ProcessorDialog(getattr(self, "purposes", []), chosen, self)
            if self.ask(dialog):
                values, scan, name = dialog.values(), dialog.scan, chosen.name
                self._run(lambda s: processors.update_processor(s, name, agreement=_read_scan(scan), **values),
                          self.tr("{0} is changed.").format(name), name)
        elif key == "retire":
            if MessageBox.confirm(self, self.tr("No longer used"), self.tr(
                    "The shop no longer uses {0}? They are no longer named as a recipient; the register keeps "
                    "them in its history.").format(chosen.name)):
                name = chosen.name
                self._run(lambda s: processors.retire_processor(s, name), self.tr("{0} is retired.").format(name))
        elif key == "agreement":
            target = self.ask_target(chosen.agreement_name or "agreement.pdf")
            if target is None:
                return
            name = chosen.name

            def save(session) -> Path:
                _file, data = processors.agreement(session, name)
                try:
                    fsutil.atomic_write(target, data)
                except OSError as exc:
                    raise OperationFailed(f"The agreement could not be written to {target} "
                                          f"({exc.strerror or exc}); choose another place.") from None
                return target

            self.access.operation(self, save, lambda path: self.result.show_result(
                "good", self.tr("The agreement is in {0}.").format(path)), failed=self.result.show_error, busy=self)


class PaperView(ReadWhenShown):
    """A paper made from the vault: how it reads now, and the buttons to save
    it (PDF, Word, and plain text where the paper goes on a website). It is
    made again after a change only while shown (a large vault takes a moment)."""

    def __init__(self, access: VaultAccess, what: str, file_name: str, intro: str, make, changes: tuple[str, ...],
                 kinds: tuple[str, ...] = ("pdf", "docx"), parent: QWidget | None = None):
        super().__init__(parent)
        self.access, self.what, self.file_name, self.make = access, what, file_name, make
        self.preview = reading_pane(what)
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.result = ResultLine()
        self.row = QHBoxLayout()
        words = {"pdf": self.tr("Save as PDF…"), "docx": self.tr("Save as Word document…"),
                 "txt": self.tr("Save as text for the website…")}
        self.save_buttons = {}
        for kind in kinds:
            button = QPushButton(words[kind])
            button.clicked.connect(lambda _=False, k=kind: self.save(k))
            self.save_buttons[kind] = button
            self.row.addWidget(button)
        self.row.addStretch()
        hint = QLabel(intro, wordWrap=True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.state)
        layout.addLayout(self.row)
        layout.addWidget(self.result)
        Refresher(self, access, changes, self.changed)

    def refresh(self) -> None:
        self.stale = False
        self.access.query(self, lambda s: self.make(s), self._show, failed=self.result.show_error)

    def _show(self, made) -> None:
        """``made``: the document, and optionally a sentence on its state."""
        paper, state = made if isinstance(made, tuple) else (made, "")
        self.preview.setPlainText(paper.plain_text())
        self.state.setText(state)
        self.state.setVisible(bool(state))

    def ask_target(self, suggestion: str) -> Path | None:
        """Where to save the paper; None when cancelled. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), str(Path.home() / suggestion))
        return Path(path) if path else None

    def save(self, kind: str) -> None:
        target = self.ask_target(f"{self.file_name}.{kind}")
        if target is None:
            return
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        what = self.what

        def write(session) -> Path:
            made = self.make(session)
            paper = made[0] if isinstance(made, tuple) else made
            data = (document.pdf(paper) if kind == "pdf" else document.docx(paper) if kind == "docx"
                    else paper.plain_text().encode("utf-8"))
            try:
                fsutil.atomic_write(target, data)
            except OSError as exc:
                raise OperationFailed(f"{what} could not be written to {target} ({exc.strerror or exc}); choose "
                                      "another place.") from None
            return target

        self.access.operation(self, write, lambda path: self.result.show_result(
            "good", self.tr("{0} is in {1}.").format(what, path)), failed=self.result.show_error, busy=self)


def record_view(access: VaultAccess) -> PaperView:
    return PaperView(
        access, "The record of processing", "record-of-processing", PaperView.tr(
            "Made from the vault each time: purposes, people and data counted, processors, retention and the "
            "security measures that are on. What crmdesk cannot know (a representative, other processing) is "
            "written in Settings."), lambda s: record_paper.document(processing_record.make(s)),
        (PROCESSORS, PURPOSES, CONSENT, CONTACTS, SETTINGS, USERS, BACKUPS))


def notice_view(access: VaultAccess) -> PaperView:
    """The privacy notice, with "Publish this version" (a new version whenever the vault changed it)."""

    def made(session):
        paper, _draft, same = notice_paper.current(session)
        return paper, (f"This is version {same.version}, published {same.published_at[:10]}." if same else
                       "This text is not published yet: publish it to keep it as a version, then put it on the "
                       "website and at the counter.")

    view = PaperView(access, "The privacy notice", "privacy-notice", PaperView.tr(
        "What the shop tells people when it collects their data (Art. 13), made from the purposes, processors, "
        "retention and the shop's details in Settings."), made, (PROCESSORS, PURPOSES, SETTINGS, RETENTION),
        ("pdf", "docx", "txt"))
    view.publish_button = QPushButton(view.tr("Publish this version"))
    view.row.insertWidget(0, view.publish_button)

    def publish() -> None:
        view.access.operation(view, lambda s: privacy_notice.publish(s, notice_paper.current(s)[1]),
                              lambda v: (view.refresh(), view.result.show_result("good", view.tr(
                                  "Version {0} of the privacy notice is published.").format(v.version))),
                              failed=view.result.show_error, busy=view)

    view.publish_button.clicked.connect(publish)
    return view


class StandingTableModel(RecordTableModel):
    HEADERS = ("User", "Role", "Version", "Confirmed", "State")

    def cell(self, t: training.Standing, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        state = self.tr("writes it") if t.role == "owner" else self.tr("due") if t.due else self.tr("confirmed")
        return (t.name, t.role, str(t.version) if t.version else "—", (t.confirmed_at or "")[:10] or self.tr("never"),
                state)[column]


class TrainingView(ReadWhenShown):
    """The briefing in force, who confirmed it, and a new version to publish."""

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.text = reading_pane(self.tr("The briefing in force"))
        self.about = QLabel(wordWrap=True)
        self.about.setObjectName("hint")
        self.model = StandingTableModel(self)
        self.table = make_table(self.model, stretch_column=0, name=self.tr("Who confirmed the briefing"))
        self.publish_button = QPushButton(self.tr("Publish a new version…"))
        self.result = ResultLine()
        row = QHBoxLayout()
        row.addWidget(self.publish_button)
        row.addStretch()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(self.table)
        splitter.setSizes([520, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.publish_button.clicked.connect(self.publish)
        Refresher(self, access, (USERS, SETTINGS), self.changed)

    def refresh(self) -> None:
        self.stale = False
        self.access.query(self, lambda s: (training.current(s), training.standing(s), training.refresh_words(s)),
                          lambda found: self._show(*found), failed=self.result.show_error)

    def _show(self, briefing: training.Briefing, standing: list, refresh: str) -> None:
        self.briefing = briefing
        self.text.setPlainText(briefing.body)
        due = sum(1 for t in standing if t.due)
        self.about.setText(self.tr(
            "Every user but the owner confirms this briefing at their first sign-in, again {0} and when a new "
            "version is published; until then crmdesk holds back the customers' data from them. Version {1}, "
            "published {2}. {3}").format(refresh, briefing.version, briefing.published_at[:10],
                                         self.tr("{0} due.").format(due) if due else self.tr("Nobody is due.")))
        self.model.set_records(standing)

    def ask_text(self, current: str) -> str | None:
        """The new version's text (None when cancelled). Tests replace this."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getMultiLineText(self, self.tr("Publish a new version"), self.tr(
            "The shop's rules for its staff; everyone but the owner confirms them again:"), current)
        return text if ok else None

    def publish(self) -> None:
        text = self.ask_text(self.text.toPlainText())
        if text is None:
            return
        self.access.operation(self, lambda s: training.publish(s, text), lambda published: self.result.show_result(
            "good", self.tr("Version {0} is in force; everyone but the owner confirms it at their next sign-in.")
            .format(published.version)), failed=self.result.show_error, busy=self)


class ProtectionPage(QWidget):
    """The shop's data-protection folder; for owners and admins."""

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.tabs = QTabWidget()
        self.breaches = BreachLog(access)
        self.processors = ProcessorRegister(access)
        self.record = record_view(access)
        self.notice = notice_view(access)
        self.tabs.addTab(self.breaches, self.tr("Breach log"))
        self.tabs.addTab(self.processors, self.tr("Processors"))
        self.tabs.addTab(self.record, self.tr("Record of processing"))
        self.tabs.addTab(self.notice, self.tr("Privacy notice"))
        self.training = TrainingView(access)
        self.tabs.addTab(self.training, self.tr("Training"))
        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Data protection"), self.tr(
            "The shop's data-protection folder (GDPR Art. 5(2)): the breach log with its 72-hour clock, the "
            "processors who handle customer data, the record of processing made from the vault, and the staff's "
            "briefing."))
        layout.addWidget(self.tabs, 1)

    def show_view(self, view: str) -> None:
        """From a Today card: the breach log (the newest breach selected), or the training."""
        if view == "breaches":
            self.tabs.setCurrentWidget(self.breaches)
            self.breaches.table.setFocus()
        elif view == "training":
            self.tabs.setCurrentWidget(self.training)
            self.training.table.setFocus()
