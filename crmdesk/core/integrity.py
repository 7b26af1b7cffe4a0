"""``verify``: check everything a vault's integrity depends on.

Key slots, every database page's HMAC (SQLCipher's ``cipher_integrity_check``),
SQLite's ``integrity_check``, foreign keys and the audit chain. Returns one
line per problem. Needs ADMINISTER.
"""

from __future__ import annotations

from crmdesk.core import audit, database, keyslots
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.keyslots import KeySlots
from crmdesk.core.permissions import Permission
from crmdesk.core.session import Session


def _keyslot_problems(session: Session) -> list[str]:
    try:
        slots = KeySlots.load(session.paths.keyslots)
    except CrmdeskError as exc:
        return [exc.message]
    problems = []
    if slots.vault_id != session.vault_id:
        problems.append("keyslots.json belongs to another vault.")
    if slots.recovery_slot() is None:
        problems.append("keyslots.json has no recovery slot.")
    active = {
        row[0] for row in session.conn.execute("SELECT id FROM users WHERE active = 1")
    }
    slotted = {s.user_id for s in slots.slots if s.kind == keyslots.USER}
    for user_id in sorted(active - slotted):
        problems.append(f"active user {user_id} has no key slot.")
    for user_id in sorted(slotted - active):
        problems.append(f"key slot for user {user_id}, who is not an active user.")
    for slot in slots.slots:
        if slot.pending_master_key is not None:
            problems.append(f"key slot {slot.id} holds an unfinished key rotation.")
    return problems


def verify_vault(session: Session) -> list[str]:
    """Every integrity problem found, one sentence each; empty when sound."""
    session.require(Permission.ADMINISTER)
    problems = _keyslot_problems(session)
    database.checkpoint(session.conn)
    cipher = [row[0] for row in session.conn.execute("PRAGMA cipher_integrity_check")]
    problems += [f"vault.db: {line}" for line in cipher]
    if not cipher:
        problems += [
            f"vault.db page {n} fails its integrity check."
            for n in database.bad_pages(session.paths.db, session.master_key())
        ]
    checks = [row[0] for row in session.conn.execute("PRAGMA integrity_check")]
    problems += [f"vault.db: {line}" for line in checks if line != "ok"]
    for table, rowid, parent, _ in session.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"vault.db: row {rowid} of {table} points to a missing {parent} row.")
    problems += audit.verify_chain(session.conn)
    with session.transaction():
        session.audit("vault.verified", detail={"problems": len(problems)})
    return problems
