"""Erasure (Art. 17), restriction (Art. 18), objection (Art. 21) and legal hold.

Erasing a person removes them everywhere in one transaction: the contact
row with its e-mails, phones, addresses, tag links, interactions, consent
entries and evidence (the ledger lets go only here), their search index
entries, an organisation nobody else belongs to, and the personal text of
their requests. What stays holds no personal data: a tombstone (UUID, when,
which request, who), the requests' reference, type, dates and status, the
audit entries, and suppression digests — HMAC-SHA256 of each normalised
e-mail address and phone number under a vault secret — so a later import
recognises the person without the vault keeping the values. Afterwards the
WAL is checkpointed and truncated; with ``secure_delete`` and FTS5's
secure-delete the freed pages hold zeros, so no byte of the person remains
in the vault file (a test decrypts every page to check).

Legal hold (owner/admin) blocks erasure. Restriction blocks editing (other
than lifting it), consent-based processing and exports other than for the
person's own request. Objection ends legitimate-interest purposes and
withdraws direct-marketing consents, in the ledger.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

import sqlcipher3

from crmdesk.core.clock import iso
from crmdesk.core.errors import OperationFailed, UsageError
from crmdesk.core.people import normalise, search_index
from crmdesk.core.people.contacts import get_contact, resolve
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent, requests
from crmdesk.core.vault import database, settings
from crmdesk.core.vault.session import Session

# What an erasure removes, in words, and how to count it (one parameter: the rowid).
COUNTS = (
    ("contact record", "SELECT count(*) FROM contacts WHERE rowid = ?"),
    ("e-mail addresses", "SELECT count(*) FROM contact_emails WHERE contact = ?"),
    ("phone numbers", "SELECT count(*) FROM contact_phones WHERE contact = ?"),
    ("postal addresses", "SELECT count(*) FROM contact_addresses WHERE contact = ?"),
    ("tags", "SELECT count(*) FROM contact_tags WHERE contact = ?"),
    ("interactions", "SELECT count(*) FROM interactions WHERE contact = ?"),
    ("consent entries", "SELECT count(*) FROM consent_ledger WHERE contact = ?"),
    ("consent evidence files", "SELECT count(*) FROM consent_evidence WHERE contact = ?"),
    ("search index entries", "SELECT count(*) FROM contact_keys WHERE contact = ?"),
    ("requests (personal text only; the reference stays)", "SELECT count(*) FROM requests WHERE contact = ?"),
)


@dataclass(frozen=True)
class Tombstone:
    contact_id: str
    erased_at: str
    request: str | None
    erased_by: str | None


def _secret(session: Session) -> bytes:
    row = session.conn.execute("SELECT value FROM meta WHERE key = 'suppression_secret'").fetchone()
    if row is None:
        raise OperationFailed("This vault has no suppression secret; run 'crmdesk verify' and restore a backup.")
    return bytes.fromhex(row[0])


def digests(session: Session, emails: list[str], phones: list[str]) -> list[tuple[str, str]]:
    """(digest, kind) of normalised e-mail addresses and phone numbers."""
    key = _secret(session)
    region = settings.get(session, "phone_region")
    values = [("email", normalise.email(e)) for e in emails if e.strip()]
    values += [("phone", normalise.phone(p, region)) for p in phones if p.strip()]
    return [(hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest(), kind)
            for kind, value in values if value]


def suppressed(session: Session, emails: list[str], phones: list[str]) -> bool:
    """Whether any of these belongs to a person who asked to be erased."""
    found = [d for d, _ in digests(session, emails, phones)]
    if not found:
        return False
    marks = ",".join("?" * len(found))
    return session.conn.execute(f"SELECT 1 FROM suppressions WHERE digest IN ({marks}) LIMIT 1",
                                found).fetchone() is not None


def preview(session: Session, contact_id: str) -> list[tuple[str, int]]:
    """What erasing the contact would remove: (what, how many), non-zero only. Needs ERASE."""
    session.require(Permission.ERASE)
    rowid, _ = resolve(session, contact_id)
    counts = [(what, session.conn.execute(sql, (rowid,)).fetchone()[0]) for what, sql in COUNTS]
    return [(what, n) for what, n in counts if n]


def _check_hold(session: Session, rowid: int, name: str, what: str) -> None:
    if session.conn.execute("SELECT legal_hold FROM contacts WHERE rowid = ?", (rowid,)).fetchone()[0]:
        raise UsageError(f"{name} is on legal hold, so nothing about them may be {what}; an owner or admin "
                         "lifts the hold first ('crmdesk contact hold ID off').")


def erase(session: Session, contact_id: str, *, request_reference: str | None = None) -> Tombstone:
    """Erase a person (see the module notes). Needs ERASE; audited without
    personal data. With a request, it must be an open, verified erasure
    request about them; it is then fulfilled."""
    session.require(Permission.ERASE)
    rowid, contact_id = resolve(session, contact_id)
    contact = get_contact(session, contact_id)
    _check_hold(session, rowid, contact.display_name, "erased")
    request = (requests.check_usable(session, request_reference, contact_id, ("erasure",))
               if request_reference else None)
    removed = preview(session, contact_id)
    now = iso(session.clock.now())
    conn = session.conn
    with session.transaction():
        remove_person(session, rowid, contact_id, now=now, why=request.reference if request else None)
        if request is not None:
            conn.execute("UPDATE requests SET status = 'fulfilled', closed_at = ? WHERE reference = ?",
                         (now, request.reference))
        session.audit("subject.erased", target=contact_id, detail={
            "request": request.reference if request else None,
            "removed": {what: n for what, n in removed}})
    database.checkpoint(conn)
    return Tombstone(contact_id, now, request.reference if request else None, session.user.id)


def remove_person(session: Session, rowid: int, contact_id: str, *, now: str, why: str | None,
                  suppress: bool = True) -> None:
    """Erase a person inside the caller's transaction: suppression digests
    of their e-mail addresses and phone numbers (unless ``suppress`` is off,
    for anonymising), everything about them, and a tombstone saying why (a
    request reference, or the retention policy)."""
    conn = session.conn
    if suppress:
        emails = [r[0] for r in conn.execute("SELECT address FROM contact_emails WHERE contact = ?", (rowid,))]
        phones = [r[0] for r in conn.execute("SELECT number FROM contact_phones WHERE contact = ?", (rowid,))]
        conn.executemany("INSERT OR IGNORE INTO suppressions (digest, kind, erased_at) VALUES (?, ?, ?)",
                         [(digest, kind, now) for digest, kind in digests(session, emails, phones)])
    remove_rows(conn, rowid)
    conn.execute("INSERT OR REPLACE INTO tombstones (contact_uuid, erased_at, request, erased_by)"
                 " VALUES (?, ?, ?, ?)", (contact_id, now, why, session.user.id))


def remove_rows(conn: sqlcipher3.Connection, rowid: int) -> None:
    """The removal itself, inside the caller's transaction: everything about
    the contact goes, and their requests lose their personal text."""
    # Requests keep reference, type, dates and status; their free text may name the person.
    conn.execute("UPDATE requests SET notes = '', verified_method = CASE WHEN verified_method IS NULL"
                 " THEN NULL ELSE '(removed with the erasure)' END, extension_reason = CASE"
                 " WHEN extension_reason = '' THEN '' ELSE '(removed with the erasure)' END,"
                 " outcome_reason = '' WHERE contact = ?", (rowid,))
    organisation = conn.execute("SELECT organisation_id FROM contacts WHERE rowid = ?", (rowid,)).fetchone()[0]
    search_index.remove(conn, rowid, search_index.stored_region(conn))
    with consent.erasing(conn, rowid):
        conn.execute("DELETE FROM contacts WHERE rowid = ?", (rowid,))
    if organisation is not None:
        conn.execute("DELETE FROM organisations WHERE id = ? AND NOT EXISTS"
                     " (SELECT 1 FROM contacts WHERE organisation_id = ?)", (organisation, organisation))


def reapply(conn: sqlcipher3.Connection, erased: list[tuple], suppressed_rows: list[tuple]) -> int:
    """Bring erasures recorded elsewhere into this database (a restored
    backup older than them): the tombstones ``(uuid, erased_at, request,
    erased_by)`` and suppression rows are added, and every tombstoned person
    still here is removed. Inside the caller's transaction; how many were removed."""
    conn.executemany("INSERT OR IGNORE INTO tombstones (contact_uuid, erased_at, request, erased_by)"
                     " VALUES (?, ?, ?, ?)", erased)
    conn.executemany("INSERT OR IGNORE INTO suppressions (digest, kind, erased_at) VALUES (?, ?, ?)",
                     suppressed_rows)
    removed = 0
    for (uuid, *_rest) in erased:
        row = conn.execute("SELECT rowid FROM contacts WHERE id = ?", (uuid,)).fetchone()
        if row is not None:
            remove_rows(conn, row[0])
            removed += 1
    return removed


def tombstones(session: Session) -> list[Tombstone]:
    session.require(Permission.READ)
    return [Tombstone(*r) for r in session.conn.execute(
        "SELECT contact_uuid, erased_at, request, erased_by FROM tombstones ORDER BY erased_at")]


def set_hold(session: Session, contact_id: str, on: bool) -> None:
    """Put a contact on legal hold (or lift it): nothing erases or sweeps it. Needs ERASE."""
    session.require(Permission.ERASE)
    rowid, contact_id = resolve(session, contact_id)
    with session.transaction() as conn:
        conn.execute("UPDATE contacts SET legal_hold = ? WHERE rowid = ?", (int(on), rowid))
        session.audit("contact.hold_set" if on else "contact.hold_lifted", target=contact_id)


def set_restricted(session: Session, contact_id: str, on: bool, *, request_reference: str | None = None) -> None:
    """Restrict processing of a contact (Art. 18), or lift it. Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    rowid, contact_id = resolve(session, contact_id)
    if request_reference:
        requests.check_usable(session, request_reference, contact_id, ("restriction",))
    with session.transaction() as conn:
        conn.execute("UPDATE contacts SET restricted = ? WHERE rowid = ?", (int(on), rowid))
        session.audit("contact.restricted" if on else "contact.restriction_lifted", target=contact_id,
                      detail={"request": request_reference})


def flags(session: Session, contact_id: str) -> tuple[bool, bool]:
    """(legal hold, restricted) of a contact."""
    rowid, _ = resolve(session, contact_id)
    hold, restricted = session.conn.execute(
        "SELECT legal_hold, restricted FROM contacts WHERE rowid = ?", (rowid,)).fetchone()
    return bool(hold), bool(restricted)


def object_to_processing(session: Session, contact_id: str, *, request_reference: str | None = None) -> list[str]:
    """Art. 21: end every legitimate-interest basis and withdraw every
    direct-marketing consent the contact has; the keys of the purposes
    ended. Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    rowid, contact_id = resolve(session, contact_id)
    if request_reference:
        requests.check_usable(session, request_reference, contact_id, ("objection",))
    direct = {r[0] for r in session.conn.execute("SELECT key FROM purposes WHERE direct_marketing = 1")}
    decisions = []
    for item in consent.current_states(session, contact_id):
        if item.state == "recorded" and item.purpose.basis == "legitimate_interests":
            decisions.append((item.purpose.key, "ended"))
        elif item.state == "granted" and item.purpose.key in direct:
            decisions.append((item.purpose.key, "withdrawn"))
    if decisions:
        note = "objection (Art. 21)" + (f", request {request_reference}" if request_reference else "")
        consent.record_many(session, contact_id, decisions, consent.Capture(method="in_person", note=note))
    return [key for key, _ in decisions]
