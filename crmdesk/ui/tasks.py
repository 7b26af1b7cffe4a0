"""Running work off the UI thread.

``run_task`` runs a plain function on a thread pool and delivers its result
or its ``CrmdeskError`` back on the UI thread through a queued signal of one
dispatcher that lives as long as the program. Work
on an open vault goes through ``vault_access.VaultAccess``, which builds on
it; ``run_task`` alone serves what needs no open vault (unlocking, reading a
file to import). Never touch a widget from the function; use the callbacks.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.vault import failures

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong; nothing was changed. Details are in the log file."


class _Dispatcher(QObject):
    """Lives on the UI thread as long as the program: workers emit on it, so no
    worker ever touches a widget's object, and a result whose widget has
    gone is dropped. Nothing is kept per request once its result came."""

    arrived = Signal(int, bool, object)  # request number, succeeded, value

    def __init__(self):
        super().__init__()
        # number -> (on_success, on_error, owner, what the owner's going does)
        self.waiting: dict[int, tuple] = {}
        self._numbers = itertools.count(1)
        self.arrived.connect(self._arrived)

    def add(self, on_success: Callable[[Any], None], on_error: Callable[[CrmdeskError], None],
            owner: QObject | None) -> int:
        number = next(self._numbers)
        gone = None
        if owner is not None:
            def gone() -> None:  # the widget that asked went first
                self.waiting.pop(number, None)
            owner.destroyed.connect(gone)
        self.waiting[number] = (on_success, on_error, owner, gone)
        return number

    def drop(self, number: int) -> tuple | None:
        entry = self.waiting.pop(number, None)
        if entry is not None and entry[3] is not None:
            entry[2].destroyed.disconnect(entry[3])
        return entry

    def _arrived(self, number: int, succeeded: bool, value: Any) -> None:
        entry = self.drop(number)
        if entry is None:
            log.debug("background result dropped: the window that asked was closed")
            return
        (entry[0] if succeeded else entry[1])(value)


_dispatcher: _Dispatcher | None = None


def make_relay(on_success: Callable[[Any], None], on_error: Callable[[CrmdeskError], None],
               owner: QObject | None = None) -> int:
    """A number to ``deliver`` one result to: ``on_success`` or ``on_error``
    runs on the UI thread, unless ``owner`` is gone by then. Call on the UI thread."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher.add(on_success, on_error, owner)


def deliver(number: int, succeeded: bool, value: Any) -> None:
    """Hand an outcome back to the UI thread (from any thread)."""
    _dispatcher.arrived.emit(number, succeeded, value)


def forget(number: int) -> None:
    """A request whose result will never come (it was replaced). Call on the UI thread."""
    _dispatcher.drop(number)


def outcome(function: Callable[[], Any]) -> tuple[bool, Any]:
    """``(True, result)``, or ``(False, CrmdeskError)`` saying what went wrong in one sentence."""
    try:
        return True, function()
    except CrmdeskError as exc:
        return False, exc
    except Exception as exc:
        known = failures.explain(exc)  # disk full, read-only, busy: say so, it is not a bug
        if known is None:
            log.exception("background task failed")
        return False, known or CrmdeskError(UNEXPECTED)


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[], Any], number: int):
        super().__init__()
        self.function = function
        self.number = number
        self.setAutoDelete(True)

    def run(self) -> None:
        deliver(self.number, *outcome(self.function))


def run_task(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[CrmdeskError], None],
    *,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``function`` on ``pool`` (default: Qt's global one); callbacks run
    on the UI thread.

    When ``owner`` (the widget that asked) is destroyed first, the callbacks
    are dropped instead of touching a deleted widget.
    """
    (pool or QThreadPool.globalInstance()).start(_Runnable(function, make_relay(on_success, on_error, owner)))
