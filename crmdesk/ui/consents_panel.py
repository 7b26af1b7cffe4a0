"""The Consents tab of a contact: where they stand per purpose, and how they got there.

The table shows the current state of every purpose as a badge, with one
button per row to withdraw a consent (or end another basis, or record it:
which, core says, ``consent.actions_for``); below it, the full history from
the ledger, oldest first. Selecting an entry shows the exact text the
customer saw and its evidence: a drawn signature is shown, a scanned form
can be saved as a copy. The contact page hands over what to show; what an
entry needs is read off the UI thread.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.language import capitalised
from crmdesk.core.language import tr as message_tr
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Contact
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import consent, purposes
from crmdesk.ui import translation
from crmdesk.ui.consent_dialog import ConsentCaptureDialog
from crmdesk.ui.contact_table_model import MARKS
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.vault_access import VaultAccess
from crmdesk.ui.widgets import ResultLine, choice_combo

BADGE_COLOURS = {"granted": "#15803d", "recorded": "#15803d", "withdrawn": "#b91c1c", "refused": "#b91c1c",
                 "expired": "#b45309", "ended": "#6b7280", "none": "#6b7280"}
EntryRole = Qt.ItemDataRole.UserRole + 1


def _moment(at: str) -> str:
    return translation.moment(at)


def _action(lang, entry: consent.LedgerEntry) -> str:
    context = "a lawful basis was" if entry.action in ("recorded", "ended") else "a consent was"
    return lang.pgettext(context, consent.ACTION_WORDS.get(entry.action, entry.action))


def entry_text(entry: consent.LedgerEntry) -> str:
    """One line of the history, in the window's language."""
    lang = translation.lang()
    details = [lang.gettext(consent.METHODS.get(entry.method, entry.method))]
    if entry.captured_by:
        details.append(QCoreApplication.translate("ConsentsPanel", "by {0}").format(entry.captured_by))
    if entry.witness:
        details.append(QCoreApplication.translate("ConsentsPanel", "witness {0}").format(entry.witness))
    details += [lang.pgettext("kind of evidence", consent.EVIDENCE_WORDS[e.kind])
                if e.kind in consent.EVIDENCE_WORDS else e.kind for e in entry.evidence]
    line = (f"{_moment(entry.at)}  ·  {lang.gettext(entry.purpose_title)}: {_action(lang, entry)} "
            f"({', '.join(details)})")
    return line + (f"\n{entry.note}" if entry.note else "")


class ConsentsPanel(QWidget):
    """Shows one contact's consents (``show_contact``); changes go through
    the window's ``VaultAccess``, whose ``vault_changed`` brings them back."""

    ACTION_LABELS = {"withdrawn": QT_TRANSLATE_NOOP("ConsentsPanel", "Withdraw"),
                     "ended": QT_TRANSLATE_NOOP("ConsentsPanel", "End"),
                     "recorded": QT_TRANSLATE_NOOP("ConsentsPanel", "Record basis")}
    capture_opened = Signal(object)  # the ConsentCaptureDialog, once its purposes are read

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.contact: Contact | None = None
        self.restricted = False
        self.may_record = allows(access.session.role, Permission.CONSENT)
        self.capture_button = QPushButton(self.tr("Capture consent…"))
        self.capture_button.setObjectName("primary")
        self.method = choice_combo(consent.METHODS, leave_out=("imported",))
        self.method.setToolTip(self.tr("How the customer told you, for withdrawals and other changes"))
        self.basis_hint = QLabel()
        self.basis_hint.setObjectName("hint")
        self.basis_hint.setWordWrap(True)
        # Two lines, so the tab fits beside the list on a small screen where the words are long (Polish).
        top = QVBoxLayout()
        top.addWidget(self.capture_button, 0, Qt.AlignmentFlag.AlignLeft)
        told = QHBoxLayout()
        self.method_label = QLabel(self.tr("Changes told"))
        told.addWidget(self.method_label)
        told.addWidget(self.method)
        told.addStretch()
        top.addLayout(told)

        self.states = QTableWidget(0, 3)
        self.states.setAccessibleName(self.tr("Purposes and their state"))
        self.states.setTabKeyNavigation(False)
        self.states.setHorizontalHeaderLabels([self.tr("Purpose"), self.tr("State"), ""])
        self.states.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.states.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.states.verticalHeader().setVisible(False)
        self.states.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.states.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.states.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Consent history"))
        self.history.setWordWrap(True)
        self.history.setResizeMode(QListView.ResizeMode.Adjust)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setObjectName("timeline")
        self.text_view = QTextBrowser()
        self.text_view.setAccessibleName(self.tr("Text the customer saw"))
        self.text_view.setPlaceholderText(self.tr("Select an entry to see the text the customer saw"))
        self.signature = QLabel()
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature.setVisible(False)
        self.save_scan = QPushButton(self.tr("Save a copy of the scan…"))
        self.save_scan.setVisible(False)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.text_view, 1)
        detail_layout.addWidget(self.signature)
        detail_layout.addWidget(self.save_scan, 0, Qt.AlignmentFlag.AlignLeft)
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.history)
        lower.addWidget(detail)

        self.result = ResultLine()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.basis_hint)
        layout.addWidget(self.states)
        layout.addWidget(QLabel(self.tr("History (oldest first)")))
        layout.addWidget(lower, 1)
        layout.addWidget(self.result)

        self.capture_button.setVisible(self.may_record)
        self.method.setVisible(self.may_record)
        self.method_label.setVisible(self.may_record)
        self.capture_button.clicked.connect(self.open_capture)
        self.history.currentItemChanged.connect(self._entry_selected)
        self.save_scan.clicked.connect(self._save_scan)
        self._scan: consent.Evidence | None = None

    def show_contact(self, contact: Contact | None, states: list[consent.PurposeState] = (),
                     history: list[consent.LedgerEntry] = (), *, restricted: bool = False) -> None:
        """Show where ``contact`` stands, from what the page read for it."""
        if contact is None or self.contact is None or contact.id != self.contact.id:
            self.result.show_result("", "")
        self.contact = contact
        self.restricted = restricted
        self.states.setRowCount(0)
        self.history.clear()
        self._entry_selected(None, None)
        if contact is None:
            self.basis_hint.setText("")
            return
        self.states.setRowCount(len(states))
        for row, item in enumerate(states):
            lang = translation.lang()
            name = QTableWidgetItem(lang.gettext(item.purpose.title))
            description = lang.gettext(item.purpose.description) if item.purpose.description else ""
            # The title first: a narrow column in a long language shows only its start.
            name.setToolTip("\n".join(x for x in (name.text(), lang.gettext(purposes.BASES[item.purpose.basis]),
                                                  description) if x))
            self.states.setItem(row, 0, name)
            words = capitalised(consent.state_words(lang, item.state))
            if item.state == "granted" and item.expires_at:
                words += self.tr(" until {0}").format(translation.day(item.expires_at))
            if item.state in MARKS:  # the same marks as the contact list
                words = f"{MARKS[item.state]} {words}"
            badge = QTableWidgetItem(words)
            badge.setForeground(QColor("white"))
            badge.setBackground(QColor(BADGE_COLOURS[item.state]))
            badge.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.states.setItem(row, 1, badge)
            for action in consent.actions_for(item, restricted=restricted) if self.may_record else ():
                button = QPushButton(self.tr(self.ACTION_LABELS[action]))
                button.clicked.connect(lambda _=False, i=item, a=action: self.change(i, a))
                self.states.setCellWidget(row, 2, button)
        self.states.resizeRowsToContents()
        self.states.setFixedHeight(self.states.horizontalHeader().sizeHint().height() + 2
                                   + sum(self.states.rowHeight(r) for r in range(self.states.rowCount())))
        self.basis_hint.setText("" if any(s.active for s in states) else self.tr(
            "⚠ No lawful basis on record: capture consent, or record the basis that applies (an order, "
            "a legal duty) before using this contact's data."))
        for entry in history:
            row = QListWidgetItem(entry_text(entry))
            row.setData(EntryRole, entry)
            self.history.addItem(row)
        if not self.history.count():
            self.history.addItem(QListWidgetItem(self.tr("Nothing recorded yet.")))
        self.capture_button.setEnabled(not restricted)
        self.capture_button.setToolTip(self.tr("Processing is restricted: no new consent until it is lifted")
                                       if restricted else "")

    # -- showing an entry --------------------------------------------------------------
    def _entry_selected(self, current, _previous) -> None:
        entry = current.data(EntryRole) if current is not None else None
        self.signature.setVisible(False)
        self.save_scan.setVisible(False)
        self._scan = None
        if entry is None:
            self.text_view.clear()
            return

        def read(session):
            text = purposes.get_text(session, entry.text_id) if entry.text_id else None
            signatures = [consent.evidence_data(session, e.id)[1] for e in entry.evidence if e.kind == "signature"]
            return text, signatures

        self.access.query(self, read, lambda found: self._show_entry(entry, *found),
                          failed=self.result.show_error)

    def _show_entry(self, entry: consent.LedgerEntry, text: purposes.ConsentText | None,
                    signatures: list[bytes]) -> None:
        current = self.history.currentItem()
        if current is None or current.data(EntryRole) != entry:
            return  # another entry was chosen meanwhile
        lang = translation.lang()
        lines = [f"<b>{html.escape(lang.gettext(entry.purpose_title))}</b>: {_action(lang, entry)}, {_moment(entry.at)}"]
        if text is not None:
            lines.append(self.tr("Text version {0} ({1}), SHA-256 {2}").format(
                text.version, lang.language_name(text.language), text.sha256[:16] + "…"))
        body = ("<p>" + "</p><p>".join(html.escape(p).replace("\n", "<br>") for p in text.body.split("\n\n"))
                + "</p>") if text else ""
        self.text_view.setHtml("<br>".join(lines) + body)
        for data in signatures:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            self.signature.setPixmap(pixmap.scaledToWidth(min(420, pixmap.width()),
                                                          Qt.TransformationMode.SmoothTransformation))
            self.signature.setVisible(True)
        scans = [e for e in entry.evidence if e.kind == "scan"]
        if scans:
            self._scan = scans[0]
            self.save_scan.setText(self.tr("Save a copy of the scan ({0})…").format(scans[0].file_name or "scan"))
            self.save_scan.setVisible(True)

    def ask_scan_target(self, suggested: str) -> str:
        """Where to save a copy of a scan ('' when cancelled). Tests replace this."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the scan"), str(Path.home() / suggested))
        return name

    def _save_scan(self) -> None:
        if self._scan is None:
            return
        name = self.ask_scan_target(self._scan.file_name or "scan.pdf")
        if not name:
            return
        evidence_id = self._scan.id

        def save(session) -> None:
            _, data = consent.evidence_data(session, evidence_id)
            try:
                Path(name).write_bytes(data)
            except OSError as exc:
                raise CrmdeskError(message_tr("{name} cannot be written ({value}); choose another folder.").format(name=name,
                                                                                                                   value=exc.strerror or 'error')) from None

        self.access.query(self, save, lambda _none: self.result.show_result("good", self.tr(
            "Saved to {0}. The copy is not encrypted; delete it when done.").format(name)),
            failed=lambda exc: MessageBox.error(self, self.tr("Save a copy"), exc.message))

    # -- changes -------------------------------------------------------------------
    def open_capture(self) -> None:
        """Read the purposes and their texts, then open the capture dialog
        (``capture_opened`` tells who waits for it)."""
        if self.contact is None or not self.may_record:
            return
        contact = self.contact
        self.capture_button.setEnabled(False)

        def opened(found) -> None:
            choices, language = found
            self.capture_button.setEnabled(not self.restricted)
            dialog = ConsentCaptureDialog(self.access, contact, choices, self, language=language)
            dialog.recorded.connect(lambda _entries: self.result.show_result("good", self.tr("Recorded.")))
            dialog.open()
            self.capture_opened.emit(dialog)

        # The texts in the person's language, else the shop's; the customer may be shown another.
        self.access.query(self, lambda s: (consent.capture_choices(s), contacts.letter_language(s, contact)), opened,
                          failed=lambda exc: (self.capture_button.setEnabled(True), self.result.show_error(exc)))

    def change(self, item: consent.PurposeState, action: str) -> None:
        if self.contact is None:
            return
        purpose = item.purpose
        question = {"withdrawn": self.tr("Record that {0} withdrew consent to “{1}” ({2})?"),
                    "ended": self.tr("Record that {0} no longer has the basis of “{1}” ({2})?"),
                    "recorded": self.tr("Record that {0} has the basis of “{1}” ({2})?")}[action]
        if MessageBox.confirm(self, self.tr("Record a change"), question.format(
                self.contact.display_name, translation.lang().gettext(purpose.title), self.method.currentText())):
            self._record(purpose, action, consent.Capture(method=self.method.currentData()))

    def _record(self, purpose: purposes.Purpose, action: str, capture: consent.Capture) -> None:
        contact_id = self.contact.id

        def failed(exc: CrmdeskError) -> None:
            # A basis the person had ended is recorded again only with a note saying why.
            if exc.hint == "basis-note" and not capture.note:
                note = MessageBox.ask_text(self, self.tr("Record a change"), exc.message)
                if note is not None:
                    self._record(purpose, action, consent.Capture(method=capture.method, note=note))
                    return
            self.result.show_error(exc)

        self.access.operation(self, lambda s: consent.record(s, contact_id, purpose.key, action, capture),
                              lambda _entry: self.result.show_result("good", self.tr("Recorded.")), failed=failed)
