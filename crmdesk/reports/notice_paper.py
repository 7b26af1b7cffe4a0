"""The privacy notice as a document: PDF or DOCX to print or hang at the
counter, plain text for the shop's website (``Document.plain_text``).

Written in one of crmdesk's languages: the fixed wording, the lawful bases,
periods, places and retention rules come from the catalogue, the purposes
crmdesk made are translated too; what the shop wrote itself (its name, a
purpose it added, a description it changed) stays as the shop wrote it.
"""

from __future__ import annotations

from datetime import date

from crmdesk.core import privacy_notice
from crmdesk.core.language import N_, Language, get
from crmdesk.core.privacy_notice import Notice
from crmdesk.reports.document import Document


def document(notice: Notice, lang: Language, version: privacy_notice.Version | None = None) -> Document:
    _ = lang.gettext
    shop = notice.controller
    label = _(N_("Privacy notice (GDPR Art. 13)"))
    if version:
        label += " · " + _(N_("version {version}")).format(version=version.version)
        label += " · " + lang.date(date.fromisoformat(version.published_at[:10]))
    doc = Document(_(N_("How we use your personal data")), shop.name, label,
                   header=_(N_("{shop} · privacy notice")).format(shop=shop.name), language=lang.code)
    doc.heading(_(N_("Who we are"))).text("\n".join(x for x in (shop.name, shop.address, shop.contact) if x))
    if shop.dpo_contact:
        doc.text(_(N_("For questions about your data: {contact}.")).format(contact=shop.dpo_contact))
    doc.heading(_(N_("What we use your data for")))
    for use in notice.uses:
        purpose = use.purpose
        doc.subheading(_(purpose.title))
        doc.fields([(_(N_("What for")), _(purpose.description or purpose.title)),
                    (_(N_("Lawful basis")), use.basis(lang)),
                    (_(N_("Whether you must give it")), use.needed(lang)),
                    (_(N_("How long we keep it")), purpose.kept(lang)),
                    (_(N_("Who else receives it")),
                     "; ".join(p.recipient_line(lang) for p in use.recipients) or _(N_("no one")))])
    if notice.others:
        doc.heading(_(N_("Others who receive data"))).items(list(notice.others))
    doc.heading(_(N_("Outside the EU/EEA")))
    if notice.transfers:
        doc.items([f"{p.name}: {p.where(lang)}" for p in notice.transfers])
    else:
        doc.text(_(N_("Your data stays in the EU/EEA.")))
    if notice.retention_rules:
        doc.heading(_(N_("When we delete data"))).items([rule.explained(lang) for rule in notice.retention_rules])
    doc.heading(_(N_("Your rights"))).text(_(N_("You have the right"))).items(
        [_(right) for right in privacy_notice.RIGHTS])
    if shop.contact:
        doc.text(_(N_("Ask us ({contact}); we answer within one month.")).format(contact=shop.contact))
    else:
        doc.text(_(N_("Ask us; we answer within one month.")))
    doc.heading(_(N_("Complaints")))
    if shop.supervisory_authority:
        doc.text(_(N_("You may complain to a data protection authority (Art. 77), in particular where you live or "
                      "work; ours is {authority}.")).format(authority=shop.supervisory_authority))
    else:
        doc.text(_(N_("You may complain to a data protection authority, in particular where you live or work "
                      "(Art. 77).")))
    doc.text(_(N_("We make no decisions about you based solely on automated processing, including profiling.")))
    return doc


def current(session, code: str = "en") -> tuple[Document, str, privacy_notice.Version | None]:
    """The notice as the vault says it now, in the language ``code``: the document (labelled with
    the published version it matches), its text to publish, and that version (None when this text
    is not published yet)."""
    lang = get(code)
    notice = privacy_notice.make(session)
    draft = document(notice, lang).plain_text().strip()
    published = privacy_notice.versions(session, lang.code)
    same = published[0] if published and published[0].body == draft else None
    return document(notice, lang, same), draft, same


def drafts(session) -> dict[str, str]:
    """The texts to publish: the notice in each of ``privacy_notice.languages``."""
    notice = privacy_notice.make(session)
    return {code: document(notice, get(code)).plain_text().strip()
            for code in privacy_notice.languages(session)}
