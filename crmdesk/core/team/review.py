"""What a person reviews after the desks were kept in step (``team_conflicts``, written by ``desk``):

- a **field** both this desk and another changed: the team's value is in the contact, this desk's was
  kept. Taking this desk's value writes it into the contact, as an edit made here, and it is sent to
  the other desks; keeping the team's value only clears the note.
- a **held** change: a change from another desk a rule here refused (a restriction, a legal hold, a
  person who asked to be erased here). Applying it writes the team's record into the contact once the
  rule allows it (the gate refuses it otherwise, with the rule's own sentence); dismissing it keeps
  this desk's record, which goes to the other desks with its next change.
- a **merge** of duplicates made at another desk: a person merges the two here too (the duplicates
  dialog), or not; the note is only cleared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from crmdesk.core.errors import NotFound
from crmdesk.core.language import tr
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address
from crmdesk.core.permissions import Permission
from crmdesk.core.team.content import current, input_of
from crmdesk.core.team.desk import MERGED, REVISION, WHOLE, known, queue
from crmdesk.core.vault.session import Session

(MERGED_AWAY,) = MERGED  # the mark of a contact merged into another at a desk


@dataclass(frozen=True)
class Review:
    seq: int
    contact: str  # the contact's id
    name: str  # its name here; "" when it is not here (a new contact held back)
    field: str  # a field of the team's record ("notes", "emails", …), or WHOLE
    team: Any  # the team's value; for a held change or a merge, the team's whole record (None: an erasure)
    kept: Any  # this desk's value (None for a held change or a merge)
    at: str

    @property
    def kind(self) -> str:
        """"field", "held", "merged" or "erasure" (another desk erased the person; a legal hold here kept
        them: erase them here when it ends)."""
        if self.field != WHOLE:
            return "field"
        if self.team is None:
            return "erasure"
        return "merged" if self.team.get(MERGED_AWAY) else "held"

    @property
    def record(self) -> dict | None:
        """The team's whole record, for a held change."""
        return None if self.team is None else {k: v for k, v in self.team.items() if not k.startswith("_")}


def waiting(session: Session) -> list[Review]:
    """The notes waiting for review, oldest first. Needs READ."""
    session.require(Permission.READ)
    rows = session.conn.execute(
        "SELECT t.seq, t.record, coalesce(c.display_name, ''), t.field, t.server, t.kept, t.at FROM team_conflicts t"
        " LEFT JOIN contacts c ON c.id = t.record ORDER BY t.seq").fetchall()
    return [Review(seq, record, name, field, json.loads(team), json.loads(kept), at)
            for seq, record, name, field, team, kept, at in rows]


def settle(session: Session, seq: int, take: str) -> None:
    """Settle one note: ``take`` "team" (the team's value or change) or "here" (this desk's). See the module
    notes. Needs EDIT."""
    session.require(Permission.EDIT)
    found = next((r for r in waiting(session) if r.seq == seq), None)
    if found is None:
        raise NotFound(tr("That change was reviewed already, or its contact is gone."))
    if take not in ("team", "here"):
        raise ValueError(f"take is 'team' or 'here', not {take!r}")
    here = current(session, found.contact)
    if found.kind == "field" and take == "here" and here is not None:
        contacts.update_contact(session, found.contact, input_of({**here, found.field: found.kept}))
    elif found.kind == "held" and take == "team":
        if here is None:  # a new contact from another desk, held back: a person decided it is welcome here
            contacts.add_contact(session, input_of(found.record), returning=True, contact_id=found.contact)
        else:  # through the gate: refused with the rule's own sentence while the rule still holds
            contacts.update_contact(session, found.contact, input_of(found.record))
    with session.operation(Permission.EDIT, "team.reviewed", detail={"field": found.field, "took": take}) as op:
        if found.kind == "held":  # the team's record is what this desk's next push builds on
            known(op, found.contact, found.team[REVISION], found.record)
            if take == "here" and here is not None:
                queue(op, found.contact)  # this desk's record goes to the other desks
        op.conn.execute("DELETE FROM team_conflicts WHERE seq = ?", (seq,))


def value_words(value: Any) -> str:
    """A field's value as one line a person reads: a list's entries joined, an address on one line."""
    if isinstance(value, list):
        return "; ".join(value_words(entry) for entry in value)
    if isinstance(value, dict):
        if "street" in value:
            return Address(**value).one_line()
        label = value.get("label") or ""
        return f"{value.get('value', '')} ({label})" if label else str(value.get("value", ""))
    return "" if value is None else str(value)
