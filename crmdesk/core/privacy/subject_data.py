"""Everything the vault holds about one person, for an access request (Art. 15)
or a portability export (Art. 20), with the information Art. 15(1) requires.

``collect`` reads it all in one go (needs REQUESTS, audited before anything
is handed out); the access report PDF (``reports``) and the JSON export
(``io``) are two views of the same ``SubjectData``. ``record_export`` notes
the files made, by kind and SHA-256, as artefacts of the request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crmdesk.core.clock import iso
from crmdesk.core.language import N_, Language, get
from crmdesk.core.people import interactions
from crmdesk.core.people.contact_model import Contact, Interaction
from crmdesk.core.people.contacts import get_contact, letter_language
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent, processors, requests
from crmdesk.core.privacy import purposes as purposes_module
from crmdesk.core.privacy.purposes import ConsentText, Purpose, get_text
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import Effect
from crmdesk.core.vault.session import Session

MAX_INTERACTIONS = 100_000

RIGHTS = (
    (N_("Rectification (Art. 16)"), N_("You may have wrong data corrected and incomplete data completed.")),
    (N_("Erasure (Art. 17)"), N_("You may have your data erased where it is no longer needed, you withdraw consent "
                                 "and there is no other legal ground, you object, or it was processed unlawfully.")),
    (N_("Restriction (Art. 18)"), N_("You may have processing restricted while accuracy or lawfulness is checked, "
                                     "or when you need the data kept for a legal claim.")),
    (N_("Objection (Art. 21)"), N_("You may object at any time to processing based on legitimate interests, and to "
                                   "direct marketing in any case.")),
    (N_("Portability (Art. 20)"), N_("You may receive the data you gave us in a machine-readable format (the JSON "
                                     "file that comes with this report) and have it passed on.")),
    (N_("Withdrawing consent (Art. 7(3))"), N_("You may withdraw any consent at any time; this does not affect "
                                               "processing before the withdrawal.")),
)
NO_AUTOMATED_DECISIONS = N_("We make no decisions about you based solely on automated processing, including "
                            "profiling (Art. 22).")


@dataclass(frozen=True)
class Controller:
    name: str
    address: str
    contact: str
    dpo_contact: str
    recipients: tuple[str, ...]
    supervisory_authority: str


@dataclass(frozen=True)
class Category:
    name: str
    items: tuple[str, ...]  # what is held, in words (no values)
    retention: str


@dataclass(frozen=True)
class SubjectData:
    generated_at: str
    controller: Controller
    contact: Contact
    interactions: tuple[Interaction, ...]
    consent_states: tuple[consent.PurposeState, ...]
    consent_history: tuple[consent.LedgerEntry, ...]
    texts: dict[int, ConsentText]
    requests: tuple[requests.SubjectRequest, ...]
    request: requests.SubjectRequest | None
    categories: tuple[Category, ...]
    purposes: tuple[Purpose, ...]  # those the data is used for now
    sources: tuple[str, ...]
    users: dict[str, str] = field(default_factory=dict)  # user id → name, for "logged by"
    language: str = "en"  # what the report and the categories above are written in


def controller(session: Session, purpose_keys: list[str] | None = None, lang: Language | None = None) -> Controller:
    """The shop as a letter names it. Its recipients: the processors of the
    register that get the data of ``purpose_keys`` (None: of any purpose),
    then the other recipients written in Settings (where each processor is
    said in ``lang``, default English)."""
    others = [line.strip() for line in settings.get(session, "recipients").splitlines() if line.strip()]
    processed = [p.recipient_line(lang or get("en")) for p in processors.recipients_for(session, purpose_keys)]
    recipients = tuple(dict.fromkeys(processed + others))
    return Controller(
        name=settings.get(session, "organisation") or session.paths.name,
        address=settings.get(session, "controller_address"),
        contact=settings.get(session, "controller_contact"),
        dpo_contact=settings.get(session, "dpo_contact"),
        recipients=recipients,
        supervisory_authority=settings.get(session, "supervisory_authority"),
    )


def _retention(purposes: list[Purpose], lang: Language) -> str:
    _ = lang.gettext
    parts = []
    for p in purposes:
        if p.retention_days:
            parts.append(f"{_(p.title)}: {purposes_module.period_words(p.retention_days, lang)}")
        elif p.needs_consent and p.reconsent_months:
            parts.append(f"{_(p.title)}: " + _(N_("until consent is withdrawn or lapses after {period}")).format(
                period=lang.duration(p.reconsent_months, "months")))
        elif p.needs_consent:
            parts.append(f"{_(p.title)}: " + _(N_("until consent is withdrawn")))
    return "; ".join(parts) or _(N_("as long as one of the purposes in (a) needs it"))


def _categories(contact: Contact, log: list[Interaction], history: list[consent.LedgerEntry],
                asked: list[requests.SubjectRequest], active: list[Purpose], lang: Language) -> tuple[Category, ...]:
    _ = lang.gettext
    kept = _retention(active, lang)
    found = []
    identity = [w for w, v in ((N_("name"), contact.given_name or contact.family_name or contact.display_name),
                               (N_("birthday"), contact.birthday)) if v]
    if identity:
        found.append(Category(_(N_("Identity")), tuple(map(_, identity)), kept))
    details = [w for w, v in ((N_("e-mail addresses"), contact.emails), (N_("phone numbers"), contact.phones),
                              (N_("postal addresses"), contact.addresses), (N_("web addresses"), contact.websites))
               if v]
    if details:
        found.append(Category(_(N_("Contact details")), tuple(map(_, details)), kept))
    work = [w for w, v in ((N_("organisation"), contact.organisation), (N_("job title"), contact.job_title)) if v]
    if work:
        found.append(Category(_(N_("Work")), tuple(map(_, work)), kept))
    notes = [w for w, v in ((N_("notes"), contact.notes), (N_("tags"), contact.tags),
                            (N_("language of letters"), contact.language)) if v]
    if notes:
        found.append(Category(_(N_("Notes and tags")), tuple(map(_, notes)), kept))
    if log:
        found.append(Category(_(N_("Interactions")), (lang.ngettext(
            "{n} visit, call, e-mail, purchase or note", "{n} visits, calls, e-mails, purchases or notes",
            len(log)),), kept))
    if history:
        found.append(Category(_(N_("Consent records")), (lang.ngettext(
            "{n} entry with the texts and evidence", "{n} entries with the texts and evidence", len(history)),),
            _(N_("as long as the data they cover, to prove what was agreed"))))
    if asked:
        found.append(Category(_(N_("Requests")), (lang.ngettext("{n} request to us", "{n} requests to us",
                                                                 len(asked)),),
                              _(N_("three years after they are closed, to show they were answered"))))
    return tuple(found)


def collect(session: Session, contact_id: str, *, request_reference: str | None = None,
            language: str | None = None) -> SubjectData:
    """Everything about a contact, for an access or portability request, in
    ``language`` (default: the contact's, else the shop's). Needs REQUESTS;
    audited before anything is handed out. With a request, it must be an
    open, verified access or portability request about them; without one,
    it is refused while processing of them is restricted."""
    session.require(Permission.REQUESTS)
    contact = get_contact(session, contact_id)
    lang = get(language or letter_language(session, contact))
    request = (requests.check_usable(session, request_reference, contact.id, ("access", "portability"))
               if request_reference else None)
    with _exporting(session, contact.id, request, "subject.collected"):
        pass
    log = interactions.list_interactions(session, contact.id, limit=MAX_INTERACTIONS)
    log.reverse()  # oldest first, as a record reads
    states = consent.current_states(session, contact.id)
    history = consent.history(session, contact.id)
    texts = {e.text_id: get_text(session, e.text_id) for e in history if e.text_id}
    asked = requests.list_requests(session, contact_id=contact.id)
    active = [s.purpose for s in states if s.active]
    sources = [contact.source] if contact.source else []
    sources += sorted({e.note for e in history if e.method == "imported" and e.note} - set(sources))
    users = {r[0]: r[1] for r in session.conn.execute("SELECT id, name FROM users")}
    return SubjectData(
        generated_at=iso(session.clock.now()), controller=controller(session, [p.key for p in active], lang),
        contact=contact,
        interactions=tuple(log), consent_states=tuple(states), consent_history=tuple(history), texts=texts,
        requests=tuple(asked), request=request, categories=_categories(contact, log, history, asked, active, lang),
        purposes=tuple(active), sources=tuple(sources), users=users, language=lang.code,
    )


def record_export(session: Session, data: SubjectData, files: list[tuple[str, str]]) -> None:
    """Note the files made from ``data`` — (kind, SHA-256) — in the audit log
    and, with a request, as its artefacts (a verified request moves to in
    progress)."""
    with _exporting(session, data.contact.id, data.request, "subject.exported") as op:
        op.detail["files"] = [{"kind": kind, "sha256": digest} for kind, digest in files]
        if data.request is not None:
            for kind, digest in files:
                requests.record_artefact(op, data.request, kind, digest)


def _exporting(session: Session, contact_id: str, request: requests.SubjectRequest | None, action: str):
    """The operation that hands a person's data out: for their own request
    always, otherwise not while processing of them is restricted."""
    return session.operation(Permission.REQUESTS, action, subject=contact_id,
                             effect=Effect.STORE if request is not None else Effect.PROCESS,
                             detail={"request": request.reference if request else None})
