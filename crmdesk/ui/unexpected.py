"""An error nobody foresaw, met in the window: the traceback goes to the
log, the user gets one sentence in a dialog, and the program goes on (the
vault's own transactions make sure nothing was half-written).

Without this, PySide6 prints the traceback on a terminal nobody sees and the
click simply does nothing.
"""

from __future__ import annotations

import logging
import sys
import threading
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from crmdesk import applog
from crmdesk.ui.message_box import MessageBox

log = logging.getLogger("crmdesk.ui")


class UnexpectedErrors(QObject):
    """Shows one dialog per unexpected error, on the UI thread, whichever
    thread met it; errors while a dialog is open are logged only."""

    happened = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.showing = False
        self.happened.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def record(self, kind, value, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error in the window", exc_info=(kind, value, traceback))
        self.happened.emit()

    def _show(self) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            MessageBox.error(QApplication.activeModalWidget() or QApplication.activeWindow(),
                             self.tr("Something went wrong"), self.tr(
                                 "crmdesk met an error it did not expect, and stopped what it was doing; what "
                                 "was saved before is safe; {where}.").format(where=applog.where_details_are()))
        finally:
            self.showing = False


@contextmanager
def reported_in_a_dialog(app: QApplication):
    """While the window runs, unexpected errors (in slots, event handlers and
    worker threads) reach the user as a dialog."""
    errors = UnexpectedErrors(app)
    before, before_threads = sys.excepthook, threading.excepthook
    sys.excepthook = errors.record
    threading.excepthook = lambda hook_args: None if issubclass(hook_args.exc_type, SystemExit) else (
        errors.record(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback))
    try:
        yield errors
    finally:
        sys.excepthook, threading.excepthook = before, before_threads
        errors.deleteLater()
