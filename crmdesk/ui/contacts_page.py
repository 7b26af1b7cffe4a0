"""The Contacts page: search, the paged list, and the selected contact.

Search filters as you type: every keystroke asks at once, on the reader's
kept connection off the UI thread (``VaultAccess.read_latest``); a text
typed while a search runs replaces any text still waiting, and an answer to
an older text is dropped. The whole list's count comes after its first page,
so the list shows before a large vault is counted.
The list and the selected contact (``ContactDetail``) stay current with
every change the window makes or sees. Possible duplicates waiting for
review are announced above the list and reviewed in ``DuplicatesDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.people import contacts, duplicates, search
from crmdesk.core.people.contact_model import Cursor
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import consent
from crmdesk.core.vault.gate import CONSENT, CONTACTS, INTERACTIONS, Changes
from crmdesk.core.vault.session import Session
from crmdesk.ui.contact_detail import ContactDetail
from crmdesk.ui.contact_table_model import ContactIdRole, ContactTableModel, Rows
from crmdesk.ui.duplicates_dialog import DuplicatesDialog
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import make_table

SEARCH_HINT = QT_TRANSLATE_NOOP("ContactsPage", "Search names, organisations, e-mail, phone, tags, notes…")
PAGE_SIZE = 100
SLOW_MS = 200  # an answer later than this is announced


def load_page(session: Session, query: str, order: str, after: Cursor | None, view: str = ""):
    """One page of the list, of a view of it ("without_basis", "expiring")
    or of a search, with each row's consent decisions."""
    if view == "without_basis":
        page = consent.list_without_basis(session, after=after, limit=PAGE_SIZE, order=order)
    elif view == "expiring":
        page = consent.list_expiring(session, after=after, limit=PAGE_SIZE, order=order)
    elif query.strip():
        page = search.search_contacts(session, query, after=after, limit=PAGE_SIZE)
    else:
        page = contacts.list_contacts(session, after=after, limit=PAGE_SIZE, order=order)
    return consent.with_consents(session, page)


# The width the contact list keeps when the detail needs more room: a name and the consent column.
LIST_KEEPS = 360


class ContactsPage(QWidget):
    import_requested = Signal()
    request_wanted = Signal(object)  # a new data subject request about this contact

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self._select_after_load: str | None = None
        self._narrowed = False  # the next list comes from a new search or filter
        self._total: int | None = None  # contacts in the vault, when last counted
        self._first_after_load = False  # Return was pressed in the search before its results came
        self.may_edit = allows(access.session.role, Permission.EDIT)

        self.search = QLineEdit(placeholderText=self.tr(SEARCH_HINT))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New contact"))
        self.import_button = QPushButton(self.tr("Import…"))
        # Views of the list: everyone, those with no lawful basis on record, those whose consent runs out soon.
        self.views = QComboBox()
        self.views.setAccessibleName(self.tr("Show"))
        for label, view in ((self.tr("All contacts"), ""), (self.tr("Without lawful basis"), "without_basis"),
                            (self.tr("Consent running out"), "expiring")):
            self.views.addItem(label, view)
        self.views.setItemData(1, self.tr("Only contacts with no consent and no other lawful basis on record"),
                               Qt.ItemDataRole.ToolTipRole)
        self.views.setItemData(2, self.tr("Only contacts with a consent that runs out within 30 days: ask them "
                                          "again"), Qt.ItemDataRole.ToolTipRole)
        self.status = QLabel(wordWrap=True)  # a long state wraps rather than widening the page (other languages)
        self.status.setObjectName("hint")
        # "Searching…" only when an answer is slow to come: said for every keystroke, it would flicker
        # and cost each keystroke a repaint of its own.
        self._waiting_text = ""
        self._slow = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._slow.timeout.connect(lambda: self.status.setText(self._waiting_text))
        self.duplicates_link = QLabel(visible=False, wordWrap=True)
        self.duplicates_link.setObjectName("duplicates_waiting")
        self.model = ContactTableModel(self._request, self)
        self.table = make_table(self.model, stretch_column=4, name=self.tr("Contacts"), fit=False)  # stretch: organisation
        # Name, consent, e-mail and phone stay in view at 1280 px: long texts are cut short (the tooltip
        # has them whole) rather than pushing the columns after them out of sight.
        # Every width is set once, never measured from the rows: measuring asks for every row's text on
        # each new page and each keystroke's results.
        header = self.table.horizontalHeader()
        date_width = max(self.table.fontMetrics().horizontalAdvance("0000-00-00"),
                         header.fontMetrics().horizontalAdvance(self.model.headerData(
                             5, Qt.Orientation.Horizontal))) + 24
        for column, width in ((0, 165), (1, 160), (2, 200), (3, 130), (5, date_width)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()  # one height for every row: nothing measured per row either
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSortingEnabled(True)
        # New rows are laid out at once, before the list is painted: left to Qt, the layout waits for a
        # zero timer that fires after the first paint, and the whole list is painted twice for every
        # keystroke's results and every page scrolled in.
        self.model.modelReset.connect(self.table.doItemsLayout)
        self.model.rowsInserted.connect(self.table.doItemsLayout)
        # The scroll bar stays, so the columns do not shift (and the list is not painted again) each
        # time a search's results grow longer or shorter than the list's height.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # The search has a line of its own, so it stays wide on a small screen.
        tools = QHBoxLayout()
        # The views' names are long in some languages: the box shows what fits, its list shows them whole.
        self.views.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.views.setMinimumContentsLength(14)
        tools.addWidget(self.views)
        tools.addStretch()
        tools.addWidget(self.new_button)
        tools.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.duplicates_link)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)

        self.detail = ContactDetail(access)
        splitter = QSplitter()
        splitter.addWidget(left)
        # The detail scrolls sideways rather than widening the window past a 1024-pixel screen where a
        # language's words are long (French, Spanish).
        detail_area = QScrollArea()
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_area.setWidget(self.detail)
        detail_area.setMinimumWidth(340)
        detail_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list into the form, as before
        splitter.addWidget(detail_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 400])
        self.splitter, self.detail_area, self._detail_fitted = splitter, detail_area, False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._focus_results)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.views.currentIndexChanged.connect(self._filter_changed)
        self.new_button.clicked.connect(self.new_contact)
        self.import_button.clicked.connect(self.import_requested)
        self.duplicates_link.linkActivated.connect(lambda _link: self.review_duplicates())
        self.detail.saved.connect(self._saved)
        self.detail.request_wanted.connect(self.request_wanted)
        # The page's commands, as actions the window's menus show as they are (one shortcut each).
        self.new_action = self._action(self.tr("&New contact"), "Ctrl+N", self.new_contact)
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self.focus_search)
        self.save_action = self._action(self.tr("&Save contact"), "Ctrl+S", self._save_if_shown)
        self.new_action.setEnabled(self.may_edit)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.detail.delete_contact)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.new_button.setVisible(self.may_edit)
        self.import_button.setVisible(self.may_edit)
        Refresher(self, access, (CONTACTS, CONSENT, INTERACTIONS), self.refresh)
        self.model.reload()
        self._count_duplicates()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._detail_fitted:
            self._detail_fitted = True
            self.detail.installEventFilter(self)
            QTimer.singleShot(0, self._fit_detail)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if watched is self.detail and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._fit_detail)  # a contact shown may need more room than the last
        return super().eventFilter(watched, event)

    def _fit_detail(self) -> None:
        """Give the detail the width its words need (German and Polish labels are long) from the list,
        which scrolls sideways anyway, while the list keeps room for names and consents; as the page
        first shows, and whenever the detail comes to need more."""
        sizes = self.splitter.sizes()
        need = self.detail.minimumSizeHint().width() + self.detail_area.verticalScrollBar().sizeHint().width()
        give = min(need - sizes[1], sizes[0] - LIST_KEEPS)
        if give > 0:
            self.splitter.setSizes([sizes[0] - give, sizes[1] + give])

    # The selected contact, as the detail pane shows it.
    @property
    def current(self):
        return self.detail.current

    # -- loading -------------------------------------------------------------
    def _request(self, generation: int, query: str, order: str, after: Cursor | None) -> None:
        view = self.view()
        if after is None:  # a further page keeps the line as it is until it comes
            self._waiting_text = self.tr("Searching…") if query.strip() else self.tr("Loading…")
            self._slow.start()
        self.access.read_latest(
            self, "contact list", lambda s: Rows.of(load_page(s, query, order, after, view)),
            lambda rows: self._loaded(generation, after, rows),
            failed=lambda exc: self._failed(generation, exc))
        if after is None and not query.strip() and not view:
            self.access.query(self, contacts.count_contacts, lambda total: self._counted(generation, total))

    def _counted(self, generation: int, total: int) -> None:
        if generation != self.model.generation:
            return  # counted before a later change
        self._total = total
        if not self.model.loading:
            self._update_status()

    def _failed(self, generation: int, exc) -> None:
        self._slow.stop()
        self.model.load_failed(generation)
        self.status.setText(exc.message)

    def _loaded(self, generation: int, after: Cursor | None, rows: Rows) -> None:
        if generation != self.model.generation:
            return  # an answer to a text typed over since
        self._slow.stop()
        self.model.page_loaded(generation, rows, after)
        self._update_status()
        if after is None and self._first_after_load:
            self._first_after_load = False
            self._narrowed = False
            self._focus_results()
        elif after is None:
            wanted = self._select_after_load or self.detail.asked
            self._select_after_load = None
            row = self.model.row_of(wanted) if wanted else None
            if row is not None:
                self.table.selectRow(row)  # the same contact: the detail pane stays as it is
            elif self._narrowed and wanted and not self.detail.save_button.isEnabled():
                self.detail.load(None)  # not among the results: show no one rather than someone else
            self._narrowed = False

    def _search(self) -> None:
        self._narrowed = True
        self._first_after_load = False
        self.model.reload(query=self.search.text())

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        plus = "+" if more else ""
        if self.view() == "without_basis":
            text = (self.tr("Every contact has a lawful basis on record.") if not shown else
                    self.tr("1 contact without a lawful basis") if shown == 1 and not more else
                    self.tr("{0}{1} contacts without a lawful basis").format(shown, plus))
        elif self.view() == "expiring":
            text = (self.tr("No consent runs out within 30 days.") if not shown else
                    self.tr("1 contact with a consent running out") if shown == 1 and not more else
                    self.tr("{0}{1} contacts with a consent running out").format(shown, plus))
        elif self.model.query.strip():
            text = (self.tr("No contact matches “{0}”.").format(self.model.query) if not shown else
                    self.tr("1 match") if shown == 1 and not more else
                    self.tr("{0}{1} matches").format(shown, plus))
        else:
            count = shown if not more else self._total if (self._total or 0) > shown else None
            text = (self.tr("{0}+ contacts").format(shown) if count is None  # not counted yet
                    else self.tr("1 contact") if count == 1 else self.tr("{0:,} contacts").format(count))
        self.status.setText(text)

    def refresh(self, changes: Changes | None = None) -> None:
        """Show the truth after a change (the list, the selected contact, the duplicates waiting)."""
        self.model.reload()
        self.detail.refresh(changes or Changes.of_everything())
        self._count_duplicates()

    def _count_duplicates(self) -> None:
        self.access.query(self, lambda s: len(duplicates.list_possible(s)), self._show_duplicates)

    def _show_duplicates(self, waiting: int) -> None:
        self.duplicates_link.setVisible(waiting > 0)
        self.duplicates_link.setText('<a href="review">' + (
            self.tr("1 possible duplicate to review") if waiting == 1 else
            self.tr("{0} possible duplicates to review").format(waiting)) + "</a>")

    def _focus_results(self) -> None:
        """Return in the search: to the first result, once the results for what was typed are in."""
        if self.model.loading:
            self._first_after_load = True  # typed faster than the search answered
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _save_if_shown(self) -> None:
        if self.isVisible():
            self.detail.save()

    def focus_search(self) -> None:
        # After the window has switched to this page (its menu does that too).
        QTimer.singleShot(0, lambda: (self.search.setFocus(), self.search.selectAll()))

    def select_contact(self, contact_id: str) -> None:
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        if contact_id != self.detail.asked:
            self.detail.load(contact_id)

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        contact_id = current.data(ContactIdRole)
        if contact_id != self.detail.asked:
            self.detail.load(contact_id)

    # -- actions -----------------------------------------------------------------
    def new_contact(self) -> None:
        if not self.may_edit:
            return
        self.table.clearSelection()
        self.detail.show_new()
        QTimer.singleShot(0, self.detail.editor.given.setFocus)  # once the page shows

    def _saved(self, contact_id: str) -> None:
        self._select_after_load = contact_id

    def rectify_under(self, contact_id: str, reference: str) -> None:
        """Show the contact; its next save is recorded under the rectification request."""
        self.detail.rectify_under(contact_id, reference)

    def review_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.access, self)
        dialog.open()
        return dialog

    def set_without_basis(self, on: bool) -> None:
        """Only contacts with no lawful basis on record (searching covers everyone)."""
        self.show_view("without_basis" if on else "")

    def view(self) -> str:
        """The view of the list chosen: "", "without_basis" or "expiring"."""
        return self.views.currentData() or ""

    def show_view(self, view: str) -> None:
        """The list as a card of the Today page asks for it."""
        self.views.setCurrentIndex(max(0, self.views.findData(view)))

    def _filter_changed(self) -> None:
        on = bool(self.view())
        if on:
            self.search.clear()
        self.search.setEnabled(not on)
        self.search.setPlaceholderText(self.tr("Clear the filter to search") if on else self.tr(SEARCH_HINT))
        self._narrowed = True
        self.model.reload(query="")
