"""Choosing the parser for a file, and writing contact exports.

``read_contacts_file`` detects the format (vCard or CSV, and which CSV) from
the content unless told. Exports are written to a temporary file and renamed,
so a failed export leaves no half file. Pure: no vault, no Qt.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from crmdesk.core.language import tr
from crmdesk.core.people.contact_model import Contact
from crmdesk.io.csv_import import ImportRecord, ParsedFile, neutralise_cell, own_list, read_csv
from crmdesk.io.text_files import ImportFileError, check_character_set, read_text
from crmdesk.io.vcard import read_vcards, write_vcards

FORMATS = ("csv", "vcard")


def detect_kind(path: Path, text: str) -> str:
    if path.suffix.lower() in (".vcf", ".vcard") or text.lstrip()[:11].upper() == "BEGIN:VCARD":
        return "vcard"
    return "csv"


def read_contacts_file(path: Path, *, kind: str | None = None, mapping: dict[str, str] | None = None,
                       character_set: str | None = None) -> ParsedFile:
    """Parse the whole file, or raise ImportFileError saying which line and why."""
    parsed, records = open_contacts_file(path, kind=kind, mapping=mapping, character_set=character_set)
    return parsed.keep_all(records)


def open_contacts_file(path: Path, *, kind: str | None = None, mapping: dict[str, str] | None = None,
                       character_set: str | None = None) -> tuple[ParsedFile, Iterator[ImportRecord]]:
    """The file read and its format and columns checked now (or
    ImportFileError), and its contacts one at a time as they are parsed: an
    import that takes them so never holds them all. ``character_set``: the
    one the person chose, for the whole file and for vCard text that names
    none (else each is recognised)."""
    decoded = read_text(path, character_set)
    kind = kind or detect_kind(path, decoded.text)
    if kind == "vcard":
        parsed, records = read_vcards(decoded.text, decoded.encoding,
                                      unnamed=check_character_set(character_set) if character_set is not None else None)
    elif kind == "csv":
        parsed, records = read_csv(decoded.text, decoded.encoding, mapping)
    else:
        raise ImportFileError(tr("'{kind}' is not a format crmdesk imports; use {csv} or {vcard}.").format(
            kind=kind, csv="csv", vcard="vcard"))
    parsed.sha256 = decoded.sha256
    if decoded.note:
        parsed.warnings.insert(0, (1, decoded.note))
    return parsed, records


CSV_COLUMNS = ["id", "display_name", "given_name", "family_name", "organisation", "job_title",
               "emails", "phones", "birthday", "websites", "notes", "tags", "source", "since", "created_at",
               "updated_at"]
# Every address of a contact, in columns as Google names them (Address 1 - Street…), as many as the
# contact with the most addresses has; crmdesk's import and Google's read them back apart.
ADDRESS_PARTS = (("Label", "label"), ("Street", "street"), ("Postal Code", "postal_code"), ("City", "city"),
                 ("Region", "region"), ("Country", "country"))


def _csv_rows(contacts: Iterable[Contact]) -> Iterator[list[str]]:
    """Each contact's cells, its addresses' cells last (as many as it has)."""
    for c in contacts:
        yield [
            c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.job_title,
            own_list(c.emails), own_list(c.phones),
            c.birthday.isoformat() if c.birthday else "",
            own_list(c.websites), c.notes, "; ".join(c.tags),
            c.source, c.since.isoformat() if c.since else "", c.created_at, c.updated_at,
        ] + [getattr(a, key) for a in c.addresses for _, key in ADDRESS_PARTS]


def _write_csv(handle, contacts: Iterable[Contact], folder: Path) -> int:
    """The rows go to a scratch file first, so the header can name as many
    address columns as the contact with the most addresses needs. The
    scratch file has no name (gone with the process, however it ends), and
    is read back with no limit on a field's length (merged notes grow)."""
    count, widest = 0, len(CSV_COLUMNS)
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=folder) as rows:
        writer = csv.writer(rows)
        for row in _csv_rows(contacts):
            writer.writerow([neutralise_cell(cell) for cell in row])
            widest, count = max(widest, len(row)), count + 1
        addresses = (widest - len(CSV_COLUMNS)) // len(ADDRESS_PARTS)
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS + [f"Address {n} - {part}" for n in range(1, addresses + 1)
                                       for part, _ in ADDRESS_PARTS])
        rows.seek(0)
        previous = csv.field_size_limit(sys.maxsize)
        try:
            for row in csv.reader(rows):
                writer.writerow(row + [""] * (widest - len(row)))
        finally:
            csv.field_size_limit(previous)
    return count


def write_contacts_file(path: Path, contacts: Iterable[Contact]) -> int:
    """Write ``.csv`` (UTF-8 with BOM, for Excel; cells that would run as
    formulas are neutralised) or ``.vcf`` (vCard 4.0); returns the count."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".vcf"):
        raise ImportFileError(tr("Name the export file .csv or .vcf."))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if suffix == ".csv" else "utf-8",
                       newline="") as handle:
            if suffix == ".csv":
                count = _write_csv(handle, contacts, path.parent)
            else:
                for card in write_vcards(contacts):
                    handle.write(card)
                    count += 1
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
