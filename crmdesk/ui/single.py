"""One window per vault: a second start on the same vault brings the first
window to the front instead of opening a second one on it.

The first start listens on a local socket named after the vault folder; a
later start connects, asks it to come to the front, and ends. A socket left
by a program that crashed is found (nobody answers) and replaced.
Threading: the UI thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
RAISE = b"raise\n"


def server_name(folder: Path) -> str:
    """A name for the vault at ``folder``, the same however it was typed (no path in it)."""
    return "crmdesk-" + hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:24]


class OneWindowPerVault(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self.on_raise: Callable[[], None] = lambda: None

    @staticmethod
    def ask_the_open_one(folder: Path) -> bool:
        """True when crmdesk already has this vault open (it is asked to come to the front)."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(folder))
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
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)
        name = server_name(folder)
        if self.server.listen(name):
            return True
        if self.ask_the_open_one(folder):
            return False
        QLocalServer.removeServer(name)  # left by a crmdesk that ended without closing it
        return self.server.listen(name)

    def _answer(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()  # the server owns it, and frees it when closed
            asked = socket.bytesAvailable() > 0 or socket.waitForReadyRead(CONNECT_MS)
            wanted = asked and bytes(socket.readAll().data()).startswith(RAISE)
            socket.close()
            if wanted:
                self.on_raise()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
