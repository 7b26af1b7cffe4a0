"""Making a backup: an encrypted copy of the vault, checked before it counts.

The database is copied with SQLite's online backup inside one read
transaction (consistent while the program keeps writing), packed with the
key slots and a manifest into the sealed file that ``archive`` describes,
and checked completely. The file is built in a hidden folder beside its
final name and only then linked into place, so a crash never leaves a file
that looks whole. Which backups to keep is in ``schedule``; restoring, in
``restore``.

Needs ADMINISTER; audited. Threading: blocks for seconds on a large vault;
front ends call it off the UI thread, on a connection of that thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import sqlcipher3

from crmdesk.core.backups.archive import (
    BACKUP_KEYS,
    CHECK_CACHE_MIB,
    DATABASE,
    KEYSLOTS,
    PARTIAL_MARK,
    STALE_PARTIAL_SECONDS,
    STEP_PAGES,
    SUFFIX,
    BackupFile,
    CheckResult,
    Manifest,
    Progress,
    backup_keys,
    describe_bytes,
    describe_file,
    file_size,
    open_backup_key,
    row_counts,
    session_key,
    write_archive,
)
from crmdesk.core.clock import iso
from crmdesk.core.errors import Cancelled, IntegrityFailure, OperationFailed
from crmdesk.core.fsutil import create_private, fsync_dir, make_private, make_private_dir
from crmdesk.core.language import tr
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import crypto, database, integrity, migrations, settings
from crmdesk.core.vault.gate import BACKUPS, Operation
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.session import Session

log = logging.getLogger(__name__)

RECORD_PATIENCE = 600.0  # seconds a finished backup waits to be noted while another program writes


def backup_folder(session: Session) -> Path:
    """The folder from Settings, else ``NAME-backups`` beside the vault."""
    chosen = settings.get(session, "backup_folder")
    if chosen:
        return Path(chosen)
    return session.paths.folder.parent / f"{session.paths.name}-backups"


def reachable(folder: Path) -> Path | None:
    """Where a backup into ``folder`` would go on disk: the folder, or the
    folder it is made in; None when neither can be reached (a drive not
    connected, a folder this account may not look into)."""
    try:
        if folder.exists():
            return folder
        return folder.parent if folder.parent.is_dir() else None
    except OSError:
        return None


def same_drive(one: Path, other: Path) -> bool:
    """Whether two places are on one file system (a broken or stolen disk takes both)."""
    try:
        return one.stat().st_dev == other.stat().st_dev
    except OSError:
        return False


def create_backup(
    session: Session,
    folder: str | Path | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupFile:
    """Back the vault up into ``folder`` (default: ``backup_folder``).

    ``progress(done, total)`` reports database pages copied; when
    ``cancelled()`` turns true the partial backup is removed and
    ``Cancelled`` raised. Audited. Needs ADMINISTER.
    """
    session.require(Permission.ADMINISTER)
    folder = Path(folder).expanduser().absolute() if folder else backup_folder(session)
    if reachable(folder) is None:
        raise OperationFailed(
            tr("The backup folder {folder} cannot be reached; connect its drive or choose another "
               "folder.").format(folder=folder)
        )
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise OperationFailed(
            tr("The backup folder {folder} cannot be created ({exc.strerror}); choose another "
               "folder.").format(folder=folder, exc=exc)
        ) from None
    _remove_stale_partials(folder)
    now = session.clock.now()
    final = _free_name(folder, f"{session.paths.name}-{now.astimezone():%Y%m%d-%H%M%S}")
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{final.name}{PARTIAL_MARK}", dir=folder))
    except OSError as exc:
        raise OperationFailed(
            tr("The backup folder {folder} cannot be written ({exc.strerror}); choose another "
               "folder.").format(folder=folder, exc=exc)
        ) from None
    try:
        db_copy = building / DATABASE
        backup_key = crypto.random_key()  # the backup's own: only owners, admins and the recovery code open it
        counts, version, problems = _copy_database(session, db_copy, progress, cancelled, backup_key)
        if problems:  # SQLite's own lines name pages of the copy, not of the vault: verify names the vault's
            log.warning("the copy for a backup failed its check (%d problems)", len(problems))
            raise IntegrityFailure(
                tr("The copy of the vault failed its check, so no backup was made; check the vault for "
                   "damage."),
                hint="verify-vault",
            )
        if not session.read_only:  # what an erasure during the copy freed is overwritten now
            with contextlib.suppress(database.DatabaseError):
                database.checkpoint(session.conn)
        slots_bytes = session.paths.keyslots.read_bytes()
        managers = {row[0] for row in session.conn.execute(
            "SELECT id FROM users WHERE active = 1 AND role IN ('owner', 'admin')")}
        slots = KeySlots.from_bytes(slots_bytes)
        keys_bytes = backup_keys(slots, managers, backup_key)
        slot, private_key = session_key(session)(slots)
        if open_backup_key(keys_bytes, slots.vault_id, slot, private_key) != backup_key:  # it opens for its maker
            raise IntegrityFailure(tr("The new backup's key does not open with your key slot, so no backup "
                                      "was made."),
                                   hint="verify-vault")
        parts = {KEYSLOTS: describe_bytes(slots_bytes), BACKUP_KEYS: describe_bytes(keys_bytes),
                 DATABASE: describe_file(db_copy)}
        manifest = Manifest(
            vault_id=session.vault_id, schema_version=version, created_at=now.astimezone(UTC).isoformat(timespec="microseconds"),
            created_by=session.user.id, counts=counts, parts=parts,
        )
        archive = building / final.name
        write_archive(archive, manifest, slots_bytes, db_copy, backup_key, session.vault_id, keys_bytes)
        if cancelled is not None and cancelled():
            raise Cancelled(tr("The backup was stopped; no backup file was made."))
        _place(archive, final)
    except OSError as exc:
        raise OperationFailed(
            tr("The backup could not be written to {folder} ({exc.strerror}); check the free space and that "
               "the drive is connected.").format(folder=folder, exc=exc)
        ) from None
    finally:
        shutil.rmtree(building, ignore_errors=True)
    size = final.stat().st_size
    checked_at = iso(now)
    if session.read_only:  # a vault on a read-only disk: the backup is made, the vault cannot note it
        log.info("backup of a vault in a read-only folder; not recorded in the vault")
    else:
        # The file is good: wait out a long write (an import) rather than fail to note it.
        with session.operation(Permission.ADMINISTER, "backup.created", patience=RECORD_PATIENCE,
                               detail={"file": final.name, "size": size}) as op:
            _remember(op, final, manifest, 0)
        checked_at = op.now
    log.info("backup written (%d bytes)", size)
    return BackupFile(final, size, manifest, checked_at=checked_at, check_problems=0)


def _free_name(folder: Path, stem: str) -> Path:
    candidate, n = folder / f"{stem}{SUFFIX}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{SUFFIX}"
    return candidate


def _remove_stale_partials(folder: Path) -> None:
    """Remove what a killed backup left behind (only old ones: another
    backup may be running right now)."""
    for path in folder.glob(f".*{SUFFIX}{PARTIAL_MARK}*"):
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > STALE_PARTIAL_SECONDS:
                shutil.rmtree(path, ignore_errors=True)


class _Restarted(Exception):
    """Another connection wrote while the copy ran, so SQLite began it again."""


RESTARTS_BEFORE_SNAPSHOT = 3


def _copy_database(session: Session, target: Path, progress: Progress | None,
                   cancelled: Callable[[], bool] | None, key: bytes) -> tuple[dict[str, int], int, list[str]]:
    """Online-copy the database into ``target``, encrypted with ``key``.

    Each step of SQLite's online backup reads under its own short read lock,
    so the copy never holds a snapshot for its whole length (which would keep
    an erasure made meanwhile in the file until the copy ends); a write by
    another connection makes SQLite begin the copy again, so it is consistent.
    Only a vault written to all the time falls back, after a few new
    beginnings, to one snapshot for the copy.

    Returns the row counts and schema version of the copy itself, and what
    its one check found: SQLite's quick structure check, which reads every
    page in use, so SQLCipher checks each one's HMAC as it decrypts it. That
    is all a copy needs: its foreign keys and audit chain are the vault's
    own (``verify`` checks those), and checking the file later
    (``check_backup``) checks everything again and finds any byte changed
    since.
    """
    for attempt in range(RESTARTS_BEFORE_SNAPSHOT + 1):
        target.unlink(missing_ok=True)
        try:
            _copy_once(session, target, progress, cancelled, key,
                       snapshot=attempt == RESTARTS_BEFORE_SNAPSHOT)
            break
        except _Restarted:
            log.info("the vault was written during the backup; copying again")
    copy = database.open_read_only(target, key)
    try:
        copy.execute(f"PRAGMA cache_size = {-1024 * CHECK_CACHE_MIB:d}")  # the counts read pages the check read
        problems = integrity.database_problems(copy, checks=("structure",), quick=True)
        if problems:
            return {}, 0, problems
        try:
            return row_counts(copy), migrations.schema_version(copy), []
        except database.DatabaseError as exc:
            return {}, 0, [f"vault.db: the copy's rows could not be counted ({exc})."]
    finally:
        database.close_cached(copy)


def _copy_once(session: Session, target: Path, progress: Progress | None, cancelled: Callable[[], bool] | None,
               key: bytes, *, snapshot: bool) -> None:
    source = session.open_connection()
    create_private(target)
    dest = sqlcipher3.connect(str(target), isolation_level=None)
    seen = {"remaining": None}
    try:
        dest.execute(database.key_pragma(key))
        if snapshot:
            source.execute("BEGIN")  # one snapshot, for a vault that is never still

        def step(status: int, remaining: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled(tr("The backup was stopped; no backup file was made."))
            if not snapshot and seen["remaining"] is not None and remaining > seen["remaining"]:
                raise _Restarted()
            seen["remaining"] = remaining
            if progress is not None:
                progress(total - remaining, total)

        source.backup(dest, pages=STEP_PAGES, progress=step)
        if snapshot:
            source.execute("COMMIT")
    except sqlcipher3.Error as exc:
        raise OperationFailed(
            tr("The vault could not be read for the backup; check it for damage."), hint="verify-vault"
        ) from exc
    finally:
        dest.close()
        source.close()
    make_private(target)


def _place(archive: Path, final: Path) -> None:
    """Move the finished archive to its name without replacing any file."""
    try:
        os.link(archive, final)
    except FileExistsError:
        raise OperationFailed(tr("{final.name} appeared while the backup ran; run the backup "
                                 "again.").format(final=final)) from None
    except OSError:  # no hard links (FAT and exFAT drives): rename, after a last look
        if final.exists():
            raise OperationFailed(
                tr("{final.name} appeared while the backup ran; run the backup again.").format(final=final)
            ) from None
        os.rename(archive, final)
    fsync_dir(final.parent)


def record_check(session: Session, path: Path, result: CheckResult) -> None:
    """Remember a check of one of this vault's backups, and audit it. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    if result.manifest is None or result.manifest.vault_id != session.vault_id or session.read_only:
        return
    with session.operation(Permission.ADMINISTER, "backup.checked", patience=RECORD_PATIENCE,
                           detail={"file": path.name, "problems": len(result.problems)}) as op:
        _remember(op, path, result.manifest, len(result.problems))


def _remember(op: Operation, path: Path, manifest: Manifest, problems: int) -> None:
    """Note in the vault that this backup exists and how its check (now) went."""
    op.conn.execute(
        "INSERT OR REPLACE INTO backups (file_name, folder, created_at, size, sha256, checked_at, problems)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (path.name, str(path.parent), manifest.created_at, file_size(path),
         manifest.parts.get(DATABASE, {}).get("sha256", ""), op.now, problems),
    )
    op.changed(BACKUPS)


