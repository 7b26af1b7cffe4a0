"""Which backups a vault has, which to keep, and whether one is due.

The rotation keeps the newest backup of each of the last N days, weeks and
months (Settings), and always the newest one; the schedule says when the
last good backup is older than promised. Listing reads only manifests (no
key); pruning is audited. Needs ADMINISTER.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from crmdesk.core.backups.archive import BACKUP_NAME, SUFFIX, BackupFile, file_size, read_manifest
from crmdesk.core.backups.backup import backup_folder
from crmdesk.core.clock import parse_iso
from crmdesk.core.errors import IntegrityFailure, NotFound, OperationFailed
from crmdesk.core.language import tr
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import BACKUPS
from crmdesk.core.vault.session import Session


def list_backups(folder: str | Path, vault_id: str, known: dict[str, tuple[str | None, int | None]] | None = None
                 ) -> list[BackupFile]:
    """Backups of this vault in ``folder``, newest first, plus files that look
    like backups but cannot be read. ``known`` maps file names to the last
    check (time, number of problems) the vault recorded."""
    folder = Path(folder)
    known = known or {}
    found = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        if not path.is_file() or path.name.startswith("."):
            continue
        try:
            manifest = read_manifest(path)
        except (IntegrityFailure, OperationFailed, NotFound) as exc:
            if BACKUP_NAME.match(path.name):
                found.append(BackupFile(path, file_size(path), None, exc.message))
            continue
        if manifest.vault_id != vault_id:
            continue
        checked_at, problems = known.get(path.name, (None, None))
        found.append(BackupFile(path, file_size(path), manifest, None, checked_at, problems))
    return sorted(found, key=lambda b: (b.manifest is not None, b.manifest.created_at if b.manifest else ""),
                  reverse=True)


def recorded_checks(session: Session) -> dict[str, tuple[str | None, int | None]]:
    return {name: (checked, problems) for name, checked, problems in session.conn.execute(
        "SELECT file_name, checked_at, problems FROM backups")}


def session_backups(session: Session, folder: str | Path | None = None) -> list[BackupFile]:
    """This vault's backups in its backup folder, with their recorded checks."""
    session.require(Permission.ADMINISTER)
    return list_backups(folder or backup_folder(session), session.vault_id, recorded_checks(session))


@dataclass(frozen=True)
class Keep:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    @classmethod
    def from_settings(cls, session: Session) -> Keep:
        return cls(settings.get(session, "backup_keep_daily"), settings.get(session, "backup_keep_weekly"),
                   settings.get(session, "backup_keep_monthly"))


def to_keep(backups: Iterable[BackupFile], keep: Keep) -> set[Path]:
    """The backups a rotation keeps: the newest of each of the last
    ``keep.daily`` days, ``keep.weekly`` ISO weeks and ``keep.monthly``
    months that have a backup (local time), and always the newest one."""
    readable = sorted((b for b in backups if b.manifest is not None), key=lambda b: b.manifest.created_at,
                      reverse=True)
    kept: set[Path] = {readable[0].path} if readable else set()
    buckets: tuple[tuple[int, Callable[[date], object]], ...] = (
        (keep.daily, lambda d: d),
        (keep.weekly, lambda d: d.isocalendar()[:2]),
        (keep.monthly, lambda d: (d.year, d.month)),
    )
    for count, bucket_of in buckets:
        seen: list[object] = []
        for backup in readable:
            bucket = bucket_of(backup.created.astimezone().date())
            if bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.append(bucket)
            kept.add(backup.path)
    return kept


def prune(session: Session, folder: str | Path | None = None, keep: Keep | None = None) -> list[Path]:
    """Delete this vault's backups that the rotation settings no longer keep.

    Files that cannot be read, and other vaults' backups, are left alone.
    Returns the deleted paths. Audited. Needs ADMINISTER.
    """
    session.require(Permission.ADMINISTER)
    keep = keep or Keep.from_settings(session)
    backups = [b for b in session_backups(session, folder) if b.manifest is not None]
    kept = to_keep(backups, keep)
    removed, failure = [], None
    for backup in backups:
        if backup.path in kept:
            continue
        try:
            backup.path.unlink(missing_ok=True)
        except OSError as exc:  # stop here, but record what is already gone
            failure = OperationFailed(
                tr("{backup.path.name} could not be deleted ({exc.strerror}); check the folder's "
                   "permissions.").format(backup=backup, exc=exc))
            break
        removed.append(backup.path)
    if removed:
        with session.operation(Permission.ADMINISTER, "backup.pruned",
                               detail={"removed": len(removed), "kept": len(kept)}) as op:
            op.conn.executemany("DELETE FROM backups WHERE file_name = ?", [(p.name,) for p in removed])
            op.changed(BACKUPS)
    if failure is not None:
        raise failure
    return removed


def last_good_backup(session: Session) -> datetime | None:
    """When the newest backup that passed its last check was made."""
    row = session.conn.execute("SELECT max(created_at) FROM backups WHERE problems = 0").fetchone()
    return parse_iso(row[0]) if row and row[0] else None


def promised_days(session: Session) -> int:
    """How old the last good backup may get before the schedule has broken
    its promise: a day when backing up daily, a week when only on quit,
    else a month."""
    if settings.get(session, "backup_daily"):
        return 1
    if settings.get(session, "backup_on_quit"):
        return 7
    return 30


def overdue(session: Session) -> tuple[bool, datetime | None]:
    """(late?, when the last good backup was made) for the status bar warning."""
    last = last_good_backup(session)
    if last is None:
        return True, None
    return (session.clock.now() - last).total_seconds() > promised_days(session) * 86400, last


def due_today(session: Session) -> bool:
    """True when no backup of this vault was made yet today (local time)."""
    row = session.conn.execute("SELECT max(created_at) FROM backups").fetchone()
    if not row or not row[0]:
        return True
    return parse_iso(row[0]).astimezone().date() < session.clock.now().astimezone().date()
