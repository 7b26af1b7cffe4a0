"""The backup file: its format, its seal, and checking one completely.

A backup is one file ``NAME-YYYYMMDD-HHMMSS.crmbackup``, a ZIP archive
(stored, not compressed) holding:

- ``manifest.json``: format version, vault id, schema version, when and by
  whom (user id), row counts and the SHA-256 and size of each other part.
  No personal data.
- ``keyslots.json``: the vault's key slots at backup time.
- ``backupkeys.json`` (version 2): the backup's own random key, sealed to the
  key slots of the owner and the admins of that time and to the recovery
  slot, and to nobody else.
- ``vault.db``: the database, copied with SQLite's online backup inside one
  read transaction, so it is consistent while the program keeps writing,
  SQLCipher-encrypted with the backup's key (version 1: the master key). So
  staff and viewers, whose passphrase opens the vault's master key, cannot
  open a backup: in a backup made before an erasure they would otherwise
  find the erased person again.

The archive comment is a fixed-length *seal*: the SHA-256 of every byte
before it, and an HMAC-SHA256 of the same bytes under a key derived from the
backup's key. A changed byte anywhere in the file breaks the seal; the HMAC
also shows that whoever wrote the file held the key.

Checks and restores need an owner or admin of the backup's own vault (its
user table decides). Threading: blocks for seconds on a large vault; front
ends call it off the UI thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pyotp
import sqlcipher3

from crmdesk import __version__
from crmdesk.core.clock import parse_iso
from crmdesk.core.errors import (
    AuthenticationFailed,
    IntegrityFailure,
    NotFound,
    OperationFailed,
    PermissionDenied,
    TotpRequired,
)
from crmdesk.core.fsutil import make_private
from crmdesk.core.language import N_, tr
from crmdesk.core.permissions import Permission, require
from crmdesk.core.vault import crypto, database, integrity, keyslots, migrations
from crmdesk.core.vault.keyslots import KeySlots, Slot
from crmdesk.core.vault.session import Session

SUFFIX = ".crmbackup"
FORMAT = "crmdesk-backup"
VERSION = 2
READABLE_VERSIONS = (1, 2)
MANIFEST, KEYSLOTS, DATABASE = "manifest.json", "keyslots.json", "vault.db"
BACKUP_KEYS = "backupkeys.json"
NOT_FOR_THIS_USER = (N_("Staff and viewers may not open a backup: it opens only with the passphrase of an owner or admin "
                     "of the vault when it was made, or with the recovery code."))
PARTS = (KEYSLOTS, DATABASE)
SEAL_PREFIX = b"crmdesk-seal-v1 "
SEAL_LENGTH = len(SEAL_PREFIX) + 64 + 1 + 64  # prefix, sha256 hex, space, hmac hex
SEAL_PURPOSE = b"crmdesk backup seal v1"
PARTIAL_MARK = ".partial-"
STALE_PARTIAL_SECONDS = 3600
CHUNK = 1 << 20
STEP_PAGES = 2048  # pages copied per online-backup step (8 MiB)
CHECK_CACHE_MIB = 64

# Row counts kept in the manifest and compared on every check.
COUNTED = {
    "contacts": "contacts",
    "organisations": "organisations",
    "interactions": "interactions",
    "users": "users",
    "audit_entries": "audit",
}

Progress = Callable[[int, int], None]
KeyFinder = Callable[[KeySlots], tuple[Slot, bytes]]

BACKUP_NAME = re.compile(r"^(?P<vault>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True)
class Manifest:
    vault_id: str
    schema_version: int
    created_at: str
    created_by: str
    counts: dict[str, int]
    parts: dict[str, dict]
    app_version: str = __version__
    version: int = VERSION

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT, "version": self.version, "vault_id": self.vault_id,
            "schema_version": self.schema_version, "created_at": self.created_at,
            "created_by": self.created_by, "app_version": self.app_version,
            "counts": self.counts, "parts": self.parts,
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not a crmdesk backup manifest")
        if data.get("version") not in READABLE_VERSIONS:
            raise OperationFailed(
                tr("This backup was written by a newer crmdesk; update crmdesk to read it.")
            )
        manifest = cls(
            vault_id=str(data["vault_id"]), schema_version=int(data["schema_version"]),
            created_at=str(data["created_at"]), created_by=str(data["created_by"]),
            counts={str(k): int(v) for k, v in data["counts"].items()},
            parts={str(k): {"sha256": str(v["sha256"]), "size": int(v["size"])}
                   for k, v in data["parts"].items()},
            app_version=str(data.get("app_version", "")),
            version=int(data["version"]),
        )
        parse_iso(manifest.created_at)
        return manifest

    @property
    def created(self) -> datetime:
        return parse_iso(self.created_at)


@dataclass(frozen=True)
class BackupFile:
    """A backup found in a folder; ``manifest`` is None when it cannot be read."""

    path: Path
    size: int
    manifest: Manifest | None
    problem: str | None = None
    checked_at: str | None = None
    check_problems: int | None = None

    @property
    def created(self) -> datetime | None:
        return self.manifest.created if self.manifest else None

    @property
    def state(self) -> str:
        """"good", "damaged", "unreadable" or "not checked"."""
        if self.manifest is None:
            return "unreadable"
        if self.check_problems is None:
            return "not checked"
        return "good" if self.check_problems == 0 else "damaged"


@dataclass(frozen=True)
class CheckResult:
    problems: list[str]
    manifest: Manifest | None
    user_name: str | None = None
    database_key: bytes | None = field(default=None, repr=False)  # the key vault.db in the backup opens with


def row_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {key: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
            for key, table in COUNTED.items() if table in tables}


def describe_bytes(data: bytes) -> dict:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def describe_file(path: Path) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return {"sha256": digest.hexdigest(), "size": path.stat().st_size}


def _seal_key(master_key: bytes, vault_id: str) -> bytes:
    return crypto.subkey(master_key, SEAL_PURPOSE, vault_id.encode("ascii"))


def backup_keys(slots: KeySlots, managers: set[str], key: bytes) -> bytes:
    """``backupkeys.json``: ``key`` sealed to the slots of ``managers`` (user
    ids of the owner and admins) and to the recovery slot."""
    sealed = {slot.id: crypto.seal(slot.public_key, key, _backup_key_aad(slots.vault_id, slot.id))
              for slot in slots.slots
              if slot.kind == keyslots.RECOVERY or slot.user_id in managers}
    return (json.dumps({"format": "crmdesk-backup-keys", "keys": sealed}, indent=2, sort_keys=True)
            + "\n").encode("utf-8")


def _backup_key_aad(vault_id: str, slot_id: str) -> bytes:
    return f"crmdesk/backup-key/{vault_id}/{slot_id}".encode()


def open_backup_key(raw: bytes, vault_id: str, slot: Slot, private_key: bytes) -> bytes:
    """The backup's key from ``backupkeys.json``; ``PermissionDenied`` for a
    user it was not sealed to (staff, viewers)."""
    try:
        box = json.loads(raw.decode("utf-8"))["keys"].get(slot.id)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IntegrityFailure(tr("backupkeys.json in the backup is damaged.")) from exc
    if box is None:
        raise PermissionDenied(tr(NOT_FOR_THIS_USER))
    return crypto.unseal(private_key, box, _backup_key_aad(vault_id, slot.id))


def write_archive(path: Path, manifest: Manifest, slots_bytes: bytes, db_copy: Path,
                   master_key: bytes, vault_id: str, keys_bytes: bytes | None = None) -> None:
    """``master_key``: the key ``db_copy`` is encrypted with (the backup's own,
    with ``keys_bytes``), which also keys the seal."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w+b") as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(_entry(MANIFEST, manifest.created), manifest.to_bytes())
            archive.writestr(_entry(KEYSLOTS, manifest.created), slots_bytes)
            if keys_bytes is not None:
                archive.writestr(_entry(BACKUP_KEYS, manifest.created), keys_bytes)
            with archive.open(_entry(DATABASE, manifest.created), "w", force_zip64=True) as out, \
                    db_copy.open("rb") as source:
                shutil.copyfileobj(source, out, CHUNK)
            archive.comment = b"\0" * SEAL_LENGTH
        handle.flush()
        body = handle.tell() - SEAL_LENGTH
        digest, mac = _hashes(handle, body, _seal_key(master_key, vault_id))
        handle.seek(body)
        handle.write(SEAL_PREFIX + digest.hexdigest().encode() + b" " + mac.hexdigest().encode())
        handle.flush()
        os.fsync(handle.fileno())


def _entry(name: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.astimezone().timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    return info


def _hashes(handle, length: int, seal_key: bytes | None):
    """SHA-256 (and HMAC, given a key) of the first ``length`` bytes."""
    digest = hashlib.sha256()
    mac = hmac.new(seal_key, digestmod="sha256") if seal_key else None
    handle.seek(0)
    left = length
    while left > 0:
        chunk = handle.read(min(CHUNK, left))
        if not chunk:
            break
        left -= len(chunk)
        digest.update(chunk)
        if mac is not None:
            mac.update(chunk)
    return digest, mac


def session_key(session: Session) -> KeyFinder:
    """Open the signed-in user's slot in a backup with the key already in
    memory (no passphrase asked): for checking this vault's own backups."""
    def finder(slots: KeySlots) -> tuple[Slot, bytes]:
        slot = slots.slot_for_user_id(session.user.id)
        if slot is None:
            raise AuthenticationFailed(tr("Your key slot is not in the backup."))
        return slot, session.private_key()
    finder.totp_checked = True  # type: ignore[attr-defined] - at this session's unlock
    return finder


# -- reading and checking ------------------------------------------------------


def read_manifest(path: str | Path) -> Manifest:
    """The manifest of a backup, without any key. ``IntegrityFailure`` when
    the file is not a readable backup; ``NotFound`` when it is missing."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(tr("There is no backup file {path}; check the "
                          "name.").format(path=path), hint="list-backups")
    try:
        with zipfile.ZipFile(path) as archive:
            return Manifest.from_bytes(archive.read(MANIFEST))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError, OverflowError) as exc:
        raise IntegrityFailure(
            tr("{path.name} is not a readable crmdesk backup (damaged, or another kind of "
               "file).").format(path=path)
        ) from exc


def passphrase_key(user_name: str | None, passphrase: str, totp_code: str | None = None) -> KeyFinder:
    """Find the user's slot in a backup's key slots and open it with the
    passphrase (and ``totp_code``, for a user with an authenticator)."""
    def finder(slots: KeySlots) -> tuple[Slot, bytes]:
        slot = slots.user_slot(user_name)
        if slot is None:
            raise AuthenticationFailed(
                tr("This user is not in the backup, or the passphrase is wrong; check both and try again.")
            )
        try:
            return slot, slot.unwrap_private_key(slots.vault_id, passphrase)
        except crypto.DecryptionFailed:
            raise AuthenticationFailed(
                tr("This user is not in the backup, or the passphrase is wrong; check both and try again.")
            ) from None
    finder.totp_code = totp_code  # type: ignore[attr-defined]
    return finder


def check_backup(path: str | Path, key_finder: KeyFinder) -> CheckResult:
    """Check a backup completely: the seal, the manifest's hashes, the key
    slots, the database (pages, structure, foreign keys, audit chain) and
    the row counts. Returns every problem found, one sentence each.

    Raises ``AuthenticationFailed`` when the credentials open no slot and
    ``PermissionDenied`` when that user may not handle backups.
    """
    path = Path(path)
    read_manifest(path)  # NotFound / IntegrityFailure for files that are no backup at all
    with tempfile.TemporaryDirectory(prefix="crmdesk-check-") as scratch:
        return check_archive(path, key_finder, scratch=Path(scratch))


def check_archive(path: Path, key_finder: KeyFinder, *, db_copy: Path | None = None,
                   scratch: Path | None = None) -> CheckResult:
    """The whole check. ``db_copy``: where the database is already unpacked
    (a restore); else it is unpacked into ``scratch``."""
    problems: list[str] = []
    with path.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - SEAL_LENGTH))
        seal = handle.read(SEAL_LENGTH)
        try:
            archive = zipfile.ZipFile(handle)
            manifest = Manifest.from_bytes(archive.read(MANIFEST))
            slots_bytes = archive.read(KEYSLOTS)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError, OverflowError) as exc:
            raise IntegrityFailure(tr("{path.name} is not a readable crmdesk backup "
                                      "(damaged).").format(path=path)) from exc
        try:
            slots = KeySlots.from_bytes(slots_bytes)
        except IntegrityFailure:
            raise IntegrityFailure(tr("The key slots in {path.name} are damaged.").format(path=path)) from None
        if slots.vault_id != manifest.vault_id:
            problems.append(tr("The key slots belong to another vault than the manifest."))
        if manifest.parts.get(KEYSLOTS) != describe_bytes(slots_bytes):
            problems.append(tr("keyslots.json does not match the hash in the manifest."))
        try:
            slot, private_key = key_finder(slots)
            master_key = slot.master_keys(slots.vault_id, private_key)[0]
            if manifest.version >= 2:  # the database and the seal are under the backup's own key
                keys_bytes = archive.read(BACKUP_KEYS)
                if manifest.parts.get(BACKUP_KEYS) != describe_bytes(keys_bytes):
                    problems.append(tr("backupkeys.json does not match the hash in the manifest."))
                master_key = open_backup_key(keys_bytes, slots.vault_id, slot, private_key)
        except KeyError:
            raise IntegrityFailure(tr("{path.name} is damaged: its backup key is "
                                      "missing.").format(path=path)) from None
        except (AuthenticationFailed, crypto.DecryptionFailed) as exc:
            # A damaged file can look like a wrong passphrase; say which it is.
            digest, _ = _hashes(handle, size - SEAL_LENGTH, None)
            if not seal.startswith(SEAL_PREFIX + digest.hexdigest().encode()):
                problems.append(tr("The file's seal does not match its contents: some bytes were changed."))
            if problems:
                raise IntegrityFailure(tr("{path.name} is damaged:").format(path=path), integrity.unique(problems)) from None
            if isinstance(exc, AuthenticationFailed):
                raise
            raise IntegrityFailure(tr("Your key slot in {path.name} is damaged.").format(path=path)) from None
        digest, mac = _hashes(handle, size - SEAL_LENGTH, _seal_key(master_key, manifest.vault_id))
        expected = SEAL_PREFIX + digest.hexdigest().encode() + b" " + mac.hexdigest().encode()
        if not hmac.compare_digest(seal, expected):
            problems.append(tr("The file's seal does not match its contents: some bytes were changed."))
        if db_copy is None:
            db_copy = scratch / DATABASE
            try:
                with archive.open(DATABASE) as source, db_copy.open("wb") as out:
                    shutil.copyfileobj(source, out, CHUNK)
            except (zipfile.BadZipFile, KeyError, OSError, EOFError):
                problems.append(tr("vault.db in the backup is damaged: its checksum does not match."))
                return CheckResult(integrity.unique(problems), manifest)
            make_private(db_copy)
    if manifest.parts.get(DATABASE) != describe_file(db_copy):
        problems.append(tr("vault.db does not match the hash in the manifest."))
    user_name = None
    try:
        conn = database.open_read_only(db_copy, master_key)
    except database.DatabaseError:
        problems.append(tr("vault.db does not open with the key in the backup's key slots."))
        return CheckResult(integrity.unique(problems), manifest)
    try:
        # The checks read every page, several times; decrypt each only once.
        conn.execute(f"PRAGMA cache_size = {-1024 * CHECK_CACHE_MIB:d}")
        user_name = _require_backup_admin(conn, slot)
        _check_code(conn, slot, key_finder)
        if migrations.schema_version(conn) != manifest.schema_version:
            problems.append(tr("The schema version of vault.db differs from the manifest."))
        problems += integrity.database_problems(conn)
        try:
            counts = row_counts(conn)
        except database.DatabaseError:
            counts = {}
        for key, expected_count in manifest.counts.items():
            if counts.get(key) != expected_count:
                problems.append(
                    tr("vault.db holds {counts} {key}; the manifest says "
                       "{expected_count}.").format(counts=counts.get(key, 'no'), key=key.replace('_', ' '),
                                                   expected_count=expected_count)
                )
    finally:
        database.close_cached(conn)
    return CheckResult(integrity.unique(problems), manifest, user_name, master_key)


def _check_code(conn: sqlcipher3.Connection, slot: Slot, key_finder: KeyFinder) -> None:
    """The authenticator code, for a user who has one in the backup: opening a
    backup unlocks that user as much as opening the vault does. A finder of
    the signed-in session (``totp_checked``) passed it at unlock."""
    if slot.kind != keyslots.USER or getattr(key_finder, "totp_checked", False):
        return
    row = conn.execute("SELECT totp_secret FROM users WHERE id = ?", (slot.user_id,)).fetchone()
    if row is None or not row[0]:
        return
    code = (getattr(key_finder, "totp_code", None) or "").strip().replace(" ", "")
    if not code:
        raise TotpRequired(tr("This user also needs the 6-digit code from the authenticator app."))
    if not pyotp.TOTP(row[0]).verify(code, valid_window=1):
        raise AuthenticationFailed(tr("The authenticator code is wrong or expired; enter the current "
                                      "6-digit code."))


def _require_backup_admin(conn: sqlcipher3.Connection, slot: Slot) -> str | None:
    """The user's name, if they may handle backups in this backup's vault."""
    if slot.kind == keyslots.RECOVERY:
        row = conn.execute("SELECT name, role, active FROM users WHERE role = 'owner'").fetchone()
    else:
        row = conn.execute("SELECT name, role, active FROM users WHERE id = ?", (slot.user_id,)).fetchone()
    if row is None or not row[2]:
        raise PermissionDenied(tr("This user account is disabled in the backup; use an owner or admin "
                                  "account."))
    require(row[1], Permission.ADMINISTER)
    return row[0]


def file_size(path: Path) -> int:
    with contextlib.suppress(OSError):
        return path.stat().st_size
    return 0
