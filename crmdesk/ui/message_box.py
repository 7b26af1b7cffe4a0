"""One way to ask and tell, so tests can give the next answer.

Every message box in crmdesk goes through ``MessageBox``. Tests set
``MessageBox.next_answers`` to answer the next questions without showing
anything, and read ``MessageBox.shown`` to see what the user was told.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


class MessageBox:
    next_answers: list[QMessageBox.StandardButton | str] = []  # a text answers ``ask_text``
    shown: list[tuple[str, str]] = []
    testing: bool = False

    @classmethod
    def _show(cls, icon, parent: QWidget | None, title: str, text: str,
              buttons=QMessageBox.StandardButton.Ok,
              default=QMessageBox.StandardButton.Ok, details: str = "") -> QMessageBox.StandardButton:
        cls.shown.append((title, f"{text}\n\n{details}" if details else text))
        if cls.next_answers:
            return cls.next_answers.pop(0)
        if cls.testing:
            return default
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        if details:
            box.setDetailedText(details)  # behind "Show Details…", so a long list never outgrows the screen
        return QMessageBox.StandardButton(box.exec())

    @classmethod
    def error(cls, parent, title: str, text: str) -> None:
        cls._show(QMessageBox.Icon.Warning, parent, title, text)

    @classmethod
    def info(cls, parent, title: str, text: str, details: str = "") -> None:
        cls._show(QMessageBox.Icon.Information, parent, title, text, details=details)

    @classmethod
    def confirm(cls, parent, title: str, text: str, action: str = "OK") -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
        return cls._show(QMessageBox.Icon.Question, parent, title, text, yes | no, no) == yes

    @classmethod
    def ask_text(cls, parent, title: str, text: str) -> str | None:
        """A line the user types, stripped; None when they cancel or leave it empty."""
        cls.shown.append((title, text))
        if cls.next_answers:
            answer = cls.next_answers.pop(0)
            return answer.strip() or None if isinstance(answer, str) else None
        if cls.testing:
            return None
        value, ok = QInputDialog.getText(parent, title, text)
        return value.strip() or None if ok else None
