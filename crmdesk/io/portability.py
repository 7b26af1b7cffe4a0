"""The machine-readable export of a person's data (GDPR Art. 20).

The document follows ``resources/schemas/subject-export.schema.json``
(JSON Schema 2020-12), named by its ``schema`` field. Dates are ISO 8601;
times are UTC. It holds the same data as the access report.
"""

from __future__ import annotations

import json
from typing import Any

from crmdesk.core.privacy.subject_data import SubjectData

SCHEMA_ID = "https://crmdesk.example/schemas/subject-export/2"


def to_document(data: SubjectData) -> dict[str, Any]:
    c = data.contact
    users = data.users
    return {
        "schema": SCHEMA_ID,
        "generated_at": data.generated_at,
        "controller": {
            "name": data.controller.name, "address": data.controller.address, "contact": data.controller.contact,
            "data_protection_contact": data.controller.dpo_contact,
        },
        "request": None if data.request is None else {
            "reference": data.request.reference, "type": data.request.type,
            "received_on": data.request.received_on.isoformat(), "due_on": data.request.due_on.isoformat(),
        },
        "person": {
            "id": c.id, "given_name": c.given_name, "family_name": c.family_name, "display_name": c.display_name,
            "organisation": c.organisation, "job_title": c.job_title,
            "emails": [{"address": e.value, "label": e.label} for e in c.emails],
            "phones": [{"number": p.value, "kind": p.kind, "label": p.label} for p in c.phones],
            "addresses": [{"label": a.label, "street": a.street, "postal_code": a.postal_code, "city": a.city,
                           "region": a.region, "country": a.country} for a in c.addresses],
            "birthday": c.birthday.isoformat() if c.birthday else None,
            "websites": [{"url": w.value, "label": w.label} for w in c.websites],
            "notes": c.notes, "tags": list(c.tags), "source": c.source,
            "customer_since": c.since.isoformat() if c.since else None, "language": c.language or None,
            "created_at": c.created_at, "updated_at": c.updated_at,
        },
        "interactions": [
            {"kind": i.kind, "occurred_at": i.occurred_at, "summary": i.summary, "text": i.body,
             "logged_by": users.get(i.user_id or "", None)} for i in data.interactions],
        "consent": {
            "current": [{"purpose": s.purpose.key, "title": s.purpose.title, "lawful_basis": s.purpose.basis,
                         "state": s.state, "since": s.since, "expires_at": s.expires_at}
                        for s in data.consent_states],
            "history": [
                {"purpose": e.purpose_key, "action": e.action, "method": e.method, "at": e.at,
                 "expires_at": e.expires_at, "witness": e.witness, "note": e.note, "captured_by": e.captured_by,
                 "text": None if e.text_id is None else {
                     "language": data.texts[e.text_id].language, "version": data.texts[e.text_id].version,
                     "sha256": data.texts[e.text_id].sha256, "body": data.texts[e.text_id].body},
                 "evidence": [{"kind": x.kind, "file_name": x.file_name, "media_type": x.media_type,
                               "bytes": x.size, "sha256": x.sha256} for x in e.evidence]}
                for e in data.consent_history],
        },
        "requests": [
            {"reference": r.reference, "type": r.type, "received_on": r.received_on.isoformat(),
             "due_on": r.due_on.isoformat(), "status": r.status} for r in data.requests],
        "article_15": {
            "purposes": [{"key": p.key, "title": p.title, "lawful_basis": p.basis, "description": p.description}
                         for p in data.purposes],
            "categories": [{"name": cat.name, "items": list(cat.items), "retention": cat.retention}
                           for cat in data.categories],
            "recipients": list(data.controller.recipients),
            "supervisory_authority": data.controller.supervisory_authority,
            "sources": list(data.sources),
            "automated_decisions": False,
        },
    }


def to_json(data: SubjectData) -> bytes:
    return json.dumps(to_document(data), indent=2, ensure_ascii=False).encode("utf-8")
