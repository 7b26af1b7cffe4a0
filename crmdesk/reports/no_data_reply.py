"""The reply to someone the vault holds nothing about (Art. 15(1), 12(4)):
a short letter in plain language saying so, what was searched for, that
the request and this answer are kept (and for how long), and how to ask
again or complain."""

from __future__ import annotations

from datetime import datetime

from crmdesk.core.privacy.requests import SubjectRequest
from crmdesk.core.privacy.subject_data import Controller
from crmdesk.reports.document import Document

ASKED = {"access": "which personal data we hold about you", "rectification": "to correct personal data about you",
         "erasure": "to erase the personal data we hold about you",
         "restriction": "to restrict the use of personal data about you",
         "portability": "for a copy of your personal data to take elsewhere",
         "objection": "to stop using personal data about you"}


def reply(request: SubjectRequest, controller: Controller, address: str, searched: str, kept_years: int,
          now: datetime) -> Document:
    doc = Document("Your request about your personal data", controller.name,
                   f"Reference {request.reference} · received {request.received_on} · answered {now.date()}",
                   header=f"{controller.name} · reply to request {request.reference}")
    doc.text("\n".join(x for x in (controller.name, controller.address, controller.contact) if x))
    doc.text("\n".join(x for x in (request.requester, address) if x))
    doc.text(f"Date: {now.date()}")
    doc.text(f"Dear {request.requester},")
    doc.text(f"you asked us {ASKED.get(request.type, 'about personal data about you')}. We have searched our "
             f"customer records for what you gave us: {searched}.")
    doc.subheading("We hold no personal data about you")
    doc.text("None of it is in our records: we do not process personal data about you in them"
             + (" (Article 15(1) of the General Data Protection Regulation)" if request.type in ("access", "portability")
                else "") + ". So there is nothing to "
             + {"access": "copy", "portability": "copy", "rectification": "correct", "erasure": "erase",
                "restriction": "restrict", "objection": "stop"}.get(request.type, "do") + ".")
    doc.subheading("What we keep of your request")
    doc.text(f"To be able to show that we answered, we keep a record of your request and of this answer under "
             f"reference {request.reference}: your name as you gave it and what we searched for. It is deleted "
             f"{kept_years} years after this answer.")
    doc.subheading("If you think we do hold data about you")
    contact = controller.dpo_contact or controller.contact
    authority = controller.supervisory_authority or "the data protection authority where you live or work"
    doc.text("Perhaps under another name, e-mail address or phone number: tell us"
             + (f" ({contact})" if contact else "") + f" and we will search again. You may also complain to "
             f"{authority}.")
    doc.text(f"Kind regards,\n{controller.name}")
    return doc
