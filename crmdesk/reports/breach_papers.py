"""Papers for a breach: the notification draft for the supervisory authority
(Art. 33(3)) and the letters to the people affected (Art. 34(2)).

The draft follows the headings regulators' forms ask for (the controller,
what happened and when, the data and people concerned, how it was
protected, the likely consequences, the measures, whether the people are
told, and, when late, the reasons for the delay); it may be sent in stages
(Art. 33(4)), so each draft says its stage. What the log does not know
yet is marked "to be completed" for the person who sends it. It names no
one: counts and kinds of data only. It is written in the language the
caller gives (the shop's, for its own authority).

The letters are in plain language, one page per person, with advice that
fits the kinds of data involved, each in that person's language (their
own, else the shop's: ``Addressee.language``); the title page of the set
is in the shop's. What the shop wrote in the log (what happened, the
consequences, the measures) stays as written. They hold names and
addresses: the file is personal data, made only by the owner or an admin,
and audited.
"""

from __future__ import annotations

from datetime import date, datetime

from crmdesk.core.language import ENGLISH, LANGUAGES, N_, NP_, Language, capitalised, get
from crmdesk.core.privacy import breaches
from crmdesk.core.privacy.breaches import Addressee, Breach
from crmdesk.core.privacy.subject_data import Controller
from crmdesk.reports.document import Document

TO_COMPLETE = N_("(to be completed before sending)")
# What a person can do, by the kind of data a breach involved.
ADVICE = {
    "emails": N_("Be wary of e-mails that seem to come from us or mention your purchases with us and ask you to "
                 "click a link, pay, or give a password. We will never ask for a password by e-mail."),
    "phones": N_("Be wary of unexpected calls or text messages that mention us; we will not ask for payment "
                 "details on the phone."),
    "addresses": N_("Be wary of letters or visits that refer to us and that you do not expect."),
    "birthdays": N_("Your date of birth is sometimes used to confirm who you are: where a bank or another "
                    "service asks for it as a security answer, consider asking them for another."),
}
# Which notification this draft is, as a sentence of its own.
THIS_STAGE = {"initial": N_("This is the initial notification."), "follow_up": N_("This is the follow-up."),
              "final": N_("This is the final notification.")}


def _sentence(text: str) -> str:
    """Text written in the log, as a sentence: a capital first, a full stop last."""
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text[-1] in ".!?" else ".")


def _listed(words: list[str], lang: Language) -> str:
    """"a, b and c" as ``lang`` writes it."""
    if len(words) < 2:
        return words[0] if words else ""
    return lang.gettext(N_("{first} and {last}")).format(first=", ".join(words[:-1]), last=words[-1])


def _moment(moment: datetime, lang: Language) -> str:
    return lang.gettext(N_("{date}, {time} UTC")).format(date=lang.date(moment.date()),
                                                          time=moment.strftime("%H:%M"))


def _categories(breach: Breach, lang: Language) -> list[list[str]]:
    return [[lang.gettext(breaches.CATEGORY_WORDS[key]) if key in breaches.CATEGORY_WORDS else key,
             lang.number(count)] for key, count in breach.categories.items()]


def _scope(breach: Breach, lang: Language) -> str:
    """Whom the breach concerns, as a sentence with their number."""
    n = breach.people
    if breach.scope == "all":
        return lang.ngettext("The breach concerns all our customer records: about {n} person, a customer or "
                             "contact of our business.",
                             "The breach concerns all our customer records: about {n} people, all customers or "
                             "contacts of our business.", n)
    if breach.scope == "tag":
        return lang.ngettext("The breach concerns the customers in our list '{tag}': about {n} person, a "
                             "customer or contact of our business.",
                             "The breach concerns the customers in our list '{tag}': about {n} people, all "
                             "customers or contacts of our business.", n).format(tag=breach.scope_detail)
    return lang.ngettext("The breach concerns named customers: about {n} person, a customer or contact of our "
                         "business.",
                         "The breach concerns named customers: about {n} people, all customers or contacts of "
                         "our business.", n)


def notification(breach: Breach, controller: Controller, now: datetime, stage: str = "initial",
                 lang: Language = ENGLISH) -> Document:
    """The draft for the supervisory authority, written in ``lang`` (the caller gives the shop's)."""
    _ = lang.gettext
    todo = _(TO_COMPLETE)
    stage_words = _(breaches.STAGES[stage])
    authority = _(N_("Draft for the supervisory authority"))
    if controller.supervisory_authority:  # as the shop wrote its name: no article to agree with it
        authority = _(N_("Draft for the supervisory authority: {authority}")).format(
            authority=controller.supervisory_authority)
    doc = Document(
        _(N_("Notification of a personal data breach")), controller.name,
        " · ".join((authority, stage_words, _(N_("breach {reference}")).format(reference=breach.reference),
                    _(N_("prepared {date}")).format(date=lang.date(now.date())))),
        header=_(N_("{shop} · breach {reference} · notification draft")).format(shop=controller.name,
                                                                                 reference=breach.reference),
        language=lang.code)
    doc.heading(_(N_("1. The controller"))).fields([
        (lang.pgettext("name of a business", NP_("name of a business", "Name")), controller.name), (_(N_("Address")), controller.address or todo),
        (_(N_("Contact for this breach")), controller.contact or todo),
        (_(N_("Data protection officer or contact")), controller.dpo_contact or _(N_("none appointed")))])
    late = now > breach.due_at and not breach.told("authority")
    told_late = next((n for n in breach.notifications if n.to == "authority" and n.stage == "initial"
                      and n.at > breach.due_at.isoformat()), None)
    doc.heading(_(N_("2. What happened"))).fields([
        (_(N_("Our reference")), breach.reference),
        (_(N_("What happened")), breach.what),
        (_(N_("When it happened")), breach.occurred or _(N_("not known"))),
        (_(N_("When we became aware of it")), _moment(breach.discovered_at, lang)),
        (_(N_("How we became aware of it")), breach.how_discovered or todo),
        (_(N_("72 hours after we became aware")), _moment(breach.due_at, lang)),
    ])
    if (late and breach.authority_needed is not False) or told_late:
        doc.subheading(_(N_("Reasons for the delay (Art. 33(1))")))
        doc.text(told_late.note if told_late and told_late.note else todo)
    doc.heading(_(N_("3. The personal data and people concerned")))
    doc.text(_scope(breach, lang))
    if breach.categories:
        doc.table([_(N_("Kind of personal data")), _(N_("People whose data it was"))], _categories(breach, lang),
                  [120, 50])
    if "notes" in breach.categories:
        doc.text(lang.ngettext(
            "Our customer records have no fields for special categories of data (Art. 9) or criminal convictions, "
            "but notes about {n} of the people were included: to be completed before sending: whether they "
            "mention health or other special categories.",
            "Our customer records have no fields for special categories of data (Art. 9) or criminal convictions, "
            "but notes about {n} of the people were included: to be completed before sending: whether they "
            "mention health or other special categories.", breach.categories["notes"]))
    else:
        doc.text(_(N_("Our customer records have no fields for special categories of data (Art. 9) or criminal "
                      "convictions, and no notes about the people were included.")))
    doc.heading(_(N_("4. How the data was protected")))
    protected = (_(N_("The copy concerned was encrypted.")) if breach.encrypted
                 else _(N_("The copy concerned was not encrypted.")))
    doc.text(" ".join(x for x in (protected, _sentence(breach.encryption_note)) if x))
    doc.heading(_(N_("5. Likely consequences for the people")))
    doc.text(_sentence(breach.consequences) or todo)
    if breach.risk:
        assessment = _(N_("Our assessment: {risk}.")).format(risk=_(breaches.RISKS[breach.risk]))
        doc.text(" ".join(x for x in (assessment, _sentence(breach.decision_reason)) if x))
    doc.heading(_(N_("6. Measures taken or proposed")))
    doc.text(_sentence(breach.measures) or todo)
    doc.heading(_(N_("7. Telling the people concerned")))
    if breach.people_needed:
        doc.text(_(N_("The people concerned have been told.")) if breach.told("people") else
                 _(N_("The people concerned will be told without undue delay, in plain language (Art. 34).")))
    elif breach.people_needed is False:
        doc.text(" ".join(x for x in (_(N_("We do not tell the people concerned individually.")),
                                      _sentence(breach.decision_reason)) if x))
    else:
        doc.text(todo)
    doc.heading(_(N_("8. This notification")))
    earlier = [_(N_("{stage} on {date}")).format(stage=_(breaches.STAGES[n.stage]),
                                                 date=lang.date(date.fromisoformat(n.at[:10])))
               for n in breach.notifications if n.to == "authority"]
    doc.text(" ".join([_(THIS_STAGE[stage])]
                      + ([_(N_("Earlier: {notifications}.")).format(notifications="; ".join(earlier))]
                         if earlier else [])
                      + [_(N_("Where not all the information is available yet, it is given in phases without "
                              "undue further delay (Art. 33(4))."))]))
    doc.small(_(N_("A draft made by crmdesk from the shop's breach log. Check every answer, complete what is "
                   "marked, and send it through the authority's own form or address. crmdesk adds no customer's "
                   "name; check that the text written in the log names none either.")))
    return doc


def _language_of(person: Addressee, shop: Language) -> Language:
    """The language ``person``'s letter is written in: theirs, where crmdesk writes it, else the shop's."""
    return get(person.language) if person.language in LANGUAGES else shop


def letters(breach: Breach, people: list[Addressee], controller: Controller, now: datetime,
            lang: Language = ENGLISH) -> Document:
    """One letter per person, each in that person's language (``Addressee.language``); the set's title in
    ``lang`` (the caller gives the shop's)."""
    _ = lang.gettext
    doc = Document(_(N_("Letters about breach {reference}")).format(reference=breach.reference), controller.name,
                   " · ".join((lang.ngettext("{n} letter", "{n} letters", len(people)), lang.date(now.date()),
                               _(N_("personal data: keep safe, delete once sent")))),
                   # On every page, so in no language: each letter is in its person's.
                   header=f"{controller.name} · {breach.reference}", language=lang.code)
    for number, person in enumerate(people):
        if number:
            doc.page_break()
        _letter(doc, breach, person, controller, now, _language_of(person, lang))
    return doc


def _letter(doc: Document, breach: Breach, person: Addressee, controller: Controller, now: datetime,
            lang: Language) -> None:
    _ = lang.gettext
    ways = [x for x in (controller.contact, controller.dpo_contact) if x]
    contact = (_(N_("{first} or {second}")).format(first=ways[0], second=ways[1]) if len(ways) == 2
               else ways[0] if ways else _(TO_COMPLETE))
    doc.text("\n".join(x for x in (controller.name, controller.address) if x))
    where = person.address or (_(N_("By e-mail: {email}")).format(email=person.email) if person.email else "")
    doc.text("\n".join(x for x in (person.name, where) if x))
    doc.text(_(N_("Date: {date}")).format(date=lang.date(now.date())))
    doc.subheading(_(N_("Something went wrong with your personal data")))
    doc.text(_(N_("Dear {name},")).format(name=person.name))
    doc.text(_(N_("we are writing to tell you about a problem with information we hold about you. {what}. We "
                  "found out on {date}.")).format(what=breach.what.rstrip("."),
                                                 date=lang.date(breach.discovered_at.date())))
    doc.subheading(_(N_("What information was involved")))
    kinds = [_(breaches.ONE_PERSONS[key]) for key in person.kinds if key in breaches.ONE_PERSONS]
    doc.text(capitalised(_listed(kinds or [_(breaches.ONE_PERSONS["names"])], lang)) + ".")
    doc.subheading(_(N_("What this could mean for you")))
    doc.text(_sentence(breach.consequences) or _(N_("We do not expect harm, but want you to know.")))
    doc.subheading(_(N_("What we have done")))
    doc.text(_sentence(breach.measures) or
             _(N_("We are looking into what happened and how to keep it from happening again.")))
    advice = [_(ADVICE[key]) for key in person.kinds if key in ADVICE]
    if advice:
        doc.subheading(_(N_("What you can do")))
        doc.items(advice)
    doc.subheading(_(N_("Questions")))
    if controller.supervisory_authority:
        doc.text(_(N_("Contact us: {contact}. You may also complain to {authority}. Our reference is "
                      "{reference}.")).format(contact=contact, authority=controller.supervisory_authority,
                                              reference=breach.reference))
    else:
        doc.text(_(N_("Contact us: {contact}. You may also complain to the data protection authority where you "
                      "live or work. Our reference is {reference}.")).format(contact=contact,
                                                                            reference=breach.reference))
    doc.text(_(N_("We are sorry.")) + "\n" + controller.name)
