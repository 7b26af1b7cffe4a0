"""The register of data subject requests, one for the whole team: a request opened at the counter is due at
the office too, and whoever works it next sees what was done.

A request changes (verified, extended, answered, closed, its text cleared), so unlike a consent entry it
travels as a copy of the whole request as it stands (``snapshot``), sealed as an event with an id made from
its content and the team key's epoch: the same request as it stood once is one event however often it is
sent, and after a desk was removed, the desk that removed it sends every request again under the new key. Every desk puts
the copies it takes together with its own by one rule (``join``) that gives the same request whatever
order they come in, and where desks worked a request at the same time, each keeps what the other did:

- its status moves forward only, so the one further on stands; two desks closing it at once (one
  fulfilled, one refused) agree on the one closed first;
- how identity was checked: the check made first;
- an extension: the longer one, its reasons together, and the first day the person was told;
- notes: one desk's lines, or both desks' lines when each added some;
- the replies kept for it (their kind and SHA-256): all of them;
- once its text was cleared (the person erased, or a closed request past the retention of its text), it
  stays cleared: no copy from before brings the text back.

Who did a step is a user of the desk that did, so at the other desks it has no name ("at another desk").
Each desk works out the due date by its own calendar of public holidays.

References: each desk numbers the requests it opens after the highest it knows. Two desks that open one
each before they hear of each other's give the same reference; the request opened first keeps it, the
other gets its reference with four characters of its id after it, at every desk alike, and shows the one
it was given first (``renumbered_from``).

A request outlives its person's erasure, so its events are about no contact (an erasure on the server
leaves them). Instead, each copy sent replaces those before it: the copies this desk knows of
(``team_request_events``) are deleted from the server once a newer one is there, so the server holds a
request's latest state, and text that was cleared here is gone from it too.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import date

import orjson

from crmdesk.core.clock import iso, parse_iso
from crmdesk.core.privacy import requests
from crmdesk.core.privacy.erasure import REMOVED
from crmdesk.core.team.ledgers import contact_row
from crmdesk.core.vault.gate import REQUESTS, Operation

_REQUESTS = uuid.UUID("3c5e8a21-7d4b-4f6e-9a1c-5b2d8e0f4a17")  # the namespace of request events' ids
_REFERENCE = re.compile(r"R-[0-9]{4}-[0-9]{4}")  # as ``requests`` gives them, before any renumbering
RANK = {"received": 0, "verified": 1, "in_progress": 2, "fulfilled": 3, "refused": 3}
_COLUMNS = ("uid", "coalesce(renumbered_from, reference)", "contact_uuid", "type", "received_on", "channel",
            "extended_months", "extension_reason", "extension_told_on", "verified_method", "verified_at", "status",
            "outcome_reason", "notes", "requester", "created_at", "closed_at", "cleared")
_FIELDS = ("uid", "reference", "contact", "type", "received_on", "channel", "extended_months", "extension_reason",
           "extension_told_on", "verified_method", "verified_at", "status", "outcome_reason", "notes", "requester",
           "created_at", "closed_at", "cleared")
_TEXT = ("notes", "outcome_reason", "requester", "verified_method", "extension_reason")  # what clearing takes


def snapshot(conn, uid: str) -> tuple[str, None, dict] | None:
    """(event id, no subject, content) of the request ``uid`` as it stands here; None when there is none."""
    found = conn.execute(f"SELECT id, {', '.join(_COLUMNS)} FROM requests WHERE uid = ?", (uid,)).fetchone()
    if found is None:
        return None
    content = {"kind": "request", **dict(zip(_FIELDS, found[1:], strict=True))}
    content["cleared"] = bool(content["cleared"])
    content["replies"] = sorted([kind, sha, at] for kind, sha, at in conn.execute(
        "SELECT kind, sha256, at FROM request_artefacts WHERE request = ?", (found[0],)))
    digest = hashlib.sha256(orjson.dumps(content, option=orjson.OPT_SORT_KEYS)).hexdigest()
    epoch = conn.execute("SELECT epoch FROM team_link").fetchone()  # under a new key, a copy of its own
    return str(uuid.uuid5(_REQUESTS, f"{uid}\0{epoch[0] if epoch else 0}\0{digest}")), None, content


def _lines(a: str, b: str) -> str:
    """Two desks' lines of text (notes, reasons): the longer where one goes on from the other, else every
    line of both, once, in one order every desk arrives at."""
    if b.startswith(a):
        return b
    if a.startswith(b):
        return a
    return "\n".join(sorted(set(a.splitlines()) | set(b.splitlines())))


def join(a: dict, b: dict) -> dict:
    """One request from two copies of it (see the module notes): the same whichever is ``a``."""
    out = dict(a)
    out.update({k: _standing(a, b)[k] for k in ("status", "closed_at", "outcome_reason")})
    if (a["status"], a["closed_at"]) == (b["status"], b["closed_at"]):
        out["outcome_reason"] = max(a["outcome_reason"], b["outcome_reason"])
    checked = [c for c in (a, b) if c["verified_at"]]
    if checked:
        first = min(checked, key=lambda c: (c["verified_at"], c["verified_method"] or ""))
        out["verified_at"], out["verified_method"] = first["verified_at"], first["verified_method"]
    out["extended_months"] = max(a["extended_months"], b["extended_months"])
    out["extension_reason"] = _lines(a["extension_reason"], b["extension_reason"])
    told = [c["extension_told_on"] for c in (a, b) if c["extension_told_on"]]
    out["extension_told_on"] = min(told) if told else None
    out["notes"] = _lines(a["notes"], b["notes"])
    out["requester"] = max(a["requester"], b["requester"])
    out["replies"] = [list(r) for r in sorted({tuple(r) for r in [*a["replies"], *b["replies"]]})]
    out["cleared"] = a["cleared"] or b["cleared"]
    if out["cleared"]:  # what a clearing took out stays out, whichever copy still had it
        cleared = [c for c in (a, b) if c["cleared"]]
        for field in _TEXT:
            out[field] = min((c[field] for c in cleared), key=lambda v: (v is not None, v or ""))
        if out["verified_at"] and out["verified_method"] is None:
            out["verified_method"] = requests.REMOVED_TEXT
    return out


def _standing(a: dict, b: dict) -> dict:
    """Of two copies, the one whose status stands: the further on, or of two closed, the one closed first."""
    if RANK[a["status"]] != RANK[b["status"]]:
        return a if RANK[a["status"]] > RANK[b["status"]] else b
    return min(a, b, key=lambda c: (c["closed_at"] or "", c["status"]))


def take(op: Operation, event: str, content: dict) -> bool:
    """Another desk's copy of a request, put together with this desk's (``join``); whether anything changed."""
    conn = op.conn
    try:
        incoming = _checked(content)
    except (KeyError, TypeError, ValueError, OverflowError):
        return False  # not a request any crmdesk writes: not taken
    conn.execute("INSERT OR IGNORE INTO team_request_events (event, request) VALUES (?, ?)",
                 (event, incoming["uid"]))
    if conn.execute("SELECT 1 FROM tombstones WHERE contact_uuid = ?", (incoming["contact"],)).fetchone():
        incoming = join(incoming, {**incoming, **{f: "" for f in _TEXT}, "cleared": True,
                                   "verified_method": REMOVED if incoming["verified_method"] else None,
                                   "extension_reason": REMOVED if incoming["extension_reason"] else ""})
    here = snapshot(conn, incoming["uid"])
    if here is None:
        _add(op, incoming)
        return True
    mine = here[2]
    joined = join(mine, {**incoming, "contact": mine["contact"], "reference": mine["reference"]})
    if joined == mine:
        return False
    _write(op, joined)
    return True


def _checked(content: dict) -> dict:
    """The fields of a request event, each of the kind it must be; ValueError otherwise."""
    out = {field: content[field] for field in _FIELDS}
    out["replies"] = [[str(k), str(s), str(a)] for k, s, a in content.get("replies") or []]
    uuid.UUID(out["uid"]), uuid.UUID(out["contact"])
    date.fromisoformat(out["received_on"])
    if out["type"] not in requests.TYPES or out["status"] not in RANK or not _REFERENCE.fullmatch(out["reference"]):
        raise ValueError("not a request")
    if not isinstance(out["extended_months"], int) or not 0 <= out["extended_months"] <= requests.MAX_EXTENSION_MONTHS:
        raise ValueError("not an extension")
    for field in ("extension_reason", "outcome_reason", "notes", "requester", "channel", "created_at"):
        if not isinstance(out[field], str):
            raise ValueError(field)
    for field in ("extension_told_on", "verified_method", "verified_at", "closed_at"):
        if out[field] is not None and not isinstance(out[field], str):
            raise ValueError(field)
    for field in ("created_at", "verified_at", "closed_at"):  # compared as text: in crmdesk's one form
        if out[field] is not None:
            out[field] = iso(parse_iso(out[field]))
    if out["extension_told_on"] is not None:
        date.fromisoformat(out["extension_told_on"])
    out["cleared"] = bool(out["cleared"])
    return out


def _due(op: Operation, received_on: str, months: int) -> str:
    """The due date by this desk's calendar of public holidays."""
    return requests.due_date(date.fromisoformat(received_on), months,
                             region=requests.holiday_region(op.session)).isoformat()


def _add(op: Operation, request: dict) -> None:
    conn = op.conn
    reference = _reference(op, request)
    contact = contact_row(conn, request["contact"])  # merged into another here: that one
    rowid = conn.execute(
        "INSERT INTO requests (uid, reference, renumbered_from, contact, contact_uuid, type, received_on, channel,"
        " due_on, extended_months, extension_reason, extension_told_on, verified_method, verified_at, status,"
        " outcome_reason, notes, requester, created_at, closed_at, cleared)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (request["uid"], reference, None if reference == request["reference"] else request["reference"],
         contact[0] if contact else None, contact[1] if contact else request["contact"], request["type"], request["received_on"],
         request["channel"], _due(op, request["received_on"], request["extended_months"]),
         request["extended_months"], request["extension_reason"], request["extension_told_on"],
         request["verified_method"], request["verified_at"], request["status"], request["outcome_reason"],
         request["notes"], request["requester"], request["created_at"], request["closed_at"],
         int(request["cleared"]))).lastrowid
    _replies(op, rowid, request["replies"])
    op.changed(REQUESTS)


def _write(op: Operation, request: dict) -> None:
    conn = op.conn
    rowid = conn.execute(
        "UPDATE requests SET extended_months = ?, extension_reason = ?, extension_told_on = ?, verified_method = ?,"
        " verified_at = ?, status = ?, outcome_reason = ?, notes = ?, requester = ?, closed_at = ?, cleared = ?,"
        " due_on = ? WHERE uid = ? RETURNING id",
        (request["extended_months"], request["extension_reason"], request["extension_told_on"],
         request["verified_method"], request["verified_at"], request["status"], request["outcome_reason"],
         request["notes"], request["requester"], request["closed_at"], int(request["cleared"]),
         _due(op, request["received_on"], request["extended_months"]), request["uid"])).fetchone()[0]
    _replies(op, rowid, request["replies"])
    op.changed(REQUESTS)


def _replies(op: Operation, rowid: int, replies: list[list[str]]) -> None:
    conn = op.conn
    have = {(k, s, a) for k, s, a in conn.execute("SELECT kind, sha256, at FROM request_artefacts WHERE request = ?",
                                                  (rowid,))}
    conn.executemany("INSERT INTO request_artefacts (request, kind, sha256, at, created_by) VALUES (?, ?, ?, ?, NULL)",
                     [(rowid, *r) for r in replies if tuple(r) not in have])


def _reference(op: Operation, request: dict) -> str:
    """The reference a request from another desk goes by here: the one it was given, unless another request
    was given it too. Of those, the one opened first keeps it (renamed here if it was not); the others
    have four characters of their id after it."""
    given, conn = request["reference"], op.conn
    others = conn.execute("SELECT uid, created_at FROM requests WHERE coalesce(renumbered_from, reference) = ?",
                          (given,)).fetchall()
    if not others:
        return given
    first = min([*others, (request["uid"], request["created_at"])], key=lambda o: (o[1], o[0]))
    for uid, _created in others:
        conn.execute("UPDATE requests SET reference = ?, renumbered_from = ? WHERE uid = ?",
                     (given if uid == first[0] else _renumbered(given, uid),
                      None if uid == first[0] else given, uid))
    return given if first[0] == request["uid"] else _renumbered(given, request["uid"])


def _renumbered(reference: str, uid: str) -> str:
    return f"{reference}-{uid.replace('-', '')[:4].upper()}"


def sent(op: Operation, uid: str, event: str) -> None:
    """The copy ``event`` of request ``uid`` is on the server: the copies before it, which it holds all of,
    are deleted there (queued as forgotten)."""
    conn = op.conn
    older = [row[0] for row in conn.execute("SELECT event FROM team_request_events WHERE request = ? AND event != ?",
                                            (uid, event))]
    conn.executemany("INSERT OR IGNORE INTO team_event_outbox (kind, ref, queued_at) VALUES ('forgotten', ?, ?)",
                     [(e, op.now) for e in older])
    conn.execute("DELETE FROM team_request_events WHERE request = ? AND event != ?", (uid, event))
    conn.execute("INSERT OR IGNORE INTO team_request_events (event, request) VALUES (?, ?)", (event, uid))


def relink(op: Operation) -> None:
    """Requests taken before their contact (sent later, or too large to send yet) find it once it is here."""
    op.conn.execute("UPDATE requests SET contact = (SELECT rowid FROM contacts c WHERE c.id = requests.contact_uuid)"
                    " WHERE contact IS NULL AND cleared = 0"
                    " AND contact_uuid IN (SELECT id FROM contacts)")
