"""Purposes and their lawful bases, and the consent texts people agree to (GDPR Art. 6, 7).

Every contact is processed for stated purposes, each on one lawful basis:

- A *purpose* has a key, a title, its lawful basis, a retention period and,
  for consent, how many months a consent lasts before it must be renewed.
  A purpose is retired, never deleted: ledger entries rest on it.
- A consent purpose has *texts*, versioned per language. A published text
  never changes (database triggers refuse it); publishing a new one adds a
  version, and past ledger entries keep pointing at the one they showed.

Changing purposes needs CONFIGURE; reading needs READ. Audited by key.
The ledger of who agreed to what is in ``consent``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.language import ENGLISH, LANGUAGES, N_, Language, active, tr
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import bookkeeping
from crmdesk.core.vault.gate import PURPOSES, Operation
from crmdesk.core.vault.session import Session

BASES = {
    "consent": N_("Consent (Art. 6(1)(a))"),
    "contract": N_("Contract (Art. 6(1)(b))"),
    "legal_obligation": N_("Legal obligation (Art. 6(1)(c))"),
    "vital_interests": N_("Vital interests (Art. 6(1)(d))"),
    "public_task": N_("Public task (Art. 6(1)(e))"),
    "legitimate_interests": N_("Legitimate interests (Art. 6(1)(f))"),
}
# Consent texts are written in each of crmdesk's LANGUAGES (crmdesk/core/language.py).
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

    @property
    def kept_for(self) -> str:
        """How long data is kept for this purpose, in words ("10 years")."""
        return self.kept()

    def kept(self, lang: Language = ENGLISH) -> str:
        """``kept_for`` in ``lang`` ("10 Jahre")."""
        if self.retention_days:
            return period_words(self.retention_days, lang)
        return lang.gettext(N_("until withdrawn")) if self.needs_consent else "—"


def period_words(days: int, lang: Language = ENGLISH) -> str:
    """A number of days as a person says it: "10 years" for 3,653 days, "6
    months" for 183, "2 weeks" for 14; days when nothing rounder fits."""
    for unit, length in (("year", 365.25), ("month", 365.25 / 12)):
        count = round(days / length)
        if count >= 1 and abs(count * length - days) <= 1:
            return lang.duration(count, unit)
    return lang.duration(days // 7, "week") if days % 7 == 0 else lang.duration(days, "day")


@dataclass(frozen=True)
class ConsentText:
    id: int
    purpose_key: str
    language: str
    version: int
    body: str
    sha256: str
    published_at: str


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
        raise NotFound(tr("There is no purpose '{key}'.").format(key=key), hint="list-purposes")
    return _purpose(row)


def _check_key(key: str) -> str:
    key = key.strip().lower()
    if not key or len(key) > 40 or not all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in key):
        raise UsageError(tr("A purpose key is up to 40 letters, digits and dashes, like 'newsletter-email'."))
    return key


def _check_basis(basis: str) -> str:
    basis = basis.strip().lower().replace("-", "_").replace(" ", "_")
    if basis not in BASES:
        raise UsageError(tr("'{basis}' is not a lawful basis; use one of "
                            "{names}.").format(basis=basis, names=', '.join(BASES)))
    return basis


def _check_period(value: int | None, what: str, most: int) -> int | None:
    if value is None:
        return None
    if not 1 <= value <= most:
        raise UsageError(tr("{what} must be between 1 and {most}, or left out for none.").format(what=what,
                                                                                                 most=most))
    return value


def check_text(body: str) -> str:
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise UsageError(tr("The consent text is empty; write what the customer agrees to."))
    if len(body) > MAX_TEXT_CHARS:
        raise UsageError(tr("The consent text is longer than {MAX_TEXT_CHARS:,} characters; shorten "
                            "it.").format(MAX_TEXT_CHARS=MAX_TEXT_CHARS))
    return body


def text_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def check_language(language: str) -> str:
    language = language.strip().lower()
    if language not in LANGUAGES:
        raise UsageError(tr("'{language}' is not a language crmdesk has texts in; use one of "
                            "{names}.").format(language=language, names=', '.join(LANGUAGES)))
    return language


def add_purpose(session: Session, key: str, *, title: str, basis: str, description: str = "",
                text: str | None = None, language: str = "en", retention_days: int | None = None,
                reconsent_months: int | None = None) -> Purpose:
    """A new purpose; a consent purpose needs its first text. Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    key, basis = _check_key(key), _check_basis(basis)
    title = title.strip()
    if not title:
        raise UsageError(tr("Give the purpose a title, like 'Newsletter by e-mail'."))
    retention_days = _check_period(retention_days, "The retention period in days", 100 * 366)
    reconsent_months = _check_period(reconsent_months, "The months until consent is asked again", 120)
    if basis == "consent" and text is None:
        raise UsageError(tr("A consent purpose needs the text the customer agrees to."), hint="purpose-text")
    if basis != "consent" and (text is not None or reconsent_months is not None):
        raise UsageError(tr("Only consent purposes have a consent text and a re-consent period."))
    if text is not None:
        language, text = check_language(language), check_text(text)
    if session.conn.execute("SELECT 1 FROM purposes WHERE key = ?", (key,)).fetchone():
        raise UsageError(tr("There already is a purpose '{key}'; choose another key.").format(key=key))
    with session.operation(Permission.CONFIGURE, "purpose.added", target=key, detail={"basis": basis}) as op:
        purpose_id = op.conn.execute(
            "INSERT INTO purposes (key, title, description, basis, retention_days, reconsent_months,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, title, description.strip(), basis, retention_days, reconsent_months, op.now, op.now)).lastrowid
        if text is not None:
            _publish(op, purpose_id, language, text)
        op.changed(PURPOSES)
    return get_purpose(session, key)


def _publish(op: Operation, purpose_id: int, language: str, body: str) -> int:
    version = op.conn.execute("SELECT coalesce(max(version), 0) + 1 FROM consent_texts WHERE purpose = ?"
                              " AND language = ?", (purpose_id, language)).fetchone()[0]
    op.conn.execute(
        "INSERT INTO consent_texts (purpose, language, version, body, sha256, published_at, published_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", (purpose_id, language, version, body, text_hash(body), op.now, op.user_id))
    op.changed(PURPOSES)
    return version


def publish_text(session: Session, key: str, text: str, *, language: str = "en") -> ConsentText:
    """A new version of a consent purpose's text; earlier versions and the
    entries that showed them stay as they are. Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    purpose = get_purpose(session, key)
    if not purpose.needs_consent:
        raise UsageError(tr("'{purpose.key}' rests on {purpose2}, not consent; it has no "
                            "consent text.").format(purpose=purpose, purpose2=purpose.basis.replace('_', ' ')))
    language, body = check_language(language), check_text(text)
    current = current_text(session, purpose.key, language)
    if current is not None and current.body == body:
        raise UsageError(tr("This is already version {current.version} of the text; nothing was "
                            "published.").format(current=current))
    with session.operation(Permission.CONFIGURE, "purpose.text_published", target=purpose.key,
                           detail={"language": language}) as op:
        op.detail["version"] = _publish(op, purpose.id, language, body)
    return current_text(session, purpose.key, language)


def retire_purpose(session: Session, key: str) -> Purpose:
    """Stop offering a purpose; its history stays. Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    purpose = get_purpose(session, key)
    if not purpose.active:
        raise UsageError(tr("The purpose '{purpose.key}' is already retired.").format(purpose=purpose))
    with session.operation(Permission.CONFIGURE, "purpose.retired", target=purpose.key) as op:
        op.conn.execute("UPDATE purposes SET active = 0, updated_at = ? WHERE id = ?", (op.now, purpose.id))
        op.changed(PURPOSES)
    return get_purpose(session, key)


def update_purpose(session: Session, key: str, *, title: str, description: str,
                   retention_days: int | None, reconsent_months: int | None) -> Purpose:
    """Change a purpose's title, description and periods (its key and basis
    stay: entries already rest on them). Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    purpose = get_purpose(session, key)
    title = title.strip()
    if not title:
        raise UsageError(tr("Give the purpose a title, like 'Newsletter by e-mail'."))
    retention_days = _check_period(retention_days, "The retention period in days", 100 * 366)
    reconsent_months = _check_period(reconsent_months, "The months until consent is asked again", 120)
    if not purpose.needs_consent and reconsent_months is not None:
        raise UsageError(tr("Only consent purposes have a re-consent period."))
    with session.operation(Permission.CONFIGURE, "purpose.changed", target=purpose.key) as op:
        op.conn.execute("UPDATE purposes SET title = ?, description = ?, retention_days = ?, reconsent_months = ?,"
                        " updated_at = ? WHERE id = ?", (title, description.strip(), retention_days,
                                                         reconsent_months, op.now, purpose.id))
        op.changed(PURPOSES)
    return get_purpose(session, key)


def follow_country(op: Operation, before: str, region: str) -> list[str]:
    """The bookkeeping purpose's period for the shop's new country (``region``, its holidays, until now
    ``before``), in ``op``, where crmdesk's own period still stands (``vault.bookkeeping``); a sentence
    saying so, or none."""
    days = bookkeeping.fit(op.conn, before, region, op.now)
    if days is None:
        return []
    op.audit("purpose.changed", target=bookkeeping.KEY, detail={"region": region, "period": days})
    op.changed(PURPOSES)
    return [tr("Bookkeeping records are now kept {period}, as the law of the shop's country requires; change "
               "the purpose if its accountant says otherwise.").format(period=period_words(days, active()))]


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
        raise NotFound(tr("That consent text does not exist."))
    return ConsentText(*row)
