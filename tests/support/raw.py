"""Writing to a vault's database the way another program would: past crmdesk's gate.

Tests use this to play an insider with a key who edits vault.db with another
SQLite tool, or to set up states crmdesk itself never writes. crmdesk's own
connections are read-only outside an operation, so this opens a second one.
"""

from __future__ import annotations

import sqlcipher3

from crmdesk.core.vault import database
from crmdesk.core.vault.session import Session


def raw_connection(session: Session) -> sqlcipher3.Connection:
    """An autocommit connection on the session's vault with its key; every
    statement is committed at once. Closed when the test's objects go."""
    return database.connect(session.paths.db, session.master_key())


def created_connection(created, user: str, passphrase: str) -> sqlcipher3.Connection:
    """A connection on a vault just made by ``vault.create_vault`` (at an
    earlier schema, say), opened with ``user``'s key slot without unlocking
    it: so a test can fill it as that schema stored things before it migrates."""
    from crmdesk.core.vault.keyslots import KeySlots

    slots = KeySlots.load(created.paths.keyslots)
    slot = slots.user_slot(user)
    key = slot.master_keys(slots.vault_id, slot.unwrap_private_key(slots.vault_id, passphrase))[0]
    return database.connect(created.paths.db, key)
