"""Telling whether a contact is someone already in the vault.

A contact is the same person as one already known when an e-mail address
matches, or a phone number matches **and** the names are compatible. A phone
number alone proves little (a shop's landline, a family's home phone): a
phone match with another name is a *possible duplicate*, listed for review
(``note_possible``; ``people.duplicates`` merges or dismisses the pair).

Names are compatible when, folded (case and accents), every word of one
matches a word of the other, the same or as its initial: "J. Müller" and
"Jürgen Müller" are compatible, "Jörg Müller" and "Jürgen Müller" are not,
and neither are "Müller" and "Jürgen Müller" (one name says too little). A
newcomer with no name at all contradicts nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

from crmdesk.core.language import N_
from crmdesk.core.people import normalise
from crmdesk.core.people.contact_model import ContactInput, named_by_contact
from crmdesk.core.vault.gate import CONTACTS, Operation

_WORD = re.compile(r"[^\W_]+")
MIN_PHONE_DIGITS = 6  # shorter numbers (extensions, typos) match too much


def name_words(given: str, family: str, display: str = "", organisation: str = "") -> list[str]:
    """The words a contact is named by, folded: given and family name, else
    the display name, else the organisation."""
    for text in (f"{given} {family}", display, organisation):
        words = _WORD.findall(normalise.fold(text))
        if words:
            return words
    return []


def names_compatible(a: list[str], b: list[str]) -> bool:
    """Whether two contacts' names may belong to one person (module notes)."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    left = list(b)
    for word in a:
        match = next((w for w in left if w == word or (len(word) == 1 and w.startswith(word))
                      or (len(w) == 1 and word.startswith(w))), None)
        if match is None:
            return False
        left.remove(match)
    return True


def words_of(data: ContactInput) -> list[str]:
    return name_words(data.given_name, data.family_name, data.display_name, data.organisation)


# Why a row or a contact was taken for another: kept in English in the vault (the review list) and in
# import reports, and shown in the reader's language (each is a whole text of the catalogue).
IN_VAULT, EARLIER_ROW = "vault", "row"
SAME_EMAIL = {IN_VAULT: N_("same e-mail as a contact in the vault"), EARLIER_ROW: N_("same e-mail as an earlier row")}
SAME_PHONE = {IN_VAULT: N_("same phone as a contact in the vault"), EARLIER_ROW: N_("same phone as an earlier row")}
# The review list's reason for a pair an import added although only the phone matched.
PHONE_ONLY = N_("same phone, another name")
ANOTHER_NAME = {
    IN_VAULT: N_("same phone as a contact in the vault with another name; a possible duplicate to review"),
    EARLIER_ROW: N_("same phone as an earlier row with another name; a possible duplicate to review")}


@dataclass(frozen=True)
class Match:
    rowid: int
    reason: str
    same: bool  # True: the same person; False: a possible duplicate only


class Finder:
    """Who already has an e-mail address or phone number: the vault's are
    read once at the start, then each new contact adds its own. Names of
    contacts found by phone are read from the vault when needed (rare), after
    ``before_reading()`` has written what a batch holds back; an import of
    100,000 keeps no names of its own."""

    def __init__(self, conn: sqlcipher3.Connection, region: str,
                 before_reading: Callable[[], None] | None = None):
        self.conn = conn
        self.region = region
        self.before_reading = before_reading
        self.known: dict[str, tuple[int, str]] = {}
        self.names: dict[int, list[str]] = {}
        for address, rowid in conn.execute("SELECT normalised, contact FROM contact_emails"):
            self.known.setdefault(f"e:{address}", (rowid, IN_VAULT))
        for number, rowid in conn.execute("SELECT normalised, contact FROM contact_phones"):
            if len(number) >= MIN_PHONE_DIGITS:
                self.known.setdefault(f"p:{number}", (rowid, IN_VAULT))

    def keys(self, data: ContactInput) -> list[str]:
        keys = [f"e:{normalise.email(e.value)}" for e in data.emails if e.value.strip()]
        keys += [f"p:{n}" for p in data.phones if p.value.strip()
                 if len(n := normalise.phone(p.value, self.region)) >= MIN_PHONE_DIGITS]
        return keys

    def _names_of(self, rowid: int) -> list[str]:
        """A contact's name words, read from the vault. A contact saved under
        its e-mail or phone for want of a name has none."""
        if rowid not in self.names:
            if self.before_reading is not None:
                self.before_reading()
            row = self.conn.execute(
                "SELECT c.given_name, c.family_name, c.display_name, coalesce(o.name, ''), c.first_email,"
                " c.first_phone FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id"
                " WHERE c.rowid = ?", (rowid,)).fetchone()
            if row is None:
                self.names[rowid] = []
            else:
                given, family, display, organisation, email, phone = row
                self.names[rowid] = name_words(given, family, "" if named_by_contact(display, email, phone)
                                               else display, organisation)
        return self.names[rowid]

    def find(self, keys: list[str], words: list[str]) -> Match | None:
        """The contact these keys and name words belong to: the same person
        on an e-mail match, or on a phone match with a compatible name; a
        possible duplicate on a phone match alone."""
        possible = None
        for key in keys:
            if key not in self.known:
                continue
            rowid, whose = self.known[key]
            if key[0] == "e":
                return Match(rowid, SAME_EMAIL[whose], True)
            if names_compatible(words, self._names_of(rowid)):
                return Match(rowid, SAME_PHONE[whose], True)
            possible = possible or Match(rowid, ANOTHER_NAME[whose], False)
        return possible

    def remember(self, keys: list[str], rowid: int) -> None:
        """Count ``keys`` as ``rowid``'s (just added, or merged into); its
        name is read from the vault when a later row needs it."""
        self.names.pop(rowid, None)  # a merge may have changed it
        for key in keys:
            self.known.setdefault(key, (rowid, EARLIER_ROW))


def note_possible(op: Operation, rowid: int, other: int, reason: str) -> None:
    """List a pair for review (once: a pair dismissed before stays dismissed)."""
    op.conn.execute("INSERT OR IGNORE INTO possible_duplicates (contact, other, reason, found_at)"
                    " VALUES (?, ?, ?, ?)", (rowid, other, reason, op.now))
    op.changed(CONTACTS)


def find_known(conn: sqlcipher3.Connection, data: ContactInput, region: str, *, besides: int) -> Match | None:
    """The contact other than ``besides`` that ``data`` matches, as ``Finder``
    would say, looked up by index (one contact added or edited by hand)."""
    possible = None
    for address in {normalise.email(e.value) for e in data.emails if e.value.strip()}:
        row = conn.execute("SELECT contact FROM contact_emails WHERE normalised = ? AND contact != ? LIMIT 1",
                           (address, besides)).fetchone()
        if row is not None:
            return Match(row[0], SAME_EMAIL[IN_VAULT], True)
    words = words_of(data)
    for number in {normalise.phone(p.value, region) for p in data.phones if p.value.strip()}:
        if len(number) < MIN_PHONE_DIGITS:
            continue
        for (rowid,) in conn.execute("SELECT contact FROM contact_phones WHERE normalised = ? AND contact != ?",
                                     (number, besides)):
            row = conn.execute(
                "SELECT c.given_name, c.family_name, c.display_name, coalesce(o.name, '') FROM contacts c"
                " LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.rowid = ?", (rowid,)).fetchone()
            if names_compatible(words, name_words(*row)):
                return Match(rowid, SAME_PHONE[IN_VAULT], True)
            possible = possible or Match(rowid, ANOTHER_NAME[IN_VAULT], False)
    return possible
