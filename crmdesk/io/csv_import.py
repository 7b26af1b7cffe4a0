"""Contacts from CSV: Google Contacts and Outlook exports recognised by
their headers, any other CSV through a column mapping.

``read_csv`` checks the columns at once and reads the rows one at a time; it
stops at the first line it cannot understand (ragged rows, broken quotes,
absurdly long fields), naming the line. ``ParsedFile.keep_all`` reads the
whole file before an import starts, so an import never half-happens. Pure:
no vault, no Qt.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from crmdesk.core import collector, language
from crmdesk.core.language import N_, tr, trn
from crmdesk.core.people.contact_model import (
    PHONE_KINDS,
    Address,
    Birthday,
    ContactInput,
    Labelled,
    with_kind,
    within_limits,
)
from crmdesk.core.people.normalise import looks_like_phone
from crmdesk.io.text_files import ImportFileError

MAX_FIELD = 128 * 1024  # characters of one value (notes apart: contact_model.within_limits trims those)
# What the CSV reader takes in one field: far beyond any contact's value (so a long one costs a note on
# its line, not the file), yet an unclosed quote is still found (at the end of the data) and named.
READ_FIELD = 16 * 1024 * 1024

# Field keys a column can map to (also the choices of --map and the import dialog).
FIELD_KEYS = {
    "given_name": N_("Given name"), "family_name": N_("Family name"), "display_name": N_("Full name"),
    "organisation": N_("Organisation"), "job_title": N_("Job title"), "email": N_("E-mail"),
    "phone": N_("Phone"), "mobile": N_("Mobile phone"), "street": N_("Street"), "postal_code": N_("Postal code"),
    "city": N_("City"), "region": N_("Region"), "country": N_("Country"), "po_box": N_("Post office box"),
    "address": N_("Address (all in one)"),
    "birthday": N_("Birthday"), "birth_year": N_("Birth year"), "birth_month": N_("Birth month"),
    "birth_day": N_("Birth day"), "website": N_("Website"), "notes": N_("Notes"), "tags": N_("Tags"),
    "source": N_("Source"), "since": N_("Customer since"), "ignore": N_("(ignore)"),
}

# Header synonyms, folded to lower case: Outlook (English and German) and
# what people name columns in their own spreadsheets.
SYNONYMS = {
    "first name": "given_name", "given name": "given_name", "vorname": "given_name",
    "firstname": "given_name", "imię": "given_name", "imie": "given_name",
    "last name": "family_name", "family name": "family_name", "nachname": "family_name",
    "surname": "family_name", "lastname": "family_name", "nazwisko": "family_name",
    "name": "display_name", "full name": "display_name", "display name": "display_name",
    "company": "organisation", "firma": "organisation", "organisation": "organisation",
    "organization": "organisation", "organization name": "organisation", "organization 1 - name": "organisation",
    "job title": "job_title", "position": "job_title", "title": "job_title",
    "organization title": "job_title", "organization 1 - title": "job_title",
    "e-mail": "email", "email": "email", "mail": "email", "e-mail address": "email",
    "e-mail-adresse": "email", "e-mail 2 address": "email", "e-mail 3 address": "email",
    "e-mail 2: adresse": "email", "e-mail 3: adresse": "email",
    "phone": "phone", "telephone": "phone", "telefon": "phone", "tel": "phone",
    "business phone": "phone", "home phone": "phone", "telefon geschäftlich": "phone",
    "telefon privat": "phone", "mobile phone": "mobile", "mobile": "mobile", "mobiltelefon": "mobile",
    "handy": "mobile", "street": "street", "straße": "street", "strasse": "street",
    "business street": "street", "straße geschäftlich": "street", "home street": "street",
    "postal code": "postal_code", "zip": "postal_code", "plz": "postal_code",
    "postleitzahl": "postal_code", "business postal code": "postal_code",
    "postleitzahl geschäftlich": "postal_code", "city": "city", "ort": "city", "stadt": "city",
    "business city": "city", "ort geschäftlich": "city", "state": "region", "region": "region",
    "business state": "region", "region geschäftlich": "region", "country": "country",
    "land": "country", "business country/region": "country", "land/region geschäftlich": "country",
    "birthday": "birthday", "geburtstag": "birthday", "web page": "website", "website": "website",
    "webseite": "website", "website 1 - value": "website", "notes": "notes", "notizen": "notes",
    "note": "notes", "categories": "tags", "kategorien": "tags", "tags": "tags", "labels": "tags",
    "group membership": "tags", "created": "since", "since": "since", "customer since": "since",
    "kunde seit": "since", "erstellt": "since", "angelegt": "since",
    # Outlook's other columns (English; German as Outlook 2013 writes it)
    "middle name": "given_name", "weitere vornamen": "given_name", "business street 2": "street",
    "business street 3": "street", "home street 2": "street", "home street 3": "street", "home city": "city",
    "home state": "region", "home postal code": "postal_code", "home country/region": "country",
    "other street": "street", "other street 2": "street", "other street 3": "street", "other city": "city",
    "other state": "region", "other postal code": "postal_code", "other country/region": "country",
    "business address po box": "po_box", "home address po box": "po_box", "other address po box": "po_box",
    "straße geschäftlich 2": "street", "straße geschäftlich 3": "street", "straße privat": "street",
    "straße privat 2": "street", "straße privat 3": "street", "ort privat": "city",
    "bundesland/kanton privat": "region", "postleitzahl privat": "postal_code", "land/region privat": "country",
    "weitere straße": "street", "weitere straße 2": "street", "weitere straße 3": "street",
    "weiterer ort": "city", "weiteres/r bundesland/kanton": "region", "weitere postleitzahl": "postal_code",
    "weiteres/e land/region": "country", "postfach geschäftlich": "po_box", "postfach privat": "po_box",
    "weiteres postfach": "po_box",
    "business fax": "phone", "home fax": "phone", "other fax": "phone", "business phone 2": "phone",
    "home phone 2": "phone", "other phone": "phone", "primary phone": "phone", "company main phone": "phone",
    "car phone": "phone", "pager": "phone", "mobile phone 2": "mobile",
    "fax geschäftlich": "phone", "telefon geschäftlich 2": "phone", "telefon firma": "phone",
    "fax privat": "phone", "telefon (privat)": "phone", "telefon (privat 2)": "phone", "weiteres fax": "phone",
    "weiteres telefon": "phone", "haupttelefon": "phone", "autotelefon": "phone", "mobiltelefon 2": "mobile",
    "e-mail: adresse": "email",
    # Thunderbird
    "primary email": "email", "secondary email": "email", "work phone": "phone", "fax number": "phone",
    "pager number": "phone", "mobile number": "mobile", "home address": "street", "home address 2": "street",
    "home zipcode": "postal_code", "home country": "country", "work address": "street",
    "work address 2": "street", "work city": "city", "work state": "region", "work zipcode": "postal_code",
    "work country": "country", "web page 1": "website", "web page 2": "website", "birth year": "birth_year",
    "birth month": "birth_month", "birth day": "birth_day",
    # Google's other name
    "additional name": "given_name", "address": "address", "adresse": "address", "anschrift": "address",
    # crmdesk's own CSV export
    "display_name": "display_name", "given_name": "given_name", "family_name": "family_name",
    "job_title": "job_title", "emails": "email", "phones": "phone", "websites": "website",
    "postal_code": "postal_code",
    "source": "source", "quelle": "source",
}

_SYNONYMS = {k.casefold(): v for k, v in SYNONYMS.items()}  # "Straße" folds to "strasse"
_GOOGLE_GROUP = re.compile(r"^(e-mail|phone|address|website) (\d+) - (.+)$")
_OUTLOOK_MARKS = {m.casefold() for m in ("e-mail address", "e-mail-adresse", "mobile phone",
                                          "mobiltelefon", "business phone", "telefon geschäftlich")}


# A cell starting with one of these runs as a formula in Excel or LibreOffice
# (OWASP "CSV injection"); the apostrophe is there so the prefix can be undone.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise_cell(value: str) -> str:
    """A cell that a spreadsheet shows as text and never runs: a leading
    apostrophe before a formula character (or before an apostrophe, so that
    ``restore_cell`` gives back exactly what was written)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def restore_cell(value: str) -> str:
    """The value ``neutralise_cell`` was given."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


class ImportRecord(NamedTuple):
    """One contact read from a file and the line it starts on; a (line,
    contact) pair, as ``importing.import_contacts`` takes them."""

    line: int
    contact: ContactInput


@dataclass
class ParsedFile:
    format: str  # "google", "outlook", "thunderbird", "crmdesk", "csv" or "vcard"
    encoding: str
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header → field key
    records: list[ImportRecord] = field(default_factory=list)
    skipped_lines: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # columns that hold data nothing reads, as the rows go by
    sha256: str = ""  # of the file's bytes (``contact_files.open_contacts_file``)

    def keep_all(self, records: Iterable[ImportRecord]) -> ParsedFile:
        """Every record of ``records`` (from ``read_csv`` or ``read_vcards``)
        kept, so the whole file is checked before anything is imported;
        ImportFileError names the first bad line."""
        with collector.paused():
            self.records = list(records)
        return self

    def hand_over(self) -> Iterator[ImportRecord]:
        """The records, each one forgotten once handed over, for an import
        that runs once: it then holds only the rows it has not reached (the
        records of a 100,000-row file take over 100 MB)."""
        records, self.records = self.records, []
        records.reverse()
        while records:
            yield records.pop()


def not_read(columns: list[str], how: str | None = None, vcard: bool = False) -> str:
    """The columns (of a vCard: the properties) holding data that nothing
    reads, as one sentence that says ``how`` to keep it (a vCard's cannot be);
    ``how`` translated by the caller, the window's way by default."""
    how = tr("choose a field for a column") if how is None else how
    if len(columns) == 1:
        if vcard:
            return tr("Not imported: the card property '{name}' holds data no field takes.").format(name=columns[0])
        return tr("Not imported: the column '{name}' holds data no field takes; {how} to keep what it "
                  "holds.").format(name=columns[0], how=how)
    listed = ", ".join(columns) if len(columns) <= 12 else trn(
        "{names}, and {n} more", "{names}, and {n} more", len(columns) - 10).format(names=", ".join(columns[:10]))
    if vcard:
        return trn("Not imported: {n} card property holds data no field takes ({names}).",
                   "Not imported: {n} card properties hold data no field takes ({names}).",
                   len(columns)).format(names=listed)
    return trn("Not imported: {n} column holds data no field takes ({names}); {how} to keep what it holds.",
               "Not imported: {n} columns hold data no field takes ({names}); {how} to keep what they hold.",
               len(columns)).format(names=listed, how=how)


def detect_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def detect_format(headers: list[str]) -> str:
    folded = {h.strip().casefold() for h in headers}
    if {"display_name", "emails", "phones"} <= folded:
        return "crmdesk"  # its addresses have Google's column names
    if any(_GOOGLE_GROUP.match(h) for h in folded):
        return "google"
    if folded & _OUTLOOK_MARKS:
        return "outlook"
    if {"primary email", "secondary email", "screen name"} <= folded:
        return "thunderbird"
    return "csv"


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """The field each header most likely holds ('ignore' when unknown)."""
    mapping = {}
    for header in headers:
        key = header.strip().casefold()
        match = _GOOGLE_GROUP.match(key)
        if match:
            kind, _, part = match.groups()
            mapping[header] = _google_field(kind, part)
        else:
            mapping[header] = _SYNONYMS.get(key, "ignore")
    return mapping


def _google_field(kind: str, part: str) -> str:
    if kind in ("e-mail", "phone", "website"):
        return {"e-mail": "email", "phone": "phone", "website": "website"}[kind] if part == "value" else "ignore"
    return {"street": "street", "extended address": "street", "po box": "po_box", "postal code": "postal_code",
            "city": "city", "region": "region", "country": "country", "formatted": "address"}.get(part, "ignore")


def parse_date(text: str) -> date | None:
    """ISO, D.M.Y, D/M/Y (or M/D/Y when the middle part exceeds 12); None if empty."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    parts = re.split(r"[./-]", text)
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        a, b, c = (int(p) for p in parts)
        if c < 100:
            c += 2000 if c < 50 else 1900
        day, month = (b, a) if ("/" in text and b > 12) else (a, b)
        try:
            return date(c, month, day)
        except (ValueError, OverflowError):
            pass
    raise ValueError(tr("'{text}' is not a date crmdesk understands (use YYYY-MM-DD or DD.MM.YYYY)").format(
        text=text))


# 23.04. or 23/04 as people write a birthday without its year (04/23 too, as ``parse_date`` reads a middle part over 12)
_DAY_AND_MONTH = re.compile(r"(\d{1,2})(?:\.(\d{1,2})\.?|/(\d{1,2}))")


NO_YEAR = 1604  # the year Apple's and other programs write for a birthday saved without one


def parse_birthday(text: str) -> Birthday | None:
    """A birthday as ``parse_date`` reads dates, or without its year as vCard
    and Google write it (--04-23, --0423), as people do (23.04.) or with the
    year 1604 that stands for none; None if empty."""
    text = text.strip()
    if text.startswith("--"):
        try:
            return Birthday.fromisoformat(text)
        except ValueError:
            raise ValueError(tr("'{text}' is not a date crmdesk understands (use --MM-DD for a day without "
                                "its year)").format(text=text)) from None
    if found := _DAY_AND_MONTH.fullmatch(text):
        day, month = int(found.group(1)), int(found.group(2) or found.group(3))
        if found.group(3) and month > 12:
            day, month = month, day
        try:
            return Birthday(month, day)
        except ValueError:
            raise ValueError(tr("'{text}' is not a day of the year").format(text=text)) from None
    day = parse_date(text)
    if day and day.year == NO_YEAR:
        return Birthday(day.month, day.day)
    return Birthday.of(day) if day else None


class _Column(NamedTuple):
    index: int
    kind: str  # "list" (e-mails, phones), "address", "tags", "date", "birth", "website" or "text"
    key: str
    label_index: int | None  # Google: the column holding this value's label
    default_label: str
    group: str  # an address part: which of the row's addresses it belongs to; "own": crmdesk's own list cell


_KINDS = {"email": "list", "phone": "list", "mobile": "list", "street": "address", "po_box": "address",
          "postal_code": "address", "city": "address", "region": "address", "country": "address",
          "address": "address", "tags": "tags", "birthday": "date", "since": "date", "birth_year": "birth",
          "birth_month": "birth", "birth_day": "birth", "website": "list"}

# Words in a column's name that say what kind of phone or which address it is (Outlook, Thunderbird).
_PLACE_WORDS = (("work", ("business", "geschäftlich", "work", "firma", "company")),
                ("home", ("home", "privat")), ("other", ("other", "weitere", "weiterer", "weiteres")))
_PHONE_WORDS = (("mobile", ("mobile", "mobil", "handy", "cell")), ("fax", ("fax",)), ("pager", ("pager",)),
                ("car", ("car", "auto")), ("main", ("main", "haupt", "primary")))


def _words_of(header: str, table) -> list[str]:
    return [label for label, words in table if any(w in header for w in words)]


def _plan(headers: list[str], mapping: dict[str, str], fmt: str = "csv") -> list[_Column]:
    """How to read each used column, worked out once per file."""
    label_columns = {}
    for index, header in enumerate(headers):
        match = _GOOGLE_GROUP.match(header.strip().casefold())
        if match and match.group(3) in ("label", "type"):
            label_columns[(match.group(1), match.group(2))] = index
    plan = []
    for index, header in enumerate(headers):
        key = mapping.get(header, "ignore")
        if key == "ignore":
            continue
        lowered = header.strip().casefold()
        match = _GOOGLE_GROUP.match(lowered)
        label_index = label_columns.get((match.group(1), match.group(2))) if match else None
        kind = _KINDS.get(key, "text")
        place = _words_of(lowered, _PLACE_WORDS)[:1]
        default, group = "", ""
        if key == "website":
            default = _WEB_PAGES.get(lowered, "")
        elif kind == "list" and key != "email":
            kinds = ["mobile"] if key == "mobile" else _words_of(lowered, _PHONE_WORDS)[:1]
            default = " ".join(place + kinds) if kinds != ["mobile"] else "mobile"
        elif kind == "address":
            group = f"google {match.group(2)}" if match else (place[0] if place else "")
            default = place[0] if place else ""
        if fmt == "crmdesk" and header in OWN_LISTS and kind == "list":
            group = "own"  # its own escaped "label=value; …" (read_own_list)
        plan.append(_Column(index, kind, key, label_index, default, group))
    named = {c.group for c in plan if c.kind == "address"} - {""}
    if len(named) == 1 and any(c.kind == "address" and not c.group for c in plan):
        only = named.pop()  # "Home Street" with "City" and "Postal code": one home address, not two
        plan = [c._replace(group=only, default_label=only) if c.kind == "address" and not c.group else c
                for c in plan]
    return plan


# Thunderbird's two web pages: its card calls them the work and the home web page.
_WEB_PAGES = {"web page 1": "work", "web page 2": "home"}
_LIST_SPLIT = re.compile(r" ::: |;\s*")  # Google's and crmdesk's own separators
_SITE_SPLIT = re.compile(r" ::: |; ")  # a web address may hold a ";" of its own
_TAG_SPLIT = re.compile(r"\s*(?:;|,| ::: )\s*")
# "work=a@b.de", "work fax=030 1234": a label (a word or a few, starting with a letter) before "=";
# "https://x.example/?id=5" has none.
_LABELLED = re.compile(r"^([^\W\d_][\w .-]{0,29})=(.+)$", re.DOTALL)
_NO_DATE = re.compile(r"0{1,4}(?P<sep>[./-])0{1,2}(?P=sep)0{1,4}")  # Outlook's empty date: 0.0.00, 0/0/00
_GOOGLE_ALL = ("myContacts", "My Contacts")  # Google's group of every contact, not a tag


def labelled(part: str, label: str = "") -> Labelled:
    """A value as people write it with its label in front ("work=a@b.de",
    "work fax=030 1234"), or with ``label`` when it has none."""
    if "=" not in part:  # the common case: no "label=" in front
        return Labelled(part.strip(), label)
    match = _LABELLED.match(part.strip())
    if match and "@" not in match.group(1):
        return Labelled(match.group(2).strip(), match.group(1).strip())
    return Labelled(part.strip(), label)


# crmdesk's own export writes e-mails, numbers and web addresses as "label=value; …", a number's kind
# in front of its label ("fax:work=030 1234", "mobile:=0170 1"), with "\\", ";" and "=" inside a label
# or value (and ":" inside a label) escaped by a backslash (``own_list``): any text comes back as it was.
OWN_LISTS = frozenset({"emails", "phones", "websites"})


def _own_escaped(text: str, *, label: bool = False) -> str:
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=")
    return text.replace(":", "\\:") if label else text  # a value's ":" (https://) is left as it is


def own_list(items: Iterable[Labelled]) -> str:
    """A cell of crmdesk's own CSV export (``read_own_list`` reads it)."""
    cells = []
    for item in items:
        label = (f"{item.kind}:" if item.kind else "") + _own_escaped(item.label, label=True)
        cells.append(f"{label}={_own_escaped(item.value)}" if label else _own_escaped(item.value))
    return "; ".join(cells)


def read_own_list(cell: str) -> list[Labelled]:
    """The values of a cell ``own_list`` wrote, each with its label and kind."""
    found: list[Labelled] = []
    current: list[str] = []
    label: list[str] | None = None  # the label, once its "=" is read
    kind, escaped = "", False

    def done() -> None:
        nonlocal current, label, kind
        if label is None and kind:  # "mobile:0170 1" has no label: the kind was the start of the value
            current, kind = [*kind, ":", *current], ""
        value = "".join(current).strip()
        if value:
            found.append(Labelled(value, "".join(label or ()).strip(), kind))
        current, label, kind = [], None, ""

    for ch in cell:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            done()
        elif ch == ":" and label is None and not kind and "".join(current).strip() in PHONE_KINDS:
            kind, current = "".join(current).strip(), []
        elif ch == "=" and label is None:
            label, current = current, []
        else:
            current.append(ch)
    done()
    return found


def _parts(value: str, split: re.Pattern = _LIST_SPLIT) -> list[str]:
    if ";" not in value and " ::: " not in value:  # the common case: one value
        return [value]
    return [part for part in split.split(value) if part.strip()]


_REPEATED = frozenset({"organisation", "job_title", "city", "region", "country"})


_GOOGLE_TYPES = frozenset({"work", "home", "mobile", "main", "other", "fax", "pager", "google", "voice",
                           "profile", "blog", "homepage", "ftp"})


def _google_label(cell: str) -> str:
    """Google's type of a value: "* Work ::: Home" is "work" (the star marks the main one); a type a
    person gave ("Büro Fax") keeps its case."""
    label = cell.strip().lstrip("* ").split(" ::: ")[0]
    return label.lower() if set(label.lower().split()) <= _GOOGLE_TYPES else label


def _row_to_contact(plan: list[_Column], row: list[str], warn: list[str], shared: dict[str, str],
                    fmt: str = "csv") -> ContactInput:
    """One row as a contact. ``shared`` keeps one copy of the values many
    rows repeat (organisations, towns, tags, labels): a 100,000-row file's
    parsed rows take about a quarter less memory."""
    data = ContactInput()
    addresses: dict[str, Address] = {}  # by group: Outlook's business, home and other; Google's 1, 2…
    formatted: dict[str, str] = {}  # an address as one text, used when its group has no parts
    birth: dict[str, str] = {}
    for index, kind, key, label_index, label, group in plan:
        value = row[index].strip()
        if not value:
            continue
        if len(value) > MAX_FIELD and key != "notes":
            warn.append(tr("the {field} is {size} KB long and was left out").format(
                field=tr(FIELD_KEYS[key]) if key in FIELD_KEYS else key,
                size=language.active().number(len(value) // 1024)))
            continue
        if key in _REPEATED:
            value = shared.setdefault(value, value)
        if kind == "text":
            if "\r" in value:  # a line break as Windows or an old Mac wrote it inside a cell
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            current = getattr(data, key)
            setattr(data, key, f"{current} {value}" if current else value)
        elif kind == "list":
            if label_index is not None and row[label_index].strip():
                label = _google_label(row[label_index])
                label = shared.setdefault(label, label)
            if key == "email" and "@" not in value and looks_like_phone(value):
                key = "phone"  # a 'contact' column holding numbers as well as addresses
            if group == "own":
                found = read_own_list(value)
            else:
                found = [labelled(part, label) for part in _parts(value, _SITE_SPLIT if key == "website" else _LIST_SPLIT)]
            if key == "email":
                data.emails += found
            elif key == "website":
                data.websites += found
            else:
                data.phones += [with_kind(p) for p in found]
        elif kind == "address":
            address = addresses.get(group)
            if address is None:
                address = addresses[group] = Address(label)
            if label_index is not None and row[label_index].strip():
                address.label = row[label_index].strip() if fmt == "crmdesk" else _google_label(row[label_index])
            if key == "address":
                formatted[group] = value
            elif key in ("street", "po_box"):  # Street, Street 2, Street 3 and the post office box
                address.street = f"{address.street}, {value}" if address.street else value
            else:
                setattr(address, key, value)
        elif kind == "tags":
            if fmt == "crmdesk":  # its own export: tags are apart by "; " only, so "Bread, rolls" is one
                data.tags += [shared.setdefault(tag, tag) for part in value.split("; ") if (tag := part.strip())]
            else:  # Google's "My Contacts" is its group of everyone; anywhere else it is a tag as any other
                data.tags += [shared.setdefault(tag, tag) for part in _TAG_SPLIT.split(value)
                              if (tag := part.lstrip("* ").strip()) and (fmt != "google" or tag not in _GOOGLE_ALL)]
        elif kind == "birth":
            birth[key] = value
        elif not _NO_DATE.fullmatch(value):
            try:
                setattr(data, key, parse_birthday(value) if key == "birthday" else parse_date(value))
            except ValueError as exc:
                warn.append(tr("{problem}; it was left out").format(problem=exc))
    if addresses:
        for group, text in formatted.items():
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if addresses[group].is_empty():
                addresses[group].street = ", ".join(lines)
            elif not addresses[group].street and lines:  # "Adresse" beside "PLZ" and "Ort": its street
                addresses[group].street = lines[0]
        data.addresses = [a for a in addresses.values() if not a.is_empty()]
    if birth:
        data.birthday = _birthday(birth, warn)
    return data


def _birthday(parts: dict[str, str], warn: list[str]) -> Birthday | None:
    """A birthday given as year, month and day in columns of their own
    (Thunderbird); the year may be left empty."""
    year, month, day = (parts.get(k, "").strip() for k in ("birth_year", "birth_month", "birth_day"))
    if not (month and day):
        warn.append(tr("the birthday has no day and was left out") if month
                    else tr("the birthday has no month and was left out"))
        return None
    try:
        return Birthday(int(month), int(day), int(year) if year else None)
    except (ValueError, OverflowError):
        warn.append(tr("the birthday (day {day}, month {month}, year {year}) is not a date; it was left "
                       "out").format(day=day, month=month, year=year) if year else
                    tr("the birthday (day {day}, month {month}) is not a date; it was left out").format(
                        day=day, month=month))
        return None


def _columns(headers: list[str]) -> str:
    """The columns, for an error message; never a line that holds data (a
    file without a header line starts with a contact)."""
    if any(_LOOKS_LIKE_DATA.search(h) for h in headers):
        return tr("its first line holds an e-mail address or a number, so it seems to start with a contact "
                "rather than the column names: add a first line that names them")
    return tr("its columns are: {names}").format(names=", ".join(headers))


_LOOKS_LIKE_DATA = re.compile(r"@|\d{3}")


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings, as a file opened with
    ``newline=""`` gives them, one at a time: a ``StringIO`` would hold a
    second copy of the whole text at four bytes a character."""
    return (match.group() for match in _LINE.finditer(text))


def read_csv(text: str, encoding: str,
             mapping: dict[str, str] | None = None) -> tuple[ParsedFile, Iterator[ImportRecord]]:
    """The columns, checked now, and the contacts one at a time as they are
    read: an import that takes them so never holds them all. A bad line
    raises ImportFileError when it is reached; warnings and skipped lines
    are added to the ParsedFile as the rows go by."""
    if not text.strip():
        raise ImportFileError(tr("The file is empty."))
    reader = csv.reader(_lines(text), delimiter=detect_delimiter(next(_lines(text))), strict=True)
    with _field_limit():
        try:
            headers = next(reader)
        except csv.Error as exc:
            raise ImportFileError(tr("the header cannot be read ({problem})").format(problem=exc), 1) from None
    headers = [h.strip() for h in headers]
    if len(headers) < 2 or not any(headers):
        raise ImportFileError(tr("The first line should name the columns (at least two); "
                                 "this does not look like a contact list."))
    fmt = detect_format(headers)
    chosen = guess_mapping(headers)
    if mapping:
        unknown = [h for h in mapping if h not in headers]
        if unknown:
            raise ImportFileError(tr("The file has no column '{name}'; {columns}.").format(
                name=unknown[0], columns=_columns(headers)))
        chosen.update(mapping)
    identifying = {"given_name", "family_name", "display_name", "organisation", "email",
                   "phone", "mobile"}
    if not identifying & set(chosen.values()):
        raise ImportFileError(tr(
            "No column is recognised as a name, organisation, e-mail or phone; map the "
            "columns to fields (for example {example}); {columns}.").format(
                example="--map 'Kundenname=display_name'", columns=_columns(headers)))
    parsed = ParsedFile(fmt, encoding, headers, chosen)
    left_out = {header for header, key in (mapping or {}).items() if key == "ignore"}  # on purpose: no note
    return parsed, _csv_records(reader, parsed, left_out)


@contextmanager
def _field_limit() -> Iterator[None]:
    previous_limit = csv.field_size_limit(READ_FIELD)
    try:
        yield
    finally:
        csv.field_size_limit(previous_limit)


# What Outlook writes in a column nobody filled in: no data of the person's.
# Columns Outlook derives from others (the e-mail's type and display name, the initials): nothing is lost.
_DERIVED = re.compile(r"^(e-mail( \d)?( type| display name|-typ|: typ|: angezeigter name)|initials|initialen)$")


# Cells that are no data, as Outlook writes them: checked for all unread columns of a row at once.
_NOT_DATA = frozenset({"", "0.0.00", "0/0/00", "Normal", "Unspecified", "Keine Angabe", "Aus", "Off", "False",
                       "Falsch", "SMTP"})
_OUTLOOK_DEFAULTS = frozenset(value.casefold() for value in _NOT_DATA)  # the same, written in any case


def _picker(indexes: list[int]):
    """The cells at ``indexes`` of a row, as a tuple, in one C call."""
    if not indexes:
        return lambda row: ()
    get = itemgetter(*indexes)
    return get if len(indexes) > 1 else lambda row: (get(row),)


# crmdesk's own export: the record's id and times, which an import gives anew.
_OWN_RECORD = frozenset({"id", "created_at", "updated_at"})


def _holds_data(value: str) -> bool:
    value = value.strip()
    return bool(value) and value.casefold() not in _OUTLOOK_DEFAULTS and not _NO_DATE.fullmatch(value)


def _csv_records(reader, parsed: ParsedFile, leave_out: set[str]) -> Iterator[ImportRecord]:
    headers, fmt = parsed.headers, parsed.format
    plan = _plan(headers, parsed.mapping, fmt)
    shared: dict[str, str] = {}
    used = {c.index for c in plan} | {c.label_index for c in plan if c.label_index is not None}
    unread = [i for i in range(len(headers))  # until a value shows in them
              if i not in used and headers[i] not in leave_out and not _DERIVED.match(headers[i].casefold())
              and not (fmt == "crmdesk" and headers[i] in _OWN_RECORD)]
    holding: set[int] = set()  # unread columns a value showed in
    pick = _picker(unread)
    with _field_limit():
        while True:
            starts = reader.line_num + 1  # the line this row begins on (a quoted value may span lines)
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field larger" in str(exc):
                    raise ImportFileError(tr(
                        "a field is longer than {size} MB; this does not look like a contact list (perhaps a "
                        "quote is never closed)").format(size=READ_FIELD // (1024 * 1024)), reader.line_num) from None
                if "unexpected end of data" in str(exc):
                    raise ImportFileError(tr("a quoted field that begins on this line is never closed (a \" is "
                                             "missing)"), starts) from None
                raise ImportFileError(tr("the line cannot be read ({problem})").format(problem=exc),
                                      reader.line_num) from None
            if not "".join(row).strip():
                continue
            if fmt == "outlook" and len(headers) // 2 < len(row) < len(headers):
                row += [""] * (len(headers) - len(row))  # Outlook leaves out a row's empty last fields
            if len(row) != len(headers):
                raise ImportFileError(trn(
                    "this row has {n} field but the header has {header}; check the delimiter and quotes",
                    "this row has {n} fields but the header has {header}; check the delimiter and quotes",
                    len(row)).format(header=len(headers)), reader.line_num)
            if fmt == "crmdesk":
                row = [restore_cell(cell) for cell in row]
            if unread and not _NOT_DATA.issuperset(cells := pick(row)) and any(map(_holds_data, cells)):
                holding.update(i for i in unread if _holds_data(row[i]))
                unread = [i for i in unread if i not in holding]
                pick = _picker(unread)
                parsed.ignored = list(dict.fromkeys(headers[i] or tr("column {number}").format(number=i + 1) for i in sorted(holding)))
            warn: list[str] = []
            contact = _row_to_contact(plan, row, warn, shared, fmt)
            warn += within_limits(contact)
            if warn:
                parsed.warnings += [(reader.line_num, w) for w in warn]
            if not (contact.display_name or contact.given_name or contact.family_name
                    or contact.organisation or contact.emails or contact.phones):
                parsed.skipped_lines.append((reader.line_num, tr("no name, organisation, e-mail or phone")))
                continue
            yield ImportRecord(reader.line_num, contact)
