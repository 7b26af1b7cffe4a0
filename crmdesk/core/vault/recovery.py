"""Recovery: the code shown once at creation, and what it unlocks.

The recovery slot opens the vault as the owner so a new owner passphrase can
be set when the old one is lost. The owner may replace the code at any time
(for instance when a printed kit was exposed), and confirms the code by
typing it once from the kit: the only proof crmdesk can have that the code
is kept and readable, since it never stores it. A confirmation is for one
recovery slot, so a new code needs confirming again. Threading: calling
thread, slow (Argon2id).
"""

from __future__ import annotations

import json
from pathlib import Path

from crmdesk.core.clock import Clock, SystemClock
from crmdesk.core.errors import AuthenticationFailed, IntegrityFailure, PermissionDenied, UsageError
from crmdesk.core.language import tr
from crmdesk.core.permissions import Permission, Role
from crmdesk.core.vault import crypto, failures, grants, keyslots, trust, vaultlock
from crmdesk.core.vault.gate import KEYS
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.lifecycle import check_new_passphrase, load_keyslots, open_with_private_key
from crmdesk.core.vault.lockout import FailureLog
from crmdesk.core.vault.session import Session, VaultPaths


def recover(
    path: str | Path,
    recovery_code: str,
    new_passphrase: str,
    *,
    clock: Clock | None = None,
    failures: FailureLog | None = None,
) -> Session:
    """Set a new owner passphrase with the recovery code; returns the owner's session.

    The owner gets a new key pair, so a key remembered on a computer with the
    old passphrase stops working (and is reported, not used).
    """
    clock = clock or SystemClock()
    failures = failures or FailureLog()
    check_new_passphrase(new_passphrase)
    paths = VaultPaths.of(path)
    slots = load_keyslots(paths)
    recovery_slot = slots.recovery_slot()
    if recovery_slot is None:
        raise IntegrityFailure(tr("This vault has no recovery slot; restore it from a backup."))
    failures.check(slots.vault_id, recovery_slot.counter_key, clock)
    try:
        private_key, wrapping_key = recovery_slot.unwrap(slots.vault_id, crypto.normalise_recovery_code(recovery_code))
    except crypto.DecryptionFailed:
        failures.record_failure(slots.vault_id, recovery_slot.counter_key, clock)
        raise AuthenticationFailed(
            tr("The recovery code is wrong; type it exactly as printed on the recovery kit.")
        ) from None
    session = open_with_private_key(
        paths, slots, recovery_slot, private_key, method="recovery", clock=clock, failures=failures,
        wrapping_key=wrapping_key,
    )
    try:
        with vaultlock.editing_slots(paths.folder):
            _new_owner_slot(session, paths, new_passphrase, private_key)
    except BaseException:
        session.close()
        raise
    return session


def _new_owner_slot(session: Session, paths: VaultPaths, new_passphrase: str, private_key: bytes) -> None:
    """The owner's new slot and key pair, vouched for by the root."""
    slots = KeySlots.load(paths.keyslots)
    owner = session.user
    new_slot, new_private = keyslots.new_slot(
        vault_id=slots.vault_id, kind=keyslots.USER, secret=new_passphrase,
        master_key=session.master_key(), kdf=slots.kdf_defaults,
        user_id=owner.id, user_name=owner.name, root_fingerprint=slots.root_fingerprint(),
    )
    new_slot.totp = owner.totp_enabled
    new_slot.owner = True
    new_slot.sign(slots.vault_id, new_private)
    root = trust.root_seed(slots, slots.recovery_slot(), private_key)
    if root is not None:
        new_slot.seal_root_key(slots.vault_id, root)
    with session.operation(Permission.OWN, "owner.recovered", target=owner.id) as op:
        if root is not None:  # the root vouches for the owner's new signing key and slot
            op.detail["grant"] = grants.reissue(
                op.conn, slots.vault_id, signer=root, granted_by=grants.ROOT, user_id=owner.id, at=op.now,
                signing_key=crypto.signing_public(crypto.signing_seed(new_private)), slot_id=new_slot.id).seq
        op.changed(KEYS)
        slots.replace(slots.slot_for_user_id(owner.id), new_slot)
        slots.save(paths.keyslots, session.master_key())
    session.set_private_key(new_private)


def replace_recovery_code(session: Session) -> str:
    """Make a new recovery code; the old one stops working. Needs OWN.

    Returns the new code, which is shown once and never stored in clear.
    """
    session.require(Permission.OWN)
    with vaultlock.editing_slots(session.paths.folder):
        return _replace_recovery_code(session)


def _replace_recovery_code(session: Session) -> str:
    slots = KeySlots.load(session.paths.keyslots)
    code = crypto.new_recovery_code()
    slot, _ = keyslots.new_slot(
        vault_id=slots.vault_id, kind=keyslots.RECOVERY, secret=code,
        master_key=session.master_key(), kdf=slots.kdf_defaults, root_fingerprint=slots.root_fingerprint(),
    )
    own = slots.slot_for_user_id(session.user.id)
    root = trust.root_seed(slots, own, session.private_key()) if own is not None else None
    if root is not None:  # the new recovery slot holds the root key, and the root names it
        slot.seal_root_key(slots.vault_id, root)
        slots.set_root(root, since=slots.root_since() or 1, recovery=slot.id)
    with session.operation(Permission.OWN, "recovery.replaced") as op:
        op.changed(KEYS)
        slots.replace(slots.recovery_slot(), slot)
        slots.save(session.paths.keyslots, session.master_key())
    return code


def require_owner(session: Session) -> None:
    """Only the owner keeps the recovery code (and may confirm it)."""
    if session.role != Role.OWNER:
        raise PermissionDenied(tr("Only the owner keeps the recovery code; ask the owner to confirm it."))


def confirm_code(session: Session, recovery_code: str) -> None:
    """Check that ``recovery_code`` opens the vault's recovery slot, and record
    that the owner keeps it. Needs OWN. A wrong code is not counted towards
    the recovery slot's lockout: the owner is signed in and already holds
    everything the code opens."""
    require_owner(session)
    if not crypto.normalise_recovery_code(recovery_code):
        raise UsageError(tr("No recovery code was typed; type the code printed on the recovery kit."))
    if session.read_only:  # the confirmation could not be recorded
        raise failures.read_only(session.paths.folder)
    slot = _recovery_slot(session)
    try:
        slot.unwrap(session.vault_id, crypto.normalise_recovery_code(recovery_code))
    except crypto.DecryptionFailed:
        raise AuthenticationFailed(
            tr("That is not this vault's recovery code; type it exactly as printed on the recovery kit, or "
               "make a new code if the kit is lost.")
        ) from None
    with session.operation(Permission.OWN, "recovery.confirmed", detail={"slot": slot.id}) as op:
        op.changed(KEYS)


def _recovery_slot(session: Session) -> keyslots.Slot:
    slot = load_keyslots(session.paths).recovery_slot()
    if slot is None:
        raise IntegrityFailure(tr("This vault has no recovery slot any more: keyslots.json was changed "
                                  "outside crmdesk. Restore the vault from a backup."))
    return slot


def confirmed_at(session: Session) -> str | None:
    """When the owner last confirmed the current recovery code (an ISO time),
    or None when nobody has since it was made."""
    slot = _recovery_slot(session)
    row = session.conn.execute(
        "SELECT at, detail FROM audit WHERE action = 'recovery.confirmed' ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None or json.loads(row[1] or "{}").get("slot") != slot.id:
        return None
    return row[0]
