"""The register of processors on the Data protection page: add, change
(with the agreement's scan, read off the UI thread), save the scan, retire."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import fsutil
from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import tr as message_tr
from crmdesk.core.privacy import processors
from crmdesk.core.privacy import purposes as purposes_of
from crmdesk.core.privacy.categories import DATA_CATEGORIES
from crmdesk.core.privacy.processors import Processor
from crmdesk.core.vault.gate import (
    PROCESSORS,
    PURPOSES,
)
from crmdesk.ui import placement, translation
from crmdesk.ui.date_field import DateField
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.table_selection import select_row, selected_record
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import (
    ReadWhenShown,
    ResultLine,
    choice_combo,
    make_table,
)


class ProcessorDialog(QDialog):
    """A processor of the register: what they do, which data, where, the
    agreement and the purposes they serve."""

    def __init__(self, purposes: list, current: Processor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change {0}").format(current.name) if current else self.tr("Add a processor"))
        self.name = QLineEdit(current.name if current else "")
        self.name.setReadOnly(current is not None)
        self.name.setPlaceholderText(self.tr("the business, e.g. Example Mail GmbH"))
        self.service = QLineEdit(current.service if current else "")
        self.service.setPlaceholderText(self.tr("what they do for the shop, e.g. sends the newsletter"))
        self.kinds = {key: QCheckBox(self.tr(words)) for key, words in DATA_CATEGORIES.items()}
        kinds_box = QGridLayout()
        for number, (key, box) in enumerate(self.kinds.items()):
            box.setChecked(bool(current and key in current.categories))
            kinds_box.addWidget(box, number // 2, number % 2)
        self.location = choice_combo(processors.LOCATIONS)
        self.location.setCurrentIndex(self.location.findData(current.location if current else "eu"))
        self.country = QLineEdit(current.country if current else "")
        self.transfer = QComboBox(editable=True)
        self.transfer.addItems(["", *processors.TRANSFER_BASES])
        self.transfer.setCurrentText(current.transfer_basis if current else "")
        self.transfer.setAccessibleName(self.tr("Transfer basis"))
        self.dated = QCheckBox(self.tr("Agreement signed on"))
        self.contract_date = DateField(QDate.currentDate())
        self.contract_date.setAccessibleName(self.tr("The agreement's date"))
        if current and current.contract_date:
            self.dated.setChecked(True)
            self.contract_date.setDate(QDate(current.contract_date))
        self.contract_date.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.contract_date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.dated)
        date_row.addWidget(self.contract_date, 1)
        self.scan: Path | None = None
        self.scan_label = QLabel(current.agreement_name if current and current.agreement_name else
                                 self.tr("no scan kept"))
        self.scan_label.setObjectName("hint")
        self.scan_button = QPushButton(self.tr("Choose the scan…"))
        self.scan_button.setAutoDefault(False)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.scan_label, 1)
        self.purposes = QListWidget()
        self.purposes.setAccessibleName(self.tr("Purposes they serve"))
        self.purposes.setMaximumHeight(110)
        for purpose in purposes:
            item = QListWidgetItem(translation.lang().gettext(purpose.title))
            item.setData(Qt.ItemDataRole.UserRole, purpose.key)
            item.setCheckState(Qt.CheckState.Checked if current and purpose.key in current.purposes
                               else Qt.CheckState.Unchecked)
            self.purposes.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("What they do"), self.service)
        form.addRow(self.tr("Data they get"), kinds_box)
        form.addRow(self.tr("Where"), self.location)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Transfer basis"), self.transfer)
        form.addRow(self.tr("Agreement"), date_row)
        form.addRow("", scan_row)
        form.addRow(self.tr("Purposes"), self.purposes)
        hint = QLabel(self.tr("No purpose ticked: they serve the whole shop (like the IT provider) and are named "
                              "to everyone as a recipient."), wordWrap=True)
        hint.setObjectName("hint")
        form.addRow("", hint)
        self.message = ResultLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scan_button.clicked.connect(self._choose_scan)
        self.location.currentIndexChanged.connect(self._update)
        self._update()
        placement.fit(self, 620, 640)

    def accept(self) -> None:
        if self.dated.isChecked() and self.contract_date.problem():
            self.message.show_result("bad", self.contract_date.problem())
            self.contract_date.setFocus()
            return
        super().accept()

    def _update(self) -> None:
        outside = self.location.currentData() != "eu"
        self.transfer.setEnabled(outside)

    def ask_scan(self) -> str:
        """The agreement's file ('' when cancelled). Tests replace this."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The signed agreement"), str(Path.home()),
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        return path

    def _choose_scan(self) -> None:
        chosen = self.ask_scan()
        if chosen:
            self.scan = Path(chosen)
            self.scan_label.setText(self.scan.name)

    def values(self) -> dict:
        """The fields, for ``processors.add_processor`` or ``update_processor``
        (the scan is read off the UI thread: ``scan`` is its path)."""
        return {"service": self.service.text(), "categories": [k for k, box in self.kinds.items() if box.isChecked()],
                "location": self.location.currentData(), "country": self.country.text(),
                "transfer_basis": self.transfer.currentText() if self.location.currentData() != "eu" else "",
                "contract_date": self.contract_date.date().toPython() if self.dated.isChecked() else None,
                "purposes": [self.purposes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.purposes.count())
                             if self.purposes.item(i).checkState() == Qt.CheckState.Checked]}


class ProcessorTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ProcessorTableModel", "Processor"),
               QT_TRANSLATE_NOOP("ProcessorTableModel", "What they do"),
               QT_TRANSLATE_NOOP("ProcessorTableModel", "Where"),
               QT_TRANSLATE_NOOP("ProcessorTableModel", "Purposes"),
               QT_TRANSLATE_NOOP("ProcessorTableModel", "Agreement"))

    titles: dict[str, str] = {}  # purpose key → its title as the window shows it (set with the records)

    def cell(self, p: Processor, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        agreement = (translation.day(p.contract_date) if p.contract_date else self.tr("no date")) + (
            self.tr(", scan kept") if p.agreement_name else "")
        return (p.name, p.service, translation.lang().gettext(processors.PLACES[p.location]) + (
            f" ({p.country})" if p.country else ""), ", ".join(self.titles.get(key, key) for key in p.purposes)
            or self.tr("all"), agreement)[column]


def _read_scan(path: Path | None) -> tuple[str, bytes] | None:
    if path is None:
        return None
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise OperationFailed(message_tr("The scan {path} cannot be read ({value}); choose another file.").format(path=path,
                                                                                                                  value=exc.strerror or exc)) from None


class ProcessorRegister(ReadWhenShown):
    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.model = ProcessorTableModel(self)
        self.table = make_table(self.model, stretch_column=1, name=self.tr("Processors"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (("add", QT_TRANSLATE_NOOP("ProcessorRegister", "Add…")), ("edit", QT_TRANSLATE_NOOP("ProcessorRegister", "Change…")), ("agreement", QT_TRANSLATE_NOOP("ProcessorRegister", "Save the agreement…")),
                           ("retire", QT_TRANSLATE_NOOP("ProcessorRegister", "No longer used…"))):
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch()
        self.result = ResultLine()
        intro = QLabel(self.tr(
            "Businesses that handle customer data for the shop (Art. 28). Access reports name them as recipients "
            "to the people whose data they get; the record of processing lists them."), wordWrap=True)
        intro.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.act("edit"))
        Refresher(self, access, (PROCESSORS, PURPOSES), self.changed)

    def refresh(self, select: str | None = None) -> None:
        self.stale = False
        self._wanted = select or getattr(self, "_wanted", None)  # kept until a listing shows it
        keep = self.selected().name if self.selected() else None
        self.access.query(self, lambda s: (processors.list_processors(s),
                                           purposes_of.list_purposes(s, include_retired=False)),
                          lambda found: self._show(*found, keep), failed=self.result.show_error)

    def _show(self, found: list[Processor], purposes: list, keep: str | None) -> None:
        self.purposes = purposes
        self.model.titles = {p.key: translation.lang().gettext(p.title) for p in purposes}
        self.model.set_records(found)
        if select_row(self.table, [p.name.casefold() for p in found], (self._wanted or keep or "").casefold()):
            self._wanted = None
        self._selected()

    def selected(self) -> Processor | None:
        return selected_record(self.table, self.model)

    def _selected(self, *_args) -> None:
        chosen = self.selected()
        self.buttons["edit"].setEnabled(chosen is not None)
        self.buttons["retire"].setEnabled(chosen is not None)
        self.buttons["agreement"].setEnabled(bool(chosen and chosen.agreement_name))

    @classmethod
    def ask(cls, dialog: QDialog) -> bool:
        """Show a dialog; tests replace this to fill it in and accept."""
        return bool(dialog.exec())

    def ask_target(self, suggestion: str) -> Path | None:
        """Where to save the agreement; None when cancelled. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the agreement"), str(Path.home() / suggestion))
        return Path(path) if path else None

    def _run(self, change, done_text: str, select: str | None = None) -> None:
        def done(_result) -> None:
            self.result.show_result("good", done_text)
            self.refresh(select)

        self.access.operation(self, change, done, failed=self.result.show_error, busy=self)

    def act(self, key: str) -> None:
        chosen = self.selected()
        if key == "add":
            dialog = ProcessorDialog(getattr(self, "purposes", []), None, self)
            if self.ask(dialog):
                name, values, scan = dialog.name.text(), dialog.values(), dialog.scan
                self._run(lambda s: processors.add_processor(s, name, agreement=_read_scan(scan), **values),
                          self.tr("{0} is in the register.").format(name.strip()), name.strip())
        elif chosen is None:
            return
        elif key == "edit":
            dialog = ProcessorDialog(getattr(self, "purposes", []), chosen, self)
            if self.ask(dialog):
                values, scan, name = dialog.values(), dialog.scan, chosen.name
                self._run(lambda s: processors.update_processor(s, name, agreement=_read_scan(scan), **values),
                          self.tr("{0} is changed.").format(name), name)
        elif key == "retire":
            if MessageBox.confirm(self, self.tr("No longer used"), self.tr(
                    "The shop no longer uses {0}? They are no longer named as a recipient; the register keeps "
                    "them in its history.").format(chosen.name)):
                name = chosen.name
                self._run(lambda s: processors.retire_processor(s, name), self.tr("{0} is retired.").format(name))
        elif key == "agreement":
            target = self.ask_target(chosen.agreement_name or "agreement.pdf")
            if target is None:
                return
            name = chosen.name

            def save(session) -> Path:
                _file, data = processors.agreement(session, name)
                try:
                    fsutil.atomic_write(target, data)
                except OSError as exc:
                    raise OperationFailed(message_tr("The agreement could not be written to {target} ({value}); "
                                                     "choose another place.").format(target=target,
                                                                                     value=exc.strerror or exc)) from None
                return target

            self.access.operation(self, save, lambda path: self.result.show_result(
                "good", self.tr("The agreement is in {0}.").format(path)), failed=self.result.show_error, busy=self)
