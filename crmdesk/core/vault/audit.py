"""The audit log: append-only and hash-chained.

Each entry stores the hash of the previous one, and ``meta.audit_head`` holds
the last sequence number and hash, so a changed, removed, reordered or
truncated entry is found by ``verify_chain``. Each entry is also signed by
its actor's Ed25519 key (``crypto.signing_seed``): someone with a key of
their own can rebuild the hash chain after removing entries, but cannot sign
the entries of others that follow, so ``verify_chain`` with a ``Trust``
finds that too. Entries name users and records
by UUID only and never hold personal data, so the log survives erasure.
Appends happen inside the caller's write transaction.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlcipher3

from crmdesk.core.clock import Clock, iso
from crmdesk.core.errors import IntegrityFailure
from crmdesk.core.language import tr
from crmdesk.core.vault import crypto

GENESIS = "0" * 64


@dataclass(frozen=True)
class Trust:
    """What signatures to expect: from entry ``since`` on, each signed by a
    key vouched for its actor (``keys``, from the role grants) or by the
    vault's root key. Actors with no vouched key yet (users of a vault made
    before signatures, until their key is vouched for) are not checked."""

    since: int
    keys: dict[str, set[bytes]]
    root_public: bytes
    users: frozenset[str] = frozenset()  # everyone with a grant: an entry's actor must be one of them


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
    try:
        seq, digest = str(row[0]).split(":", 1)
        if not 0 <= int(seq) < 2 ** 62:
            raise ValueError(seq)
        return int(seq), digest
    except ValueError:
        raise IntegrityFailure(tr("The audit log's head record is damaged (it was changed outside crmdesk); "
                                  "restore the vault from a backup.")) from None


def head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    """The number and hash of the last entry: (0, GENESIS) before any."""
    return _head(conn)


def hash_at(conn: sqlcipher3.Connection, seq: int) -> str | None:
    """The hash of entry ``seq`` as the log holds it; None when it holds no such entry."""
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else str(row[0])


def append(
    conn: sqlcipher3.Connection,
    clock: Clock,
    *,
    actor: str | None,
    action: str,
    target: str | None = None,
    detail: dict | None = None,
    signer: bytes | None = None,
) -> AuditEntry:
    """Add one entry. Must run inside a write transaction.

    ``detail`` holds counts, field names, setting keys, never personal data.
    ``signer``: the actor's Ed25519 seed, which signs the entry's hash.
    """
    if not conn.in_transaction:
        raise RuntimeError("audit.append must run inside a transaction")
    seq, prev = _head(conn)
    seq += 1
    at = iso(clock.now())
    detail_text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    digest = _entry_hash(seq, at, actor, action, target, detail_text, prev)
    if signer is not None and _signed(conn):  # (a backup restored from before signatures: not yet)
        conn.execute(
            "INSERT INTO audit (seq, at, actor, action, target, detail, prev_hash, hash, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, action, target, detail_text, prev, digest,
             crypto.b64(crypto.sign(signer, digest.encode("ascii")))),
        )
    else:
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
    try:
        detail = json.loads(row[5])
        detail = detail if isinstance(detail, dict) else {"damaged": True}
    except (ValueError, TypeError):
        detail = {"damaged": True}  # changed outside crmdesk: verify says so; the list still shows the entry
    text = [None if value is None else str(value) for value in row[1:5]]
    return AuditEntry(row[0], text[0], text[1], text[2], text[3], detail, str(row[6]), str(row[7]))


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


def _signed(conn: sqlcipher3.Connection) -> bool:
    return any(row[1] == "signature" for row in conn.execute("PRAGMA table_info(audit)"))


def _signature_problem(trust: Trust, seq: int, actor, digest: str, signature: str | None) -> str | None:
    if seq < trust.since:
        return None
    keys = trust.keys.get(actor or "")
    if not signature:
        return None if keys is None else tr("audit entry {seq} is not signed by its actor.").format(seq=seq)
    try:
        raw = crypto.unb64(signature)
    except ValueError:
        return tr("audit entry {seq} has a damaged signature.").format(seq=seq)
    candidates = (keys or set()) | {trust.root_public}
    if not any(crypto.signature_valid(key, digest.encode("ascii"), raw) for key in candidates):
        if keys is None:
            return None  # an actor whose key no grant vouches for yet: nothing to check against
        return tr("audit entry {seq} is not signed by its actor (it was written or rewritten outside "
                  "crmdesk).").format(seq=seq)
    return None


def verify_chain(conn: sqlcipher3.Connection, trust: Trust | None = None) -> list[str]:
    """One line per problem in the chain; an empty list means it is intact.

    With ``trust``, the signatures are checked too: every entry must carry
    one, and each actor's newest entry must be theirs. That is as strong as
    checking every signature (and many times quicker): an entry changed,
    removed or inserted changes the hash of every later entry, so the newest
    entry of each actor who wrote after it no longer matches its signature.
    """
    problems: list[str] = []
    expected_seq, prev = 1, GENESIS
    newest: dict[str, tuple[int, str, str | None]] = {}
    columns = _COLUMNS + (", signature" if _signed(conn) else ", NULL")
    checking = trust is not None
    since = trust.since if checking else 0
    users = trust.users if checking else frozenset()
    for row in conn.execute(f"SELECT {columns} FROM audit ORDER BY seq"):
        seq, at, actor, action, target, detail, prev_hash, digest, signature = row
        try:
            if checking and seq >= since:
                if actor not in users:
                    problems.append(tr("audit entry {seq} names no user of this vault as its actor (written "
                                       "outside crmdesk).").format(seq=seq))
                elif not signature and trust.keys.get(actor) is not None:
                    problems.append(tr("audit entry {seq} is not signed by its actor.").format(seq=seq))
                newest[actor or ""] = (seq, digest, signature)
            if seq != expected_seq:
                problems.append(tr("audit entry {expected_seq} is missing (next entry is "
                                   "{seq}).").format(expected_seq=expected_seq, seq=seq))
            if prev_hash != prev:
                problems.append(tr("audit entry {seq} does not follow the entry before it.").format(seq=seq))
            if _entry_hash(seq, at, actor, action, target, detail, prev_hash) != digest:
                problems.append(tr("audit entry {seq} was changed after it was written.").format(seq=seq))
            expected_seq, prev = seq + 1, digest
        except (TypeError, ValueError, AttributeError, UnicodeError, OverflowError):
            problems.append(tr("audit entry {seq!r:.20} holds values no crmdesk writes (changed "
                               "outside it).").format(seq=seq))
    for actor, (seq, digest, signature) in sorted(newest.items(), key=lambda item: str(item[1][0])):
        try:
            problem = _signature_problem(trust, seq, actor or None, digest, signature) if signature else None
        except (TypeError, ValueError, AttributeError, UnicodeError):
            problem = tr("audit entry {seq} has a damaged signature.").format(seq=f"{seq!r:.20}")
        if problem:
            problems.append(problem)
    head_seq, head_hash = _head(conn)
    if (head_seq, head_hash) != (expected_seq - 1, prev):
        problems.append(
            tr("the audit log ends at entry {value} but its head records entry "
               "{head_seq}.").format(value=expected_seq - 1, head_seq=head_seq)
        )
    return problems
