"""The consent ledger: who agreed to what, when and how (GDPR Art. 6 and 7).

For each contact and purpose (see ``purposes``) the ledger records decisions:
granted, withdrawn, refused (or expired) for consent purposes; recorded or
ended for the other lawful bases. Each entry names the method, the exact
text and its SHA-256, the user who captured it, a witness, a note, and may
carry evidence inside the vault: a signature drawn on screen (PNG) or a
scanned form. The ledger is append-only (database triggers); only erasure
of the subject removes entries (``erasing``).

The rules, written once here and enforced on every path:

- consent is captured one person at a time, with its text and evidence
  (``capture``); an import records only the other lawful bases
  (``ImportedBasis``), and never one the person had ended;
- withdrawing is never harder than giving: it is allowed even while
  processing is restricted;
- no path overrides a withdrawal or refusal without a new capture that
  carries its own evidence (a signature, a scan, a witness or a note).

The current state per contact and purpose is derived from the ledger:
``state_at`` reads the ledger for any moment; ``consent_state`` keeps the
latest decision of each pair for lists and filters. Recording needs
CONSENT; reading needs READ. Audited by ids, never by names or texts.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from crmdesk.core.clock import add_months, iso, parse_iso
from crmdesk.core.errors import NotFound, OperationFailed, UsageError
from crmdesk.core.language import N_, NP_, Language, tr
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Cursor, Page
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import purposes
from crmdesk.core.privacy.purposes import ConsentText, Purpose
from crmdesk.core.vault import gate
from crmdesk.core.vault.gate import CONSENT, CONTACTS, Effect, Operation, Subject
from crmdesk.core.vault.session import Session

METHODS = {
    "in_person": N_("In person"), "paper_form": N_("Paper form"), "email": N_("E-mail"), "phone": N_("Phone"),
    "web_form": N_("Web form"), "imported": N_("Imported"),
}
CONSENT_ACTIONS = ("granted", "withdrawn", "refused")
BASIS_ACTIONS = ("recorded", "ended")
# Decisions that start or keep processing; the others stop it (allowed while restricted).
STARTING = gate.STARTING
# What each current state means for processing: may the shop use the data?
ACTIVE_STATES = ("granted", "recorded")
STATE_WORDS = {"granted": N_("consent given"), "withdrawn": NP_("state of a consent", "withdrawn"),
               "refused": NP_("state of a consent", "refused"), "expired": NP_("state of a consent", "expired"),
               "recorded": N_("basis on record"), "ended": NP_("state of a consent", "ended"), "none": N_("not asked")}
def state_words(lang: Language, state: str) -> str:
    """A state of ``STATE_WORDS`` in ``lang``."""
    words = STATE_WORDS[state]
    return lang.pgettext("state of a consent", words) if state in ("withdrawn", "refused", "expired", "ended") \
        else lang.gettext(words)


EVIDENCE_WORDS = {"signature": NP_("kind of evidence", "signature"), "scan": NP_("kind of evidence", "scan")}
# What an entry of the ledger says was done, as a report writes it.
ACTION_WORDS = {"granted": NP_("a consent was", "granted"), "withdrawn": NP_("a consent was", "withdrawn"),
                "refused": NP_("a consent was", "refused"), "recorded": NP_("a lawful basis was", "recorded"),
                "ended": NP_("a lawful basis was", "ended")}
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
NEW_EVIDENCE = (N_("This person withdrew or refused this consent before; record the new consent with its own "
                "evidence: a signature, a scanned form, a witness or a note on how they asked."))
BASIS_AGAIN = (N_("This basis was ended before (an objection, or a contract that ran out); say why it applies again "
               "in a note, such as the new order or the grounds that override the objection."))
NO_BULK_CONSENT = (N_("Consent is captured one person at a time, with its text and evidence; an import records "
                   "only the other lawful bases (contract, legal obligation, legitimate interests, …).")
)

@dataclass(frozen=True)
class Evidence:
    id: int
    kind: str  # "signature" or "scan"
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    purpose_key: str
    purpose_title: str
    action: str
    method: str
    text_id: int | None
    text_sha256: str | None
    captured_by: str | None  # user name
    witness: str
    note: str
    at: str
    expires_at: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class PurposeState:
    """Where one contact stands for one purpose at a moment."""

    purpose: Purpose
    state: str  # granted, withdrawn, refused, expired, recorded, ended, or "none"
    since: str | None
    expires_at: str | None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES


@dataclass(frozen=True)
class EvidenceInput:
    kind: str
    data: bytes
    media_type: str
    file_name: str = ""


@dataclass
class Capture:
    """One decision to record: what the customer said, how, and the proof."""

    method: str = "in_person"
    language: str = "en"
    witness: str = ""
    note: str = ""
    evidence: list[EvidenceInput] = field(default_factory=list)


SCAN_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".pdf": "application/pdf",
              ".tif": "image/tiff", ".tiff": "image/tiff"}


def scan_from_file(path: Path) -> EvidenceInput:
    """A scanned form read from a file, as evidence for the ledger."""
    media_type = SCAN_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    if media_type not in SCAN_TYPES.values():
        raise UsageError(tr("{path.name} is not a scan crmdesk keeps; use a PNG, JPEG, TIFF or PDF "
                            "file.").format(path=path))
    try:
        if path.stat().st_size > MAX_EVIDENCE_BYTES:
            raise UsageError(tr("{path.name} is larger than {value} MB; scan it at a lower "
                                "resolution.").format(path=path, value=MAX_EVIDENCE_BYTES // 2**20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise OperationFailed(tr("There is no file {path}; check the name.").format(path=path)) from None
    except OSError as exc:
        raise OperationFailed(tr("{path} cannot be read "
                                 "({exc.strerror}).").format(path=path, exc=exc)) from None
    return EvidenceInput("scan", data, media_type, path.name)


# ---- the ledger -------------------------------------------------------------------------------




def _append(op: Operation, rowid: int, purpose: Purpose, action: str, capture: Capture, at: datetime,
            text: ConsentText | None) -> int:
    """One ledger entry in the operation; the checks are the caller's. At a desk of a team, an entry is never
    recorded at or before one this desk already holds for the person and purpose (another desk's clock may
    run ahead): every desk orders entries by their recorded time (``gate.deciding``), so the decision made
    last here is the one that decides everywhere."""
    if gate.in_team(op.conn):
        latest = op.conn.execute("SELECT max(at) FROM consent_ledger WHERE contact = ? AND purpose = ?",
                                 (rowid, purpose.id)).fetchone()[0]
        if latest is not None and latest >= iso(at):
            at = parse_iso(latest) + timedelta(seconds=1)
    expires = None
    if action == "granted" and purpose.reconsent_months:
        expires = iso(add_months(at, purpose.reconsent_months))
    conn = op.conn
    entry = conn.execute(
        "INSERT INTO consent_ledger (contact, purpose, action, method, text_id, text_sha256, captured_by,"
        " witness, note, at, expires_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rowid, purpose.id, action, capture.method, text.id if text else None, text.sha256 if text else None,
         op.user_id, capture.witness.strip(), capture.note.strip(), iso(at), expires, str(uuid.uuid4()))).lastrowid
    for item in capture.evidence:
        conn.execute(
            "INSERT INTO consent_evidence (entry, contact, kind, file_name, media_type, data, sha256)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", (entry, rowid, item.kind, item.file_name, item.media_type,
                                             item.data, hashlib.sha256(item.data).hexdigest()))
    gate.decide_consent(op, rowid, purpose.id)
    op.changed(CONSENT, CONTACTS)
    return entry


def _check_capture(capture: Capture) -> None:
    if capture.method not in METHODS or capture.method == "imported":
        choices = [m for m in METHODS if m != "imported"]
        raise UsageError(tr("'{capture.method}' is not a way consent is given; use one of "
                            "{names}.").format(capture=capture, names=', '.join(choices)))
    purposes.check_language(capture.language)
    for item in capture.evidence:
        if item.kind not in ("signature", "scan"):
            raise UsageError(tr("Evidence is a signature or a scanned form."))
        if not item.data:
            raise UsageError(tr("The {item.kind} is empty; draw the signature or choose the scan "
                                "again.").format(item=item))
        if len(item.data) > MAX_EVIDENCE_BYTES:
            raise UsageError(tr("The {item.kind} is larger than {value} MB; scan it at a lower "
                                "resolution.").format(item=item, value=MAX_EVIDENCE_BYTES // 2**20))


def _has_evidence(capture: Capture) -> bool:
    return bool(capture.evidence or capture.witness.strip() or capture.note.strip())


def capture(op: Operation, subject: Subject, decisions: list[tuple[Purpose, str]], given: Capture,
            at: datetime | None = None) -> list[int]:
    """Record one person's decisions from one conversation in the
    operation: the text shown (granted and refused name the purpose's
    current text in the capture's language), the method, and the evidence
    with each grant. A decision that starts processing is refused while
    processing of the person is restricted; a grant after a withdrawal or
    refusal, or a basis recorded after it was ended, needs evidence of its
    own (``gate.overrides_stop``), also when the stop was recorded on a
    possible duplicate of the person still waiting for review. Returns the
    new entries' ids."""
    at = at or op.session.clock.now()
    current = {row[0]: row[1] for row in op.conn.execute(
        "SELECT purpose, action FROM consent_state WHERE contact = ?", (subject.rowid,))}
    # A possible duplicate waiting for review may be this person too: what they stopped counts here.
    stopped_by_twin = {row[0]: row[1] for row in op.conn.execute(
        "SELECT s.purpose, s.action FROM possible_duplicates d JOIN consent_state s ON s.contact ="
        " CASE d.contact WHEN :me THEN d.other ELSE d.contact END WHERE d.dismissed_at IS NULL"
        " AND (d.contact = :me OR d.other = :me) AND s.action IN ('withdrawn', 'refused', 'ended')",
        {"me": subject.rowid})}
    ids = []
    for purpose, action in decisions:
        _check_action(purpose, action)
        op.person(subject.rowid, Effect.PROCESS if action in STARTING else Effect.STORE)
        before = current.get(purpose.id)
        if before not in gate.STOPPED:
            before = stopped_by_twin.get(purpose.id, before)
        if gate.overrides_stop(before, action, _has_evidence(given)):
            if purpose.needs_consent:
                raise UsageError(tr(NEW_EVIDENCE), hint="consent-evidence")
            raise UsageError(tr(BASIS_AGAIN), hint="basis-note")
        text = None
        if action in ("granted", "refused"):
            text = purposes.current_text(op.session, purpose.key, given.language)
            if text is None:
                raise UsageError(tr("The purpose '{purpose.key}' has no published text to agree "
                                    "to.").format(purpose=purpose))
        shown = given if action == "granted" else Capture(given.method, given.language, given.witness, given.note)
        ids.append(_append(op, subject.rowid, purpose, action, shown, at, text))
        current[purpose.id] = action
        op.audit(f"consent.{action}", target=subject.id,
                 detail={"purpose": purpose.key, "method": given.method,
                         "text_version": text.version if text else None,
                         "evidence": [e.kind for e in shown.evidence]})
    return ids


def record(session: Session, contact_id: str, purpose_key: str, action: str,
           given: Capture | None = None) -> LedgerEntry:
    """Append one decision for one purpose. Needs CONSENT.

    ``granted`` and ``refused`` name the purpose's current text in the
    capture's language; ``withdrawn`` can always be recorded, so
    withdrawing is never harder than giving. ``recorded`` and ``ended`` are
    for purposes on another lawful basis.
    """
    return record_many(session, contact_id, [(purpose_key, action)], given)[0]


def record_many(session: Session, contact_id: str, decisions: list[tuple[str, str]],
                given: Capture | None = None) -> list[LedgerEntry]:
    """Several decisions from one conversation, in one operation (the
    capture dialog's confirm). Evidence goes with each granted entry."""
    session.require(Permission.CONSENT)
    given = given or Capture()
    _check_capture(given)
    if not decisions:
        raise UsageError(tr("Tick at least one purpose the customer agrees to."))
    planned = [(purposes.get_purpose(session, key), action) for key, action in decisions]
    for purpose, action in planned:
        _check_action(purpose, action)
    starting = any(action in STARTING for _, action in planned)
    with session.operation(Permission.CONSENT, None, subject=contact_id,
                           effect=Effect.PROCESS if starting else Effect.STORE) as op:
        ids = capture(op, op.subject, planned, given)
    return [e for e in history(session, op.subject.id) if e.id in ids]


def _check_action(purpose: Purpose, action: str) -> None:
    if purpose.needs_consent and action not in CONSENT_ACTIONS:
        raise UsageError(tr("'{purpose.key}' rests on consent: it is granted, withdrawn or "
                            "refused.").format(purpose=purpose))
    if not purpose.needs_consent and action not in BASIS_ACTIONS:
        raise UsageError(tr("'{purpose.key}' rests on {purpose2}, not consent; record that the basis "
                            "applies instead.").format(purpose=purpose,
                                                       purpose2=purpose.basis.replace('_', ' ')), hint="record-basis")
    if not purpose.active and action in STARTING:
        raise UsageError(tr("The purpose '{purpose.key}' is retired; it can only be withdrawn or "
                            "ended.").format(purpose=purpose))


def actions_for(item: PurposeState, *, restricted: bool = False) -> list[str]:
    """The one-click changes a person at the counter may record for a
    purpose in this state: withdraw a consent, end a basis, or record a
    basis that applies (consent itself is only given through a capture).
    While processing is restricted, only what stops processing."""
    if item.purpose.needs_consent:
        return ["withdrawn"] if item.state == "granted" else []
    if item.state == "recorded":
        return ["ended"]
    return ["recorded"] if item.purpose.active and not restricted else []


def capture_choices(session: Session) -> list[tuple[Purpose, dict[str, ConsentText | None]]]:
    """What a capture offers: each active consent purpose with its current
    text per language (the nearest one where a language has none yet)."""
    return [(purpose, {language: purposes.current_text(session, purpose.key, language)
                       for language in purposes.LANGUAGES})
            for purpose in purposes.list_purposes(session, include_retired=False) if purpose.needs_consent]


class ImportedBasis:
    """The ledger entries an import records: the basis of one purpose (never
    consent) for each imported contact, method "imported", the source as
    note. A contact whose basis was ended (an objection, a contract that
    ran out) keeps it ended. Made row by row, so the contact writer stores
    them right after their contacts, while those pages are still in the
    cache (the ledger's foreign key reads them; afterwards that cost a
    second and a half at 100,000 contacts)."""

    LEDGER = ("INSERT INTO consent_ledger (id, contact, purpose, action, method, text_id, text_sha256,"
              " captured_by, note, at, expires_at, uid) VALUES (?, ?, ?, 'recorded', 'imported', NULL, NULL, ?, ?, ?,"
              " NULL, ?)")
    STATE = gate.CONSENT_STATE_UPSERT

    def __init__(self, op: Operation, purpose: Purpose, source: str):
        if purpose.needs_consent:
            raise UsageError(tr(NO_BULK_CONSENT))
        self.purpose = purpose
        self.at = op.now
        self.user_id = op.user_id
        self.note = source.strip()
        self.recorded: set[int] = set()
        self.kept_ended = 0  # contacts whose ended basis the import did not renew
        self._next_id = op.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM consent_ledger").fetchone()[0]
        self._conn = op.conn
        op.changed(CONSENT)

    def rows(self, rowid: int, *, person: int | None = None) -> tuple[tuple, tuple] | None:
        """(ledger row, state row) for a contact; None if it has one already,
        or when ``person`` (the contact already in the vault this row is:
        the one merged into, or the one copied) had the basis ended."""
        if rowid in self.recorded:
            return None
        if person is not None and self._conn.execute(
                "SELECT 1 FROM consent_state WHERE contact = ? AND purpose = ? AND action = 'ended'",
                (person, self.purpose.id)).fetchone():
            self.kept_ended += 1
            return None
        self.recorded.add(rowid)
        entry, self._next_id = self._next_id, self._next_id + 1
        return ((entry, rowid, self.purpose.id, self.user_id, self.note, self.at, str(uuid.uuid4())),
                (rowid, self.purpose.id, "recorded", self.at, None, entry))


def check_import_purpose(session: Session, key: str) -> Purpose:
    """The purpose whose basis an import records, checked before anything
    is written: active, and not consent."""
    session.require(Permission.CONSENT)
    purpose = purposes.get_purpose(session, key)
    if not purpose.active:
        raise UsageError(tr("The purpose '{purpose.key}' is retired; choose an "
                            "active one.").format(purpose=purpose))
    if purpose.needs_consent:
        raise UsageError(tr(NO_BULK_CONSENT))
    return purpose


_ENTRY_SQL = (
    "SELECT l.id, p.key, p.title, l.action, l.method, l.text_id, l.text_sha256, u.name, l.witness, l.note,"
    " l.at, l.expires_at FROM consent_ledger l JOIN purposes p ON p.id = l.purpose"
    " LEFT JOIN users u ON u.id = l.captured_by")


def history(session: Session, contact_id: str) -> list[LedgerEntry]:
    """Every ledger entry of a contact, oldest first, with its evidence."""
    session.require(Permission.READ)
    rowid, _ = contacts.resolve(session, contact_id)
    evidence: dict[int, list[Evidence]] = {}
    for row in session.conn.execute(
            "SELECT entry, id, kind, file_name, media_type, length(data), sha256 FROM consent_evidence"
            " WHERE contact = ? ORDER BY id", (rowid,)):
        evidence.setdefault(row[0], []).append(Evidence(*row[1:]))
    return [LedgerEntry(*row, evidence=tuple(evidence.get(row[0], ())))
            for row in session.conn.execute(_ENTRY_SQL + " WHERE l.contact = ? ORDER BY l.at, l.id", (rowid,))]


def evidence_data(session: Session, evidence_id: int) -> tuple[Evidence, bytes]:
    """One piece of evidence with its bytes (to show or save). Needs READ."""
    session.require(Permission.READ)
    row = session.conn.execute(
        "SELECT id, kind, file_name, media_type, length(data), sha256, data FROM consent_evidence WHERE id = ?",
        (evidence_id,)).fetchone()
    if row is None:
        raise NotFound(tr("That evidence does not exist."))
    return Evidence(*row[:6]), bytes(row[6])


def _state_of(purpose: Purpose, entry: tuple | None, moment: str) -> PurposeState:
    if entry is None:
        return PurposeState(purpose, "none", None, None)
    action, at, expires = entry
    if action == "granted" and expires is not None and expires <= moment:
        return PurposeState(purpose, "expired", expires, expires)
    return PurposeState(purpose, action, at, expires)


def state_at(session: Session, contact_id: str, when: datetime | None = None) -> list[PurposeState]:
    """Each purpose's state for a contact at ``when`` (default: now, with every
    decision recorded, also one a little ahead), from the ledger alone, by the
    rule that keeps ``consent_state`` (``gate.deciding``: the latest entry at or
    before that moment, a stop at the same moment); a grant past its expiry
    counts as expired."""
    session.require(Permission.READ)
    rowid, _ = contacts.resolve(session, contact_id)
    moment = iso(when or session.clock.now())
    if when is None:  # as things stand: also a decision recorded a little ahead (``_append``, a desk's clock)
        latest = session.conn.execute("SELECT max(at) FROM consent_ledger WHERE contact = ?", (rowid,)).fetchone()[0]
        moment = max(moment, latest or moment)
    latest = {purpose: (action, at, expires) for purpose, (_entry, action, at, expires)
              in gate.deciding_entries(session.conn, rowid, moment).items()}
    return [_state_of(p, latest.get(p.id), moment) for p in purposes.list_purposes(session)
            if p.active or p.id in latest]


def current_states(session: Session, contact_id: str) -> list[PurposeState]:
    """Each purpose's state now, from the kept latest decisions (equal to
    ``state_at`` now; a test holds them equal)."""
    session.require(Permission.READ)
    rowid, _ = contacts.resolve(session, contact_id)
    moment = iso(session.clock.now())
    latest = {r[0]: r[1:] for r in session.conn.execute(
        "SELECT purpose, action, at, expires_at FROM consent_state WHERE contact = ?", (rowid,))}
    return [_state_of(p, latest.get(p.id), moment) for p in purposes.list_purposes(session)
            if p.active or p.id in latest]


def summaries(session: Session, rowids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """(purpose title, state) of the active decisions of each contact, for a
    page of the contact list."""
    if not rowids:
        return {}
    moment = iso(session.clock.now())
    marks = ",".join("?" * len(rowids))
    found: dict[int, list[tuple[str, str]]] = {}
    for rowid, title, action, expires in session.conn.execute(
            f"SELECT s.contact, p.title, s.action, s.expires_at FROM consent_state s"
            f" JOIN purposes p ON p.id = s.purpose WHERE s.contact IN ({marks}) ORDER BY p.title", rowids):
        state = "expired" if action == "granted" and expires is not None and expires <= moment else action
        found.setdefault(rowid, []).append((title, state))
    return found


def with_consents(session: Session, page: Page) -> Page:
    """The page with each row's consent decisions filled in."""
    found = summaries(session, [r.rowid for r in page.rows])
    return Page([replace(r, consents=tuple(found.get(r.rowid, ()))) for r in page.rows], page.next)


WITHOUT_BASIS = ("NOT EXISTS (SELECT 1 FROM consent_state s WHERE s.contact = c.rowid AND (s.action = 'recorded'"
                 " OR (s.action = 'granted' AND (s.expires_at IS NULL OR s.expires_at > ?))))")


def list_without_basis(session: Session, *, after: Cursor | None = None, limit: int = 100,
                       order: str = "name", tag: str | None = None) -> Page:
    """A page of the contacts with no lawful basis on record now: no current
    consent and no other basis. Needs READ."""
    return contacts.list_contacts(session, after=after, limit=limit, order=order, tag=tag,
                                  condition=(WITHOUT_BASIS, [iso(session.clock.now())]))


EXPIRING_DAYS = 30  # a consent that runs out within this many days: time to ask again
EXPIRING = ("EXISTS (SELECT 1 FROM consent_state s WHERE s.contact = c.rowid AND s.action = 'granted'"
            " AND s.expires_at IS NOT NULL AND s.expires_at > ? AND s.expires_at <= ?)")


def expiring_window(session: Session) -> list[str]:
    """The parameters of ``EXPIRING``: now, and ``EXPIRING_DAYS`` from now."""
    now = session.clock.now()
    return [iso(now), iso(now + timedelta(days=EXPIRING_DAYS))]


def list_expiring(session: Session, *, after: Cursor | None = None, limit: int = 100,
                  order: str = "name", tag: str | None = None) -> Page:
    """A page of the contacts with a consent running out within
    ``EXPIRING_DAYS`` (ask them again). Needs READ."""
    return contacts.list_contacts(session, after=after, limit=limit, order=order, tag=tag,
                                  condition=(EXPIRING, expiring_window(session)))


def counts(session: Session) -> dict[str, dict[str, int]]:
    """Contacts per current state, per purpose key (for the Consent page)."""
    session.require(Permission.READ)
    moment = iso(session.clock.now())
    result: dict[str, dict[str, int]] = {}
    for key, action, expired, number in session.conn.execute(
            "SELECT p.key, s.action, s.action = 'granted' AND s.expires_at IS NOT NULL AND s.expires_at <= ?,"
            " count(*) FROM consent_state s JOIN purposes p ON p.id = s.purpose GROUP BY 1, 2, 3", (moment,)):
        state = "expired" if expired else action
        result.setdefault(key, {})
        result[key][state] = result[key].get(state, 0) + number
    return result


@contextlib.contextmanager
def erasing(op: Operation, rowid: int) -> Iterator[None]:
    """Let the ledger give up a contact's entries, in the erasing operation
    (the triggers refuse it otherwise)."""
    op.conn.execute("INSERT OR IGNORE INTO erasing_contacts (contact) VALUES (?)", (rowid,))
    try:
        yield
    finally:
        op.conn.execute("DELETE FROM erasing_contacts WHERE contact = ?", (rowid,))
