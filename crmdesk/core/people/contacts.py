"""Contacts and organisations: add, edit, delete, read, list.

Every write checks the caller's permission and appends an audit entry (by
contact id, with field names, never values) in the same transaction.
Lists page with keyset pagination on indexed sort keys, never OFFSET.
Threading: the session's thread.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import date

from crmdesk.core.clock import iso
from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.people import normalise, search_index
from crmdesk.core.people.contact_model import (
    Address,
    Contact,
    ContactInput,
    ContactRow,
    Cursor,
    Labelled,
    Page,
)
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import settings
from crmdesk.core.vault.session import Session

MAX_PAGE = 500
FIELDS = ("given_name", "family_name", "display_name", "organisation", "job_title", "emails",
          "phones", "addresses", "birthday", "website", "notes", "tags", "source", "since")

ROW_COLUMNS = ("SELECT c.rowid, c.id, c.display_name, coalesce(o.name, ''), c.first_email, c.first_phone,"
               " c.last_interaction_at, c.sort_name")
ROW_JOIN = " LEFT JOIN organisations o ON o.id = c.organisation_id"
ROW_SQL = ROW_COLUMNS + " FROM contacts c" + ROW_JOIN


def random_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, as ``str(uuid.uuid4())``
    gives them, from one read of the system's random source (an import makes
    100,000 ids, and one read per id took half a second)."""
    raw = os.urandom(16 * count).hex()
    ids = []
    for start in range(0, 32 * count, 32):
        h = raw[start:start + 32]
        ids.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}")
    return ids


def display_name_for(data: ContactInput) -> str:
    name = data.display_name.strip() or " ".join(
        p for p in (data.given_name.strip(), data.family_name.strip()) if p
    )
    return name or data.organisation.strip()


def validate(data: ContactInput, today: date) -> dict[str, str]:
    """Problems that stop saving, by field name; empty when the input is fine."""
    problems: dict[str, str] = {}
    if not display_name_for(data):
        problems["given_name"] = "Give at least a name or an organisation."
    if data.birthday and data.birthday > today:
        problems["birthday"] = "The birthday is in the future."
    if data.since and data.since > today:
        problems["since"] = "The customer relationship cannot start in the future."
    return problems


def warnings(data: ContactInput, region: str) -> list[str]:
    """Doubtful values that are saved anyway (a typo to check, not an error)."""
    notes = [f"'{e.value}' does not look like an e-mail address." for e in data.emails
             if e.value.strip() and not normalise.email_looks_valid(e.value)]
    notes += [f"'{p.value}' does not look like a valid phone number." for p in data.phones
              if p.value.strip() and not normalise.phone_valid(p.value, region)]
    return notes


def _check(session: Session, data: ContactInput) -> None:
    problems = validate(data, session.clock.now().date())
    if problems:
        raise UsageError(next(iter(problems.values())))


_BATCHED = {  # in the order they are written: contacts before what points at them
    "contacts": "INSERT INTO contacts (rowid, id, given_name, family_name, display_name, sort_name,"
                " organisation_id, job_title, birthday, website, notes, source, first_email, first_phone,"
                " since, created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "emails": "INSERT INTO contact_emails (contact, position, label, address, normalised)"
              " VALUES (?, ?, ?, ?, ?)",
    "phones": "INSERT INTO contact_phones (contact, position, label, number, normalised)"
              " VALUES (?, ?, ?, ?, ?)",
    "addresses": "INSERT INTO contact_addresses (contact, position, label, street, postal_code,"
                 " city, region, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "tags": "INSERT OR IGNORE INTO contact_tags (contact, tag) VALUES (?, ?)",
}


class ContactWriter:
    """Writes contacts inside the caller's transaction, remembering tag and
    organisation ids across a batch (an import writes thousands). Checks
    nothing: callers check permissions, validate and audit. Contacts enter
    the search index at ``finish()``, all at once (see ``search_index``)."""

    BATCH = 1000

    def __init__(self, session: Session, region: str | None = None):
        self.session = session
        self.conn = session.conn
        self.region = settings.get(session, "phone_region") if region is None else region
        self._organisations: dict[str, str] = {}  # folded name → id
        self._typed_organisations: dict[str, str] = {}  # name as written → id
        self._tags: dict[str, int] = {}
        self._pending: dict[str, list[tuple]] = {name: [] for name in _BATCHED}
        self._also: dict[str, list[tuple]] = {}
        self._pending_contacts = 0
        self._next_rowid: int | None = None
        self._ids: list[str] = []  # drawn in batches (see random_ids)
        self._unindexed: dict[int, tuple] = {}  # written, not yet in the search index: its text
        self.written: list[int] = []  # rowids of the contacts added, in order
        self._now = ""

    def also(self, sql: str, row: tuple) -> None:
        """Write ``row`` with ``sql`` in the same batch as the contacts held
        back, after them (rows of other tables that point at a new contact)."""
        self._also.setdefault(sql, []).append(row)

    def flush(self) -> None:
        """Write the rows held back for batching; call before reading them
        (or writing rows that point at a new contact)."""
        for name, sql in _BATCHED.items():
            if self._pending[name]:
                self.conn.executemany(sql, self._pending[name])
                self._pending[name] = []
        for sql, rows in self._also.items():
            self.conn.executemany(sql, rows)
        self._also = {}
        self._pending_contacts = 0

    def finish(self) -> None:
        """Write everything held back and index the written contacts."""
        self.flush()
        search_index.place(self.conn, self._unindexed, self.region)
        self._unindexed = {}

    def _organisation_id(self, name: str, now: str) -> str | None:
        if name in self._typed_organisations:  # most rows repeat a spelling already seen
            return self._typed_organisations[name]
        typed = name
        name = name.strip()
        if not name:
            return None
        key = normalise.fold(name)
        if key not in self._organisations:
            row = self.conn.execute("SELECT id FROM organisations WHERE sort_name = ?", (key,)).fetchone()
            if row is None:
                row = (str(uuid.uuid4()),)
                self.conn.execute(
                    "INSERT INTO organisations (id, name, sort_name, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?)", (row[0], name, key, now, now))
            self._organisations[key] = row[0]
        self._typed_organisations[typed] = self._organisations[key]
        return self._organisations[key]

    def _tag_id(self, name: str) -> int:
        key = name.casefold()
        if key not in self._tags:
            row = self.conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
            if row is None:
                row = (self.conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid,)
            self._tags[key] = row[0]
        return self._tags[key]

    def write(self, data: ContactInput, *, rowid: int | None = None) -> tuple[int, str]:
        """Insert (or, with ``rowid``, replace) a contact and its index entry; (rowid, id)."""
        conn, session = self.conn, self.session
        if self._pending_contacts == 0 or rowid is not None:  # one reading of the clock per batch
            self._now = iso(session.clock.now())
        now = self._now
        display = display_name_for(data)
        folded = normalise.fold(display)
        emails = [e for e in data.emails if e.value.strip()]
        phones = [(p, normalise.phone_keys(p.value, self.region)) for p in data.phones if p.value.strip()]
        values = (
            data.given_name.strip(), data.family_name.strip(), display, folded,
            self._organisation_id(data.organisation, now), data.job_title.strip(),
            data.birthday.isoformat() if data.birthday else None,
            data.website.strip(), data.notes.strip(), data.source.strip(),
            emails[0].value.strip() if emails else "", phones[0][0].value.strip() if phones else "",
        )
        if rowid is None:
            if not self._ids:
                self._ids = random_ids(self.BATCH)
            contact_id = self._ids.pop()
            since = data.since.isoformat() if data.since else now[:10]
            if self._next_rowid is None:
                self._next_rowid = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM contacts").fetchone()[0]
            rowid, self._next_rowid = self._next_rowid, self._next_rowid + 1
            self.written.append(rowid)
            self._pending["contacts"].append(
                (rowid, contact_id, *values, since, now, session.user.id, now, session.user.id))
        else:
            self.flush()
            contact_id = conn.execute("SELECT id FROM contacts WHERE rowid = ?", (rowid,)).fetchone()[0]
            search_index.remove(conn, rowid, self.region)
            conn.execute(
                "UPDATE contacts SET given_name = ?, family_name = ?, display_name = ?, sort_name = ?,"
                " organisation_id = ?, job_title = ?, birthday = ?, website = ?, notes = ?, source = ?,"
                " first_email = ?, first_phone = ?, since = coalesce(?, since), updated_at = ?, updated_by = ?"
                " WHERE rowid = ?",
                (*values, data.since.isoformat() if data.since else None, now, session.user.id, rowid),
            )
            for table in ("contact_emails", "contact_phones", "contact_addresses", "contact_tags"):
                conn.execute(f"DELETE FROM {table} WHERE contact = ?", (rowid,))
        pending = self._pending
        pending["emails"] += [(rowid, i, e.label.strip(), e.value.strip(), normalise.email(e.value))
                              for i, e in enumerate(emails)]
        pending["phones"] += [(rowid, i, p.label.strip(), p.value.strip(), keys[0])
                              for i, (p, keys) in enumerate(phones)]
        pending["addresses"] += [(rowid, i, a.label, a.street, a.postal_code, a.city, a.region, a.country)
                                 for i, a in enumerate(a for a in data.addresses if not a.is_empty())]
        tags = sorted({t.strip() for t in data.tags if t.strip()}, key=str.casefold)
        pending["tags"] += [(rowid, self._tag_id(t)) for t in tags]
        # The same text search_index.search_values builds from the stored rows.
        given, family, _, _, _, job_title, _, _, notes = values[:9]
        self._unindexed[rowid] = search_index.index_text(
            (display, given, family, folded), data.organisation.strip(),
            [e.value.strip() for e in emails], [t for _, keys in phones for t in keys[1]], tags,
            (job_title, notes))
        self._pending_contacts += 1
        if self._pending_contacts >= self.BATCH:
            self.flush()
        return rowid, contact_id


def write_contact(session: Session, data: ContactInput, *, rowid: int | None = None,
                  region: str | None = None) -> tuple[int, str]:
    """Write one contact inside the caller's transaction (see ``ContactWriter``)."""
    writer = ContactWriter(session, region)
    written = writer.write(data, rowid=rowid)
    writer.finish()
    return written


def add_contact(session: Session, data: ContactInput) -> Contact:
    """Create a contact. Needs EDIT."""
    session.require(Permission.EDIT)
    _check(session, data)
    with session.transaction():
        _, contact_id = write_contact(session, data)
        session.audit("contact.added", target=contact_id,
                      detail={"fields": [f for f in FIELDS if getattr(data, f)]})
    return get_contact(session, contact_id)


def resolve(session: Session, contact_id: str) -> tuple[int, str]:
    """(rowid, full id) of a contact given by id, or by a unique prefix of at
    least 8 characters; NotFound otherwise."""
    text = contact_id.strip().lower()
    row = session.conn.execute("SELECT rowid, id FROM contacts WHERE id = ?", (text,)).fetchone()
    if row is None and len(text) >= 8:
        rows = session.conn.execute(
            "SELECT rowid, id FROM contacts WHERE id >= ? AND id < ? LIMIT 2", (text, text + "g")
        ).fetchall()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFound(f"There is no contact with id {contact_id}; 'crmdesk contact search' finds ids.")
    return row[0], row[1]


def normalised(data: ContactInput) -> ContactInput:
    """The input as it will be stored: trimmed, empty entries dropped, tags sorted."""
    return ContactInput(
        given_name=data.given_name.strip(), family_name=data.family_name.strip(),
        display_name=display_name_for(data), organisation=data.organisation.strip(),
        job_title=data.job_title.strip(),
        emails=[Labelled(e.value.strip(), e.label.strip()) for e in data.emails if e.value.strip()],
        phones=[Labelled(p.value.strip(), p.label.strip()) for p in data.phones if p.value.strip()],
        addresses=[a for a in data.addresses if not a.is_empty()], birthday=data.birthday,
        website=data.website.strip(), notes=data.notes.strip(),
        tags=sorted({t.strip() for t in data.tags if t.strip()}, key=str.casefold),
        source=data.source.strip(), since=data.since,
    )


def changed_fields(old: ContactInput, new: ContactInput) -> list[str]:
    """Names of the fields that differ once ``new`` is normalised."""
    new = normalised(new)
    changed = [f for f in FIELDS if f != "since" and getattr(old, f) != getattr(new, f)]
    if new.since is not None and new.since != old.since:
        changed.append("since")
    return changed


def is_restricted(session: Session, rowid: int) -> bool:
    """Whether processing of the contact is restricted (Art. 18; see ``erasure``)."""
    return bool(session.conn.execute("SELECT restricted FROM contacts WHERE rowid = ?", (rowid,)).fetchone()[0])


def update_contact(session: Session, contact_id: str, data: ContactInput, *,
                   also: Callable[[list[str]], None] | None = None) -> tuple[Contact, list[str]]:
    """Replace a contact's fields; returns it and the names of the changed
    fields. ``also(changed)`` runs in the same transaction when something
    changed (a rectification request records it). Needs EDIT."""
    session.require(Permission.EDIT)
    _check(session, data)
    rowid, contact_id = resolve(session, contact_id)
    if is_restricted(session, rowid):
        raise UsageError("Processing of this contact is restricted (Art. 18), so it may not be changed; "
                         "lift the restriction first ('crmdesk restrict ID off').")
    old = get_contact(session, contact_id)
    changed = changed_fields(old, data)
    if changed:
        with session.transaction():
            write_contact(session, data, rowid=rowid)
            session.audit("contact.updated", target=contact_id, detail={"fields": changed})
            if also is not None:
                also(changed)
    return get_contact(session, contact_id), changed


def delete_contact(session: Session, contact_id: str) -> None:
    """Remove a contact with its e-mails, phones, addresses, tags, interactions
    and search entries. Needs ERASE (owners and admins)."""
    session.require(Permission.ERASE)
    rowid, contact_id = resolve(session, contact_id)
    from crmdesk.core.privacy.consent import erasing  # consent builds on contacts

    with session.transaction() as conn:
        search_index.remove(conn, rowid, settings.get(session, "phone_region"))
        with erasing(conn, rowid):  # the consent ledger gives up a subject's entries only to erasure
            conn.execute("DELETE FROM contacts WHERE rowid = ?", (rowid,))
        session.audit("contact.deleted", target=contact_id)


def get_contact(session: Session, contact_id: str) -> Contact:
    """The full record. Needs READ."""
    session.require(Permission.READ)
    rowid, contact_id = resolve(session, contact_id)
    conn = session.conn
    row = conn.execute(
        "SELECT c.given_name, c.family_name, c.display_name, coalesce(o.name, ''), c.job_title,"
        " c.birthday, c.website, c.notes, c.source, c.since, c.created_at, c.created_by,"
        " c.updated_at, c.updated_by, c.last_interaction_at"
        " FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.rowid = ?",
        (rowid,),
    ).fetchone()
    return Contact(
        id=contact_id, given_name=row[0], family_name=row[1], display_name=row[2],
        organisation=row[3], job_title=row[4],
        birthday=date.fromisoformat(row[5]) if row[5] else None, website=row[6], notes=row[7],
        source=row[8], since=date.fromisoformat(row[9][:10]), created_at=row[10],
        created_by=row[11], updated_at=row[12], updated_by=row[13], last_interaction_at=row[14],
        emails=[Labelled(a, lbl) for lbl, a in conn.execute(
            "SELECT label, address FROM contact_emails WHERE contact = ? ORDER BY position", (rowid,))],
        phones=[Labelled(n, lbl) for lbl, n in conn.execute(
            "SELECT label, number FROM contact_phones WHERE contact = ? ORDER BY position", (rowid,))],
        addresses=[Address(*r) for r in conn.execute(
            "SELECT label, street, postal_code, city, region, country FROM contact_addresses"
            " WHERE contact = ? ORDER BY position", (rowid,))],
        tags=[r[0] for r in conn.execute(
            "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag WHERE ct.contact = ?"
            " ORDER BY t.name COLLATE NOCASE", (rowid,))],
    )


def list_contacts(session: Session, *, after: Cursor | None = None, limit: int = 100,
                  order: str = "name", tag: str | None = None, without_basis: bool = False) -> Page:
    """A page of contacts by name (A→Z) or by last interaction (newest
    first); ``without_basis``: only those with no lawful basis on record
    now (no current consent, no other basis). Needs READ."""
    from crmdesk.core.privacy.consent import without_basis_sql  # consent builds on contacts

    session.require(Permission.READ)
    limit = max(1, min(limit, MAX_PAGE))
    where, params = [], []
    if tag:
        where.append("c.rowid IN (SELECT ct.contact FROM contact_tags ct JOIN tags t ON t.id = ct.tag"
                     " WHERE t.name = ?)")
        params.append(tag.strip())
    if without_basis:
        where.append(without_basis_sql())
        params.append(iso(session.clock.now()))
    if order == "name":
        if after:
            where.append("(c.sort_name, c.rowid) > (?, ?)")
            params += [after.key, after.rowid]
        sort = "c.sort_name, c.rowid"
    elif order == "last_interaction":
        if after:
            where.append("(c.last_interaction_at, c.rowid) < (?, ?)")
            params += [after.key, after.rowid]
        sort = "c.last_interaction_at DESC, c.rowid DESC"
    else:
        raise UsageError("Sort contacts by 'name' or 'last_interaction'.")
    sql = ROW_SQL + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {sort} LIMIT ?"
    rows = [ContactRow(*r) for r in session.conn.execute(sql, (*params, limit + 1))]
    return page_of(rows, limit, order)


def page_of(rows: list[ContactRow], limit: int, order: str) -> Page:
    """The first ``limit`` of ``limit + 1`` rows, with a cursor when there are more."""
    if len(rows) <= limit:
        return Page(rows, None)
    last = rows[limit - 1]
    key = last.sort_name if order == "name" else last.last_interaction_at
    return Page(rows[:limit], Cursor(key, last.rowid))


def count_contacts(session: Session) -> int:
    session.require(Permission.READ)
    return session.conn.execute("SELECT count(*) FROM contacts").fetchone()[0]


def all_tags(session: Session) -> list[str]:
    session.require(Permission.READ)
    return [r[0] for r in session.conn.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]
