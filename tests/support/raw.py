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
