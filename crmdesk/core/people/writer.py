"""Writing contacts: one at a time, or thousands in batches for an import.

Rows are held back and written with ``executemany`` in batches of a
thousand, contacts before the rows that point at them; tag and organisation
ids are remembered across a batch. Threading: the operation's thread.
"""

from __future__ import annotations

import os
import uuid

from crmdesk.core import collector
from crmdesk.core.people import normalise, search_index
from crmdesk.core.people.contact_model import ContactInput, one_line, with_kind
from crmdesk.core.vault.gate import CONTACTS, Operation


def display_name_for(data: ContactInput) -> str:
    name = data.display_name.strip() or " ".join(
        p for p in (data.given_name.strip(), data.family_name.strip()) if p
    )
    return name or data.organisation.strip()


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


_BATCHED = {  # in the order they are written: contacts before what points at them
    "contacts": "INSERT INTO contacts (rowid, id, given_name, family_name, display_name, sort_name,"
                " organisation_id, job_title, birthday, notes, source, first_email, first_phone, language,"
                " since, created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "emails": "INSERT INTO contact_emails (contact, position, label, address, normalised)"
              " VALUES (?, ?, ?, ?, ?)",
    "phones": "INSERT INTO contact_phones (contact, position, label, kind, number, normalised)"
              " VALUES (?, ?, ?, ?, ?, ?)",
    "addresses": "INSERT INTO contact_addresses (contact, position, label, street, postal_code,"
                 " city, region, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "websites": "INSERT INTO contact_websites (contact, position, label, url) VALUES (?, ?, ?, ?)",
    "tags": "INSERT OR IGNORE INTO contact_tags (contact, tag) VALUES (?, ?)",
}


class ContactWriter:
    """Writes contacts in an operation, remembering tag and organisation ids
    across a batch (an import writes thousands). Checks nothing: callers
    validate, and the operation checks permissions, rules and audits.
    Contacts enter the search index at ``finish()``, all at once (see
    ``search_index``)."""

    BATCH = 1000

    def __init__(self, op: Operation, region: str | None = None):
        self.op = op
        self.conn = op.conn
        self.region = search_index.stored_region(op.conn) if region is None else region
        op.changed(CONTACTS)
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
        search_index.place(self.op, self._unindexed, self.region)
        self._unindexed = {}

    def let_go(self) -> None:
        """Empty what the writer holds, piece by piece (``collector.let_go``)."""
        collector.let_go(self._unindexed, self.written, *self._pending.values(), *self._also.values())

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

    def write(self, data: ContactInput, *, rowid: int | None = None, contact_id: str | None = None) -> tuple[int, str]:
        """Insert (or, with ``rowid``, replace) a contact and its index entry; (rowid, id). A new contact
        gets ``contact_id`` when given (one another desk of the team made), else a new one."""
        conn, user_id = self.conn, self.op.user_id
        now = self.op.now
        display = display_name_for(data)
        folded = normalise.fold(display)
        emails = [e for e in data.emails if e.value.strip()]
        phones = [(p, normalise.phone_keys(p.value, self.region)) for p in data.phones if p.value.strip()]
        values = (
            data.given_name.strip(), data.family_name.strip(), display, folded,
            self._organisation_id(data.organisation, now), data.job_title.strip(),
            data.birthday.isoformat() if data.birthday else None,
            data.notes.strip(), data.source.strip(),
            emails[0].value.strip() if emails else "", phones[0][0].value.strip() if phones else "",
            data.language.strip().lower(),
        )
        if rowid is None:
            if contact_id is None:
                if not self._ids:
                    self._ids = random_ids(self.BATCH)
                contact_id = self._ids.pop()
            since = data.since.isoformat() if data.since else now[:10]
            if self._next_rowid is None:
                self._next_rowid = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM contacts").fetchone()[0]
            rowid, self._next_rowid = self._next_rowid, self._next_rowid + 1
            self.written.append(rowid)
            self._pending["contacts"].append(
                (rowid, contact_id, *values, since, now, user_id, now, user_id))
        else:
            self.flush()
            contact_id = conn.execute("SELECT id FROM contacts WHERE rowid = ?", (rowid,)).fetchone()[0]
            search_index.remove(self.op, rowid, self.region)
            conn.execute(
                "UPDATE contacts SET given_name = ?, family_name = ?, display_name = ?, sort_name = ?,"
                " organisation_id = ?, job_title = ?, birthday = ?, notes = ?, source = ?,"
                " first_email = ?, first_phone = ?, language = ?, since = coalesce(?, since), updated_at = ?,"
                " updated_by = ?"
                " WHERE rowid = ?",
                (*values, data.since.isoformat() if data.since else None, now, user_id, rowid),
            )
            for table in ("contact_emails", "contact_phones", "contact_addresses", "contact_websites",
                          "contact_tags"):
                conn.execute(f"DELETE FROM {table} WHERE contact = ?", (rowid,))
        pending = self._pending
        pending["emails"] += [(rowid, i, one_line(e.label), e.value.strip(), normalise.email(e.value))
                              for i, e in enumerate(emails)]
        pending["phones"] += [(rowid, i, one_line(p.label), p.kind, p.value.strip(), keys[0])
                              for i, (p, keys) in enumerate((with_kind(p), keys) for p, keys in phones)]
        pending["addresses"] += [(rowid, i, one_line(a.label), a.street, a.postal_code, a.city, a.region, a.country)
                                 for i, a in enumerate(a for a in data.addresses if not a.is_empty())]
        pending["websites"] += [(rowid, i, one_line(w.label), w.value.strip())
                                for i, w in enumerate(w for w in data.websites if w.value.strip())]
        tags = sorted({t.strip() for t in data.tags if t.strip()}, key=str.casefold)
        pending["tags"] += [(rowid, self._tag_id(t)) for t in tags]
        # The same text search_index.search_values builds from the stored rows.
        given, family, _, _, _, job_title, _, notes = values[:8]
        self._unindexed[rowid] = search_index.index_text(
            (display, given, family, folded), data.organisation.strip(),
            [e.value.strip() for e in emails], [t for _, keys in phones for t in keys[1]], tags,
            (job_title, notes))
        self._pending_contacts += 1
        if self._pending_contacts >= self.BATCH:
            self.flush()
        return rowid, contact_id


def write_contact(op: Operation, data: ContactInput, *, rowid: int | None = None,
                  region: str | None = None, contact_id: str | None = None) -> tuple[int, str]:
    """Write one contact in the operation (see ``ContactWriter``)."""
    writer = ContactWriter(op, region)
    written = writer.write(data, rowid=rowid, contact_id=contact_id)
    writer.finish()
    return written
