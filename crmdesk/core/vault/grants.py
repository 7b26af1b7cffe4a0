"""Signed role grants: who may do what, vouched for by someone allowed to say so.

A user's role and whether the account is active live in ``users``, which
anyone with a key can edit with another SQLite tool. So each change of them
is also a *grant*: a statement (vault, user, role, active, the user's
signing key, who granted it and when) signed by the granter's Ed25519 key.
The owner's grant is signed by the vault's root key (``keyslots``); every
other grant by an owner or admin whose own grant held when they signed. The
newest grant of a user is the one that counts, and ``users`` must agree with
it: ``check_user`` runs at every unlock, ``problems`` in ``verify``.

A vault made before grants existed gets its root and a grant for every user
at the owner's next unlock; the users' signing keys are then unknown (only
their own unlock derives them) and are vouched for when an owner or admin
next sets that user's passphrase. Until then their audit entries cannot be
checked, which ``verify`` says.

Threading: the caller's connection; writes inside an operation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlcipher3

from crmdesk.core.vault import crypto
from crmdesk.core.vault.session import ROOT_GRANTER

ROOT = ROOT_GRANTER  # ``granted_by`` of a grant signed by the vault's root key


@dataclass(frozen=True)
class Grant:
    seq: int
    user_id: str
    role: str
    active: bool
    signing_key: str | None  # base64 of the Ed25519 public key, None when not yet known
    slot_id: str | None  # the key slot that opens for them (an old slot put back is noticed)
    granted_by: str
    granted_at: str
    signature: str

    def statement(self, vault_id: str) -> bytes:
        return json.dumps(["crmdesk grant v1", vault_id, self.seq, self.user_id, self.role, self.active,
                           self.signing_key, self.slot_id, self.granted_by, self.granted_at],
                          separators=(",", ":")).encode("utf-8")

    def public_key(self) -> bytes | None:
        """The vouched signing key; None when none, or when the row is damaged."""
        try:
            return crypto.unb64(self.signing_key) if self.signing_key else None
        except ValueError:
            return None


_COLUMNS = "seq, user_id, role, active, signing_key, slot_id, granted_by, granted_at, signature"


def _text(value) -> str | None:
    """A column read as text, whatever another tool stored in it (a damaged
    value makes the grant's signature fail, never a crash)."""
    return None if value is None else str(value)


def _grant(row) -> Grant:
    seq = row[0] if isinstance(row[0], int) else -1
    return Grant(seq, str(row[1]), str(row[2]), bool(row[3]), _text(row[4]), _text(row[5]), str(row[6]),
                 str(row[7]), str(row[8]))


def issue(conn: sqlcipher3.Connection, vault_id: str, *, signer: bytes, granted_by: str, user_id: str,
          role: str, active: bool, signing_key: bytes | None, slot_id: str | None, at: str) -> Grant:
    """Sign and store a grant; ``signer`` is the granter's Ed25519 seed (the
    root's for the owner's grant). Inside the caller's write transaction."""
    seq = (conn.execute("SELECT max(seq) FROM grants").fetchone()[0] or 0) + 1
    unsigned = Grant(seq, user_id, role, active, crypto.b64(signing_key) if signing_key else None, slot_id,
                     granted_by, at, "")
    signature = crypto.b64(crypto.sign(signer, unsigned.statement(vault_id)))
    conn.execute(f"INSERT INTO grants ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (seq, user_id, role, int(active), unsigned.signing_key, slot_id, granted_by, at, signature))
    return Grant(**{**unsigned.__dict__, "signature": signature})


_KEEP = object()


def reissue(conn: sqlcipher3.Connection, vault_id: str, *, signer: bytes, granted_by: str, user_id: str,
            at: str, active: bool | None = None, signing_key: bytes | None = None,
            slot_id=_KEEP) -> Grant:
    """A new grant for a user that keeps what is not given from their current one."""
    current = latest(conn).get(user_id)
    if current is None:
        raise LookupError(user_id)
    key = signing_key if signing_key is not None else current.public_key()
    return issue(conn, vault_id, signer=signer, granted_by=granted_by, user_id=user_id, role=current.role,
                 active=current.active if active is None else active, signing_key=key,
                 slot_id=current.slot_id if slot_id is _KEEP else slot_id, at=at)


def all_grants(conn: sqlcipher3.Connection) -> list[Grant]:
    return [_grant(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM grants ORDER BY seq")]


def latest(conn: sqlcipher3.Connection) -> dict[str, Grant]:
    """Each user's newest grant."""
    return {g.user_id: g for g in all_grants(conn)}


def signing_keys(conn: sqlcipher3.Connection, vault_id: str, root_public: bytes) -> dict[str, set[bytes]]:
    """Every signing key a *valid* grant ever vouched for, by user: an audit
    entry is checked against the keys its actor had."""
    checker = _Checker(all_grants(conn), vault_id, root_public)
    keys: dict[str, set[bytes]] = {}
    for grant in checker.grants:
        key = grant.public_key()
        if key and checker.valid(grant):
            keys.setdefault(grant.user_id, set()).add(key)
    return keys


class _Checker:
    """Which grants hold: signed by the root (the owner's), by an owner or
    admin whose own grant held when they signed, or by the user themselves
    for nothing but a new key slot of theirs (their own passphrase change)."""

    def __init__(self, grants: list[Grant], vault_id: str, root_public: bytes):
        self.grants = grants
        self.vault_id = vault_id
        self.root_public = root_public
        self._valid: dict[int, bool] = {}

    def _before(self, user_id: str, seq: int) -> Grant | None:
        earlier = [g for g in self.grants if g.user_id == user_id and g.seq < seq]
        return earlier[-1] if earlier else None

    def valid(self, grant: Grant) -> bool:
        if grant.seq not in self._valid:
            self._valid[grant.seq] = False  # a loop of grants vouches for nothing
            self._valid[grant.seq] = self._check(grant)
        return self._valid[grant.seq]

    def _signed_by(self, key: bytes | None, grant: Grant) -> bool:
        try:
            signature = crypto.unb64(grant.signature)
        except ValueError:
            return False
        return key is not None and crypto.signature_valid(key, grant.statement(self.vault_id), signature)

    def _check(self, grant: Grant) -> bool:
        if grant.seq < 1 or grant.role not in ROLES:
            return False
        if grant.granted_by == ROOT:  # the root (the owner's slot, the recovery code) may grant anything
            return self._signed_by(self.root_public, grant)
        granter = self._before(grant.granted_by, grant.seq)
        if granter is None or not granter.active or not self.valid(granter):
            return False
        if grant.granted_by == grant.user_id:  # one's own new slot: nothing else may change
            return ((grant.role, grant.active, grant.signing_key) == (granter.role, granter.active,
                                                                      granter.signing_key)
                    and self._signed_by(granter.public_key(), grant))
        if granter.role not in ("owner", "admin") or grant.role == "owner":
            return False  # only the root names the owner
        return self._signed_by(granter.public_key(), grant)


ROLES = ("owner", "admin", "staff", "viewer")


def _user_problems(checker: _Checker, current: Grant | None, user: tuple) -> list[str]:
    user_id, role, active = user[0], user[1], bool(user[2])
    if current is None:
        return [f"user {user_id} has no signed role grant (the account was added outside crmdesk)."]
    if not checker.valid(current):
        return [f"the role grant of user {user_id} is not signed by an owner or admin."]
    if (role, active) != (current.role, current.active):
        return [f"user {user_id} is {'an active' if active else 'a disabled'} {role}, but their signed grant "
                f"says {'active' if current.active else 'disabled'} {current.role} (changed outside crmdesk)."]
    return []


def problems(conn: sqlcipher3.Connection, vault_id: str, root_public: bytes | None,
             slot_ids: dict | None = None, referenced: dict[int, str] | None = None) -> list[str]:
    """One line per grant that does not hold, per user whose role or state is
    not what their newest grant says, per key slot other than the one their
    grant names or not signed by its user (``slot_ids``: user id to the slot
    id and a test of its signature), and per grant the audit
    log names (``referenced``: grant seq to user id) that is gone or was
    followed by none."""
    if root_public is None:
        return []
    checker = _Checker(all_grants(conn), vault_id, root_public)
    found = [f"grant {g.seq} is not signed by anyone entitled to give it (written outside crmdesk)."
             for g in checker.grants if not checker.valid(g)]
    newest = {g.user_id: g for g in checker.grants}
    for user in conn.execute("SELECT id, role, active FROM users ORDER BY created_at, id"):
        found += _user_problems(checker, newest.get(user[0]), user)
    owners = [g for g in newest.values() if g.role == "owner" and g.active and checker.valid(g)]
    if len(owners) != 1:
        found.append(f"the vault has {len(owners)} owners with a signed grant instead of one.")
    for user_id, (slot_id, signed_by) in (slot_ids or {}).items():
        grant = newest.get(user_id)
        if grant is not None and grant.slot_id and grant.slot_id != slot_id:
            found.append(f"the key slot of user {user_id} is not the one their grant names (an older slot "
                         "was put back).")
        elif grant is not None and grant.public_key() and not signed_by(grant.public_key()):
            found.append(f"the key slot of user {user_id} was changed outside crmdesk (it is not signed by "
                         "them).")
    by_seq = {g.seq: g for g in checker.grants}
    for seq, user_id in sorted((referenced or {}).items()):
        grant = by_seq.get(seq)
        if grant is None or grant.user_id != user_id:
            found.append(f"grant {seq}, which the audit log records, is missing (removed outside crmdesk).")
        elif newest[user_id].seq < seq:
            found.append(f"grant {seq} of user {user_id} is no longer their newest (removed outside crmdesk).")
    return found


def check_user(conn: sqlcipher3.Connection, vault_id: str, root_public: bytes | None, user_id: str,
               signing_key: bytes, slot_id: str) -> list[str]:
    """The problems with the signed-in user's own grant (every unlock)."""
    if root_public is None:
        return []
    checker = _Checker(all_grants(conn), vault_id, root_public)
    current = [g for g in checker.grants if g.user_id == user_id]
    user = conn.execute("SELECT id, role, active FROM users WHERE id = ?", (user_id,)).fetchone()
    found = _user_problems(checker, current[-1] if current else None, user)
    if found:
        return found
    grant = current[-1]
    if grant.public_key() and grant.public_key() != signing_key:
        found.append(f"user {user_id} unlocked with a key their grant does not vouch for.")
    if grant.slot_id and grant.slot_id != slot_id:
        found.append(f"user {user_id} unlocked with a key slot their grant does not name (an older slot).")
    return found
