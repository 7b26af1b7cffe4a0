"""The team server: a PostgreSQL database that holds ciphertext and orders it (schema.sql).

``install`` sets it up once, as the database's owner; ``create_vault`` and
``add_desk`` give a team vault and a database role per desk. A desk then talks
to it through ``DeskLink``, which calls the SQL functions and nothing else:
a desk's role has no right on any table.

Threading: a ``DeskLink`` is one connection, used by one thread at a time.
psycopg is imported here only, so a shop with one desk never loads it.
"""

from __future__ import annotations

import hashlib
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources

import psycopg
from psycopg import sql

from crmdesk.core.errors import OperationFailed, PermissionDenied

SCHEMA_VERSION = 1
WRONG_EPOCH, NOT_MINE = "CD001", "42501"  # SQLSTATEs the functions raise
# A desk never waits long on a lock, a statement or a silent network: it keeps its changes and tries later.
DESK_OPTIONS = {"options": "-c lock_timeout=15s -c statement_timeout=60s", "keepalives": 1,
                "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}


def role_names(database: str) -> dict[str, str]:
    """The NOLOGIN roles of one team database: every database has its own, so the administrator of one
    team's database owns nothing in another's on the same server."""
    tail = database if len(database) <= 40 else hashlib.sha256(database.encode()).hexdigest()[:16]
    return {kind: f"crmdesk_{kind}_{tail}" for kind in ("owner", "desk", "admin")}


@dataclass(frozen=True)
class Pushed:
    """A record push's answer: "stored", "conflict" (``revision``, ``epoch`` and ``blob`` are the server's)
    or "erased" (``blob``: the erasing desk's sealed word)."""

    outcome: str
    seq: int | None
    revision: int | None
    epoch: int | None
    blob: bytes | None


@dataclass(frozen=True)
class Change:
    """One item pulled, in the order the server gave it its number."""

    seq: int
    item: str  # "record", "erasure" (``blob``: the erasing desk's sealed word) or "event"
    id: str
    revision: int | None
    epoch: int
    blob: bytes | None


def install(conninfo: str) -> None:
    """The schema, its functions and its three roles, in one transaction. Run by the database's owner, who
    may create roles (a superuser is not needed); only desks and administrators may connect afterwards."""
    with _connect(conninfo) as conn, _admin_work(), conn.transaction():
        database = conn.execute("SELECT current_database()").fetchone()[0]
        names = role_names(database)
        for name in names.values():
            found = conn.execute("SELECT rolcanlogin OR rolsuper FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if found is None:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
            elif found[0]:
                raise OperationFailed("A database role crmdesk needs for this database may log in; drop it, or "
                                      "set up the team in a database of another name.")
        conn.execute(sql.SQL("GRANT {}, {} TO current_user").format(sql.Identifier(names["owner"]),
                                                                    sql.Identifier(names["admin"])))
        conn.execute(sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(
            sql.Identifier(database), sql.Identifier(names["desk"]), sql.Identifier(names["admin"])))
        schema = (resources.files(__package__) / "schema.sql").read_text("utf-8")
        for token, name in (("@OWNER@", names["owner"]), ("@DESK@", names["desk"]), ("@ADMIN@", names["admin"])):
            schema = schema.replace(token, sql.Identifier(name).as_string(conn))
        conn.execute(schema.replace("@ADMIN_NAME@", names["admin"]))  # role names are letters, digits and _


def create_vault(conninfo: str) -> str:
    """A new team vault's id; as one of the shop's administrators."""
    vault = str(uuid.uuid4())
    with _connect(conninfo) as conn, _admin_work():
        conn.execute("INSERT INTO crmdesk.vaults (id, generation) VALUES (%s, %s)", (vault, uuid.uuid4()))
    return vault


def add_desk(conninfo: str, vault: str, role: str, password: str | None = None) -> None:
    """A login role for one desk, allowed to call the functions for ``vault`` only. A password is sent
    hashed (SCRAM), never as it is; a transaction it leaves open ends after a minute."""
    with _connect(conninfo) as conn, _admin_work(), conn.transaction():
        names = role_names(conn.execute("SELECT current_database()").fetchone()[0])
        secret = None if password is None else conn.pgconn.encrypt_password(
            password.encode(), role.encode(), b"scram-sha-256").decode()
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {} PASSWORD {}").format(
            sql.Identifier(role), sql.Identifier(names["desk"]), sql.Literal(secret)))
        conn.execute(sql.SQL("ALTER ROLE {} SET idle_in_transaction_session_timeout = '60s'").format(
            sql.Identifier(role)))
        conn.execute("INSERT INTO crmdesk.desks (role, vault) SELECT oid, %s FROM pg_roles WHERE rolname = %s",
                     (vault, role))


def remove_desk(conninfo: str, role: str) -> None:
    """The desk's role and its place in the team, gone in one transaction."""
    with _connect(conninfo) as conn, _admin_work(), conn.transaction():
        conn.execute("DELETE FROM crmdesk.desks WHERE role = (SELECT oid FROM pg_roles WHERE rolname = %s)", (role,))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def revoke(conninfo: str, vault: str, from_epoch: int, slots: dict[str, bytes], desks: list[str]) -> int:
    """A new key epoch sealed to the users in ``slots`` (user id → sealed team key), and the roles of the
    revoked ``desks`` dropped, in one transaction; the new epoch. Writes under an older epoch are refused
    from then on. PermissionDenied when the key changed meanwhile (the caller reads it and starts again)."""
    with _connect(conninfo) as conn:
        try:
            with conn.transaction():
                epoch = conn.execute("SELECT crmdesk.new_key_epoch(%s, %s, %s, %s)",
                                     (vault, from_epoch, list(slots), list(slots.values()))).fetchone()[0]
                for role in desks:
                    conn.execute("DELETE FROM crmdesk.desks WHERE role = "
                                 "(SELECT oid FROM pg_roles WHERE rolname = %s)", (role,))
                    conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
        except psycopg.Error as exc:
            if getattr(exc, "sqlstate", None) == WRONG_EPOCH:
                raise PermissionDenied("The team key was changed by someone else meanwhile; read the "
                                       "team again and repeat the revocation.") from exc
            raise OperationFailed("The team server refused the new key; nothing was changed. The role that "
                                  "does it must be one of the shop's administrators.") from exc
    return epoch


@contextmanager
def _admin_work():
    try:
        yield
    except psycopg.Error as exc:
        raise OperationFailed("The team server refused to set this up; the role that does it must own the "
                              "team's database and be allowed to create roles.") from exc


class DeskLink:
    """One desk's connection to the team server, for one team vault."""

    def __init__(self, conninfo: str, vault: str):
        self.vault = vault
        self.conninfo = conninfo
        self.conn = _connect(conninfo, **DESK_OPTIONS)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> DeskLink:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def push_record(self, record: str, base: int, epoch: int, blob: bytes) -> Pushed:
        """``blob`` as the revision after ``base`` (0: a new record)."""
        return self.push_records([(record, base, blob)], epoch)[0]

    def push_records(self, pushes: list[tuple[str, int, bytes]], epoch: int) -> list[Pushed]:
        """Several pushes of (record, base, blob) under ``epoch`` in one call and one transaction (at most
        10,000): one round trip for the lot; the answers in the same order."""
        ids, bases, blobs = (list(column) for column in zip(*pushes, strict=True)) if pushes else ([], [], [])
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.push_records(%s, %s, %s::uuid[], %s::bigint[], %s::bytea[])",
                                     (self.vault, epoch, ids, bases, blobs)).fetchall()
            self.conn.commit()
        return [Pushed(outcome, seq, revision, its_epoch, None if blob is None else bytes(blob))
                for outcome, seq, revision, its_epoch, blob in rows]

    def erase_record(self, record: str, epoch: int, proof: bytes) -> int:
        """Erases ``record`` on the server for good, leaving ``proof`` (the desk's sealed word for it); its
        number."""
        return self._one("SELECT crmdesk.erase_record(%s, %s, %s, %s)", (self.vault, record, epoch, proof))[0]

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

    def key_slots(self, epoch: int) -> dict[str, bytes]:
        """The team key of ``epoch``, sealed to each user (user id → sealed key)."""
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.key_slots(%s, %s)", (self.vault, epoch)).fetchall()
            self.conn.commit()
        return {str(holder): bytes(sealed) for holder, sealed in rows}

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
        if self.conn.closed or self.conn.broken:  # the server went away since: try it afresh
            self.conn = _connect(self.conninfo, **DESK_OPTIONS)
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
        if isinstance(exc, psycopg.OperationalError):  # gone, busy or too slow: worth trying again
            raise OperationFailed("The team server did not answer; changes stay on this desk and are sent "
                                  "when it is back.") from exc
        raise OperationFailed("The team server refused a change from this desk as malformed; it stays on this "
                              "desk. Tell the shop's administrator.") from exc


def _connect(conninfo: str, **options):
    try:
        return psycopg.connect(conninfo, connect_timeout=10, **options)
    except psycopg.Error as exc:
        raise OperationFailed("The team server cannot be reached; check the server address and that "
                              "PostgreSQL is running.") from exc
