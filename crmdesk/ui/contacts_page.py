"""The Contacts page: search, the paged list, and the selected contact.

Search filters as you type: the text is debounced, the query runs off the UI
thread on its own connection, and an answer to an older text is dropped.
The detail pane edits the contact (validation inline) and shows its
interactions, newest first, with a quick "add note".
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.people import contacts, interactions, search
from crmdesk.core.people.contact_model import KINDS, Contact, Cursor
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import consent, erasure, requests, restriction
from crmdesk.core.vault import settings
from crmdesk.core.vault.session import Session
from crmdesk.ui.consents_panel import ConsentsPanel
from crmdesk.ui.contact_editor import ContactEditor
from crmdesk.ui.contact_table_model import ContactIdRole, ContactTableModel
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.tasks import run_query, run_vault_op
from crmdesk.ui.widgets import make_table

SEARCH_DELAY_MS = 150
SEARCH_HINT = "Search names, organisations, e-mail, phone, tags, notes…"
PAGE_SIZE = 100


def load_page(session: Session, query: str, order: str, after: Cursor | None, without_basis: bool = False):
    """One page of the list or of a search, with each row's consent decisions;
    with the total on a first page of the whole list."""
    if query.strip() and not without_basis:
        page = search.search_contacts(session, query, after=after, limit=PAGE_SIZE)
        return consent.with_consents(session, page), None
    if without_basis:
        page = consent.list_without_basis(session, after=after, limit=PAGE_SIZE, order=order)
    else:
        page = contacts.list_contacts(session, after=after, limit=PAGE_SIZE, order=order)
    total = contacts.count_contacts(session) if after is None and not without_basis else None
    return consent.with_consents(session, page), total


class ContactsPage(QWidget):
    import_requested = Signal()
    request_wanted = Signal(object)  # a new data subject request about this contact

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.current: Contact | None = None
        self.rectifying: tuple[str, str] | None = None  # (contact id, request) whose edit is recorded in it
        self._select_after_load: str | None = None
        self.may_edit = allows(session.role, Permission.EDIT)
        self.may_delete = allows(session.role, Permission.ERASE)

        self.search = QLineEdit(placeholderText=self.tr(SEARCH_HINT))
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New contact"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.without_basis = QCheckBox(self.tr("Without lawful basis"))
        self.without_basis.setToolTip(self.tr("Only contacts with no consent and no other lawful basis on record"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.model = ContactTableModel(self._request, self)
        self.table = make_table(self.model, stretch_column=3)  # the e-mail address
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.without_basis)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)

        self.detail = self._build_detail()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.model.reload(query=self.search.text()))
        self.search.textChanged.connect(lambda: self._debounce.start())
        self.search.returnPressed.connect(self._focus_results)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.loading_changed.connect(self._loading)
        self.without_basis.toggled.connect(self._filter_changed)
        self.new_button.clicked.connect(self.new_contact)
        self.import_button.clicked.connect(self.import_requested)
        for keys, slot in (("Ctrl+N", self.new_contact), ("Ctrl+F", self.focus_search),
                           ("Ctrl+S", self.save)):
            QShortcut(QKeySequence(keys), self, slot)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_contact)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.new_button.setVisible(self.may_edit)
        self.import_button.setVisible(self.may_edit)
        self._show(None)
        self.model.reload()

    # -- building ----------------------------------------------------------
    def _build_detail(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("pagetitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.editor = ContactEditor(settings.get(self.session, "phone_region"))
        self.editor.set_read_only(not self.may_edit)
        self.editor.edited.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("danger")
        if not self.may_delete:
            self.delete_button.setToolTip(self.tr(
                "Only an owner or admin can delete contacts; erasure for a data subject "
                "request comes with the Requests page."))
        self.request_button = QPushButton(self.tr("Request…"))
        self.request_button.setToolTip(self.tr("Register a request from this person: access, erasure, …"))
        self.request_button.setVisible(allows(self.session.role, Permission.REQUESTS))
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
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.note_kind = QComboBox()
        for kind in KINDS:
            self.note_kind.addItem(self.tr(kind.capitalize()), kind)
        self.note_kind.setCurrentIndex(KINDS.index("note"))
        self.note_when = QDateTimeEdit(QDateTime.currentDateTime())
        self.note_when.setCalendarPopup(True)
        self.note_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note_text = QLineEdit(placeholderText=self.tr("What happened? e.g. Asked about wedding cakes"))
        self.note_text.setObjectName("note_text")
        self.note_button = QPushButton(self.tr("Add note"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.note_kind)
        add_row.addWidget(self.note_when)
        note_panel = QVBoxLayout()
        note_panel.addLayout(add_row)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_text, 1)
        note_row.addWidget(self.note_button)
        note_panel.addLayout(note_row)
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addLayout(note_panel)
        timeline_layout.addWidget(self.timeline, 1)
        for widget in (self.note_kind, self.note_when, self.note_text, self.note_button):
            widget.setVisible(self.may_edit)

        self.consents = ConsentsPanel(self.session)
        self.consents.changed.connect(self._consent_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(timeline, self.tr("Interactions"))
        self.tabs.addTab(self.consents, self.tr("Consents"))
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("background: #fef3c7; color: #78350f; padding: 6px; border-radius: 4px;")
        self.lift_button = QPushButton(self.tr("Lift restriction"))
        self.lift_button.clicked.connect(self.lift_restriction)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.lift_button)
        pane_layout.addWidget(self.title)
        pane_layout.addWidget(self.subtitle)
        pane_layout.addLayout(banner_row)
        pane_layout.addWidget(self.tabs, 1)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._show(self.current))
        self.delete_button.clicked.connect(self.delete_contact)
        self.request_button.clicked.connect(lambda: self.current and self.request_wanted.emit(self.current))
        self.note_button.clicked.connect(self.add_note)
        self.note_text.returnPressed.connect(self.add_note)
        return pane

    # -- loading -------------------------------------------------------------
    def _request(self, generation: int, query: str, order: str, after: Cursor | None) -> None:
        without_basis = self.without_basis.isChecked()
        run_query(
            self.session, lambda s: load_page(s, query, order, after, without_basis),
            lambda result: self._loaded(generation, after, *result),
            lambda exc: (self.model.load_failed(generation), self.status.setText(exc.message)),
            owner=self,
        )

    def _loaded(self, generation: int, after: Cursor | None, page, total: int | None) -> None:
        self.model.page_loaded(generation, page, after)
        if after is None:
            self._update_status(total)
            if self._select_after_load:
                self.select_contact(self._select_after_load)
                self._select_after_load = None

    def _update_status(self, total: int | None) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        if self.without_basis.isChecked():
            text = (self.tr("Every contact has a lawful basis on record.") if not shown else
                    self.tr("{0}{1} contacts without a lawful basis").format(shown, "+" if more else ""))
        elif self.model.query.strip():
            text = (self.tr("No contact matches “{0}”.").format(self.model.query) if not shown else
                    self.tr("{0}{1} matches").format(shown, "+" if more else ""))
        else:
            text = self.tr("{0:,} contacts").format(total if total is not None else shown)
        self.status.setText(text)

    def _loading(self, loading: bool) -> None:
        if loading:
            self.status.setText(self.tr("Searching…") if self.model.query.strip() else self.tr("Loading…"))

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_contact(self, contact_id: str) -> None:
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._show(contacts.get_contact(self.session, contact_id))

    # -- the selected contact --------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        contact_id = current.data(ContactIdRole)
        if self.current and self.current.id == contact_id:
            return
        try:
            self._show(contacts.get_contact(self.session, contact_id))
        except CrmdeskError as exc:
            self.status.setText(exc.message)

    def _show(self, contact: Contact | None, *, new: bool = False) -> None:
        self.current = contact
        self.editor.show_contact(contact)
        has = contact is not None
        self.detail.setEnabled(has or new)
        if new:
            self.title.setText(self.tr("New contact"))
            self.subtitle.setText(self.tr("Fill in what you know; a name or an organisation is enough."))
        elif has:
            self.title.setText(contact.display_name)
            parts = [p for p in (contact.job_title, contact.organisation) if p]
            since = contact.since.strftime("%Y-%m-%d") if contact.since else ""
            self.subtitle.setText(" · ".join(parts + [self.tr("customer since {0}").format(since)]))
        else:
            self.title.setText(self.tr("No contact selected"))
            self.subtitle.setText(self.tr("Pick a contact in the list, or create a new one."))
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.delete_button.setEnabled(has and self.may_delete)
        self.request_button.setEnabled(has)
        hold, restricted = restriction.flags(self.session, contact.id) if has else (False, False)
        notes = []
        if restricted:
            notes.append(self.tr("⚠ Processing restricted (Art. 18): no changes and no new consent; exports only "
                                 "for this person's own request."))
            self.save_button.setEnabled(False)
        if hold:
            notes.append(self.tr("⚖ Legal hold: nothing about this contact is erased while it is on."))
        if self.rectifying is not None and has and self.rectifying[0] == contact.id:
            notes.append(self.tr("✎ Correcting under request {0}: saving records which fields changed in it.")
                         .format(self.rectifying[1]))
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))
        self.lift_button.setVisible(restricted and allows(self.session.role, Permission.REQUESTS))
        self.editor.set_read_only(not self.may_edit or restricted)
        self.tabs.setTabEnabled(1, has)
        self.tabs.setTabEnabled(2, has)
        self._show_timeline()
        self.consents.show_contact(contact)

    def _edited(self) -> None:
        self.save_button.setEnabled(self.may_edit)
        self.revert_button.setEnabled(True)

    def _show_timeline(self) -> None:
        self.timeline.clear()
        if self.current is None:
            return
        for item in interactions.list_interactions(self.session, self.current.id, limit=200):
            when = item.occurred_at[:16].replace("T", " ")
            text = f"{when}  ·  {self.tr(item.kind.capitalize())}\n{item.summary}"
            if item.body:
                text += f"\n{item.body}"
            self.timeline.addItem(QListWidgetItem(text))
        if not self.timeline.count():
            self.timeline.addItem(QListWidgetItem(self.tr("Nothing logged yet.")))

    # -- actions -----------------------------------------------------------------
    def new_contact(self) -> None:
        if not self.may_edit:
            return
        self.table.clearSelection()
        self._show(None, new=True)
        self.tabs.setCurrentIndex(0)
        self.editor.given.setFocus()

    def save(self) -> None:
        """Save the form off the UI thread (a commit can wait on the disk)."""
        if not self.may_edit or not self.save_button.isEnabled() or not self.editor.check():
            return
        data = self.editor.value()
        current = self.current
        rectifying = self.rectifying
        if current is None:
            operation = lambda s: contacts.add_contact(s, data)  # noqa: E731
        elif rectifying is not None and rectifying[0] == current.id:
            self.rectifying = None
            operation = lambda s: requests.rectify(s, rectifying[1], current.id, data)[0]  # noqa: E731
        else:
            operation = lambda s: contacts.update_contact(s, current.id, data)[0]  # noqa: E731
        self._write(operation, self._saved, self.editor.problems.setText)

    def _saved(self, saved: Contact) -> None:
        self.current = None  # so the reload shows the saved contact afresh
        self._show(saved)
        self._select_after_load = saved.id
        self.model.reload()

    def delete_contact(self) -> None:
        if self.current is None or not self.may_delete:
            return
        if not MessageBox.confirm(self, self.tr("Delete contact"), self.tr(
            "Delete {0} with all their notes and interactions? This cannot be undone."
        ).format(self.current.display_name)):
            return
        contact_id = self.current.id
        self._write(lambda s: erasure.erase(s, contact_id), self._deleted,
                    lambda text: MessageBox.error(self, self.tr("Delete contact"), text))

    def _deleted(self, _result) -> None:
        self._show(None)
        self.model.reload()

    def add_note(self) -> None:
        if self.current is None or not self.note_text.text().strip():
            return
        when = self.note_when.dateTime().toPython()
        contact_id, kind, text = self.current.id, self.note_kind.currentData(), self.note_text.text()
        self._write(
            lambda s: interactions.add_interaction(
                s, contact_id, kind=kind, summary=text,
                occurred_at=when.astimezone() if when.tzinfo is None else when),
            self._note_added,
            lambda message: MessageBox.error(self, self.tr("Add note"), message),
        )

    def _note_added(self, _interaction) -> None:
        self.note_text.clear()
        self.note_when.setDateTime(QDateTime.currentDateTime())
        self._show_timeline()
        self._select_after_load = self.current.id if self.current else None
        self.model.reload()

    def _write(self, operation, on_success, on_error) -> None:
        """Run a change off the UI thread with the detail pane paused."""
        self.detail.setEnabled(False)

        def done(result) -> None:
            self.detail.setEnabled(True)
            on_success(result)

        def failed(exc: CrmdeskError) -> None:
            self.detail.setEnabled(True)
            on_error(exc.message)

        run_vault_op(self.session, operation, done, failed, owner=self)

    def rectify_under(self, contact_id: str, reference: str) -> None:
        """Show the contact; its next save is recorded under the rectification request."""
        self.rectifying = (contact_id, reference)
        self.current = None
        self.select_contact(contact_id)
        self.tabs.setCurrentIndex(0)

    def lift_restriction(self) -> None:
        if self.current is None or not MessageBox.confirm(self, self.tr("Lift restriction"), self.tr(
                "Lift the restriction on {0}? Their data can then be changed and used again.").format(
                self.current.display_name)):
            return
        contact_id = self.current.id
        self._write(lambda s: restriction.set_restricted(s, contact_id, False),
                    lambda _none: self._saved(contacts.get_contact(self.session, contact_id)),
                    lambda message: MessageBox.error(self, self.tr("Lift restriction"), message))

    def _consent_changed(self) -> None:
        self._select_after_load = self.current.id if self.current else None
        self.model.reload()

    def set_without_basis(self, on: bool) -> None:
        """Only contacts with no lawful basis on record (searching covers everyone)."""
        self.without_basis.setChecked(on)

    def _filter_changed(self, on: bool) -> None:
        if on:
            self._debounce.stop()
            self.search.clear()
        self.search.setEnabled(not on)
        self.search.setPlaceholderText(self.tr("Clear the filter to search") if on else self.tr(SEARCH_HINT))
        self.model.reload(query="")

    def refresh(self) -> None:
        self.model.reload()
