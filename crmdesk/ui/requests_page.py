"""The Requests page: data subject requests by due date, and what to do next.

Open requests come first, soonest due first, with the days left; overdue
ones are red. The selected request shows its history and offers the next
step for its status and type: verify the identity, export the access report
(PDF and JSON, optionally password-protected), erase (owner/admin, after a
preview of what goes), restrict, record an objection, extend with a reason,
close as fulfilled or refuse with a reason — the steps core allows for the
request and the user's role (``requests.next_steps``). Every read and step
runs off the UI thread, and the list follows every change the window makes
or sees.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import deadlines, language
from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import tr as message_tr
from crmdesk.core.people import contacts, search
from crmdesk.core.people.contact_model import Contact
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import erasure, requests, restriction
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import CONTACTS, REQUESTS
from crmdesk.core.vault.session import Session
from crmdesk.reports.subject_files import default_names, write_subject_files
from crmdesk.ui import colours, placement, translation
from crmdesk.ui.date_field import DateField
from crmdesk.ui.export_report_dialog import ExportReportDialog
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import (
    ResultLine,
    add_page_header,
    choice_combo,
    language_combo,
    make_table,
    reading_pane,
)

# The buttons under the register, shown as the selected request allows.
ACTIONS = (("verify", QT_TRANSLATE_NOOP("RequestsPage", "Verify identity…")),
           ("export", QT_TRANSLATE_NOOP("RequestsPage", "Export report…")),
           ("rectify", QT_TRANSLATE_NOOP("RequestsPage", "Correct the contact…")),
           ("erase", QT_TRANSLATE_NOOP("RequestsPage", "Erase…")),
           ("restrict", QT_TRANSLATE_NOOP("RequestsPage", "Restrict processing")),
           ("object", QT_TRANSLATE_NOOP("RequestsPage", "Record objection")),
           ("told", QT_TRANSLATE_NOOP("RequestsPage", "Person told of the extension")),
           ("extend", QT_TRANSLATE_NOOP("RequestsPage", "Extend…")),
           ("fulfil", QT_TRANSLATE_NOOP("RequestsPage", "Close as fulfilled")),
           ("refuse", QT_TRANSLATE_NOOP("RequestsPage", "Refuse…")))


class RequestTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("RequestTableModel", "Reference"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Type"), QT_TRANSLATE_NOOP("RequestTableModel", "Person"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Received"), QT_TRANSLATE_NOOP("RequestTableModel", "Due"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Days left"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Status"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.today()

    def cell(self, record: requests.SubjectRequest, column: int, role):
        left = record.days_left(self.today) if record.is_open else None
        if role == Qt.ItemDataRole.DisplayRole:
            lang = translation.lang()
            return (record.reference, lang.gettext(requests.TYPES[record.type]).split(" (")[0],
                    record.contact_name or self.tr("(erased)"), translation.day(record.received_on),
                    translation.day(record.due_on),
                    ("" if left is None else self.tr("{0} overdue").format(-left) if left < 0 else str(left)),
                    lang.pgettext("status of a request", requests.STATUS_WORDS.get(record.status, record.status)))[column]
        if role == Qt.ItemDataRole.ForegroundRole and left is not None and left < 0:
            return QBrush(colours.colour("overdue"))
        return None


class NewRequestDialog(QDialog):
    """Register a request: the person (given, or found by search), its type,
    when and how it arrived. Emits ``opened(request)``."""

    opened = Signal(object)

    def __init__(self, access: VaultAccess, contact: Contact | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.contact_id = contact.id if contact else None
        self._asked = ""  # the text whose matches are wanted
        self.setWindowTitle(self.tr("New request"))
        placement.fit(self, 520, 360)
        # The person: typed into a field whose suggestions follow the typing; the list never takes
        # the keys (a pick with the arrows and Return, or a click, chooses).
        self.person = QLineEdit()
        self.person.setObjectName("person")
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.person)
        self.completer.activated[QModelIndex].connect(self._picked)
        if contact is not None:
            self.person.setText(contact.display_name)
            self.person.setReadOnly(True)
        else:
            self.person.setPlaceholderText(self.tr("Type a name, e-mail or phone, then pick"))
            self.person.textEdited.connect(self._find)
        self.kind = choice_combo(requests.TYPES)
        self.received = DateField(QDate.currentDate())
        self.received.setMaximumDate(QDate.currentDate())
        self.received.setAccessibleName(self.tr("Received on"))
        self.channel = choice_combo(requests.CHANNELS)
        self.note = QLineEdit(placeholderText=self.tr("optional, e.g. asked at the counter for a copy"))
        self.due = QLabel(wordWrap=True)  # the holidays that moved the due day can make a long sentence
        self.due.setObjectName("hint")
        self.message = ResultLine()
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Request"), self.kind)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Received by"), self.channel)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(self.tr("Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.received.dateChanged.connect(self._show_due)
        self.region = ""
        self.access.query(self, lambda s: deadlines.prepare(requests.holiday_region(s)), self._region_read,
                          failed=self.message.show_error)

    def _region_read(self, region: str) -> None:
        self.region = region
        self._show_due()

    def _show_due(self) -> None:
        if not self.region:
            return
        if self.received.problem():
            self.due.setText(self.received.problem())
            return
        due = requests.deadline(self.received.date().toPython(), region=self.region)
        lang = translation.lang()
        self.due.setText(self.tr("Due on {0}: one calendar month after receipt{1}.").format(
            lang.day_with_weekday(due.due), f"; {due.because(lang)}" if due.passed_over else ""))

    def _find(self, text: str) -> None:
        self.contact_id = None  # typing again un-picks
        self._asked = text
        if len(text.strip()) < 2:
            self.completer.popup().hide()
            return
        self.access.query(self, lambda s: search.search_contacts(s, text, limit=15).rows,
                          lambda found: self._found(text, found), failed=self.message.show_error)

    def _found(self, text: str, found: list) -> None:
        if text != self._asked:
            return  # an answer to what the user typed before
        self.matches.clear()
        for row in found:
            item = QStandardItem(f"{row.display_name} {row.email}".strip())
            item.setData(row.id, Qt.ItemDataRole.UserRole)
            self.matches.appendRow(item)
        if found:
            self.completer.complete()  # shows the list; the keys stay in the field
        else:
            self.completer.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        self.contact_id = index.data(Qt.ItemDataRole.UserRole)
        self._asked = index.data()
        self.person.setText(index.data())

    def submit(self) -> None:
        contact_id = self.contact_id
        if not contact_id:
            self.message.show_result("bad", self.tr("Pick the person from the list that appears as you type."))
            return
        if self.received.problem():
            self.message.show_result("bad", self.received.problem())
            self.received.setFocus()
            return
        kind, received = self.kind.currentData(), self.received.date().toPython()
        channel, note = self.channel.currentData(), self.note.text()
        self.access.operation(self, lambda s: requests.open_request(s, contact_id, kind, received_on=received,
                                                                    channel=channel, notes=note),
                              self._done, failed=self.message.show_error, busy=self)

    def _done(self, opened) -> None:
        self.opened.emit(opened)
        self.accept()


class NoDataDialog(QDialog):
    """A request from someone the vault holds nothing about: what they gave
    is searched for, the request registered as answered and the reply
    written (PDF, or DOCX by the file's ending). Emits ``answered(request, path)``."""

    answered = Signal(object, object)

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(self.tr("No data held"))
        intro = QLabel(self.tr(
            "Someone asked about their data, and you think the vault holds none. Give every name, e-mail "
            "address and number they gave: crmdesk searches for each; when none finds a contact, the request is "
            "registered as answered and the reply says so. The address is used for the letter only."),
            wordWrap=True)
        self.requester = QLineEdit(placeholderText=self.tr("their name as they gave it"))
        self.searched = QPlainTextEdit()
        self.searched.setPlaceholderText(self.tr("one a line: names, e-mail addresses, phone numbers"))
        self.searched.setTabChangesFocus(True)
        self.searched.setAccessibleName(self.tr("What to search for"))
        self.searched.setFixedHeight(70)
        self.kind = choice_combo(requests.TYPES)
        self.received = DateField(QDate.currentDate())
        self.received.setMaximumDate(QDate.currentDate())
        self.received.setAccessibleName(self.tr("Received on"))
        self.channel = choice_combo(requests.CHANNELS)
        self.channel.setCurrentIndex(self.channel.findData("email"))
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(self.tr("where the reply goes (not kept)"))
        self.address.setTabChangesFocus(True)
        self.address.setAccessibleName(self.tr("Address for the reply"))
        self.address.setFixedHeight(55)
        form = QFormLayout()
        form.addRow(self.tr("Requester"), self.requester)
        form.addRow(self.tr("Search for"), self.searched)
        form.addRow(self.tr("Request"), self.kind)
        form.addRow(self.tr("Received on"), self.received)
        self.language = language_combo("reply_language", self.tr("the shop's language"))
        form.addRow(self.tr("Reply in"), self.language)
        form.addRow(self.tr("Received by"), self.channel)
        form.addRow(self.tr("Reply to"), self.address)
        self.message = ResultLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.answer_button = buttons.addButton(self.tr("Search and write the reply…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.requester.textEdited.connect(self._suggest)
        placement.fit(self, 560, 520)

    def _suggest(self, text: str) -> None:
        """The requester's name is the first thing to search for, until the user writes the list."""
        lines = self.searched.toPlainText().splitlines()
        if len(lines) <= 1:
            self.searched.setPlainText(text)

    def ask_target(self, suggestion: str) -> Path | None:
        """Where to write the reply; None when cancelled. Tests replace this."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the reply"), str(Path.home() / suggestion),
                                              self.tr("PDF (*.pdf);;Word document (*.docx)"))
        return Path(path) if path else None

    def submit(self) -> None:
        requester, searched = self.requester.text(), self.searched.toPlainText().splitlines()
        if not requester.strip() or not any(s.strip() for s in searched):
            self.message.show_result("bad", self.tr("Give the requester's name and what to search for."))
            return
        if self.received.problem():
            self.message.show_result("bad", self.received.problem())
            self.received.setFocus()
            return
        target = self.ask_target("reply-no-data.pdf")
        if target is None:
            return
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_name(target.name + ".pdf")
        if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):  # before anything is registered
            self.message.show_result("bad", self.tr("The folder {0} cannot be written to; choose another.").format(
                target.parent))
            return
        kind, received = self.kind.currentData(), self.received.date().toPython()
        channel, address = self.channel.currentData(), self.address.toPlainText()
        chosen = self.language.currentData()

        def answer(session: Session):
            from crmdesk.core import fsutil
            from crmdesk.core.privacy import retention, subject_data
            from crmdesk.reports import document, no_data_reply

            answered = requests.answer_no_data(session, requester, searched, request_type=kind,
                                               received_on=received, channel=channel)
            paper = no_data_reply.reply(answered, subject_data.controller(session), address,
                                        "; ".join(s.strip() for s in searched if s.strip()),
                                        retention.get_policy(session, "closed_requests").period, session.clock.now(),
                                        language.get(chosen or settings.get(session, "shop_language")))
            data = document.docx(paper) if target.suffix.lower() == ".docx" else document.pdf(paper)
            try:
                fsutil.atomic_write(target, data)
            except OSError as exc:
                raise OperationFailed(message_tr("The request {answered.reference} is registered as answered, "
                                                 "but the reply could not be written to {target} ({value}); "
                                                 "do not register it again: free space there and write the "
                                                 "reply by hand.").format(answered=answered, target=target,
                                                                          value=exc.strerror or exc)) from None
            requests.reply_made(session, answered.reference, f"no-data reply ({target.suffix[1:].upper()})", data)
            return answered

        self.access.operation(self, answer, lambda answered: (self.answered.emit(answered, target), self.accept()),
                              failed=self.message.show_error, busy=self)


class RequestsPage(QWidget):
    rectify_wanted = Signal(str, str)  # contact id, request reference: edit the contact under the request

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.may_work = allows(access.session.role, Permission.REQUESTS)
        self.show_which = QComboBox()
        for label, value in ((self.tr("Open"), "open"), (self.tr("Overdue"), "overdue"),
                             (self.tr("Due within {0} days").format(requests.DUE_SOON_DAYS), "due_soon"),
                             (self.tr("Extended: tell the person why"), "to_tell"), (self.tr("All"), "all")):
            self.show_which.addItem(label, value)
        self.show_which.setAccessibleName(self.tr("Which requests to show"))
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setVisible(self.may_work)
        self.no_data_button = QPushButton(self.tr("No data held…"))
        self.no_data_button.setToolTip(self.tr("A request from someone who is not in the vault: search, register "
                                               "and write the reply"))
        self.no_data_button.setVisible(self.may_work)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_which)
        top.addStretch()
        top.addWidget(self.no_data_button)
        top.addWidget(self.new_button)
        self.model = RequestTableModel(self)
        self.table = make_table(self.model, stretch_column=2, name=self.tr("Requests"))
        self.detail = reading_pane(self.tr("The selected request"))
        self.detail.setObjectName("result")
        self.actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label in ACTIONS:
            button = QPushButton(self.tr(label), visible=False)  # shown as the selected request allows
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            self.actions.addWidget(button)
        self.buttons["erase"].setObjectName("danger")
        self.actions.addStretch()
        self.result = ResultLine()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(self.actions)
        lower_layout.addWidget(self.result)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([330, 270])
        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Data subject requests"), self.tr(
            "When someone asks what you hold about them, or to be erased, the answer is due within one "
            "calendar month. Register the request, check who is asking, then answer it from here."))
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.show_which.currentIndexChanged.connect(lambda: self.refresh())
        self.new_button.clicked.connect(lambda: self.new_request())
        self.no_data_button.clicked.connect(lambda: self.no_data())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        Refresher(self, access, (REQUESTS, CONTACTS), lambda _changes: self.refresh())
        self.refresh()

    # -- the list -----------------------------------------------------------------
    def show_view(self, view: str) -> None:
        """Show one of ``requests.VIEWS`` (the open ones for a view it does not know)."""
        index = self.show_which.findData(view)
        self.show_which.setCurrentIndex(index if index >= 0 else self.show_which.findData("open"))

    def refresh(self, select: str | None = None) -> None:
        which = self.show_which.currentData()
        keep = select or (self.selected().reference if self.selected() else None)
        self.access.query(self, lambda s: requests.list_requests(s, view=which),
                          lambda found: self._show(found, keep), failed=self.result.show_error)

    def _show(self, found: list, keep: str | None) -> None:
        self.model.today = date.today()
        self.model.set_records(found)
        references = [r.reference for r in found]
        if keep in references:
            self.table.selectRow(references.index(keep))
        elif references:
            self.table.selectRow(0)
        self._selected()

    def selected(self) -> requests.SubjectRequest | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def _selected(self, *_args) -> None:
        current = self.selected()
        for button in self.buttons.values():
            button.setVisible(False)
        if current is None:
            self.detail.setPlainText(self.tr("No requests here. Register one with “New request…”."))
            return
        self.detail.setPlainText("\n".join(requests.describe(current, date.today())))
        for key in requests.next_steps(current, self.access.session.role, date.today()):
            self.buttons[key].setVisible(True)

    # -- steps ----------------------------------------------------------------------
    def new_request(self, contact: Contact | None = None) -> NewRequestDialog:
        dialog = NewRequestDialog(self.access, contact, self)
        dialog.opened.connect(lambda opened: (self.refresh(opened.reference), self.result.show_result(
            "good", self.tr("Registered {0}, due {1}.").format(opened.reference, translation.day(opened.due_on)))))
        dialog.open()
        return dialog

    def no_data(self) -> NoDataDialog:
        dialog = NoDataDialog(self.access, self)
        dialog.answered.connect(lambda answered, path: (self.refresh(answered.reference), self.result.show_result(
            "good", self.tr("{0}: nothing is held about {1}; registered as answered. The reply is in {2}.").format(
                answered.reference, answered.requester, path))))
        dialog.open()
        return dialog

    def _run(self, operation, done_text) -> None:
        """``done_text``: the sentence to show, or a function of the result giving it."""
        self.access.operation(self, operation, lambda result: self.result.show_result(
            "good", done_text(result) if callable(done_text) else done_text),
            failed=self.result.show_error, busy=self)

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text from the user (None when cancelled). Tests replace this."""
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def ask_method(self) -> str | None:
        """How the identity was checked: one of the usual ways, or the user's
        own words (None when cancelled or left empty). Tests replace this."""
        methods = [translation.lang().gettext(m) for m in requests.VERIFICATION_METHODS]
        text, ok = QInputDialog.getItem(self, self.tr("Verify identity"), self.tr(
            "How was the identity checked? Choose, or write it in your own words:"), methods, 0, True)
        return text.strip() or None if ok else None

    def ask_export_target(self, reference: str, sender_missing: bool,
                          language: str) -> tuple[Path, str | None, str] | None:
        """Where to write the report, its password (None: none) and its language (``language`` offered
        first); None when cancelled. Tests replace this."""
        dialog = ExportReportDialog(reference, sender_missing=sender_missing, language=language, parent=self)
        return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _export(self, current: requests.SubjectRequest, sender_missing: bool, language: str) -> None:
        target = self.ask_export_target(current.reference, sender_missing, language)
        if target is None:
            return
        (folder, password, chosen), ref, contact_id = target, current.reference, current.contact_id
        self._run(lambda s: export_report(s, contact_id, ref, folder, password, chosen),
                  self.tr("The access report and data for {0} are in {1}. They are not encrypted by the "
                          "vault; delete them once handed over.").format(ref, folder))

    def act(self, key: str) -> None:
        current = self.selected()
        if current is None:
            return
        ref, contact_id = current.reference, current.contact_id
        if key == "verify":
            method = self.ask_method()
            if method is not None:
                self._run(lambda s: requests.verify(s, ref, method), self.tr("{0} verified.").format(ref))
        elif key == "extend":
            reason = self.ask_text(self.tr("Extend"), self.tr("Why does it need another month? (the person is told)"))
            if reason is not None:
                self._run(lambda s: requests.extend(s, ref, reason), self.tr("{0} extended.").format(ref))
        elif key == "told":
            self._run(lambda s: requests.extension_told(s, ref),
                      self.tr("Recorded: the person of {0} was told of the extension.").format(ref))
        elif key == "refuse":
            reason = self.ask_text(self.tr("Refuse"), self.tr("Why is the request refused? (the person is told)"))
            if reason is not None:
                self._run(lambda s: requests.close(s, ref, "refused", reason), self.tr("{0} refused.").format(ref))
        elif key == "rectify":
            self.rectify_wanted.emit(contact_id, ref)
        elif key == "fulfil":
            self._run(lambda s: requests.close(s, ref, "fulfilled"), self.tr("{0} fulfilled.").format(ref))
        elif key == "export":
            # The letter's sender is the shop: say so first when its address is empty. The letter is
            # written in the person's language, else the shop's, unless the user chooses another.
            self.access.query(self, lambda s: (not settings.get(s, "controller_address").strip(),
                                               contacts.letter_language(s, contacts.get_contact(s, contact_id))),
                              lambda found: self._export(current, *found), failed=self.result.show_error)
        elif key == "erase":
            self.access.query(self, lambda s: erasure.preview(s, contact_id),
                              lambda removed: self._confirm_erasure(current, removed), failed=self.result.show_error)
        elif key == "restrict":
            self._run(lambda s: restriction.set_restricted(s, contact_id, True, request_reference=ref),
                      self.tr("Processing is restricted; close the request when the person is told."))
        elif key == "object":
            self._run(lambda s: restriction.object_to_processing(s, contact_id, request_reference=ref),
                      self.tr("The objection is recorded in the consent ledger."))

    def _confirm_erasure(self, current: requests.SubjectRequest, removed: list[tuple[str, int]]) -> None:
        text = "\n".join(f"• {n} {what}" for what, n in removed)
        ref, contact_id = current.reference, current.contact_id
        if MessageBox.confirm(self, self.tr("Erase"), self.tr(
                "Erase {0} everywhere? This removes:\n{1}\n\nA tombstone, the request reference and the "
                "audit log stay, without personal data. This cannot be undone.").format(
                current.contact_name, text)):
            done = self.tr("Erased; {0} is fulfilled.").format(ref)
            self._run(lambda s: erasure.erase(s, contact_id, request_reference=ref),
                      lambda tomb: f"{done} {translation.lang().gettext(erasure.PENDING)}" if tomb.pending else done)


def export_report(session: Session, contact_id: str, reference: str, folder: Path, password: str | None,
                  language: str | None = None) -> None:
    """The access report PDF and JSON for a request, in ``language``, into ``folder`` (worker thread)."""
    pdf_name, json_name = default_names(reference, contact_id)
    write_subject_files(session, contact_id, request_reference=reference, pdf=folder / pdf_name,
                        json_file=folder / json_name, password=password, language=language)
