"""The register of data subject requests (GDPR Art. 12, 15–21).

A request names its contact, its type (access, rectification, erasure,
restriction, portability, objection), when and how it was received, and is
due one calendar month later: the same day of the next month, or that
month's last day when it has no such day (received 31 January → 28 or 29
February), and when that day is a Saturday, a Sunday or a public holiday
of the shop's country and region, the next working day (Regulation
1182/71, ``deadlines``). It may be extended once or twice, by up to two
further months in all, each time with a reason.

Its status moves only forward:

    received → verified → in progress → fulfilled
         ↘          ↘            ↘
                  refused (always with a reason)

Identity must be verified (how, by whom, when) before work starts; the
things produced for it (an access report, a JSON export) are kept as
artefacts by kind and SHA-256. The contact is also kept by UUID, so the
request outlives an erasure without naming the person.

Opening and working requests needs REQUESTS (staff and up); everything is
audited by reference, never by name.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace

from crmdesk.core import deadlines
from crmdesk.core.clock import add_months
from crmdesk.core.deadlines import Deadline
from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.language import N_, NP_, active, tr, trn
from crmdesk.core.people import contacts, search
from crmdesk.core.people.contact_model import Contact, ContactInput
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import REQUESTS, Effect, Operation
from crmdesk.core.vault.session import Session

TYPES = {
    "access": N_("Access (Art. 15)"), "rectification": N_("Rectification (Art. 16)"),
    "erasure": N_("Erasure (Art. 17)"), "restriction": N_("Restriction (Art. 18)"),
    "portability": N_("Portability (Art. 20)"), "objection": N_("Objection (Art. 21)"),
}
CHANNELS = {"in_person": N_("In person"), "email": N_("E-mail"), "letter": N_("Letter"), "phone": N_("Phone"),
            "web_form": N_("Web form")}
# The usual ways a shop checks that a request comes from the person (any other may be written out).
VERIFICATION_METHODS = (
    N_("Photo ID shown at the counter"),
    N_("Known customer, recognised in person"),
    N_("Reply from the e-mail address on file"),
    N_("Call back on the phone number on file"),
    N_("Signed letter matching the records"),
)
STATUSES = ("received", "verified", "in_progress", "fulfilled", "refused")
STATUS_WORDS = {"received": NP_("status of a request", "received"), "verified": NP_("status of a request", "verified"),
                "in_progress": NP_("status of a request", "in progress"),
                "fulfilled": NP_("status of a request", "fulfilled"), "refused": NP_("status of a request", "refused")}
OPEN = ("received", "verified", "in_progress")
MAX_EXTENSION_MONTHS = 2
NOW = object()  # stands for the operation's time in a status change's values
# status → the statuses it may move to
NEXT = {
    "received": ("verified", "refused"),
    "verified": ("in_progress", "fulfilled", "refused"),
    "in_progress": ("fulfilled", "refused"),
    "fulfilled": (),
    "refused": (),
}


@dataclass(frozen=True)
class Artefact:
    kind: str
    sha256: str
    at: str
    by: str | None


@dataclass(frozen=True)
class SubjectRequest:
    reference: str
    contact_id: str  # the contact's UUID, kept after erasure
    contact_name: str  # "" once the contact is erased
    type: str
    received_on: date
    channel: str
    due_on: date
    extended_months: int
    extension_reason: str
    verified_method: str
    verified_by: str | None
    verified_at: str | None
    status: str
    outcome_reason: str
    notes: str
    created_at: str
    closed_at: str | None
    artefacts: tuple[Artefact, ...] = ()
    extension_told_on: date | None = None  # when the person was told of the extension and why
    requester: str = ""  # for a request about someone not in the vault: their name as given
    region: str = "DE"  # whose public holidays its periods skip (the setting holiday_region)
    renumbered_from: str = ""  # the reference it had first, which another desk gave another request too
    also_given_to: tuple[str, ...] = ()  # the requests that were given its reference too, by their references now

    @property
    def who(self) -> str:
        """The person, in a listing: the contact, the requester the vault holds nothing about, or neither."""
        if self.contact_name:
            return self.contact_name
        return tr("{name} (no data held)").format(name=self.requester) if self.requester else tr("(erased contact)")

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days

    @property
    def deadline(self) -> Deadline:
        """The due date with the days it passed over ("28 February 2026 is a Saturday")."""
        return deadlines.passed_over(add_months(self.received_on, 1 + self.extended_months), self.due_on,
                                     self.region)


def deadline(received_on: date, extended_months: int = 0, *, region: str) -> Deadline:
    """When a request received on ``received_on`` is due: one month later, two or three when extended,
    on a working day in ``region``."""
    return deadlines.period_end(add_months(received_on, 1 + extended_months), region)


def due_date(received_on: date, extended_months: int = 0, *, region: str) -> date:
    return deadline(received_on, extended_months, region=region).due


def holiday_region(session: Session) -> str:
    return settings.get(session, "holiday_region")


def follow_holidays(op: Operation, region: str) -> list[str]:
    """Open requests due on the working days of ``region`` (the shop's holidays were changed, in
    ``op``). A sentence for each thing the person who changed them should know (none when no due date
    moved)."""
    moved, earlier = [], 0
    for reference, received_on, extended, due_on in op.conn.execute(
            "SELECT reference, received_on, extended_months, due_on FROM requests"
            " WHERE status IN ('received', 'verified', 'in_progress')").fetchall():
        due = due_date(date.fromisoformat(received_on), extended, region=region).isoformat()
        if due != due_on:
            op.conn.execute("UPDATE requests SET due_on = ? WHERE reference = ?", (due, reference))
            moved.append(reference)
            earlier += due < due_on
    if not moved:
        return []
    op.audit("requests.due_dates_moved", detail={"count": len(moved), "region": region, "requests": moved})
    op.changed(REQUESTS)
    said = [trn("{n} open request now falls due on another day.", "{n} open requests now fall due on other days.",
                len(moved))]
    if earlier:
        said.append(trn("{n} of them is due earlier than before: check it on the list of requests.",
                        "{n} of them are due earlier than before: check them on the list of requests.", earlier))
    return said


_SQL = (
    "SELECT r.id, r.reference, r.contact_uuid, coalesce(c.display_name, ''), r.type, r.received_on, r.channel,"
    " r.due_on, r.extended_months, r.extension_reason, r.verified_method, u.name, r.verified_at, r.status,"
    " r.outcome_reason, r.notes, r.created_at, r.closed_at, r.extension_told_on, r.requester,"
    " coalesce(r.renumbered_from, '')"
    " FROM requests r LEFT JOIN contacts c ON c.rowid = r.contact LEFT JOIN users u ON u.id = r.verified_by")


def _request(session: Session, row, region: str) -> SubjectRequest:
    artefacts = tuple(Artefact(*a) for a in session.conn.execute(
        "SELECT a.kind, a.sha256, a.at, u.name FROM request_artefacts a LEFT JOIN users u ON u.id = a.created_by"
        " WHERE a.request = ? ORDER BY a.id", (row[0],)))
    return SubjectRequest(row[1], row[2], row[3], row[4], date.fromisoformat(row[5]), row[6],
                          date.fromisoformat(row[7]), row[8], row[9], row[10] or "", row[11], row[12], row[13],
                          row[14], row[15], row[16], row[17], artefacts,
                          date.fromisoformat(row[18]) if row[18] else None, row[19], region, row[20])


def get_request(session: Session, reference: str) -> SubjectRequest:
    session.require(Permission.READ)
    row = session.conn.execute(_SQL + " WHERE r.reference = ?", (reference.strip().upper(),)).fetchone()
    if row is None:
        raise NotFound(tr("There is no request {reference}.").format(reference=reference), hint="list-requests")
    found = _request(session, row, holiday_region(session))
    also = tuple(r[0] for r in session.conn.execute(
        "SELECT reference FROM requests WHERE renumbered_from = ? ORDER BY reference", (found.reference,)))
    return dataclasses.replace(found, also_given_to=also) if also else found


# The lists of requests the window, the CLI and the Today page show: open ones past their due date, due
# within a week, extended ones whose person has not been told why (due within a month of receipt,
# Art. 12(3); once that day is past, they are still to be told, late).
VIEWS = ("open", "overdue", "due_soon", "to_tell", "all")
DUE_SOON_DAYS = 7


def status_words(status: str) -> str:
    """A request's status as the language messages are shown in says it ("in Bearbeitung")."""
    return active().pgettext("status of a request", STATUS_WORDS.get(status, status))


def _said(request: SubjectRequest) -> SimpleNamespace:
    """A request as a message names it: its reference, and its status and type in words of the language
    messages are shown in (the messages' placeholders read ``{current.status}``, ``{current.type}``)."""
    return SimpleNamespace(reference=request.reference, status=status_words(request.status),
                           type=tr(TYPES[request.type]))


def tell_extension_by(request: SubjectRequest) -> date:
    """The last day to tell the person that, and why, the answer takes longer: the end of the first
    month, on a working day."""
    return due_date(request.received_on, region=request.region)


def in_view(request: SubjectRequest, view: str, today: date) -> bool:
    if view == "all":
        return True
    if not request.is_open:
        return False
    if view == "overdue":
        return request.due_on < today
    if view == "due_soon":
        return today <= request.due_on <= today + timedelta(days=DUE_SOON_DAYS)
    if view == "to_tell":
        return bool(request.extended_months) and request.extension_told_on is None
    return True


def list_requests(session: Session, *, view: str = "all", contact_id: str | None = None,
                  today: date | None = None) -> list[SubjectRequest]:
    """Requests in one of ``VIEWS`` on ``today`` (default: the session's
    clock), by due date, open ones first. Needs READ."""
    session.require(Permission.READ)
    if view not in VIEWS:
        raise UsageError(tr("'{view}' is not a list of requests; use one of "
                            "{names}.").format(view=view, names=', '.join(VIEWS)))
    where, params = [], []
    if view != "all":
        where.append("r.status IN ('received', 'verified', 'in_progress')")
    if contact_id is not None:
        where.append("r.contact_uuid = ?")
        params.append(contacts.resolve(session, contact_id)[1])
    sql = _SQL + (" WHERE " + " AND ".join(where) if where else "") + (
        " ORDER BY r.status NOT IN ('received', 'verified', 'in_progress'), r.due_on, r.id")
    today = today or session.clock.now().date()
    region = deadlines.prepare(holiday_region(session))  # the window shows their deadlines next
    found = (_request(session, row, region) for row in session.conn.execute(sql, params))
    return [r for r in found if in_view(r, view, today)]


def _arrival(session: Session, request_type: str, channel: str, received_on: date | None) -> date:
    """The day a request of ``request_type`` arrived by ``channel`` (default: today), checked."""
    if request_type not in TYPES:
        raise UsageError(tr("'{request_type}' is not a type of request; use one of "
                            "{names}.").format(request_type=request_type, names=', '.join(TYPES)))
    if channel not in CHANNELS:
        raise UsageError(tr("'{channel}' is not a way a request arrives; use one of "
                            "{names}.").format(channel=channel, names=', '.join(CHANNELS)))
    today = session.clock.now().date()
    if received_on is not None and received_on > today:
        raise UsageError(tr("A request cannot be received in the future; give the date it arrived."))
    return received_on or today


def open_request(session: Session, contact_id: str, request_type: str, *, received_on: date | None = None,
                 channel: str = "in_person", notes: str = "") -> SubjectRequest:
    """Register a request; due one calendar month after receipt. Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    received_on = _arrival(session, request_type, channel, received_on)
    # A person's own request is always taken, also while processing of them is restricted.
    with session.operation(Permission.REQUESTS, "request.opened", subject=contact_id, effect=Effect.STORE,
                           detail={"type": request_type}) as op:
        reference = _next_reference(op.conn, received_on.year)
        op.conn.execute(
            "INSERT INTO requests (uid, reference, contact, contact_uuid, type, received_on, channel, due_on, status,"
            " notes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)",
            (str(uuid.uuid4()), reference, op.subject.rowid, op.subject.id, request_type, received_on.isoformat(), channel,
             due_date(received_on, region=holiday_region(session)).isoformat(), notes.strip(), op.now,
             op.user_id))
        op.detail["reference"] = reference
        op.changed(REQUESTS)
    return get_request(session, reference)


# A request's reference as this module gives it (``R-2026-0007``; renumbered ones have more after it), and
# the line a rectification adds to its notes (``rectify``), as other modules read them.
REFERENCE = re.compile(r"R-[0-9]{4}-[0-9]{4,9}")
RECTIFIED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2} .* rectified: ")


def _next_reference(conn, year: int) -> str:
    """The next reference of ``year``: one past the highest given, here or at another desk of the team (by
    the reference each request was given first, see ``renumbered_from``)."""
    number = conn.execute("SELECT coalesce(max(CAST(substr(coalesce(renumbered_from, reference), 8) AS INTEGER)),"
                          " 0) + 1 FROM requests WHERE coalesce(renumbered_from, reference) LIKE ?",
                          (f"R-{year}-%",)).fetchone()[0]
    return f"R-{year}-{number:04d}"


REMOVED_TEXT = "(removed)"  # in place of a reason or how identity was checked, once a request's text is cleared
ERASED_TEXT = "(removed with the erasure)"  # the same, when it was cleared by its person's erasure
MARKERS = (REMOVED_TEXT, ERASED_TEXT)
_WORDS_OR_NONE = ", ".join(f"'{marker}'" for marker in ("", *MARKERS))
# A closed request (``r``) that still holds text ``clear_text`` would take out: what the retention of closed
# requests looks for.
TEXT_LEFT = (f"(r.notes != '' OR r.outcome_reason NOT IN ('', '{REMOVED_TEXT}') OR r.requester != ''"
             f" OR coalesce(r.verified_method, '') NOT IN ({_WORDS_OR_NONE})"
             f" OR r.extension_reason NOT IN ({_WORDS_OR_NONE}))")


def clear_text(op: Operation, where: str, params: tuple, marker: str = REMOVED_TEXT) -> int:
    """Take the free text out of the requests ``where`` picks (their person was erased, or they were closed
    long enough): notes, reasons, the requester's name, and how identity was checked, ``marker`` standing in
    for what was there (a marker already there stays). The reference, type, dates and status stay. How
    many were cleared."""
    cleared = op.conn.execute(
        "UPDATE requests SET notes = '', requester = '', cleared = 1,"
        " outcome_reason = CASE WHEN status = 'refused' THEN ? ELSE '' END,"
        " verified_method = CASE WHEN verified_method IS NULL OR verified_method IN (?, ?) THEN verified_method"
        " ELSE ? END,"
        " extension_reason = CASE WHEN extension_reason = '' OR extension_reason IN (?, ?) THEN extension_reason"
        " ELSE ? END WHERE " + where,
        (REMOVED_TEXT, *MARKERS, marker, *MARKERS, marker, *params)).rowcount
    if cleared:
        op.changed(REQUESTS)
    return cleared


def _held(session: Session, term: str) -> bool:
    """Whether ``term`` finds anything about a person: a contact by the whole
    term or by any two of its words (a middle name the record lacks), or the
    term in a contact's notes or anyone's history (a neighbour who took a
    parcel is data too)."""
    term = term.removeprefix("mailto:").strip()
    words = term.split()
    tries = [term] + [f"{a} {b}" for i, a in enumerate(words) for b in words[i + 1:]]
    if any(search.search_contacts(session, t, limit=1).rows for t in dict.fromkeys(tries)):
        return True
    pattern = "%" + term.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return session.conn.execute(
        "SELECT 1 WHERE EXISTS (SELECT 1 FROM contacts WHERE lower(notes) LIKE ? ESCAPE '\\')"
        " OR EXISTS (SELECT 1 FROM interactions WHERE lower(summary) LIKE ? ESCAPE '\\'"
        " OR lower(body) LIKE ? ESCAPE '\\')", (pattern, pattern, pattern)).fetchone() is not None


def answer_no_data(session: Session, requester: str, searched: list[str], *, request_type: str = "access",
                   received_on: date | None = None, channel: str = "email") -> SubjectRequest:
    """A request from someone the vault holds nothing about: every name,
    e-mail address or number they gave is searched for, and when none finds
    a contact the request is registered as answered ("we hold no data about
    you", Art. 15(1)) with only what the answer needs: the requester's name
    as given and what was searched for (cleared by the retention of closed
    requests like any request's text). Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    requester = " ".join(requester.split())
    if not requester:
        raise UsageError(tr("Give the requester's name as they gave it, for the reply and the register."))
    given = [" ".join(t.split()) for t in searched if t.strip()]
    if not given:
        raise UsageError(tr("Say what was searched for: the names, e-mail addresses and numbers the "
                            "requester gave."))
    for term in given:
        if len(term) > 200 or sum(ch.isalnum() for ch in term) < 3:
            raise UsageError(tr("'{value}' is nothing to search by; give a name, an e-mail address or a "
                                "number.").format(value=term[:40]))
    terms = list(dict.fromkeys([requester, *given]))  # their own name is always searched for
    received_on = _arrival(session, request_type, channel, received_on)
    for term in terms:
        if _held(session, term):
            raise UsageError(tr("'{term}' finds data in the vault (a contact, or a note in someone's record "
                                "or history): find who it is about before answering; if it is them, open "
                                "the request on their contact.").format(term=term))
    with session.operation(Permission.REQUESTS, "request.no_data", detail={"searched": len(terms)}) as op:
        reference = _next_reference(op.conn, received_on.year)
        op.conn.execute(
            "INSERT INTO requests (uid, reference, contact, contact_uuid, type, received_on, channel, due_on, status,"
            " outcome_reason, requester, created_at, created_by, closed_at)"
            " VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'fulfilled', ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), reference, str(uuid.uuid4()), request_type, received_on.isoformat(), channel,
             due_date(received_on, region=holiday_region(session)).isoformat(), "No personal data about the requester is held; searched for: "
             + "; ".join(terms), requester, op.now, op.user_id, op.now))
        op.detail["reference"] = reference
        op.changed(REQUESTS)
    return get_request(session, reference)


def reply_made(session: Session, reference: str, kind: str, data: bytes) -> None:
    """Keep the fingerprint of a reply written for a request (its kind and SHA-256). Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    current = get_request(session, reference)
    with working_on(session, current, "request.reply_made", {"kind": kind}) as op:
        record_artefact(op, current, kind, hashlib.sha256(data).hexdigest())


def working_on(session: Session, current: SubjectRequest, action: str, detail: dict | None = None):
    """The operation that works a request: its person, where they still
    exist, is the subject (a request outlives its subject's erasure), and
    the rules treat it as their own request."""
    alive = session.conn.execute("SELECT 1 FROM contacts WHERE id = ?", (current.contact_id,)).fetchone()
    return session.operation(Permission.REQUESTS, action, subject=current.contact_id if alive else None,
                             target=current.contact_id, effect=Effect.STORE,
                             detail={"reference": current.reference, **(detail or {})})


def _move(session: Session, reference: str, to: str, sets: str = "", params: tuple = (),
          detail: dict | None = None) -> SubjectRequest:
    current = get_request(session, reference)
    if to not in NEXT[current.status]:
        if not current.is_open:
            raise UsageError(tr("Request {current.reference} is already {current.status}; it cannot change "
                                "any more.").format(current=_said(current)))
        if to in ("in_progress", "fulfilled") and current.status == "received":
            raise UsageError(tr("Verify the identity of the person behind {current.reference} "
                                "first.").format(current=current),
                             hint="verify-request")
        raise UsageError(tr("Request {current.reference} is {current2}; it cannot become {to} from "
                            "there.").format(current=current, current2=_said(current).status,
                                             to=status_words(to)))
    with working_on(session, current, f"request.{to}", detail) as op:
        op.conn.execute(f"UPDATE requests SET status = ?{sets} WHERE reference = ?",
                        (to, *(op.now if value is NOW else value for value in params), current.reference))
        op.changed(REQUESTS)
    return get_request(session, reference)


def verify(session: Session, reference: str, method: str) -> SubjectRequest:
    """Record how the requester's identity was checked. Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    method = method.strip()
    if not method:
        raise UsageError(tr("Say how the identity was checked, e.g. 'ID card at the counter'."))
    return _move(session, reference, "verified", ", verified_method = ?, verified_by = ?, verified_at = ?",
                 (method, session.user.id, NOW))


def start(session: Session, reference: str) -> SubjectRequest:
    """Mark a verified request as being worked on (exports and erasure do this themselves)."""
    session.require(Permission.REQUESTS)
    return _move(session, reference, "in_progress")


def extend(session: Session, reference: str, reason: str, months: int = 1, *, told: bool = False) -> SubjectRequest:
    """Extend an open request by ``months`` (two at most in all), with a
    reason, within a month of receipt (the person must be told by then;
    ``told``: they were, as it was decided). Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    current = get_request(session, reference)
    reason = reason.strip()
    if not reason:
        raise UsageError(tr("An extension needs a reason the person can be told (Art. 12(3))."))
    if not current.is_open:
        raise UsageError(tr("Request {current.reference} is already {current.status}; it cannot be "
                            "extended.").format(current=_said(current)))
    total = current.extended_months + months
    if months < 1 or total > MAX_EXTENSION_MONTHS:
        raise UsageError(tr("A request can be extended by two months at most; {current.reference} already "
                            "has {current.extended_months}.").format(current=current))
    today = session.clock.now().date()
    if today > tell_extension_by(current):
        raise UsageError(tr("Request {current.reference} can no longer be extended: the person had to be "
                            "told of an extension within a month of receipt, by {tell_extension_by} (Art. "
                            "12(3)); answer it now.").format(current=current,
                                                             tell_extension_by=tell_extension_by(current)))
    reasons = f"{current.extension_reason}\n{reason}".strip()
    due = due_date(current.received_on, total, region=current.region)
    with working_on(session, current, "request.extended", {"months": total, "told": told}) as op:
        op.conn.execute("UPDATE requests SET extended_months = ?, extension_reason = ?, due_on = ?,"
                        " extension_told_on = ? WHERE reference = ?",
                        (total, reasons, due.isoformat(), today.isoformat() if told else None, current.reference))
        op.changed(REQUESTS)
    return get_request(session, reference)


def extension_told(session: Session, reference: str) -> SubjectRequest:
    """Record that the person was told of the extension and its reasons
    (today). Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    current = get_request(session, reference)
    if not current.extended_months:
        raise UsageError(tr("Request {current.reference} is not extended; there is nothing to "
                            "tell.").format(current=current))
    if current.extension_told_on is not None:
        raise UsageError(tr("The person of {current.reference} was already told of the extension, on "
                            "{current.extension_told_on}.").format(current=current))
    today = session.clock.now().date()
    with working_on(session, current, "request.extension_told") as op:
        op.conn.execute("UPDATE requests SET extension_told_on = ? WHERE reference = ?",
                        (today.isoformat(), current.reference))
        op.changed(REQUESTS)
    return get_request(session, reference)


def close(session: Session, reference: str, outcome: str, reason: str = "") -> SubjectRequest:
    """Fulfilled, or refused with a reason. Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    if outcome not in ("fulfilled", "refused"):
        raise UsageError(tr("A request closes as fulfilled or refused."))
    reason = reason.strip()
    if outcome == "refused" and not reason:
        raise UsageError(tr("A refusal needs a reason the person can be told (Art. 12(4))."))
    if outcome == "fulfilled":
        current = get_request(session, reference)
        still_there = session.conn.execute("SELECT 1 FROM contacts WHERE id = ?", (current.contact_id,)).fetchone()
        if current.type == "erasure" and still_there:
            raise UsageError(tr("An erasure request is fulfilled by erasing the person, which closes it; "
                                "they are not erased yet."), hint="erase-for-request")
    return _move(session, reference, outcome, ", outcome_reason = ?, closed_at = ?",
                 (reason, NOW), {"outcome": outcome})


def record_artefact(op: Operation, request: SubjectRequest, kind: str, sha256: str) -> None:
    """Something produced for the request, in the operation that made it.
    A verified request moves to in progress."""
    op.conn.execute("INSERT INTO request_artefacts (request, kind, sha256, at, created_by)"
                    " SELECT id, ?, ?, ?, ? FROM requests WHERE reference = ?",
                    (kind, sha256, op.now, op.user_id, request.reference))
    op.conn.execute("UPDATE requests SET status = 'in_progress' WHERE reference = ? AND status = 'verified'",
                    (request.reference,))
    op.changed(REQUESTS)


def fulfil(op: Operation, request: SubjectRequest) -> None:
    """Close the request as fulfilled, in the operation that fulfilled it (an erasure)."""
    op.conn.execute("UPDATE requests SET status = 'fulfilled', closed_at = ? WHERE reference = ?",
                    (op.now, request.reference))
    op.changed(REQUESTS)


def check_usable(session: Session, reference: str, contact_id: str, types: tuple[str, ...]) -> SubjectRequest:
    """The open, verified request an action is done for, or UsageError."""
    current = get_request(session, reference)
    if current.contact_id != contacts.resolve(session, contact_id)[1]:
        raise UsageError(tr("Request {current.reference} is about another contact.").format(current=current))
    if current.type not in types:
        raise UsageError(tr("Request {reference} is a request of the type {type}; this can only be done for "
                            "{names}.").format(reference=current.reference, type=tr(TYPES[current.type]),
                                               names=" / ".join(tr(TYPES[kind]) for kind in types)))
    if not current.is_open:
        raise UsageError(tr("Request {current.reference} is already {current.status}.").format(current=_said(current)))
    if current.status == "received":
        raise UsageError(tr("Verify the identity of the person behind {current.reference} "
                            "first.").format(current=current),
                         hint="verify-request")
    return current


def rectify(session: Session, reference: str, contact_id: str, data: ContactInput, *,
            returning: bool = False) -> tuple[Contact, list[str]]:
    """Change a contact under a rectification request (Art. 16): the request
    records which fields changed, when and by whom, never the old values.
    The person's own request, so allowed while processing of them is
    restricted, and while they are on legal hold (a hold keeps what is
    true, and Art. 16 has no exception for it). Returns (contact, changed
    field names). Needs EDIT and REQUESTS."""
    session.require(Permission.EDIT)
    current = check_usable(session, reference, contact_id, ("rectification",))
    contacts.check_input(session, data)
    old = contacts.get_contact(session, current.contact_id)
    changed = contacts.changed_fields(old, data)
    if changed:
        with working_on(session, current, "request.rectified", {"fields": changed}) as op:
            contacts.check_added(op, old, data, returning=returning)
            contacts.rewrite(op, op.subject, data)
            line = f"{op.now[:16]} {session.user.name} rectified: {', '.join(changed)}"
            op.conn.execute(
                "UPDATE requests SET notes = CASE notes WHEN '' THEN ? ELSE notes || char(10) || ? END,"
                " status = CASE status WHEN 'verified' THEN 'in_progress' ELSE status END WHERE reference = ?",
                (line, line, current.reference))
            op.changed(REQUESTS)
    return contacts.get_contact(session, old.id), changed


def next_steps(request: SubjectRequest, role, today: date) -> list[str]:
    """What may be done next with a request, for this role: "verify",
    "export", "rectify", "erase", "restrict", "object", "extend", "told"
    (of the extension), "fulfil", "refuse". Closed requests have none."""
    if not request.is_open or not allows(role, Permission.REQUESTS):
        return []
    may_extend = request.extended_months < MAX_EXTENSION_MONTHS and today <= tell_extension_by(request)
    told = ["told"] if request.extended_months and request.extension_told_on is None else []
    steps = [*told, *(["extend"] if may_extend else []), "refuse"]
    if request.status == "received":
        return ["verify", *steps]
    by_type = {"access": ["export"], "portability": ["export"], "rectification": ["rectify"],
               "erasure": ["erase"] if allows(role, Permission.ERASE) else [], "restriction": ["restrict"],
               "objection": ["object"]}
    # An erasure request is fulfilled by the erasure itself, never by a click before it.
    fulfil = [] if request.type == "erasure" else ["fulfil"]
    return [*by_type.get(request.type, []), *fulfil, *steps]


def describe(request: SubjectRequest, today: date) -> list[str]:
    """A request in a few lines of words, for the window and the command line, in the language messages
    are shown in."""
    lang = active()
    status = status_words(request.status)
    left = request.days_left(today)
    when = ((trn("{n} day left", "{n} days left", left) if left >= 0 else
             trn("OVERDUE by {n} day", "OVERDUE by {n} days", -left)) if request.is_open else status)
    moved = request.deadline.because(lang) if request.is_open else ""  # a closed one's region may have changed
    received = lang.date(request.received_on, "medium")
    channel = tr(CHANNELS.get(request.channel, request.channel))
    due = lang.day_with_weekday(request.due_on) + f" ({when}" + (f"; {moved}" if moved else "") + ")"
    lines = [f"{request.reference}: {tr(TYPES[request.type])} — {request.who}",
             tr("Received {received} ({channel}), due {due}").format(received=received, channel=channel, due=due),
             tr("Status: {status}").format(status=status)]
    if request.extended_months:
        lines.append(trn("Extended by {n} month: {reason}", "Extended by {n} months: {reason}",
                         request.extended_months).format(reason=request.extension_reason))
        by = lang.date(tell_extension_by(request), "medium")
        lines.append(tr("The person was told of the extension on {day}").format(
                         day=lang.date(request.extension_told_on, "medium"))
                     if request.extension_told_on else
                     tr("The person must be told of the extension and why by {day}").format(day=by)
                     if today <= tell_extension_by(request) else
                     tr("The person was not told of the extension by {day}, as the law asks: tell them "
                        "now").format(day=by))
    if request.verified_at and request.verified_by is None:  # checked at another desk of the team
        lines.append(tr("Identity checked {moment} at another desk: {method}").format(
            moment=active().moment(request.verified_at), method=request.verified_method))
    elif request.verified_at:
        lines.append(tr("Identity checked {moment} by {user}: {method}").format(
            moment=active().moment(request.verified_at), user=request.verified_by,
            method=request.verified_method))
    if request.also_given_to:
        lines.append(tr("Another desk gave this reference to another request at the same time; that one is now "
                        "{references}. Check which one the person means.").format(
                            references=", ".join(request.also_given_to)))
    if request.renumbered_from:
        lines.append(tr("First given the reference {reference}, which another desk gave another request at "
                        "the same time; that request, opened first, kept it.").format(
                            reference=request.renumbered_from))
    if request.outcome_reason:
        lines.append(tr("Reason: {reason}").format(reason=request.outcome_reason))
    if request.notes:
        lines += [tr("Notes:"), *("  " + n for n in request.notes.splitlines())]
    lines += [tr("Produced {moment}: {kind}, SHA-256 {digest}").format(moment=active().moment(a.at),
                                                                       kind=a.kind, digest=a.sha256)
              for a in request.artefacts]
    return lines
