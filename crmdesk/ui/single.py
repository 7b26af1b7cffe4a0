"""One window per vault: a second start on the same vault brings the first
window to the front instead of opening a second one on it.

The first start listens on a local socket named after the vault folder; a
later start connects, asks it to come to the front, and ends. A socket left
by a program that crashed is found (nobody answers) and replaced.

The sockets live in a folder only this user can enter (the session's
runtime folder, else one of our own in the temporary folder, checked to be
ours and private): in the shared temporary folder another user could put a
file by the same name and keep the window from ever opening. Where no such
folder can be had, every start opens its own window. On Windows the name is
a named pipe, open to this user only.
Threading: the UI thread.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_MS = 500
RAISE = b"raise\n"


def server_name(folder: Path) -> str:
    """A name for the vault at ``folder``, the same however it was typed (no path in it)."""
    # Short: a socket's whole path must fit in 107 bytes.
    return "vault-" + hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:20]


def private_folder() -> Path | None:
    """A folder for the sockets that only this user can enter, or None."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    places = [Path(runtime) / "crmdesk"] if runtime else []
    places.append(Path(tempfile.gettempdir()) / f"crmdesk-{os.getuid()}")
    for folder in places:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = os.lstat(folder)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077:
            return folder
        log.warning("the socket folder is not private to this user; a second start opens its own window")
    return None


def server_address(folder: Path) -> str | None:
    """Where the crmdesk that has the vault at ``folder`` open listens (None: nowhere safe)."""
    if sys.platform == "win32":
        return server_name(folder)
    private = private_folder()
    return str(private / server_name(folder)) if private else None


class OneWindowPerVault(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self.on_raise: Callable[[], None] = lambda: None

    @staticmethod
    def ask_the_open_one(folder: Path) -> bool:
        """True when crmdesk already has this vault open (it is asked to come to the front)."""
        address = server_address(folder)
        if address is None:
            return False
        socket = QLocalSocket()
        socket.connectToServer(address)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self, folder: Path, on_raise: Callable[[], None]) -> bool:
        """Answer later starts on ``folder`` (again, after a switch of vault);
        False when another crmdesk took it first."""
        self.on_raise = on_raise
        if self.server is not None:
            self.server.close()
            self.server = None
        name = server_address(folder)
        if name is None:
            return True  # nowhere private to listen: this start does without
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)
        if self.server.listen(name):
            return True
        if self.ask_the_open_one(folder):
            return False
        QLocalServer.removeServer(name)  # left by a crmdesk that ended without closing it
        if not self.server.listen(name):
            log.warning("cannot listen for later starts (%s); they open windows of their own",
                        self.server.errorString())
            self.server = None
        return True

    def _answer(self) -> None:
        """Each later start says what it wants in one short line; it is read
        when it arrives, never waited for on the UI thread."""
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()  # the server owns it, and frees it when closed
            socket.readyRead.connect(lambda s=socket: self._read(s))
            QTimer.singleShot(CONNECT_MS, socket, socket.close)  # one that says nothing is let go
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState and not socket.bytesAvailable():
            return
        wanted = bytes(socket.readAll().data()).startswith(RAISE)
        socket.close()
        if wanted:
            self.on_raise()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
