"""Keeping a desk of a team in step while the window is open: a thread that synchronises after unlock,
whenever the server says another desk wrote (LISTEN/NOTIFY), and every ``POLL_S`` seconds all the same
(a wake-up lost with a dropped connection costs one poll), and at once when asked (``sync_now``).

It is started (``start_once``) once this vault is seen to be a desk of a team, and ends its loop when
it is not one any more (``crmdesk team leave``). The sync itself is ``desk.sync`` on a connection of the thread's own, sharing the vault
as the window's other tasks do; what it changed reaches every page through the window's
``VaultAccess``. ``stop()`` ends the thread within a few seconds: it cancels a call to the server and
interrupts a query, and each step of a sync is one transaction, so nothing is left half done.
The thread never touches a widget: results come back through signals.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time

import sqlcipher3
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThread, Signal

from crmdesk.core.errors import Cancelled, CrmdeskError
from crmdesk.core.team import desk, joining
from crmdesk.core.team.server import DeskLink
from crmdesk.core.vault.session import Session
from crmdesk.ui.vault_access import VaultAccess

log = logging.getLogger(__name__)
POLL_S = 60  # seconds between syncs when no wake-up came
WAKE_SLICE_S = 0.5  # how long one wait for a wake-up lasts: a stop is seen this soon
STOP_WAIT_MS = 3000
UNEXPECTED = QT_TRANSLATE_NOOP("TeamSync", "Synchronising with the team failed; details are in the log.")


# Every thread that runs, held here until it ends: a window closed (or locked) while its thread still waits
# for the server lets go of it, and a QThread destroyed while it runs takes the program down with it.
_RUNNING: set[TeamSync] = set()


class TeamSync(QThread):
    synced = Signal(object)  # desk.Synced
    failed = Signal(str)  # one sentence: the server did not answer, the desk was removed, …
    changed = Signal(object, object)  # (Changes, last audit seq) of a sync, for the window's pages

    def __init__(self, access: VaultAccess):
        super().__init__()  # no parent: it may outlive its window by the seconds a call to the server takes
        self.access = access
        self._wanted = threading.Event()  # sync_now, or a wake-up
        self._abort = threading.Event()
        self._link: DeskLink | None = None
        self._worker: Session | None = None
        self.changed.connect(access.publish)

    def sync_now(self) -> None:
        self._wanted.set()

    def start_once(self) -> None:
        """Start the thread, unless it runs or was stopped (the window is closing)."""
        if not self.isRunning() and not self._abort.is_set():
            _RUNNING.add(self)
            self.finished.connect(lambda: _RUNNING.discard(self))
            self.start()

    def stop(self) -> bool:
        """Stop the thread (on lock or quit); True when it ended in time. Otherwise it ends by itself as soon
        as the call to the server it waits for returns or times out, writing nothing more to the vault."""
        self._abort.set()
        self._wanted.set()
        link, worker = self._link, self._worker
        if link is not None:
            link.cancel()
        if worker is not None:
            with contextlib.suppress(sqlcipher3.Error):
                worker.conn.interrupt()
        return self.wait(STOP_WAIT_MS) if self.isRunning() else True

    def run(self) -> None:
        try:
            while not self._abort.is_set() and self._round():
                self._wait()
        finally:
            if self._link is not None:
                self._link.close()
                self._link = None

    def _wait(self) -> None:
        """Until a wake-up from the server, sync_now, a stop, or the poll's time."""
        end = time.monotonic() + POLL_S
        while not self._abort.is_set() and time.monotonic() < end:
            if self._wanted.is_set():
                break
            if self._link is not None:
                try:
                    if self._link.wait_for_change(WAKE_SLICE_S):
                        break
                    continue
                except CrmdeskError:  # the server is gone: the poll tries again
                    self._link.close()
                    self._link = None
            self._wanted.wait(WAKE_SLICE_S)
        self._wanted.clear()

    def _round(self) -> bool:
        """One sync when this vault is a desk of a team; whether it is."""
        self.access.sharing.enter(False)
        try:
            with self.access.session.fork() as worker:
                self._worker = worker
                try:
                    if desk.link_of(worker) is None:
                        return False
                    if self._link is None:
                        self._link = joining.connect(worker)
                    self._link.listen()  # a change written while this desk syncs wakes it right after
                    done = desk.sync(worker, self._link, cancelled=self._abort.is_set)
                    if not self._abort.is_set():
                        self.synced.emit(done)
                finally:
                    self._worker = None
                    self.changed.emit(worker.take_changes(), worker.last_audit_seq)
        except Cancelled:
            pass  # stopped: the window is closing or the vault locking
        except CrmdeskError as exc:
            if not self._abort.is_set():
                self.failed.emit(exc.message)
        except sqlcipher3.OperationalError:
            if not self._abort.is_set():
                log.exception("team sync failed")
                self.failed.emit(QCoreApplication.translate("TeamSync", UNEXPECTED))
        except Exception:  # noqa: BLE001 - the thread must not die silently
            log.exception("team sync failed")
            self.failed.emit(QCoreApplication.translate("TeamSync", UNEXPECTED))
        finally:
            self.access.sharing.leave(False)
        return True
