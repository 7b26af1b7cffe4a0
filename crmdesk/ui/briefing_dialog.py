"""The shop's data-protection briefing, shown at sign-in until the user confirms it.

Core holds back customers' data until then (core.vault.training), so this
dialog is the way in: the rules in full, a box to say they were read and
understood, and "Confirm and continue"; "Sign out" goes back to the unlock
dialog. Return presses nothing: confirming is a decision, not a key that
happened to be pressed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.vault import training
from crmdesk.core.vault.session import Session
from crmdesk.ui import placement, translation
from crmdesk.ui.tasks import run_task
from crmdesk.ui.widgets import ResultLine, ReturnSubmitsNothing


def in_worker(session: Session, work):
    """``work(worker_session)`` on a connection of the worker's own."""
    worker = session.fork()
    try:
        return work(worker)
    finally:
        worker.close()


class BriefingDialog(ReturnSubmitsNothing, QDialog):
    """Accepted once the confirmation is recorded; rejected by "Sign out"."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.briefing: training.Briefing | None = None
        self.setWindowTitle(self.tr("Before you start"))
        intro = QLabel(self.tr(
            "Welcome, {0}. These are this shop's rules for its customers' data. Read them; the customer list "
            "opens once you confirm them.").format(session.user.display_name or session.user.name), wordWrap=True)
        self.text = QPlainTextEdit(self.tr("Loading the briefing…"), readOnly=True)
        self.text.setAccessibleName(self.tr("The data-protection briefing"))
        self.text.setTabChangesFocus(True)
        self.version = QLabel()
        self.version.setObjectName("hint")
        self.understood = QCheckBox(self.tr("I have read and understood these rules"))
        self.understood.setEnabled(False)
        self.message = ResultLine()
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(self.tr("Confirm and continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_out = buttons.addButton(self.tr("Sign out"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.version)
        layout.addWidget(self.understood)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.understood.toggled.connect(self.confirm_button.setEnabled)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        placement.fit(self, 640, 560)
        run_task(lambda: in_worker(session, training.current), self._show, self.message.show_error, owner=self)

    def _show(self, briefing: training.Briefing) -> None:
        self.briefing = briefing
        self.text.setPlainText(briefing.body)
        self.version.setText(self.tr("Version {0}, published {1}.").format(briefing.version,
                                                                           translation.day(briefing.published_at)))
        self.understood.setEnabled(True)

    def confirm(self) -> None:
        if not self.understood.isChecked() or self.briefing is None:
            return
        version = self.briefing.version
        self.confirm_button.setEnabled(False)
        self.message.show_result("", self.tr("Recording your confirmation…"))

        def done(_none) -> None:
            self.session.training_due = False
            self.accept()

        def failed(exc: CrmdeskError) -> None:
            self.message.show_error(exc)
            self.confirm_button.setEnabled(True)

        run_task(lambda: in_worker(self.session, lambda worker: training.confirm(worker, version)), done, failed,
                 owner=self)
