"""The team server: a PostgreSQL database that holds ciphertext and orders it (schema.sql).

``install`` sets it up once, as the database's owner; ``create_vault`` and
``add_desk`` give a team vault and a database role per desk. A desk then talks
to it through ``DeskLink``, which calls the SQL functions and nothing else:
a desk's role has no right on any table.

Threading: a ``DeskLink`` is one connection, used by one thread at a time.
psycopg is imported here only, so a shop with one desk never loads it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

import psycopg
from psycopg import conninfo as pg_conninfo
from psycopg import sql

from crmdesk.core.errors import AuthenticationFailed, OperationFailed, PermissionDenied, UsageError
from crmdesk.core.language import N_, tr
from crmdesk.core.team.certificates import Identity

SCHEMA_VERSION = 4
OTHER_VERSION = N_("The team server was set up by another version of crmdesk; use the same version at "
                   "every desk.")
WRONG_EPOCH, NOT_MINE, EXPIRED, HELD_ELSEWHERE, NO_INVITATION = "CD001", "42501", "CD005", "CD006", "CD007"
REMOVED = N_("The team server no longer admits this desk: it was removed from the team. To join again, run "
             "'crmdesk team leave' here (its contacts stay) and join with a new invitation from the shop's owner.")
NOT_THIS_VAULT = N_("This desk may not use that team vault: it was removed, or it joined after the copy the server "
                    "was put back from. Run 'crmdesk team leave' here (its contacts stay) and join with a new "
                    "invitation from the shop's owner.")
# A desk never waits long on a lock, a statement or a silent network: it keeps its changes and tries later.
DESK_OPTIONS = {"options": "-c lock_timeout=15s -c statement_timeout=60s", "keepalives": 1,
                "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}


def role_names(database: str) -> dict[str, str]:
    """The NOLOGIN roles of one team database: every database has its own, so the administrator of one
    team's database is given nothing in another's on the same server (up to PostgreSQL 15 a role that may
    create roles can still take any other role: the README asks for a server of the shop's own)."""
    # Letters, digits and _ only: the names are also written into the schema's SQL as they are.
    plain = len(database) <= 40 and all(ch in "abcdefghijklmnopqrstuvwxyz0123456789_" for ch in database)
    tail = database if plain else hashlib.sha256(database.encode()).hexdigest()[:16]
    return {kind: f"crmdesk_{kind}_{tail}" for kind in ("owner", "desk", "invited", "admin")}


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
    author: int | None = None  # an event's: the oid of the desk role that pushed it


@dataclass(frozen=True)
class State:
    """A team vault on the server: its last number, key epoch and generation; the marks standing for the
    number ``seen`` a desk asked about and for the last number (schema.sql, crmdesk.marks), None before
    any."""

    head: int
    epoch: int
    generation: str
    seen: int
    seen_mark: str | None
    head_mark: str | None


def _state(seen: int, row) -> State:
    head, epoch, generation, seen_mark, head_mark = row
    return State(head, epoch, str(generation), seen, seen_mark and str(seen_mark), head_mark and str(head_mark))


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
                raise OperationFailed(tr("A database role crmdesk needs for this database may log in; drop it, or "
                                      "set up the team in a database of another name."))
        conn.execute(sql.SQL("GRANT {}, {} TO current_user").format(sql.Identifier(names["owner"]),
                                                                    sql.Identifier(names["admin"])))
        # the owner makes an invited desk a desk when it joins (redeem_invitation)
        conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(sql.Identifier(names["desk"]),
                                                                       sql.Identifier(names["owner"])))
        conn.execute(sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}, {}").format(
            sql.Identifier(database), sql.Identifier(names["desk"]), sql.Identifier(names["invited"]),
            sql.Identifier(names["admin"])))
        schema = (resources.files(__package__) / "schema.sql").read_text("utf-8")
        for token, name in (("@OWNER@", names["owner"]), ("@DESK@", names["desk"]), ("@INVITED@", names["invited"]),
                            ("@ADMIN@", names["admin"])):
            schema = schema.replace(token, sql.Identifier(name).as_string(conn))
        # role names are letters, digits and _
        conn.execute(schema.replace("@ADMIN_NAME@", names["admin"]).replace("@DESK_NAME@", names["desk"]))


def create_vault(conninfo: str, generation: str | None = None) -> str:
    """A new team vault's id (``generation``: its first, default a new one); as one of the shop's
    administrators."""
    vault = str(uuid.uuid4())
    with _connect(conninfo) as conn, _admin_work():
        conn.execute("INSERT INTO crmdesk.vaults (id, generation) VALUES (%s, %s)",
                     (vault, generation or str(uuid.uuid4())))
    return vault


@dataclass(frozen=True)
class KeySlot:
    """One user's copy of the team key of an epoch: sealed to ``public_key``, whose private key is in the
    vault of ``desk`` (the desk role's oid)."""

    holder: str
    public_key: bytes
    sealed: bytes
    desk: int | None = None
    proof: bytes | None = None  # sealing.holder_proof: the public key is the holder's, in a desk's word


def add_desk(conninfo: str, vault: str, role: str, password: str | None = None, name: str | None = None) -> int:
    """A login role for one desk, allowed to call the functions for ``vault`` only; its oid. ``name``
    (default: the role's) is what the shop calls the desk."""
    with _connect(conninfo) as conn, _admin_work(), conn.transaction():
        oid = _desk_role(conn, role, password)
        conn.execute("INSERT INTO crmdesk.desks (role, vault, name) VALUES (%s, %s, %s)", (oid, vault, name or role))
    return oid


def remove_desk(conninfo: str, role: str) -> None:
    """The desk's role and its place in the team (or its invitation), gone in one transaction."""
    with _connect(conninfo) as conn, _admin_work(), conn.transaction():
        for table in ("desks", "invitations"):
            conn.execute(sql.SQL("DELETE FROM crmdesk.{} WHERE role = (SELECT oid FROM pg_roles WHERE rolname = %s)")
                         .format(sql.Identifier(table)), (role,))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def withdraw(conninfo: str, role: str) -> bool:
    """The invitation of ``role`` withdrawn and the role dropped, in one transaction; False when the desk
    joined meanwhile (nothing changed: it is removed as a desk, with a new team key)."""
    with _connect(conninfo) as conn, _admin_work(), conn.transaction():
        gone = conn.execute("DELETE FROM crmdesk.invitations WHERE role = (SELECT oid FROM pg_roles WHERE rolname ="
                            " %s) RETURNING role", (role,)).fetchone()
        if gone is not None:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    return gone is not None


def ensure_installed(conninfo: str) -> str:
    """The team's schema on the server, installed when it is not there yet; the database's name.
    OperationFailed when the server holds a form of it this crmdesk does not know."""
    with _connect(conninfo) as conn, _admin_work():
        database, found = conn.execute("SELECT current_database(), to_regclass('crmdesk.meta') IS NOT NULL").fetchone()
        version = conn.execute("SELECT schema_version FROM crmdesk.meta").fetchone()[0] if found else None
    if version is None:
        install(conninfo)
    elif version != SCHEMA_VERSION:
        raise OperationFailed(tr(OTHER_VERSION))
    return database


def invite(conninfo: str, vault: str, name: str, role: str, password: str, epoch: int, sealed: bytes,
           expires: datetime, certificate: str | None = None) -> None:
    """A desk's role, and its invitation to join ``vault`` as ``name`` before ``expires``: ``sealed`` is
    the team key of ``epoch`` as the invitation code opens it, ``certificate`` the one the desk logs in
    with until it made its own (``certificates``). UsageError when a desk of that name is in the team or
    invited already."""
    with _connect(conninfo) as conn, _admin_work(), conn.transaction():
        taken = conn.execute("SELECT 1 FROM crmdesk.desks WHERE vault = %s AND name = %s UNION ALL "
                             "SELECT 1 FROM crmdesk.invitations WHERE vault = %s AND name = %s AND expires_at > now()",
                             (vault, name, vault, name)).fetchone()
        if taken:
            raise UsageError(tr("The team has a desk called {name} already; choose another name, or remove "
                                "that desk first.").format(name=name))
        for (expired,) in conn.execute("DELETE FROM crmdesk.invitations i USING pg_roles r WHERE r.oid = i.role"
                                       " AND i.vault = %s AND i.name = %s RETURNING r.rolname", (vault, name)).fetchall():
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(expired)))  # its code is worth nothing now
        oid = _desk_role(conn, role, password, "invited")
        conn.execute("INSERT INTO crmdesk.invitations (role, vault, name, epoch, sealed, expires_at, certificate)"
                     " VALUES (%s, %s, %s, %s, %s, %s, %s)", (oid, vault, name, epoch, sealed, expires, certificate))


def _desk_role(conn, role: str, password: str | None, group: str = "desk") -> int:
    """A desk's login role, a member of ``group`` ("desk", or "invited" until it joins); its oid. A password
    is sent hashed (SCRAM), never as it is; a transaction the desk leaves open ends after a minute."""
    names = role_names(conn.execute("SELECT current_database()").fetchone()[0])
    conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {} PASSWORD {}").format(
        sql.Identifier(role), sql.Identifier(names[group]), sql.Literal(_scram(conn, role, password))))
    conn.execute(sql.SQL("ALTER ROLE {} SET idle_in_transaction_session_timeout = '60s'").format(
        sql.Identifier(role)))
    return conn.execute("SELECT oid FROM pg_roles WHERE rolname = %s", (role,)).fetchone()[0]


def _scram(conn, role: str, password: str | None) -> str | None:
    return None if password is None else conn.pgconn.encrypt_password(
        password.encode(), role.encode(), b"scram-sha-256").decode()


@dataclass(frozen=True)
class Desk:
    name: str
    role: str
    oid: int
    joined: datetime | None  # None: invited, not joined yet


def desks_of(conninfo: str, vault: str) -> list[Desk]:
    """The vault's desks and the invitations still waiting, as an administrator sees them."""
    with _connect(conninfo) as conn, _admin_work():
        rows = conn.execute(
            "SELECT d.name, r.rolname, d.role, d.joined_at FROM crmdesk.desks d JOIN pg_roles r ON r.oid = d.role"
            " WHERE d.vault = %s UNION ALL SELECT i.name, r.rolname, i.role, NULL FROM crmdesk.invitations i"
            " JOIN pg_roles r ON r.oid = i.role WHERE i.vault = %s ORDER BY 4 NULLS LAST, 1",
            (vault, vault)).fetchall()
    return [Desk(*row) for row in rows]


def key_slots_of(conninfo: str, vault: str, epoch: int) -> list[KeySlot]:
    """Every user's copy of the team key of ``epoch``, as an administrator sees them."""
    with _connect(conninfo) as conn, _admin_work():
        rows = conn.execute("SELECT holder, public_key, sealed, desk, proof FROM crmdesk.key_slots"
                            " WHERE vault = %s AND epoch = %s", (vault, epoch)).fetchall()
    return [KeySlot(str(holder), bytes(public), bytes(sealed), desk, None if proof is None else bytes(proof))
            for holder, public, sealed, desk, proof in rows]


def revoke(conninfo: str, vault: str, from_epoch: int, slots: list[KeySlot], desks: list[str]) -> int:
    """A new key epoch sealed to the users in ``slots``, and the roles of the revoked ``desks`` dropped,
    with the invitations still waiting (they hold the old key), in one transaction; the new epoch. Writes
    under an older epoch are refused from then on. PermissionDenied when the key changed meanwhile (the
    caller reads it and starts again)."""
    with _connect(conninfo) as conn:
        try:
            with conn.transaction():
                invited = [row[0] for row in conn.execute(
                    "SELECT r.rolname FROM crmdesk.invitations i JOIN pg_roles r ON r.oid = i.role"
                    " WHERE i.vault = %s", (vault,))]
                epoch = conn.execute("SELECT crmdesk.new_key_epoch(%s, %s, %s::uuid[], %s::bytea[], %s::oid[],"
                                     " %s::bytea[], %s::bytea[])",
                                     (vault, from_epoch, [s.holder for s in slots], [s.public_key for s in slots],
                                      [s.desk for s in slots], [s.sealed for s in slots],
                                      [s.proof for s in slots])).fetchone()[0]
                for role in [*desks, *invited]:
                    conn.execute("DELETE FROM crmdesk.desks WHERE role = "
                                 "(SELECT oid FROM pg_roles WHERE rolname = %s)", (role,))
                    conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
                # desks whose role is gone (removed after the dump a put-back server came from): no desk
                conn.execute("DELETE FROM crmdesk.desks d WHERE d.vault = %s"
                             " AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.oid = d.role)", (vault,))
        except psycopg.Error as exc:
            if getattr(exc, "sqlstate", None) == WRONG_EPOCH:
                raise PermissionDenied(tr("The team key was changed by someone else meanwhile; read the "
                                       "team again and repeat the revocation.")) from exc
            raise OperationFailed(tr("The team server refused the new key; nothing was changed. The role that "
                                  "does it must be one of the shop's administrators.")) from exc
    return epoch


@contextmanager
def _admin_work():
    try:
        yield
    except psycopg.Error as exc:
        raise OperationFailed(tr("The team server refused to set this up; the role that does it must own "
                                 "the team's database and be allowed to create roles.")) from exc


class DeskLink:
    """One desk's connection to the team server, for one team vault."""

    def __init__(self, conninfo: str, vault: str, identity: Identity | None = None):
        """``identity``: the desk's certificate, shown when the server asks for one (closed with the link)."""
        self.vault = vault
        self.identity = identity
        self.conninfo = conninfo if identity is None else pg_conninfo.make_conninfo(conninfo, **identity.options)
        try:
            self.conn = _desk_connect(self.conninfo)
        except BaseException:
            if identity is not None:
                identity.close()
            raise
        self._listener = None  # a second connection, made by wait_for_change
        self.written: State | None = None  # the vault as this desk's last write left it (``_written``)

    def close(self) -> None:
        self.conn.close()
        if self._listener is not None:
            self._listener.close()
        if self.identity is not None:
            self.identity.close()

    def cancel(self) -> None:
        """End what this link is doing on the server now (from another thread): the call fails, and what it
        wrote is rolled back."""
        for conn in (self.conn, self._listener):
            if conn is not None and not conn.closed:
                with contextlib.suppress(psycopg.Error):
                    conn.cancel_safe(timeout=2)

    def listen(self) -> None:
        """From now on, wake-ups are kept for ``wait_for_change`` (call it before a sync: a change written
        while the desk syncs wakes it right after)."""
        if self._listener is None or self._listener.closed or self._listener.broken:
            self._listener = _desk_connect(self.conninfo, autocommit=True)
            self._listener.execute(sql.SQL("LISTEN {}").format(sql.Identifier(
                "crmdesk_" + str(uuid.UUID(self.vault)).replace("-", ""))))

    def wait_for_change(self, timeout: float) -> bool:
        """Whether another desk wrote to the vault within ``timeout`` seconds: the server wakes every desk that
        listens when a write commits (schema.sql, take_seq). False when nothing came (the caller polls all
        the same: a wake-up lost with a dropped connection costs one poll's wait)."""
        self.listen()
        mine = None if self.conn.closed else self.conn.info.backend_pid
        try:
            return any(note.pid != mine for note in self._listener.notifies(timeout=timeout, stop_after=1))
        except psycopg.Error:
            self._listener.close()
            return False

    def __enter__(self) -> DeskLink:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def push_record(self, record: str, base: int, epoch: int, blob: bytes) -> Pushed:
        """``blob`` as the revision after ``base`` (0: a new record)."""
        return self.push_records([(record, base, blob)], epoch)[0]

    def push_records(self, pushes: list[tuple[str, int, bytes]], epoch: int, seen: int | None = None) -> list[Pushed]:
        """Several pushes of (record, base, blob) under ``epoch`` in one call and one transaction (at most
        10,000): one round trip for the lot; the answers in the same order. ``seen``: see ``written``."""
        ids, bases, blobs = (list(column) for column in zip(*pushes, strict=True)) if pushes else ([], [], [])
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.push_records(%s, %s, %s::uuid[], %s::bigint[], %s::bytea[])",
                                     (self.vault, epoch, ids, bases, blobs)).fetchall()
            self._written(seen)
            self.conn.commit()
        return [Pushed(outcome, seq, revision, its_epoch, None if blob is None else bytes(blob))
                for outcome, seq, revision, its_epoch, blob in rows]

    def erase_record(self, record: str, epoch: int, proof: bytes, seen: int | None = None,
                     base: int | None = None) -> int | None:
        """Erases ``record`` on the server for good, leaving ``proof`` (the desk's sealed word for it); its
        number. With ``base``, only while the record is at that revision (None otherwise). ``seen``: see
        ``written``."""
        with self._calling():
            given = self.conn.execute("SELECT crmdesk.erase_record(%s, %s, %s, %s, %s)",
                                      (self.vault, record, epoch, proof, base)).fetchone()[0]
            self._written(seen)
            self.conn.commit()
        return given

    def push_event(self, event: str, epoch: int, blob: bytes, subject: str | None = None) -> int | None:
        """A ledger event, once however often it is sent; its number (None: about a person erased)."""
        return self.push_events([(event, subject, blob)], epoch)[0]

    def push_events(self, events: list[tuple[str, str | None, bytes]], epoch: int, seen: int | None = None,
                    forgettable: list[bool] | None = None) -> list[int | None]:
        """Several events of (id, subject, blob) under ``epoch`` in one call and one transaction (at most
        10,000): each stored once however often it is sent (the first one sent stays), none about a person
        already erased (None). Their numbers, in the same order. ``seen``: see ``written``; ``forgettable``:
        for each, whether ``forget_events`` may delete it later (default: none)."""
        ids, subjects, blobs = (list(column) for column in zip(*events, strict=True)) if events else ([], [], [])
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.push_events(%s, %s, %s::uuid[], %s::uuid[], %s::bytea[],"
                                     " %s::boolean[])", (self.vault, epoch, ids, subjects, blobs, forgettable)).fetchall()
            self._written(seen)
            self.conn.commit()
        return [seq for _id, seq in rows]

    def forget_events(self, events: list[str], epoch: int, seen: int | None = None) -> int:
        """The events ``events`` deleted on the server (a desk's retention policy deleted them), of those pushed
        as forgettable; how many were. ``seen``: see ``written``."""
        with self._calling():
            gone = self.conn.execute("SELECT crmdesk.forget_events(%s, %s, %s::uuid[])",
                                     (self.vault, epoch, events)).fetchone()[0]
            self._written(seen)
            self.conn.commit()
        return gone

    def held(self, records: list[str]) -> set[str]:
        """Which of ``records`` the server holds, erased or not."""
        held: set[str] = set()
        for start in range(0, len(records), 10000):
            with self._calling():
                rows = self.conn.execute("SELECT * FROM crmdesk.held_records(%s, %s::uuid[])",
                                         (self.vault, records[start:start + 10000])).fetchall()
                self.conn.commit()
            held.update(str(row[0]) for row in rows)
        return held

    def _written(self, seen: int | None) -> None:
        """``written``: the vault as this desk's write left it, read in the write's own transaction (which
        holds the vault row's lock, so the head and its mark are the write's own), with the mark standing
        for number ``seen``; None without ``seen``."""
        self.written = None
        if seen is not None:
            row = self.conn.execute("SELECT * FROM crmdesk.vault_state(%s, %s)", (self.vault, seen)).fetchone()
            self.written = _state(seen, row)

    def marks_at(self, seen: list[int]) -> dict[int, str | None]:
        """The mark standing for each number of ``seen`` now (None: the head is behind it)."""
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.marks_at(%s, %s::bigint[])", (self.vault, seen)).fetchall()
            self.conn.commit()
        return {number: mark and str(mark) for number, mark in rows}

    def pull(self, after: int, limit: int = 1000, upto: int | None = None) -> list[Change]:
        """What was written after number ``after`` (and up to ``upto``), in order."""
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.pull(%s, %s, %s, %s)",  # bytea as bytes, not hex
                                     (self.vault, after, limit, upto), binary=True).fetchall()
            self.conn.commit()
        return [Change(seq, item, str(ident), revision, epoch, None if blob is None else bytes(blob), author)
                for seq, item, ident, revision, epoch, blob, author in rows]

    def redeem(self, new_password: str, before_commit) -> None:
        """Use up this role's invitation: the role becomes a desk of the vault and takes ``new_password`` as
        its own, committed at once, so nobody else can log in with the invitation's password, and a second
        use of the code is refused where the shop sees it. ``before_commit(certificate)`` runs once the
        server took it all and before it commits, with the certificate of the invitation (None: none): the
        desk keeps the password and the certificate, so a crash after leaves them with the desk."""
        with self._calling(), self.conn.transaction():
            _generation, _name, certificate = self.conn.execute("SELECT * FROM crmdesk.redeem_invitation(%s)",
                                                                (self.vault,)).fetchone()
            role = self.conn.execute("SELECT current_user").fetchone()[0]
            self.conn.execute(sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(
                sql.Literal(_scram(self.conn, role, new_password))))
            before_commit(certificate)

    @contextmanager
    def alone(self, what: str):
        """The body runs while this desk holds a lock of its own on the server for ``what`` (a session advisory
        lock, gone with the connection): a second sync of the same desk (the window's and one from cron)
        waits for the first, as long as ``lock_timeout`` lets it."""
        with self._calling():
            self.conn.execute("SELECT pg_advisory_lock(hashtext(session_user || ':' || %s))", (what,))
            self.conn.commit()
        try:
            yield
        finally:
            with contextlib.suppress(psycopg.Error):
                self.conn.execute("SELECT pg_advisory_unlock(hashtext(session_user || ':' || %s))", (what,))
                self.conn.commit()

    def role_oid(self) -> int:
        """The oid of this desk's database role: what the server knows the desk by."""
        return self._one("SELECT oid FROM pg_roles WHERE rolname = current_user", ())[0]

    def joined_key(self) -> tuple[int, bytes] | None:
        """(epoch, the team key sealed for the invitation) while this desk has not finished joining."""
        with self._calling():
            row = self.conn.execute("SELECT * FROM crmdesk.joined_key(%s)", (self.vault,)).fetchone()
            self.conn.commit()
        return None if row is None else (row[0], bytes(row[1]))

    def finish_join(self, epoch: int, slots: list[KeySlot]) -> None:
        """This desk's users' copies of the team key given, and the key sealed for the invitation forgotten,
        in one transaction."""
        with self._calling(), self.conn.transaction():
            self._add_key_slots(epoch, slots)
            self.conn.execute("SELECT crmdesk.finish_join(%s)", (self.vault,))

    def add_key_slots(self, epoch: int, slots: list[KeySlot]) -> None:
        """This desk's users' copies of the team key of ``epoch`` (their ``desk`` is this one)."""
        with self._calling():
            self._add_key_slots(epoch, slots)
            self.conn.commit()

    def _add_key_slots(self, epoch: int, slots: list[KeySlot]) -> None:
        self.conn.execute("SELECT crmdesk.add_key_slots(%s, %s, %s::uuid[], %s::bytea[], %s::bytea[], %s::bytea[])",
                          (self.vault, epoch, [s.holder for s in slots], [s.public_key for s in slots],
                           [s.sealed for s in slots], [s.proof for s in slots]))

    def desks(self) -> list[tuple[str, datetime, bool, int]]:
        """The team's desks: name, when it joined, whether it is this one, and the oid of its role."""
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.team_desks(%s)", (self.vault,)).fetchall()
            self.conn.commit()
        return [tuple(row) for row in rows]

    def key_slots(self, epoch: int) -> dict[str, bytes]:
        """The team key of ``epoch``, sealed to each user (user id → sealed key)."""
        with self._calling():
            rows = self.conn.execute("SELECT * FROM crmdesk.key_slots(%s, %s)", (self.vault, epoch)).fetchall()
            self.conn.commit()
        return {str(holder): bytes(sealed) for holder, sealed in rows}

    def state(self, seen: int = 0) -> State:
        """The vault as it stands, with the mark standing for number ``seen``."""
        return _state(seen, self._one("SELECT * FROM crmdesk.vault_state(%s, %s)", (self.vault, seen)))

    def _one(self, query: str, params: tuple) -> tuple:
        with self._calling():
            row = self.conn.execute(query, params).fetchone()
            self.conn.commit()
        if row is None:
            raise PermissionDenied(tr(NOT_THIS_VAULT))
        return row

    def _calling(self):
        if self.conn.closed or self.conn.broken:  # the server went away since: try it afresh
            self.conn = _desk_connect(self.conninfo)
        return _translated(self.conn)


def _desk_connect(conninfo: str, **options):
    try:
        return _connect(conninfo, **DESK_OPTIONS, **options)
    except PasswordRefused as exc:
        raise DeskRefused(tr(REMOVED)) from exc


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
            raise KeyChanged(tr("The team key has changed since this desk last synchronised; it fetches the "
                                   "new key and sends its changes again.")) from exc
        if state == NO_INVITATION:
            raise DeskRefused(tr(REMOVED)) from exc
        if state == EXPIRED:
            raise PermissionDenied(tr("The invitation has expired; ask the shop's owner for a new one.")) from exc
        if state == HELD_ELSEWHERE:
            raise UsageError(tr("A user of this vault holds the team key at another desk: this vault is a copy "
                                "of another desk's. Start each desk from a vault of its own; if this one was just "
                                "joining, remove it from the team at another desk ('crmdesk team remove "
                                "NAME').")) from exc
        if state == NOT_MINE or isinstance(exc, psycopg.errors.InsufficientPrivilege):
            raise PermissionDenied(tr(NOT_THIS_VAULT)) from exc
        if isinstance(exc, psycopg.errors.UndefinedFunction):
            raise OperationFailed(tr(OTHER_VERSION)) from exc
        if isinstance(exc, psycopg.OperationalError):  # gone, busy or too slow: worth trying again
            raise OperationFailed(tr("The team server did not answer; changes stay on this desk and are sent "
                                  "when it is back.")) from exc
        raise OperationFailed(tr("The team server refused a change from this desk as malformed; it stays on this "
                              "desk. Tell the shop's administrator.")) from exc


class PasswordNeeded(AuthenticationFailed):
    """The server asks for a password the connection string and libpq's own places (PGPASSWORD, the
    password file) do not give: a program on a terminal asks for it and tries again."""


class PasswordRefused(AuthenticationFailed):
    pass


class KeyChanged(PermissionDenied):
    """The team's key changed since the desk took it (a desk was removed meanwhile): the server refused a
    write sealed with the key before."""


class DeskRefused(PermissionDenied):
    """The server admits this desk's role no longer: the desk was removed, or its invitation used."""


def root_certificate_missing(conninfo: str) -> Path | None:
    """Where libpq looks for the shop's CA certificate, when the connection checks the server's certificate
    against it (sslmode verify-ca or verify-full) and it is not there."""
    parts = pg_conninfo.conninfo_to_dict(conninfo)
    if (parts.get("sslmode") or os.environ.get("PGSSLMODE")) not in ("verify-ca", "verify-full"):
        return None
    root = parts.get("sslrootcert") or os.environ.get("PGSSLROOTCERT")
    if root == "system":
        return None
    if not root:
        home = Path(os.environ["APPDATA"]) / "postgresql" if os.name == "nt" and "APPDATA" in os.environ else \
            Path.home() / ".postgresql"
        root = home / "root.crt"
    return None if Path(root).expanduser().is_file() else Path(root).expanduser()


# Why a server that answered takes no login, by its own words (PostgreSQL's, in English, the language of a
# server as installed; a server set to speak another language gets the sentence about reaching it).
_LOGIN_REFUSALS = (
    (r"FATAL: .*too many connections for (role|database)",
     N_("The team server allows that user, or its database, no more connections just now; try again shortly, and "
        "if it keeps saying so, ask the shop's IT person to check the connection limit set for them.")),
    (r"FATAL: .*(too many clients|remaining connection slots are reserved|too many connections)",
     N_("The team server has no connection free just now; try again shortly, and if it keeps saying so, ask the "
        "shop's IT person to raise max_connections.")),
    (r"FATAL: .*the database system (is starting up|is shutting down|is in recovery mode|is not yet accepting"
     r" connections|is not accepting connections)",
     N_("The team server is starting or stopping; try again once it is up.")),
    (r"FATAL: .*(no pg_hba\.conf entry|pg_hba\.conf rejects connection)",
     N_("The team server does not let this computer log in as that user, as pg_hba.conf has no line for it; ask "
        "the shop's IT person to add the lines 'crmdesk team init' printed (README, Several desks).")),
    (r"FATAL: .*permission denied for database",
     N_("The team server does not let that user use the database in the server address; check the address "
        "(the name after the last /), or ask the shop's IT person.")),
    (r'FATAL: .*database ".*" does not exist',  # (a role that does not exist reads as a refused password)
     N_("The team server has no database of the name in the server address; check the address (the name "
        "after the last /).")),
)


def _connect(conninfo: str, **options):
    missing = root_certificate_missing(conninfo)
    if missing is not None:
        raise OperationFailed(tr("The team server's certificate cannot be checked without the shop's CA "
                                 "certificate; copy it to {path}.").format(path=missing))
    try:
        return psycopg.connect(conninfo, connect_timeout=10, **options)
    except psycopg.Error as exc:
        pgconn = getattr(exc, "pgconn", None)
        said = next((sentence for words, sentence in _LOGIN_REFUSALS if re.search(words, str(exc))), None)
        if said is not None:  # the server answered, and said why it takes no login now
            raise OperationFailed(tr(said)) from exc
        if pgconn is not None and pgconn.needs_password:
            raise PasswordNeeded(tr("The team server asks for the password of its user; give it on a terminal, "
                                    "or in PGPASSWORD.")) from exc
        if pgconn is not None and pgconn.used_password:  # it answered, and refused this login
            raise PasswordRefused(tr("The team server refused the login; check the user, its password and the "
                                     "database's name.")) from exc
        if "certificate" in str(exc) or "SSL error" in str(exc):  # libpq's words, and OpenSSL's: not translated
            raise OperationFailed(tr("The team server did not take this desk's certificate, or this desk did not "
                                     "take the server's; ask the shop's IT person to check the certificates "
                                     "(README, Several desks).")) from exc
        raise OperationFailed(tr("The team server cannot be reached; check the server address and that "
                                 "PostgreSQL is running.")) from exc
