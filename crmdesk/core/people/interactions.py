"""Interactions with a contact: visits, calls, e-mails, purchases, notes.

A date in the past is allowed (logging yesterday's call). Adding keeps the
contact's ``last_interaction_at`` current for sorting. Needs EDIT to add,
READ to list. Threading: the session's thread.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from crmdesk.core.clock import iso
from crmdesk.core.errors import UsageError
from crmdesk.core.language import tr
from crmdesk.core.people.contact_model import KINDS, Interaction
from crmdesk.core.people.contacts import resolve
from crmdesk.core.permissions import Permission
from crmdesk.core.vault.gate import CONTACTS, INTERACTIONS, Effect, Operation
from crmdesk.core.vault.session import Session


def _check(session: Session, kind: str, summary: str, body: str, occurred_at: datetime) -> None:
    if kind not in KINDS:
        raise UsageError(tr("'{kind}' is not a kind of interaction; use one of "
                            "{names}.").format(kind=kind, names=', '.join(KINDS)))
    if not (summary.strip() or body.strip()):
        raise UsageError(tr("Write what happened: a summary or some text."))
    if occurred_at > session.clock.now():
        raise UsageError(tr("An interaction cannot be in the future; give today's date or an earlier one."))


def write_interaction(op: Operation, rowid: int, *, kind: str, summary: str, body: str,
                      occurred_at: datetime, elsewhere: tuple[str, str] | None = None) -> str:
    """Insert one interaction in the operation; returns its id. ``elsewhere``: the id and time of one
    logged at another desk of a team (``core.team.ledgers``), whose author is a user there, not here."""
    interaction_id, created_at = elsewhere or (str(uuid.uuid4()), op.now)
    at = iso(occurred_at)
    op.conn.execute(
        "INSERT INTO interactions (id, contact, kind, occurred_at, summary, body, user_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (interaction_id, rowid, kind, at, summary.strip(), body.strip(), None if elsewhere else op.user_id,
         created_at),
    )
    op.conn.execute(
        "UPDATE contacts SET last_interaction_at = max(last_interaction_at, ?) WHERE rowid = ?",
        (at, rowid),
    )
    op.changed(INTERACTIONS, CONTACTS)
    return interaction_id


def add_interaction(session: Session, contact_id: str, *, kind: str = "note", summary: str = "",
                    body: str = "", occurred_at: datetime | None = None) -> Interaction:
    """Log an interaction. Refused while processing of the contact is
    restricted. Needs EDIT."""
    session.require(Permission.EDIT)
    occurred_at = occurred_at or session.clock.now()
    _check(session, kind, summary, body, occurred_at)
    with session.operation(Permission.EDIT, "interaction.added", subject=contact_id, effect=Effect.PROCESS,
                           detail={"kind": kind}) as op:
        interaction_id = write_interaction(op, op.subject.rowid, kind=kind, summary=summary, body=body,
                                           occurred_at=occurred_at)
        op.detail["interaction"] = interaction_id
    contact_id = op.subject.id
    row = session.conn.execute(
        "SELECT id, kind, occurred_at, summary, body, user_id, created_at FROM interactions WHERE id = ?",
        (interaction_id,),
    ).fetchone()
    return Interaction(row[0], contact_id, *row[1:])


def list_interactions(session: Session, contact_id: str, *, limit: int = 100,
                      before: str | None = None) -> list[Interaction]:
    """The contact's interactions, newest first; ``before`` (an occurred_at) pages back."""
    session.require(Permission.READ)
    rowid, contact_id = resolve(session, contact_id)
    sql = ("SELECT id, kind, occurred_at, summary, body, user_id, created_at FROM interactions"
           " WHERE contact = ?")
    params: list = [rowid]
    if before:
        sql += " AND occurred_at < ?"
        params.append(before)
    sql += " ORDER BY occurred_at DESC, rowid DESC LIMIT ?"
    params.append(limit)
    return [Interaction(r[0], contact_id, *r[1:]) for r in session.conn.execute(sql, params)]
