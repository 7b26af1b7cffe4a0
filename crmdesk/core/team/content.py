"""What a sealed contact says: a contact's fields as the team's JSON, sealed, sent and merged, and back; and the
contacts of this vault as that JSON."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from crmdesk.core.errors import NotFound
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, Birthday, ContactInput, Labelled
from crmdesk.core.vault.session import Session


def content_of(data: ContactInput, display_name: str | None = None) -> dict:
    """A contact's fields as the team's JSON: what is sealed, sent and merged (a stored contact's
    ``display_name``: the one a person chose, else empty)."""
    return {
        "given_name": data.given_name, "family_name": data.family_name,
        "display_name": data.display_name if display_name is None else display_name,
        "organisation": data.organisation, "job_title": data.job_title,
        "emails": [_fields(e) for e in data.emails], "phones": [_fields(p) for p in data.phones],
        "addresses": [_fields(a) for a in data.addresses], "websites": [_fields(w) for w in data.websites],
        "birthday": data.birthday.isoformat() if data.birthday else None, "notes": data.notes,
        "tags": sorted(data.tags, key=str.casefold), "source": data.source,
        "since": data.since.isoformat() if data.since else None, "language": data.language,
    }


def _fields(entry) -> dict:
    """An e-mail, phone, address or website as a dict: ``dataclasses.asdict`` for fields that are all text,
    without its deep copy (a first sync reads them by the hundred thousand)."""
    return {field.name: getattr(entry, field.name) for field in dataclasses.fields(entry)}


def input_of(content: dict) -> ContactInput:
    return ContactInput(
        given_name=content.get("given_name") or "", family_name=content.get("family_name") or "",
        display_name=content.get("display_name") or "", organisation=content.get("organisation") or "",
        job_title=content.get("job_title") or "",
        emails=[Labelled(**e) for e in content.get("emails") or []],
        phones=[Labelled(**p) for p in content.get("phones") or []],
        addresses=[Address(**a) for a in content.get("addresses") or []],
        websites=[Labelled(**w) for w in content.get("websites") or []],
        birthday=Birthday.fromisoformat(content["birthday"]) if content.get("birthday") else None,
        notes=content.get("notes") or "", tags=list(content.get("tags") or []), source=content.get("source") or "",
        since=date.fromisoformat(content["since"]) if content.get("since") else None,
        language=content.get("language") or "")


def as_they_are(session: Session, waiting: list[tuple[str, int]]):
    """(id, changes, content here or None, (revision, base) on the server or None) of each contact waiting,
    read a thousand at a time."""
    for start in range(0, len(waiting), 1000):
        chunk = waiting[start:start + 1000]
        ids = json.dumps([contact_id for contact_id, _changes in chunk])
        found = contacts.get_contacts(session, [contact_id for contact_id, _changes in chunk])
        records = {row[0]: row[1:] for row in session.conn.execute(
            "SELECT id, revision, base FROM team_records WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
        for contact_id, changes in chunk:
            contact = found.get(contact_id)
            here = None if contact is None else content_of(contact, contact.chosen_display_name)
            yield contact_id, changes, here, records.get(contact_id)


def current(session: Session, contact_id: str) -> dict | None:
    """The contact as it is here, or None when it is gone (erased)."""
    try:
        contact = contacts.get_contact(session, contact_id)
    except NotFound:
        return None
    return content_of(contact, contact.chosen_display_name)
