"""Plain data for contacts, as core returns them and front ends fill them in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date

from crmdesk.core.language import NP_

KINDS = ("visit", "call", "email", "purchase", "note")
KIND_WORDS = {"visit": NP_("kind of interaction", "visit"), "call": NP_("kind of interaction", "call"),
              "email": NP_("kind of interaction", "e-mail"), "purchase": NP_("kind of interaction", "purchase"),
              "note": NP_("kind of interaction", "note")}


# What a phone number is, apart from any label a person gives it; the first a label names wins
# ("work fax" is a fax, labelled "work"). A device ("Büro Fax", "Laden mobile") is named among any
# words; a place only by a label of kind words alone ("Home office" stays a label).
PHONE_KINDS = ("mobile", "home", "work", "fax", "pager", "other")
_KIND_FIRST = ("fax", "pager", "mobile", "home", "work", "other")
_DEVICES = ("fax", "pager", "mobile")


@dataclass(slots=True)
class Labelled:
    """An e-mail address, phone number or web address with its label ("work",
    "Taverna"…); a phone number also has its kind (``PHONE_KINDS``, or "" when
    nothing says it)."""

    value: str
    label: str = ""
    kind: str = ""

    @property
    def described(self) -> str:
        """Label and kind as people say them: "work fax", "mobile", "Taverna"."""
        return " ".join(p for p in (self.label, self.kind) if p)

    def described_in(self, lang) -> str:
        """``described`` as ``lang`` (a ``Language``) says it: the kind and the usual labels ("work",
        "home") translated, a label of the shop's own as written."""
        return " ".join(label_words(p, lang) for p in (self.label, self.kind) if p)


# The kinds of phone number (``PHONE_KINDS``), which are also the labels address books write most.
PHONE_KIND_WORDS = {"mobile": NP_("kind of phone", "mobile"), "home": NP_("kind of phone", "home"),
                    "work": NP_("kind of phone", "work"), "fax": NP_("kind of phone", "fax"),
                    "pager": NP_("kind of phone", "pager"), "other": NP_("kind of phone", "other")}


def label_words(label: str, lang) -> str:
    """A label or a phone's kind as ``lang`` says it: the usual ones translated, others as written."""
    return lang.pgettext("kind of phone", PHONE_KIND_WORDS[label]) if label in PHONE_KIND_WORDS else label


def one_line(label: str) -> str:
    """A label as stored: one line, single spaces ("Büro\nhinten" is "Büro hinten")."""
    return " ".join(label.split())


def with_kind(phone: Labelled) -> Labelled:
    """A phone whose label names its kind ("work fax", "Mobile", "Büro Fax")
    as that kind and the rest of its label (fax, "work"); a label of other
    words ("Taverna", "Home office") stays a label, and a label does not
    repeat the kind. Every number is stored so."""
    words = phone.label.split()
    folded = [w.casefold() for w in words]
    if phone.kind:  # its label need not say it again ("Mobile" of a mobile)
        kept = " ".join(w for w, f in zip(words, folded, strict=True) if f != phone.kind)
        return phone if kept == phone.label else Labelled(phone.value, kept, phone.kind)
    kind = next((k for k in _DEVICES if k in folded), "")
    if not kind:
        if not words or not set(folded) <= set(PHONE_KINDS):
            return phone
        kind = next(k for k in _KIND_FIRST if k in folded)
    del words[folded.index(kind)]
    return Labelled(phone.value, " ".join(words), kind)


@dataclass(slots=True)
class Address:
    label: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.postal_code, self.city, self.region, self.country))

    def one_line(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, place, self.region, self.country) if p)


@dataclass(frozen=True, slots=True)
class Birthday:
    """A day of birth; the year may be unknown (a card or a customer gives
    day and month only, and no year is made up for it). Written as ISO 8601
    gives it: "1980-04-23", or "--04-23" without the year."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        date(self.year or 2000, self.month, self.day)  # raises ValueError; 29 February needs no year

    @classmethod
    def of(cls, day: date) -> Birthday:
        return cls(day.month, day.day, day.year)

    @classmethod
    def fromisoformat(cls, text: str) -> Birthday:
        """ "1980-04-23", "19800423", "--04-23" or "--0423"; ValueError otherwise."""
        found = _ISO_BIRTHDAY.fullmatch(text.strip())
        if not found:
            raise ValueError(f"'{text}' is not a date")
        year, month, day = found.group(1, 2, 3)
        return cls(int(month), int(day), int(year) if year else None)

    def isoformat(self) -> str:
        day = f"{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{day}" if self.year is not None else f"--{day}"

    def written(self) -> str:
        """As shown to people: "1980-04-23", or "23 April" without the year."""
        return self.isoformat() if self.year is not None else f"{self.day} {_MONTHS[self.month - 1]}"

    def shown(self, lang) -> str:
        """As ``lang`` (a ``Language``) writes it for a reader: "23 April 1980", "23. April 1980", "23 kwietnia"."""
        if self.year is None:
            return lang.day_and_month(self.month, self.day)
        return lang.date(self.as_date())

    def typed(self, lang) -> str:
        """As a person types it in ``lang``'s figures: "23.04.1980", "23/04/1980", "23.04." without the year."""
        if self.year is None:
            return lang.typed_day_and_month(self.month, self.day)
        return lang.typed_date(self.as_date())

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year is not None else None


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ISO_BIRTHDAY = re.compile(r"(?:(\d{4})-?|--)(\d{2})-?(\d{2})")


@dataclass(slots=True)
class ContactInput:
    """What a person enters for a contact. Empty lists and strings mean none."""

    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    organisation: str = ""
    job_title: str = ""
    emails: list[Labelled] = field(default_factory=list)
    phones: list[Labelled] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    birthday: Birthday | None = None
    websites: list[Labelled] = field(default_factory=list)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = ""
    since: date | None = None
    language: str = ""  # the language letters and reports to them are written in ("" : the shop's)


# Fields a contact has one place for, and the word a second value is kept under in the notes.
ONE_PLACE = {"organisation": "Organisation", "job_title": "Job title", "language": "Language of letters"}


def fill_or_note(data: ContactInput, name: str, value: str, more: list[str], same=lambda text: text) -> None:
    """A field with one place (``ONE_PLACE``): ``value`` fills it when it is
    empty; a different value (``same`` says what counts as the same) is kept
    for the notes, as "Organisation: …", in ``more``: a second organisation
    or job title from a file or a merge is never lost."""
    current = getattr(data, name)
    if not current:
        setattr(data, name, value)
    elif value and same(value) != same(current):
        more.append(f"{ONE_PLACE[name]}: {value}")


def named_by_contact(display_name: str, email: str, phone: str) -> bool:
    """A contact saved under its e-mail or phone for want of a name."""
    return display_name != "" and display_name in (email, phone)


MAX_EACH = 100  # e-mails, numbers, addresses or tags of one contact: more is not a person's record
MAX_NOTES = 128 * 1024  # characters of notes


def within_limits(data: ContactInput) -> list[str]:
    """Trims what no person's record holds (a card with 5,000 addresses, notes
    of 20,000 lines) and says what was left out."""
    said = []
    for name, words in (("emails", "e-mail addresses"), ("phones", "numbers"), ("addresses", "addresses"),
                        ("websites", "web addresses"), ("tags", "tags")):
        values = getattr(data, name)
        if len(values) > MAX_EACH:
            said.append(f"{len(values):,} {words}: the first {MAX_EACH} were kept, the rest left out")
            setattr(data, name, values[:MAX_EACH])
    if len(data.notes) > MAX_NOTES:
        said.append(f"the notes are {len(data.notes) // 1024:,} KB long: the first {MAX_NOTES // 1024} KB were kept")
        data.notes = data.notes[:MAX_NOTES]
    return said


@dataclass(slots=True)
class Contact(ContactInput):
    """A stored contact with its identity and history fields."""

    id: str = ""
    created_at: str = ""
    created_by: str | None = None
    updated_at: str = ""
    updated_by: str | None = None
    last_interaction_at: str = ""

    @property
    def chosen_display_name(self) -> str:
        """The display name if a person chose it; empty when it is only the
        name or organisation (then it follows them when they change)."""
        derived = " ".join(p for p in (self.given_name, self.family_name) if p)
        return "" if self.display_name in (derived, self.organisation) else self.display_name

    def as_input(self) -> ContactInput:
        """An editable copy of the fields a person can change."""
        import copy

        data = ContactInput(**{
            f.name: copy.deepcopy(getattr(self, f.name)) for f in fields(ContactInput)
        })
        data.display_name = self.chosen_display_name
        return data


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    rowid: int
    id: str
    display_name: str
    organisation: str
    email: str
    phone: str
    last_interaction_at: str
    sort_name: str
    # (purpose title, state) of the purposes with a decision on record; filled
    # in by ``consent.with_consents`` where a list shows them.
    consents: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Interaction:
    id: str
    contact_id: str
    kind: str
    occurred_at: str
    summary: str
    body: str
    user_id: str | None
    created_at: str


@dataclass(frozen=True)
class Cursor:
    """Where a page of the contact list ended (keyset pagination)."""

    key: str
    rowid: int


@dataclass(frozen=True)
class Page:
    rows: list[ContactRow]
    next: Cursor | None
