"""The desks of a team witness each other's audit log.

Each desk's audit log is its own hash chain, each entry signed by its user (``vault.audit``). A user who
holds the vault's key can still put the whole vault back to an older backup, or cut the log and build
the chain again; on that desk alone nothing shows it. So every desk publishes, now and then, a
checkpoint of its log: the number and hash of its last entry, and the hash its log holds for the entry
of its checkpoint before (``prior``). It goes to the team as an event sealed with the team key, and the
server names the desk role that pushed it (``author``): a checkpoint counts only from the desk it speaks
for. Every desk keeps the checkpoints it has seen (``team_checkpoints``) and raises an alarm
(``team_alarms``) when a desk's log

- went back: a checkpoint ends before an entry the team saw in that desk's log;
- forked: the same entry with another hash, or a ``prior`` that does not hold the entry of that desk's
  checkpoint before as the team saw it (the log was put back and went on, or was rewritten);
- skipped: a ``prior`` that names a checkpoint the team never saw. A desk gives a server put back from an
  older copy its checkpoints the server lost before it publishes another (``own``), so in honest use
  the checkpoint before is always one the others saw.

A desk checks its own log against its checkpoints that the server gives back too: a desk put back to an
older backup finds the entries it had published missing. Each alarm is raised once for each desk and
entry, and stays on the Today page of owners and admins (``health``) until one of them says it was
explained (a restore the shop made on purpose), which the audit log keeps.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from crmdesk.core.clock import iso, parse_iso
from crmdesk.core.errors import NotFound
from crmdesk.core.language import N_, Language, tr
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import audit
from crmdesk.core.vault.gate import Operation
from crmdesk.core.vault.session import Session

INTERVAL = timedelta(minutes=15)  # a desk publishes a checkpoint at most this often, when its log moved
# Entries of the exchanges themselves: a log that only took these since its last checkpoint waits for a
# person's work (every desk's checkpoint is an exchange at every other desk, which would never rest)
EXCHANGES = ("team.received", "team.sent", "team.checkpoint")
LARGEST = 2 ** 62  # no entry number, role or prior of a checkpoint is this large (SQLite's integers end at 2 ** 63)
_CHECKPOINTS = uuid.UUID("3c9e1f7a-2b64-4d0e-8f15-6a7b8c9d0e21")  # the namespace of checkpoint events' ids


@dataclass(frozen=True)
class Checkpoint:
    """A checkpoint of this desk's log, ready to be sealed and sent as event ``id``."""

    id: str
    role: int
    content: dict


def due(session: Session, role: int, name: str, vault: str, now: datetime) -> Checkpoint | None:
    """This desk's checkpoint to publish now (as desk role ``role``, called ``name``), or None: the last one
    is less than ``INTERVAL`` old, or the log still holds it and took only the exchanges with the team
    since (``EXCHANGES``)."""
    conn = session.conn
    entry, digest = audit.head(conn)
    last = conn.execute("SELECT entry, hash, at FROM team_checkpoints WHERE desk = ? ORDER BY entry DESC LIMIT 1",
                        (role,)).fetchone()
    prior = None if last is None else [last[0], audit.hash_at(conn, last[0])]
    if last is not None:
        if now - INTERVAL < parse_iso(last[2]) <= now:  # (a clock put back since goes on publishing)
            return None
        if prior[1] == last[1] and conn.execute(  # the log went on, and not only by the exchanges with the team
                f"SELECT 1 FROM audit WHERE seq > ? AND action NOT IN ({','.join('?' * len(EXCHANGES))}) LIMIT 1",
                (last[0], *EXCHANGES)).fetchone() is None:
            return None
    return _checkpoint(vault, role, name, entry, digest, prior, iso(now))


def _checkpoint(vault: str, role: int, name: str, entry: int, digest: str, prior: list | None, at: str) -> Checkpoint:
    # its id made of what it says: sent again (after a crash, to a put-back server), it is stored once
    event = uuid.uuid5(_CHECKPOINTS, f"{vault}\0{role}\0{entry}\0{digest}")
    return Checkpoint(str(event), role, {"kind": "checkpoint", "desk": role, "name": name, "entry": entry,
                                         "hash": digest, "prior": prior, "at": at})


def own(session: Session, role: int, vault: str) -> list[Checkpoint]:
    """Every checkpoint of this desk (desk role ``role``) it knows, oldest first, each with the hash its log
    holds now for the one before: to give a server put back from an older copy those it lost (the same
    event ids, so those it kept are not stored twice)."""
    found, before = [], None
    for name, entry, digest, at in session.conn.execute(
            "SELECT name, entry, hash, at FROM team_checkpoints WHERE desk = ? ORDER BY entry", (role,)):
        prior = None if before is None else [before, audit.hash_at(session.conn, before)]
        found.append(_checkpoint(vault, role, name, entry, digest, prior, at))
        before = entry
    return found


def known_as(op: Operation, role: int, names: dict[int, str] | None = None) -> None:
    """This desk's role is ``role``, and the desks' names are ``names`` (by role), as the server says: what
    a vault says was changed, or not known, and a checkpoint's own name is that desk's word."""
    op.conn.execute("UPDATE team_link SET role = ?", (role,))
    for desk, name in (names or {}).items():
        for table in ("team_checkpoints", "team_alarms"):
            op.conn.execute(f"UPDATE {table} SET name = ? WHERE desk = ? AND name IS NOT ?",  # noqa: S608
                            (name, desk, name))


def misnamed(conn, names: dict[int, str]) -> bool:
    """Whether a checkpoint or alarm kept here names a desk otherwise than the server (``names``, by role)."""
    return any(names.get(desk, name) != name for desk, name in conn.execute(
        "SELECT desk, name FROM team_checkpoints UNION SELECT desk, name FROM team_alarms"))


def published(op: Operation, checkpoint: Checkpoint) -> None:
    """``checkpoint`` is on the server: this desk keeps it as one of its own."""
    content = checkpoint.content
    _keep(op, checkpoint.role, content["name"], content["entry"], content["hash"], content["at"])
    op.detail["entry"] = content["entry"]


def _keep(op: Operation, desk: int, name: str, entry: int, digest: str, at: str) -> None:
    op.conn.execute("INSERT OR IGNORE INTO team_checkpoints (desk, name, entry, hash, at) VALUES (?, ?, ?, ?, ?)",
                 (desk, name, entry, digest, at))


def witnessed(op: Operation, author: int | None, content: dict) -> int:
    """Take a checkpoint another desk (or this one) published, pushed by desk role ``author``; the number of
    alarms it raised (see the module notes). One that does not come from the desk it speaks for, or is not
    whole, is not taken. After an alarm, what this desk kept of that desk's log past the point the two
    agree goes (the alarm keeps what was seen), so the next alarm is about what happens next."""
    try:
        desk, entry, digest, at = int(content["desk"]), int(content["entry"]), content["hash"], content["at"]
        prior = content.get("prior")
        prior = (int(prior[0]), prior[1]) if prior is not None else None
        if not isinstance(digest, str) or not isinstance(at, str) or not (
                prior is None or prior[1] is None or isinstance(prior[1], str)):
            raise ValueError("not text")
        parse_iso(at)
        if not (0 <= entry < LARGEST and 0 <= desk < LARGEST and (prior is None or 0 <= prior[0] < LARGEST)
                and len(digest) <= 128 and (prior is None or prior[1] is None or len(prior[1]) <= 128)):
            raise ValueError("out of range")
    except (KeyError, TypeError, ValueError, IndexError, OverflowError, RecursionError):
        return 0
    if author is None or author != desk:
        return 0
    conn = op.conn
    # the name the desk gave when the team first saw it (a desk cannot later pass its alarms off as another's)
    first = conn.execute("SELECT name FROM team_checkpoints WHERE desk = ? ORDER BY at, entry LIMIT 1", (desk,)).fetchone()
    name = first[0] if first is not None else str(content.get("name") or "")[:60]
    me = conn.execute("SELECT role FROM team_link").fetchone()
    known = conn.execute("SELECT hash, at FROM team_checkpoints WHERE desk = ? AND entry = ?", (desk, entry)).fetchone()
    newest = conn.execute("SELECT entry, hash, at FROM team_checkpoints WHERE desk = ? ORDER BY entry DESC LIMIT 1",
                          (desk,)).fetchone()
    raised, agreed = 0, None
    if me is not None and me[0] == desk:  # this desk's own, as the team saw it: its log must still hold it
        held = audit.hash_at(conn, entry)
        if held != digest:
            raised += _alarm(op, desk, name, "backwards" if held is None else "fork", entry, at,
                             audit.head(conn)[0] if held is None else None)
            conn.execute("DELETE FROM team_checkpoints WHERE desk = ? AND entry >= ?", (desk, entry))
            return raised  # not kept: this desk's log holds no such entry
    elif known is not None:
        if known[0] != digest:
            raised += _alarm(op, desk, name, "fork", entry, known[1])
    elif newest is not None and entry < newest[0]:
        raised += _alarm(op, desk, name, "backwards", newest[0], newest[2], entry)
    elif newest is not None and (prior is None or prior[0] != newest[0] or prior[1] != newest[1]):
        # a prior past the last one seen names a checkpoint the team never saw (a desk gives back those a
        # put-back server lost before its next one): a row made up in that desk's vault, say
        raised += _alarm(op, desk, name, "gap" if prior is not None and prior[0] > newest[0] else "fork",
                         newest[0], newest[2])
    if raised or (known is not None and known[0] != digest):
        matches = prior is not None and conn.execute(
            "SELECT 1 FROM team_checkpoints WHERE desk = ? AND entry = ? AND hash = ?", (desk, *prior)).fetchone()
        agreed = prior[0] if matches and prior[0] < entry else -1
        conn.execute("DELETE FROM team_checkpoints WHERE desk = ? AND entry > ?", (desk, agreed))
    _keep(op, desk, name, entry, digest, at)
    return raised


def _alarm(op: Operation, desk: int, name: str, kind: str, entry: int, seen_at: str, ends: int | None = None) -> int:
    found = op.conn.execute("INSERT OR IGNORE INTO team_alarms (desk, name, kind, entry, seen_at, ends, found_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)", (desk, name, kind, entry, seen_at, ends, op.now))
    return found.rowcount


@dataclass(frozen=True)
class Alarm:
    id: int
    desk: str  # its name in the team
    this_desk: bool
    kind: str  # "backwards", "fork" or "gap"
    entry: int  # the entry the team saw in that desk's log
    seen_at: str  # when that desk published it
    ends: int | None  # "backwards": where that desk's log ended when it was found
    found_at: str


_OTHER_DESK = {  # what an alarm about another desk's log says happened, by its kind
    "backwards": N_("The audit log of the desk {desk} went back: the team saw its entry {entry} on {day}, and that "
                    "desk no longer holds it."),
    "fork": N_("The audit log of the desk {desk} no longer holds its entry {entry} as the team saw it on {day}."),
    "gap": N_("The audit log of the desk {desk} builds on a checkpoint the team never saw, after its entry {entry} of "
              "{day}."),
}


def sentence(alarm: Alarm, lang: Language) -> str:
    """What ``alarm`` says, in ``lang``: what happened to which desk's log, and what to do."""
    day = lang.date(parse_iso(alarm.seen_at).date(), "medium")
    if alarm.this_desk:
        said = lang.gettext(N_("This desk's audit log went back: the team saw its entry {entry} on {day}, and it no "
                               "longer holds it.") if alarm.kind == "backwards" else
                            N_("This desk's audit log no longer holds its entry {entry} as the team saw it on {day}."))
        said += " " + lang.gettext(N_("Its vault was put back to an older copy, or its log was cut or rewritten."))
    else:
        said = lang.gettext(_OTHER_DESK.get(alarm.kind, _OTHER_DESK["fork"]))
        said += " " + lang.gettext(N_("That desk's vault was put back to an older copy, or its log was cut or "
                                      "rewritten."))
    said += " " + lang.gettext(N_("Find out who did it and why; once you know, mark the alarm as explained."))
    return said.format(desk=alarm.desk, entry=alarm.entry, day=day)


def alarms(session: Session) -> list[Alarm]:
    """The alarms no one explained yet, oldest first. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    me = session.conn.execute("SELECT role FROM team_link").fetchone()
    return [Alarm(id_, name or f"#{desk}", me is not None and me[0] == desk, kind, entry, seen_at, ends, found_at)
            for id_, desk, name, kind, entry, seen_at, ends, found_at in session.conn.execute(
                "SELECT id, desk, name, kind, entry, seen_at, ends, found_at FROM team_alarms"
                " WHERE explained_at IS NULL ORDER BY id")]


def explain(session: Session, alarm: int) -> None:
    """A person says alarm ``alarm`` is explained (a restore the shop made on purpose, say): it leaves the
    Today page, and the audit log keeps who said so. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    found = session.conn.execute("SELECT name, entry FROM team_alarms WHERE id = ? AND explained_at IS NULL",
                                 (alarm,)).fetchone()
    if found is None:
        raise NotFound(tr("There is no alarm {number} waiting; 'crmdesk team alarms' lists them.").format(
            number=alarm))
    with session.operation(Permission.ADMINISTER, "team.alarm_explained",
                           detail={"desk": found[0], "entry": found[1]}) as op:
        op.conn.execute("UPDATE team_alarms SET explained_by = ?, explained_at = ? WHERE id = ?",
                        (op.user_id, op.now, alarm))
