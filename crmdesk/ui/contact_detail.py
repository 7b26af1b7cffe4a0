"""The selected contact: its details to edit, its interactions, its consents.

Everything shown is read in one go off the UI thread (``read_contact``) and
read again whenever a change touches the contact, whoever made it; every
change runs off the UI thread too. Restriction and legal hold show as a
banner, and a restricted contact cannot be edited here (core refuses it
anyway). A contact opened "under a request" records its correction in that
rectification request when saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import CrmdeskError, NotFound
from crmdesk.core.language import capitalised
from crmdesk.core.people import contacts, interactions
from crmdesk.core.people.contact_model import KIND_WORDS, KINDS, Contact, Interaction
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import consent, erasure, requests, restriction
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import Changes
from crmdesk.core.vault.session import Session
from crmdesk.ui import translation
from crmdesk.ui.consents_panel import ConsentsPanel
from crmdesk.ui.contact_editor import ContactEditor
from crmdesk.ui.date_field import DateField
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.vault_access import VaultAccess

TIMELINE_SIZE = 200


@dataclass(frozen=True)
class ContactView:
    """Everything the detail pane shows of one contact."""

    contact: Contact
    legal_hold: bool
    restricted: bool
    interactions: list[Interaction] = field(default_factory=list)
    states: list[consent.PurposeState] = field(default_factory=list)
    history: list[consent.LedgerEntry] = field(default_factory=list)


def read_contact(session: Session, contact_id: str) -> ContactView:
    """The detail pane's contents (runs off the UI thread)."""
    contact = contacts.get_contact(session, contact_id)
    hold, restricted = restriction.flags(session, contact.id)
    return ContactView(contact, hold, restricted,
                       interactions.list_interactions(session, contact.id, limit=TIMELINE_SIZE),
                       consent.current_states(session, contact.id), consent.history(session, contact.id))


class ContactDetail(QWidget):
    """Emits ``saved(contact id)`` after a save, ``erased`` after "Delete",
    ``request_wanted(contact)`` for "Request…"."""

    saved = Signal(str)
    erased = Signal()
    request_wanted = Signal(object)

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.view: ContactView | None = None
        self.asked: str | None = None  # the contact last asked for; answers about others are dropped
        self.rectifying: tuple[str, str] | None = None  # (contact id, request) whose edit is recorded in it
        self._change = None  # the last save, to repeat once the user confirmed a returning person
        role = access.session.role
        self.may_edit = allows(role, Permission.EDIT)
        self.may_delete = allows(role, Permission.ERASE)

        self.title = QLabel()
        self.title.setObjectName("pagetitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.editor = ContactEditor(settings.SPECS["phone_region"].default)
        self.editor.set_read_only(not self.may_edit)
        self.editor.edited.connect(self._edited)
        scroll = QScrollArea(focusPolicy=Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll into view
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("danger")
        self.delete_button.setToolTip(self.tr(
            "Deleting a person is erasure: everything about them goes, only a tombstone without personal "
            "data stays") if self.may_delete else self.tr("Only an owner or admin can delete contacts."))
        self.request_button = QPushButton(self.tr("Request…"))
        self.request_button.setToolTip(self.tr("Register a request from this person: access, erasure, …"))
        self.request_button.setVisible(allows(role, Permission.REQUESTS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.delete_button)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(scroll, 1)
        details_layout.addWidget(self.editor.problems)  # in sight, next to Save
        details_layout.addWidget(self.editor.doubts)
        details_layout.addLayout(buttons)

        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Interactions"))
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.note_kind = QComboBox()
        lang = translation.lang()
        for kind in KINDS:
            words = lang.pgettext("kind of interaction", KIND_WORDS[kind])
            self.note_kind.addItem(words[:1].upper() + words[1:], kind)
        self.note_kind.setCurrentIndex(KINDS.index("note"))
        self.note_when = DateField(QDateTime.currentDateTime(), with_time=True)
        self.note_when.setAccessibleName(self.tr("When it happened"))
        self.note_text = QLineEdit(placeholderText=self.tr("What happened? e.g. Asked about wedding cakes"))
        self.note_text.setObjectName("note_text")
        self.note_text.setAccessibleName(self.tr("What happened"))
        self.note_button = QPushButton(self.tr("Add note"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.note_kind)
        add_row.addWidget(self.note_when)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_text, 1)
        note_row.addWidget(self.note_button)
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addLayout(add_row)
        timeline_layout.addLayout(note_row)
        timeline_layout.addWidget(self.timeline, 1)
        for widget in (self.note_kind, self.note_when, self.note_text, self.note_button):
            widget.setVisible(self.may_edit)

        self.consents = ConsentsPanel(access)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(timeline, self.tr("Interactions"))
        self.tabs.addTab(self.consents, self.tr("Consents"))
        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("background: #fef3c7; color: #78350f; padding: 6px; border-radius: 4px;")
        self.lift_button = QPushButton(self.tr("Lift restriction"))
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.lift_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(banner_row)
        layout.addWidget(self.tabs, 1)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._show(self.view))
        self.delete_button.clicked.connect(self.delete_contact)
        self.request_button.clicked.connect(lambda: self.view and self.request_wanted.emit(self.view.contact))
        self.note_button.clicked.connect(self.add_note)
        self.note_text.returnPressed.connect(self.add_note)
        self.lift_button.clicked.connect(self.lift_restriction)
        access.query(self, lambda s: settings.get(s, "phone_region"), self._set_region)
        self._show(None)

    @property
    def current(self) -> Contact | None:
        return self.view.contact if self.view is not None else None

    def _set_region(self, region: str) -> None:
        self.editor.region = region

    # -- showing -----------------------------------------------------------------------------
    def load(self, contact_id: str | None) -> None:
        """Show this contact (read off the UI thread), or nothing."""
        self.asked = contact_id
        if contact_id is None:
            self._show(None)
            return
        self.access.query(self, lambda s: read_contact(s, contact_id), self._loaded,
                          failed=lambda exc: self._load_failed(contact_id, exc))

    def _loaded(self, view: ContactView) -> None:
        if view.contact.id != self.asked:
            return  # another contact was chosen meanwhile
        editing = self.view is not None and self.view.contact.id == view.contact.id and self.save_button.isEnabled()
        if editing:  # someone is typing: keep their input, refresh the rest
            self.view = view
            self._show_side(view)
            return
        self._show(view)

    def _load_failed(self, contact_id: str, exc: CrmdeskError) -> None:
        if contact_id != self.asked:
            return
        if isinstance(exc, NotFound):
            self._show(None)  # erased or merged meanwhile
        else:
            self.editor.problems.setText(exc.message)

    def refresh(self, changes: Changes) -> None:
        if self.asked is not None and changes.touches_contact(self.asked):
            self.load(self.asked)

    def _show(self, view: ContactView | None, *, new: bool = False) -> None:
        self.view = view
        contact = view.contact if view else None
        self.editor.show_contact(contact)
        has = contact is not None
        self.setEnabled(has or new)
        if new:
            self.title.setText(self.tr("New contact"))
            self.subtitle.setText(self.tr("Fill in what you know; a name or an organisation is enough."))
        elif has:
            self.title.setText(contact.display_name)
            parts = [p for p in (contact.job_title, contact.organisation) if p]
            since = translation.day(contact.since)
            self.subtitle.setText(" · ".join(parts + [self.tr("customer since {0}").format(since)]))
        else:
            self.title.setText(self.tr("No contact selected"))
            self.subtitle.setText(self.tr("Pick a contact in the list, or create a new one."))
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.delete_button.setEnabled(has and self.may_delete)
        self.request_button.setEnabled(has)
        self.tabs.setTabEnabled(1, has)
        self.tabs.setTabEnabled(2, has)
        self._show_side(view)

    def _show_side(self, view: ContactView | None) -> None:
        """Banner, timeline and consents: what does not hold the user's typing."""
        restricted = bool(view and view.restricted)
        notes = []
        if restricted:
            notes.append(self.tr("⚠ Processing restricted (Art. 18): no changes and no new consent; exports only "
                                 "for this person's own request."))
        if view and view.legal_hold:
            notes.append(self.tr("⚖ Legal hold: nothing about this contact is erased while it is on."))
        if self.rectifying is not None and view and self.rectifying[0] == view.contact.id:
            notes.append(self.tr("✎ Correcting under request {0}: saving records which fields changed in it.")
                         .format(self.rectifying[1]))
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))
        self.lift_button.setVisible(restricted and allows(self.access.session.role, Permission.REQUESTS))
        under_request = self.rectifying is not None and view is not None and self.rectifying[0] == view.contact.id
        self.editor.set_read_only(not self.may_edit or (restricted and not under_request))
        self.timeline.clear()
        if view is not None:
            for item in view.interactions:
                kind = capitalised(translation.lang().pgettext("kind of interaction", KIND_WORDS.get(item.kind, item.kind)))
                text = f"{translation.moment(item.occurred_at)}  ·  {kind}\n{item.summary}"
                if item.body:
                    text += f"\n{item.body}"
                self.timeline.addItem(QListWidgetItem(text))
            if not self.timeline.count():
                self.timeline.addItem(QListWidgetItem(self.tr("Nothing logged yet.")))
        self.consents.show_contact(view.contact if view else None, view.states if view else [],
                                   view.history if view else [], restricted=restricted)

    def _edited(self) -> None:
        self.save_button.setEnabled(self.may_edit)
        self.revert_button.setEnabled(True)

    def show_new(self) -> None:
        self.asked = None
        self._show(None, new=True)
        self.tabs.setCurrentIndex(0)
        self.editor.given.setFocus()

    # -- changes -------------------------------------------------------------------------------
    def save(self) -> None:
        """Save the form off the UI thread (a commit can wait on the disk)."""
        if not self.may_edit or not self.save_button.isEnabled() or not self.editor.check():
            return
        data = self.editor.value()
        current = self.current
        rectifying = self.rectifying
        if current is None:
            def change(s, returning=False):
                return contacts.add_contact(s, data, returning=returning)
        elif rectifying is not None and rectifying[0] == current.id:
            self.rectifying = None

            def change(s, returning=False):
                return requests.rectify(s, rectifying[1], current.id, data, returning=returning)[0]
        else:
            def change(s, returning=False):
                return contacts.update_contact(s, current.id, data, returning=returning)[0]
        self._change = change
        self.access.operation(self, change, self._saved, failed=self._save_failed, busy=self)

    def _saved(self, saved: Contact) -> None:
        self.view = None  # so the reload shows the saved contact afresh
        self.load(saved.id)
        self.saved.emit(saved.id)

    def _save_failed(self, exc: CrmdeskError) -> None:
        if exc.hint == "returning-person" and MessageBox.confirm(self, self.tr("Save contact"), self.tr(
                "{0} Did they come back to you on their own?").format(exc.message)):
            change = self._change
            self.access.operation(self, lambda s: change(s, returning=True), self._saved,
                                  failed=self._save_failed, busy=self)
            return
        self.editor.problems.setText(exc.message)

    def delete_contact(self) -> None:
        """Deleting a person is erasure: say what goes, then erase off the UI thread."""
        contact = self.current
        if contact is None or not self.may_delete:
            return

        def confirmed(removed: list[tuple[str, int]]) -> None:
            what = "\n".join(f"• {n} {label}" for label, n in removed)
            if MessageBox.confirm(self, self.tr("Delete contact"), self.tr(
                    "Erase {0} everywhere? This removes:\n{1}\n\nOnly a tombstone without personal data stays, so "
                    "a later import recognises them. This cannot be undone.").format(contact.display_name, what)):
                self.access.operation(self, lambda s: erasure.erase(s, contact.id), lambda _tomb: self._erased(),
                                      title=self.tr("Delete contact"), busy=self)

        self.access.query(self, lambda s: erasure.preview(s, contact.id), confirmed,
                          failed=lambda exc: MessageBox.error(self, self.tr("Delete contact"), exc.message))

    def _erased(self) -> None:
        self.asked = None
        self._show(None)
        self.erased.emit()

    def add_note(self) -> None:
        if self.current is None or not self.note_text.text().strip():
            return
        if self.note_when.problem():
            MessageBox.error(self, self.tr("Add note"), self.note_when.problem())
            self.note_when.setFocus()
            return
        when = self.note_when.dateTime().toPython()
        contact_id, kind, text = self.current.id, self.note_kind.currentData(), self.note_text.text()
        self.access.operation(
            self, lambda s: interactions.add_interaction(
                s, contact_id, kind=kind, summary=text,
                occurred_at=when.astimezone() if when.tzinfo is None else when),
            lambda _interaction: self._note_added(), title=self.tr("Add note"), busy=self)

    def _note_added(self) -> None:
        self.note_text.clear()
        self.note_when.setDateTime(QDateTime.currentDateTime())

    def rectify_under(self, contact_id: str, reference: str) -> None:
        """Show the contact; its next save is recorded under the rectification request."""
        self.rectifying = (contact_id, reference)
        self.view = None
        self.load(contact_id)
        self.tabs.setCurrentIndex(0)

    def lift_restriction(self) -> None:
        contact = self.current
        if contact is None or not MessageBox.confirm(self, self.tr("Lift restriction"), self.tr(
                "Lift the restriction on {0}? Their data can then be changed and used again.").format(
                contact.display_name)):
            return
        self.access.operation(self, lambda s: restriction.set_restricted(s, contact.id, False),
                              title=self.tr("Lift restriction"), busy=self)
