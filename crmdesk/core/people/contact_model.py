"""Plain data for contacts, as core returns them and front ends fill them in."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

KINDS = ("visit", "call", "email", "purchase", "note")


@dataclass(slots=True)
class Labelled:
    """An e-mail address or phone number with its label ("work", "mobile"…)."""

    value: str
    label: str = ""


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
    birthday: date | None = None
    website: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = ""
    since: date | None = None


# Fields a contact has one place for, and the word a second value is kept under in the notes.
ONE_PLACE = {"organisation": "Organisation", "job_title": "Job title", "website": "Website"}


def fill_or_note(data: ContactInput, name: str, value: str, more: list[str], same=lambda text: text) -> None:
    """A field with one place (``ONE_PLACE``): ``value`` fills it when it is
    empty; a different value (``same`` says what counts as the same) is kept
    for the notes, as "Website: …", in ``more``: a second website or
    organisation from a file or a merge is never lost."""
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
                        ("tags", "tags")):
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
