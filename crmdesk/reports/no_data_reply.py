"""The reply to someone the vault holds nothing about (Art. 15(1), 12(4)):
a short letter in plain language saying so, what was searched for, that
the request and this answer are kept (and for how long), and how to ask
again or complain. Written in one of crmdesk's languages (the requester
is no contact, so whoever answers chooses; the shop's by default)."""

from __future__ import annotations

from datetime import datetime

from crmdesk.core.language import N_, Language
from crmdesk.core.privacy.requests import SubjectRequest
from crmdesk.core.privacy.subject_data import Controller
from crmdesk.reports.document import Document

ASKED = {"access": N_("you asked us which personal data we hold about you."),
         "rectification": N_("you asked us to correct personal data about you."),
         "erasure": N_("you asked us to erase the personal data we hold about you."),
         "restriction": N_("you asked us to restrict the use of personal data about you."),
         "portability": N_("you asked us for a copy of your personal data to take elsewhere."),
         "objection": N_("you asked us to stop using personal data about you.")}
NOTHING_TO = {"access": N_("So there is nothing to copy."), "portability": N_("So there is nothing to copy."),
              "rectification": N_("So there is nothing to correct."), "erasure": N_("So there is nothing to erase."),
              "restriction": N_("So there is nothing to restrict."), "objection": N_("So there is nothing to stop.")}


def reply(request: SubjectRequest, controller: Controller, address: str, searched: str, kept_years: int,
          now: datetime, lang: Language) -> Document:
    _ = lang.gettext
    today = lang.date(now.date())
    doc = Document(_(N_("Your request about your personal data")), controller.name,
                   _(N_("Reference {reference} · received {received} · answered {answered}")).format(
                       reference=request.reference, received=lang.date(request.received_on), answered=today),
                   header=_(N_("{shop} · reply to request {reference}")).format(shop=controller.name,
                                                                              reference=request.reference),
                   language=lang.code)
    doc.text("\n".join(x for x in (controller.name, controller.address, controller.contact) if x))
    doc.text("\n".join(x for x in (request.requester, address) if x))
    doc.text(today)
    doc.text(_(N_("Dear {name},")).format(name=request.requester))
    doc.text(_(ASKED.get(request.type, ASKED["access"])) + " " + _(N_(
        "We have searched our customer records for what you gave us: {searched}.")).format(searched=searched))
    doc.subheading(_(N_("We hold no personal data about you")))
    held = (_(N_("None of it is in our records: we do not process personal data about you in them (Article 15(1) "
                 "of the General Data Protection Regulation)."))
            if request.type in ("access", "portability") else
            _(N_("None of it is in our records: we do not process personal data about you in them.")))
    doc.text(held + " " + _(NOTHING_TO.get(request.type, NOTHING_TO["access"])))
    doc.subheading(_(N_("What we keep of your request")))
    doc.text(_(N_("To be able to show that we answered, we keep a record of your request and of this answer under "
                  "reference {reference}: your name as you gave it and what we searched for. It is deleted {period} "
                  "after this answer.")).format(reference=request.reference,
                                                period=lang.duration(kept_years, "years")))
    doc.subheading(_(N_("If you think we do hold data about you")))
    contact = controller.dpo_contact or controller.contact
    doc.text(_(N_("Perhaps under another name, e-mail address or phone number: tell us ({contact}) and we will "
                  "search again.")).format(contact=contact) if contact else
             _(N_("Perhaps under another name, e-mail address or phone number: tell us and we will search again.")))
    if controller.supervisory_authority:
        doc.text(_(N_("You have the right to complain to a supervisory authority (Art. 77), in particular "
                      "where you live or work; ours is {authority}.")).format(
            authority=controller.supervisory_authority))
    else:
        doc.text(_(N_("You have the right to complain to a supervisory authority (Art. 77), in particular "
                      "where you live or work.")))
    doc.text(_(N_("Kind regards,")) + f"\n{controller.name}")
    return doc
