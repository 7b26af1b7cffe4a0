"""Failed unlock tries, counted per user of a vault, outside the vault folder.

A wrong passphrase must leave the vault's files byte-identical, so the count
lives in the user's state folder (no personal data: a vault id, the salted
hash that names a slot, a count and a time). After ``THRESHOLD`` failures in
a row each further try of *that user* waits, from ``DELAY_SECONDS`` doubling
up to ``MAX_WAIT_SECONDS``: a colleague's wrong tries never lock out the
owner or the nightly backup, and a damaged or edited file never makes a
wait longer than the cap.

This only slows guessing at this desk. Whoever can edit the file can also
copy the vault and guess offline, where no counter exists: Argon2id and a
long passphrase are what stop guessing, so the counter gains them nothing.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import platformdirs

from crmdesk.core.clock import Clock
from crmdesk.core.errors import LockedOut
from crmdesk.core.fsutil import atomic_write, make_private_dir
from crmdesk.core.language import tr, trn

THRESHOLD = 5
DELAY_SECONDS = 30.0
MAX_WAIT_SECONDS = 15 * 60.0

_lock = threading.Lock()


def default_state_file() -> Path:
    return Path(platformdirs.user_state_dir("crmdesk")) / "unlock-failures.json"


def wait_for(count: int) -> float:
    """The wait after ``count`` failures in a row: none up to the threshold,
    then 30 s, 60 s, 120 s … never more than ``MAX_WAIT_SECONDS``."""
    if count < THRESHOLD:
        return 0.0
    return min(MAX_WAIT_SECONDS, DELAY_SECONDS * 2 ** min(count - THRESHOLD, 20))


class FailureLog:
    """``who`` names the slot tried: its lookup hash, or "recovery"."""

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

    @staticmethod
    def _key(vault_id: str, who: str) -> str:
        return f"{vault_id}/{who}"

    def failures(self, vault_id: str, who: str) -> tuple[int, float]:
        entry = self._read().get(self._key(vault_id, who))
        try:
            return max(0, int(entry["count"])), float(entry["last"])
        except (TypeError, KeyError, ValueError, OverflowError):
            return 0, 0.0

    def wait_seconds(self, vault_id: str, who: str, clock: Clock) -> float:
        """How long before the next try is allowed (0 when it is)."""
        count, last = self.failures(vault_id, who)
        now = clock.now().timestamp()
        if last > now + 60:  # a time in the future: an edited or damaged file, or a clock set back
            return 0.0
        return min(MAX_WAIT_SECONDS, max(0.0, last + wait_for(count) - now))

    def check(self, vault_id: str, who: str, clock: Clock) -> None:
        wait = self.wait_seconds(vault_id, who, clock)
        if wait > 0:
            seconds = int(wait + 0.999)
            when = (trn("{n} second", "{n} seconds", seconds) if seconds < 120 else
                    trn("{n} minute", "{n} minutes", (seconds + 59) // 60))
            raise LockedOut(tr("Too many wrong tries for this user; wait {when} before trying "
                               "again.").format(when=when), wait)

    def record_failure(self, vault_id: str, who: str, clock: Clock) -> None:
        with _lock:
            data = self._read()
            count, _ = self.failures(vault_id, who)
            data[self._key(vault_id, who)] = {"count": count + 1, "last": clock.now().timestamp()}
            self._write(data)

    def take(self, vault_id: str, who: str) -> int:
        """The failures since the last successful unlock; resets the count."""
        with _lock:
            count, _ = self.failures(vault_id, who)
            data = self._read()
            if data.pop(self._key(vault_id, who), None) is None:
                return 0
            self._write(data)
            return count
