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
from crmdesk.core.people.contact_model import KINDS, Interaction
from crmdesk.core.people.contacts import resolve
from crmdesk.core.permissions import Permission
from crmdesk.core.vault.session import Session


def _check(session: Session, kind: str, summary: str, body: str, occurred_at: datetime) -> None:
    if kind not in KINDS:
        raise UsageError(f"'{kind}' is not a kind of interaction; use one of {', '.join(KINDS)}.")
    if not (summary.strip() or body.strip()):
        raise UsageError("Write what happened: a summary or some text.")
    if occurred_at > session.clock.now():
        raise UsageError("An interaction cannot be in the future; give today's date or an earlier one.")


def write_interaction(session: Session, rowid: int, *, kind: str, summary: str, body: str,
                      occurred_at: datetime) -> str:
    """Insert one interaction inside the caller's transaction; returns its id."""
    interaction_id = str(uuid.uuid4())
    at = iso(occurred_at)
    session.conn.execute(
        "INSERT INTO interactions (id, contact, kind, occurred_at, summary, body, user_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (interaction_id, rowid, kind, at, summary.strip(), body.strip(), session.user.id,
         iso(session.clock.now())),
    )
    session.conn.execute(
        "UPDATE contacts SET last_interaction_at = max(last_interaction_at, ?) WHERE rowid = ?",
        (at, rowid),
    )
    return interaction_id


def add_interaction(session: Session, contact_id: str, *, kind: str = "note", summary: str = "",
                    body: str = "", occurred_at: datetime | None = None) -> Interaction:
    """Log an interaction. Needs EDIT."""
    session.require(Permission.EDIT)
    occurred_at = occurred_at or session.clock.now()
    _check(session, kind, summary, body, occurred_at)
    rowid, contact_id = resolve(session, contact_id)
    with session.transaction():
        interaction_id = write_interaction(session, rowid, kind=kind, summary=summary, body=body,
                                           occurred_at=occurred_at)
        session.audit("interaction.added", target=contact_id,
                      detail={"interaction": interaction_id, "kind": kind})
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
