"""The window's one way to reach the vault.

Every read (``query``) and every change (``operation``) runs off the UI
thread, on a connection of its own (SQLCipher connections are never shared
between threads), and comes back on the UI thread: the result to a callback,
a failure as the one-sentence dialog (or to the caller's ``failed``).
After a change, ``vault_changed(changes)`` tells every page what changed, so
each refreshes what it shows (see ``RefreshingPage``). Changes made by
another program (the command line, a second window, cron) are noticed by the
audit log's head moving: it is read every few seconds and whenever the
window comes to the front, and then every page is refreshed.

The window's own session keeps no connection: nothing on the UI thread can
touch the vault. Operations that need the vault to themselves (a master-key
rotation, a restore over the open vault) wait until every other task is
done, and new tasks wait until they are.
Never touch a widget from a task; use the callbacks.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from crmdesk.core import process
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.vault import database, failures, rotation
from crmdesk.core.vault.gate import USERS, Changes
from crmdesk.core.vault.session import Session
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.tasks import deliver, forget, make_relay, outcome, run_task

log = logging.getLogger(__name__)

OUTSIDE_CHECK_MS = 5000  # how often the window looks for changes made by another program
LONG_JOB_S = 1.0  # after a job this long, the memory it freed goes back to the system
BUSY_TRIES = 12  # each waits SQLite's busy timeout (5 s): about a minute for another crmdesk to finish
LOCKED = "The vault was locked; nothing was done."


class Sharing:
    """Many tasks at a time, or one that needs the vault to itself. A task
    waiting to go alone goes first; tasks ask in their own (worker) thread."""

    def __init__(self):
        self._condition = threading.Condition()
        self._shared = 0
        self._alone = False
        self._waiting_alone = 0
        self.alone_wanted: list[Callable[[], None]] = []  # told when a task waits to go alone

    @property
    def waiting_alone(self) -> bool:
        return self._waiting_alone > 0

    def enter(self, alone: bool) -> None:
        if alone:
            with self._condition:
                self._waiting_alone += 1
            for tell in self.alone_wanted:
                tell()  # a reader keeping its connection between reads lets go of it
        with self._condition:
            if alone:
                self._condition.wait_for(lambda: not self._alone and self._shared == 0)
                self._waiting_alone -= 1
                self._alone = True
            else:
                self._condition.wait_for(lambda: not self._alone and not self._waiting_alone)
                self._shared += 1

    def leave(self, alone: bool) -> None:
        with self._condition:
            if alone:
                self._alone = False
            else:
                self._shared -= 1
            self._condition.notify_all()


class Reader:
    """One thread with a connection it keeps, for reads a person waits on
    keystroke by keystroke (the contact list, search as you type): no
    connection is opened per read, and its page cache stays warm.

    A read still waiting its turn is replaced by a newer one of the same
    ``kind``, so a fast typist's keystrokes never queue up. While its
    connection is open the reader counts as one of the tasks sharing the
    vault; when a task wants the vault alone (a key rotation, a restore), it
    closes the connection and opens a new one afterwards."""

    def __init__(self, access: VaultAccess):
        self.access = access
        self._condition = threading.Condition()
        self._waiting: OrderedDict[str, tuple[Callable[[Session], Any], int]] = OrderedDict()  # read, relay
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._worker: Session | None = None
        access.sharing.alone_wanted.append(self._wake)

    def read(self, kind: str, read: Callable[[Session], Any], relay: int) -> None:
        with self._condition:
            replaced = self._waiting.pop(kind, None)
            if replaced is not None:
                forget(replaced[1])
            self._waiting[kind] = (read, relay)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="crmdesk-reader", daemon=True)
                self._thread.start()
            self._condition.notify_all()

    def _wake(self) -> None:
        with self._condition:
            self._condition.notify_all()

    def stop(self) -> None:
        """The vault is locking: no more reads; the thread closes its
        connection and ends (without keeping the UI waiting for a read in
        progress, whose answer is dropped)."""
        with self._condition:
            self._stopping = True
            for _read, relay in self._waiting.values():
                forget(relay)
            self._waiting.clear()
            self._condition.notify_all()

    def _run(self) -> None:
        sharing = self.access.sharing
        while True:
            with self._condition:
                self._condition.wait_for(
                    lambda: self._stopping or self._waiting or (self._worker is not None and sharing.waiting_alone))
                if self._stopping or not self._waiting or sharing.waiting_alone and self._worker is not None:
                    self._let_go()
                    if self._stopping:
                        return
                    continue
                _kind, (read, relay) = self._waiting.popitem(last=False)
            deliver(relay, *outcome(lambda read=read: read(self._session())))

    def _session(self) -> Session:
        main = self.access.session
        if self._stopping:
            raise CrmdeskError(LOCKED)
        worker = self._worker
        if worker is not None and (not main.is_open or worker.master_key() != main.master_key()):
            self._let_go()  # locked, or the key was rotated: never read on with the old one
            worker = None
        if worker is None:
            self.access.sharing.enter(False)
            try:
                worker = VaultAccess._fork(main)
            except BaseException:
                self.access.sharing.leave(False)
                raise
            self._worker = worker
        worker.user = main.user  # a role changed meanwhile counts at once
        return worker

    def _let_go(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None
            self.access.sharing.leave(False)


class VaultAccess(QObject):
    """Emits ``vault_changed(Changes)`` after any change the window made or saw."""

    vault_changed = Signal(object)
    waiting = Signal(str)  # emitted from a worker thread: a note for the status bar

    def __init__(self, session: Session, parent: QObject | None = None, *, watch_outside: bool = True):
        super().__init__(parent)
        self.session = session
        self.sharing = Sharing()
        self.reader = Reader(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(4, QThreadPool.globalInstance().maxThreadCount()))
        self._known_seq = session.last_audit_seq
        self._checking = False
        self._rotating = False
        self._watching_state = False
        self.timer = QTimer(self, interval=OUTSIDE_CHECK_MS)
        self.timer.timeout.connect(self.check_outside)
        if watch_outside:
            self.timer.start()
            app = QGuiApplication.instance()
            if app is not None:
                app.applicationStateChanged.connect(self._state_changed)
                self._watching_state = True

    # -- running tasks -----------------------------------------------------------------------
    def _work(self, task: Callable[[Session], Any], *, alone: bool, connect: bool = True):
        """The function a pool thread runs: the task on a session of its own."""
        session = self.session

        def work():
            self.sharing.enter(alone)
            started = time.monotonic()
            try:
                if not connect:
                    return task(None), None
                for attempt in range(1, BUSY_TRIES + 1):
                    worker = None
                    try:
                        with self._fork(session) as worker:
                            result = task(worker)
                            changes = worker.take_changes()
                            if changes.touches(USERS):
                                worker.reload_user()  # one's own account may have changed
                            return result, (changes, worker.last_audit_seq, worker.master_key(), worker.user)
                    except failures.VaultBusy:
                        if attempt == BUSY_TRIES or (worker is not None and worker.last_audit_seq is not None):
                            raise  # gave up, or part of the task is done: never run it twice
                        self.waiting.emit(self.tr("Waiting for another crmdesk to finish writing…"))
                raise AssertionError("unreachable")
            finally:
                self.sharing.leave(alone)
                if time.monotonic() - started > LONG_JOB_S:  # a backup, a check, an import
                    process.give_back_free_memory()

        return work

    @staticmethod
    def _fork(session: Session) -> Session:
        """A session for this worker thread; a clear error once the vault is locked."""
        if not session.is_open:
            raise CrmdeskError(LOCKED)
        try:
            return session.fork()
        except database.DatabaseError:
            if not session.is_open:  # locked while this task waited its turn
                raise CrmdeskError(LOCKED) from None
            raise

    def query(self, owner: QObject, read: Callable[[Session], Any], done: Callable[[Any], None], *,
              failed: Callable[[CrmdeskError], None] | None = None) -> None:
        """Run ``read(worker_session)`` off the UI thread; ``done(result)`` on it.
        Dropped when ``owner`` is gone by then (a closed page or dialog)."""
        run_task(self._work(read, alone=False), lambda value: done(value[0]),
                 failed or (lambda exc: self._tell(owner, "", exc)), owner=owner, pool=self.pool)

    def read_latest(self, owner: QObject, kind: str, read: Callable[[Session], Any], done: Callable[[Any], None], *,
                    failed: Callable[[CrmdeskError], None] | None = None) -> None:
        """Like ``query``, on the reader's kept connection; a ``kind`` of read
        asked again before it started runs only once, with the newer ``read``."""
        self.reader.read(kind, read, make_relay(done, failed or (lambda exc: self._tell(owner, "", exc)), owner))

    def operation(self, owner: QObject, change: Callable[[Session], Any],
                  done: Callable[[Any], None] | None = None, *, title: str = "",
                  failed: Callable[[CrmdeskError], None] | None = None, busy: QWidget | None = None,
                  alone: bool = False, connect: bool = True) -> None:
        """Run the change ``change(worker_session)`` off the UI thread. ``busy``
        is disabled meanwhile (and its window's status bar says so); then
        every page hears what changed and ``done(result)`` runs; a failure
        goes to ``failed`` or to a dialog titled ``title``. ``alone``: the
        change needs the vault to itself (``connect=False``: and no
        connection of its own, for a restore over it)."""
        reconnect = alone and self.session.connected
        if reconnect:
            self.session.release()  # no connection may stay on a file that is about to be replaced
        status = None
        if busy is not None:
            busy.setEnabled(False)
            window = busy.window()
            status = window.statusBar() if isinstance(window, QMainWindow) else None
            if status is not None:
                status.showMessage(self.tr("Working…"))
                self.waiting.connect(status.showMessage)

        def finish() -> None:
            if reconnect and self.session.is_open:
                self.session.reconnect()
            if busy is not None:
                busy.setEnabled(True)
            if status is not None:
                self.waiting.disconnect(status.showMessage)
                status.clearMessage()

        def succeeded(value) -> None:
            result, after = value
            if after is not None:
                changes, seq, master_key, user = after
                if master_key != self.session.master_key():
                    self.session.set_master_key(master_key)  # the change rotated it
                self.session.user = user
            finish()
            if after is not None:
                self.publish(changes, seq)
            if done is not None:
                done(result)

        def went_wrong(exc: CrmdeskError) -> None:
            finish()
            if failed is not None:
                failed(exc)
            else:
                self._tell(owner, title, exc)

        run_task(self._work(change, alone=alone, connect=connect), succeeded, went_wrong, owner=owner,
                 pool=self.pool)

    @staticmethod
    def _tell(owner: QObject, title: str, exc: CrmdeskError) -> None:
        parent = owner if isinstance(owner, QWidget) else None
        MessageBox.error(parent, title or "crmdesk", exc.message)

    # -- what changed ------------------------------------------------------------------------
    def publish(self, changes: Changes, last_seq: int | None) -> None:
        """Tell every page what a change of the window's own changed."""
        if last_seq is not None:
            self._known_seq = max(self._known_seq or 0, last_seq)
        if changes:
            self.vault_changed.emit(changes)

    def check_outside(self) -> None:
        """Look whether another program changed the vault since; if so,
        every page refreshes."""
        if self._checking or not self.session.is_open:
            return
        self._checking = True

        def head(worker: Session) -> tuple[int, bool]:
            seq = worker.conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
            return seq, rotation.due(worker.conn)

        def seen(found: tuple[int, bool]) -> None:
            seq, rotation_due = found
            self._checking = False
            if self._known_seq is not None and seq > self._known_seq:
                log.info("the vault was changed outside this window")
                self.vault_changed.emit(Changes.of_everything())
            self._known_seq = max(self._known_seq or 0, seq)
            if rotation_due:
                self._finish_rotation()

        def failed(_exc: CrmdeskError) -> None:
            self._checking = False  # a locked or busy vault: look again at the next tick

        self.query(self, head, seen, failed=failed)

    def _finish_rotation(self) -> None:
        """A user was disabled while another program had the vault open, so
        the key could not change then: change it now, if this window is the
        only one left (an owner's or admin's; otherwise the next unlock of
        one does it)."""
        if self._rotating or not allows(self.session.role, Permission.ADMINISTER):
            return
        self._rotating = True

        def done(_result) -> None:
            self._rotating = False
            log.info("a key rotation left for later is done")

        def not_yet(_exc: CrmdeskError) -> None:
            self._rotating = False  # another program still has the vault open: the next tick tries again

        self.operation(self, lambda worker: rotation.rotate_master_key(worker, wait_seconds=0), done,
                       failed=not_yet, alone=True)

    def _state_changed(self, state) -> None:
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationActive:
            self.check_outside()

    def stop(self) -> None:
        """Stop looking for outside changes and close the reader's connection
        (before the session closes). Tasks still running keep keys of their
        own and finish; their results are dropped with the pages that asked."""
        self.timer.stop()
        self.reader.stop()
        app = QGuiApplication.instance()
        if app is not None and self._watching_state:
            self._watching_state = False
            app.applicationStateChanged.disconnect(self._state_changed)


class Refresher(QObject):
    """Keeps a page current: when a change touches one of ``kinds``, the
    page's ``refresh(changes)`` runs at once if the page is in sight, else
    when it is next shown (with everything it missed)."""

    def __init__(self, page: QWidget, access: VaultAccess, kinds: tuple[str, ...],
                 refresh: Callable[[Changes], None]):
        super().__init__(page)
        self.page = page
        self.kinds = kinds
        self.refresh = refresh
        self.missed: Changes | None = None
        access.vault_changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(*self.kinds):
            return
        if self.page.isVisible():
            self.refresh(changes)
        else:
            self.missed = changes if self.missed is None else self.missed | changes

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        # Every event of the page passes here, paints included: nothing missed, nothing to look at.
        if self.missed is not None and watched is self.page and event.type() == QEvent.Type.Show:
            missed, self.missed = self.missed, None
            self.refresh(missed)
        return False
