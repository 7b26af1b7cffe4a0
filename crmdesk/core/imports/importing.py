"""Bringing parsed contacts into the vault, and reading them out for export.

An import is one transaction: all rows, or none. A dry run does the same
work and rolls it back, so its report is exactly what a real run would do.
Duplicates are found by e-mail address or normalised phone number, in the
vault and among earlier rows of the same file; each is merged, skipped or
added as new, and every row's outcome is reported with its reason.
Import needs EDIT; export needs ADMINISTER. Both are audited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from crmdesk.core import collector
from crmdesk.core.errors import Cancelled, CrmdeskError
from crmdesk.core.people import normalise
from crmdesk.core.people.contact_model import Contact, ContactInput
from crmdesk.core.people.contacts import ContactWriter, display_name_for, get_contact, validate
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent, erasure
from crmdesk.core.vault import database, settings
from crmdesk.core.vault.session import Session

POLICIES = ("merge", "skip", "new")


class ImportCancelled(Cancelled):
    """The user stopped the import; nothing was imported."""


@dataclass(frozen=True)
class RowOutcome:
    line: int
    action: str  # "added", "merged", "skipped"
    name: str
    reason: str = ""


@dataclass
class ImportSummary:
    outcomes: list[RowOutcome] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # saved anyway
    dry_run: bool = False
    basis: str = ""  # the purpose recorded for the imported contacts, if any

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def added(self) -> int:
        return self.count("added")

    @property
    def merged(self) -> int:
        return self.count("merged")

    @property
    def skipped(self) -> int:
        return self.count("skipped")


class _Duplicates:
    """Who already has an e-mail address or phone number: the vault's keys are
    read once at the start, then each imported row adds its own."""

    def __init__(self, session: Session, region: str):
        self.region = region
        self.known: dict[str, tuple[int, str]] = {}
        for address, rowid in session.conn.execute("SELECT normalised, contact FROM contact_emails"):
            self.known.setdefault(f"e:{address}", (rowid, "same e-mail as a contact in the vault"))
        for number, rowid in session.conn.execute("SELECT normalised, contact FROM contact_phones"):
            if len(number) >= 6:
                self.known.setdefault(f"p:{number}", (rowid, "same phone as a contact in the vault"))

    def keys(self, data: ContactInput) -> list[str]:
        keys = [f"e:{normalise.email(e.value)}" for e in data.emails if e.value.strip()]
        keys += [f"p:{n}" for p in data.phones if p.value.strip()
                 if len(n := normalise.phone(p.value, self.region)) >= 6]
        return keys

    def find(self, keys: list[str]) -> tuple[int | None, str]:
        for key in keys:
            if key in self.known:
                return self.known[key]
        return None, ""

    def remember(self, keys: list[str], rowid: int) -> None:
        for key in keys:
            kind = "e-mail" if key[0] == "e" else "phone"
            self.known.setdefault(key, (rowid, f"same {kind} as an earlier row"))


def _merge(existing: Contact, new: ContactInput) -> ContactInput:
    """Keep what the vault has; fill empty fields and add new addresses, numbers and tags."""
    merged = existing.as_input()
    for name in ("given_name", "family_name", "organisation", "job_title", "website", "notes",
                 "source", "birthday"):
        if not getattr(merged, name) and getattr(new, name):
            setattr(merged, name, getattr(new, name))
    known_emails = {normalise.email(e.value) for e in merged.emails}
    merged.emails += [e for e in new.emails if normalise.email(e.value) not in known_emails]
    known_phones = {p.value for p in merged.phones}
    merged.phones += [p for p in new.phones if p.value not in known_phones]
    if not merged.addresses:
        merged.addresses = new.addresses
    merged.tags = sorted(set(merged.tags) | set(new.tags), key=str.casefold)
    if new.since and (merged.since is None or new.since < merged.since):
        merged.since = new.since
    return merged


def _with_name(data: ContactInput) -> tuple[ContactInput, str]:
    """The row and its display name; a row with only an e-mail or phone is
    named after it."""
    name = display_name_for(data)
    if not name:
        name = (next((e.value for e in data.emails if e.value.strip()), "") or next(
            (p.value for p in data.phones if p.value.strip()), "")).strip()
    data.display_name = name  # the name it is saved under (asked for again by validate and write)
    return data, name


def import_contacts(
    session: Session,
    rows: Sequence[tuple[int, ContactInput]],
    *,
    duplicates: str = "merge",
    source: str = "",
    file_format: str = "",
    dry_run: bool = False,
    purpose: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import ``rows`` of (line number, contact) in one transaction. Needs EDIT.

    ``purpose``: the key of the purpose whose lawful basis applies to the
    imported contacts; each added or merged contact gets a ledger entry for
    it with method "imported" and the source as its note (needs CONSENT).
    ``progress(done, total)`` is called now and then; when ``cancelled()``
    turns true the import stops and nothing is kept (``ImportCancelled``).
    """
    session.require(Permission.EDIT)
    if duplicates not in POLICIES:
        raise CrmdeskError(f"Duplicates are merged, skipped or added as new, not '{duplicates}'.")
    basis = consent.check_import_purpose(session, purpose) if purpose else None
    region = settings.get(session, "phone_region")
    today = session.clock.now().date()
    summary = ImportSummary(dry_run=dry_run)
    finder = _Duplicates(session, region)
    writer = ContactWriter(session, region)
    with database.large_cache(session.conn), collector.paused():
        _run_import(session, rows, writer, finder, summary, duplicates=duplicates, source=source,
                    file_format=file_format, today=today, basis=basis, progress=progress,
                    cancelled=cancelled)
    return summary


def _run_import(session, rows, writer, finder, summary, *, duplicates, source, file_format, today, basis,
                progress, cancelled) -> None:
    conn = session.conn
    entries = consent.ImportedBasis(session, basis, source) if basis is not None else None
    erased = {r[0] for r in conn.execute("SELECT digest FROM suppressions")}  # of people erased before
    conn.execute("BEGIN IMMEDIATE")
    try:
        for done, (line, data) in enumerate(rows, start=1):
            if cancelled is not None and done % 200 == 0 and cancelled():
                raise ImportCancelled("The import was stopped; nothing was imported.")
            if progress is not None and (done % 500 == 0 or done == len(rows)):
                progress(done, len(rows))
            data, name = _with_name(data)
            if source and not data.source:
                data.source = source
            problems = validate(data, today)
            if problems:
                summary.outcomes.append(RowOutcome(line, "skipped", name, next(iter(problems.values()))))
                continue
            keys = finder.keys(data)
            summary.warnings += [
                (line, f"'{e.value}' does not look like an e-mail address; imported as it is")
                for e in data.emails if e.value.strip() and not normalise.email_looks_valid(e.value)]
            if erased and not erased.isdisjoint(d for d, _ in erasure.digests(
                    session, [e.value for e in data.emails], [p.value for p in data.phones])):
                summary.outcomes.append(RowOutcome(line, "skipped", name, "this person asked to be erased; "
                                                   "add them by hand only if they came back on their own"))
                continue
            existing, why = finder.find(keys)
            if existing is not None and duplicates == "skip":
                summary.outcomes.append(RowOutcome(line, "skipped", name, why))
                continue
            if existing is not None and duplicates == "merge":
                writer.flush()  # the existing contact's rows may still be held back
                contact_id = conn.execute("SELECT id FROM contacts WHERE rowid = ?", (existing,)).fetchone()[0]
                writer.write(_merge(get_contact(session, contact_id), data), rowid=existing)
                _record_basis(writer, entries, existing)
                finder.remember(keys, existing)
                summary.outcomes.append(RowOutcome(line, "merged", name, why))
                continue
            rowid, _ = writer.write(data)
            _record_basis(writer, entries, rowid)
            finder.remember(keys, rowid)
            summary.outcomes.append(RowOutcome(line, "added", name, why if existing else ""))
        writer.finish()
        summary.basis = basis.key if basis is not None else ""
        if not summary.dry_run:
            session.audit("contacts.imported", detail={
                "format": file_format, "added": summary.added, "merged": summary.merged,
                "skipped": summary.skipped, "purpose": summary.basis or None})
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("ROLLBACK" if summary.dry_run else "COMMIT")


def _record_basis(writer: ContactWriter, entries: consent.ImportedBasis | None, rowid: int) -> None:
    rows = entries.rows(rowid) if entries is not None else None
    if rows is not None:
        writer.also(consent.ImportedBasis.LEDGER, rows[0])
        writer.also(consent.ImportedBasis.STATE, rows[1])


def contacts_for_export(session: Session, *, file_format: str) -> Iterator[Contact]:
    """Every contact, by name, for an export file. Needs ADMINISTER; audited
    (before the first contact is handed out)."""
    session.require(Permission.ADMINISTER)
    # Restricted contacts (Art. 18) are exported only for their own request.
    ids = [r[0] for r in session.conn.execute("SELECT id FROM contacts WHERE restricted = 0"
                                              " ORDER BY sort_name, rowid")]
    with session.transaction():
        session.audit("contacts.exported", detail={"format": file_format, "count": len(ids)})
    for contact_id in ids:
        yield get_contact(session, contact_id)
