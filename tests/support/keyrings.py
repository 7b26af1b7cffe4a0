"""Keyring backends for tests: a working in-memory one and broken ones.

These are real ``keyring`` backends (subclasses of ``KeyringBackend``), not
mocks: crmdesk talks to them through the keyring API as it would to the OS.
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


class FailingKeyring(MemoryKeyring):
    """A backend that exists but refuses every call (a locked keychain)."""

    def get_password(self, service, username):
        raise KeyringError("the keyring is locked")

    set_password = get_password
    delete_password = get_password


class HangingKeyring(MemoryKeyring):
    """A backend whose calls never return (no desktop session answering)."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(60)
        return None

    def set_password(self, service, username, password):
        self.release.wait(60)


class WrongValueKeyring(MemoryKeyring):
    """Answers every lookup with a value that is not a valid key."""

    def __init__(self, value: str):
        super().__init__()
        self.value = value

    def get_password(self, service, username):
        return self.value


class FileKeyring(KeyringBackend):
    """Persists entries in the JSON file named by CRMDESK_TEST_KEYRING_FILE,
    so CLI subprocesses in one test share a keyring."""

    priority = 1

    def _path(self):
        import os
        from pathlib import Path

        return Path(os.environ["CRMDESK_TEST_KEYRING_FILE"])

    def _load(self) -> dict:
        import json

        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, data: dict) -> None:
        import json

        self._path().write_text(json.dumps(data))

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(data)


class GarbageKeyring(WrongValueKeyring):
    """A keyring whose every entry holds a value that is no key."""

    def __init__(self):
        super().__init__("garbage that is not a key")


class SlowHangingKeyring(HangingKeyring):
    """Hangs on every call (for CLI subprocess tests)."""
