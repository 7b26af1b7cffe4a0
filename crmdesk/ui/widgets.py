"""Small building blocks every page uses, so pages look alike."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from PySide6.QtCore import QAbstractItemModel, QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import CrmdeskError
from crmdesk.ui import translation
from crmdesk.ui.fitted_table import FittedTable


def add_page_header(layout: QVBoxLayout, title: str, intro: str) -> None:
    """A page's title and a sentence or two on what the page is for."""
    heading = QLabel(title)
    heading.setObjectName("pagetitle")
    text = QLabel(intro, wordWrap=True)
    text.setObjectName("hint")
    layout.addWidget(heading)
    layout.addWidget(text)


def make_table(model: QAbstractItemModel, *, name: str, stretch_column: int | None = None,
               fit: bool = True, wrap: bool = True) -> QTableView:
    """A read-only table of whole rows; ``stretch_column`` takes the spare width (default: the last column).
    With ``fit`` its columns share the width it has, long texts wrapped unless ``wrap`` is False
    (``FittedTable``); without, each column is as wide as its contents, for a table of so many rows
    that measuring them would stall the window."""
    table = FittedTable(stretch_column, wrap=wrap) if fit else QTableView()
    table.setAccessibleName(name)  # what screen readers call it
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table: no trap; the arrows move inside
    if not fit:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


class DurationSpinBox(QSpinBox):
    """A number of days, weeks, months or years, written with its unit in the window's language and in
    the form its number takes ("1 Monat", "24 Monate", "5 miesięcy"); typing the number alone is enough."""

    def __init__(self, unit: str, *, minimum: int = 0, maximum: int = 999, parent: QWidget | None = None):
        super().__init__(parent)
        self.unit = unit
        self.setRange(minimum, maximum)

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self.lineEdit().setText(self.textFromValue(self.value()))

    def textFromValue(self, value: int) -> str:  # noqa: N802 — Qt's name
        return translation.lang().duration(value, self.unit)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        digits = re.sub(r"\D", "", text)
        return int(digits) if digits else self.value()

    def validate(self, text: str, position: int) -> tuple:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, position
        digits = re.sub(r"\D", "", text)
        if not digits:
            return QValidator.State.Intermediate, text, position
        if int(digits) > self.maximum():
            return QValidator.State.Invalid, text, position
        return (QValidator.State.Acceptable if int(digits) >= self.minimum() else QValidator.State.Intermediate,
                text, position)


class ReadWhenShown(QWidget):
    """A page or tab that reads the vault again after a change only while it
    is shown; hidden, it notes that it is behind and reads when shown next
    (an import's every batch would otherwise have every hidden page count
    over the whole vault). Subclasses read in ``refresh`` and connect their
    Refresher to ``changed``."""

    stale = True

    def changed(self, _changes=None) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class ReturnSubmitsNothing:
    """For a dialog whose submission stays for good (a breach report, an assessment, a confirmed
    briefing): Return in a field submits nothing, only a click or the button's shortcut does. Mixed in
    before ``QDialog``; Qt makes a button box's first accept button the default as the dialog is shown,
    so every button is made no default then."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


def reading_pane(name: str) -> QPlainTextEdit:
    """Text to read, not to edit: Tab moves on, and a screen reader says what it is."""
    pane = QPlainTextEdit(readOnly=True)
    pane.setAccessibleName(name)
    pane.setTabChangesFocus(True)
    return pane


class ResultLine(QLabel):
    """The outcome of an action, green when good and red when bad (style.qss)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("result")
        self.setWordWrap(True)

    def show_result(self, state: str, text: str) -> None:
        """``state``: "good", "bad" or "" (neither)."""
        self.setProperty("state", state)
        self.setText(text)
        self.style().polish(self)

    def show_error(self, exc: CrmdeskError) -> None:
        """The error's sentence and, for a failed check, every problem found."""
        self.show_result("bad", "\n".join(dict.fromkeys([exc.message, *getattr(exc, "problems", [])])))


def choice_combo(choices: dict[str, str], *, leave_out: tuple[str, ...] = ()) -> QComboBox:
    """A combo box of core's ``{code: words}`` (marked ``N_`` there): the words shown in the window's
    language, the code as data."""
    combo = QComboBox()
    for code, words in choices.items():
        if code not in leave_out:
            combo.addItem(translation.lang().gettext(words), code)
    return combo


def language_combo(name: str, default: str = "") -> QComboBox:
    """crmdesk's languages, each named in itself (not translated), the code as data; with ``default``
    first the words for "none chosen" (data "": the shop's, the computer's…)."""
    from crmdesk.core.language import LANGUAGES

    combo = QComboBox()
    combo.setObjectName(name)
    if default:
        combo.addItem(default, "")
    for code, words in LANGUAGES.items():
        combo.addItem(words, code)
    return combo


def phone_regions(cldr: str) -> list[tuple[str, str]]:
    """The countries phone numbers can belong to, named in the language ``cldr`` ("Poland (PL)", code),
    by name. CLDR's names take a tenth of a second to load: call it off the UI thread where it can be."""
    from babel import Locale

    names = Locale.parse(cldr).territories
    named = ((names.get(code) or QLocale.territoryToString(QLocale.codeToTerritory(code)), code)
             for code in phonenumbers.SUPPORTED_REGIONS)
    return [(f"{name} ({code})", code)
            for name, code in sorted(named, key=lambda pair: unicodedata.normalize("NFKD", pair[0]).casefold())]


def fill_combo(combo: QComboBox, choices: list[tuple[str, str]], selected: str) -> None:
    """``combo`` holding (words, code) ``choices``, ``selected`` chosen; typing a name's first letters finds it."""
    combo.clear()
    for words, code in choices:
        combo.addItem(words, code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))


def region_combo(selected: str) -> QComboBox:
    """The countries phone numbers can belong to, by name ("Poland (PL)"), the
    two-letter code as data; typing a name's first letters finds it."""
    combo = QComboBox()
    fill_combo(combo, phone_regions(translation.lang().cldr), selected)
    return combo
