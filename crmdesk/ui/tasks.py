"""Running work off the UI thread.

``run_task`` runs a plain function on a thread pool and delivers its result
or its ``CrmdeskError`` back on the UI thread through a queued signal. Work
on an open vault goes through ``vault_access.VaultAccess``, which builds on
it; ``run_task`` alone serves what needs no open vault (unlocking, reading a
file to import). Never touch a widget from the function; use the callbacks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.vault import failures

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong; nothing was changed. Details are in the log file."


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


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


def deliver(relay: _Relay, succeeded: bool, value: Any) -> None:
    """Hand an outcome back to the UI thread (from any thread)."""
    try:
        (relay.succeeded if succeeded else relay.failed).emit(value)
        # One relay per request: a page asking all day must not keep them all. Deleted from here,
        # once the emit is over, and after the result it queued: never while this thread still uses it.
        relay.deleteLater()
    except RuntimeError:  # the widget that asked is gone; nobody to tell
        log.debug("background result dropped: its window was closed")


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.function = function
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        deliver(self.relay, *outcome(self.function))


_live: set[_Relay] = set()


def run_task(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[CrmdeskError], None],
    *,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> _Relay:
    """Run ``function`` on ``pool`` (default: Qt's global one); callbacks run
    on the UI thread.

    When ``owner`` (the widget that asked) is destroyed first, the callbacks
    are dropped instead of touching a deleted widget.
    """
    relay = make_relay(on_success, on_error, owner)
    (pool or QThreadPool.globalInstance()).start(_Runnable(function, relay))
    return relay


def make_relay(on_success: Callable[[Any], None], on_error: Callable[[CrmdeskError], None],
               owner: QObject | None = None) -> _Relay:
    """Where a result comes back: ``on_success`` or ``on_error``, on the UI
    thread, unless ``owner`` is gone by then."""
    relay = _Relay(owner)
    _live.add(relay)
    relay.destroyed.connect(lambda: _live.discard(relay))

    def done(callback, value):
        _live.discard(relay)
        callback(value)

    relay.succeeded.connect(lambda value: done(on_success, value))
    relay.failed.connect(lambda exc: done(on_error, exc))
    return relay


def forget(relay: _Relay) -> None:
    """A relay whose result will never come (its request was replaced)."""
    _live.discard(relay)
    relay.deleteLater()
