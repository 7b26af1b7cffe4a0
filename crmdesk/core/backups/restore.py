"""Restoring a backup: to a new vault folder, or over a vault with a safety copy.

The backup is checked completely first (``backup.check_backup``'s checks);
any problem, a wrong passphrase or a user who may not restore stops it with
nothing changed. The restored folder is built beside the target and renamed
into place; a vault already there is renamed aside first and, should the
second rename fail, renamed back. Audited in the restored vault.
Threading: blocks for seconds; front ends call it off the UI thread.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from crmdesk.core.backups.backup import (
    CHUNK,
    DATABASE,
    KEYSLOTS,
    KeyFinder,
    Manifest,
    check_archive,
    read_manifest,
)
from crmdesk.core.clock import Clock, SystemClock
from crmdesk.core.errors import IntegrityFailure, NotFound, OperationFailed
from crmdesk.core.fsutil import fsync_dir, make_private, make_private_dir
from crmdesk.core.privacy import erasure
from crmdesk.core.vault import audit, database, migrations
from crmdesk.core.vault.keyslots import KeySlots, Slot
from crmdesk.core.vault.session import VaultPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    safety_copy: Path | None
    manifest: Manifest
    erased_again: int = 0  # people erased from the replaced vault after the backup, erased again
    warning: str = ""  # set when the replaced vault's erasures could not be read


def restore_backup(path: str | Path, target: str | Path, key_finder: KeyFinder, *, force: bool = False,
                   clock: Clock | None = None) -> RestoreResult:
    """Restore a backup into the vault folder ``target``.

    The backup is checked completely first; any problem stops the restore
    (``IntegrityFailure``) with nothing changed. An existing vault at
    ``target`` is replaced only with ``force``, and is then kept beside it
    as ``NAME.crmvault.before-restore-YYYYMMDD-HHMMSS``. Needs an owner or
    admin of the backup's vault. Audited in the restored vault.
    """
    clock = clock or SystemClock()
    path = Path(path)
    paths = VaultPaths.of(target)
    if paths.folder.exists() and not force:
        raise OperationFailed(
            f"{paths.folder} already exists; restore to a new path, or add --force to replace it "
            "(a safety copy of it is kept)."
        )
    if not paths.folder.parent.is_dir():
        raise NotFound(f"The folder {paths.folder.parent} does not exist; create it first.")
    read_manifest(path)
    building = Path(tempfile.mkdtemp(prefix=f".{paths.folder.name}.restoring-", dir=paths.folder.parent))
    try:
        make_private_dir(building)
        db_copy = building / DATABASE
        with path.open("rb") as handle, zipfile.ZipFile(handle) as archive:
            with archive.open(DATABASE) as source, db_copy.open("wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
            slots_bytes = archive.read(KEYSLOTS)
        make_private(db_copy)
        found: dict[str, object] = {}

        def remembering(slots: KeySlots) -> tuple[Slot, bytes]:
            found["slot"], found["key"] = key_finder(slots)
            found["slots"] = slots
            return found["slot"], found["key"]

        result = check_archive(path, remembering, db_copy=db_copy)
        if result.problems:
            raise IntegrityFailure(
                f"{path.name} failed its check, so nothing was restored; use another backup.",
                result.problems,
            )
        (building / KEYSLOTS).write_bytes(slots_bytes)
        make_private(building / KEYSLOTS)
        slot, slots = found["slot"], found["slots"]
        master_key = slot.master_keys(slots.vault_id, found["key"])[0]
        erasures, warning = _erasures_of(paths, key_finder) if paths.folder.exists() else (None, "")
        erased_again = _audit_restore(db_copy, master_key, clock, slot, path.name, result.manifest, erasures)
        with db_copy.open("rb+") as handle:
            os.fsync(handle.fileno())
        safety = _swap_in(building, paths.folder, clock) if paths.folder.exists() else None
        if safety is None:
            os.rename(building, paths.folder)
        fsync_dir(paths.folder.parent)
    except zipfile.BadZipFile as exc:
        raise IntegrityFailure(f"{path.name} is not a readable crmdesk backup (damaged).") from exc
    except OSError as exc:
        raise OperationFailed(
            f"The backup could not be restored to {paths.folder} ({exc.strerror}); nothing was changed."
        ) from None
    finally:
        shutil.rmtree(building, ignore_errors=True)
    log.info("backup restored")
    return RestoreResult(paths.folder, safety, result.manifest, erased_again, warning)


@dataclass(frozen=True)
class _Erasures:
    tombstones: list[tuple]
    suppressions: list[tuple]
    secret: str | None


def _erasures_of(paths: VaultPaths, key_finder: KeyFinder) -> tuple[_Erasures | None, str]:
    """The erasures recorded in the vault a restore replaces, so a person
    erased after the backup was made does not come back; (None, why) when
    that vault cannot be read with the same credentials (or has none)."""
    cannot = ("The people erased from the replaced vault could not be read from it, so any erased after "
              "this backup was made are back; erase them again (their requests are in the safety copy).")
    try:
        slots = KeySlots.load(paths.keyslots)
        slot, key = key_finder(slots)
        conn = database.connect(paths.db, slot.master_keys(slots.vault_id, key)[0])
    except Exception:  # noqa: BLE001 - a damaged or foreign vault: say so, restore anyway
        return None, cannot
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "tombstones" not in tables:
            return _Erasures([], [], None), ""
        secret = conn.execute("SELECT value FROM meta WHERE key = 'suppression_secret'").fetchone()
        return _Erasures(
            conn.execute("SELECT contact_uuid, erased_at, request, erased_by FROM tombstones").fetchall(),
            conn.execute("SELECT digest, kind, erased_at FROM suppressions").fetchall(),
            secret[0] if secret else None), ""
    except Exception:  # noqa: BLE001
        return None, cannot
    finally:
        conn.close()


def _audit_restore(db_path: Path, master_key: bytes, clock: Clock, slot: Slot, file_name: str,
                   manifest: Manifest, erasures: _Erasures | None) -> int:
    """Record the restore in the restored vault and erase again whoever the
    replaced vault had erased since; how many were erased again."""
    conn = database.connect(db_path, master_key)
    erased_again = 0
    try:
        actor = slot.user_id or conn.execute("SELECT id FROM users WHERE role = 'owner'").fetchone()[0]
        if erasures is not None and erasures.tombstones:
            migrations.migrate(conn)  # an older backup gets the tables erasure needs
        with database.transaction(conn):
            if erasures is not None and erasures.tombstones:
                if erasures.secret and not conn.execute("SELECT 1 FROM suppressions LIMIT 1").fetchone():
                    conn.execute("UPDATE meta SET value = ? WHERE key = 'suppression_secret'", (erasures.secret,))
                erased_again = erasure.reapply(conn, erasures.tombstones, erasures.suppressions)
            audit.append(conn, clock, actor=actor, action="backup.restored",
                         detail={"file": file_name, "backup_created_at": manifest.created_at,
                                 "erased_again": erased_again})
        database.checkpoint(conn)
    finally:
        conn.close()
    for leftover in database.sidecar_files(db_path)[1:]:
        leftover.unlink(missing_ok=True)
    return erased_again


def _swap_in(building: Path, folder: Path, clock: Clock) -> Path:
    """Move the vault at ``folder`` aside as its safety copy and the restored
    one into its place; if the second move fails, the first is undone."""
    safety = folder.with_name(f"{folder.name}.before-restore-{clock.now().astimezone():%Y%m%d-%H%M%S}")
    first, n = safety, 1
    while safety.exists():
        n += 1
        safety = first.with_name(f"{first.name}-{n}")
    os.rename(folder, safety)
    try:
        os.rename(building, folder)
    except OSError:
        os.rename(safety, folder)
        raise
    return safety
