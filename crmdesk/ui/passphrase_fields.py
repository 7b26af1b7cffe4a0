"""Two passphrase fields with a strength hint and a match check."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from crmdesk.core.vault import passphrase as strength
from crmdesk.core.vault.lifecycle import MIN_PASSPHRASE_LENGTH

_COLOURS = ["#c0392b", "#d35400", "#b7950b", "#27ae60", "#1e8449"]


class PassphraseFields(QWidget):
    """Emits ``changed`` as the user types; ``is_acceptable()`` says if both agree."""

    changed = Signal()

    def __init__(self, first_label: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setObjectName("new_passphrase")
        self.second.setObjectName("repeat_passphrase")
        self.meter = QProgressBar(maximum=4, textVisible=False)
        self.meter.setFixedHeight(6)
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("hint")
        self.mismatch = QLabel(wordWrap=True)
        self.mismatch.setObjectName("error")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label or self.tr("Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow("", self.mismatch)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        return len(self.first.text()) >= MIN_PASSPHRASE_LENGTH and self.first.text() == self.second.text()

    def _update(self) -> None:
        result = strength.estimate(self.first.text())
        self.meter.setValue(result.score)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[result.score]}; }}")
        self.hint.setText(f"{result.label}. {result.advice}" if self.first.text() else result.advice)
        if self.second.text() and self.second.text() != self.first.text():
            self.mismatch.setText(self.tr("The two passphrases differ."))
        else:
            self.mismatch.setText("")
        self.changed.emit()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
