"""The gate: the one way anything in a vault changes.

Every write goes through ``session.operation(permission, action, ...)``::

    with session.operation(Permission.ERASE, "subject.erased", subject=contact_id,
                           effect=Effect.REMOVE) as op:
        remove_person(op, op.subject)

On the way in it checks the permission, opens the write transaction, loads
the subject once (a contact, by id or a unique prefix of it) and applies the
rules that protect a person, as the operation's *effect* calls for:

- **legal hold**: nothing deletes or anonymises a person on hold
  (``Effect.REMOVE`` is refused);
- **restriction** (Art. 18): while processing is restricted only storage,
  withdrawals, the person's own requests, lifting the restriction and
  erasure touch them (``Effect.PROCESS`` is refused; ``Effect.STORE`` and
  ``Effect.REMOVE`` are not);
- **erased**: a contact that was erased is gone for good; naming its id
  says so instead of "not found";
- **a stop stays a stop**: consent withdrawn or refused, or a basis ended,
  starts again only with a new decision that carries its own evidence
  (``overrides_stop``, applied by the consent capture and by merges).

On the way out it writes the audit entry and commits, or rolls everything
back on any error. What changed is collected in a ``Changes`` value
(``op.changes``, and ``session.take_changes()`` for front ends), so windows
refresh only what they must.

Helpers that write take ``op``, never a session, so they cannot run outside
an operation. Outside one, every session connection is read-only
(``PRAGMA query_only``): a write that skips the gate fails at once.
Threading: the session's thread, like its connection.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import sqlcipher3

from crmdesk.core.clock import iso, parse_iso
from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.language import tr
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import audit, database, failures

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from crmdesk.core.vault.session import Session


class Effect(StrEnum):
    """What an operation does to the person it is about."""

    PROCESS = "process"  # uses or changes their data: refused while processing is restricted
    STORE = "store"  # keeps, withdraws, ends, answers their own request, restricts or lifts: always allowed
    REMOVE = "remove"  # erases or anonymises them: refused while they are on legal hold


# What a ``Changes`` value can name (pages refresh by these).
CONTACTS = "contacts"  # contact rows, organisations, tags
INTERACTIONS = "interactions"
CONSENT = "consent"  # the ledger and its evidence
PURPOSES = "purposes"  # purposes and their texts
REQUESTS = "requests"
RETENTION = "retention"  # policies, proposals and sweeps
SETTINGS = "settings"
USERS = "users"
BACKUPS = "backups"
KEYS = "keys"  # key slots, the master key, the recovery code
AUDIT = "audit"  # every operation writes at least one audit entry
BREACHES = "breaches"  # the breach log and its notifications
PROCESSORS = "processors"  # the register of processors and their links to purposes
KINDS = frozenset({CONTACTS, INTERACTIONS, CONSENT, PURPOSES, REQUESTS, RETENTION, SETTINGS, USERS, BACKUPS,
                   KEYS, AUDIT, BREACHES, PROCESSORS})


@dataclass(frozen=True)
class Changes:
    """Which records of which kinds an operation changed.

    ``contacts`` holds the ids of the contacts changed (added, edited,
    erased); ``everything`` says a bulk change (an import, a restore, a
    change made by another program) may have touched anything.
    """

    kinds: frozenset[str] = frozenset()
    contacts: frozenset[str] = frozenset()
    everything: bool = False

    def touches(self, *kinds: str) -> bool:
        return self.everything or any(kind in self.kinds for kind in kinds)

    def touches_contact(self, contact_id: str | None) -> bool:
        return self.everything or (contact_id is not None and contact_id in self.contacts)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.contacts | other.contacts, self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

    @classmethod
    def of_everything(cls) -> Changes:
        return cls(KINDS, frozenset(), True)


@dataclass(frozen=True)
class Subject:
    """The person an operation is about, as loaded when it began."""

    rowid: int
    id: str
    legal_hold: bool
    restricted: bool


RESTRICTED = ("Processing of this contact is restricted (Art. 18), so only withdrawals, their own requests and "
              "erasure may touch them until the restriction is lifted.")
ON_HOLD = ("This contact is on legal hold, so nothing about them may be deleted or anonymised until an owner "
           "or admin lifts the hold.")


def find_contact(conn: sqlcipher3.Connection, contact_id: str) -> tuple[int, str]:
    """(rowid, full id) of a contact given by id, or by a unique prefix of at
    least 8 characters. ``NotFound`` otherwise, saying so when the contact
    was erased."""
    text = contact_id.strip().lower()
    row = conn.execute("SELECT rowid, id FROM contacts WHERE id = ?", (text,)).fetchone()
    if row is None and len(text) >= 8:
        rows = conn.execute("SELECT rowid, id FROM contacts WHERE id >= ? AND id < ? LIMIT 2",
                            (text, text + "g")).fetchall()
        row = rows[0] if len(rows) == 1 else None
    if row is not None:
        return row[0], row[1]
    erased = conn.execute("SELECT erased_at FROM tombstones WHERE contact_uuid = ?", (text,)).fetchone()
    if erased is not None:
        raise NotFound(tr("That contact was erased on {value}; nothing about them "
                          "is kept.").format(value=erased[0][:10]))
    raise NotFound(tr("There is no contact with id "
                      "{contact_id}.").format(contact_id=contact_id.strip()), hint="find-contact")


def load_subject(conn: sqlcipher3.Connection, contact: str | int) -> Subject:
    """The contact by id (text) or rowid (int), with its hold and restriction."""
    if isinstance(contact, int):
        row = conn.execute("SELECT rowid, id, legal_hold, restricted FROM contacts WHERE rowid = ?",
                           (contact,)).fetchone()
        if row is None:
            raise NotFound(tr("That contact no longer exists."))
    else:
        rowid, _ = find_contact(conn, contact)
        row = conn.execute("SELECT rowid, id, legal_hold, restricted FROM contacts WHERE rowid = ?",
                           (rowid,)).fetchone()
    return Subject(row[0], row[1], bool(row[2]), bool(row[3]))


def refusal(subject: Subject, effect: Effect) -> str | None:
    """Why the rules that protect a person refuse this effect on them, or
    None when they allow it (bulk work skips such a person and says why)."""
    if effect is Effect.PROCESS and subject.restricted:
        return "lift-restriction"
    if effect is Effect.REMOVE and subject.legal_hold:
        return "lift-hold"
    return None


REASONS = {"lift-restriction": RESTRICTED, "lift-hold": ON_HOLD}

# A person's decisions per purpose, as the consent ledger names them: those that start processing,
# and those by which it stopped (a withdrawal, a refusal, a basis ended, e.g. by an objection).
STARTING = ("granted", "recorded")
STOPPED = ("withdrawn", "refused", "ended")


def overrides_stop(before: str | None, action: str, evidenced: bool) -> bool:
    """True when ``action`` would start processing again for a purpose the
    person had stopped (``before``) without evidence of a new decision: no
    path may do that. Evidence is a signature, a scan, a witness or a note
    written at the counter; an import's note (its source) is none."""
    return action in STARTING and before in STOPPED and not evidenced


def deciding(entries: Iterable[tuple[str, str, str, bool, int]], *, team: bool = True) -> str | None:
    """Which of a person's consent entries for one purpose decides, as (uid, action, recorded at, evidenced,
    row id here) each: the latest recorded. At the same moment, in a ``team``, a stop wins over a grant
    whatever order the entries arrived in (the uid only makes the order the same at every desk; a desk
    never records two of its own at one moment); in a vault of one desk, the one recorded last. An entry
    that would start processing again after a stop with no evidence of a new decision (``overrides_stop``)
    decides nothing."""
    def order(e):
        return (parse_iso(e[2]), e[1] in STOPPED, e[0]) if team else (parse_iso(e[2]), e[4])

    found: tuple[str, str] | None = None  # (uid, action)
    for uid, action, _at, evidenced, _row in sorted(entries, key=order):
        if not overrides_stop(None if found is None else found[1], action, evidenced):
            found = (uid, action)
    return None if found is None else found[0]


# Whether a ledger entry (``l``) holds evidence of a decision: a signature, a scan, a witness or a note
# written at the counter (an import's note, its source, is none); see ``overrides_stop``.
EVIDENCED = ("(EXISTS (SELECT 1 FROM consent_evidence e WHERE e.entry = l.id) OR l.witness <> ''"
             " OR (l.note <> '' AND l.method <> 'imported'))")

# A person's kept decision for a purpose, beside the ledger.
CONSENT_STATE_UPSERT = (
    "INSERT INTO consent_state (contact, purpose, action, at, expires_at, entry) VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (contact, purpose) DO UPDATE SET action = excluded.action, at = excluded.at,"
    " expires_at = excluded.expires_at, entry = excluded.entry")


def in_team(conn: sqlcipher3.Connection) -> bool:
    """Whether the vault is a desk of a team (``deciding``'s rule at the same moment)."""
    return conn.execute("SELECT 1 FROM team_link").fetchone() is not None


def deciding_entries(conn: sqlcipher3.Connection, contact: int, upto: str | None = None) -> dict[int, tuple]:
    """Each purpose's deciding entry of a contact by ``deciding``, of the entries recorded up to the moment
    ``upto`` (default: all): purpose → (entry id, action, at, expires_at)."""
    held: dict[int, dict[str, tuple]] = {}
    for purpose, uid, entry, action, at, expires, evidenced in conn.execute(
            "SELECT l.purpose, coalesce(l.uid, CAST(l.id AS TEXT)), l.id, l.action, l.at, l.expires_at, " + EVIDENCED +
            " FROM consent_ledger l WHERE l.contact = ? AND (? IS NULL OR l.at <= ?)", (contact, upto, upto)):
        held.setdefault(purpose, {})[uid] = (entry, action, at, expires, bool(evidenced))
    team = in_team(conn)
    return {purpose: rows[deciding(((uid, r[1], r[2], r[4], r[0]) for uid, r in rows.items()), team=team)][:4]
            for purpose, rows in held.items()}


def decide_consent(op: Operation, contact: int, purpose: int | None = None) -> None:
    """The person's kept state for the purpose (default: every purpose of theirs) in ``consent_state``, from
    every entry this vault holds, by ``deciding``: after an entry is recorded here or received, a merge of
    duplicates, a vault joining or leaving a team. The ledger's reading at a moment (``consent.state_at``)
    takes the same ``deciding_entries``."""
    decided = deciding_entries(op.conn, contact)
    for each in decided if purpose is None else [purpose]:
        if each in decided:
            entry, action, at, expires = decided[each]
            op.conn.execute(CONSENT_STATE_UPSERT, (contact, each, action, at, expires, entry))
        else:
            op.conn.execute("DELETE FROM consent_state WHERE contact = ? AND purpose = ?", (contact, each))


def decide_ties(op: Operation) -> None:
    """Every kept decision where two entries of a person and purpose share one moment, decided again: the
    vault joined or left a team, and ``deciding``'s rule at the same moment changed with it."""
    for contact, purpose in op.conn.execute("SELECT DISTINCT contact, purpose FROM consent_ledger"
                                            " GROUP BY contact, purpose, at HAVING count(*) > 1").fetchall():
        decide_consent(op, contact, purpose)


def check(subject: Subject, effect: Effect) -> None:
    """Apply the rules that protect a person to one operation on them."""
    reason = refusal(subject, effect)
    if reason is not None:
        raise UsageError(REASONS[reason], hint=reason)


@dataclass(eq=False)
class Operation:
    """One change in progress: its transaction, subject, audit and changes."""

    session: Session
    action: str | None
    subject: Subject | None
    effect: Effect
    detail: dict = field(default_factory=dict)
    now: str = ""
    target: str | None = None  # the audit entry's record when there is no subject (set once known)
    _kinds: set[str] = field(default_factory=lambda: {AUDIT})
    _contacts: set[str] = field(default_factory=set)
    _everything: bool = False
    audit_seqs: list[int] = field(default_factory=list)

    @property
    def conn(self) -> sqlcipher3.Connection:
        return self.session.conn

    @property
    def user_id(self) -> str:
        return self.session.user.id

    def person(self, contact: str | int, effect: Effect | None = None) -> Subject:
        """Load another person this operation touches (a merge's other
        contact, an import's existing contact) and apply the rules to them."""
        subject = load_subject(self.conn, contact)
        check(subject, effect or self.effect)
        return subject

    def audit(self, action: str, target: str | None = None, detail: dict | None = None) -> None:
        """An audit entry by the signed-in user, in this operation's
        transaction (by ids and counts, never personal data). A vault in a
        read-only folder cannot take one: the reading goes unrecorded."""
        if self.session.read_only:
            log.info("%s not audited: the vault folder is read-only", action)
            return
        entry = audit.append(self.conn, self.session.clock, actor=self.session.user.id, action=action,
                             target=target, detail=detail, signer=self.session.signing_seed())
        self.audit_seqs.append(entry.seq)

    def changed(self, *kinds: str, contacts: Iterable[str] = ()) -> None:
        """Note what this operation changed."""
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")
        self._kinds.update(kinds)
        self._contacts.update(contacts)

    def changed_everything(self) -> None:
        self._everything = True

    @property
    def changes(self) -> Changes:
        kinds = KINDS if self._everything else frozenset(self._kinds)
        return Changes(kinds, frozenset(self._contacts), self._everything)


@contextlib.contextmanager
def read_only_body(session: Session) -> Iterator[None]:
    """An operation on a vault in a read-only folder: reading works, and
    any write says that the folder is read-only."""
    try:
        yield
    except database.DatabaseError as exc:
        if failures.sqlite_code(exc) == failures.SQLITE_READONLY:
            raise failures.read_only(session.paths.folder) from None
        raise


@contextlib.contextmanager
def writable(conn: sqlcipher3.Connection, *, commit: bool = True, patience: float | None = None) -> Iterator[None]:
    """Open one write transaction on a guarded connection (rolled back at
    the end unless ``commit``); the connection is read-only again
    afterwards, whatever happens."""
    conn.execute("PRAGMA query_only = OFF")
    try:
        with database.patient(conn, patience):
            conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT" if commit else "ROLLBACK")
    finally:
        conn.execute("PRAGMA query_only = ON")


def guard(conn: sqlcipher3.Connection) -> sqlcipher3.Connection:
    """Make a session's connection read-only outside operations."""
    conn.execute("PRAGMA query_only = ON")
    return conn


@contextlib.contextmanager
def operation(session: Session, permission: Permission, action: str | None, *,
              subject: str | int | None = None, effect: Effect = Effect.PROCESS,
              target: str | None = None, detail: dict[str, Any] | None = None,
              dry_run: bool = False, patience: float | None = None) -> Iterator[Operation]:
    """See the module notes; ``Session.operation`` is the way to call it.

    ``action`` is the audit entry written at the end (its target: the
    subject's id, else ``target``; its detail: ``op.detail``); None when the
    operation writes its own entries with ``op.audit``. A ``dry_run`` does
    everything and then rolls it back (an import's preview). ``patience``:
    seconds to wait for another program's write to end (default: a few).
    Operations do not nest.
    """
    session.require(permission)
    if session.current_operation is not None:
        raise RuntimeError("operations do not nest; pass the open operation to the helper instead")
    op = Operation(session, action, None, effect, dict(detail or {}), iso(session.clock.now()), target)
    session.current_operation = op
    try:
        with (read_only_body(session) if session.read_only
              else writable(session.conn, commit=not dry_run, patience=patience)):
            if subject is not None:
                op.subject = load_subject(session.conn, subject)
                check(op.subject, effect)
                op._contacts.add(op.subject.id)
            yield op
            if action is not None:
                op.audit(action, op.subject.id if op.subject is not None else op.target, op.detail)
            if not op.audit_seqs and not session.read_only:
                raise RuntimeError(f"an operation wrote no audit entry ({action})")
    finally:
        session.current_operation = None
    if not dry_run:
        session.note_changes(op.changes, op.audit_seqs)
