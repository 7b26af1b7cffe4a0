"""Reviewing possible duplicates: two contacts who share an e-mail address, a
phone number (under different names), or a name and a town, or a contact
added again on purpose (an import with duplicates "new", or by hand).

Opening the review looks through the whole vault for such pairs first (for
those who may edit). For each pair the reviewer merges them, side by side
in ``MergeDialog`` (each field of one value taken from either contact, the
rest joined, both histories kept), or says they are different people;
either is audited and the list follows. Reads and changes run off the UI
thread.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.language import capitalised
from crmdesk.core.people import contacts, duplicates
from crmdesk.core.people.contact_model import Contact, label_words
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.vault.gate import CONTACTS
from crmdesk.ui import placement, translation
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import ResultLine, make_table


class PairTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("PairTableModel", "In the vault before"),
               QT_TRANSLATE_NOOP("PairTableModel", "Added later"), QT_TRANSLATE_NOOP("PairTableModel", "Why"),
               QT_TRANSLATE_NOOP("PairTableModel", "Found"))

    def cell(self, pair: duplicates.PossibleDuplicate, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return (pair.earlier_name, pair.added_name, translation.lang().gettext(pair.reason), translation.day(pair.found_at))[column]
        return None


class DuplicatesDialog(QDialog):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(self.tr("Possible duplicates"))
        placement.fit(self, 720, 420)
        intro = QLabel(self.tr(
            "Each pair shares an e-mail address, a phone number (a family's home phone, a shop's landline, or "
            "one person written two ways), or a name and a town, or was added again on purpose. Merge them only "
            "if they are one person; the merged contact keeps both histories."), wordWrap=True)
        intro.setObjectName("hint")
        self.model = PairTableModel(self)
        self.table = make_table(self.model, stretch_column=2, name=self.tr("Possible duplicates"))
        may_edit = allows(access.session.role, Permission.EDIT)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.apart_button = QPushButton(self.tr("Different people"))
        for button in (self.merge_button, self.apart_button):
            button.setVisible(may_edit)
        self.result = ResultLine()
        self.merging: MergeDialog | None = None  # the side-by-side view of the pair being merged
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.apart_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge)
        self.apart_button.clicked.connect(self.keep_apart)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        Refresher(self, access, (CONTACTS,), lambda _changes: self.refresh())
        if may_edit:  # pairs typed twice by hand, or in the vault from before, are found on the way in
            self.result.show_result("", self.tr("Looking through the vault…"))
            access.operation(self, duplicates.look_for, self._looked, failed=self.result.show_error)
        self.refresh()

    def _looked(self, found: int) -> None:
        self.result.show_result("good", self.tr("Found 1 new pair.") if found == 1 else self.tr(
            "Found {0} new pairs.").format(found) if found else self.tr("Looked through the vault: nothing new."))
    def refresh(self) -> None:
        self.access.query(self, duplicates.list_possible, self._listed, failed=self.result.show_error)

    def _listed(self, pairs: list) -> None:
        self.model.set_records(pairs)
        if pairs:
            self.table.selectRow(0)
        elif not self.result.text():  # keep what the last merge or "different people" said
            self.result.show_result("good", self.tr("Nothing is waiting for review."))
        self._update_buttons()

    def selected(self) -> duplicates.PossibleDuplicate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.apart_button.setEnabled(chosen)

    def merge(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        self.merge_button.setEnabled(False)
        self.access.query(self, lambda s: (contacts.get_contact(s, pair.earlier_id),
                                           contacts.get_contact(s, pair.added_id)),
                          self._compare, failed=self._not_compared)

    def _not_compared(self, exc) -> None:
        self._update_buttons()
        self.result.show_error(exc)

    def _compare(self, both: tuple[Contact, Contact]) -> None:
        self._update_buttons()
        keep, other = both
        self.merging = MergeDialog(keep, other, self)
        self.merging.accepted.connect(lambda: self._merge(keep, other, self.merging.taken()))
        self.merging.open()

    def _merge(self, keep: Contact, other: Contact, take: list[str]) -> None:
        self.access.operation(self, lambda s: duplicates.merge(s, keep.id, other.id, take),
                              lambda kept: self.result.show_result("good", self.tr("Merged into {0}.").format(
                                  kept.display_name)), failed=self.result.show_error, busy=self)

    def keep_apart(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        self.access.operation(self, lambda s: duplicates.dismiss(s, pair.added_id, pair.earlier_id),
                              lambda _none: self.result.show_result("good", self.tr(
                                  "Noted: they are different people.")), failed=self.result.show_error, busy=self)


def _one_value(contact: Contact, name: str) -> str:
    value = getattr(contact.as_input(), name)
    if name == "language" and value:
        return capitalised(translation.lang().language_name(value))
    return value.shown(translation.lang()) if name == "birthday" and value else (value or "")


_LISTS = (("emails", QT_TRANSLATE_NOOP("MergeDialog", "E-mail:")), ("phones", QT_TRANSLATE_NOOP("MergeDialog", "Phone:")),
          ("addresses", QT_TRANSLATE_NOOP("MergeDialog", "Address:")),
          ("websites", QT_TRANSLATE_NOOP("MergeDialog", "Website:")), ("tags", QT_TRANSLATE_NOOP("MergeDialog", "Tags:")),
          ("notes", QT_TRANSLATE_NOOP("MergeDialog", "Notes:")))


def _list_text(contact: Contact, name: str) -> str:
    values = getattr(contact, name)
    if name == "notes":
        return values
    if name == "tags":
        return ", ".join(values)
    lang = translation.lang()
    return "\n".join((f"{label_words(v.label, lang)}: " if v.label else "") + v.one_line() if name == "addresses"
                     else (f"{v.described_in(lang)}: " if v.described else "") + v.value for v in values)


class MergeDialog(QDialog):
    """Two contacts side by side. Where a field of one value differs, the
    reviewer chooses which to keep (the earlier contact's at first); e-mails,
    numbers, addresses, web addresses, tags and notes of both are kept.
    Enter merges nothing: the Merge button must be pressed."""

    def __init__(self, keep: Contact, other: Contact, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two contacts"))
        placement.fit(self, 780, 560)
        self._choices: dict[str, QRadioButton] = {}  # field → the button that takes the other's value
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, (contact, words) in enumerate(((keep, self.tr("In the vault before")),
                                                   (other, self.tr("Added later"))), start=1):
            heading = QLabel(f"<b>{escape(words)}</b><br>{escape(contact.display_name)}", wordWrap=True)
            heading.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(heading, 0, column)
        row = 1
        for name, words in duplicates.CHOSEN.items():
            mine, theirs = _one_value(keep, name), _one_value(other, name)
            if not (mine or theirs):
                continue
            words = capitalised(translation.lang().gettext(words))
            grid.addWidget(QLabel(self.tr("{0}:").format(words)), row, 0, Qt.AlignmentFlag.AlignTop)
            same_day = name == "birthday" and mine and theirs and (keep.birthday.month, keep.birthday.day) == (
                other.birthday.month, other.birthday.day)  # one with its year: the merge keeps that one
            if mine and theirs and mine != theirs and not same_day:
                group = QButtonGroup(self)
                for column, text in ((1, mine), (2, theirs)):
                    button = QRadioButton(text)
                    button.setAccessibleName(f"{words}: {text}")
                    group.addButton(button)
                    grid.addWidget(button, row, column)
                    if column == 1:
                        button.setChecked(True)
                    else:
                        self._choices[name] = button
            else:
                for column, text in ((1, mine), (2, theirs)):
                    value = QLabel(text, wordWrap=True)
                    kept = (column == 1) != (not mine or (same_day and other.birthday.year is not None))
                    value.setEnabled(bool(text) and kept)  # the value the merge keeps shows as such
                    grid.addWidget(value, row, column)
            row += 1
        for name, words in _LISTS:
            mine, theirs = _list_text(keep, name), _list_text(other, name)
            if not (mine or theirs):
                continue
            grid.addWidget(QLabel(self.tr(words)), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, text in ((1, mine), (2, theirs)):
                value = QLabel(text, wordWrap=True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, row, column, Qt.AlignmentFlag.AlignTop)
            row += 1
        grid.setRowStretch(row, 1)
        fields = QWidget()
        fields.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        note = QLabel(self.tr(
            "Choose the value to keep where the two differ. E-mail addresses, numbers, addresses, web addresses, "
            "tags and notes of both are kept, and so are their interactions, consents and requests. The contact "
            "added later then goes."), wordWrap=True)
        note.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # The button box makes Merge the default when shown; a merge is not undone, so Enter on a
        # choice does nothing, and only a press of Merge itself merges.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPushButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def taken(self) -> list[str]:
        """The fields whose value comes from the contact added later."""
        return [name for name, button in self._choices.items() if button.isChecked()]
