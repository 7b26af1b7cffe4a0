"""Purposes, lawful bases and the consent ledger (GDPR Art. 6 and 7).

Every contact is processed for stated purposes, each on one lawful basis.
Where the basis is consent, the shop must prove who agreed to which text,
when and how, and withdrawing must be as easy as giving:

- A *purpose* has a key, a title, its lawful basis, a retention period and,
  for consent, how many months a consent lasts before it must be renewed.
- A consent purpose has *texts*, versioned per language. A published text
  never changes (database triggers refuse it); publishing a new one adds a
  version, and past ledger entries keep pointing at the one they showed.
- The *ledger* is append-only (triggers again): granted, withdrawn, refused
  or expired for consent purposes; recorded or ended for the other bases.
  Each entry names the method, the exact text and its SHA-256, the user who
  captured it, a witness, a note, and may carry evidence inside the vault: a
  signature drawn on screen (PNG) or a scanned form. Only erasure of the
  subject removes entries (``erasing``).
- The current state per contact and purpose is derived from the ledger:
  ``state_at`` reads the ledger for any moment; ``consent_state`` keeps the
  latest decision of each pair for lists and filters.

Changing purposes needs CONFIGURE; capturing and withdrawing needs CONSENT;
reading needs READ. Everything is audited by ids, never by names or texts.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from crmdesk.core.clock import add_months, iso
from crmdesk.core.errors import NotFound, OperationFailed, UsageError
from crmdesk.core.people.contact_model import Page
from crmdesk.core.people.contacts import is_restricted, resolve
from crmdesk.core.permissions import Permission
from crmdesk.core.vault.session import Session
from crmdesk.resources import resource_path

BASES = {
    "consent": "Consent (Art. 6(1)(a))",
    "contract": "Contract (Art. 6(1)(b))",
    "legal_obligation": "Legal obligation (Art. 6(1)(c))",
    "vital_interests": "Vital interests (Art. 6(1)(d))",
    "public_task": "Public task (Art. 6(1)(e))",
    "legitimate_interests": "Legitimate interests (Art. 6(1)(f))",
}
METHODS = {
    "in_person": "In person", "paper_form": "Paper form", "email": "E-mail", "phone": "Phone",
    "web_form": "Web form", "imported": "Imported",
}
LANGUAGES = {"en": "English", "de": "Deutsch"}
CONSENT_ACTIONS = ("granted", "withdrawn", "refused")
BASIS_ACTIONS = ("recorded", "ended")
# What each current state means for processing: may the shop use the data?
ACTIVE_STATES = ("granted", "recorded")
STATE_WORDS = {"granted": "consent given", "withdrawn": "withdrawn", "refused": "refused", "expired": "expired",
               "recorded": "basis on record", "ended": "ended", "none": "not asked"}
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 20_000


@dataclass(frozen=True)
class Purpose:
    id: int
    key: str
    title: str
    description: str
    basis: str
    retention_days: int | None
    reconsent_months: int | None
    active: bool

    @property
    def needs_consent(self) -> bool:
        return self.basis == "consent"


@dataclass(frozen=True)
class ConsentText:
    id: int
    purpose_key: str
    language: str
    version: int
    body: str
    sha256: str
    published_at: str


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


# ---- purposes and texts -------------------------------------------------------------------

_PURPOSE_SQL = ("SELECT id, key, title, description, basis, retention_days, reconsent_months, active"
                " FROM purposes")


def _purpose(row) -> Purpose:
    return Purpose(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]))


def list_purposes(session: Session, *, include_retired: bool = True) -> list[Purpose]:
    session.require(Permission.READ)
    where = "" if include_retired else " WHERE active = 1"
    return [_purpose(r) for r in session.conn.execute(_PURPOSE_SQL + where + " ORDER BY active DESC, title")]


def get_purpose(session: Session, key: str) -> Purpose:
    session.require(Permission.READ)
    row = session.conn.execute(_PURPOSE_SQL + " WHERE key = ?", (key.strip().lower(),)).fetchone()
    if row is None:
        raise NotFound(f"There is no purpose '{key}'; 'crmdesk purpose list' shows them.")
    return _purpose(row)


def _check_key(key: str) -> str:
    key = key.strip().lower()
    if not key or len(key) > 40 or not all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in key):
        raise UsageError("A purpose key is up to 40 letters, digits and dashes, like 'newsletter-email'.")
    return key


def _check_basis(basis: str) -> str:
    basis = basis.strip().lower().replace("-", "_").replace(" ", "_")
    if basis not in BASES:
        raise UsageError(f"'{basis}' is not a lawful basis; use one of {', '.join(BASES)}.")
    return basis


def _check_period(value: int | None, what: str, most: int) -> int | None:
    if value is None:
        return None
    if not 1 <= value <= most:
        raise UsageError(f"{what} must be between 1 and {most}, or left out for none.")
    return value


def check_text(body: str) -> str:
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise UsageError("The consent text is empty; write what the customer agrees to.")
    if len(body) > MAX_TEXT_CHARS:
        raise UsageError(f"The consent text is longer than {MAX_TEXT_CHARS:,} characters; shorten it.")
    return body


def text_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _check_language(language: str) -> str:
    language = language.strip().lower()
    if language not in LANGUAGES:
        raise UsageError(f"'{language}' is not a language crmdesk has texts in; use one of "
                         f"{', '.join(LANGUAGES)}.")
    return language


def add_purpose(session: Session, key: str, *, title: str, basis: str, description: str = "",
                text: str | None = None, language: str = "en", retention_days: int | None = None,
                reconsent_months: int | None = None) -> Purpose:
    """A new purpose; a consent purpose needs its first text. Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    key, basis = _check_key(key), _check_basis(basis)
    title = title.strip()
    if not title:
        raise UsageError("Give the purpose a title, like 'Newsletter by e-mail'.")
    retention_days = _check_period(retention_days, "The retention period in days", 100 * 366)
    reconsent_months = _check_period(reconsent_months, "The months until consent is asked again", 120)
    if basis == "consent" and text is None:
        raise UsageError("A consent purpose needs the text the customer agrees to (--text-file).")
    if basis != "consent" and (text is not None or reconsent_months is not None):
        raise UsageError("Only consent purposes have a consent text and a re-consent period.")
    conn = session.conn
    if conn.execute("SELECT 1 FROM purposes WHERE key = ?", (key,)).fetchone():
        raise UsageError(f"There already is a purpose '{key}'; choose another key.")
    now = iso(session.clock.now())
    with session.transaction():
        purpose_id = conn.execute(
            "INSERT INTO purposes (key, title, description, basis, retention_days, reconsent_months,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, title, description.strip(), basis, retention_days, reconsent_months, now, now)).lastrowid
        if text is not None:
            _publish(conn, purpose_id, _check_language(language), check_text(text), now, session.user.id)
        session.audit("purpose.added", target=key, detail={"basis": basis})
    return get_purpose(session, key)


def _publish(conn: sqlcipher3.Connection, purpose_id: int, language: str, body: str, now: str,
             user_id: str | None) -> int:
    version = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM consent_texts WHERE purpose = ?"
                           " AND language = ?", (purpose_id, language)).fetchone()[0]
    conn.execute(
        "INSERT INTO consent_texts (purpose, language, version, body, sha256, published_at, published_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", (purpose_id, language, version, body, text_hash(body), now, user_id))
    return version


def publish_text(session: Session, key: str, text: str, *, language: str = "en") -> ConsentText:
    """A new version of a consent purpose's text; earlier versions and the
    entries that showed them stay as they are. Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    purpose = get_purpose(session, key)
    if not purpose.needs_consent:
        raise UsageError(f"'{purpose.key}' rests on {purpose.basis.replace('_', ' ')}, not consent; "
                         "it has no consent text.")
    language, body = _check_language(language), check_text(text)
    current = current_text(session, purpose.key, language)
    if current is not None and current.body == body:
        raise UsageError(f"This is already version {current.version} of the text; nothing was published.")
    with session.transaction() as conn:
        version = _publish(conn, purpose.id, language, body, iso(session.clock.now()), session.user.id)
        session.audit("purpose.text_published", target=purpose.key,
                      detail={"language": language, "version": version})
    return current_text(session, purpose.key, language)


def retire_purpose(session: Session, key: str) -> Purpose:
    """Stop offering a purpose; its history stays. Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    purpose = get_purpose(session, key)
    if not purpose.active:
        raise UsageError(f"The purpose '{purpose.key}' is already retired.")
    with session.transaction() as conn:
        conn.execute("UPDATE purposes SET active = 0, updated_at = ? WHERE id = ?",
                     (iso(session.clock.now()), purpose.id))
        session.audit("purpose.retired", target=purpose.key)
    return get_purpose(session, key)


def update_purpose(session: Session, key: str, *, title: str, description: str,
                   retention_days: int | None, reconsent_months: int | None) -> Purpose:
    """Change a purpose's title, description and periods (its key and basis
    stay: entries already rest on them). Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    purpose = get_purpose(session, key)
    title = title.strip()
    if not title:
        raise UsageError("Give the purpose a title, like 'Newsletter by e-mail'.")
    retention_days = _check_period(retention_days, "The retention period in days", 100 * 366)
    reconsent_months = _check_period(reconsent_months, "The months until consent is asked again", 120)
    if not purpose.needs_consent and reconsent_months is not None:
        raise UsageError("Only consent purposes have a re-consent period.")
    with session.transaction() as conn:
        conn.execute("UPDATE purposes SET title = ?, description = ?, retention_days = ?, reconsent_months = ?,"
                     " updated_at = ? WHERE id = ?", (title, description.strip(), retention_days,
                                                      reconsent_months, iso(session.clock.now()), purpose.id))
        session.audit("purpose.changed", target=purpose.key)
    return get_purpose(session, key)


_TEXT_SQL = ("SELECT t.id, p.key, t.language, t.version, t.body, t.sha256, t.published_at"
             " FROM consent_texts t JOIN purposes p ON p.id = t.purpose")


def current_text(session: Session, key: str, language: str = "en") -> ConsentText | None:
    """The latest text of a purpose in a language (else in any language)."""
    session.require(Permission.READ)
    row = session.conn.execute(
        _TEXT_SQL + " WHERE p.key = ? ORDER BY t.language = ? DESC, t.language = 'en' DESC, t.version DESC"
        " LIMIT 1", (key, language)).fetchone()
    return ConsentText(*row) if row else None


def texts(session: Session, key: str) -> list[ConsentText]:
    """Every published text of a purpose, newest first per language."""
    session.require(Permission.READ)
    return [ConsentText(*r) for r in session.conn.execute(
        _TEXT_SQL + " WHERE p.key = ? ORDER BY t.language, t.version DESC", (key,))]


def get_text(session: Session, text_id: int) -> ConsentText:
    session.require(Permission.READ)
    row = session.conn.execute(_TEXT_SQL + " WHERE t.id = ?", (text_id,)).fetchone()
    if row is None:
        raise NotFound("That consent text does not exist.")
    return ConsentText(*row)


SCAN_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".pdf": "application/pdf",
              ".tif": "image/tiff", ".tiff": "image/tiff"}


def scan_from_file(path: Path) -> EvidenceInput:
    """A scanned form read from a file, as evidence for the ledger."""
    media_type = SCAN_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    if media_type not in SCAN_TYPES.values():
        raise UsageError(f"{path.name} is not a scan crmdesk keeps; use a PNG, JPEG, TIFF or PDF file.")
    try:
        if path.stat().st_size > MAX_EVIDENCE_BYTES:
            raise UsageError(f"{path.name} is larger than {MAX_EVIDENCE_BYTES // 2**20} MB; "
                             "scan it at a lower resolution.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise OperationFailed(f"There is no file {path}; check the name.") from None
    except OSError as exc:
        raise OperationFailed(f"{path} cannot be read ({exc.strerror}).") from None
    return EvidenceInput("scan", data, media_type, path.name)


# ---- the ledger -------------------------------------------------------------------------------


# The latest decision per contact and purpose, kept beside the ledger.
_STATE_UPSERT = (
    "INSERT INTO consent_state (contact, purpose, action, at, expires_at, entry) VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (contact, purpose) DO UPDATE SET action = excluded.action, at = excluded.at,"
    " expires_at = excluded.expires_at, entry = excluded.entry")


def append_entry(conn: sqlcipher3.Connection, session: Session, rowid: int, purpose: Purpose, action: str,
                 capture: Capture, at: datetime, text: ConsentText | None) -> int:
    """One ledger entry, inside the caller's transaction; checks nothing."""
    expires = None
    if action == "granted" and purpose.reconsent_months:
        expires = iso(add_months(at, purpose.reconsent_months))
    entry = conn.execute(
        "INSERT INTO consent_ledger (contact, purpose, action, method, text_id, text_sha256, captured_by,"
        " witness, note, at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rowid, purpose.id, action, capture.method, text.id if text else None, text.sha256 if text else None,
         session.user.id, capture.witness.strip(), capture.note.strip(), iso(at), expires)).lastrowid
    for item in capture.evidence:
        conn.execute(
            "INSERT INTO consent_evidence (entry, contact, kind, file_name, media_type, data, sha256)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", (entry, rowid, item.kind, item.file_name, item.media_type,
                                             item.data, hashlib.sha256(item.data).hexdigest()))
    conn.execute(_STATE_UPSERT, (rowid, purpose.id, action, iso(at), expires, entry))
    return entry


def _check_capture(capture: Capture, *, allow_imported: bool = False) -> None:
    if capture.method not in METHODS or (capture.method == "imported" and not allow_imported):
        choices = [m for m in METHODS if m != "imported" or allow_imported]
        raise UsageError(f"'{capture.method}' is not a way consent is given; use one of {', '.join(choices)}.")
    _check_language(capture.language)
    for item in capture.evidence:
        if item.kind not in ("signature", "scan"):
            raise UsageError("Evidence is a signature or a scanned form.")
        if not item.data:
            raise UsageError(f"The {item.kind} is empty; draw the signature or choose the scan again.")
        if len(item.data) > MAX_EVIDENCE_BYTES:
            raise UsageError(f"The {item.kind} is larger than {MAX_EVIDENCE_BYTES // 2**20} MB; "
                             "scan it at a lower resolution.")


def record(session: Session, contact_id: str, purpose_key: str, action: str,
           capture: Capture | None = None) -> LedgerEntry:
    """Append one decision for one purpose. Needs CONSENT.

    ``granted`` and ``refused`` name the purpose's current text in the
    capture's language; ``withdrawn`` can always be recorded, so
    withdrawing is never harder than giving. ``recorded`` and ``ended`` are
    for purposes on another lawful basis.
    """
    entries = record_many(session, contact_id, [(purpose_key, action)], capture)
    return entries[0]


def record_many(session: Session, contact_id: str, decisions: list[tuple[str, str]],
                capture: Capture | None = None) -> list[LedgerEntry]:
    """Several decisions from one conversation, in one transaction (the
    capture dialog's confirm). Evidence goes with each granted entry."""
    session.require(Permission.CONSENT)
    capture = capture or Capture()
    _check_capture(capture)
    if not decisions:
        raise UsageError("Tick at least one purpose the customer agrees to.")
    rowid, contact_id = resolve(session, contact_id)
    if is_restricted(session, rowid) and any(action in ("granted", "recorded") for _, action in decisions):
        raise UsageError("Processing of this contact is restricted (Art. 18), so no new consent or basis is "
                         "recorded; withdrawals still are. Lift the restriction first ('crmdesk restrict ID off').")
    planned = []
    for key, action in decisions:
        purpose = get_purpose(session, key)
        _check_action(purpose, action)
        planned.append((purpose, action))
    now = session.clock.now()
    ids = []
    with session.transaction() as conn:
        for purpose, action in planned:
            text = None
            if action in ("granted", "refused"):
                text = current_text(session, purpose.key, capture.language)
                if text is None:
                    raise UsageError(f"The purpose '{purpose.key}' has no published text to agree to.")
            shown = capture if action == "granted" else Capture(
                capture.method, capture.language, capture.witness, capture.note)
            ids.append(append_entry(conn, session, rowid, purpose, action, shown, now, text))
            session.audit(f"consent.{action}", target=contact_id,
                          detail={"purpose": purpose.key, "method": capture.method,
                                  "text_version": text.version if text else None,
                                  "evidence": [e.kind for e in shown.evidence]})
    return [e for e in history(session, contact_id) if e.id in ids]


def _check_action(purpose: Purpose, action: str) -> None:
    if purpose.needs_consent and action not in CONSENT_ACTIONS:
        raise UsageError(f"'{purpose.key}' rests on consent: it is granted, withdrawn or refused.")
    if not purpose.needs_consent and action not in BASIS_ACTIONS:
        raise UsageError(f"'{purpose.key}' rests on {purpose.basis.replace('_', ' ')}, not consent; "
                         "record that it applies with 'crmdesk basis record'.")
    if not purpose.active and action in ("granted", "recorded"):
        raise UsageError(f"The purpose '{purpose.key}' is retired; it can only be withdrawn or ended.")


class ImportedBasis:
    """The ledger entries an import records: the basis of one purpose for
    each imported contact, method "imported", the source as note. Made row
    by row, so the contact writer stores them right after their contacts,
    while those pages are still in the cache (the ledger's foreign key reads
    them; afterwards that cost a second and a half at 100,000 contacts)."""

    LEDGER = ("INSERT INTO consent_ledger (id, contact, purpose, action, method, text_id, text_sha256,"
              " captured_by, note, at, expires_at) VALUES (?, ?, ?, ?, 'imported', ?, ?, ?, ?, ?, ?)")
    STATE = _STATE_UPSERT

    def __init__(self, session: Session, purpose: Purpose, source: str):
        self.purpose = purpose
        self.action = "granted" if purpose.needs_consent else "recorded"
        text = current_text(session, purpose.key) if purpose.needs_consent else None
        self.text = (text.id, text.sha256) if text else (None, None)
        at = session.clock.now()
        self.at = iso(at)
        self.expires = (iso(add_months(at, purpose.reconsent_months))
                        if self.action == "granted" and purpose.reconsent_months else None)
        self.user_id = session.user.id
        self.note = source.strip()
        self.recorded: set[int] = set()
        self._next_id = session.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM consent_ledger").fetchone()[0]

    def rows(self, rowid: int) -> tuple[tuple, tuple] | None:
        """(ledger row, state row) for a contact; None if it has one already."""
        if rowid in self.recorded:
            return None
        self.recorded.add(rowid)
        entry, self._next_id = self._next_id, self._next_id + 1
        return ((entry, rowid, self.purpose.id, self.action, *self.text, self.user_id, self.note, self.at,
                 self.expires),
                (rowid, self.purpose.id, self.action, self.at, self.expires, entry))


def check_import_purpose(session: Session, key: str) -> Purpose:
    """The purpose an import records, checked before anything is written."""
    session.require(Permission.CONSENT)
    purpose = get_purpose(session, key)
    if not purpose.active:
        raise UsageError(f"The purpose '{purpose.key}' is retired; choose an active one.")
    if purpose.needs_consent and current_text(session, purpose.key) is None:
        raise UsageError(f"The purpose '{purpose.key}' has no published text.")
    return purpose


_ENTRY_SQL = (
    "SELECT l.id, p.key, p.title, l.action, l.method, l.text_id, l.text_sha256, u.name, l.witness, l.note,"
    " l.at, l.expires_at FROM consent_ledger l JOIN purposes p ON p.id = l.purpose"
    " LEFT JOIN users u ON u.id = l.captured_by")


def history(session: Session, contact_id: str) -> list[LedgerEntry]:
    """Every ledger entry of a contact, oldest first, with its evidence."""
    session.require(Permission.READ)
    rowid, _ = resolve(session, contact_id)
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
        raise NotFound("That evidence does not exist.")
    return Evidence(*row[:6]), bytes(row[6])


def _state_of(purpose: Purpose, entry: tuple | None, moment: str) -> PurposeState:
    if entry is None:
        return PurposeState(purpose, "none", None, None)
    action, at, expires = entry
    if action == "granted" and expires is not None and expires <= moment:
        return PurposeState(purpose, "expired", expires, expires)
    return PurposeState(purpose, action, at, expires)


def state_at(session: Session, contact_id: str, when: datetime | None = None) -> list[PurposeState]:
    """Each purpose's state for a contact at ``when`` (default: now), from
    the ledger alone: the latest entry at or before that moment decides; a
    grant past its expiry counts as expired."""
    session.require(Permission.READ)
    rowid, _ = resolve(session, contact_id)
    moment = iso(when or session.clock.now())
    latest: dict[int, tuple] = {}
    for purpose_id, action, at, expires in session.conn.execute(
            "SELECT purpose, action, at, expires_at FROM consent_ledger WHERE contact = ? AND at <= ?"
            " ORDER BY at, id", (rowid, moment)):
        latest[purpose_id] = (action, at, expires)
    return [_state_of(p, latest.get(p.id), moment) for p in list_purposes(session)
            if p.active or p.id in latest]


def current_states(session: Session, contact_id: str) -> list[PurposeState]:
    """Each purpose's state now, from the kept latest decisions (equal to
    ``state_at`` now; a test holds them equal)."""
    session.require(Permission.READ)
    rowid, _ = resolve(session, contact_id)
    moment = iso(session.clock.now())
    latest = {r[0]: r[1:] for r in session.conn.execute(
        "SELECT purpose, action, at, expires_at FROM consent_state WHERE contact = ?", (rowid,))}
    return [_state_of(p, latest.get(p.id), moment) for p in list_purposes(session)
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


def without_basis_sql() -> str:
    """A condition on contacts ``c`` (one parameter: now as ISO text): no
    purpose with a current grant or another basis on record."""
    return ("NOT EXISTS (SELECT 1 FROM consent_state s WHERE s.contact = c.rowid AND (s.action = 'recorded'"
            " OR (s.action = 'granted' AND (s.expires_at IS NULL OR s.expires_at > ?))))")


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
def erasing(conn: sqlcipher3.Connection, rowid: int) -> Iterator[None]:
    """Let the ledger give up a contact's entries, inside the caller's
    erasure transaction (the triggers refuse it otherwise)."""
    conn.execute("INSERT OR IGNORE INTO erasing_contacts (contact) VALUES (?)", (rowid,))
    try:
        yield
    finally:
        conn.execute("DELETE FROM erasing_contacts WHERE contact = ?", (rowid,))


# ---- defaults ---------------------------------------------------------------------------------

DEFAULT_PURPOSES = (
    # key, title, basis, retention days, re-consent months, description
    ("newsletter-email", "Newsletter by e-mail", "consent", None, 24,
     "News, offers and events sent by e-mail to customers who asked for them."),
    ("photos-marketing", "Photos in marketing", "consent", None, None,
     "Photos of customers at events or in the shop, shown on the website and social media."),
    ("order-fulfilment", "Orders and deliveries", "contract", 730, None,
     "Taking, delivering and servicing orders the customer placed; kept two years for warranty claims."),
    ("bookkeeping", "Bookkeeping records", "legal_obligation", 3653, None,
     "Invoices and receipts the law requires the shop to keep (ten years in Germany)."),
    ("customer-care", "Customer care", "legitimate_interests", 1096, None,
     "Remembering regular customers' preferences and past visits to serve them well."),
)


def seed_purposes(conn: sqlcipher3.Connection) -> None:
    """The default purposes and their texts in English and German (from
    ``resources/consent/KEY.LANG.txt``), inside the caller's transaction."""
    now = iso(datetime.now(UTC))
    for key, title, basis, retention, reconsent, description in DEFAULT_PURPOSES:
        purpose_id = conn.execute(
            "INSERT INTO purposes (key, title, description, basis, retention_days, reconsent_months,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, title, description, basis, retention, reconsent, now, now)).lastrowid
        if basis == "consent":
            for language in LANGUAGES:
                body = check_text(resource_path("consent", f"{key}.{language}.txt").read_text("utf-8"))
                _publish(conn, purpose_id, language, body, now, None)

