"""The record of processing activities as a document (PDF, or DOCX to edit).

Laid out like the regulators' simplified registers for small businesses
(one sheet per activity: purpose, lawful basis, people, data, recipients,
transfers, retention; then the security measures), with each part marked
"from the vault" (read when the record was made) or "written by the owner"
(Settings). It names no customer: people and data are counted.
"""

from __future__ import annotations

from crmdesk.core import processing_record as record
from crmdesk.core.privacy import processors
from crmdesk.core.processing_record import Record
from crmdesk.reports.document import Document

OWNER_WROTE = "written by the owner in Settings"


def document(made: Record) -> Document:
    day = made.made_at.date().isoformat()
    vault = f"from the vault, {made.made_at.isoformat()[:16].replace('T', ' ')} UTC"
    ctl = made.controller
    doc = Document("Record of processing activities", ctl.name,
                   f"GDPR Art. 30(1) · made on {day} by {made.made_by} with crmdesk",
                   header=f"{ctl.name} · record of processing activities · {day}")
    doc.heading("1. The controller").fields([
        ("Name", ctl.name), ("Address", ctl.address or "—"), ("Contact", ctl.contact or "—"),
        ("Representative in the EU (Art. 27)", made.representative or "none"),
        ("Data protection officer or contact", ctl.dpo_contact or "none appointed"),
    ]).small(f"Name and address: {OWNER_WROTE}.")
    doc.heading("2. Processing activities in crmdesk").small(
        f"One per purpose in use. People, data, recipients and retention: {vault}.")
    if made.without_basis:
        doc.text(f"{made.without_basis:,} contacts are kept with no purpose at present (no consent or other lawful "
                 "basis on record): record one for them, or let the retention rules erase them.")
    for number, activity in enumerate(made.activities, start=1):
        purpose = activity.purpose
        recipients = "; ".join(p.recipient_line() for p in activity.recipients) or "none outside the shop"
        transfers = "; ".join(f"{p.name}: {p.where()}" for p in activity.transfers) or "none"
        doc.subheading(f"2.{number} {purpose.title}").fields([
            ("Purpose", purpose.description or purpose.title),
            ("Lawful basis", activity.basis),
            ("People concerned", f"customers and contacts of the shop: {activity.people:,} at present"),
            ("Kinds of personal data", record.data_words(activity)),
            ("Special categories (Art. 9)", "none: crmdesk has no fields for them, and notes must not hold any"),
            ("Recipients and processors", recipients),
            ("Transfers outside the EU/EEA", transfers),
            ("How long it is kept", purpose.kept_for + ("; then the retention rules (section 4)")),
        ])
    doc.heading("3. Other processing").small(f"{OWNER_WROTE.capitalize()}: what the shop does outside crmdesk.")
    if made.other_processing:
        doc.items(list(made.other_processing))
    else:
        doc.text("None written yet (for example payroll, the video camera, the booking book on paper).")
    doc.heading("4. Retention rules").small(vault + ".")
    if made.retention_rules:
        doc.items(list(made.retention_rules))
    else:
        doc.text("No retention rule is switched on.")
    doc.heading("5. Technical and organisational measures (Art. 32)").small(vault + ".")
    doc.table(["Measure", "What the vault shows"], [[what, detail] for what, detail in made.measures], [45, 125])
    register = sorted({p.name: p for a in made.activities for p in a.recipients}.values(), key=lambda p: p.name)
    doc.heading("6. Processors (Art. 28)").small(vault + ", from the register of processors.")
    if register:
        doc.table(["Processor", "What they do", "Data", "Where", "Agreement"],
                  [[p.name, p.service, processors.category_words(p), p.where(),
                    (p.contract_date.isoformat() if p.contract_date else "no date")
                    + ("; scan kept" if p.agreement_name else "")] for p in register], [30, 32, 36, 44, 28])
    else:
        doc.text("No processor is in the register.")
    doc.small("Keep this record with the shop's data-protection papers and make it again after a change: the "
              "parts from the vault are then current again.")
    return doc
