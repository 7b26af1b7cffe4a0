"""Failed unlock tries, counted per vault outside the vault folder.

A wrong passphrase must leave the vault's files byte-identical, so the count
lives in the user's state folder (no personal data: a vault id, a count and a
time). After ``THRESHOLD`` failures in a row each further try waits
``DELAY_SECONDS``. This slows guessing at the desktop; the real defence
against a stolen vault is Argon2id and the passphrase itself.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import platformdirs

from crmdesk.core.clock import Clock
from crmdesk.core.errors import LockedOut
from crmdesk.core.fsutil import atomic_write, make_private_dir

THRESHOLD = 5
DELAY_SECONDS = 30.0

_lock = threading.Lock()


def default_state_file() -> Path:
    return Path(platformdirs.user_state_dir("crmdesk")) / "unlock-failures.json"


class FailureLog:
    def __init__(self, path: Path | None = None):
        self.path = path or default_state_file()

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write(self, data: dict) -> None:
        make_private_dir(self.path.parent)
        atomic_write(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def failures(self, vault_id: str) -> tuple[int, float]:
        entry = self._read().get(vault_id) or {}
        return int(entry.get("count", 0)), float(entry.get("last", 0.0))

    def wait_seconds(self, vault_id: str, clock: Clock) -> float:
        """How long before the next try is allowed (0 when it is)."""
        count, last = self.failures(vault_id)
        if count < THRESHOLD:
            return 0.0
        return max(0.0, last + DELAY_SECONDS - clock.now().timestamp())

    def check(self, vault_id: str, clock: Clock) -> None:
        wait = self.wait_seconds(vault_id, clock)
        if wait > 0:
            seconds = int(wait + 0.999)
            raise LockedOut(
                f"Too many wrong tries; wait {seconds} seconds before trying again.", wait
            )

    def record_failure(self, vault_id: str, clock: Clock) -> None:
        with _lock:
            data = self._read()
            count = int((data.get(vault_id) or {}).get("count", 0)) + 1
            data[vault_id] = {"count": count, "last": clock.now().timestamp()}
            self._write(data)

    def take(self, vault_id: str) -> int:
        """The failures since the last successful unlock; resets the count."""
        with _lock:
            data = self._read()
            entry = data.pop(vault_id, None)
            if entry is None:
                return 0
            self._write(data)
            return int(entry.get("count", 0))
