"""Guards against Qt binding releases that corrupt Python's reference counts.

PySide6 6.12.0 dropped a reference to True or False on every emission of a
signal defined in Python, and every call of a Python ``isComplete`` override,
until Python 3.11 aborted ("bool_dealloc"). crmdesk emits such signals for
every background result, so a long session would crash. pyproject.toml keeps
the binding below 6.12; these tests fail if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWizard, QWizardPage


class _Emitter(QObject):
    flag = Signal(bool)
    thing = Signal(object)


def _refcounts():
    return sys.getrefcount(True), sys.getrefcount(False)


def _kept(before) -> bool:
    """The references to True and False as they were, give or take what other threads of the test process
    took or dropped meanwhile (a sync thread ending, a reader): the bug loses one for each of 500 calls."""
    return all(abs(now - was) < 100 for now, was in zip(_refcounts(), before, strict=True))


def test_python_signals_keep_bool_references(qapp):
    emitter = _Emitter()
    received = []
    emitter.flag.connect(received.append)
    emitter.thing.connect(received.append)
    before = _refcounts()
    for _ in range(500):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.thing.emit(("row", 1))
    received.clear()
    assert _kept(before), (_refcounts(), before)


def test_iscomplete_override_keeps_bool_references(qapp):
    class Page(QWizardPage):
        def isComplete(self):
            return True

    wizard = QWizard()
    page = Page()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    before = _refcounts()
    for _ in range(500):
        page.completeChanged.emit()
    assert _kept(before), (_refcounts(), before)
