"""The contact list as a table that pages rows in as the user scrolls.

Rows come from a *loader* ``(query, order, after) -> Page``; the page runs it
off the UI thread and hands the result back with ``page_loaded``. Every
request carries a generation number, so a result for an outdated search is
dropped. ``canFetchMore``/``fetchMore`` announce exactly the rows added
(``start + n - 1`` as the last row) and ignore a valid parent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from crmdesk.core.people.contact_model import ContactRow, Cursor, Page
from crmdesk.core.privacy import consent
from crmdesk.ui import colours, translation

ContactIdRole = Qt.ItemDataRole.UserRole + 1  # the contact's id
ContactRowRole = Qt.ItemDataRole.UserRole + 2  # the whole ContactRow

_ROOT = QModelIndex()  # the invisible root: default parent of list rows
_DISPLAY, _FOREGROUND = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ForegroundRole.value)
_UNSET = frozenset(int(role.value) for role in (  # roles a view asks for that the list leaves to the style
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.SizeHintRole))

# (header, sort order it maps to or None)
# What a person needs at the counter first: who, what they agreed to, how to reach them.
COLUMNS = ((QT_TRANSLATE_NOOP("ContactTableModel", "Name"), "name"),
           (QT_TRANSLATE_NOOP("ContactTableModel", "Consent"), None),
           (QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"), None), (QT_TRANSLATE_NOOP("ContactTableModel", "Phone"), None),
           (QT_TRANSLATE_NOOP("ContactTableModel", "Organisation"), None),
           (QT_TRANSLATE_NOOP("ContactTableModel", "Last contact"), "last_interaction"))
CONSENT_COLUMN = 1
# How a decision shows in the list: a mark before the purpose's title.
MARKS = {"granted": "✓", "recorded": "✓", "withdrawn": "✗", "refused": "✗", "expired": "⌛", "ended": "–"}
NO_BASIS = QT_TRANSLATE_NOOP("ContactTableModel", "No lawful basis")


def consent_text(row: ContactRow) -> str:
    """The consent column at a glance: a mark and the first word of each
    purpose, active ones first; a warning when none is active (the tooltip
    has the full titles and states)."""
    words = translation.lang().gettext  # a purpose crmdesk made, in the window's language
    active = [f"✓ {words(title).split()[0]}" for title, state in row.consents if state in consent.ACTIVE_STATES]
    other = [f"{MARKS.get(state, '?')} {words(title).split()[0]}" for title, state in row.consents
             if state not in consent.ACTIVE_STATES]
    if active:
        return " ".join(active + other)
    return " ".join([f"⚠ {QCoreApplication.translate('ContactTableModel', NO_BASIS)}"] + other)

Requester = Callable[[int, str, str, Cursor | None], None]

# A row as the model keeps it: a plain tuple of the ContactRow's fields, then the six texts the table
# shows and whether the row has no lawful basis. Python's collector stops tracking a plain tuple of
# text, so 100,000 rows scrolled into view never lengthen its full collections (see ui.collector).
_NAMES = [f.name for f in fields(ContactRow)]
FIELDS = len(_NAMES)
ID_AT, CONSENTS_AT = _NAMES.index("id"), _NAMES.index("consents")
SHOWN = FIELDS  # where the six shown texts begin
NO_BASIS_AT = SHOWN + len(COLUMNS)


def _kept(row: ContactRow) -> tuple:
    return (*(getattr(row, name) for name in _NAMES), row.display_name, consent_text(row), row.email,
            row.phone, row.organisation, translation.day(row.last_interaction_at),
            not any(state in consent.ACTIVE_STATES for _, state in row.consents))


@dataclass(frozen=True, slots=True)
class Rows:
    """A page as the model keeps it (see ``_kept``), made where the page was read, off the UI thread."""

    kept: list[tuple]
    next: Cursor | None

    @classmethod
    def of(cls, page: Page) -> Rows:
        return cls([_kept(row) for row in page.rows], page.next)


class ContactTableModel(QAbstractTableModel):
    """``request(generation, query, order, after)`` must eventually call
    ``page_loaded(generation, Rows.of(page), after)``; it may do so at once."""

    loading_changed = Signal(bool)

    def __init__(self, request: Requester, parent=None):
        super().__init__(parent)
        self._request = request
        self._rows: list[tuple] = []  # see _kept
        self._next: Cursor | None = None
        self._generation = 0
        self._loading = False
        self.query = ""
        self.order = "name"

    @property
    def generation(self) -> int:
        """The number of the newest request; an answer to an older one is dropped."""
        return self._generation

    @property
    def loading(self) -> bool:
        return self._loading

    # -- requests ----------------------------------------------------------
    def reload(self, query: str | None = None, order: str | None = None) -> None:
        """Start over with a new search text and/or order."""
        if query is not None:
            self.query = query
        if order is not None:
            self.order = order
        self._generation += 1
        self._set_loading(True)
        self._request(self._generation, self.query, self.order, None)

    def page_loaded(self, generation: int, page: Rows, after: Cursor | None) -> None:
        if generation != self._generation:
            return  # an answer to a search the user has already changed
        self._set_loading(False)
        if after is None:
            self.beginResetModel()
            self._rows = page.kept
            self._next = page.next
            self.endResetModel()
            return
        self._next = page.next
        if page.kept:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.kept) - 1)
            self._rows.extend(page.kept)
            self.endInsertRows()

    def load_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- paging --------------------------------------------------------------
    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent=_ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._set_loading(True)
        self._request(self._generation, self.query, self.order, self._next)

    # -- the table -------------------------------------------------------------
    def row_at(self, row: int) -> ContactRow:
        return ContactRow(*self._rows[row][:FIELDS])

    def row_of(self, contact_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r[ID_AT] == contact_id), None)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1]:
            return self.tr("Click to sort by this column")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Painting asks for seven roles of every cell in view; the ones the list never sets are
        # answered before anything else is looked at.
        if role in _UNSET:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        column = index.column()
        if role == _DISPLAY:
            return row[SHOWN + column]
        if role == _FOREGROUND:
            return QBrush(colours.colour("no_basis")) if column == CONSENT_COLUMN and row[NO_BASIS_AT] else None
        if role == ContactIdRole:
            return row[ID_AT]
        if role == ContactRowRole:
            return ContactRow(*row[:FIELDS])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CONSENT_COLUMN:
                lang = translation.lang()
                return "\n".join(f"{lang.gettext(title)}: {consent.state_words(lang, state)}"
                                 for title, state in row[CONSENTS_AT]) or self.tr(
                    "No consent and no other lawful basis on record; record one before using this data.")
            return row[SHOWN + column]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Name (A→Z) or last contact (newest first); other columns keep the order.
        Search results always come by name."""
        wanted = COLUMNS[column][1]
        if wanted and wanted != self.order:
            self.reload(order=wanted)
