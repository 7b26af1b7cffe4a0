"""Running core work off the UI thread.

``run_task`` runs a plain function on the thread pool and delivers its result
or its ``CrmdeskError`` back on the UI thread through a queued signal.
``run_vault_op`` does the same for work on an open vault: the worker forks
the session (its own connection on the same key, as SQLCipher connections
are never shared between threads), and afterwards the UI session reconnects,
picking up a new master key if the operation rotated it.

Never touch a widget from the function; use the callbacks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.vault.session import Session

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong; nothing was changed. Details are in the log file."


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.function = function
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.function()
        except CrmdeskError as exc:
            self._deliver(self.relay.failed, exc)
        except Exception:
            log.exception("background task failed")
            self._deliver(self.relay.failed, CrmdeskError(UNEXPECTED))
        else:
            self._deliver(self.relay.succeeded, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the widget that asked is gone; nobody to tell
            log.debug("background result dropped: its window was closed")


_live: set[_Relay] = set()


def run_task(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[CrmdeskError], None],
    *,
    owner: QObject | None = None,
) -> _Relay:
    """Run ``function`` on the thread pool; callbacks run on the UI thread.

    When ``owner`` (the widget that asked) is destroyed first, the callbacks
    are dropped instead of touching a deleted widget.
    """
    relay = _Relay(owner)
    _live.add(relay)
    relay.destroyed.connect(lambda: _live.discard(relay))

    def done(callback, value):
        _live.discard(relay)
        callback(value)

    relay.succeeded.connect(lambda value: done(on_success, value))
    relay.failed.connect(lambda exc: done(on_error, exc))
    QThreadPool.globalInstance().start(_Runnable(function, relay))
    return relay


def run_vault_op(
    session: Session,
    operation: Callable[[Session], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[CrmdeskError], None],
    *,
    exclusive: bool = False,
    owner: QObject | None = None,
) -> _Relay:
    """Run ``operation(worker_session)`` off the UI thread.

    ``exclusive`` operations (master-key rotation) need the UI's own
    connection closed while they run; it is reopened afterwards, as it is
    whenever the operation changed the master key.
    """
    if exclusive:
        session.release()

    def work():
        worker = session.fork()
        try:
            return operation(worker), worker.master_key()
        finally:
            worker.close()

    def resume(key: bytes | None = None) -> None:
        # The UI's own connection needs reopening only when it was closed or
        # the operation rotated the master key; the user row may have changed.
        if exclusive or (key is not None and key != session.master_key()):
            session.reconnect(key)
        else:
            session.reload_user()

    def success(value):
        result, key = value
        resume(key)
        on_success(result)

    def failure(exc):
        resume()
        on_error(exc)

    return run_task(work, success, failure, owner=owner)


def run_query(
    session: Session,
    query: Callable[[Session], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[CrmdeskError], None],
    *,
    owner: QObject | None = None,
) -> _Relay:
    """Run a read-only ``query(worker_session)`` off the UI thread, on its own
    connection; the UI session is left as it is."""

    def work():
        worker = session.fork()
        try:
            return query(worker)
        finally:
            worker.close()

    return run_task(work, on_success, on_error, owner=owner)


def run_action(
    widget: QWidget,
    session: Session,
    operation: Callable[[Session], Any],
    *,
    title: str,
    done_text: str = "",
    after: Callable[[], None] | None = None,
    exclusive: bool = False,
) -> _Relay:
    """A user's action on the vault, run off the UI thread.

    ``widget`` is disabled meanwhile (and its window's status bar says so);
    afterwards ``after()`` refreshes it, and the user is told the result:
    ``done_text`` on success (if any), the error's sentence on failure.
    """
    from crmdesk.ui.message_box import MessageBox

    window = widget.window()
    status = window.statusBar() if isinstance(window, QMainWindow) else None
    widget.setEnabled(False)
    if status is not None:
        status.showMessage(widget.tr("Working…"))

    def finish() -> None:
        widget.setEnabled(True)
        if status is not None:
            status.clearMessage()
        if after is not None:
            after()

    def success(_result) -> None:
        finish()
        if done_text:
            MessageBox.info(widget, title, done_text)

    def failure(exc: CrmdeskError) -> None:
        finish()
        MessageBox.error(widget, title, exc.message)

    return run_vault_op(session, operation, success, failure, exclusive=exclusive, owner=widget)
