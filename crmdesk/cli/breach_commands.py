"""Handlers for ``breach …``: the breach log (GDPR Art. 33, 34)."""

from __future__ import annotations

import argparse
from datetime import UTC

from crmdesk.cli.common import (
    emit,
    moment_words,
    note,
    open_session,
    paper_targets,
    parse_moment,
    pgettext,
    table,
    write_papers,
)
from crmdesk.core.language import N_, active, get, tr, trn
from crmdesk.core.privacy import breaches, subject_data
from crmdesk.core.privacy.breaches import Breach
from crmdesk.core.vault import settings


def add_parsers(command, group) -> None:
    log = group("breach", "the breach log: report, assess, record notifications, draft papers")
    p = command(log, "report", breach_report, "report a suspected breach (anyone); starts the 72-hour clock")
    p.add_argument("--what", required=True, metavar="TEXT", help=tr("what happened: what was lost, seen or "
                                                                    "changed"))
    p.add_argument("--discovered", type=parse_time, metavar="WHEN",
                   help=tr("when it was noticed, YYYY-MM-DDTHH:MM local time (default: now)"))
    p.add_argument("--occurred", default="", metavar="TEXT", help=tr("when it happened, as far as known"))
    p.add_argument("--how", default="", metavar="TEXT", help=tr("how it was noticed"))
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--all", action="store_true", help=tr("it touches every contact in the vault"))
    scope.add_argument("--tag", metavar="NAME", help=tr("it touches the contacts with this tag"))
    scope.add_argument("--contact", action="append", metavar="ID", help=tr("it touches this contact; "
                                                                           "repeatable"))
    protected = p.add_mutually_exclusive_group(required=True)
    protected.add_argument("--encrypted", action="store_true",
                           help=tr("the copy that got away was encrypted (a crmdesk vault, a protected file)"))
    protected.add_argument("--not-encrypted", action="store_true", help=tr("it was readable (a CSV, paper, a "
                                                                           "screen)"))
    p.add_argument("--encryption-note", default="", metavar="TEXT", help=tr("how it was protected, and the "
                                                                            "key's fate"))
    command(log, "list", breach_list, "every breach, newest first, with its clock (owner and admin)")
    p = command(log, "show", breach_show, "one breach with its assessment and notifications (owner and admin)")
    p.add_argument("reference")
    p = command(log, "assess", breach_assess, "record the risk, who is told and why (owner and admin)")
    p.add_argument("reference")
    p.add_argument("--risk", required=True, choices=list(breaches.RISKS))
    p.add_argument("--authority", required=True, choices=["yes", "no"], help=tr("the supervisory authority "
                                                                                "is told"))
    p.add_argument("--people", required=True, choices=["yes", "no"], help=tr("the people affected are told"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=tr("why; kept in the log"))
    p.add_argument("--consequences", default="", metavar="TEXT", help=tr("the likely consequences for people"))
    p.add_argument("--measures", default="", metavar="TEXT", help=tr("what was done or will be done"))
    p = command(log, "notified", breach_notified, "record that the authority or the people were told")
    p.add_argument("reference")
    p.add_argument("--to", required=True, choices=list(breaches.RECIPIENTS))
    p.add_argument("--stage", default="initial", choices=list(breaches.STAGES))
    p.add_argument("--note", default="", metavar="TEXT", help=tr("what was sent; for a late notification, "
                                                                 "why late"))
    for name, handler, words in (("draft", breach_draft, N_("write the notification draft for the supervisory authority as PDF "
                                                                 "or DOCX (owner and admin)")),
                                 ("letters", breach_letters, N_("write letters to the people affected (personal data) as "
                                                                     "PDF or DOCX (owner and admin)"))):
        p = command(log, name, handler, words, json_flag=False)
        p.add_argument("reference")
        p.add_argument("--pdf", metavar="FILE")
        p.add_argument("--docx", metavar="FILE", help=tr("an editable Word document"))
        if name == "draft":
            p.add_argument("--stage", choices=list(breaches.STAGES),
                           help=tr("default: initial, or follow-up once the authority had the initial one"))


def parse_time(text: str):
    """A moment with its time of day: the 72 hours run from it, so a day alone is not enough."""
    if len(text.strip()) <= 10:
        raise argparse.ArgumentTypeError(tr("'{text}' has no time of day; the 72 hours run from the hour it "
                                            "was noticed: write YYYY-MM-DDTHH:MM").format(text=text.strip()))
    return parse_moment(text)


def _json(breach: Breach) -> dict:
    return {
        "reference": breach.reference, "what": breach.what, "discovered_at": breach.discovered_at.isoformat(),
        "due_at": breach.due_at.isoformat(), "occurred": breach.occurred, "how_discovered": breach.how_discovered,
        "scope": breach.scope, "scope_detail": breach.scope_detail, "people": breach.people,
        "categories": breach.categories, "encrypted": breach.encrypted, "encryption_note": breach.encryption_note,
        "reported_by": breach.reported_by, "reported_at": breach.reported_at, "risk": breach.risk or None,
        "authority_needed": breach.authority_needed, "people_needed": breach.people_needed,
        "decision_reason": breach.decision_reason, "consequences": breach.consequences,
        "measures": breach.measures, "decided_by": breach.decided_by, "decided_at": breach.decided_at,
        "notifications": [{"to": n.to, "stage": n.stage, "at": n.at, "by": n.by, "note": n.note}
                          for n in breach.notifications],
    }


def breach_report(args) -> int:
    with open_session(args) as session:
        now = session.clock.now()
        scope, detail = (("all", "") if args.all else ("tag", args.tag) if args.tag else ("contacts", args.contact))
        reported = breaches.report(
            session, args.what, (args.discovered or now).astimezone(UTC), scope=scope, scope_detail=detail,
            encrypted=args.encrypted, encryption_note=args.encryption_note, occurred=args.occurred,
            how_discovered=args.how)
    due = moment_words(reported.due_at.isoformat())
    if reported.due_at > now:
        said = trn("{reference} is in the breach log ({n} person). The owner or an admin assesses it now: the "
                   "supervisory authority may have to be told by {due} UTC.",
                   "{reference} is in the breach log ({n} people). The owner or an admin assesses it now: the "
                   "supervisory authority may have to be told by {due} UTC.", reported.people)
    else:
        said = trn("{reference} is in the breach log ({n} person). The owner or an admin assesses it now: the 72 "
                   "hours ended on {due} UTC: if the authority must be told, tell it now, with the reasons for the "
                   "delay.",
                   "{reference} is in the breach log ({n} people). The owner or an admin assesses it now: the 72 "
                   "hours ended on {due} UTC: if the authority must be told, tell it now, with the reasons for the "
                   "delay.", reported.people)
    emit(args, said.format(reference=reported.reference, due=due),
         {"reference": reported.reference, "people": reported.people, "due_at": reported.due_at.isoformat()})
    return 0


def breach_list(args) -> int:
    with open_session(args) as session:
        found = breaches.list_breaches(session)
        now = session.clock.now()
    if not found and not args.json:
        print(tr("The breach log is empty."))
        return 0
    rows = [(b.reference, moment_words(b.discovered_at.isoformat()), active().number(b.people),
             active().pgettext("risk of a breach", breaches.RISK_WORDS[b.risk]) if b.risk else tr("not assessed"), breaches.clock_words(b, now),
             pgettext("people affected by a breach", "told") if b.told("people")
             else pgettext("people affected by a breach", "to tell") if b.people_needed else "—") for b in found]
    emit(args, table((N_("REFERENCE"), N_("DISCOVERED (UTC)"), N_("PEOPLE"), N_("RISK"), N_("AUTHORITY"),
                      N_("PEOPLE TOLD")), rows),
         [_json(b) for b in found])
    return 0


def breach_show(args) -> int:
    with open_session(args) as session:
        breach = breaches.get_breach(session, args.reference)
        now = session.clock.now()
    lines = breaches.describe(breach, now)
    emit(args, "\n".join(lines), _json(breach))
    return 0


def breach_assess(args) -> int:
    with open_session(args) as session:
        breach = breaches.assess(session, args.reference, risk=args.risk, authority_needed=args.authority == "yes",
                                 people_needed=args.people == "yes", reason=args.reason,
                                 consequences=args.consequences, measures=args.measures)
    todo = [words for needed, to, words in ((breach.authority_needed, "authority", tr("the supervisory authority")),
                                            (breach.people_needed, "people", tr("the people affected")))
            if needed and not breach.told(to)]
    human = tr("{reference} assessed.").format(reference=breach.reference)
    if todo:
        human += " " + tr("Still to tell: {names}.").format(names=tr(" and ").join(todo))
    emit(args, human, _json(breach))
    return 0


def breach_notified(args) -> int:
    with open_session(args) as session:
        breach = breaches.notified(session, args.reference, args.to, args.stage, args.note)
    emit(args, tr("Recorded: {recipient} had the {stage} of {reference}.").format(
        recipient=tr(breaches.RECIPIENTS[args.to]), stage=tr(breaches.STAGES[args.stage]),
        reference=breach.reference), _json(breach))
    return 0


def breach_draft(args) -> int:
    from crmdesk.reports import breach_papers

    targets = paper_targets(args, N_("notification draft"))
    with open_session(args) as session:
        breach = breaches.get_breach(session, args.reference)
        controller = subject_data.controller(session)
        now = session.clock.now()
        shop = get(settings.get(session, "shop_language"))
    stage = args.stage or ("follow_up" if breach.told("authority") else "initial")
    write_papers(targets, N_("notification draft"),
                 lambda: breach_papers.notification(breach, controller, now, stage, shop))
    return 0


def breach_letters(args) -> int:
    from crmdesk.reports import breach_papers

    targets = paper_targets(args, N_("letters"))  # before the names are read
    with open_session(args) as session:
        breach = breaches.get_breach(session, args.reference)
        people = breaches.addressees(session, args.reference)
        controller = subject_data.controller(session)
        now = session.clock.now()
        shop = get(settings.get(session, "shop_language"))
    write_papers(targets, N_("letters"), lambda: breach_papers.letters(breach, people, controller, now, shop))
    note(tr("The letters hold names and addresses: keep the file safe and delete it once they are sent."))
    return 0
