"""Contacts and organisations: add, edit, read, list, export.

Every change goes through the gate (``session.operation``): the permission,
the rules that protect the person, and an audit entry by contact id with
field names, never values. Deleting a person is erasure (``privacy.erasure``).
Lists page with keyset pagination on indexed sort keys, never OFFSET.
Threading: the session's thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from crmdesk.core import language
from crmdesk.core.errors import UsageError
from crmdesk.core.language import N_, tr
from crmdesk.core.people import matching, normalise, suppression
from crmdesk.core.people.contact_model import (
    Address,
    Birthday,
    Contact,
    ContactInput,
    ContactRow,
    Cursor,
    Labelled,
    Page,
    one_line,
    with_kind,
)
from crmdesk.core.people.writer import display_name_for, write_contact
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import gate, settings
from crmdesk.core.vault.gate import CONTACTS, Effect, Operation, Subject
from crmdesk.core.vault.session import Session

MAX_PAGE = 500
FIELDS = ("given_name", "family_name", "display_name", "organisation", "job_title", "emails",
          "phones", "addresses", "birthday", "websites", "notes", "tags", "source", "since", "language")

# A contact's fields in words, as an edit or a review names them; the keys are FIELDS.
FIELD_WORDS = {"given_name": N_("given name"), "family_name": N_("family name"), "display_name": N_("display name"),
               "organisation": N_("organisation"), "job_title": N_("job title"), "emails": N_("e-mail addresses"),
               "phones": N_("phone numbers"), "addresses": N_("addresses"), "websites": N_("websites"),
               "birthday": N_("birthday"), "tags": N_("tags"), "notes": N_("notes"), "source": N_("source"),
               "since": N_("customer since"), "language": N_("language of letters")}

ROW_COLUMNS = ("SELECT c.rowid, c.id, c.display_name, coalesce(o.name, ''), c.first_email, c.first_phone,"
               " c.last_interaction_at, c.sort_name")
ROW_JOIN = " LEFT JOIN organisations o ON o.id = c.organisation_id"
ROW_SQL = ROW_COLUMNS + " FROM contacts c" + ROW_JOIN


def validate(data: ContactInput, today: date) -> dict[str, str]:
    """Problems that stop saving, by field name; empty when the input is fine."""
    problems: dict[str, str] = {}
    if not display_name_for(data):
        problems["given_name"] = tr("Give at least a name or an organisation.")
    if data.birthday and data.birthday.year is not None and data.birthday.as_date() > today:
        problems["birthday"] = tr("The birthday is in the future.")
    if data.since and data.since > today:
        problems["since"] = tr("The customer relationship cannot start in the future.")
    if data.language.strip() and data.language.strip().lower() not in language.LANGUAGES:
        problems["language"] = tr("'{code}' is not a language crmdesk writes letters in; use one of {names}, or "
                                  "none for the shop's.").format(code=data.language.strip(),
                                                                 names=", ".join(language.LANGUAGES))
    return problems


def warnings(data: ContactInput, region: str) -> list[str]:
    """Doubtful values that are saved anyway (a typo to check, not an error)."""
    notes = [tr("'{value}' does not look like an e-mail address.").format(value=e.value) for e in data.emails
             if e.value.strip() and not normalise.email_looks_valid(e.value)]
    notes += [tr("'{value}' does not look like a valid phone number.").format(value=p.value) for p in data.phones
              if p.value.strip() and not normalise.phone_valid(p.value, region)]
    return notes


def check_input(session: Session, data: ContactInput) -> None:
    """UsageError with the first problem that stops saving ``data``."""
    problems = validate(data, session.clock.now().date())
    if problems:
        raise UsageError(next(iter(problems.values())))


def add_contact(session: Session, data: ContactInput, *, returning: bool = False,
                contact_id: str | None = None) -> Contact:
    """Create a contact. Needs EDIT. A person who asked to be erased is
    added again only with ``returning`` (they came back on their own); one
    who looks like a contact already in the vault is added and listed as a
    possible duplicate. ``contact_id``: the id another desk of the team gave them."""
    session.require(Permission.EDIT)
    check_input(session, data)
    region = settings.get(session, "phone_region")
    with session.operation(Permission.EDIT, "contact.added",
                           detail={"fields": [f for f in FIELDS if getattr(data, f)]}) as op:
        suppression.check_new_person(op.conn, data, region, returning=returning)
        rowid, op.target = write_contact(op, data, contact_id=contact_id)
        known = matching.find_known(op.conn, data, region, besides=rowid)
        if known is not None:  # added all the same (the user knows best), and listed for review
            matching.note_possible(op, rowid, known.rowid, known.reason)
        op.changed(CONTACTS, contacts=(op.target,))
    return get_contact(session, op.target)


def resolve(session: Session, contact_id: str) -> tuple[int, str]:
    """(rowid, full id) of a contact given by id, or by a unique prefix of at
    least 8 characters; NotFound otherwise."""
    return gate.find_contact(session.conn, contact_id)


def normalised(data: ContactInput) -> ContactInput:
    """The input as it will be stored: trimmed, empty entries dropped, tags sorted."""
    return ContactInput(
        given_name=data.given_name.strip(), family_name=data.family_name.strip(),
        display_name=display_name_for(data), organisation=data.organisation.strip(),
        job_title=data.job_title.strip(),
        emails=[Labelled(e.value.strip(), one_line(e.label)) for e in data.emails if e.value.strip()],
        phones=[with_kind(Labelled(p.value.strip(), one_line(p.label), p.kind)) for p in data.phones
                if p.value.strip()],
        addresses=[Address(one_line(a.label), a.street, a.postal_code, a.city, a.region, a.country)
                   for a in data.addresses if not a.is_empty()], birthday=data.birthday,
        websites=[Labelled(w.value.strip(), one_line(w.label)) for w in data.websites if w.value.strip()],
        notes=data.notes.strip(),
        tags=sorted({t.strip() for t in data.tags if t.strip()}, key=str.casefold),
        source=data.source.strip(), since=data.since, language=data.language.strip().lower(),
    )


def changed_fields(old: ContactInput, new: ContactInput) -> list[str]:
    """Names of the fields that differ once ``new`` is normalised."""
    new = normalised(new)
    changed = [f for f in FIELDS if f != "since" and getattr(old, f) != getattr(new, f)]
    if new.since is not None and new.since != old.since:
        changed.append("since")
    return changed


def rewrite(op: Operation, subject: Subject, data: ContactInput) -> None:
    """Replace the subject's fields in the operation (an edit, or a
    correction under a rectification request)."""
    had = names_of(op.conn, subject.rowid)
    write_contact(op, data, rowid=subject.rowid)
    drop_unused(op, had)
    op.changed(CONTACTS, contacts=(subject.id,))


def names_of(conn, rowid: int) -> tuple[list[int], list[str]]:
    """The ids of a contact's tags and organisation (to drop them with
    ``drop_unused`` once the contact no longer has them)."""
    tags = [r[0] for r in conn.execute("SELECT tag FROM contact_tags WHERE contact = ?", (rowid,))]
    organisation = conn.execute("SELECT organisation_id FROM contacts WHERE rowid = ?", (rowid,)).fetchone()
    return tags, [organisation[0]] if organisation and organisation[0] else []


def drop_unused(op: Operation, names: tuple[list[int], list[str]]) -> None:
    """Remove those tags and organisations that no contact has any more: a
    name nobody uses stays nowhere in the vault (a tag can name a clinic)."""
    tags, organisations = names
    op.conn.executemany("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM contact_tags WHERE tag = ?)",
                        [(tag, tag) for tag in tags])
    op.conn.executemany("DELETE FROM organisations WHERE id = ? AND NOT EXISTS"
                        " (SELECT 1 FROM contacts WHERE organisation_id = ?)", [(o, o) for o in organisations])


def update_contact(session: Session, contact_id: str, data: ContactInput, *,
                   returning: bool = False) -> tuple[Contact, list[str]]:
    """Replace a contact's fields; returns it and the names of the changed
    fields. Refused while processing of the contact is restricted, and
    while it is on legal hold when the edit would clear, replace or drop a
    value it holds. An e-mail address or phone number of a person who asked
    to be erased is added only with ``returning``. Needs EDIT."""
    session.require(Permission.EDIT)
    check_input(session, data)
    old = get_contact(session, contact_id)
    changed = changed_fields(old, data)
    if changed:
        with session.operation(Permission.EDIT, "contact.updated", subject=old.id, effect=Effect.PROCESS,
                               detail={"fields": changed}) as op:
            if lost_fields(old, data):
                op.person(op.subject.rowid, Effect.REMOVE)
            check_added(op, old, data, returning=returning)
            rewrite(op, op.subject, data)
    return get_contact(session, old.id), changed


def lost_fields(old: ContactInput, new: ContactInput) -> list[str]:
    """The fields whose stored values an edit would lose: cleared, replaced
    or left out (a new label on the same address loses nothing)."""
    new = normalised(new)
    lost = []
    for name in FIELDS:
        before, after = getattr(old, name), getattr(new, name)
        if not before:
            continue
        if name == "since":
            gone = after is not None and after != before  # none given: unchanged
        elif name in ("emails", "phones", "websites"):
            kept = {item.value for item in after}
            gone = any(item.value not in kept for item in before)
        elif name in ("addresses", "tags"):
            gone = any(item not in after for item in before)
        else:
            gone = before != after
        if gone:
            lost.append(name)
    return lost


def check_added(op: Operation, old: ContactInput, new: ContactInput, *, returning: bool) -> None:
    """The rule for a person who asked to be erased, on the e-mail addresses
    and phone numbers an edit adds (as ``add_contact`` applies it)."""
    had_emails, had_phones = {e.value for e in old.emails}, {p.value for p in old.phones}
    added = ContactInput(emails=[e for e in new.emails if e.value.strip() not in had_emails],
                         phones=[p for p in new.phones if p.value.strip() not in had_phones])
    if added.emails or added.phones:
        suppression.check_new_person(op.conn, added, settings.get(op.session, "phone_region"), returning=returning)


def letter_language(session: Session, contact: Contact) -> str:
    """The language a person is written to in: their own ("Letters in"), else the shop's."""
    return contact.language or settings.get(session, "shop_language")


def get_contact(session: Session, contact_id: str) -> Contact:
    """The full record. Needs READ."""
    session.require(Permission.READ)
    rowid, contact_id = resolve(session, contact_id)
    return _load(session.conn, {rowid: contact_id})[contact_id]


def get_contacts(session: Session, contact_ids: list[str]) -> dict[str, Contact]:
    """The full records of the contacts of ``contact_ids`` (full ids) still here, by id, read at once. Needs
    READ."""
    session.require(Permission.READ)
    found = session.conn.execute("SELECT rowid, id FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
                                 (json.dumps(contact_ids),))
    return _load(session.conn, dict(found.fetchall()))


_AMONG = " IN (SELECT value FROM json_each(?))"


def _load(conn, wanted: dict[int, str]) -> dict[str, Contact]:
    """Contacts by id, for {rowid: id}: a few queries however many they are."""
    among = (json.dumps(list(wanted)),)
    lists = {rowid: ([], [], [], [], []) for rowid in wanted}  # emails, phones, addresses, websites, tags
    for rowid, label, address in conn.execute("SELECT contact, label, address FROM contact_emails WHERE contact"
                                              + _AMONG + " ORDER BY contact, position", among):
        lists[rowid][0].append(Labelled(address, label))
    for rowid, label, kind, number in conn.execute("SELECT contact, label, kind, number FROM contact_phones WHERE"
                                                   " contact" + _AMONG + " ORDER BY contact, position", among):
        lists[rowid][1].append(Labelled(number, label, kind))
    for rowid, *parts in conn.execute("SELECT contact, label, street, postal_code, city, region, country FROM"
                                      " contact_addresses WHERE contact" + _AMONG + " ORDER BY contact, position",
                                      among):
        lists[rowid][2].append(Address(*parts))
    for rowid, label, url in conn.execute("SELECT contact, label, url FROM contact_websites WHERE contact" + _AMONG
                                          + " ORDER BY contact, position", among):
        lists[rowid][3].append(Labelled(url, label))
    for rowid, name in conn.execute("SELECT ct.contact, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag"
                                    " WHERE ct.contact" + _AMONG + " ORDER BY ct.contact, t.name COLLATE NOCASE",
                                    among):
        lists[rowid][4].append(name)
    found = {}
    for row in conn.execute(
            "SELECT c.rowid, c.given_name, c.family_name, c.display_name, coalesce(o.name, ''), c.job_title,"
            " c.birthday, c.notes, c.source, c.since, c.created_at, c.created_by, c.updated_at, c.updated_by,"
            " c.last_interaction_at, c.language FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id"
            " WHERE c.rowid" + _AMONG, among):
        emails, phones, addresses, websites, tags = lists[row[0]]
        found[wanted[row[0]]] = Contact(
            id=wanted[row[0]], given_name=row[1], family_name=row[2], display_name=row[3], organisation=row[4],
            job_title=row[5], birthday=Birthday.fromisoformat(row[6]) if row[6] else None, notes=row[7],
            source=row[8], since=date.fromisoformat(row[9][:10]), created_at=row[10], created_by=row[11],
            updated_at=row[12], updated_by=row[13], last_interaction_at=row[14], language=row[15],
            emails=emails, phones=phones, addresses=addresses, websites=websites, tags=tags)
    return found


def list_contacts(session: Session, *, after: Cursor | None = None, limit: int = 100,
                  order: str = "name", tag: str | None = None,
                  condition: tuple[str, list] | None = None) -> Page:
    """A page of contacts by name (A→Z) or by last interaction (newest
    first); ``condition`` (SQL on contacts ``c`` and its parameters) narrows
    it, for filters that other parts of core own. Needs READ."""
    session.require(Permission.READ)
    limit = max(1, min(limit, MAX_PAGE))
    where, params = [], []
    if tag:
        where.append("c.rowid IN (SELECT ct.contact FROM contact_tags ct JOIN tags t ON t.id = ct.tag"
                     " WHERE t.name = ?)")
        params.append(tag.strip())
    if condition is not None:
        where.append(condition[0])
        params += condition[1]
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
        raise UsageError(tr("Sort contacts by 'name' or 'last_interaction'."))
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


def contacts_for_export(session: Session, *, file_format: str) -> Iterator[Contact]:
    """Every contact, by name, for an export file; restricted contacts (Art.
    18) are left out, as they are exported only for their own request.
    Needs ADMINISTER; audited before the first contact is handed out."""
    session.require(Permission.ADMINISTER)
    ids = [r[0] for r in session.conn.execute("SELECT id FROM contacts WHERE restricted = 0"
                                              " ORDER BY sort_name, rowid")]
    with session.operation(Permission.ADMINISTER, "contacts.exported",
                           detail={"format": file_format, "count": len(ids)}):
        pass
    for contact_id in ids:
        yield get_contact(session, contact_id)
