"""Where an access report goes, and the password that protects its PDF.

The password is typed twice, with the strength hint the vault passphrases
have; it is optional, and given to the person separately. A folder chosen
once is offered again next time, so a refused password never loses it. When
the shop's postal address (the letter's sender) is empty, the dialog says
so before the report is made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.vault import passphrase as strength
from crmdesk.reports.subject_files import MIN_PASSWORD
from crmdesk.ui import placement
from crmdesk.ui.widgets import language_combo

LAST_FOLDER = "export/last_folder"


class ExportReportDialog(QDialog):
    """``target()`` is (folder, password or None, language) once accepted."""

    def __init__(self, reference: str, *, sender_missing: bool, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the access report — {0}").format(reference))
        self.folder = QLineEdit(QSettings().value(LAST_FOLDER, str(Path.home())))
        self.folder.setObjectName("folder")
        self.folder.setAccessibleName(self.tr("Folder"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAutoDefault(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("pdf_password")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat_pdf_password")
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("hint")
        self.language = language_combo("report_language")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(self.tr("The person's language (on their contact), else the shop's (Settings)"))
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("error")
        self.sender = QLabel(self.tr(
            "The shop's postal address is empty, so the letter has no sender; fill it in under Settings → "
            "The shop as controller first, or export anyway."), wordWrap=True)
        self.sender.setObjectName("warning")
        self.sender.setVisible(sender_missing)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("PDF password:"), self.password)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow("", self.hint)
        form.addRow(self.tr("Language:"), self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The PDF letter and the data as JSON go into the folder. A password protects the PDF; give it to "
            "the person separately (leave both fields empty for none)."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.sender)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # once inside the dialog: Return exports, never cancels
        self.choose.clicked.connect(self._choose)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        placement.fit(self, 560, 320)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the access report"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _update(self) -> None:
        typed = self.password.text()
        result = strength.estimate(typed)
        self.hint.setText(f"{result.label}. {result.advice}" if typed else self.tr("No password: anyone with the "
                                                                                  "file can read it."))
        self.problem.setText("")

    def problem_text(self) -> str:
        """Why the export cannot start yet ('' when it can)."""
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            return self.tr("Choose a folder that exists.")
        typed, again = self.password.text(), self.repeat.text()
        if typed != again:
            return self.tr("The two passwords differ; type the same one twice.")
        if typed and len(typed) < MIN_PASSWORD:
            return self.tr("The password is shorter than {0} characters; choose a longer one.").format(MIN_PASSWORD)
        return ""

    def _accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            return
        QSettings().setValue(LAST_FOLDER, str(Path(self.folder.text().strip()).expanduser()))
        self.accept()

    def target(self) -> tuple[Path, str | None, str]:
        return Path(self.folder.text().strip()).expanduser(), self.password.text() or None, self.language.currentData()
