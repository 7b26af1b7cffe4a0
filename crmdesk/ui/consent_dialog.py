"""Capturing consent at the counter.

Every active consent purpose is shown with its exact current text and a
box that starts unticked: only what the customer agrees to gets ticked.
Staff note how it was given (method, witness, a note), the customer may
sign on the pad, and a scanned paper form can be attached. "Hand to the
customer" turns the dialog into a large-print view with only the texts,
the boxes and the pad; staff take the screen back, see a summary and
confirm. Only the ticked purposes are recorded, in one transaction, off
the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import language
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.people.contact_model import Contact
from crmdesk.core.privacy import consent, purposes
from crmdesk.core.vault.session import Session
from crmdesk.ui import placement, translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.signature_pad import SignaturePad
from crmdesk.ui.vault_access import VaultAccess
from crmdesk.ui.widgets import ResultLine, choice_combo

CUSTOMER_FONT_PX = 20


class PurposeBox(QFrame):
    """One purpose: its box (unticked) and its exact text."""

    def __init__(self, purpose: purposes.Purpose, parent: QWidget | None = None):
        super().__init__(parent)
        self.purpose = purpose
        self.text: purposes.ConsentText | None = None
        self.setObjectName("purposebox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.check = QCheckBox(purpose.title)
        self.check.setObjectName("purposecheck")
        self.check.setChecked(False)
        self.version = QLabel()
        self.version.setObjectName("hint")
        self.body = QLabel(wordWrap=True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setObjectName("consenttext")
        top = QHBoxLayout()
        top.addWidget(self.check, 1)
        top.addWidget(self.version)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)

    def show_text(self, text: purposes.ConsentText | None, wanted_language: str) -> None:
        self.text = text
        # The title in the language of the text the customer reads (crmdesk's own purposes are translated).
        self.check.setText(language.get(text.language if text else wanted_language).gettext(self.purpose.title))
        if text is None:
            self.body.setText(self.tr("This purpose has no published text yet; it cannot be agreed to."))
            self.check.setEnabled(False)
            return
        self.body.setText(text.body)
        note = "" if text.language == wanted_language else self.tr(" — not yet written in this language")
        self.version.setText(self.tr("version {0}, {1}{2}").format(
            text.version, translation.lang().language_name(text.language), note))


class ConsentCaptureDialog(QDialog):
    """Emits ``recorded(list of ledger entries)`` after a confirmed capture."""

    recorded = Signal(list)

    def __init__(self, access: VaultAccess, contact: Contact,
                 choices: list[tuple[purposes.Purpose, dict[str, purposes.ConsentText | None]]],
                 parent: QWidget | None = None, *, language: str = "en"):
        super().__init__(parent)
        self.access = access
        self.contact = contact
        self.texts = {purpose.key: texts for purpose, texts in choices}
        self.scan_path: Path | None = None
        self.customer_mode = False
        self.setWindowTitle(self.tr("Consent — {0}").format(contact.display_name))
        placement.fit(self, 760, 820)

        self.heading = QLabel(self.tr("What does {0} agree to?").format(contact.display_name))
        self.heading.setObjectName("pagetitle")
        self.intro = QLabel(self.tr(
            "Read each purpose with the customer. Tick only what they agree to: nothing is ticked for them. "
            "Anything not ticked is simply not recorded."), wordWrap=True)
        self.intro.setObjectName("hint")
        self.language = choice_combo(purposes.LANGUAGES)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.hand_over = QPushButton(self.tr("Hand the screen to the customer"))
        self.hand_over.setToolTip(self.tr("Large text, only the purposes and the signature pad"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language of the texts:")))
        top.addWidget(self.language)
        top.addStretch()
        top.addWidget(self.hand_over)

        self.boxes = [PurposeBox(purpose) for purpose, _texts in choices]
        boxes = QWidget()
        boxes.setObjectName("purposes")
        purposes_layout = QVBoxLayout(boxes)
        for box in self.boxes:
            purposes_layout.addWidget(box)
            box.check.toggled.connect(self._update)
        if not self.boxes:
            purposes_layout.addWidget(QLabel(self.tr(
                "There are no active consent purposes; an owner or admin adds them on the Consent page.")))
        purposes_layout.addStretch()
        self.purpose_scroll = QScrollArea()
        self.purpose_scroll.setWidgetResizable(True)
        self.purpose_scroll.setWidget(boxes)
        self.purposes = boxes

        self.method = choice_combo(consent.METHODS, leave_out=("imported",))
        self.witness = QLineEdit(placeholderText=self.tr("optional: a colleague who saw it"))
        self.note = QLineEdit(placeholderText=self.tr("optional: e.g. form no. 17, asked at the till"))
        self.scan_label = QLabel(self.tr("No scan attached"))
        self.scan_label.setObjectName("hint")
        self.attach = QPushButton(self.tr("Attach a scan…"))
        self.detach = QPushButton(self.tr("Remove"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(self.attach)
        scan_row.addWidget(self.detach)
        self.staff_fields = QGroupBox(self.tr("How it was given"))
        form = QFormLayout(self.staff_fields)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Witness"), self.witness)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Scanned form"), scan_row)

        self.pad = SignaturePad()
        self.clear_pad = QPushButton(self.tr("Clear signature"))
        pad_row = QHBoxLayout()
        pad_row.addWidget(QLabel(self.tr("Signature (optional)")))
        pad_row.addStretch()
        pad_row.addWidget(self.clear_pad)

        self.result = ResultLine()
        self.back_button = QPushButton(self.tr("Done — hand back to staff"))
        self.back_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.confirm_button = QPushButton(self.tr("Record…"))
        self.confirm_button.setDefault(True)
        # Return always means "Record…" (after the summary), wherever focus is; the other buttons
        # take a click or Space only.
        for button in (self.hand_over, self.attach, self.detach, self.clear_pad, self.back_button,
                       self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.purpose_scroll, 1)
        layout.addLayout(pad_row)
        layout.addWidget(self.pad)
        layout.addWidget(self.staff_fields)
        layout.addLayout(buttons)

        self.language.currentIndexChanged.connect(self._load_texts)
        self.hand_over.clicked.connect(lambda: self.set_customer_mode(True))
        self.back_button.clicked.connect(lambda: self.set_customer_mode(False))
        self.clear_pad.clicked.connect(self.pad.clear)
        self.attach.clicked.connect(self._choose_scan)
        self.detach.clicked.connect(lambda: self.set_scan(None))
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm)
        self._load_texts()
        self.set_scan(None)
        self.set_customer_mode(False)

    # -- state -------------------------------------------------------------------
    def ticked(self) -> list[str]:
        return [box.purpose.key for box in self.boxes if box.check.isChecked()]

    def _load_texts(self) -> None:
        language = self.language.currentData()
        for box in self.boxes:
            box.show_text(self.texts[box.purpose.key].get(language), language)
        self._update()

    def _update(self) -> None:
        self.confirm_button.setEnabled(bool(self.ticked()) and not self.customer_mode)

    def set_scan(self, path: Path | None) -> None:
        self.scan_path = path
        if path is None:
            self.scan_label.setText(self.tr("No scan attached"))
        else:
            self.scan_label.setText(self.tr("{0} ({1:,} KB)").format(path.name, max(1, path.stat().st_size // 1024)))
        self.detach.setVisible(path is not None)

    def _choose_scan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a scanned form"), str(Path.home()),
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if name:
            self.set_scan(Path(name))

    def set_customer_mode(self, on: bool) -> None:
        """Large text and nothing but the purposes and the pad, for the customer;
        handed back, focus goes to Record (or the first purpose), never Cancel."""
        self.customer_mode = on
        for widget in (self.staff_fields, self.hand_over, self.cancel_button, self.confirm_button):
            widget.setVisible(not on)
        self.back_button.setVisible(on)
        self.purposes.setStyleSheet(
            f"QLabel#consenttext, QCheckBox#purposecheck {{ font-size: {CUSTOMER_FONT_PX}px; }}"
            " QCheckBox#purposecheck::indicator { width: 28px; height: 28px; }" if on else "")
        self.intro.setStyleSheet(f"font-size: {CUSTOMER_FONT_PX - 4}px;" if on else "")
        self.heading.setText(self.tr("Please read and tick what you agree to") if on else
                             self.tr("What does {0} agree to?").format(self.contact.display_name))
        self.intro.setText(self.tr(
            "Nothing is ticked for you. Tick a box only if you agree; you can withdraw at any time. "
            "Sign below if you like, then hand the screen back.") if on else self.tr(
            "Read each purpose with the customer. Tick only what they agree to: nothing is ticked for them. "
            "Anything not ticked is simply not recorded."))
        self._update()
        if on and self.boxes:
            self.boxes[0].check.setFocus()
        elif not on:
            (self.confirm_button if self.confirm_button.isEnabled() else
             self.boxes[0].check if self.boxes else self.cancel_button).setFocus()

    def has_input(self) -> bool:
        """Whether anything was captured that closing would throw away."""
        return bool(self.ticked() or not self.pad.is_empty() or self.witness.text().strip()
                    or self.note.text().strip() or self.scan_path is not None)

    def reject(self) -> None:  # noqa: D401 - Qt override: Cancel, Esc and the close button
        """Never closes while the customer holds the screen; asks before
        throwing away what was captured."""
        if self.customer_mode:
            return
        if self.has_input() and not MessageBox.confirm(self, self.tr("Discard consent"), self.tr(
                "Close without recording? The ticks, the signature and the notes captured so far are lost.")):
            return
        super().reject()

    # -- recording -------------------------------------------------------------------
    def summary(self) -> str:
        lines = [self.tr("Record for {0}:").format(self.contact.display_name)]
        for box in self.boxes:
            if box.check.isChecked() and box.text is not None:
                lines.append(self.tr("  • {0} — consent given (text version {1}, {2})").format(
                    translation.lang().gettext(box.purpose.title), box.text.version,
                    translation.lang().language_name(box.text.language)))
        lines.append(self.tr("Method: {0}").format(self.method.currentText()))
        if self.witness.text().strip():
            lines.append(self.tr("Witness: {0}").format(self.witness.text().strip()))
        lines.append(self.tr("Signature: {0}").format(self.tr("drawn") if not self.pad.is_empty() else self.tr("none")))
        lines.append(self.tr("Scanned form: {0}").format(self.scan_path.name if self.scan_path else self.tr("none")))
        return "\n".join(lines)

    def capture(self) -> consent.Capture:
        """What staff entered, with the signature; the scan is read in the worker."""
        evidence = []
        if not self.pad.is_empty():
            evidence.append(consent.EvidenceInput("signature", self.pad.to_png(), "image/png", "signature.png"))
        return consent.Capture(method=self.method.currentData(), language=self.language.currentData(),
                               witness=self.witness.text(), note=self.note.text(), evidence=evidence)

    def confirm(self) -> None:
        keys = self.ticked()
        if not keys or self.customer_mode:
            return
        if not MessageBox.confirm(self, self.tr("Record consent"), self.summary(), self.tr("Record")):
            return
        capture, scan, contact_id = self.capture(), self.scan_path, self.contact.id

        def operation(session: Session):
            if scan is not None:
                capture.evidence.append(consent.scan_from_file(scan))
            return consent.record_many(session, contact_id, [(key, "granted") for key in keys], capture)

        self.setEnabled(False)
        self.result.show_result("", self.tr("Recording…"))
        self.access.operation(self, operation, self._done, failed=self._failed)

    def _done(self, entries: list) -> None:
        self.setEnabled(True)
        self.recorded.emit(entries)
        self.accept()

    def _failed(self, exc: CrmdeskError) -> None:
        self.setEnabled(True)
        self.result.show_error(exc)
