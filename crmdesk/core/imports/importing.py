"""Bringing parsed contacts into the vault.

An import is one operation: all rows, or none. A dry run does the same work
and rolls it back, so its report is exactly what a real run would do. Every
row's outcome is reported with its reason, and the rules that protect a
person hold for each row:

- the same person (``people.matching``: an e-mail match, or a phone match
  with a compatible name) is merged, skipped or added as new, as chosen; a
  phone match with another name is added as new and listed as a possible
  duplicate for review;
- a contact whose processing is restricted (Art. 18) is never merged into
  nor copied (duplicates "new"): the row is skipped, and says so; a copy
  of someone else is added and listed as a possible duplicate;
- a person who may have asked to be erased is skipped (their suppression digest matches);
- the lawful basis recorded for the file is never consent (consent is
  captured one person at a time), and a basis a person had ended stays
  ended.

Needs EDIT (and CONSENT to record a basis). Audited with counts only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from crmdesk.core import collector
from crmdesk.core.errors import Cancelled, UsageError
from crmdesk.core.language import tr
from crmdesk.core.people import contacts, matching, normalise, suppression
from crmdesk.core.people.contact_model import ContactInput, within_limits
from crmdesk.core.people.duplicates import combine, what_was_added
from crmdesk.core.people.matching import Finder, note_possible, words_of
from crmdesk.core.people.writer import ContactWriter, display_name_for
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent
from crmdesk.core.vault import database, gate, settings
from crmdesk.core.vault.gate import Effect, Operation
from crmdesk.core.vault.session import Session

POLICIES = ("merge", "skip", "new")
RESTRICTED = "processing of this person is restricted (Art. 18), so an import neither changes nor copies them"
ERASED = ("this may be a person who asked to be erased (an e-mail or phone matches one kept from an erasure); "
          "add them by hand only if they came back on their own, or are someone else")


class ImportCancelled(Cancelled):
    """The user stopped the import; nothing was imported."""


@dataclass(frozen=True, slots=True)
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
    basis: str = ""  # the purpose whose basis was recorded for the imported contacts, if any
    basis_kept_ended: int = 0  # contacts whose ended basis the import left ended
    possible_duplicates: int = 0  # added, and listed for review
    every_row: bool = True  # keep an outcome for every row (else only the notable ones)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("added", "merged", "skipped"), 0))
    notable: list[RowOutcome] = field(default_factory=list)  # every row but a plain addition, to show

    def add(self, outcome: RowOutcome) -> None:
        if self.every_row:
            self.outcomes.append(outcome)
        self.counts[outcome.action] += 1
        if outcome.action != "added" or outcome.reason:
            self.notable.append(outcome)

    @property
    def added(self) -> int:
        return self.counts["added"]

    @property
    def merged(self) -> int:
        return self.counts["merged"]

    @property
    def skipped(self) -> int:
        return self.counts["skipped"]


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
    rows: Sequence[tuple[int, ContactInput]] | Iterable[tuple[int, ContactInput]],
    *,
    total: int | None = None,
    duplicates: str = "merge",
    source: str = "",
    file_format: str = "",
    dry_run: bool = False,
    purpose: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    every_row: bool = True,
) -> ImportSummary:
    """Import ``rows`` of (line number, contact) in one operation. Needs EDIT.

    ``rows`` may be an iterator that forgets each row once handed over
    (``ParsedFile.hand_over``); ``total`` then says how many it holds.

    ``purpose``: the key of the purpose whose lawful basis (not consent)
    applies to the imported contacts; each added or merged contact gets a
    ledger entry for it with method "imported" and the source as its note
    (needs CONSENT). ``progress(done, total)`` is called now and then; when
    ``cancelled()`` turns true the import stops and nothing is kept
    (``ImportCancelled``). ``every_row=False``: ``outcomes`` keeps only the
    notable rows, as ``notable`` does (the outcomes of a 100,000-row file's
    plain additions take 16 MB).
    """
    session.require(Permission.EDIT)
    if duplicates not in POLICIES:
        raise UsageError(tr("Duplicates are merged, skipped or added as new, not "
                            "'{duplicates}'.").format(duplicates=duplicates))
    basis = consent.check_import_purpose(session, purpose) if purpose else None
    summary = ImportSummary(dry_run=dry_run, every_row=every_row)
    with database.large_cache(session.conn), collector.paused(), \
            session.operation(Permission.EDIT, "contacts.imported", dry_run=dry_run) as op:
        _Import(op, summary, basis, duplicates=duplicates, source=source).run(
            rows, len(rows) if total is None else total, progress, cancelled)
        summary.basis = basis.key if basis is not None else ""
        op.detail.update({"format": file_format, "added": summary.added, "merged": summary.merged,
                          "skipped": summary.skipped, "purpose": summary.basis or None,
                          "possible_duplicates": summary.possible_duplicates})
        op.changed_everything()
    return summary


class _Import:
    """One import's work, row by row, inside its operation."""

    def __init__(self, op: Operation, summary: ImportSummary, basis, *, duplicates: str, source: str):
        self.op = op
        self.summary = summary
        self.policy = duplicates
        self.source = source
        self.region = settings.get(op.session, "phone_region")
        self.today = op.session.clock.now().date()
        self.writer = ContactWriter(op, self.region)
        self.finder = Finder(op.conn, self.region, before_reading=self.writer.flush)
        self.erased = suppression.Matcher(op.conn, self.region)
        self.entries = consent.ImportedBasis(op, basis, source) if basis is not None else None

    def run(self, rows, total: int, progress, cancelled) -> None:
        try:
            for done, (line, data) in enumerate(rows, start=1):
                if cancelled is not None and done % 200 == 0 and cancelled():
                    raise ImportCancelled("The import was stopped; nothing was imported.")
                if progress is not None and (done % 500 == 0 or done == total):
                    progress(done, total)
                self.row(line, data)
            self.writer.finish()
            if self.entries is not None:
                self.summary.basis_kept_ended = self.entries.kept_ended
        finally:  # also when stopped: the error's traceback would keep all this alive
            collector.let_go(self.finder.known, self.finder.names)
            self.writer.let_go()
            if self.entries is not None:
                collector.let_go(self.entries.recorded)

    def outcome(self, line: int, action: str, name: str, reason: str = "") -> None:
        self.summary.add(RowOutcome(line, action, name, reason))

    def row(self, line: int, data: ContactInput) -> None:
        words = words_of(data)
        data, name = _with_name(data)
        if self.source and not data.source:
            data.source = self.source
        if data.birthday and data.birthday.year is not None and data.birthday.as_date() > self.today:
            self.summary.warnings.append((line, tr("the birthday {day} is in the future; it was left out").format(
                day=data.birthday.isoformat())))
            data.birthday = None  # a typo in one field is not worth the row
        problems = contacts.validate(data, self.today)
        if problems:
            self.outcome(line, "skipped", name, next(iter(problems.values())))
            return
        self.summary.warnings += [
            (line, tr("'{value}' does not look like an e-mail address; imported as it is").format(value=e.value))
            for e in data.emails if e.value.strip() and not normalise.email_looks_valid(e.value)]
        if self.erased.matches(data):
            self.outcome(line, "skipped", name, ERASED)
            return
        keys = self.finder.keys(data)
        match = self.finder.find(keys, words)
        same = None  # the contact in the vault this row is
        if match is not None and match.same:
            self.writer.flush()  # the existing contact's rows may still be held back
            same = gate.load_subject(self.op.conn, match.rowid)
            if gate.refusal(same, Effect.PROCESS):
                self.outcome(line, "skipped", name, RESTRICTED)
                return
            if self.policy == "skip":
                self.outcome(line, "skipped", name, tr(match.reason))
                return
            if self.policy == "merge":
                existing = contacts.get_contact(self.op.session, same.id).as_input()
                merged = combine(existing, data, self.region)
                self.summary.warnings += [(line, said) for said in within_limits(merged)]  # merges add up
                self.writer.write(merged, rowid=same.rowid)
                self.record_basis(same.rowid, person=same.rowid)
                self.finder.remember(keys, same.rowid)
                added = what_was_added(existing, merged)
                self.outcome(line, "merged", name, tr("{reason}; added {added}").format(reason=tr(match.reason),
                                                                                         added=added) if added
                             else tr("{reason}; nothing to add").format(reason=tr(match.reason)))
                return
        rowid, _ = self.writer.write(data)
        # A copy of someone already in the vault (duplicates "new") keeps what they ended ended.
        self.record_basis(rowid, person=same.rowid if same is not None else None)
        self.finder.remember(keys, rowid)
        if match is not None:
            self.writer.flush()  # the new contact must exist before the pair points at it
            note_possible(self.op, rowid, match.rowid, match.reason if match.same else matching.PHONE_ONLY)
            self.summary.possible_duplicates += 1
        self.outcome(line, "added", name, tr(match.reason) if match else "")

    def record_basis(self, rowid: int, *, person: int | None = None) -> None:
        rows = self.entries.rows(rowid, person=person) if self.entries is not None else None
        if rows is not None:
            self.writer.also(consent.ImportedBasis.LEDGER, rows[0])
            self.writer.also(consent.ImportedBasis.STATE, rows[1])

