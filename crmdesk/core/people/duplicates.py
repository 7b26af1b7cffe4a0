"""Possible duplicates for review, and merging two contacts into one.

Who counts as the same person is ``people.matching``'s to say. A possible
duplicate (a phone match with another name, or a copy an import or a user
added on purpose) is a contact of its own, listed for review (the window
and ``crmdesk contact duplicates``). ``look_for`` also looks through the
whole vault for pairs that share an e-mail address, a phone number, or a
name and a town (typed twice by hand, or in the vault from before). Whoever
reviews a pair merges the two (``merge``: one contact with both histories,
each field of one value taken from the contact the reviewer chose, audited)
or says they are different people (``dismiss``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from crmdesk.core.errors import UsageError
from crmdesk.core.language import N_, tr
from crmdesk.core.people import contacts, matching, normalise, search_index
from crmdesk.core.people.contact_model import (
    ONE_PLACE,
    Address,
    Contact,
    ContactInput,
    fill_or_note,
    named_by_contact,
)
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import gate, settings
from crmdesk.core.vault.gate import (
    CONSENT,
    CONTACTS,
    INTERACTIONS,
    REQUESTS,
    RETENTION,
    Effect,
    Operation,
)
from crmdesk.core.vault.session import Session


def _place(address: Address) -> str:
    """An address as compared: case, accents and spacing aside."""
    return " ".join(normalise.fold(address.one_line()).split())


def _number(value: str, region: str) -> str:
    """A number as compared: the same number however written, its extension
    apart; a "number" with no digits ("ask reception") as its text."""
    number, _, extension = value.partition(" ext. ")
    if not any(ch.isdigit() for ch in number):
        return normalise.fold(value)
    return normalise.phone(number, region) + (f";{extension.strip()}" if extension else "")


def _site(url: str) -> str:
    """A website as compared: "https://www.example.com/" is "example.com"."""
    folded = normalise.fold(url).removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return folded.rstrip("/")


def _nameless(contact: ContactInput) -> bool:
    """No name of a person's own: none at all, or only the e-mail or number it is saved under."""
    return not (contact.given_name or contact.family_name) and (not contact.display_name or named_by_contact(
        contact.display_name, contact.emails[0].value if contact.emails else "",
        contact.phones[0].value if contact.phones else ""))


_SAME = {"organisation": normalise.fold, "job_title": normalise.fold, "language": str.lower}


def combine(existing: ContactInput, new: ContactInput, region: str) -> ContactInput:
    """One person's record from two, field by field: keep what ``existing``
    has, fill its empty fields from ``new``, add the e-mails, numbers (the
    same number however written, in the vault's ``region``), addresses and
    tags it lacks, and keep in the notes what has one place and differs
    (another organisation, job title or birthday; other notes). Merging the
    same record again adds nothing."""
    merged = ContactInput(**{name: getattr(existing, name) for name in ContactInput.__dataclass_fields__})
    paragraphs = [p for p in merged.notes.split("\n\n") if p.strip()]
    kept_lines = {line.strip() for p in paragraphs for line in p.splitlines()}
    more: list[str] = []
    for name in ONE_PLACE:
        fill_or_note(merged, name, getattr(new, name), more, same=_SAME[name])
    more = [line for line in more if line not in kept_lines]  # kept by an earlier merge
    if new.display_name and _nameless(merged):
        merged.display_name = new.display_name  # saved under its e-mail or number until a name came
    for name in ("given_name", "family_name", "source", "birthday"):
        if not getattr(merged, name) and getattr(new, name):
            setattr(merged, name, getattr(new, name))
    if (merged.birthday and merged.birthday.year is None and new.birthday
            and (new.birthday.month, new.birthday.day) == (merged.birthday.month, merged.birthday.day)):
        merged.birthday = new.birthday  # the same day, now with its year
    elif merged.birthday and new.birthday and new.birthday != merged.birthday and (
            new.birthday.year is not None or (new.birthday.month, new.birthday.day) != (
            merged.birthday.month, merged.birthday.day)):  # another day: kept in the notes, as a second value
        if (line := f"Birthday: {new.birthday.written()}") not in kept_lines:
            more.append(line)
    for paragraph in new.notes.split("\n\n"):
        if paragraph.strip() and paragraph.strip() not in {p.strip() for p in paragraphs}:
            paragraphs.append(paragraph)
    if more:
        paragraphs.append("\n".join(dict.fromkeys(more)))
    merged.notes = "\n\n".join(paragraphs)
    known_emails = {normalise.email(e.value) for e in merged.emails}
    merged.emails = merged.emails + [e for e in new.emails if e.value.strip()
                                     and normalise.email(e.value) not in known_emails]
    known_phones = {_number(p.value, region) for p in merged.phones}
    merged.phones = merged.phones + [p for p in new.phones if p.value.strip()
                                     and _number(p.value, region) not in known_phones]
    known_sites = {_site(w.value) for w in merged.websites}
    merged.websites = merged.websites + [w for w in new.websites if w.value.strip()
                                         and _site(w.value) not in known_sites]
    known_places = {_place(a) for a in merged.addresses}
    merged.addresses = merged.addresses + [a for a in new.addresses if not a.is_empty()
                                           and _place(a) not in known_places]
    known_tags = {normalise.fold(t) for t in merged.tags}
    merged.tags = sorted(merged.tags + list({normalise.fold(t): t for t in new.tags if t.strip()
                                             and normalise.fold(t) not in known_tags}.values()), key=str.casefold)
    if new.since and (merged.since is None or new.since < merged.since):
        merged.since = new.since
    return merged


def what_was_added(before: ContactInput, after: ContactInput) -> str:
    """What a merge added to a contact, in words ("2 addresses, a phone
    number, the birthday"); empty when nothing."""
    added = []
    for name, one, many in (("emails", "an e-mail address", "e-mail addresses"),
                            ("phones", "a phone number", "phone numbers"),
                            ("addresses", "an address", "addresses"),
                            ("websites", "a web address", "web addresses"), ("tags", "a tag", "tags")):
        count = len(getattr(after, name)) - len(getattr(before, name))
        if count:
            added.append(one if count == 1 else f"{count} {many}")
    if after.display_name != before.display_name:
        added.append("the name")
    for name, words in (("given_name", "the given name"), ("family_name", "the family name"),
                        ("organisation", "the organisation"), ("job_title", "the job title"),
                        ("birthday", "the birthday"), ("language", "the language of letters")):
        if getattr(after, name) and not getattr(before, name):
            added.append(words)
    if before.birthday and after.birthday != before.birthday:
        added.append("the year of birth")
    if after.notes != before.notes:
        added.append("notes")
    return ", ".join(added)


# ---- the register of possible duplicates ---------------------------------------------------------


@dataclass(frozen=True)
class PossibleDuplicate:
    """A contact added although it may be one already in the vault."""

    added_id: str
    added_name: str
    earlier_id: str  # the one in the vault before
    earlier_name: str
    reason: str
    found_at: str


def list_possible(session: Session) -> list[PossibleDuplicate]:
    """The pairs waiting for review, newest first. Needs READ."""
    session.require(Permission.READ)
    return [PossibleDuplicate(*row) for row in session.conn.execute(
        "SELECT a.id, a.display_name, b.id, b.display_name, d.reason, d.found_at FROM possible_duplicates d"
        " JOIN contacts a ON a.rowid = d.contact JOIN contacts b ON b.rowid = d.other"
        " WHERE d.dismissed_at IS NULL ORDER BY d.found_at DESC, a.sort_name")]


SAME_EMAIL, SAME_PHONE, SAME_NAME_AND_TOWN = N_("same e-mail"), N_("same phone"), N_("same name and town")
# More contacts than this sharing one address or number: a shop's or a family's, not one person twice.
SHARED_BY_MANY = 10


def look_for(session: Session) -> int:
    """Look through the whole vault for pairs that share an e-mail address, a
    phone number or a name (two words or more) and the town of their first
    address, and list the new ones for review; a pair said to be different
    people stays so. Returns how many were new. Needs EDIT; audited with the
    count."""
    with session.operation(Permission.EDIT, "contacts.duplicates_sought") as op:
        conn = op.conn
        found: dict[tuple[int, int], str] = {}

        def pair_up(members: Iterable[int], reason: str) -> None:
            members = sorted(set(members), reverse=True)
            if 1 < len(members) <= SHARED_BY_MANY:
                for later, earlier in combinations(members, 2):
                    found.setdefault((later, earlier), reason)

        for (members,) in conn.execute("SELECT group_concat(contact) FROM contact_emails GROUP BY normalised"
                                       " HAVING count(DISTINCT contact) > 1"):
            pair_up(map(int, members.split(",")), SAME_EMAIL)
        for (members,) in conn.execute("SELECT group_concat(contact) FROM contact_phones WHERE length(normalised)"
                                       " >= ? GROUP BY normalised HAVING count(DISTINCT contact) > 1",
                                       (matching.MIN_PHONE_DIGITS,)):
            pair_up(map(int, members.split(",")), SAME_PHONE)
        towns: dict[tuple[str, str], list[int]] = {}
        for rowid, sort_name, town in conn.execute(
                "SELECT c.rowid, c.sort_name, a.city FROM contact_addresses a JOIN contacts c ON c.rowid = a.contact"
                " WHERE a.position = 0 AND a.city != ''"):
            words = matching.name_words("", "", sort_name)
            if len(words) >= 2:
                towns.setdefault((" ".join(words), " ".join(normalise.fold(town).split())), []).append(rowid)
        for members in towns.values():
            pair_up(members, SAME_NAME_AND_TOWN)
        listed = {pair for row in conn.execute("SELECT contact, other FROM possible_duplicates")
                  for pair in (row, row[::-1])}
        new = [(later, earlier, reason, op.now) for (later, earlier), reason in found.items()
               if (later, earlier) not in listed]
        conn.executemany("INSERT INTO possible_duplicates (contact, other, reason, found_at) VALUES (?, ?, ?, ?)",
                         new)
        op.detail["found"] = len(new)
        if new:
            op.changed(CONTACTS)
    return len(new)


def dismiss(session: Session, contact_id: str, other_id: str) -> None:
    """Say two contacts are different people; the pair is not listed again. Needs EDIT."""
    with session.operation(Permission.EDIT, "contacts.not_duplicates", subject=contact_id,
                           effect=Effect.STORE) as op:
        other = op.person(other_id, Effect.STORE)
        op.detail["other"] = other.id
        changed = op.conn.execute(
            "UPDATE possible_duplicates SET dismissed_at = ? WHERE dismissed_at IS NULL AND ((contact = ? AND"
            " other = ?) OR (contact = ? AND other = ?))",
            (op.now, op.subject.rowid, other.rowid, other.rowid, op.subject.rowid)).rowcount
        if not changed:
            raise UsageError(tr("These two contacts are not listed as possible duplicates."))
        op.changed(CONTACTS, contacts=(op.subject.id, other.id))


# The fields of one value whose value a reviewer takes from either contact when merging; the rest
# (e-mails, numbers, addresses, web addresses, tags, notes) are joined, nothing lost.
CHOSEN = {"given_name": N_("given name"), "family_name": N_("family name"), "display_name": N_("shown as"),
          "organisation": N_("organisation"), "job_title": N_("job title"), "birthday": N_("birthday"),
          "source": N_("source"), "language": N_("language of letters")}


def merge(session: Session, keep_id: str, other_id: str, take: Iterable[str] = ()) -> Contact:
    """Make one contact of two: ``keep_id`` keeps its fields (but those named
    in ``take``, from ``CHOSEN``, whose value it takes from the other) and
    takes the other's where its own are empty, its addresses, numbers and tags; the
    other's interactions, consent entries with their evidence and requests
    move to it, so both histories stay whole. The other contact then goes
    (it is the same person, so this is no erasure: no tombstone). Refused
    while processing of either is restricted, or the other is on legal
    hold. Needs EDIT; audited with both ids."""
    session.require(Permission.EDIT)
    take = list(dict.fromkeys(take))
    if unknown := [name for name in take if name not in CHOSEN]:
        raise UsageError(tr("'{unknown[0]}' is not a field to take from the other contact; choose from "
                            "{names}.").format(unknown=unknown, names=', '.join(CHOSEN)))
    keep, other = contacts.get_contact(session, keep_id), contacts.get_contact(session, other_id)
    if keep.id == other.id:
        raise UsageError(tr("A contact cannot be merged with itself; choose two different contacts."))
    kept, others = keep.as_input(), other.as_input()
    if empty := [CHOSEN[name] for name in take if not getattr(others, name)]:
        raise UsageError(tr("The other contact has no {field} to take; leave it out, and the kept "
                            "contact's stays.").format(field=tr(empty[0])))
    for name in take:  # the reviewer's choice: the other's value, and the kept one's is not noted
        setattr(kept, name, getattr(others, name))
    with session.operation(Permission.EDIT, "contacts.merged", subject=keep.id, effect=Effect.PROCESS,
                           detail={"merged": other.id, "took": take}) as op:
        gone = op.person(other.id, Effect.PROCESS)
        op.person(other.id, Effect.REMOVE)
        conn = op.conn
        overridden = _stops_overridden(conn, op.subject.rowid, gone.rowid)
        if overridden:
            raise UsageError(OVERRIDES_STOP.format(", ".join(overridden)))
        conn.execute("INSERT INTO merging_contacts (contact) VALUES (?)", (gone.rowid,))
        conn.execute("UPDATE consent_ledger SET contact = ? WHERE contact = ?", (op.subject.rowid, gone.rowid))
        conn.execute("UPDATE consent_evidence SET contact = ? WHERE contact = ?", (op.subject.rowid, gone.rowid))
        conn.execute("DELETE FROM merging_contacts WHERE contact = ?", (gone.rowid,))
        _restate(op, op.subject.rowid)
        conn.execute("UPDATE interactions SET contact = ? WHERE contact = ?", (op.subject.rowid, gone.rowid))
        conn.execute("UPDATE contacts SET last_interaction_at = max(last_interaction_at, ?) WHERE rowid = ?",
                     (other.last_interaction_at, op.subject.rowid))
        # (each contact a request was about stays known, so a desk that holds the other still finds it)
        conn.execute("UPDATE requests SET contact = ?, contact_uuid = ?,"
                     " known_as = json_insert(coalesce(known_as, '[]'), '$[#]', contact_uuid) WHERE contact = ?",
                     (op.subject.rowid, op.subject.id, gone.rowid))
        # A breach that touched either touches the one left (a link both had stays one).
        conn.execute("UPDATE OR IGNORE breach_contacts SET contact = ? WHERE contact = ?", (op.subject.rowid, gone.rowid))
        conn.execute("DELETE FROM retention_proposals WHERE kind = 'contact' AND target = ?", (gone.rowid,))
        had = contacts.names_of(conn, gone.rowid)
        search_index.remove(op, gone.rowid, search_index.stored_region(conn))
        conn.execute("DELETE FROM contacts WHERE rowid = ?", (gone.rowid,))
        # where it went, also for those merged into it before: what is still logged with it elsewhere finds
        # the kept contact, and an erasure of the kept contact erases it too (erasure.remove_rows)
        conn.execute("UPDATE merged_contacts SET kept = ? WHERE kept = ?", (op.subject.id, gone.id))
        conn.execute("INSERT OR REPLACE INTO merged_contacts (gone, kept, merged_at) VALUES (?, ?, ?)",
                     (gone.id, op.subject.id, op.now))
        contacts.rewrite(op, op.subject, combine(kept, others, settings.get(session, "phone_region")))
        contacts.drop_unused(op, had)
        op.changed(CONTACTS, INTERACTIONS, CONSENT, REQUESTS, RETENTION, contacts=(keep.id, other.id))
    return contacts.get_contact(session, keep.id)


OVERRIDES_STOP = ("One of these contacts withdrew, refused or ended {0}, and the other's later entry has no "
                  "evidence of a new decision; record that decision again with its evidence, or withdraw it, "
                  "before merging.")


def _stops_overridden(conn, keep: int, gone: int) -> list[str]:
    """The purposes for which the merged history would start again what one
    contact had stopped, by the other's later entry without evidence
    (``gate.overrides_stop``)."""
    latest: dict[int, list[tuple]] = {}
    for row in conn.execute(
            "SELECT l.purpose, p.title, l.action, l.method != 'imported' AND (l.witness != '' OR l.note != ''"
            " OR EXISTS (SELECT 1 FROM consent_evidence e WHERE e.entry = l.id)) FROM (SELECT *, row_number()"
            " OVER (PARTITION BY contact, purpose ORDER BY at DESC, id DESC) AS n FROM consent_ledger"
            " WHERE contact IN (?, ?)) l JOIN purposes p ON p.id = l.purpose WHERE l.n = 1"
            " ORDER BY l.purpose, l.at, l.id", (keep, gone)):
        latest.setdefault(row[0], []).append(row[1:])
    return [f"'{pair[1][0]}'" for pair in latest.values()
            if len(pair) == 2 and gate.overrides_stop(pair[0][1], pair[1][1], bool(pair[1][2]))]


def _restate(op: Operation, rowid: int) -> None:
    """The deciding entry per purpose of a contact, from its ledger, by the one rule (``gate.decide_consent``)."""
    op.conn.execute("DELETE FROM consent_state WHERE contact = ?", (rowid,))
    gate.decide_consent(op, rowid)
