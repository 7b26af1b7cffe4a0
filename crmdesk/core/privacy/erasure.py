"""Erasure (Art. 17): removing a person everywhere, and keeping them gone.

Deleting a person is always erasure, whether it answers a request, a
retention policy or an owner's "Delete": one operation removes the contact
row with its e-mails, phones, addresses, tag links, interactions, consent
entries and evidence (the ledger lets go only here), their search index
entries, the personal text of their requests, what a retention sweep
proposed about them, and every tag and organisation that only they had (a
tag can name a clinic). What stays holds no personal data: a tombstone
(UUID, when, why, who), the requests' reference, type, dates and status,
the audit entries, and suppression digests (``people.suppression``) so a
later import recognises the person without the vault keeping the values.

Afterwards the WAL is checkpointed and truncated; with ``secure_delete``
and FTS5's secure-delete the freed pages hold zeros, so no byte of the
person remains in the vault file (a test decrypts every page to check).

Nothing erases a person on legal hold (the gate's ``Effect.REMOVE``).
Restoring an old backup re-applies every tombstone (``reapply``).
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.core.language import N_
from crmdesk.core.people import contacts, search_index, suppression
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent
from crmdesk.core.privacy import requests as subject_requests
from crmdesk.core.vault import database
from crmdesk.core.vault.gate import (
    CONSENT,
    CONTACTS,
    INTERACTIONS,
    REQUESTS,
    RETENTION,
    Effect,
    Operation,
    Subject,
)
from crmdesk.core.vault.session import Session

# What an erasure removes, in words (one, several), and how to count it (one parameter: the rowid).
COUNTS = (
    ("contact record", "contact records", "SELECT count(*) FROM contacts WHERE rowid = ?"),
    ("e-mail address", "e-mail addresses", "SELECT count(*) FROM contact_emails WHERE contact = ?"),
    ("phone number", "phone numbers", "SELECT count(*) FROM contact_phones WHERE contact = ?"),
    ("postal address", "postal addresses", "SELECT count(*) FROM contact_addresses WHERE contact = ?"),
    ("tag", "tags", "SELECT count(*) FROM contact_tags WHERE contact = ?"),
    ("interaction", "interactions", "SELECT count(*) FROM interactions WHERE contact = ?"),
    ("consent entry", "consent entries", "SELECT count(*) FROM consent_ledger WHERE contact = ?"),
    ("consent evidence file", "consent evidence files", "SELECT count(*) FROM consent_evidence WHERE contact = ?"),
    ("search index entry", "search index entries", "SELECT count(*) FROM contact_keys WHERE contact = ?"),
    ("request (personal text only; the reference stays)", "requests (personal text only; the references stay)",
     "SELECT count(*) FROM requests WHERE contact = ?"),
)
# What a request keeps of its text once its subject is erased.
REMOVED = subject_requests.ERASED_TEXT


@dataclass(frozen=True)
class Tombstone:
    contact_id: str
    erased_at: str
    request: str | None
    erased_by: str | None
    # Another program (a backup running) still reads an older state, so the freed pages keep the
    # person until it ends; crmdesk overwrites them then (the backup's end, the next unlock).
    pending: bool = False


def preview(session: Session, contact_id: str) -> list[tuple[str, int]]:
    """What erasing the contact would remove: (what, how many), non-zero only. Needs ERASE."""
    session.require(Permission.ERASE)
    rowid, _ = contacts.resolve(session, contact_id)
    counts = [(one, several, session.conn.execute(sql, (rowid,)).fetchone()[0]) for one, several, sql in COUNTS]
    return [(one if n == 1 else several, n) for one, several, n in counts if n]


def erase(session: Session, contact_id: str, *, request_reference: str | None = None) -> Tombstone:
    """Erase a person (see the module notes); refused while they are on
    legal hold. Needs ERASE; audited without personal data. With a request,
    it must be an open, verified erasure request about them; it is then
    fulfilled."""
    session.require(Permission.ERASE)
    request = (subject_requests.check_usable(session, request_reference, contact_id, ("erasure",))
               if request_reference else None)
    removed = preview(session, contact_id)
    with session.operation(Permission.ERASE, "subject.erased", subject=contact_id, effect=Effect.REMOVE,
                           detail={"request": request.reference if request else None,
                                   "removed": {what: n for what, n in removed}}) as op:
        remove_person(op, op.subject, why=request.reference if request else None)
        if request is not None:
            subject_requests.fulfil(op, request)
    overwritten = database.checkpoint_waiting(session.conn, OVERWRITE_WAIT_SECONDS)
    return Tombstone(op.subject.id, op.now, request.reference if request else None, session.user.id,
                     pending=not overwritten)


OVERWRITE_WAIT_SECONDS = 10.0  # for a reader (a backup) to let the freed pages be overwritten
PENDING = N_("A backup or another program that is running still reads the vault as it was, so the old copy of "
             "their pages is overwritten when it ends (crmdesk does that then, or at the next unlock).")


def remove_person(op: Operation, subject: Subject, *, why: str | None, suppress: bool = True) -> None:
    """Erase a person in the operation: suppression digests of their e-mail
    addresses and phone numbers (unless ``suppress`` is off, for
    anonymising), everything about them, and a tombstone saying why (a
    request reference, or the retention policy)."""
    op.person(subject.rowid, Effect.REMOVE)
    conn = op.conn
    if suppress:
        emails = [r[0] for r in conn.execute("SELECT address FROM contact_emails WHERE contact = ?",
                                             (subject.rowid,))]
        phones = [r[0] for r in conn.execute("SELECT number FROM contact_phones WHERE contact = ?",
                                             (subject.rowid,))]
        suppression.record(op, emails, phones, search_index.stored_region(conn))
    remove_rows(op, subject.rowid)
    conn.execute("INSERT OR REPLACE INTO tombstones (contact_uuid, erased_at, request, erased_by)"
                 " VALUES (?, ?, ?, ?)", (subject.id, op.now, why, op.user_id))
    op.changed(contacts=(subject.id,))


def remove_rows(op: Operation, rowid: int) -> None:
    """The removal itself: everything about the contact goes, their
    requests lose their personal text, and what only they had goes too."""
    conn = op.conn
    # Requests keep reference, type, dates and status; their free text may name the person.
    subject_requests.clear_text(op, "contact = ?", (rowid,), REMOVED)
    # A proposal's label is the person's name.
    conn.execute("DELETE FROM retention_proposals WHERE (kind = 'contact' AND target = ?) OR (kind = 'interaction'"
                 " AND target IN (SELECT rowid FROM interactions WHERE contact = ?))", (rowid, rowid))
    search_index.remove(op, rowid, search_index.stored_region(conn))
    # On a desk of a team, what was last sent of them (the queued id stays: the erasure itself is sent to
    # the other desks; the conflicts kept from them go with the row, by trigger).
    conn.execute("DELETE FROM team_records WHERE id = (SELECT id FROM contacts WHERE rowid = ?)", (rowid,))
    # The contacts merged into them before are erased with them (``merged_into``): a tombstone each, and
    # where they went is forgotten.
    person = conn.execute("SELECT id FROM contacts WHERE rowid = ?", (rowid,)).fetchone()[0]
    conn.executemany("INSERT OR IGNORE INTO tombstones (contact_uuid, erased_at, erased_by) VALUES (?, ?, ?)",
                     [(gone, op.now, op.user_id) for gone in merged_into(conn, person)])
    conn.execute("DELETE FROM merged_contacts WHERE kept = ? OR gone = ?", (person, person))
    had = contacts.names_of(conn, rowid)
    with consent.erasing(op, rowid):
        conn.execute("DELETE FROM contacts WHERE rowid = ?", (rowid,))
    contacts.drop_unused(op, had)
    op.changed(CONTACTS, INTERACTIONS, CONSENT, REQUESTS, RETENTION)


def erased_elsewhere(op: Operation, person: str) -> None:
    """A person erased at another desk of the team, whom this vault does not hold: a tombstone, so they
    never come back here (from a team server put back from an older copy, or an old backup), and no link
    from a contact merged away here to the one it went into."""
    op.conn.execute("INSERT OR IGNORE INTO tombstones (contact_uuid, erased_at) VALUES (?, ?)", (person, op.now))
    op.conn.execute("DELETE FROM merged_contacts WHERE gone = ?", (person,))


def merged_into(conn, person: str) -> list[str]:
    """The ids of the contacts merged into ``person`` here, erased with them. On a desk of a team, each
    tombstone sends its erasure, which takes off the server what other desks logged with that contact;
    not one another desk kept apart after the merge (its last revision on the server is that desk's,
    not this desk's note that it was merged): that is another person there."""
    return [row[0] for row in conn.execute(
        "SELECT gone FROM merged_contacts m WHERE kept = ? AND NOT EXISTS (SELECT 1 FROM team_records r"
        " WHERE r.id = m.gone AND json_extract(r.base, '$._merged_away') IS NOT 1)", (person,))]


def reapply(op: Operation, erased: list[tuple], suppressed_rows: list[tuple], secret: str | None = None) -> int:
    """Bring erasures recorded elsewhere into this vault (a restored backup
    older than them): the tombstones ``(uuid, erased_at, request,
    erased_by)`` and suppression rows (keyed with ``secret``, which this
    vault takes on while it has no digests of its own) are added, and every
    tombstoned person still here is removed. How many were removed."""
    conn = op.conn
    if secret and not conn.execute("SELECT 1 FROM suppressions LIMIT 1").fetchone():
        conn.execute("UPDATE meta SET value = ? WHERE key = 'suppression_secret'", (secret,))
    conn.executemany("INSERT OR IGNORE INTO tombstones (contact_uuid, erased_at, request, erased_by)"
                     " VALUES (?, ?, ?, ?)", erased)
    conn.executemany("INSERT OR IGNORE INTO suppressions (digest, kind, erased_at) VALUES (?, ?, ?)",
                     suppressed_rows)
    removed = 0
    for (uuid, *_rest) in erased:
        row = conn.execute("SELECT rowid FROM contacts WHERE id = ?", (uuid,)).fetchone()
        if row is not None:
            # The person asked to be erased after this backup was made: a legal hold the
            # backup still shows was lifted before that erasure, so it does not keep them.
            remove_rows(op, row[0])
            removed += 1
    return removed


def tombstones(session: Session) -> list[Tombstone]:
    session.require(Permission.READ)
    return [Tombstone(*r) for r in session.conn.execute(
        "SELECT contact_uuid, erased_at, request, erased_by FROM tombstones ORDER BY erased_at")]
