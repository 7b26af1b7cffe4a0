"""The privacy notice as a document: PDF or DOCX to print or hang at the
counter, plain text for the shop's website (``Document.plain_text``)."""

from __future__ import annotations

from crmdesk.core import privacy_notice
from crmdesk.core.privacy_notice import Notice
from crmdesk.reports.document import Document


def document(notice: Notice, version: int | None = None, day: str = "") -> Document:
    shop = notice.controller
    doc = Document("How we use your personal data", shop.name,
                   "Privacy notice (GDPR Art. 13)" + (f" · version {version}" if version else "")
                   + (f" · {day}" if day else ""), header=f"{shop.name} · privacy notice")
    doc.heading("Who we are").text("\n".join(x for x in (shop.name, shop.address, shop.contact) if x))
    if shop.dpo_contact:
        doc.text(f"For questions about your data: {shop.dpo_contact}.")
    doc.heading("What we use your data for")
    for use in notice.uses:
        purpose = use.purpose
        doc.subheading(purpose.title)
        doc.fields([("What for", purpose.description or purpose.title), ("Lawful basis", use.basis),
                    ("Whether you must give it", use.needed), ("How long we keep it", use.kept),
                    ("Who else receives it", "; ".join(p.recipient_line() for p in use.recipients) or "no one")])
    if notice.others:
        doc.heading("Others who receive data").items(list(notice.others))
    doc.heading("Outside the EU/EEA")
    if notice.transfers:
        doc.items([f"{p.name}: {p.where()}" for p in notice.transfers])
    else:
        doc.text("Your data stays in the EU/EEA.")
    if notice.retention_rules:
        doc.heading("When we delete data").items(list(notice.retention_rules))
    doc.heading("Your rights").text("You have the right").items(list(privacy_notice.RIGHTS))
    doc.text("Ask us" + (f" ({shop.contact})" if shop.contact else "") + "; we answer within one month.")
    authority = shop.supervisory_authority or "the data protection authority where you live or work"
    doc.heading("Complaints").text(f"You may complain to {authority} (Art. 77).")
    doc.text("We make no decisions about you based solely on automated processing, including profiling.")
    return doc


def current(session) -> tuple[Document, str, privacy_notice.Version | None]:
    """The notice as the vault says it now: the document (labelled with the
    published version it matches), its text to publish, and that version
    (None when this text is not published yet)."""
    notice = privacy_notice.make(session)
    draft = document(notice).plain_text().strip()
    published = privacy_notice.versions(session)
    same = published[0] if published and published[0].body == draft else None
    return document(notice, same.version if same else None, same.published_at[:10] if same else ""), draft, same
