"""The audit log: append-only and hash-chained.

Each entry stores the hash of the previous one, and ``meta.audit_head`` holds
the last sequence number and hash, so a changed, removed, reordered or
truncated entry is found by ``verify_chain``. Entries name users and records
by UUID only and never hold personal data, so the log survives erasure.
Appends happen inside the caller's write transaction.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlcipher3

from crmdesk.core.clock import Clock, iso

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str | None
    action: str
    target: str | None
    detail: dict
    prev_hash: str
    hash: str


def _entry_hash(seq: int, at: str, actor, action: str, target, detail: str, prev: str) -> str:
    material = json.dumps([seq, at, actor, action, target, detail, prev], separators=(",", ":"))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if row is None:
        return 0, GENESIS
    seq, digest = row[0].split(":", 1)
    return int(seq), digest


def append(
    conn: sqlcipher3.Connection,
    clock: Clock,
    *,
    actor: str | None,
    action: str,
    target: str | None = None,
    detail: dict | None = None,
) -> AuditEntry:
    """Add one entry. Must run inside a write transaction.

    ``detail`` holds counts, field names, setting keys, never personal data.
    """
    if not conn.in_transaction:
        raise RuntimeError("audit.append must run inside a transaction")
    seq, prev = _head(conn)
    seq += 1
    at = iso(clock.now())
    detail_text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    digest = _entry_hash(seq, at, actor, action, target, detail_text, prev)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, target, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, target, detail_text, prev, digest),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest}",),
    )
    return AuditEntry(seq, at, actor, action, target, detail or {}, prev, digest)


def _row_to_entry(row) -> AuditEntry:
    return AuditEntry(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), row[6], row[7])


_COLUMNS = "seq, at, actor, action, target, detail, prev_hash, hash"


def entries(
    conn: sqlcipher3.Connection, *, limit: int | None = None, before_seq: int | None = None
) -> list[AuditEntry]:
    """The newest entries first; ``before_seq`` pages back through older ones."""
    sql = f"SELECT {_COLUMNS} FROM audit"
    params: list = []
    if before_seq is not None:
        sql += " WHERE seq < ?"
        params.append(before_seq)
    sql += " ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_row_to_entry(r) for r in conn.execute(sql, params)]


def verify_chain(conn: sqlcipher3.Connection) -> list[str]:
    """One line per problem in the chain; an empty list means it is intact."""
    problems: list[str] = []
    expected_seq, prev = 1, GENESIS
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq"):
        seq, at, actor, action, target, detail, prev_hash, digest = row
        if seq != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing (next entry is {seq}).")
        if prev_hash != prev:
            problems.append(f"audit entry {seq} does not follow the entry before it.")
        if _entry_hash(seq, at, actor, action, target, detail, prev_hash) != digest:
            problems.append(f"audit entry {seq} was changed after it was written.")
        expected_seq, prev = seq + 1, digest
    head_seq, head_hash = _head(conn)
    if (head_seq, head_hash) != (expected_seq - 1, prev):
        problems.append(
            f"the audit log ends at entry {expected_seq - 1} but its head records entry {head_seq}."
        )
    return problems
