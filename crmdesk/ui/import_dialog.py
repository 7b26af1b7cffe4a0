"""The import dialog: choose a file, check the columns, try it, import it.

Reading the file, the dry run and the import all run off the UI thread; the
import shows progress and can be cancelled, and since it is one transaction
a cancelled import leaves nothing behind. The result lists every row that
was merged or skipped, with its reason.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.imports import importing
from crmdesk.core.language import tr as message_tr
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import purposes
from crmdesk.io.contact_files import open_contacts_file
from crmdesk.io.csv_import import FIELD_KEYS, ImportRecord, ParsedFile, guess_mapping, not_read
from crmdesk.io.text_files import CHARACTER_SETS, ImportFileError
from crmdesk.ui import placement, translation
from crmdesk.ui.tasks import run_task
from crmdesk.ui.vault_access import VaultAccess

PREVIEW_ROWS = 20


# What happened to a row of the file (``importing.RowOutcome.action``), with and without a reason.
ROW_OUTCOMES = {"added": QT_TRANSLATE_NOOP("ImportDialog", "line {0}: added {1} ({2})"),
                "merged": QT_TRANSLATE_NOOP("ImportDialog", "line {0}: merged {1} ({2})"),
                "skipped": QT_TRANSLATE_NOOP("ImportDialog", "line {0}: skipped {1} ({2})")}
ROW_OUTCOMES_PLAIN = {"added": QT_TRANSLATE_NOOP("ImportDialog", "line {0}: added {1}"),
                      "merged": QT_TRANSLATE_NOOP("ImportDialog", "line {0}: merged {1}"),
                      "skipped": QT_TRANSLATE_NOOP("ImportDialog", "line {0}: skipped {1}")}

class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (queued)."""

    advanced = Signal(int, int)


def _read(path: Path, mapping: dict[str, str] | None, characters: str | None = None) -> tuple[ParsedFile, int]:
    """The whole file checked: its columns, its first rows to show, and how
    many contacts it holds. The rest is not kept; an import reads the file
    again, row by row (``_records``), so 100,000 parsed rows never sit in
    the window's memory."""
    try:
        parsed, records = open_contacts_file(path, mapping=mapping, character_set=characters)
        count = 0
        for record in records:
            if count < PREVIEW_ROWS:
                parsed.records.append(record)
            count += 1
        return parsed, count
    except ImportFileError as exc:
        raise CrmdeskError(exc.for_file(path.name)) from None


def _records(path: Path, mapping: dict[str, str] | None, sha256: str,
             characters: str | None = None) -> Iterator[ImportRecord]:
    """The file's contacts, read again one by one as the import takes them.
    A file changed since it was shown (``sha256``: its bytes then) is not
    imported: the person would import what they have not seen."""
    try:
        parsed, records = open_contacts_file(path, mapping=mapping, character_set=characters)
        if parsed.sha256 != sha256:
            raise CrmdeskError(message_tr("{path.name} has changed since it was shown, so "
                                          "nothing was imported; choose it again to see "
                                          "what it holds now.").format(path=path))
        yield from records
    except ImportFileError as exc:
        raise CrmdeskError(exc.for_file(path.name)) from None


class ImportDialog(QDialog):
    """Emits ``imported`` after a real import."""

    imported = Signal()

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.path: Path | None = None
        self._reads = 0  # files read so far
        self.parsed: ParsedFile | None = None
        self.count = 0  # contacts in the file
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Import contacts"))
        placement.fit(self, 860, 640)

        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("CSV from Google Contacts, Outlook or a spreadsheet, or vCard (.vcf)."))
        self.file_label.setObjectName("hint")
        self.file_label.setWordWrap(True)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setAccessibleName(self.tr("Columns of the file and the fields they fill"))
        self.mapping.setTabKeyNavigation(False)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Goes into")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setMaximumHeight(170)
        self.preview = QTableWidget(0, 4)
        self.preview.setAccessibleName(self.tr("The first rows as they would be imported"))
        self.preview.setTabKeyNavigation(False)
        self.preview.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"),
                                                 self.tr("E-mail"), self.tr("Phone")])
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().setVisible(False)
        self.merge = QRadioButton(self.tr("merge into the existing contact"))
        self.skip = QRadioButton(self.tr("skip the row"))
        self.new = QRadioButton(self.tr("import as a new contact"))
        self.merge.setChecked(True)
        self.duplicates = QButtonGroup(self)
        for button, policy in ((self.merge, "merge"), (self.skip, "skip"), (self.new, "new")):
            self.duplicates.addButton(button)
            button.setProperty("policy", policy)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("where these contacts came from, e.g. old customer list"))
        self.basis = QComboBox()
        # The purposes arrive once read, long in some languages: they must not widen the dialog off a small screen.
        self.basis.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basis.setMinimumContentsLength(30)
        self.basis.addItem(self.tr("none yet — find them later with “Without lawful basis”"), None)
        if allows(access.session.role, Permission.CONSENT):
            access.query(self, lambda s: purposes.list_purposes(s, include_retired=False), self._offer_bases)
        self.basis.setToolTip(self.tr(
            "The purpose whose lawful basis applies to everyone in this file: recorded for each contact "
            "with method “imported” and the source as its note. Consent is not offered: it is captured "
            "one person at a time, with its evidence"))
        self.characters = QComboBox()
        self.characters.addItem(self.tr("recognised from the file"), None)
        for name, title in CHARACTER_SETS.items():
            self.characters.addItem(self.tr(title), name)
        self.characters.setToolTip(self.tr(
            "Names with wrong letters (Iksiñski for Iksiński, Ã¼ for ü)? The file did not say its character set "
            "and another was assumed: choose the one it was written in; the rows above show the result"))
        self.progress = QProgressBar(visible=False)
        self.result = QPlainTextEdit(readOnly=True)
        self.result.setAccessibleName(self.tr("What the import did, row by row"))
        self.result.setTabChangesFocus(True)
        self.result.setObjectName("result")
        self.result.setMaximumHeight(130)
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(self.tr("Check (dry run)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.file_label, 1)
        dupes = QHBoxLayout()
        for button in (self.merge, self.skip, self.new):
            dupes.addWidget(button)
        dupes.addStretch()
        options = QFormLayout()
        options.addRow(self.tr("Same e-mail or phone as a known contact:"), dupes)
        options.addRow(self.tr("Source:"), self.source)
        options.addRow(self.tr("Lawful basis:"), self.basis)
        options.addRow(self.tr("Characters:"), self.characters)
        layout = QVBoxLayout(self)
        layout.addLayout(choose_row)
        self.mapping_label = QLabel(self.tr("Columns"))
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel(self.tr("First rows as they will be imported")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(options)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        # Return in a field checks (a dry run changes nothing); only Import itself imports.
        self.check_button.setDefault(True)

        self.choose_button.clicked.connect(self.choose)
        # Other characters may spell the columns otherwise: the file is read afresh, with crmdesk's guesses.
        self.characters.currentIndexChanged.connect(lambda: self.load(self.path) if self.path is not None else None)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.cancel_button.clicked.connect(self._close_or_cancel)
        self._progress.advanced.connect(self._advanced)
        self._running = False
        self._update_buttons()
        # Locking the vault closes the window and this dialog with it: a running
        # import then stops and rolls back instead of going on with the key.
        cancel = self._cancel
        self.destroyed.connect(lambda *_: cancel.set())

    # -- choosing and reading ------------------------------------------------
    @classmethod
    def ask_file(cls, parent: QWidget) -> str:
        """The file to import ('' when cancelled). Tests replace this."""
        path, _ = QFileDialog.getOpenFileName(
            parent, parent.tr("Import contacts"), "",
            parent.tr("Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)"))
        return path

    def choose(self) -> None:
        chosen = self.ask_file(self)
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        self.path = path
        self.parsed = None
        self.file_label.setText(self.tr("Reading {0}…").format(path.name))
        self.result.clear()
        self._update_buttons()
        self._reads += 1
        read = self._reads  # only the latest read is shown (the mapping may change again meanwhile)
        characters = self.characters.currentData()
        run_task(lambda: _read(path, mapping, characters),
                 lambda value: self._parsed(value) if read == self._reads else None,
                 lambda exc: self._failed(exc) if read == self._reads else None, owner=self)

    def _parsed(self, value: tuple[ParsedFile, int]) -> None:
        parsed, self.count = value
        self.parsed = parsed
        kinds = {"google": "Google Contacts CSV", "outlook": "Outlook CSV", "thunderbird": "Thunderbird CSV", "csv": "CSV",
                 "crmdesk": "crmdesk CSV", "vcard": "vCard"}
        self.file_label.setText(self.tr("{0}: {1}, {2}, {3} contacts").format(
            self.path.name, kinds.get(parsed.format, parsed.format), parsed.encoding, self.count))
        if not self.source.text():
            self.source.setText(self.tr("imported from {0}").format(self.path.name))
        self._fill_mapping(parsed)
        self._fill_preview(parsed)
        self.result.setPlainText("\n".join(self._file_notes()))
        self._update_buttons()

    def _file_notes(self) -> list[str]:
        """What reading the file found: columns no field takes, rows it cannot use, values left out."""
        parsed = self.parsed
        notes = [not_read(parsed.ignored, vcard=parsed.format == "vcard")] if parsed.ignored else []
        skipped, noted = self.tr("line {0}: skipped ({1})"), self.tr("line {0}: note: {1}")
        notes += [skipped.format(line, why) for line, why in parsed.skipped_lines]
        return notes + [noted.format(line, what) for line, what in parsed.warnings]

    def _failed(self, exc: CrmdeskError) -> None:
        self._running = False
        self.progress.setVisible(False)
        self.result.setPlainText(exc.message)
        if self.parsed is None:
            self.file_label.setText(self.tr("This file cannot be imported; see below."))
        self._update_buttons()

    def _fill_mapping(self, parsed: ParsedFile) -> None:
        show = parsed.format != "vcard"
        self.mapping.setVisible(show)
        self.mapping_label.setVisible(show)
        self.mapping.setRowCount(0)
        if not show:
            return
        previous: QWidget = self.mapping
        for row, header in enumerate(parsed.headers):
            self.mapping.insertRow(row)
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for key, label in FIELD_KEYS.items():
                combo.addItem(translation.lang().gettext(label), key)
            combo.setCurrentIndex(list(FIELD_KEYS).index(parsed.mapping.get(header, "ignore")))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(row, 1, combo)
            QWidget.setTabOrder(previous, combo)  # Tab goes through the columns, in order, before the rows
            previous = combo

    def chosen_mapping(self) -> dict[str, str]:
        """The fields chosen other than crmdesk's guesses: a column left out on purpose is not noted as
        left out, one nobody chose for still is."""
        guessed = guess_mapping(self.parsed.headers) if self.parsed is not None else {}
        chosen = {self.mapping.item(row, 0).text(): self.mapping.cellWidget(row, 1).currentData()
                  for row in range(self.mapping.rowCount())}
        return {header: key for header, key in chosen.items() if guessed.get(header) != key}

    def _mapping_changed(self) -> None:
        if self.path is not None:
            self.load(self.path, self.chosen_mapping())

    def _fill_preview(self, parsed: ParsedFile) -> None:
        self.preview.setRowCount(0)
        for row, record in enumerate(parsed.records[:PREVIEW_ROWS]):
            c = record.contact
            name = c.display_name or " ".join(p for p in (c.given_name, c.family_name) if p)
            self.preview.insertRow(row)
            for column, text in enumerate((name, c.organisation, ", ".join(e.value for e in c.emails),
                                           ", ".join(p.value for p in c.phones))):
                self.preview.setItem(row, column, QTableWidgetItem(text))

    # -- running -------------------------------------------------------------------
    def policy(self) -> str:
        return self.duplicates.checkedButton().property("policy")

    def run(self, *, dry_run: bool) -> None:
        if self.parsed is None or self._running:
            return
        self._running = True
        self._cancel.clear()
        self.progress.setRange(0, max(1, self.count))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.result.setPlainText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self._update_buttons()
        # The rows shown are the rows imported: the same columns, the same bytes.
        rows = _records(self.path, self.parsed.mapping, self.parsed.sha256, self.characters.currentData())
        total = self.count
        options = dict(duplicates=self.policy(), source=self.source.text().strip(),
                       file_format=self.parsed.format, dry_run=dry_run, purpose=self.basis.currentData(),
                       progress=self._progress.advanced.emit, cancelled=self._cancel.is_set, every_row=False)
        self.access.operation(self, lambda s: importing.import_contacts(s, rows, total=total, **options),
                              self._done, failed=self._failed)

    def _offer_bases(self, found: list[purposes.Purpose]) -> None:
        for purpose in found:
            if not purpose.needs_consent:  # an import records the other bases only
                self.basis.addItem(f"{translation.lang().gettext(purpose.title)} "
                                   f"({translation.lang().gettext(purposes.BASES[purpose.basis]).split(' (')[0].lower()})",
                                   purpose.key)

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _done(self, summary: importing.ImportSummary) -> None:
        self._running = False
        self.progress.setVisible(False)
        verb = self.tr("Would add") if summary.dry_run else self.tr("Added")
        lines = [self.tr("{0} {1}, merged {2}, skipped {3}.").format(
            verb, summary.added, summary.merged, summary.skipped + len(self.parsed.skipped_lines))]
        lines += self._file_notes()
        # Each pattern looked up once: a large file can have thousands of notable rows.
        said = {action: self.tr(pattern) for action, pattern in ROW_OUTCOMES.items()}
        plain = {action: self.tr(pattern) for action, pattern in ROW_OUTCOMES_PLAIN.items()}
        # The reasons are core's, already in the reader's language.
        lines += [said[o.action].format(o.line, o.name, o.reason) if o.reason else
                  plain[o.action].format(o.line, o.name) for o in summary.notable]
        noted = self.tr("line {0}: note: {1}")
        lines += [noted.format(line, text) for line, text in summary.warnings]
        written = summary.added + summary.merged
        if summary.basis and written:
            lines.append(self.tr("Lawful basis “{0}” {1} for {2} of these contacts (method: imported).").format(
                summary.basis, self.tr("would be recorded") if summary.dry_run else self.tr("recorded"),
                written - summary.basis_kept_ended))
            if summary.basis_kept_ended:
                lines.append(self.tr("{0} had ended it (an objection, a contract that ran out) and keep it "
                                     "ended.").format(summary.basis_kept_ended))
        elif written:
            lines.append(self.tr("No lawful basis would be recorded; the “Without lawful basis” filter finds "
                                 "such contacts.") if summary.dry_run else self.tr(
                "No lawful basis was recorded; the “Without lawful basis” filter finds them."))
        if summary.possible_duplicates:
            lines.append(self.tr("%n added contact(s) may be someone already in the vault; review them with "
                                 "“possible duplicates” on the Contacts page.", "", summary.possible_duplicates))
        if summary.dry_run:
            lines.append(self.tr("Nothing was changed. Press Import to do it."))
        self.result.setPlainText("\n".join(lines))
        self._update_buttons()
        if not summary.dry_run:
            self.import_button.setEnabled(False)
            self.imported.emit()

    def reject(self) -> None:
        """Closing the dialog stops a running import (nothing is kept)."""
        self._cancel.set()
        super().reject()

    def _close_or_cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self.result.setPlainText(self.tr("Stopping… nothing will be imported."))
        else:
            self.reject()

    def _update_buttons(self) -> None:
        ready = self.parsed is not None and self.count > 0 and not self._running
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.choose_button.setEnabled(not self._running)
        self.cancel_button.setText(self.tr("Stop") if self._running else self.tr("Close"))
