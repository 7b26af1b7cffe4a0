"""``verify``: check everything a vault's integrity depends on.

Key slots (their seal, the root key, slots bound to it), every database
page's HMAC (SQLCipher's ``cipher_integrity_check``), SQLite's
``integrity_check``, foreign keys, the signed role grants, and the audit
chain with each entry's signature. Returns one line per problem. Needs
ADMINISTER.
"""

from __future__ import annotations

import contextlib
import json

import sqlcipher3

from crmdesk.core.errors import CrmdeskError
from crmdesk.core.language import N_, tr
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import audit, database, grants, keyslots, trust
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.session import Session


def _keyslot_problems(session: Session) -> list[str]:
    try:
        slots = KeySlots.load(session.paths.keyslots)
    except CrmdeskError as exc:
        return [exc.message]
    problems = []
    if slots.vault_id != session.vault_id:
        problems.append(tr("keyslots.json belongs to another vault."))
    if slots.recovery_slot() is None:
        problems.append(tr("keyslots.json has no recovery slot."))
    active = {
        row[0] for row in session.conn.execute("SELECT id FROM users WHERE active = 1")
    }
    slotted = {s.user_id for s in slots.slots if s.kind == keyslots.USER}
    for user_id in sorted(active - slotted):
        problems.append(tr("active user {user_id} has no key slot.").format(user_id=user_id))
    for user_id in sorted(slotted - active):
        problems.append(tr("key slot for user {user_id}, who is not an active user.").format(user_id=user_id))
    for slot in slots.slots:
        if slot.pending_master_key is not None:
            problems.append(tr("key slot {slot.id} holds an unfinished key rotation.").format(slot=slot))
    seal = slots.seal_problem(session.master_key())
    problems += ([seal] if seal else []) + trust.slot_problems(slots) + trust.extra_slot_problems(session.conn, slots)
    slot_ids = {s.user_id: (s.id, lambda key, slot=s: slot.signed_by(slots.vault_id, key))
                for s in slots.slots if s.kind == keyslots.USER and s.user_id}
    referenced = {}
    for target, detail in session.conn.execute("SELECT target, detail FROM audit WHERE detail LIKE '%\"grant\":%'"):
        with contextlib.suppress(ValueError, TypeError, KeyError, OverflowError):
            referenced[int(json.loads(detail)["grant"])] = target
    problems += grants.problems(session.conn, slots.vault_id, slots.root_public(), slot_ids, referenced)
    return problems


def _cipher_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Every page whose HMAC fails, from SQLCipher's own check."""
    return [f"vault.db: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")]


def _structure_problems(conn: sqlcipher3.Connection, *, quick: bool = False) -> list[str]:
    lines = [row[0] for row in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
    return [f"vault.db: {line}" for line in lines if line != "ok"]


def _foreign_key_problems(conn: sqlcipher3.Connection) -> list[str]:
    return [
        tr("{file}: row {rowid} of {table} points to a missing {parent} row.").format(
            file="vault.db", rowid=rowid, table=table, parent=parent)
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]


ALL_CHECKS = ("pages", "structure", "foreign keys", "audit chain")


def database_problems(conn: sqlcipher3.Connection, *, quick: bool = False,
                      signatures: audit.Trust | None = None, checks: tuple[str, ...] = ALL_CHECKS) -> list[str]:
    """Pages, structure, foreign keys and audit chain of one database (or
    only the ``checks`` named).

    Each check runs even when an earlier one found damage, so the report
    lists everything at once. ``quick`` checks the structure without
    matching every index to its table (SQLite's ``quick_check``), for a copy
    of a database that was just read whole. ``signatures``: also check each
    audit entry's signature.
    """
    problems: list[str] = []
    every = {
        "pages": (N_("the page check"), _cipher_problems),
        "structure": (N_("the structure check"), lambda c: _structure_problems(c, quick=quick)),
        "foreign keys": (N_("the foreign key check"), _foreign_key_problems),
        "audit chain": (N_("the audit chain check"), lambda c: audit.verify_chain(c, signatures)),
    }
    for label, check in (every[name] for name in checks):
        try:
            problems += check(conn)
        except database.DatabaseError as exc:
            problems.append(tr("vault.db: {label} could not read the database ({exc}).").format(label=tr(label),
                                                                                                exc=exc))
    return problems


def verify_vault(session: Session) -> list[str]:
    """Every integrity problem found, one sentence each; empty when sound.

    Needs ADMINISTER.
    """
    session.require(Permission.ADMINISTER)
    problems = _keyslot_problems(session)
    try:
        database.checkpoint(session.conn)
    except database.DatabaseError:
        problems.append(tr("vault.db: the write-ahead log could not be merged into the database."))
    try:
        signatures = trust.audit_trust(session.conn, KeySlots.load(session.paths.keyslots))
    except CrmdeskError:
        signatures = None  # keyslots.json is damaged: said above
    problems += database_problems(session.conn, signatures=signatures)
    try:
        with session.operation(Permission.ADMINISTER, "vault.verified", detail={"problems": len(problems)}):
            pass
    except database.DatabaseError:
        problems.append(tr("vault.db: the result could not be written to the audit log."))
    return unique(problems)


def unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))
