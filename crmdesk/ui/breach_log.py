"""The breach log on the Data protection page, and the breach report everyone can make.

Every breach with its 72-hour clock, the assessment (crmdesk's suggestion
filled in) and the notifications, and the papers (the notification draft
for the authority, the letters to the people) as PDF or DOCX.
"File → Report a data breach…" is for everyone: staff who lost a list or
saw a screen they should not have report it at once. A report stays in the
breach log for good, so Return in the report dialog never sends it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import fsutil, language
from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import tr as message_tr
from crmdesk.core.people import contacts
from crmdesk.core.privacy import breaches, subject_data
from crmdesk.core.privacy.breaches import Breach
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import (
    BREACHES,
    CONTACTS,
)
from crmdesk.reports import breach_papers, document
from crmdesk.ui import placement, translation
from crmdesk.ui.date_field import DateField
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.table_selection import select_row, selected_record
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import (
    ReadWhenShown,
    ResultLine,
    ReturnSubmitsNothing,
    choice_combo,
    make_table,
    reading_pane,
)


class ReportBreachDialog(ReturnSubmitsNothing, QDialog):
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
        self.discovered = DateField(QDateTime.currentDateTime(), with_time=True)
        self.discovered.setAccessibleName(self.tr("Noticed at"))
        self.discovered.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.discovered.setMinimumDateTime(QDateTime(QDate(2018, 5, 25), QTime(0, 0)))  # the GDPR's first day
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
        if self.discovered.problem():
            self.message.show_result("bad", self.discovered.problem())
            self.discovered.setFocus()
            return
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


class AssessDialog(ReturnSubmitsNothing, QDialog):
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
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
    HEADERS = (QT_TRANSLATE_NOOP("BreachTableModel", "Reference"),
               QT_TRANSLATE_NOOP("BreachTableModel", "Discovered (UTC)"),
               QT_TRANSLATE_NOOP("BreachTableModel", "People"), QT_TRANSLATE_NOOP("BreachTableModel", "Risk"),
               QT_TRANSLATE_NOOP("BreachTableModel", "Authority"),
               QT_TRANSLATE_NOOP("BreachTableModel", "People told"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.now = datetime.now(UTC)

    def cell(self, breach: Breach, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (breach.reference, translation.moment(breach.discovered_at), translation.lang().number(breach.people),
                translation.lang().pgettext("risk of a breach", breaches.RISK_WORDS[breach.risk]) if breach.risk
                else self.tr("not assessed"),
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
        # Two rows: recording what happened, then the papers (one row would not fit 1024 pixels in German).
        row, papers = QHBoxLayout(), QHBoxLayout()
        row.addWidget(self.report_button)
        for key, label in (("assess", QT_TRANSLATE_NOOP("BreachLog", "Assess…")),
                           ("authority", QT_TRANSLATE_NOOP("BreachLog", "Authority told…")),
                           ("people", QT_TRANSLATE_NOOP("BreachLog", "People told…")),
                           ("draft", QT_TRANSLATE_NOOP("BreachLog", "Notification draft…")),
                           ("letters", QT_TRANSLATE_NOOP("BreachLog", "Letters to the people…"))):
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            (papers if key in ("draft", "letters") else row).addWidget(button)
        row.addStretch()
        papers.addStretch()
        self.result = ResultLine()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(row)
        lower_layout.addLayout(papers)
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
                              translation.lang().gettext(breaches.RECIPIENTS[key]),
                              translation.lang().gettext(breaches.STAGES[stage]), ref))
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
            shop = language.get(settings.get(session, "shop_language"))  # each letter: its person's
            if key == "draft":
                doc = breach_papers.notification(current, controller, now, stage, shop)
            else:
                doc = breach_papers.letters(current, breaches.addressees(session, ref), controller, now, shop)
            data = document.docx(doc) if target.suffix.lower() == ".docx" else document.pdf(doc)
            try:
                fsutil.atomic_write(target, data)
            except OSError as exc:
                raise OperationFailed(message_tr("The file could not be written to {target} ({value}); choose "
                                                 "another place.").format(target=target,
                                                                          value=exc.strerror or exc)) from None
            return target

        words = (self.tr("The notification draft is in {0}.") if key == "draft" else
                 self.tr("The letters are in {0}. They hold names and addresses: keep the file safe and delete it "
                         "once they are sent."))
        self.access.operation(self, make, lambda path: self.result.show_result("good", words.format(path)),
                              failed=self.result.show_error, busy=self)
