"""The record of processing activities as a document (PDF, or DOCX to edit).

Laid out like the regulators' simplified registers for small businesses
(one sheet per activity: purpose, lawful basis, people, data, recipients,
transfers, retention; then the security measures), with each part marked
"from the vault" (read when the record was made) or "written by the owner"
(Settings). It names no customer: people and data are counted.

Written in the record's language (``Record.lang``: the shop's, unless the
caller chose another): the fixed wording, the bases, periods, places and
measures come from the catalogue, and the purposes crmdesk made are
translated too; what the shop wrote itself (its name, a purpose it added,
a processor's service, other processing) stays as the shop wrote it.
"""

from __future__ import annotations

from crmdesk.core import processing_record as record
from crmdesk.core.language import N_, NP_, Language
from crmdesk.core.privacy.categories import DATA_CATEGORIES
from crmdesk.core.privacy.processors import Processor
from crmdesk.core.processing_record import Record
from crmdesk.reports.document import Document


def _agreement(processor: Processor, lang: Language) -> str:
    signed = lang.date(processor.contract_date) if processor.contract_date else lang.gettext(N_("no date"))
    if processor.agreement_name:
        return lang.gettext(N_("{date}; scan kept")).format(date=signed)
    return signed


def _data(processor: Processor, lang: Language) -> str:
    return ", ".join(lang.gettext(DATA_CATEGORIES[c]) for c in processor.categories) or "—"


def document(made: Record) -> Document:
    lang = made.lang
    _ = lang.gettext
    day = lang.date(made.made_at.date())
    vault = _(N_("From the vault, {date}, {time} UTC.")).format(date=day, time=made.made_at.strftime("%H:%M"))
    ctl = made.controller
    doc = Document(_(N_("Record of processing activities")), ctl.name,
                   _(N_("GDPR Art. 30(1) · made on {date} by {user} with crmdesk")).format(date=day,
                                                                                          user=made.made_by),
                   header=_(N_("{shop} · record of processing activities · {date}")).format(shop=ctl.name, date=day),
                   language=lang.code)
    doc.heading(_(N_("1. The controller"))).fields([
        (lang.pgettext("name of a business", NP_("name of a business", "Name")), ctl.name), (_(N_("Address")), ctl.address or "—"), (_(N_("Contact")), ctl.contact or "—"),
        (_(N_("Representative in the EU (Art. 27)")), made.representative or _(N_("none"))),
        (_(N_("Data protection officer or contact")), ctl.dpo_contact or _(N_("none appointed"))),
    ]).small(_(N_("Name and address: written by the owner in Settings.")))
    doc.heading(_(N_("2. Processing activities in crmdesk"))).small(
        _(N_("One per purpose in use. People, data, recipients and retention: from the vault, {date}, {time} "
             "UTC.")).format(date=day, time=made.made_at.strftime("%H:%M")))
    if made.without_basis:
        doc.text(lang.ngettext(
            "{n} contact is kept with no purpose at present (no consent or other lawful basis on record): record "
            "one for them, or let the retention rules erase them.",
            "{n} contacts are kept with no purpose at present (no consent or other lawful basis on record): "
            "record one for them, or let the retention rules erase them.", made.without_basis))
    for number, activity in enumerate(made.activities, start=1):
        purpose = activity.purpose
        recipients = "; ".join(p.recipient_line(lang) for p in activity.recipients) or _(N_("none outside the shop"))
        transfers = "; ".join(f"{p.name}: {p.where(lang)}" for p in activity.transfers) or _(N_("none"))
        doc.subheading(f"2.{number} {_(purpose.title)}").fields([
            (_(N_("Purpose")), _(purpose.description or purpose.title)),
            (_(N_("Lawful basis")), activity.basis),
            (_(N_("People concerned")), lang.ngettext("customers and contacts of the shop: {n} at present",
                                                      "customers and contacts of the shop: {n} at present",
                                                      activity.people)),
            (_(N_("Kinds of personal data")), record.data_words(activity, lang)),
            (_(N_("Special categories (Art. 9)")),
             _(N_("none: crmdesk has no fields for them, and notes must not hold any"))),
            (_(N_("Recipients and processors")), recipients),
            (_(N_("Transfers outside the EU/EEA")), transfers),
            (_(N_("How long it is kept")),
             _(N_("{period}; then the retention rules (section 4)")).format(period=purpose.kept(lang))),
        ])
    doc.heading(_(N_("3. Other processing"))).small(
        _(N_("Written by the owner in Settings: what the shop does outside crmdesk.")))
    if made.other_processing:
        doc.items(list(made.other_processing))
    else:
        doc.text(_(N_("None written yet (for example payroll, the video camera, the booking book on paper).")))
    doc.heading(_(N_("4. Retention rules"))).small(vault)
    if made.retention_rules:
        doc.items(list(made.retention_rules))
    else:
        doc.text(_(N_("No retention rule is switched on.")))
    doc.heading(_(N_("5. Technical and organisational measures (Art. 32)"))).small(vault)
    doc.table([_(N_("Measure")), _(N_("What the vault shows"))], [[what, detail] for what, detail in made.measures],
              [45, 125])
    register = sorted({p.name: p for a in made.activities for p in a.recipients}.values(), key=lambda p: p.name)
    doc.heading(_(N_("6. Processors (Art. 28)"))).small(
        _(N_("From the vault, {date}, {time} UTC, from the register of processors.")).format(
            date=day, time=made.made_at.strftime("%H:%M")))
    if register:
        doc.table([_(N_("Processor")), _(N_("What they do")), _(N_("Data")), _(N_("Where")), _(N_("Agreement"))],
                  [[p.name, p.service, _data(p, lang), p.where(lang), _agreement(p, lang)] for p in register],
                  [30, 32, 36, 44, 28])
    else:
        doc.text(_(N_("No processor is in the register.")))
    doc.small(_(N_("Keep this record with the shop's data-protection papers and make it again after a change: the "
                   "parts from the vault are then current again.")))
    return doc
