"""The retention scheduler: a thread that sweeps after unlock and then every N hours.

It decides *when* to sweep; the sweep itself is ``retention.run`` on a
connection the thread opens for each sweep (and shares the vault as the
window's other tasks do, so a master-key rotation waits for it). A mutex, a
wait condition and an abort flag (as in Qt's Mandelbrot example):
``run_now()`` wakes it early, ``stop()`` sets the flag, interrupts a running
query, wakes it and waits for it — within a second, so locking the vault is
never held up. Results come back through signals, and what a sweep changed
reaches every page through the window's ``VaultAccess``; the thread never
touches a widget.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import sqlcipher3
from PySide6.QtCore import QMutex, QMutexLocker, QThread, QWaitCondition, Signal

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.privacy import retention
from crmdesk.core.vault.session import Session
from crmdesk.ui.vault_access import VaultAccess

log = logging.getLogger(__name__)
STOP_WAIT_MS = 1000


class RetentionScheduler(QThread):
    sweep_started = Signal()
    progressed = Signal(int, int)
    sweep_finished = Signal(object)  # retention.RunResult
    sweep_failed = Signal(str)
    changed = Signal(object, object)  # (Changes, last audit seq) of a sweep, for the window's pages

    def __init__(self, access: VaultAccess, interval_hours: int, parent=None):
        super().__init__(parent)
        self.access = access
        self.interval_ms = max(1, interval_hours) * 3_600_000
        self.next_run: datetime | None = None
        self.sweeping = False
        self._mutex = QMutex()
        self._condition = QWaitCondition()
        self._abort = False
        self._run_now = True  # the first sweep comes right after unlock
        self._worker: Session | None = None
        self.changed.connect(access.publish)

    @property
    def interval_hours(self) -> int:
        return self.interval_ms // 3_600_000

    def set_interval(self, hours: int) -> None:
        with QMutexLocker(self._mutex):
            self.interval_ms = max(1, hours) * 3_600_000
            self._condition.wakeOne()

    def run_now(self) -> None:
        """Sweep as soon as the thread is free."""
        with QMutexLocker(self._mutex):
            self._run_now = True
            self._condition.wakeOne()

    def stop(self) -> bool:
        """Stop the thread (on lock or quit); True when it ended within a second."""
        with QMutexLocker(self._mutex):
            self._abort = True
            self._condition.wakeOne()
        worker = self._worker
        if worker is not None and self.sweeping:
            try:
                worker.conn.interrupt()  # a long query gives up at once
            except sqlcipher3.Error:
                pass
        return self.wait(STOP_WAIT_MS) if self.isRunning() else True

    def _aborted(self) -> bool:
        return self._abort

    def run(self) -> None:
        while True:
            self._mutex.lock()
            # Woken early by a new interval, it waits again for the new one; woken by
            # run_now() or stop(), or when the interval is up, it goes on.
            while not self._run_now and not self._abort:
                self.next_run = datetime.now().astimezone() + timedelta(milliseconds=self.interval_ms)
                if not self._condition.wait(self._mutex, self.interval_ms):
                    self._run_now = True
            if self._abort:
                self._mutex.unlock()
                return
            self._run_now = False
            self._mutex.unlock()
            self._sweep()

    def _sweep(self) -> None:
        self.sweeping = True
        self.sweep_started.emit()
        self.access.sharing.enter(False)
        try:
            with self.access.session.fork() as worker:
                self._worker = worker
                try:
                    result = retention.run(worker, progress=self.progressed.emit, cancelled=self._aborted)
                    if not self._abort:
                        self.sweep_finished.emit(result)
                finally:
                    self._worker = None
                    self.changed.emit(worker.take_changes(), worker.last_audit_seq)
        except CrmdeskError as exc:
            self.sweep_failed.emit(exc.message)
        except sqlcipher3.OperationalError:
            if not self._abort:  # interrupted on purpose when stopping; anything else is a failure
                log.exception("retention sweep failed")
                self.sweep_failed.emit("The retention sweep failed; details are in the log.")
        except Exception:  # noqa: BLE001 - the thread must not die silently
            log.exception("retention sweep failed")
            self.sweep_failed.emit("The retention sweep failed; details are in the log.")
        finally:
            self.access.sharing.leave(False)
            self.sweeping = False
