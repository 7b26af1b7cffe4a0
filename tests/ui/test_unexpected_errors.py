"""An error nobody foresaw, met in the window: one sentence in a dialog
that Return closes, the details in the log, and the window goes on."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from crmdesk import applog
from crmdesk.ui.unexpected import reported_in_a_dialog


def answer_dialogs(qtbot, seen: list) -> None:
    """Reads each message box as it opens and closes it with Return."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append((box.windowTitle(), box.text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)
    QTimer.singleShot(20, lambda: answer_dialogs(qtbot, seen) if len(seen) < 5 else None)


def test_an_error_in_a_click_or_a_thread_shows_one_dialog_and_logs_the_details(qtbot, monkeypatch):
    from crmdesk.ui.message_box import MessageBox

    monkeypatch.setattr(MessageBox, "testing", False)  # the real dialog, closed by keyboard
    applog.setup()
    app = QApplication.instance()
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)

    def broken():
        raise RuntimeError("a fault in a slot")

    button.clicked.connect(broken)
    seen: list[tuple[str, str]] = []
    with reported_in_a_dialog(app):
        answer_dialogs(qtbot, seen)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(seen) == 1 and QApplication.activeModalWidget() is None, timeout=5000)
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(seen) == 2 and QApplication.activeModalWidget() is None, timeout=5000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the window still answers
        qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    title, text = seen[0]
    assert title == "Something went wrong"
    assert str(applog.log_file()) in text and "a fault in a slot" not in text
    logged = applog.log_file().read_text("utf-8")
    assert "RuntimeError: a fault in a slot" in logged and "ZeroDivisionError" in logged
    assert getattr(sys.excepthook, "__self__", None) is None  # the hook is handed back afterwards
