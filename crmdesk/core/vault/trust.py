"""Who vouches for whom: the vault's root key, role grants, bound slots.

Anyone with a passphrase of this vault opens the master key, so they can
edit vault.db and keyslots.json with their own tools. What they cannot do is
sign as someone else. This module keeps that true at the places where keys
and roles change, and checks it at every unlock and in ``verify``:

- the owner's role is granted by the vault's root key, every other role by
  an owner or admin (``grants``);
- every audit entry is signed by its actor (``audit``);
- slots are bound to the root key (``keyslots``), so replacing the root
  (to grant oneself a role) breaks everyone else's slot, which they are told
  at their next unlock with the passphrase;
- keyslots.json carries a seal under the master key.

What stays possible for someone with a key: reading everything their slot
opens (the master key decrypts the whole database), and removing the newest
audit entries back to one of their own (nothing later is then left to
contradict them). Backups kept elsewhere keep the older, longer trail.
Threading: the session's thread.
"""

from __future__ import annotations

import logging

import sqlcipher3

from crmdesk.core.errors import IntegrityFailure
from crmdesk.core.language import N_, tr
from crmdesk.core.vault import audit, crypto, grants, keyslots
from crmdesk.core.vault.keyslots import KeySlots, Slot

log = logging.getLogger(__name__)

CHANGED_OUTSIDE = (N_("Your role in this vault is not the one an owner or admin signed: the vault was changed "
                   "outside crmdesk. Ask the owner to check it (verify) and restore a backup."))


def seal_root(slots: KeySlots, seed: bytes) -> None:
    """Seal the root's seed to the owner's slot and the recovery slot (those that hold it)."""
    for slot in slots.slots:
        if slot.owner or slot.kind == keyslots.RECOVERY:
            slot.seal_root_key(slots.vault_id, seed)


def root_seed(slots: KeySlots, slot: Slot, private_key: bytes) -> bytes | None:
    """The root's seed, if ``slot`` (the owner's or the recovery slot) holds it."""
    return _root_seed(slots.vault_id, slot, private_key)


def signer(vault_id: str, slot: Slot, private_key: bytes) -> bytes | None:
    """What a session opened through ``slot`` signs with when it is not the
    user's own key: the root's, for the owner come in by the recovery code."""
    return _root_seed(vault_id, slot, private_key) if slot.kind == keyslots.RECOVERY else None


def _root_seed(vault_id: str, slot: Slot, private_key: bytes) -> bytes | None:
    try:
        return slot.root_seed(vault_id, private_key)
    except crypto.DecryptionFailed:
        raise IntegrityFailure(tr("The root key sealed in your slot of keyslots.json is damaged; restore "
                                  "the vault from a backup.")) from None


def audit_trust(conn: sqlcipher3.Connection, slots: KeySlots) -> audit.Trust | None:
    """What to check audit signatures against; None for a vault without a root yet."""
    if not slots.root:
        return None
    return audit.Trust(slots.root_since() or 1, grants.signing_keys(conn, slots.vault_id, slots.root_public()),
                       slots.root_public(), frozenset(grants.latest(conn)))


def slot_problems(slots: KeySlots) -> list[str]:
    """The root's own signature, the recovery slot it names, and slots bound
    to another root; a file from a sealing crmdesk that lost its root."""
    if not slots.root:
        return ["keyslots.json has lost the vault's root key."] if slots.sealed_era() else []
    found = [] if slots.root_valid() else ["the vault's root key in keyslots.json is not signed by itself."]
    recovery = slots.recovery_slot()
    if slots.root.get("recovery") and (recovery is None or recovery.id != slots.root["recovery"]):
        found.append("the recovery slot is not the one the vault's root key names (an older one was put back).")
    fingerprint = slots.root_fingerprint()
    for slot in slots.slots:
        if slot.root is not None and slot.root != fingerprint:
            found.append(f"key slot {slot.id} is bound to another root key than the vault's.")
    return found


def rightful_slots(conn: sqlcipher3.Connection, slots: KeySlots) -> list[Slot]:
    """The slots that may hold the vault's key: the one recovery slot the root
    names (the first, before roots named it), and for each active user the
    slot their newest grant names (their first, before grants named slots).
    Anything else, however it got into the file, gets no new key."""
    active = {row[0] for row in conn.execute("SELECT id FROM users WHERE active = 1")}
    named = {user_id: grant.slot_id for user_id, grant in grants.latest(conn).items()} if slots.root else {}
    recovery_id = (slots.root or {}).get("recovery")
    kept: list[Slot] = []
    seen_users: set[str] = set()
    have_recovery = False
    for slot in slots.slots:
        if slot.kind == keyslots.RECOVERY:
            if not have_recovery and (recovery_id is None or slot.id == recovery_id):
                kept.append(slot)
                have_recovery = True
        elif slot.user_id in active and slot.user_id not in seen_users \
                and named.get(slot.user_id) in (None, slot.id):
            kept.append(slot)
            seen_users.add(slot.user_id)
    return kept


def extra_slot_problems(conn: sqlcipher3.Connection, slots: KeySlots) -> list[str]:
    """A slot in the file that is nobody's rightful one (``rightful_slots``)."""
    rightful = {slot.id for slot in rightful_slots(conn, slots)}
    active = {row[0] for row in conn.execute("SELECT id FROM users WHERE active = 1")}
    return [f"key slot {slot.id} is a second slot (added outside crmdesk)." for slot in slots.slots
            if slot.id not in rightful and (slot.kind == keyslots.RECOVERY or slot.user_id in active)]


def may_establish(conn: sqlcipher3.Connection, slots: KeySlots) -> bool:
    """Only a vault that never had a root key gets one made: none in the
    file, no slot bound to one, and no grant in the database. (A root that
    went missing is damage, reported by ``slot_problems``.)"""
    return (not slots.root and not slots.sealed_era()
            and conn.execute("SELECT count(*) FROM grants").fetchone()[0] == 0)


def check_unlock(conn: sqlcipher3.Connection, slots: KeySlots, slot: Slot, user_id: str, master_key: bytes,
                 signing_key: bytes | None) -> None:
    """At every unlock: the file's seal, the root, the user's own slot and grant."""
    problems = [p for p in (slots.seal_problem(master_key),) if p] + slot_problems(slots)
    if signing_key is not None and slot.signature is not None and not slot.signed_by(slots.vault_id, signing_key):
        problems.append(tr("your key slot was changed outside crmdesk (its signature does not match)."))
    if problems:
        raise IntegrityFailure(problems[0] + " Restore the vault from a backup.", problems)
    if not slots.root and conn.execute("SELECT count(*) FROM grants").fetchone()[0]:
        raise IntegrityFailure(tr("keyslots.json has lost the vault's root key (the vault has signed "
                                  "grants); restore the vault from a backup."))
    mine = grants.check_user(conn, slots.vault_id, slots.root_public(), user_id, signing_key, slot.id) \
        if slot.kind == keyslots.USER else []
    if mine:
        raise IntegrityFailure(tr(CHANGED_OUTSIDE), mine)


def establish(conn: sqlcipher3.Connection, slots: KeySlots, owner_slot: Slot, owner_private: bytes,
              owner_id: str, now: str) -> bytes:
    """Give a vault made before grants existed its root key and a signed
    grant for every user as they are now (the owner's by the root, the
    others by the owner). Inside the caller's write transaction; the caller
    saves ``slots`` after it commits. Returns the root's seed."""
    head = conn.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
    recovery = slots.recovery_slot()
    seed = crypto.new_signing_seed()
    slots.set_root(seed, since=head + 1, recovery=recovery.id if recovery else None)
    seal_root(slots, seed)
    owner_signing = crypto.signing_seed(owner_private)
    rows = conn.execute("SELECT id, role, active FROM users ORDER BY role != 'owner', created_at, id").fetchall()
    for user_id, role, active in rows:
        slot = slots.slot_for_user_id(user_id)
        slot_id = slot.id if slot is not None else None
        if user_id == owner_id:
            grants.issue(conn, slots.vault_id, signer=seed, granted_by=grants.ROOT, user_id=user_id, role=role,
                         active=bool(active), signing_key=crypto.signing_public(owner_signing), slot_id=slot_id,
                         at=now)
        else:  # their signing key is known only to them: vouched for when a passphrase of theirs is next set
            grants.issue(conn, slots.vault_id, signer=owner_signing, granted_by=owner_id, user_id=user_id,
                         role=role, active=bool(active), signing_key=None, slot_id=slot_id, at=now)
    log.info("root key and role grants made for a vault from before signatures")
    return seed

