"""The register of data subject requests, one for the whole team: a request opened at the counter is due at
the office too, and whoever works it next sees what was done.

A request changes (verified, extended, answered, closed, its text cleared), so unlike a consent entry it
travels as a copy of the whole request as it stands (``snapshot``), sealed as an event whose id is made
from its content and the team key's epoch: the same request as it stood once is one event however often
it is sent. Every desk puts the copies it takes together with its own by one rule (``join``) that gives
the same request whatever order and grouping they come in, and where desks worked a request at the same
time, each keeps what the other did:

- its status moves forward only, so the one further on stands; of two desks closing it at once, a
  fulfilment stands over a refusal (something was done for the person), else the one closed first;
- how identity was checked: the check made first;
- an extension: the longer one, with every reason given, and the first day the person was told of it;
- notes: the note it was opened with, and every line added since at any desk (a rectification's), in
  time order;
- the replies kept for it (their kind and SHA-256): all of them;
- the contacts it was about: each one any desk knew it by (a merge of duplicates moves it to the contact
  kept); each desk shows the one it has;
- once its text was cleared (the person erased, or a closed request past the retention of its text), it
  stays cleared: only text written after a clearing is kept, and no copy from before brings any back.

Who did a step is a user of the desk that did, so at the other desks it has no name ("at another desk").
Each desk works out the due date by its own calendar of public holidays.

A desk that takes a copy holding less than its own request sends its own again; one holding exactly its
own is its request as the server has it. Each copy sent replaces those it holds: the copies this desk
took or sent before (``team_request_events``) are deleted from the server, so the server keeps one copy
of a request, the latest, and text cleared anywhere goes from it too. A request outlives its person's
erasure, so its events are about no contact (an erasure on the server leaves them).

References: each desk numbers the requests it opens after the highest it knows. Two desks that open one
each before they hear of each other's give the same reference; the request opened first keeps it, the
others get their reference with the first characters of their id after it (four, or more where four do
not tell them apart), at every desk alike, and each shows the reference it was given first
(``renumbered_from``).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import date

import orjson

from crmdesk.core.clock import iso, parse_iso
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import requests
from crmdesk.core.team.ledgers import applied, contact_row
from crmdesk.core.team.server import DeskLink
from crmdesk.core.vault.gate import REQUESTS, Effect, Operation, load_subject, refusal
from crmdesk.core.vault.session import Session

_REQUESTS = uuid.UUID("3c5e8a21-7d4b-4f6e-9a1c-5b2d8e0f4a17")  # the namespace of request events' ids
RANK = {"received": 0, "verified": 1, "in_progress": 2, "fulfilled": 3, "refused": 3}
_FIELDS = ("uid", "reference", "type", "received_on", "channel", "extended_months", "extension_reason",
           "extension_told_on", "verified_method", "verified_at", "status", "outcome_reason", "notes", "requester",
           "created_at", "closed_at", "cleared")
# (a copy carries the reference a request was given first, the same at every desk)
_COLUMNS = tuple("coalesce(renumbered_from, reference)" if f == "reference" else f for f in _FIELDS)
_EARLIEST, _LATEST = date(1900, 1, 1), date(9000, 12, 31)  # a request received outside these is no request


def snapshot(conn, uid: str) -> tuple[str, None, dict] | None:
    """(event id, no subject, content) of the request ``uid`` as it stands here; None when there is none."""
    found = conn.execute(f"SELECT id, contact_uuid, known_as, {', '.join(_COLUMNS)} FROM requests WHERE uid = ?",
                         (uid,)).fetchone()
    if found is None:
        return None
    content = {"kind": "request", **dict(zip(_FIELDS, found[3:], strict=True))}
    content["cleared"] = bool(content["cleared"])
    content["contacts"] = sorted({found[1], *json.loads(found[2] or "[]")})
    content["replies"] = [list(reply) for reply in sorted(set(conn.execute(  # each once, also one kept twice
        "SELECT kind, sha256, at FROM request_artefacts WHERE request = ?", (found[0],)).fetchall()))]
    digest = hashlib.sha256(orjson.dumps(content, option=orjson.OPT_SORT_KEYS)).hexdigest()
    epoch = conn.execute("SELECT epoch FROM team_link").fetchone()  # under a new key, a copy of its own
    return str(uuid.uuid5(_REQUESTS, f"{uid}\0{epoch[0] if epoch else 0}\0{digest}")), None, content


def copies(conn, uid: str) -> list[str]:
    """The copies of request ``uid`` this desk took or sent: all held in what it has now."""
    return [row[0] for row in conn.execute("SELECT event FROM team_request_events WHERE request = ?", (uid,))]


# -- the rule -------------------------------------------------------------------------------------------------


def join(a: dict, b: dict) -> dict:
    """One request from two copies of it (see the module notes): the same whichever is ``a``, and whichever
    two of three are put together first."""
    if a == b:
        return a
    out = dict(a)  # its id, reference, type, arrival and channel: the same in every copy
    standing = _standing(a, b)
    out.update(status=standing["status"], closed_at=standing["closed_at"])
    checked = [c for c in (a, b) if c["verified_at"]]
    if checked:
        out["verified_at"] = min(c["verified_at"] for c in checked)
    months = max(a["extended_months"], b["extended_months"])
    told = [c["extension_told_on"] for c in (a, b) if c["extension_told_on"] and c["extended_months"] == months]
    out.update(extended_months=months, extension_told_on=min(told) if told else None)
    out["contacts"] = sorted(set(a["contacts"]) | set(b["contacts"]))
    out["replies"] = [list(r) for r in sorted({tuple(r) for r in [*a["replies"], *b["replies"]]})]
    out["cleared"] = a["cleared"] or b["cleared"]
    # The text: after a clearing, only what was written since (in the copies that were cleared).
    texts = [c for c in (a, b) if c["cleared"] == out["cleared"]]
    out["notes"] = _notes(*(c["notes"] for c in texts))
    out["extension_reason"] = _lines(*(_unmarked(c["extension_reason"], out["cleared"]) for c in texts))
    out["requester"] = max(c["requester"] for c in texts)
    same = [c for c in texts if (c["status"], c["closed_at"]) == (out["status"], out["closed_at"])]
    out["outcome_reason"] = max((c["outcome_reason"] for c in same), default="")
    if out["cleared"] and not out["outcome_reason"] and out["status"] == "refused":
        out["outcome_reason"] = requests.REMOVED_TEXT  # a refusal always says why: here, that it was cleared
    if out["verified_at"] and out["cleared"]:
        out["verified_method"] = requests.REMOVED_TEXT
    elif out["verified_at"]:
        out["verified_method"] = min(c["verified_method"] or "" for c in checked
                                     if c["verified_at"] == out["verified_at"])
    return out


def _standing(a: dict, b: dict) -> dict:
    """Of two copies, the one whose status stands: the further on; of two closed, a fulfilment over a
    refusal, then the one closed first."""
    if RANK[a["status"]] != RANK[b["status"]]:
        return a if RANK[a["status"]] > RANK[b["status"]] else b
    return min(a, b, key=lambda c: (c["status"] != "fulfilled", c["closed_at"] or "", c["status"]))


def _lines(*texts: str) -> str:
    """Desks' lines of text (the reasons of extensions): the same text, or every line of each, once, in one
    order every desk arrives at."""
    if len(set(texts)) == 1:
        return texts[0]
    return "\n".join(sorted({line for text in texts for line in text.splitlines()}))


def _notes(*texts: str) -> str:
    """Desks' notes: the same notes, or the note the request was opened with (the longer, were they to
    differ) and every line a rectification added anywhere, in time order (each begins with its moment)."""
    if len(set(texts)) == 1:
        return texts[0]
    openings = ["\n".join(line for line in t.splitlines() if not requests.RECTIFIED.match(line)) for t in texts]
    added = sorted({line for t in texts for line in t.splitlines() if requests.RECTIFIED.match(line)})
    return "\n".join([line for line in [max(openings, key=lambda o: (len(o), o))] if line] + added)


def _unmarked(text: str, cleared: bool) -> str:
    """A cleared request's reasons with one word for what was taken out, whoever took it out."""
    if not cleared:
        return text
    return "\n".join(requests.REMOVED_TEXT if line in requests.MARKERS else line for line in text.splitlines())


# -- taking a copy ----------------------------------------------------------------------------------------------


def take(op: Operation, event: str, content: dict) -> bool:
    """Another desk's copy of a request (or this desk's own, back from the server), put together with this
    desk's (``join``); whether the request changed here. One no crmdesk writes raises ValueError (or another
    of ``ledgers.ODD``): the caller leaves it as it is."""
    incoming = _checked(content)
    conn, uid = op.conn, incoming["uid"]
    if incoming["cleared"] and _kept_here(conn, uid):
        return False  # this desk keeps the text while it holds the person: its own retention clears it later
    conn.execute("INSERT OR IGNORE INTO team_request_events (event, request) VALUES (?, ?)", (event, uid))
    if _erased_here(conn, incoming["contacts"]):  # what a person erased here said is not kept
        incoming = join(incoming, {**incoming, "cleared": True, "notes": "", "outcome_reason": "", "requester": "",
                                   "extension_reason": requests.REMOVED_TEXT if incoming["extension_reason"] else ""})
    here = snapshot(conn, uid)
    if here is None:
        _add(op, incoming)
        changed = True
    else:
        joined = join(here[2], {**incoming, "reference": here[2]["reference"]})
        changed = joined != here[2]
        if changed:
            _write(op, here[2], joined)
    now = snapshot(conn, uid)
    if now[0] == event:  # the server holds this request as it is here: the copies before it can go
        conn.execute("DELETE FROM team_event_outbox WHERE kind = 'request' AND ref = ?", (uid,))
        sent(op, uid, event, copies(conn, uid))
    else:  # it holds more here, or less: sent again, which replaces this copy
        conn.execute("INSERT INTO team_event_outbox (kind, ref, queued_at) VALUES ('request', ?, ?)"
                     " ON CONFLICT (kind, ref) DO UPDATE SET changes = changes + 1", (uid, op.now))
    return changed


def _checked(content: dict) -> dict:
    """The fields of a request event, each of the kind it must be; ValueError otherwise."""
    out = {"kind": "request", **{field: content[field] for field in _FIELDS}}
    for field in ("uid", "reference", "type", "received_on", "channel", "extension_reason", "status",
                  "outcome_reason", "notes", "requester", "created_at"):
        if not isinstance(out[field], str):
            raise ValueError(field)
    for field in ("extension_told_on", "verified_method", "verified_at", "closed_at"):
        if out[field] is not None and not isinstance(out[field], str):
            raise ValueError(field)
    out["uid"] = str(uuid.UUID(out["uid"]))
    out["contacts"] = sorted({str(uuid.UUID(c)) for c in content["contacts"]})
    if not out["contacts"]:
        raise ValueError("about no one")
    if not _EARLIEST <= date.fromisoformat(out["received_on"]) <= _LATEST:
        raise ValueError("received_on")
    if out["type"] not in requests.TYPES or out["status"] not in RANK or not requests.REFERENCE.fullmatch(out["reference"]):
        raise ValueError("not a request")
    if type(out["extended_months"]) is not int or not 0 <= out["extended_months"] <= requests.MAX_EXTENSION_MONTHS:
        raise ValueError("extended_months")
    if out["extension_told_on"] is not None:
        date.fromisoformat(out["extension_told_on"])
    for field in ("created_at", "verified_at", "closed_at"):  # compared as text: in crmdesk's one form
        if out[field] is not None:
            out[field] = iso(parse_iso(out[field]))
    out["cleared"] = out["cleared"] is True
    replies = {tuple(reply) for reply in content.get("replies") or []}
    if not all(len(reply) == 3 and all(isinstance(part, str) for part in reply) for reply in replies):
        raise ValueError("replies")
    out["replies"] = [list(reply) for reply in sorted(replies)]
    return out


def _kept_here(conn, uid: str) -> bool:
    """Whether this desk holds the request's text for a person the gate says a clearing may not touch here
    (on legal hold, or restricted), as its own retention would not clear it."""
    found = conn.execute("SELECT contact FROM requests WHERE uid = ? AND NOT cleared AND contact IS NOT NULL",
                         (uid,)).fetchone()
    if found is None:
        return False
    subject = load_subject(conn, found[0])
    return refusal(subject, Effect.REMOVE) is not None or refusal(subject, Effect.PROCESS) is not None


def _erased_here(conn, contact_ids: list[str]) -> bool:
    marks = ",".join("?" * len(contact_ids))
    return conn.execute(f"SELECT 1 FROM tombstones WHERE contact_uuid IN ({marks})", contact_ids).fetchone() is not None


def _person(conn, contact_ids: list[str], now: str | None) -> tuple[int | None, str]:
    """The contact a request about ``contact_ids`` is about here (the one it is about now, where it is
    here): its rowid (None when none is) and id."""
    found = [row for c in ([now] if now else []) + contact_ids if (row := contact_row(conn, c)) is not None]
    return found[0] if found else (None, now or contact_ids[0])


def _due(op: Operation, received_on: str, months: int) -> str:
    """The due date by this desk's calendar of public holidays."""
    return requests.due_date(date.fromisoformat(received_on), months,
                             region=requests.holiday_region(op.session)).isoformat()


def _add(op: Operation, request: dict) -> None:
    conn = op.conn
    reference = _reference(op, request)
    rowid, contact = _person(conn, request["contacts"], None)
    conn.execute(
        "INSERT INTO requests (uid, reference, renumbered_from, contact, contact_uuid, known_as, type, received_on,"
        " channel, due_on, extended_months, extension_reason, extension_told_on, verified_method, verified_at,"
        " status, outcome_reason, notes, requester, created_at, closed_at, cleared)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (request["uid"], reference, None if reference == request["reference"] else request["reference"], rowid,
         contact, json.dumps(request["contacts"]), request["type"], request["received_on"], request["channel"],
         _due(op, request["received_on"], request["extended_months"]), request["extended_months"],
         request["extension_reason"], request["extension_told_on"], request["verified_method"],
         request["verified_at"], request["status"], request["outcome_reason"], request["notes"],
         request["requester"], request["created_at"], request["closed_at"], int(request["cleared"])))
    _replies(op, request)
    op.changed(REQUESTS)


def _write(op: Operation, mine: dict, request: dict) -> None:
    conn = op.conn
    now = conn.execute("SELECT contact_uuid FROM requests WHERE uid = ?", (request["uid"],)).fetchone()[0]
    rowid, contact = _person(conn, request["contacts"], now)
    conn.execute(
        "UPDATE requests SET contact = ?, contact_uuid = ?, known_as = ?, extended_months = ?, extension_reason = ?,"
        " extension_told_on = ?, verified_method = ?, verified_at = ?, status = ?, outcome_reason = ?, notes = ?,"
        " requester = ?, closed_at = ?, cleared = ?, due_on = ?,"
        " verified_by = CASE WHEN ? THEN verified_by END WHERE uid = ?",  # a check made here stays this desk's
        (rowid, contact, json.dumps(request["contacts"]), request["extended_months"], request["extension_reason"],
         request["extension_told_on"], request["verified_method"], request["verified_at"], request["status"],
         request["outcome_reason"], request["notes"], request["requester"], request["closed_at"],
         int(request["cleared"]), _due(op, request["received_on"], request["extended_months"]),
         mine["verified_at"] == request["verified_at"], request["uid"]))
    _replies(op, request)
    op.changed(REQUESTS)


def _replies(op: Operation, request: dict) -> None:
    conn = op.conn
    rowid = conn.execute("SELECT id FROM requests WHERE uid = ?", (request["uid"],)).fetchone()[0]
    have = {(k, s, a) for k, s, a in conn.execute("SELECT kind, sha256, at FROM request_artefacts WHERE request = ?",
                                                  (rowid,))}
    conn.executemany("INSERT INTO request_artefacts (request, kind, sha256, at, created_by) VALUES (?, ?, ?, ?, NULL)",
                     [(rowid, *r) for r in request["replies"] if tuple(r) not in have])


def _reference(op: Operation, request: dict) -> str:
    """The reference a request from another desk goes by here: the one it was given, unless another request
    was given it too. Of those, the one opened first keeps it (renamed here if it was not); the others
    have the first characters of their id after it, as many as tell them apart."""
    given, conn = request["reference"], op.conn
    others = conn.execute("SELECT uid, created_at FROM requests WHERE coalesce(renumbered_from, reference) = ?",
                          (given,)).fetchall()
    if not others:
        return given
    everyone = [*others, (request["uid"], request["created_at"])]
    first = min(everyone, key=lambda o: (o[1], o[0]))[0]
    names = _renumbered(given, [uid for uid, _created in everyone if uid != first])
    names[first] = given
    for uid, _created in others:  # out of the way first, so that no two hold one reference at any moment
        conn.execute("UPDATE requests SET reference = ? WHERE uid = ?", (f"\0{uid}", uid))
    for uid, _created in others:
        conn.execute("UPDATE requests SET reference = ?, renumbered_from = ? WHERE uid = ?",
                     (names[uid], None if uid == first else given, uid))
    return names[request["uid"]]


def _renumbered(reference: str, uids: list[str]) -> dict[str, str]:
    """The references of requests ``uids``, all given ``reference``: it with as many characters of each
    one's id after it as tell them apart (four at least)."""
    plain = {uid: uid.replace("-", "").upper() for uid in uids}
    size = next(n for n in range(4, 33) if len({p[:n] for p in plain.values()}) == len(plain))
    return {uid: f"{reference}-{p[:size]}" for uid, p in plain.items()}


# -- after sending --------------------------------------------------------------------------------------------


def sent(op: Operation, uid: str, event: str, held: list[str]) -> None:
    """The copy ``event`` of request ``uid`` is on the server, and it holds the copies ``held`` (those this
    desk knew when it made it): they are deleted there (queued as forgotten)."""
    conn = op.conn
    older = [e for e in held if e != event]
    conn.executemany("INSERT OR IGNORE INTO team_event_outbox (kind, ref, queued_at) VALUES ('forgotten', ?, ?)",
                     [(e, op.now) for e in older])
    # the copy kept may be one this desk had given up before (the same content again): it stays on the server
    conn.execute("DELETE FROM team_event_outbox WHERE kind = 'forgotten' AND ref = ?", (event,))
    conn.executemany("DELETE FROM team_request_events WHERE event = ?", [(e,) for e in older])
    conn.execute("INSERT OR IGNORE INTO team_request_events (event, request) VALUES (?, ?)", (event, uid))


def catch_up(session: Session, link: DeskLink, opened: Callable) -> int:
    """At a desk updated from a crmdesk before requests travelled (schema 40: ``team_link.requests_from``):
    the request copies the server held before, which it left aside then, taken from the start up to where
    it had read; nothing else is read again. ``opened``: a pulled change, opened. How many were taken."""
    found = session.conn.execute("SELECT requests_from, cursor FROM team_link").fetchone()
    if found is None or found[0] is None:
        return 0
    after, upto, taken = found[0], found[1], 0
    while after is not None:
        changes = link.pull(after, limit=1000, upto=upto) if after < upto else []
        with session.operation(Permission.EDIT, "team.received", detail={}) as op:
            for change in (opened(c) for c in changes if c.item == "event"):
                if change.content.get("kind") == "request":
                    taken += applied(op, take, change.id, change.content)
            after = changes[-1].seq if len(changes) == 1000 else None  # None: all taken
            op.conn.execute("UPDATE team_link SET requests_from = ?", (after,))
            op.detail["received"] = taken
    return taken


def relink(op: Operation) -> None:
    """Requests taken before their contact (sent later, or too large to send yet) find it once it is here."""
    for uid, contacts_json, now in op.conn.execute(
            "SELECT uid, known_as, contact_uuid FROM requests WHERE contact IS NULL").fetchall():
        known = sorted({now, *json.loads(contacts_json or "[]")})
        if _erased_here(op.conn, known):
            continue
        rowid, contact = _person(op.conn, known, None)
        if rowid is not None:
            op.conn.execute("UPDATE requests SET contact = ?, contact_uuid = ? WHERE uid = ?", (rowid, contact, uid))

