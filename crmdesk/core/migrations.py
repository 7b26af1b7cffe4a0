"""Numbered schema migrations on ``PRAGMA user_version``.

Each migration runs in its own transaction together with the version bump,
so a crash leaves the database at one version or the next, never between.
Later features append migrations; never edit a published one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3

from crmdesk.core.database import transaction


def run_script(conn: sqlcipher3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    (``executescript`` would commit the open transaction first.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlcipher3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration")


def _v1_users_and_audit(conn: sqlcipher3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE users (
            id           TEXT PRIMARY KEY,
            name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL DEFAULT '',
            role         TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'staff', 'viewer')),
            active       INTEGER NOT NULL DEFAULT 1,
            totp_secret  TEXT,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE UNIQUE INDEX users_one_owner ON users(role) WHERE role = 'owner';
        CREATE TABLE audit (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT,
            action    TEXT NOT NULL,
            target    TEXT,
            detail    TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


def _v2_settings(conn: sqlcipher3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


MIGRATIONS: list[Callable[[sqlcipher3.Connection], None]] = [
    _v1_users_and_audit,
    _v2_settings,
]
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlcipher3.Connection, *, upto: int = LATEST) -> int:
    """Bring the schema to version ``upto``; returns the version it started at."""
    start = schema_version(conn)
    if start > LATEST:
        from crmdesk.core.errors import OperationFailed

        raise OperationFailed(
            "This vault was written by a newer crmdesk; update crmdesk to open it."
        )
    for version in range(start + 1, upto + 1):
        with transaction(conn):
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
    return start
