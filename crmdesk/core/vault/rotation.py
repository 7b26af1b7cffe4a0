"""Master-key rotation: a fresh key for the database, sealed to every remaining slot.

Revoking a user rotates the key, so an old copy of their slot opens nothing
new. Crash-safe: the re-keyed database is built beside the old one and
renamed into place, and the key slots carry the new key as *pending* until
the rename has happened (``lifecycle`` settles an interrupted rotation at
the next unlock). Resumable: the need for it is recorded in the database
(``rotation_due``) with the change that needs it, and every rotation seals
the new key only to the slots of users who are active *in the database*,
so however a rotation ends (killed, no room for the copy), the one that
finishes it never gives the new key to a disabled user.
Threading: the session's thread; no other connection may be open.
"""

from __future__ import annotations

import logging
import os

from crmdesk.core.fsutil import create_private, fsync_dir, make_private
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import crypto, database, migrations, trust, vaultlock
from crmdesk.core.vault.gate import KEYS, Operation
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.session import Session

log = logging.getLogger(__name__)

WAIT_FOR_OTHERS_SECONDS = 5.0  # for other programs to close the vault before a rotation is left for later


def due(conn) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = 'rotation_due'").fetchone() is not None


def mark_rotation_due(op: Operation) -> None:
    """Record, in the operation, that the key must rotate (done right after
    it, and at the next unlock by an admin should that fail)."""
    op.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('rotation_due', ?)", (op.now,))


def _write_rekeyed_copy(session: Session, new_key: bytes, version: int) -> None:
    """The whole database under ``new_key`` in ``vault.db.rekey``, on disk."""
    paths = session.paths
    # The copy is written by a connection of its own: the session's is read-only outside operations.
    exporter = database.connect(paths.db, session.master_key())
    try:
        create_private(paths.rekey)
        exporter.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(paths.rekey),))
        try:
            exporter.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            exporter.execute(f"PRAGMA rekeyed.user_version = {version:d}")
        finally:
            exporter.execute("DETACH DATABASE rekeyed")
    finally:
        exporter.close()
    make_private(paths.rekey)
    with open(paths.rekey, "rb+") as handle:
        os.fsync(handle.fileno())


def rotate_master_key(session: Session, *, remove_slots: tuple[str, ...] = (),
                      wait_seconds: float = WAIT_FOR_OTHERS_SECONDS) -> None:
    """Re-key the database with a fresh master key and re-seal it to every
    remaining slot: the recovery slot and those of active users (dropping
    any other, and those named in ``remove_slots``).

    Needs no passphrase: each slot's public key suffices. Crash-safe: the
    new database is built beside the old one and renamed into place, and the
    key slots carry the new key as *pending* until the rename has happened.
    Needs ``Permission.ADMINISTER``, and the vault to this process alone:
    ``vaultlock.InUse`` when another program keeps it open for longer than
    ``wait_seconds``.
    """
    session.require(Permission.ADMINISTER)
    paths = session.paths
    new_key = crypto.random_key()
    version = migrations.schema_version(session.conn)

    with vaultlock.exclusive(paths.folder, wait_seconds):
        slots = KeySlots.load(paths.keyslots)  # read with the vault to ourselves: nobody changes it meanwhile
        removed = _rotate(session, slots, new_key, version, remove_slots)
    session.set_master_key(new_key)
    session.conn = session.open_connection()
    with session.operation(Permission.ADMINISTER, "key.rotated", detail={"slots_removed": removed}) as op:
        op.conn.execute("DELETE FROM meta WHERE key = 'rotation_due'")
        op.changed(KEYS)
    log.info("master key rotated")


def _rotate(session: Session, slots: KeySlots, new_key: bytes, version: int, remove_slots: tuple[str, ...]) -> int:
    """The re-keyed copy, the key slots and the swap (with the vault to
    ourselves); how many slots were dropped."""
    paths = session.paths
    paths.rekey.unlink(missing_ok=True)
    database.checkpoint(session.conn)
    try:
        _write_rekeyed_copy(session, new_key, version)
    except BaseException:
        paths.rekey.unlink(missing_ok=True)  # no room, or stopped: the vault stays as it was
        raise

    kept = [s for s in trust.rightful_slots(session.conn, slots) if s.id not in remove_slots]
    removed = len(slots.slots) - len(kept)
    slots.slots = kept
    for slot in slots.slots:
        slot.pending_master_key = slot.seal_master_key(slots.vault_id, new_key)
    slots.save(paths.keyslots, session.master_key())  # phase 1: old key current, new key pending

    session.conn.close()
    for sidecar in database.sidecar_files(paths.db)[1:]:
        sidecar.unlink(missing_ok=True)
    os.replace(paths.rekey, paths.db)
    fsync_dir(paths.folder)

    for slot in slots.slots:
        slot.sealed_master_key, slot.pending_master_key = slot.pending_master_key, None
    slots.save(paths.keyslots, new_key)  # phase 2: the new key alone
    return removed
