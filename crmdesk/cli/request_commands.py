"""Handlers for ``request …``: the register of data subject requests."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from crmdesk.cli import secrets
from crmdesk.cli.common import (
    confirmed,
    day_words,
    emit,
    open_session,
    paper_targets,
    parse_date,
    table,
    write_papers,
)
from crmdesk.core.errors import OperationFailed, UsageError
from crmdesk.core.language import LANGUAGES, N_, get, tr, trn
from crmdesk.core.people import contacts
from crmdesk.core.privacy import erasure, requests, restriction
from crmdesk.core.vault import settings


def add_parsers(command, group) -> None:
    register = group("request", "data subject requests: open, verify, extend, close, list")
    p = command(register, "open", request_open, "register a request; prints its reference")
    p.add_argument("id", help=tr("the contact's id (or its first 8 characters)"))
    p.add_argument("--type", required=True, choices=list(requests.TYPES))
    p.add_argument("--received", type=parse_date, metavar="DATE", help=tr("when it arrived (default: today)"))
    p.add_argument("--channel", default="in_person", choices=list(requests.CHANNELS))
    p.add_argument("--note", default="", metavar="TEXT")
    p = command(register, "list", request_list, "requests by due date, open ones first")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true", help=tr("only open requests"))
    which.add_argument("--overdue", action="store_true", help=tr("only open requests past their due date"))
    which.add_argument("--due-soon", action="store_true",
                       help=trn("only open requests due within {n} day", "only open requests due within {n} days",
                                requests.DUE_SOON_DAYS))
    which.add_argument("--to-tell", action="store_true",
                       help=tr("only extended requests whose person must still be told why (within a month "
                               "of receipt)"))
    p = command(register, "no-data", request_no_data,
                "answer someone the vault holds nothing about: searched, registered, and the reply written")
    p.add_argument("--requester", required=True, metavar="NAME", help=tr("their name as they gave it"))
    p.add_argument("--searched", required=True, action="append", metavar="TEXT",
                   help=tr("a name, e-mail address or number they gave, searched for; repeatable"))
    p.add_argument("--type", default="access", choices=list(requests.TYPES))
    p.add_argument("--received", type=parse_date, metavar="DATE", help=tr("when it arrived (default: today)"))
    p.add_argument("--channel", default="email", choices=list(requests.CHANNELS))
    p.add_argument("--address", default="", metavar="TEXT", help=tr("where the reply goes (not kept)"))
    p.add_argument("--language", metavar="CODE",
                   help=tr("the reply's language: {codes} (default: the shop's)").format(codes=", ".join(LANGUAGES)))
    p.add_argument("--pdf", metavar="FILE", help=tr("write the reply letter as PDF"))
    p.add_argument("--docx", metavar="FILE", help=tr("write the reply letter as a Word document"))
    p = command(register, "show", request_show, "one request with its history")
    p.add_argument("reference")
    p = command(register, "verify", request_verify, "record how the requester's identity was checked")
    p.add_argument("reference")
    p.add_argument("--method", required=True, metavar="TEXT",
                   help=tr("how the identity was checked, e.g. {examples}").format(
                       examples="; ".join(f"'{m}'" for m in requests.VERIFICATION_METHODS)))
    p = command(register, "extend", request_extend, "extend the deadline by a month (two at most), with a reason")
    p.add_argument("reference")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--told", action="store_true", help=tr("the person was told of it and why, as it was "
                                                          "decided"))
    p = command(register, "told", request_told,
                "record that the person was told of the extension and why (within a month of receipt)")
    p.add_argument("reference")
    p = command(register, "close", request_close, "close a request as fulfilled or refused")
    p.add_argument("reference")
    p.add_argument("--outcome", required=True, choices=["fulfilled", "refused"])
    p.add_argument("--reason", default="", metavar="TEXT", help=tr("needed for a refusal"))


def _json(request: requests.SubjectRequest, today: date) -> dict:
    data = asdict(request)
    data["received_on"] = request.received_on.isoformat()
    data["due_on"] = request.due_on.isoformat()
    # Saturdays, Sundays and holidays passed over (while open: a closed one's region may have changed since)
    data["due_moved_because"] = (request.deadline.because() or None) if request.is_open else None
    data["days_left"] = request.days_left(today) if request.is_open else None
    data["extension_told_on"] = request.extension_told_on.isoformat() if request.extension_told_on else None
    data["tell_extension_by"] = requests.tell_extension_by(request).isoformat() if request.extended_months else None
    return data


def request_open(args) -> int:
    with open_session(args) as session:
        opened = requests.open_request(session, args.id, args.type, received_on=args.received,
                                       channel=args.channel, notes=args.note)
        today = session.clock.now().date()
    emit(args, opened.reference, _json(opened, today))
    return 0


def _when(request: requests.SubjectRequest, today: date) -> str:
    if not request.is_open:  # its status is in the column before: when it closed
        return tr("closed {day}").format(day=day_words(request.closed_at)) if request.closed_at else ""
    left = request.days_left(today)
    if left < 0:
        return trn("OVERDUE {n} day", "OVERDUE {n} days", -left)
    return trn("{n} day left", "{n} days left", left)


NONE_IN_VIEW = {"open": N_("No open requests."), "overdue": N_("No overdue requests."),
                "to_tell": N_("No extended request waits for its person to be told why."), "all": N_("No requests yet.")}


def _none_in_view(view: str) -> str:
    if view == "due_soon":
        return trn("No request is due within {n} day.", "No request is due within {n} days.", requests.DUE_SOON_DAYS)
    return tr(NONE_IN_VIEW[view])


def request_list(args) -> int:
    with open_session(args) as session:
        view = next((v for v in ("open", "overdue", "due_soon", "to_tell") if getattr(args, v)), "all")
        found = requests.list_requests(session, view=view)
        today = session.clock.now().date()
    if not found and not args.json:
        print(_none_in_view(view))
        return 0
    rows = [(r.reference, tr(requests.TYPES[r.type]), r.who, day_words(r.received_on), day_words(r.due_on),
             requests.status_words(r.status),
             tr("tell by {day}").format(day=day_words(requests.tell_extension_by(r))) if view == "to_tell"
             else _when(r, today)) for r in found]
    emit(args, table((N_("REFERENCE"), N_("TYPE"), N_("CONTACT"), N_("RECEIVED"), N_("DUE"), N_("STATUS"), ""), rows),
         [_json(r, today) for r in found])
    return 0


def request_no_data(args) -> int:
    from crmdesk.core.privacy import retention, subject_data
    from crmdesk.reports import no_data_reply

    targets = paper_targets(args, N_("reply")) if args.pdf or args.docx else []
    lang = get(args.language) if args.language else None  # a language crmdesk has no letters in: before anything
    with open_session(args) as session:
        answered = requests.answer_no_data(session, args.requester, args.searched, request_type=args.type,
                                           received_on=args.received, channel=args.channel)
        kept = retention.get_policy(session, "closed_requests").period
        paper = no_data_reply.reply(answered, subject_data.controller(session), args.address,
                                    "; ".join(args.searched), kept, session.clock.now(),
                                    lang or get(settings.get(session, "shop_language")))
        try:
            written = write_papers(targets, N_("reply"), lambda: paper)
        except OperationFailed as exc:  # the answer is registered: do not register it again
            raise OperationFailed(tr("{reference} is registered as answered, but the reply was not written: "
                                     "{reason}").format(reference=answered.reference, reason=exc.message)) from None
        for kind, data in written:
            requests.reply_made(session, answered.reference, f"no-data reply ({kind.upper()})", data)
    said = (tr("{reference}: nothing is held about {name}; the request is registered as answered.") if targets else
            tr("{reference}: nothing is held about {name}; the request is registered as answered. Write the reply "
               "with {options}."))
    emit(args, said.format(reference=answered.reference, name=answered.requester, options="--pdf FILE or --docx FILE"),
         _json(answered, date.today()))
    return 0


def request_show(args) -> int:
    with open_session(args) as session:
        found = requests.get_request(session, args.reference)
        today = session.clock.now().date()
    if args.json:
        emit(args, "", _json(found, today))
        return 0
    lines = requests.describe(found, today)
    if not found.requester:  # a request about no one in the vault has no contact to name
        lines.append(tr("Contact id: {id}").format(id=found.contact_id))
    print("\n".join(lines))
    return 0


def _changed(args, changed: requests.SubjectRequest, sentence: str, **values) -> int:
    """``sentence``: what became of the request, translated, with {reference} and ``values`` to fill in."""
    emit(args, sentence.format(reference=changed.reference, **values), _json(changed, date.today()))
    return 0


def request_verify(args) -> int:
    with open_session(args) as session:
        changed = requests.verify(session, args.reference, args.method)
    return _changed(args, changed, tr("{reference} verified."))


def request_extend(args) -> int:
    with open_session(args) as session:
        changed = requests.extend(session, args.reference, args.reason, told=args.told)
    if args.told:
        return _changed(args, changed, tr("{reference} now due {due}."), due=day_words(changed.due_on))
    return _changed(args, changed, tr("{reference} now due {due}; tell the person why by {tell_by}, then run "
                                      "{command}."), due=day_words(changed.due_on),
                    tell_by=day_words(requests.tell_extension_by(changed)),
                    command=f"'crmdesk request told {changed.reference}'")


def request_told(args) -> int:
    with open_session(args) as session:
        changed = requests.extension_told(session, args.reference)
    return _changed(args, changed, tr("{reference} the person was told of the extension on {day}."),
                    day=day_words(changed.extension_told_on))


def request_close(args) -> int:
    with open_session(args) as session:
        changed = requests.close(session, args.reference, args.outcome, args.reason)
    if changed.status == "refused":
        return _changed(args, changed, tr("{reference} closed as refused."))
    return _changed(args, changed, tr("{reference} closed as fulfilled."))


def add_erasure_parsers(sub, command, people) -> None:
    p = command(sub, "erase", erase, "erase a person everywhere (owner and admin); shows what goes first")
    p.add_argument("id")
    p.add_argument("--request", metavar="REF", help=tr("the erasure request this fulfils"))
    p.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    p = command(sub, "restrict", restrict, "restrict processing of a person (Art. 18), or lift it")
    p.add_argument("id")
    p.add_argument("state", choices=["on", "off"])
    p.add_argument("--request", metavar="REF", help=tr("the restriction request this answers"))
    p = command(sub, "object", object_to, "a person objects (Art. 21): end legitimate interests and marketing")
    p.add_argument("id")
    p.add_argument("--request", metavar="REF", help=tr("the objection request this answers"))
    p = command(people, "hold", hold, "put a contact on legal hold, or lift it (owner and admin)")
    p.add_argument("id")
    p.add_argument("state", choices=["on", "off"])


# What an erasure removes (``erasure.COUNTS``, by its English singular), as the reader counts it.
_REMOVED = {
    "contact record": lambda n: trn("{n} contact record", "{n} contact records", n),
    "e-mail address": lambda n: trn("{n} e-mail address", "{n} e-mail addresses", n),
    "phone number": lambda n: trn("{n} phone number", "{n} phone numbers", n),
    "postal address": lambda n: trn("{n} postal address", "{n} postal addresses", n),
    "tag": lambda n: trn("{n} tag", "{n} tags", n),
    "interaction": lambda n: trn("{n} interaction", "{n} interactions", n),
    "consent entry": lambda n: trn("{n} consent entry", "{n} consent entries", n),
    "consent evidence file": lambda n: trn("{n} consent evidence file", "{n} consent evidence files", n),
    "search index entry": lambda n: trn("{n} search index entry", "{n} search index entries", n),
    "request (personal text only; the reference stays)": lambda n: trn(
        "{n} request (personal text only; the reference stays)",
        "{n} requests (personal text only; the references stay)", n),
}


def _removed_words(label: str, n: int) -> str:
    singular = next((one for one, several, _sql in erasure.COUNTS if label in (one, several)), None)
    return _REMOVED[singular](n) if singular in _REMOVED else f"{n} {label}"


def erase(args) -> int:
    with open_session(args) as session:
        contact = contacts.get_contact(session, args.id)
        removed = erasure.preview(session, contact.id)
        what = "; ".join(_removed_words(label, n) for label, n in removed)
        if not args.yes and not secrets.interactive():
            raise UsageError(tr("An erasure cannot be undone and there is no terminal to ask for "
                                "confirmation; add --yes to erase without asking."))
        if not args.yes:
            print(tr("Erasing {name} removes: {what}.").format(name=contact.display_name, what=what))
            print(tr("A tombstone, the request reference and the audit log stay, without personal data."))
            if not confirmed(tr("Erase now? This cannot be undone. [y/N] ")):
                print(tr("Nothing was erased."))
                return 0
        tomb = erasure.erase(session, contact.id, request_reference=args.request)
    said = [tr("Erased {name} ({what}).").format(name=contact.display_name, what=what)]
    if tomb.request:
        said.append(tr("Request {reference} is fulfilled.").format(reference=tomb.request))
    if tomb.pending:
        said.append(tr(erasure.PENDING))
    emit(args, " ".join(said),
         {"erased": tomb.contact_id, "request": tomb.request, "removed": dict((k, v) for k, v in removed)})
    return 0


def restrict(args) -> int:
    with open_session(args) as session:
        restriction.set_restricted(session, args.id, args.state == "on", request_reference=args.request)
        name = contacts.get_contact(session, args.id).display_name
    said = (tr("Processing of {name} is restricted: no changes, no new consent, exports only for their own "
               "request.") if args.state == "on" else tr("The restriction on {name} is lifted."))
    emit(args, said.format(name=name),
         {"contact": args.id, "restricted": args.state == "on"})
    return 0


def object_to(args) -> int:
    with open_session(args) as session:
        ended = restriction.object_to_processing(session, args.id, request_reference=args.request)
        name = contacts.get_contact(session, args.id).display_name
    said = (tr("Recorded the objection of {name}: stopped {purposes}.") if ended else
            tr("The objection of {name} stands already: every legitimate-interest and marketing purpose is stopped."))
    emit(args, said.format(name=name, purposes=", ".join(ended)), {"stopped": ended})
    return 0


def hold(args) -> int:
    with open_session(args) as session:
        restriction.set_hold(session, args.id, args.state == "on")
        name = contacts.get_contact(session, args.id).display_name
    said = (tr("{name} is on legal hold: nothing about them is erased until it is lifted.") if args.state == "on"
            else tr("The legal hold on {name} is lifted."))
    emit(args, said.format(name=name),
         {"contact": args.id, "legal_hold": args.state == "on"})
    return 0
