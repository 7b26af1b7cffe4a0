"""Papers for a breach: the notification draft for the supervisory authority
(Art. 33(3)) and the letters to the people affected (Art. 34(2)).

The draft follows the headings regulators' forms ask for (the controller,
what happened and when, the data and people concerned, how it was
protected, the likely consequences, the measures, whether the people are
told, and, when late, the reasons for the delay); it may be sent in stages
(Art. 33(4)), so each draft says its stage. What the log does not know
yet is marked "to be completed" for the person who sends it. It names no
one: counts and kinds of data only.

The letters are in plain language, one page per person, with advice that
fits the kinds of data involved. They hold names and addresses: the file
is personal data, made only by the owner or an admin, and audited.
"""

from __future__ import annotations

from datetime import datetime

from crmdesk.core.privacy import breaches
from crmdesk.core.privacy.breaches import Addressee, Breach
from crmdesk.core.privacy.subject_data import Controller
from crmdesk.reports.document import Document

TO_COMPLETE = "(to be completed before sending)"
# What a person can do, by the kind of data a breach involved.
ADVICE = {
    "emails": "Be wary of e-mails that seem to come from us or mention your purchases with us and ask you to "
              "click a link, pay, or give a password. We will never ask for a password by e-mail.",
    "phones": "Be wary of unexpected calls or text messages that mention us; we will not ask for payment "
              "details on the phone.",
    "addresses": "Be wary of letters or visits that refer to us and that you do not expect.",
    "birthdays": "Your date of birth is sometimes used to confirm who you are: where a bank or another "
                 "service asks for it as a security answer, consider asking them for another.",
}


def _sentence(text: str) -> str:
    """Text written in the log, as a sentence: a capital first, a full stop last."""
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text[-1] in ".!?" else ".")


def _listed(words: list[str]) -> str:
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0] if words else ""


def _moment(moment: datetime) -> str:
    return moment.isoformat()[:16].replace("T", " ") + " UTC"


def _categories(breach: Breach) -> list[list[str]]:
    return [[breaches.CATEGORY_WORDS.get(key, key), f"{count:,}"] for key, count in breach.categories.items()]


def notification(breach: Breach, controller: Controller, now: datetime, stage: str = "initial") -> Document:
    authority = controller.supervisory_authority or "the supervisory authority"
    doc = Document(
        "Notification of a personal data breach", controller.name,
        f"Draft for {authority} · {breaches.STAGES[stage]} · breach {breach.reference} · prepared {now.date()}",
        header=f"{controller.name} · breach {breach.reference} · notification draft")
    doc.heading("1. The controller").fields([
        ("Name", controller.name), ("Address", controller.address or TO_COMPLETE),
        ("Contact for this breach", controller.contact or TO_COMPLETE),
        ("Data protection officer or contact", controller.dpo_contact or "none appointed")])
    late = now > breach.due_at and not breach.told("authority")
    told_late = next((n for n in breach.notifications if n.to == "authority" and n.stage == "initial"
                      and n.at > breach.due_at.isoformat()), None)
    doc.heading("2. What happened").fields([
        ("Our reference", breach.reference),
        ("What happened", breach.what),
        ("When it happened", breach.occurred or "not known"),
        ("When we became aware of it", _moment(breach.discovered_at)),
        ("How we became aware of it", breach.how_discovered or TO_COMPLETE),
        ("72 hours after we became aware", _moment(breach.due_at)),
    ])
    if (late and breach.authority_needed is not False) or told_late:
        doc.subheading("Reasons for the delay (Art. 33(1))")
        doc.text(told_late.note if told_late and told_late.note else TO_COMPLETE)
    scope = {"all": "all our customer records", "tag": f"the customers in our list '{breach.scope_detail}'",
             "contacts": "named customers"}.get(breach.scope, breach.scope)
    doc.heading("3. The personal data and people concerned")
    doc.text(f"The breach concerns {scope}: about {breach.people:,} "
             f"{'person' if breach.people == 1 else 'people'}, all customers or contacts of our business.")
    if breach.categories:
        doc.table(["Kind of personal data", "People whose data it was"], _categories(breach), [120, 50])
    if "notes" in breach.categories:
        doc.text("Our customer records have no fields for special categories of data (Art. 9) or criminal "
                 f"convictions, but notes about {breach.categories['notes']:,} of the people were included: "
                 f"{TO_COMPLETE.strip('()')}: whether they mention health or other special categories.")
    else:
        doc.text("Our customer records have no fields for special categories of data (Art. 9) or criminal "
                 "convictions, and no notes about the people were included.")
    doc.heading("4. How the data was protected")
    doc.text(("The copy concerned was encrypted. " if breach.encrypted else "The copy concerned was not encrypted. ")
             + _sentence(breach.encryption_note))
    doc.heading("5. Likely consequences for the people")
    doc.text(_sentence(breach.consequences) or TO_COMPLETE)
    if breach.risk:
        doc.text(f"Our assessment: {breaches.RISKS[breach.risk]}. {_sentence(breach.decision_reason)}")
    doc.heading("6. Measures taken or proposed")
    doc.text(_sentence(breach.measures) or TO_COMPLETE)
    doc.heading("7. Telling the people concerned")
    if breach.people_needed:
        told = breach.told("people")
        doc.text("The people concerned " + ("have been told." if told else "will be told without undue delay, "
                                            "in plain language (Art. 34)."))
    elif breach.people_needed is False:
        doc.text("We do not tell the people concerned individually. " + _sentence(breach.decision_reason))
    else:
        doc.text(TO_COMPLETE)
    doc.heading("8. This notification")
    earlier = [n for n in breach.notifications if n.to == "authority"]
    doc.text(f"This is the {breaches.STAGES[stage]}." + (
        " Earlier: " + "; ".join(f"{breaches.STAGES[n.stage]} on {n.at[:10]}" for n in earlier) + "."
        if earlier else "") + " Where not all the information is available yet, it is given in phases "
        "without undue further delay (Art. 33(4)).")
    doc.small("A draft made by crmdesk from the shop's breach log. Check every answer, complete what is marked, "
              "and send it through the authority's own form or address. crmdesk adds no customer's name; check "
              "that the text written in the log names none either.")
    return doc


def letters(breach: Breach, people: list[Addressee], controller: Controller, now: datetime) -> Document:
    doc = Document(f"Letters about breach {breach.reference}", controller.name,
                   f"{len(people):,} letters · {now.date()} · personal data: keep safe, delete once sent",
                   header=f"{controller.name} · letters about breach {breach.reference}")
    contact = " or ".join(x for x in (controller.contact, controller.dpo_contact) if x) or TO_COMPLETE
    authority = controller.supervisory_authority or "the data protection authority where you live or work"
    for number, person in enumerate(people):
        if number:
            doc.page_break()
        doc.text("\n".join(x for x in (controller.name, controller.address) if x))
        doc.text("\n".join(x for x in (person.name, person.address or (f"By e-mail: {person.email}" if person.email
                                                                        else "")) if x))
        doc.text(f"Date: {now.date()}")
        doc.subheading("Something went wrong with your personal data")
        doc.text(f"Dear {person.name},")
        doc.text(f"we are writing to tell you about a problem with information we hold about you. "
                 f"{breach.what.rstrip('.')}. We found out on {breach.discovered_at.date()}.")
        doc.subheading("What information was involved")
        doc.text("Your " + (_listed([breaches.ONE_PERSONS[key] for key in person.kinds]) or "name") + ".")
        doc.subheading("What this could mean for you")
        doc.text(_sentence(breach.consequences) or "We do not expect harm, but want you to know.")
        doc.subheading("What we have done")
        doc.text(_sentence(breach.measures) or
                 "We are looking into what happened and how to keep it from happening again.")
        advice = [ADVICE[key] for key in person.kinds if key in ADVICE]
        if advice:
            doc.subheading("What you can do")
            doc.items(advice)
        doc.subheading("Questions")
        doc.text(f"Contact us: {contact}. You may also complain to {authority}. Our reference is "
                 f"{breach.reference}.")
        doc.text(f"We are sorry.\n{controller.name}")
    return doc
