"""Who has a vault open: a shared lock every session holds, which a key
rotation needs exclusively.

A rotation replaces vault.db with a copy under a new key. A window or a
command that still had the old file open would go on writing into it, be
told it succeeded, and lose those writes. So every open session holds a
shared ``flock`` on ``vault.lock`` in the vault folder, and a rotation waits
(briefly) for it exclusively; when another program keeps the vault open, the
rotation is left for later (the need for it is recorded in the vault) and
done at the next unlock by an owner or admin, or by the window when it is
the only one left.

One lock per vault and process: sessions of the same process (a window's
worker threads) share it, and the process's own rotation converts it to
exclusive. Where ``fcntl`` does not exist (Windows) no lock is taken.
Threading: any thread; the registry is guarded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import N_, tr

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_NAME = "vault.lock"
SLOTS_LOCK_NAME = "keyslots.lock"
IN_USE = (N_("Another crmdesk has this vault open (a window, or a command still running); the vault's key can "
          "change only when it is closed."))


class InUse(OperationFailed):
    """Another process has the vault open; a rotation must wait."""


_registry: dict[Path, list] = {}  # lock file -> [fd, holders]
_guard = threading.Lock()


def _path(folder: Path) -> Path:
    return (folder / LOCK_NAME).resolve()  # one lock per file, however the folder is named


def hold(folder: Path) -> bool:
    """Hold the shared lock for one more session of this process; False
    when no lock can be taken (no fcntl, a read-only folder)."""
    if fcntl is None:
        return False
    path = _path(folder)
    with _guard:
        entry = _registry.get(path)
        if entry is None:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                return False
            fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while a rotation runs
            entry = _registry[path] = [fd, 0]
        entry[1] += 1
        return True


def release(folder: Path) -> None:
    if fcntl is None:
        return
    path = _path(folder)
    with _guard:
        entry = _registry.get(path)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0:
            fcntl.flock(entry[0], fcntl.LOCK_UN)
            os.close(entry[0])
            del _registry[path]


@contextlib.contextmanager
def exclusive(folder: Path, wait_seconds: float) -> Iterator[None]:
    """The vault to this process alone, waiting up to ``wait_seconds`` for
    other programs to close it; ``InUse`` when they do not."""
    if fcntl is None:
        yield
        return
    held = hold(folder)
    if not held:
        yield
        return
    fd = _registry[_path(folder)][0]
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                fcntl.flock(fd, fcntl.LOCK_SH)  # a failed conversion may have dropped the shared lock
                if time.monotonic() >= deadline:
                    raise InUse(tr(IN_USE)) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_SH)
    finally:
        release(folder)


_slots_guard = threading.Lock()


@contextlib.contextmanager
def editing_slots(folder: Path) -> Iterator[None]:
    """keyslots.json to one writer at a time, across threads and programs:
    read it, change it and save it inside (two users added at once both
    keep their slot)."""
    with _slots_guard:
        if fcntl is None:
            yield
            return
        try:
            fd = os.open(folder / SLOTS_LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # a read-only folder: nothing will be written anyway
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
