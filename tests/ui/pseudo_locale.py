"""A pseudo-language for the window: every text Qt's translation system hands out comes back wrapped
in ⟦ ⟧, and every (context, text) asked for is recorded. A visible text without the brackets never
went through tr(); a recorded one the .ts catalogues lack would stay English in every language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

OPEN, CLOSE = "\u27e6", "\u27e7"
_TAGS = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]{2,}")


class PseudoTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt naming
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if not source:
            return source
        self.asked.add((context, source))
        return f"{OPEN}{source}{CLOSE}"


def _texts(widget: QWidget) -> list[str]:
    found = []
    if isinstance(widget, QLabel):
        found.append(_TAGS.sub(" ", widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QTabWidget):
        found += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        found.append(widget.placeholderText())
    if isinstance(widget, QComboBox) and not widget.isEditable():
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        found += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: no columns to name
            columns = 0
        found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    if isinstance(widget, QMainWindow) or widget.isWindow():
        found.append(widget.windowTitle())
    found += [action.text() for action in QWidget.actions(widget)]  # unbound: a page may name a layout "actions"
    found.append(QWidget.toolTip(widget))
    return found


def untranslated(root: QWidget, data: set[str] = frozenset(), skip: tuple[str, ...] = ()) -> list[str]:
    """Visible words under ``root`` that did not pass through the translator (``data``: the vault's own
    values that may show, such as the shop's or a user's name; ``skip``: the object names of widgets
    that show names, not texts)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in skip or _in_calendar(widget):
            continue
        for text in _texts(widget):
            rest, depth = "", 0
            for char in text:  # what the translator gave, with what was filled into it (brackets nest)
                depth += char == OPEN
                if not depth:
                    rest += char
                depth -= char == CLOSE and depth > 0
            for value in sorted(data, key=len, reverse=True):
                rest = rest.replace(value, " ")
            if _WORD.search(rest):
                missing.append(f"{type(widget).__name__} {widget.objectName() or ''}: {text!r}")
    return sorted(set(missing))


def _in_calendar(widget: QWidget) -> bool:
    """Qt's calendar names the months and weekdays from QLocale (CLDR), in the window's language."""
    while widget is not None:
        if isinstance(widget, QCalendarWidget):
            return True
        widget = widget.parentWidget()
    return False


def catalogue(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    root = ElementTree.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


def pseudo_language():
    """The same wrapping for the texts core and reports translate (gettext), as the window asks for them
    (``translation.lang()``)."""
    from tests.support.pseudo_language import PseudoLanguage

    return PseudoLanguage()
