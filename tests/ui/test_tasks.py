"""Results of work off the UI thread come back to the widget that asked, or nowhere."""

from __future__ import annotations

import threading

from PySide6.QtCore import SIGNAL, QObject
from PySide6.QtWidgets import QWidget

from crmdesk.ui import tasks


def test_a_result_reaches_its_widget_and_nothing_is_kept_for_it(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    got = []
    tasks.run_task(lambda: -2, got.append, got.append, owner=widget)
    qtbot.waitUntil(lambda: got == [-2], timeout=10000)
    got.clear()
    before = widget.receivers(SIGNAL("destroyed(QObject*)"))  # PySide keeps one of its own from the first
    for n in range(50):
        tasks.run_task(lambda n=n: n * 2, got.append, got.append, owner=widget)
    qtbot.waitUntil(lambda: len(got) == 50, timeout=10000)
    assert sorted(got) == [n * 2 for n in range(50)]
    assert not any(entry[2] is widget for entry in tasks._dispatcher.waiting.values())
    assert widget.receivers(SIGNAL("destroyed(QObject*)")) == before  # no connection left per request


def test_a_result_for_a_closed_widget_is_dropped(qtbot):
    owner = QObject()
    release = threading.Event()
    got = []
    tasks.run_task(lambda: release.wait(10) and "late", got.append, got.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not any(entry[2] is owner for entry in tasks._dispatcher.waiting.values()),
                    timeout=5000)
    release.set()
    qtbot.wait(200)
    assert got == []
