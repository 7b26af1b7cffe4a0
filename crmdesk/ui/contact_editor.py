"""The editable form of one contact, with validation shown inline.

It turns a ``Contact`` into fields and fields back into a ``ContactInput``;
saving is the page's job. Problems that stop saving appear in red under the
form; doubtful values (an odd e-mail address) in amber, saved anyway.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, Contact, ContactInput, Labelled
from crmdesk.io.csv_import import parse_birthday, parse_date
from crmdesk.ui import translation
from crmdesk.ui.widgets import language_combo


class KindDelegate(QStyledItemDelegate):
    """The kind column of a phone list: a choice of the kinds, edited in place
    (F2, a double click or a typed letter), the stored word kept in UserRole."""

    def __init__(self, kinds: dict[str, str], parent=None):
        super().__init__(parent)
        self.kinds = kinds

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt naming
        editor = QComboBox(parent)
        for stored, shown in self.kinds.items():
            editor.addItem(shown, stored)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt naming
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole) or "")))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt naming
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class LabelledListEdit(QWidget):
    """A small table of (label, value) rows with add and remove buttons; with
    ``kinds`` (a phone's: stored word → shown word) a choice of kind first."""

    changed = Signal()

    def __init__(self, value_header: str, parent=None, kinds: dict[str, str] | None = None):
        super().__init__(parent)
        self.kinds = kinds
        self.first = 1 if kinds else 0  # the label's column
        self.table = QTableWidget(0, self.first + 2)
        self.table.setAccessibleName(value_header)
        self.table.setTabKeyNavigation(False)  # Tab moves on through the form
        self.table.setHorizontalHeaderLabels(([self.tr("Kind")] if kinds else []) + [self.tr("Label"), value_header])
        self.table.verticalHeader().setVisible(False)
        for column in range(self.first + 1):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(self.first + 1, QHeaderView.ResizeMode.Stretch)
        if kinds:
            self.table.setItemDelegateForColumn(0, KindDelegate(kinds, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(96)
        self.add_button = QPushButton("+")
        self.remove_button = QPushButton("−")
        for button, tip in ((self.add_button, self.tr("Add a row")), (self.remove_button, self.tr("Remove the selected row"))):
            button.setFixedWidth(28)
            button.setToolTip(tip)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add(Labelled("")))
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(self.changed)

    def add(self, item: Labelled) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if self.kinds is not None:
            kind = QTableWidgetItem(self.kinds.get(item.kind, item.kind))
            kind.setData(Qt.ItemDataRole.UserRole, item.kind)
            self.table.setItem(row, 0, kind)
        self.table.setItem(row, self.first, QTableWidgetItem(item.label or ""))
        self.table.setItem(row, self.first + 1, QTableWidgetItem(item.value))
        if not item.value:
            self.table.editItem(self.table.item(row, self.first + 1))
        self.changed.emit()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)
        self.changed.emit()

    def set_items(self, items: list[Labelled]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in items:
            self.add(item)
        self.table.blockSignals(False)

    def items(self) -> list[Labelled]:
        result = []
        for row in range(self.table.rowCount()):
            label, value = self.table.item(row, self.first), self.table.item(row, self.first + 1)
            kind = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) or "" if self.kinds is not None else ""
            if value and value.text().strip():
                result.append(Labelled(value.text().strip(), label.text().strip() if label else "", kind))
        return result

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setEditTriggers(triggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)


class MessageLine(QLabel):
    """A line of feedback that takes no room while it has nothing to say."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.setObjectName(kind)
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.setVisible(bool(text))


def _date_examples() -> dict[str, str]:
    """A birthday with and without its year, as the window's language types them: the fields' hints."""
    lang = translation.lang()
    return {"date": lang.typed_date(date(1980, 4, 23)), "day": lang.typed_day_and_month(4, 23)}


def _parse_date(text: str) -> date | None:
    """YYYY-MM-DD or the way people write dates (31.12.1990, 31/12/1990)."""
    return parse_date(text)


class ContactEditor(QWidget):
    """Emits ``edited`` whenever a field changes."""

    edited = Signal()

    def __init__(self, region: str, parent=None):
        super().__init__(parent)
        self.region = region
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.display = QLineEdit(placeholderText=self.tr("shown as given and family name"))
        self.organisation = QLineEdit()
        self.job_title = QLineEdit()
        self.emails = LabelledListEdit(self.tr("E-mail address"))
        self.phones = LabelledListEdit(self.tr("Number"), kinds={
            "": "", "mobile": self.tr("mobile"), "home": self.tr("home"), "work": self.tr("work"),
            "fax": self.tr("fax"), "pager": self.tr("pager"), "other": self.tr("other")})
        self.street = QLineEdit(placeholderText=self.tr("street and number"))
        self.postal_code = QLineEdit(placeholderText=self.tr("postal code"))
        self.postal_code.setMaximumWidth(110)
        self.city = QLineEdit(placeholderText=self.tr("city"))
        self.country = QLineEdit(placeholderText=self.tr("country"))
        for field, name in ((self.postal_code, self.tr("Postal code")), (self.city, self.tr("City")),
                            (self.country, self.tr("Country"))):
            field.setAccessibleName(name)
        # Dates show in the figures of the window's language (23.04.1980, 23/04/1980: day first in all of
        # them); 1980-04-23 is read too.
        examples = _date_examples()
        self.birthday = QLineEdit(placeholderText=self.tr("e.g. {date}, or {day} (no year)").format(**examples))
        self.birthday.setToolTip(self.tr("Day, month and year ({date}), or day and month only ({day}); "
                                         "1980-04-23 is understood too").format(**examples))
        self.websites = LabelledListEdit(self.tr("Web address"))
        self.tags = QLineEdit(placeholderText=self.tr("comma-separated, e.g. VIP, Newsletter"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.source = QLineEdit(placeholderText=self.tr("where the data came from"))
        self.since = QLineEdit(placeholderText=self.tr("e.g. {date}; empty: today").format(
            date=translation.lang().typed_date(date(2019, 3, 1))))
        self.language = language_combo("language", self.tr("the shop's language"))
        self.language.setToolTip(self.tr("The language of the letters and reports this person receives, such as "
                                         "the access report"))
        self.problems = MessageLine("error")
        self.doubts = MessageLine("warning")
        for name in ("given", "family", "organisation", "birthday", "since"):
            getattr(self, name).setObjectName(name)

        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Given name:"), self.given)
        form.addRow(self.tr("Family name:"), self.family)
        form.addRow(self.tr("Shown as:"), self.display)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Job title:"), self.job_title)
        form.addRow(self.tr("E-mail:"), self.emails)
        form.addRow(self.tr("Phone:"), self.phones)
        form.addRow(self.tr("Address:"), self.street)
        form.addRow("", place)
        form.addRow("", self.country)
        form.addRow(self.tr("Birthday:"), self.birthday)
        form.addRow(self.tr("Websites:"), self.websites)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Customer since:"), self.since)
        form.addRow(self.tr("Letters in:"), self.language)
        # The form edits the first address; further ones (from imports) are kept as they are.
        self._address_label = ""
        self._extra_addresses: list[Address] = []
        for widget in self._line_edits():
            widget.textEdited.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.emails.changed.connect(self._changed)
        self.phones.changed.connect(self._changed)
        self.websites.changed.connect(self._changed)
        self.language.activated.connect(lambda _index: self._changed())

    def _line_edits(self) -> list[QLineEdit]:
        return [self.given, self.family, self.display, self.organisation, self.job_title, self.street,
                self.postal_code, self.city, self.country, self.birthday, self.tags,
                self.source, self.since]

    def _changed(self) -> None:
        self.check()
        self.edited.emit()

    def show_contact(self, contact: Contact | None) -> None:
        """Fill the form (``None``: empty, for a new contact)."""
        c = contact or Contact()
        lists = [self.emails.table, self.phones.table, self.websites.table]
        for widget in self._line_edits() + [self.notes, *lists]:
            widget.blockSignals(True)
        self.given.setText(c.given_name)
        self.family.setText(c.family_name)
        self.display.setText(c.chosen_display_name)
        self.organisation.setText(c.organisation)
        self.job_title.setText(c.job_title)
        self.emails.set_items(c.emails)
        self.phones.set_items(c.phones)
        address = c.addresses[0] if c.addresses else Address()
        self._address_label = address.label
        self.street.setText(address.street)
        self.postal_code.setText(address.postal_code)
        self.city.setText(address.city)
        self.country.setText(address.country)
        lang = translation.lang()
        self.birthday.setText(c.birthday.typed(lang) if c.birthday else "")
        self.websites.set_items(c.websites)
        self.tags.setText(", ".join(c.tags))
        self.notes.setPlainText(c.notes)
        self.source.setText(c.source)
        self.since.setText(lang.typed_date(c.since) if c.since else "")
        self.language.setCurrentIndex(max(0, self.language.findData(c.language)))
        for widget in self._line_edits() + [self.notes, *lists]:
            widget.blockSignals(False)
        self.problems.setText("")
        self.doubts.setText("")
        self._extra_addresses = c.addresses[1:]

    def value(self) -> ContactInput:
        """The form as input for core; raises ValueError for a malformed date."""
        address = Address(self._address_label, self.street.text().strip(), self.postal_code.text().strip(),
                          self.city.text().strip(), "", self.country.text().strip())
        return ContactInput(
            given_name=self.given.text(), family_name=self.family.text(),
            display_name=self.display.text(), organisation=self.organisation.text(),
            job_title=self.job_title.text(), emails=self.emails.items(), phones=self.phones.items(),
            addresses=([address] if not address.is_empty() else []) + self._extra_addresses,
            birthday=parse_birthday(self.birthday.text()), websites=self.websites.items(),
            notes=self.notes.toPlainText(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            source=self.source.text(), since=_parse_date(self.since.text()), language=self.language.currentData(),
        )

    def check(self) -> bool:
        """Show problems and doubts; True when the form can be saved."""
        try:
            data = self.value()
        except ValueError:
            self.problems.setText(self.tr("Write dates with day, month and year, for example {date} (a birthday "
                                          "without its year as {day}).").format(**_date_examples()))
            return False
        problems = contacts.validate(data, date.today())
        self.problems.setText(" ".join(problems.values()))
        self.doubts.setText(" ".join(contacts.warnings(data, self.region)))
        return not problems


    def set_read_only(self, read_only: bool) -> None:
        for widget in self._line_edits():
            widget.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self.emails.setReadOnly(read_only)
        self.phones.setReadOnly(read_only)
        self.websites.setReadOnly(read_only)
