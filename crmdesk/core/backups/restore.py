"""Restoring a backup: to a new vault folder, or over a vault with a safety copy.

The backup is checked completely first (``archive.check_backup``'s checks);
any problem, a wrong passphrase or a user who may not restore stops it with
nothing changed. The restored folder is built beside the target and renamed
into place; a vault already there is renamed aside first and, should the
second rename fail, renamed back. Audited in the restored vault.

A backup made before an erasure still holds the erased person. A restore
erases them again, to a new folder as over the vault: it re-applies every
tombstone that the open vault (``KnownErasures.of``) and the vault being
replaced know, and says how many people it erased again. Without either, it
cannot know who was erased since, so it restores only when the caller
confirms that (``without_erasures``).
Threading: blocks for seconds; front ends call it off the UI thread.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from crmdesk.core.backups.archive import (
    CHUNK,
    DATABASE,
    KEYSLOTS,
    KeyFinder,
    Manifest,
    check_archive,
    read_manifest,
)
from crmdesk.core.clock import Clock, SystemClock
from crmdesk.core.errors import (
    CrmdeskError,
    IntegrityFailure,
    NotFound,
    OperationFailed,
    PermissionDenied,
    UsageError,
)
from crmdesk.core.fsutil import fsync_dir, make_private, make_private_dir
from crmdesk.core.language import N_, tr
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import erasure
from crmdesk.core.vault import crypto, database, grants, keyslots, migrations, rotation, trust
from crmdesk.core.vault.keyslots import RECOVERY, KeySlots, Slot
from crmdesk.core.vault.session import USER_COLUMNS, Session, UnlockReport, User, VaultPaths
from crmdesk.core.vault.team_schema import TEAM_TABLES

log = logging.getLogger(__name__)


NO_ERASURES = ("No open vault tells which people were erased after this backup was made, so they would come "
               "back; open the vault this backup belongs to, or confirm that you restore without that.")
ANOTHER_VAULT = ("The vault in {0} is not the one this backup was made of, so it cannot tell who was erased after "
                 "the backup was made and they would come back; confirm that you restore without that.")
UNREADABLE = ("The vault in {0} cannot be read with the credentials that open this backup, so the people erased "
              "from it after the backup was made would come back; confirm that you restore without that.")

NOT_REAPPLIED = ("Nothing told who was erased after this backup was made, so anyone erased since is back; erase "
                 "them again by hand.")


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    safety_copy: Path | None
    manifest: Manifest
    erased_again: int = 0  # people erased since the backup was made, erased again
    warning: str = ""  # set when the erasures since the backup could not be re-applied
    left_team: bool = False  # a desk of a team restored into another folder: a desk of its own now


@dataclass(frozen=True)
class KnownErasures:
    """What a vault knows of the people erased from it: tombstones,
    suppression digests and the secret they are keyed with."""

    vault_id: str
    tombstones: list[tuple]
    suppressions: list[tuple]
    secret: str | None

    @classmethod
    def of(cls, session: Session) -> KnownErasures:
        """The erasures the open vault knows. Needs ADMINISTER."""
        session.require(Permission.ADMINISTER)
        return cls.read(session.conn, session.vault_id)

    @classmethod
    def read(cls, conn, vault_id: str) -> KnownErasures:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "tombstones" not in tables:
            return cls(vault_id, [], [], None)
        secret = conn.execute("SELECT value FROM meta WHERE key = 'suppression_secret'").fetchone()
        return cls(vault_id,
                   conn.execute("SELECT contact_uuid, erased_at, request, erased_by FROM tombstones").fetchall(),
                   conn.execute("SELECT digest, kind, erased_at FROM suppressions").fetchall(),
                   secret[0] if secret else None)

    def __or__(self, other: KnownErasures | None) -> KnownErasures:
        if other is None:
            return self
        return KnownErasures(self.vault_id, list(dict.fromkeys(self.tombstones + other.tombstones)),
                             list(dict.fromkeys(self.suppressions + other.suppressions)),
                             self.secret or other.secret)


def restore_backup(path: str | Path, target: str | Path, key_finder: KeyFinder, *, force: bool = False,
                   clock: Clock | None = None, erasures: KnownErasures | None = None,
                   erasures_from: VaultPaths | None = None, without_erasures: bool = False) -> RestoreResult:
    """Restore a backup into the vault folder ``target``.

    The backup is checked completely first; any problem stops the restore
    (``IntegrityFailure``) with nothing changed. An existing vault at
    ``target`` is replaced only with ``force``, and is then kept beside it
    as ``NAME.crmvault.before-restore-YYYYMMDD-HHMMSS``. ``erasures``: what
    the open vault knows of people erased (see the module notes), or
    ``erasures_from``, the vault to read them from with the same
    credentials. When neither, nor a vault at ``target``, tells them (none
    given, another vault, one these credentials cannot read), the restore
    is refused unless ``without_erasures``. Needs an owner or admin of the
    backup's vault. Audited in the restored vault.
    """
    clock = clock or SystemClock()
    path = Path(path)
    paths = VaultPaths.of(target)
    if paths.folder.exists() and not force:
        raise OperationFailed(
            tr("{paths.folder} already exists; restore to a new folder, or replace it (a safety copy of it "
               "is kept).").format(paths=paths), hint="restore-force")
    if not paths.folder.parent.is_dir():
        raise NotFound(tr("The folder {paths.folder.parent} does not exist; create it "
                          "first.").format(paths=paths))
    manifest = read_manifest(path)
    if erasures is not None and erasures.vault_id != manifest.vault_id:
        erasures = None  # another vault's erasures say nothing about this one
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

        remembering.totp_code = getattr(key_finder, "totp_code", None)  # type: ignore[attr-defined]
        remembering.totp_checked = getattr(key_finder, "totp_checked", False)  # type: ignore[attr-defined]
        result = check_archive(path, remembering, db_copy=db_copy)
        if result.problems:
            raise IntegrityFailure(
                tr("{path.name} failed its check, so nothing was restored; use another "
                   "backup.").format(path=path),
                result.problems,
            )
        # Over a vault: only someone still active in it may replace it, and whoever it disabled stays so.
        live = (_live_users(paths, found["slot"], found["key"], manifest.vault_id)
                if paths.folder.exists() else None)
        why = NO_ERASURES
        if erasures is None and erasures_from is not None and erasures_from.exists():
            erasures, why = erasures_of(erasures_from, key_finder, manifest.vault_id)
        if paths.folder.exists():
            replaced, problem = erasures_of(paths, key_finder, manifest.vault_id)
            if problem == UNREADABLE.format(paths.folder):
                erasures, why = None, problem  # it may know erasures that no other copy knows
            else:
                erasures = replaced | erasures if replaced is not None else erasures
                why = problem if erasures is None else why
        if erasures is None and not without_erasures:
            raise UsageError(why, hint="restore-without-erasures" if why == NO_ERASURES else "restore-confirm")
        warning = "" if erasures is not None else NOT_REAPPLIED
        (building / KEYSLOTS).write_bytes(slots_bytes)
        make_private(building / KEYSLOTS)
        slot, slots = found["slot"], found["slots"]
        master_key = slot.master_keys(slots.vault_id, found["key"])[0]
        if result.database_key != master_key:  # a backup under its own key: back to the vault's
            rekeyed = building / (DATABASE + ".rekeyed")
            database.copy_under_key(db_copy, result.database_key, rekeyed, master_key)
            os.replace(rekeyed, db_copy)
        disabled = _disable_those_gone(building, slots, live, master_key)
        erased_again, left_team = _audit_restore(building, db_copy, master_key, clock, slot, found["key"],
                                                 slots.vault_id, path.name, result.manifest, erasures, disabled,
                                                 replacing=paths.folder.exists())
        with db_copy.open("rb+") as handle:
            os.fsync(handle.fileno())
        safety = _swap_in(building, paths.folder, clock) if paths.folder.exists() else None
        if safety is None:
            os.rename(building, paths.folder)
        fsync_dir(paths.folder.parent)
    except zipfile.BadZipFile as exc:
        raise IntegrityFailure(tr("{path.name} is not a readable crmdesk backup "
                                  "(damaged).").format(path=path)) from exc
    except OSError as exc:
        raise OperationFailed(
            tr("The backup could not be restored to {paths.folder} ({exc.strerror}); nothing was "
               "changed.").format(paths=paths, exc=exc)
        ) from None
    finally:
        shutil.rmtree(building, ignore_errors=True)
    log.info("backup restored")
    return RestoreResult(paths.folder, safety, result.manifest, erased_again, warning, left_team)


NOT_ACTIVE_HERE = (N_("Only an owner or admin who can still unlock the vault being replaced may restore over it; "
                   "this account is disabled there, or not in it."))


def _live_users(paths: VaultPaths, slot: Slot, private_key: bytes, vault_id: str) -> set[str] | None:
    """The users who can still unlock the vault a restore replaces (a disabled
    user's slot is gone), after checking that the restoring user is one of
    them: their key from the backup opens their slot there, and that slot's
    master key proves the file's seal (nobody without the vault's current
    key can forge one). None when that folder holds another vault or no
    readable key slots."""
    try:
        slots = KeySlots.load(paths.keyslots)
    except (CrmdeskError, OSError):
        return None  # nothing there can tell: the backup's own users stand
    if slots.vault_id != vault_id:
        return None
    live = slots.recovery_slot() if slot.kind == RECOVERY else slots.slot_for_user_id(slot.user_id or "")
    try:
        if live is None or live.public_key != slot.public_key:
            raise crypto.DecryptionFailed()
        genuine = slots.mac is not None and slots.seal_problem(live.master_keys(vault_id, private_key)[0]) is None
    except crypto.DecryptionFailed:
        genuine = False
    if not genuine:
        raise PermissionDenied(tr(NOT_ACTIVE_HERE))
    return {s.user_id for s in slots.slots if s.kind == keyslots.USER and s.user_id}


def _disable_those_gone(building: Path, slots: KeySlots, live: set[str] | None, master_key: bytes) -> set[str]:
    """Drop from the restored key slots everyone who can no longer unlock the
    vault being replaced; their ids (the restore disables them in the
    database and has the key changed)."""
    if live is None:
        return set()
    gone = {s.user_id for s in slots.slots if s.kind == keyslots.USER and s.user_id and s.user_id not in live}
    if gone:
        slots.slots = [s for s in slots.slots if s.user_id not in gone]
        slots.save(building / KEYSLOTS, master_key)
    return gone


def erasures_of(paths: VaultPaths, key_finder: KeyFinder, vault_id: str) -> tuple[KnownErasures | None, str]:
    """The erasures recorded in the vault at ``paths`` (the one a restore
    replaces, or the one a backup came from), read without writing a byte;
    (None, why in one sentence) when it is another vault or these
    credentials cannot read it."""
    try:
        slots = KeySlots.load(paths.keyslots)
        if slots.vault_id != vault_id:
            return None, ANOTHER_VAULT.format(paths.folder)
        slot, key = key_finder(slots)
        conn = database.open_read_only(paths.db, slot.master_keys(slots.vault_id, key)[0])
    except Exception:  # noqa: BLE001 - a damaged vault, or other credentials: say so
        return None, UNREADABLE.format(paths.folder)
    try:
        return KnownErasures.read(conn, slots.vault_id), ""
    except Exception:  # noqa: BLE001
        return None, UNREADABLE.format(paths.folder)
    finally:
        conn.close()


def _audit_restore(folder: Path, db_path: Path, master_key: bytes, clock: Clock, slot: Slot, private_key: bytes,
                   vault_id: str, file_name: str, manifest: Manifest, erasures: KnownErasures | None,
                   disabled: set[str] = frozenset(), replacing: bool = True) -> tuple[int, bool]:
    """Record the restore in the restored vault and erase again whoever the
    open or replaced vault had erased since; how many were erased again, and
    whether the restored vault left its team (a copy, not ``replacing``)."""
    conn = database.connect(db_path, master_key)
    session: Session | None = None
    try:
        if erasures is not None and erasures.tombstones:
            migrations.migrate(conn)  # an older backup gets the tables erasure needs
        if slot.user_id is not None:
            row = conn.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (slot.user_id,)).fetchone()
        else:
            row = conn.execute(f"SELECT {USER_COLUMNS} FROM users WHERE role = 'owner'").fetchone()
        session = Session(paths=VaultPaths(folder), vault_id=vault_id, conn=conn, user=User.from_row(row),
                          clock=clock, report=UnlockReport(method="restore"), _master_key=bytearray(master_key),
                          _private_key=bytearray(private_key),
                          _signer=bytearray(trust.signer(vault_id, slot, private_key) or b""))
        erased_again = 0
        with session.operation(Permission.ADMINISTER, "backup.restored",
                               detail={"file": file_name, "backup_created_at": manifest.created_at}) as op:
            if erasures is not None and erasures.tombstones:
                erased_again = erasure.reapply(op, erasures.tombstones, erasures.suppressions, erasures.secret)
            op.detail["erased_again"] = erased_again
            left_team = _a_desk_anew(op) if replacing else _leave_team(op)
            restored_slots = KeySlots.load(folder / KEYSLOTS)
            for user_id in sorted(disabled):  # disabled in the vault replaced: disabled here too
                _disable_restored(op, restored_slots, user_id)
            if disabled:
                op.detail["disabled_again"] = len(disabled)
                rotation.mark_rotation_due(op)  # they may know this backup's key: it changes at the next unlock
        database.checkpoint(conn)
    finally:
        conn.close()
        if session is not None:
            session.close()  # and its hold on the vault's lock file, which moves with the folder
    for leftover in database.sidecar_files(db_path)[1:]:
        leftover.unlink(missing_ok=True)
    return erased_again, left_team


def _in_a_team(op) -> bool:
    return (op.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'team_link'").fetchone() is not None
            and op.conn.execute("SELECT 1 FROM team_link").fetchone() is not None)


def _a_desk_anew(op) -> bool:
    """A desk of a team, restored in its place, names itself anew in what it seals (core.team.desk,
    ``SENDER``): what it sent after the backup is not in its vault, so it must not take those revisions for
    its own (its answer lost in a crash) but merge them as another desk's. (False: it stays in its team.)"""
    if _in_a_team(op):
        op.conn.execute("UPDATE team_link SET desk = ?", (str(uuid.uuid4()),))
    return False


def _leave_team(op) -> bool:
    """A desk of a team restored into another folder is a copy, beside the desk it was (still working, or
    lost): it leaves the team, keeping its contacts, so that two vaults never speak for one desk. To take
    the lost desk's place, it joins again with an invitation (README). Whether it was in a team."""
    if not _in_a_team(op):
        return False
    for table in TEAM_TABLES:
        op.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - the tables named there
    op.detail["left_team"] = True
    return True


def _disable_restored(op, slots: KeySlots, user_id: str) -> None:
    op.conn.execute("UPDATE users SET active = 0, totp_secret = NULL, updated_at = ? WHERE id = ?", (op.now, user_id))
    if slots.root and grants.latest(op.conn).get(user_id) is not None:
        grants.reissue(op.conn, slots.vault_id, signer=op.session.signing_seed(), granted_by=op.session.granter(),
                       user_id=user_id, at=op.now, active=False, slot_id=None)
    op.audit("user.disabled", target=user_id, detail={"by": "restore"})


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
