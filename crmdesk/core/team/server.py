"""The team server: a PostgreSQL database that holds ciphertext and orders it (schema.sql).

``install`` sets it up once, as the database's owner; ``create_vault`` and
``add_desk`` give a team vault and a database role per desk. A desk then talks
to it through ``DeskLink``, which calls the SQL functions and nothing else:
a desk's role has no right on any table.

Threading: a ``DeskLink`` is one connection, used by one thread at a time.
psycopg is imported here only, so a shop with one desk never loads it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from importlib import resources

import psycopg
from psycopg import sql

from crmdesk.core.errors import OperationFailed, PermissionDenied

OWNER_ROLE, DESK_ROLE = "crmdesk_owner", "crmdesk_desk"
SCHEMA_VERSION = 1
WRONG_EPOCH, NOT_MINE = "CD001", "42501"  # SQLSTATEs the functions raise


@dataclass(frozen=True)
class Pushed:
    """A record push's answer: "stored", "conflict" (``revision`` and ``blob`` are the server's) or "erased"."""

    outcome: str
    seq: int | None
    revision: int | None
    blob: bytes | None


@dataclass(frozen=True)
class Change:
    """One item pulled, in the order the server gave it its number; a record's ``blob`` None is its erasure."""

    seq: int
    item: str  # "record" or "event"
    id: str
    revision: int | None
    epoch: int
    blob: bytes | None


def install(conninfo: str) -> None:
    """The schema, its functions and the two group roles, in one transaction; as the database's owner."""
    with _connect(conninfo) as conn, conn.transaction():
        for role in (OWNER_ROLE, DESK_ROLE):
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        conn.execute(sql.SQL("GRANT {} TO current_user").format(sql.Identifier(OWNER_ROLE)))
        conn.execute((resources.files(__package__) / "schema.sql").read_text("utf-8"))


def create_vault(conninfo: str) -> str:
    """A new team vault's id."""
    vault = str(uuid.uuid4())
    with _connect(conninfo) as conn:
        conn.execute("INSERT INTO crmdesk.vaults (id, generation) VALUES (%s, %s)", (vault, uuid.uuid4()))
    return vault


def add_desk(conninfo: str, vault: str, role: str, password: str | None = None) -> None:
    """A login role for one desk, allowed to call the functions for ``vault`` only."""
    with _connect(conninfo) as conn, conn.transaction():
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {} PASSWORD {}").format(
            sql.Identifier(role), sql.Identifier(DESK_ROLE), sql.Literal(password)))
        conn.execute("INSERT INTO crmdesk.desks (role, vault) VALUES (%s, %s)", (role, vault))


class DeskLink:
    """One desk's connection to the team server, for one team vault."""

    def __init__(self, conninfo: str, vault: str):
        self.vault = vault
        self.conn = _connect(conninfo)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> DeskLink:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def push_record(self, record: str, base: int, epoch: int, blob: bytes) -> Pushed:
        """``blob`` as the revision after ``base`` (0: a new record)."""
        row = self._one("SELECT * FROM crmdesk.push_record(%s, %s, %s, %s, %s)",
                        (self.vault, record, base, epoch, blob))
        return Pushed(*row)

    def erase_record(self, record: str, epoch: int) -> int:
        """Erases ``record`` on the server for good; its number."""
        return self._one("SELECT crmdesk.erase_record(%s, %s, %s)", (self.vault, record, epoch))[0]

    def push_event(self, event: str, epoch: int, blob: bytes) -> int:
        """A ledger event, once however often it is sent; its number."""
        return self._one("SELECT crmdesk.push_event(%s, %s, %s, %s)", (self.vault, event, epoch, blob))[0]

    def pull(self, after: int, limit: int = 1000) -> list[Change]:
        """What was written after number ``after``, in order."""
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.pull(%s, %s, %s)", (self.vault, after, limit)).fetchall()
            self.conn.commit()
        return [Change(seq, item, str(ident), revision, epoch, None if blob is None else bytes(blob))
                for seq, item, ident, revision, epoch, blob in rows]

    def state(self) -> tuple[int, int, str]:
        """The vault's last number, key epoch and generation."""
        head, epoch, generation = self._one("SELECT * FROM crmdesk.vault_state(%s)", (self.vault,))
        return head, epoch, str(generation)

    def _one(self, query: str, params: tuple) -> tuple:
        with self._calling():
            row = self.conn.execute(query, params).fetchone()
            self.conn.commit()
        if row is None:
            raise PermissionDenied("This desk may not use that team vault; ask the shop's owner to invite it again.")
        return row

    def _calling(self):
        return _translated(self.conn)


class _translated:
    """The server's refusals and a lost connection as errors a person can act on; the transaction rolled back."""

    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, _tb) -> bool:
        if exc is None or not isinstance(exc, psycopg.Error):
            return False
        if not self.conn.closed:
            self.conn.rollback()
        state = getattr(exc, "sqlstate", None)
        if state == WRONG_EPOCH:
            raise PermissionDenied("The team key has changed since this desk last synchronised; it fetches the "
                                   "new key and sends its changes again.") from exc
        if state == NOT_MINE or isinstance(exc, psycopg.errors.InsufficientPrivilege):
            raise PermissionDenied("This desk may not use that team vault; ask the shop's owner to invite "
                                   "it again.") from exc
        raise OperationFailed("The team server did not answer; changes stay on this desk and are sent when it "
                              "is back.") from exc


def _connect(conninfo: str):
    try:
        return psycopg.connect(conninfo, connect_timeout=10)
    except psycopg.Error as exc:
        raise OperationFailed("The team server cannot be reached; check the server address and that "
                              "PostgreSQL is running.") from exc
