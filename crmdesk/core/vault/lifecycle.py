"""Create, unlock and re-key a vault.

A vault is a folder ``NAME.crmvault/`` holding ``vault.db`` (SQLCipher 4,
random 256-bit master key) and ``keyslots.json``. Unlocking checks the
passphrase against the user's slot (AEAD tag) and confirms the master key on
a read-only probe before anything is opened read-write, so a wrong
passphrase never changes a byte on disk.

Threading: every function here runs on the calling thread and is slow
(Argon2id, roughly 0.4 s); front ends call it off the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import pyotp

from crmdesk.core import deadlines, language
from crmdesk.core.clock import Clock, SystemClock, iso
from crmdesk.core.errors import (
    AuthenticationFailed,
    CrmdeskError,
    IntegrityFailure,
    NotFound,
    OperationFailed,
    TotpRequired,
    UsageError,
)
from crmdesk.core.fsutil import fsync_dir, make_private_dir
from crmdesk.core.language import N_, tr
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.vault import (
    audit,
    bookkeeping,
    crypto,
    database,
    failures,
    grants,
    keyslots,
    migrations,
    rotation,
    settings,
    training,
    trust,
    vaultlock,
)
from crmdesk.core.vault.keyslots import KeySlots, Slot
from crmdesk.core.vault.lockout import FailureLog
from crmdesk.core.vault.session import USER_COLUMNS, Session, UnlockReport, User, VaultPaths

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 10
GRANTS_SCHEMA = 14  # the schema version from which roles are signed grants and audit entries signed
SHOP_COUNTRY_SCHEMA = 27  # from which a new vault keeps its holidays and document language (migration 27)
BOOKKEEPING_SCHEMA = 28  # from which the bookkeeping purpose keeps records as long as the shop's country says
UNLOCK_PATIENCE = 60.0  # seconds an unlock waits to be recorded while another program writes (an import)
READ_ONLY_NOTE = N_("The vault folder {folder} is read-only: you can read, export and back up to another folder, "
                    "but not change anything, and nothing is written to its audit log.")
WRONG_CREDENTIALS = N_("The user name or passphrase is wrong; check both and try again.")


@dataclass(frozen=True)
class CreatedVault:
    paths: VaultPaths
    vault_id: str
    owner_id: str
    recovery_code: str


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UsageError(
            tr("The new passphrase is too short; use at least {MIN_PASSPHRASE_LENGTH} "
               "characters.").format(MIN_PASSPHRASE_LENGTH=MIN_PASSPHRASE_LENGTH)
        )


def check_user_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise UsageError(
            tr("A user name needs 1 to 64 characters without spaces, such as 'anna' or 'a.berg'.")
        )
    return name


def default_vault_path() -> Path:
    """Where the vault lives when no path is given: the user data folder."""
    return Path(platformdirs.user_data_dir("crmdesk")) / "main.crmvault"


def require_vault(paths: VaultPaths) -> None:
    if not paths.exists():
        raise NotFound(tr("There is no vault at {paths.folder}.").format(paths=paths), hint="init-vault")


def create_vault(
    path: str | Path,
    *,
    owner_name: str,
    passphrase: str,
    organisation: str = "",
    owner_display_name: str = "",
    phone_region: str | None = None,
    clock: Clock | None = None,
    kdf: crypto.KdfParams | None = None,
    schema_version: int = migrations.LATEST,
    make_parents: bool = False,
) -> CreatedVault:
    """Make a new vault with its owner and a recovery slot.

    The folder is built under a temporary name and renamed when complete,
    so a crash never leaves a half-made vault. ``make_parents`` creates the
    enclosing folders (for the default location). ``phone_region`` is the
    country of numbers written without a country code (default: the system
    locale's). ``schema_version`` below the latest exists for migration tests.
    """
    clock = clock or SystemClock()
    kdf = kdf or crypto.KdfParams()
    paths = VaultPaths.of(path)
    owner_name = check_user_name(owner_name)
    check_new_passphrase(passphrase)
    region = settings.checked_region(phone_region or settings.locale_region())
    if paths.folder.exists():
        raise OperationFailed(
            tr("{paths.folder} already exists; open that vault, or choose another name.").format(paths=paths)
        )
    if make_parents:
        make_private_dir(paths.folder.parent)
    if not paths.folder.parent.is_dir():
        raise NotFound(tr("The folder {paths.folder.parent} does not exist; create it "
                          "first.").format(paths=paths))

    vault_id = str(uuid.uuid4())
    owner_id = str(uuid.uuid4())
    master_key = crypto.random_key()
    recovery_code = crypto.new_recovery_code()
    slots = KeySlots(vault_id=vault_id, kdf_defaults=kdf)
    signed = schema_version >= GRANTS_SCHEMA  # (older schemas exist for migration tests)
    root_seed = crypto.new_signing_seed()
    if signed:
        slots.set_root(root_seed, since=1)
    owner_slot, owner_private = keyslots.new_slot(
        vault_id=vault_id, kind=keyslots.USER, secret=passphrase, master_key=master_key,
        kdf=kdf, user_id=owner_id, user_name=owner_name, root_fingerprint=slots.root_fingerprint(),
    )
    owner_slot.owner = True
    owner_slot.sign(vault_id, owner_private)
    recovery_slot, _ = keyslots.new_slot(
        vault_id=vault_id, kind=keyslots.RECOVERY, secret=recovery_code,
        master_key=master_key, kdf=kdf, root_fingerprint=slots.root_fingerprint(),
    )
    slots.slots = [owner_slot, recovery_slot]
    owner_signing = crypto.signing_seed(owner_private) if signed else None
    if signed:
        slots.set_root(root_seed, since=1, recovery=recovery_slot.id)
        trust.seal_root(slots, root_seed)

    building = Path(tempfile.mkdtemp(prefix=f".{paths.folder.name}.", dir=paths.folder.parent))
    try:
        make_private_dir(building)
        db_path = building / paths.db.name
        conn = database.connect(db_path, master_key, create=True)
        try:
            migrations.migrate(conn, upto=schema_version, creating=True)
            now = iso(clock.now())
            with database.transaction(conn):
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now,))
                conn.execute(
                    "INSERT INTO users (id, name, display_name, role, active, created_at, updated_at)"
                    " VALUES (?, ?, ?, 'owner', 1, ?, ?)",
                    (owner_id, owner_name, owner_display_name.strip(), now, now),
                )
                if schema_version >= 2 and organisation.strip():
                    conn.execute(
                        "INSERT INTO settings (key, value) VALUES ('organisation', ?)",
                        (organisation.strip(),),
                    )
                if schema_version >= 2:  # the vault keeps its country, whatever computer opens it
                    conn.execute("INSERT INTO settings (key, value) VALUES ('phone_region', ?)", (region,))
                if schema_version >= SHOP_COUNTRY_SCHEMA:
                    # and the shop's holidays and language follow that country (Settings changes them), in
                    # place of the computer's that migration 27 set
                    migrated = conn.execute("SELECT value FROM settings WHERE key = 'holiday_region'").fetchone()
                    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('holiday_region', ?), ('shop_language', ?)",
                                 (deadlines.default_region(region), language.country_language(region)))
                    if schema_version >= BOOKKEEPING_SCHEMA:  # and its bookkeeping period that country's law
                        bookkeeping.fit(conn, migrated[0] if migrated else "", deadlines.default_region(region), now)
                if signed:
                    grants.issue(conn, vault_id, signer=root_seed, granted_by=grants.ROOT, user_id=owner_id,
                                 role="owner", active=True, signing_key=crypto.signing_public(owner_signing),
                                 slot_id=owner_slot.id, at=now)
                audit.append(conn, clock, actor=owner_id, action="vault.created", signer=owner_signing)
                audit.append(
                    conn, clock, actor=owner_id, action="user.added", target=owner_id,
                    detail={"role": "owner", "grant": 1} if signed else {"role": "owner"}, signer=owner_signing,
                )
            database.checkpoint(conn)
        finally:
            conn.close()
        slots.save(building / paths.keyslots.name, master_key)
        for leftover in database.sidecar_files(db_path)[1:]:
            leftover.unlink(missing_ok=True)
        os.rename(building, paths.folder)
        fsync_dir(paths.folder.parent)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    log.info("vault created")
    return CreatedVault(paths, vault_id, owner_id, recovery_code)


def load_keyslots(paths: VaultPaths) -> KeySlots:
    require_vault(paths)
    return KeySlots.load(paths.keyslots)


def unlock(
    path: str | Path,
    user_name: str | None,
    passphrase: str,
    *,
    totp_code: str | None = None,
    clock: Clock | None = None,
    failures: FailureLog | None = None,
) -> Session:
    """Unlock as ``user_name`` (``None``: the owner). Raises ``AuthenticationFailed`` (or its
    subclasses ``LockedOut`` and ``TotpRequired``), ``IntegrityFailure`` or
    ``NotFound``; a failure changes nothing in the vault folder.
    """
    clock = clock or SystemClock()
    failures = failures or FailureLog()
    paths = VaultPaths.of(path)
    slots = load_keyslots(paths)
    slot = slots.user_slot(user_name)
    who = slot.counter_key if slot is not None else keyslots.user_lookup(slots.vault_id, user_name or "")
    failures.check(slots.vault_id, who, clock)
    if slot is None:
        failures.record_failure(slots.vault_id, who, clock)
        raise AuthenticationFailed(tr(WRONG_CREDENTIALS))
    try:
        private_key, wrapping_key = slot.unwrap(slots.vault_id, passphrase)
    except crypto.DecryptionFailed:
        failures.record_failure(slots.vault_id, who, clock)
        raise AuthenticationFailed(tr(WRONG_CREDENTIALS)) from None
    return open_with_private_key(
        paths, slots, slot, private_key, method="passphrase", wrapping_key=wrapping_key,
        totp_code=totp_code, clock=clock, failures=failures,
    )


def open_with_private_key(
    paths: VaultPaths,
    slots: KeySlots,
    slot: Slot,
    private_key: bytes,
    *,
    method: str,
    totp_code: str | None = None,
    clock: Clock | None = None,
    failures: FailureLog | None = None,
    notes: tuple[str, ...] = (),
    wrapping_key: bytes | None = None,
) -> Session:
    """Finish unlocking once a slot's private key is known.

    Used after a passphrase, a remembered key from the OS keyring, or the
    recovery code. Raises ``crypto.DecryptionFailed`` if ``private_key``
    does not belong to ``slot`` (a stale remembered key). ``wrapping_key``
    (after a passphrase) lets an older slot be bound to the root key, and
    the owner's first unlock of a vault from before signatures makes its
    root key and role grants (``trust``).
    """
    clock = clock or SystemClock()
    failures = failures or FailureLog()
    if crypto.public_key_of(private_key) != slot.public_key:
        raise crypto.DecryptionFailed()
    failures.check(slots.vault_id, slot.counter_key, clock)
    master_key = _confirmed_master_key(paths, slots, slot, private_key)
    read_only = not writable_folder(paths)
    # Held before the database is opened, so no rotation swaps the file between the two (the
    # session takes its own hold; this one is let go at the end).
    early_hold = not read_only and vaultlock.hold(paths.folder)
    try:
        return _open(paths, slots, slot, private_key, master_key, read_only, method=method, totp_code=totp_code,
                     clock=clock, failures=failures, notes=notes,
                     wrapping_key=wrapping_key)
    finally:
        if early_hold:
            vaultlock.release(paths.folder)


def _open(paths: VaultPaths, slots: KeySlots, slot: Slot, private_key: bytes, master_key: bytes, read_only: bool, *,
          method: str, totp_code: str | None, clock: Clock, failures: FailureLog, notes: tuple[str, ...],
          wrapping_key: bytes | None) -> Session:
    session: Session | None = None
    try:
        conn = (_read_only_connection(paths, master_key) if read_only
                else database.connect(paths.db, master_key))
    except (database.DatabaseError, OSError) as exc:
        raise _explained(exc, paths, master_key) from exc
    try:
        start_version = migrations.schema_version(conn) if read_only else migrations.migrate(conn)
        user = _signed_in_user(conn, slot)
        _check_totp(conn, user, totp_code, slots.vault_id, slot.counter_key, clock, failures)
        signer = trust.signer(slots.vault_id, slot, private_key)
        trust.check_unlock(conn, slots, slot, user.id, master_key,
                           crypto.signing_public(crypto.signing_seed(private_key)))
        failed = failures.failures(slots.vault_id, slot.counter_key)[0]
        session = Session(
            paths=paths, vault_id=slots.vault_id, conn=conn, user=user, clock=clock,
            report=UnlockReport(method=method, failed_attempts=failed,
                                notes=notes + ((tr(READ_ONLY_NOTE).format(folder=paths.folder),) if read_only else ())),
            read_only=read_only, _master_key=bytearray(master_key),
            _private_key=bytearray(private_key), _signer=bytearray(signer or b""),
        )
        establish = (not read_only and slot.kind == keyslots.USER and slot.owner
                     and trust.may_establish(conn, slots) and migrations.schema_version(conn) >= GRANTS_SCHEMA)
        with session.operation(Permission.READ, "vault.unlocked", patience=UNLOCK_PATIENCE,
                               detail={"method": method, "failed_attempts": failed}) as op:
            if start_version != migrations.LATEST:
                op.audit("schema.migrated", detail={"from": start_version, "to": migrations.LATEST})
            if failed:
                op.audit("login.failed", detail={"count": failed})
            if establish:
                trust.establish(op.conn, slots, slot, private_key, user.id, op.now)
                op.audit("vault.root_created", detail={"grants": len(grants.latest(op.conn))})
        session.training_due = training.due(session)
        if not read_only:
            _bind_and_seal(paths, slots, slot, private_key, wrapping_key, master_key, changed=establish)
            with contextlib.suppress(database.DatabaseError):
                database.checkpoint(conn)  # finishes an erasure a reader held back (erasure.PENDING)
    except (database.DatabaseError, OSError) as exc:
        _close(conn, session)
        raise _explained(exc, paths, master_key) from exc
    except BaseException:
        _close(conn, session)
        raise
    failures.take(slots.vault_id, slot.counter_key)
    if rotation.due(conn) and allows(user.role, Permission.ADMINISTER) and not read_only:
        try:
            rotation.rotate_master_key(session)  # left over from disabling a user
        except vaultlock.InUse:
            log.info("key rotation still due: another program has the vault open")
    return session


def _close(conn, session: Session | None) -> None:
    if session is not None:
        session.close()
    else:
        conn.close()


def _bind_and_seal(paths: VaultPaths, slots: KeySlots, slot: Slot, private_key: bytes, wrapping_key: bytes | None,
                   master_key: bytes, *, changed: bool) -> None:
    """Save keyslots.json when the unlock changed it: a new root, the user's
    slot bound to the root (possible only with the passphrase), or a file
    from before seals. ``changed`` (a new root): ``slots`` is saved as it is;
    otherwise the file is read again, so a change another program made since
    this unlock read it is kept."""
    fingerprint = slots.root_fingerprint()
    needs = (bool(fingerprint and slot.root is None and wrapping_key is not None) or slot.signature is None
             or slots.mac is None)
    if not (changed or needs):
        return
    with vaultlock.editing_slots(paths.folder):
        current = slots if changed else KeySlots.load(paths.keyslots)
        mine = current.slot_for_user_id(slot.user_id) if slot.user_id else current.recovery_slot()
        if mine is None or mine.public_key != slot.public_key:
            return  # changed meanwhile (a new passphrase, a disable): leave it to that change
        if fingerprint and mine.root is None and wrapping_key is not None:
            mine.bind(current.vault_id, wrapping_key, private_key, fingerprint)
        if mine.signature is None:  # a slot from before slots were signed
            mine.sign(current.vault_id, private_key)
        current.save(paths.keyslots, master_key)


def _confirmed_master_key(paths: VaultPaths, slots: KeySlots, slot: Slot, private_key: bytes) -> bytes:
    try:
        candidates = slot.master_keys(slots.vault_id, private_key)
    except crypto.DecryptionFailed:
        raise IntegrityFailure(
            tr("Your key slot in keyslots.json is damaged; restore the vault from a backup.")
        ) from None
    if not paths.db.is_file():
        raise NotFound(tr("The vault database {paths.db} is missing; restore it from a "
                          "backup.").format(paths=paths))
    if paths.db.stat().st_size < database.PAGE_SIZE:  # SQLite would take it for a new, empty database
        raise failures.damaged(paths.db, None)
    for index, key in enumerate(candidates):
        if database.probe_key(paths.db, key):
            if slot.pending_master_key is not None:
                _settle_rotation(paths, slots, finished=index == 1, master_key=key)
            if paths.rekey.exists():  # left by a rotation that never began
                paths.rekey.unlink()
            return key
    raise failures.damaged(paths.db, candidates[0])


def writable_folder(paths: VaultPaths) -> bool:
    """Whether the vault's folder and database can be written (``access``
    also answers no for root on a read-only mount)."""
    return os.access(paths.folder, os.W_OK) and os.access(paths.db, os.W_OK)


def _read_only_connection(paths: VaultPaths, master_key: bytes):
    """The database of a vault in a read-only folder, read as it is on disk;
    refused when its write-ahead log still holds changes nobody merged."""
    wal = database.sidecar_files(paths.db)[1]
    if wal.is_file() and wal.stat().st_size > 0:
        raise OperationFailed(
            tr("The vault in the read-only folder {paths.folder} was not closed properly and holds unmerged "
               "changes; copy the whole folder to a writable place and open it there.").format(paths=paths))
    conn = database.open_read_only(paths.db, master_key)
    if migrations.schema_version(conn) != migrations.LATEST:
        conn.close()
        raise OperationFailed(
            tr("The vault in the read-only folder {paths.folder} was written by an older "
               "crmdesk and must be updated first; copy the whole folder to a writable place "
               "and open it there.").format(paths=paths))
    return conn


def _explained(exc: BaseException, paths: VaultPaths, master_key: bytes) -> CrmdeskError:
    known = failures.explain(exc, paths, master_key)
    if known is not None:
        return known
    if isinstance(exc, OSError):
        return OperationFailed(tr("The vault folder {paths.folder} cannot be used ({value}); check that "
                                  "this user may read and write it.").format(paths=paths,
                                                                             value=exc.strerror or 'error'))
    return failures.damaged(paths.db, master_key)


def _settle_rotation(paths: VaultPaths, slots: KeySlots, *, finished: bool, master_key: bytes) -> None:
    """Complete (or forget) a master-key rotation that a crash interrupted."""
    for slot in slots.slots:
        if finished and slot.pending_master_key is not None:
            slot.sealed_master_key = slot.pending_master_key
        slot.pending_master_key = None
    slots.save(paths.keyslots, master_key)
    paths.rekey.unlink(missing_ok=True)
    log.warning("an interrupted master-key rotation was %s", "completed" if finished else "undone")


def _signed_in_user(conn, slot: Slot) -> User:
    if slot.kind == keyslots.RECOVERY:
        row = conn.execute(f"SELECT {USER_COLUMNS} FROM users WHERE role = 'owner'").fetchone()
    else:
        row = conn.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (slot.user_id,)).fetchone()
    if row is None or not row[4]:
        raise AuthenticationFailed(
            tr("This user account is disabled; ask an owner or admin of the vault.")
        )
    try:
        return User.from_row(row)
    except ValueError:  # a role crmdesk does not know: written outside it
        raise IntegrityFailure(trust.CHANGED_OUTSIDE) from None


def _check_totp(conn, user: User, code: str | None, vault_id: str, who: str, clock: Clock,
                failures: FailureLog) -> None:
    if not user.totp_enabled:
        return
    if not code:
        raise TotpRequired(tr("This user also needs the 6-digit code from the authenticator app."))
    secret = conn.execute("SELECT totp_secret FROM users WHERE id = ?", (user.id,)).fetchone()[0]
    if not pyotp.TOTP(secret).verify(code.strip().replace(" ", ""), for_time=clock.now(), valid_window=1):
        failures.record_failure(vault_id, who, clock)
        raise AuthenticationFailed(
            tr("The authenticator code is wrong or expired; enter the current 6-digit code.")
        )
