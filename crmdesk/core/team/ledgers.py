"""The ledgers between the desks of a team: purposes, consent texts, consent entries and interactions travel
as events,
which the server keeps insert-only, each once by its id (``desk`` seals, sends and opens them).

What an event says, by its ``kind``:

- ``purpose``: a purpose as it is after it was added or changed, by its key. A desk takes it when it is
  newer than its own (``updated_at``); a new key is added. Its id is made from the key and that moment,
  so the purpose as it stood then is one event however often it is sent.
- ``text``: a published consent text, which never changes: the purpose's key, language, version, body
  and hash. Its event id is made from those, so the same text published once is one event.
- ``consent``: one entry of the consent ledger, with its evidence (a signature, a scan), the contact's
  id, the purpose's key and which text was shown (language, version, hash). Its id is the entry's own
  ``uid``, the same at every desk; its subject is the contact, so an erasure on the server takes it
  along, and the server refuses it once the contact is erased.
- ``interaction``: a visit, call, e-mail, purchase or note logged with a contact, which never changes. Its
  id is the interaction's own; its subject is the contact, as for a consent entry. Who logged it is a user
  of the desk that did, so at the other desks it has no author. Each desk's retention policies delete old
  interactions there.

A desk rebuilds each person's consent from the entries whatever order they reach it in: the entry
with the latest recorded time decides, and at the same time a stop (withdrawn, refused, ended) wins
over a grant (``gate.deciding``), so an opt-in recorded offline cannot undo a withdrawal
recorded elsewhere; nor can a later grant with no evidence of a new decision (``gate.overrides_stop``). An entry is a fact that happened at another desk: it is recorded here also for a
restricted person (whose own desk could record it), and never for a person erased here.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import uuid
from typing import Any

import sqlcipher3

from crmdesk.core.clock import iso, parse_iso
from crmdesk.core.people import interactions
from crmdesk.core.people.contact_model import KINDS as KINDS_OF_INTERACTION
from crmdesk.core.vault.gate import CONSENT, CONTACTS, PURPOSES, Operation, decide_consent

# The kinds of ledger event, sent in this order (a purpose before its consents; a contact's entries after it);
# ``forgotten`` ones (deleted here) after them all.
KINDS = ("purpose", "text", "consent", "interaction", "request")
log = logging.getLogger(__name__)
_TEXTS = uuid.UUID("6f1d4f0e-9c1b-4c43-9a8e-2f8b1a1c7d31")  # the namespace of text events' ids
_PURPOSES = uuid.UUID("0b7c2a4e-51d6-4f3b-8e0a-93c4d5e6f718")  # and of purpose events' ids
_PURPOSE_KEEP = ("id", "created_at")  # a purpose's columns that stay each desk's own


# Every purpose, text and consent entry of a vault, as its queue holds them.
_EVERYTHING = ("SELECT 'purpose', key, ? FROM purposes", "SELECT 'text', CAST(id AS TEXT), ? FROM consent_texts",
               "SELECT 'consent', uid, ? FROM consent_ledger WHERE uid IS NOT NULL",
               "SELECT 'interaction', id, ? FROM interactions", "SELECT 'request', uid, ? FROM requests",
               "SELECT 'forgotten', id, ? FROM team_forgotten")


def queue_everything(op: Operation) -> None:
    """Every purpose, text, consent entry, interaction and request of this vault waits to be sent (a desk joining a
    team, or giving back what a server put back from an older copy lost)."""
    for select in _EVERYTHING:
        op.conn.execute(f"INSERT OR IGNORE INTO team_event_outbox (kind, ref, queued_at) {select}", (op.now,))


def event_of(conn, kind: str, ref: str) -> tuple[str, str | None, dict] | None:
    """(event id, subject, content) of a queued item; None when it is gone (its person was erased)."""
    if kind == "purpose":
        row = conn.execute("SELECT * FROM purposes WHERE key = ?", (ref,))
        found = row.fetchone()
        if found is None:
            return None
        columns = [d[0] for d in row.description]
        purpose = {c: v for c, v in zip(columns, found, strict=True) if c not in _PURPOSE_KEEP}
        # the same purpose as it stood at one moment is one event, however often it is sent
        event = uuid.uuid5(_PURPOSES, f"{purpose.get('key')}\0{purpose.get('updated_at')}")
        return str(event), None, {"kind": "purpose", "purpose": purpose}
    if kind == "text":
        found = conn.execute("SELECT p.key, t.language, t.version, t.body, t.sha256, t.published_at"
                             " FROM consent_texts t JOIN purposes p ON p.id = t.purpose WHERE t.id = ?",
                             (int(ref),)).fetchone()
        if found is None:
            return None
        key, language, version, body, sha, published_at = found
        event = uuid.uuid5(_TEXTS, f"{key}\0{language}\0{version}\0{sha}")
        return str(event), None, {"kind": "text", "purpose": key, "language": language, "version": version,
                                  "body": body, "sha256": sha, "published_at": published_at}
    if kind == "interaction":
        found = conn.execute("SELECT c.id, i.kind, i.occurred_at, i.summary, i.body, i.created_at FROM interactions i"
                             " JOIN contacts c ON c.rowid = i.contact WHERE i.id = ?", (ref,)).fetchone()
        if found is None:
            return None
        contact, type_, occurred_at, summary, body, created_at = found
        return ref, contact, {"kind": "interaction", "contact": contact, "type": type_, "occurred_at": occurred_at,
                              "summary": summary, "body": body, "created_at": created_at}
    found = conn.execute(
        "SELECT l.id, c.id, p.key, l.action, l.method, t.language, t.version, l.text_sha256, l.witness, l.note,"
        " l.at, l.expires_at FROM consent_ledger l JOIN contacts c ON c.rowid = l.contact"
        " JOIN purposes p ON p.id = l.purpose LEFT JOIN consent_texts t ON t.id = l.text_id WHERE l.uid = ?",
        (ref,)).fetchone()
    if found is None:
        return None
    entry, contact, key, action, method, language, version, sha, witness, note, at, expires = found
    evidence = [{"kind": kind_, "file_name": name, "media_type": media, "sha256": digest,
                 "data": base64.b64encode(data).decode()}
                for kind_, name, media, digest, data in conn.execute(
                    "SELECT kind, file_name, media_type, sha256, data FROM consent_evidence WHERE entry = ?"
                    " ORDER BY id", (entry,))]
    return ref, contact, {"kind": "consent", "contact": contact, "purpose": key, "action": action, "method": method,
                          "text": None if language is None else [language, version], "text_sha256": sha,
                          "witness": witness, "note": note, "at": at, "expires_at": expires, "evidence": evidence}


def without_evidence_data(content: dict) -> dict:
    """A consent entry too large to send whole: its evidence named by hash, the data kept at its desk."""
    return {**content, "evidence": [{k: v for k, v in item.items() if k != "data"} for item in content["evidence"]]}


# What an event no crmdesk writes can raise while it is read (an insider's, made to stop every desk's sync,
# or one of a later crmdesk the checks here do not know; a constraint of the vault it breaks): it is left as
# it is, stops nothing, and the log says so (its kind and the error's, nothing of what it holds).
ODD = (KeyError, TypeError, ValueError, IndexError, OverflowError, RecursionError, sqlcipher3.IntegrityError)


def applied(op: Operation, apply, event: str, content: dict) -> bool:
    """``apply(op, event, content)`` in a savepoint of the operation: an event it finds odd (``ODD``) changes
    nothing and is not taken. Whether it changed anything."""
    op.conn.execute("SAVEPOINT taking_an_event")
    try:
        changed = bool(apply(op, event, content))
    except ODD as exc:
        op.conn.execute("ROLLBACK TO taking_an_event")
        kind = content.get("kind")
        log.warning("an event from another desk was left aside: %s, %s",
                    kind[:20] if isinstance(kind, str) else "?", type(exc).__name__)
        changed = False
    op.conn.execute("RELEASE taking_an_event")
    return changed


def apply_event(op: Operation, event: str, content: dict) -> bool:
    """Record another desk's event here (see the module notes); whether it changed anything."""
    kind = content.get("kind")
    if kind == "purpose":
        return _purpose(op, content["purpose"])
    if kind == "text":
        return _text(op, content)
    if kind == "consent":
        return _consent(op, event, content)
    if kind == "interaction":
        return _interaction(op, event, content)
    return False  # a kind of a later crmdesk: left for it


def _purpose(op: Operation, incoming: dict[str, Any]) -> bool:
    conn = op.conn
    columns = [row[1] for row in conn.execute("PRAGMA table_info(purposes)") if row[1] not in _PURPOSE_KEEP]
    values = {c: incoming[c] for c in columns if c in incoming}
    had = conn.execute("SELECT updated_at, active FROM purposes WHERE key = ?", (values.get("key"),)).fetchone()
    if had is not None:  # a purpose's basis is what its records rest on, and a retired purpose stays retired
        values.pop("basis", None)
        if not had[1]:
            values["active"] = 0
    if had is None:
        names = [*values, "created_at"]
        conn.execute(f"INSERT INTO purposes ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                     [*values.values(), values.get("updated_at") or op.now])
    elif (values.get("updated_at") or "") > had[0]:
        conn.execute(f"UPDATE purposes SET {', '.join(f'{c} = ?' for c in values)} WHERE key = ?",
                     [*values.values(), values["key"]])
    else:
        return False
    op.changed(PURPOSES)
    return True


def _text(op: Operation, text: dict) -> bool:
    """A text published at another desk, kept here unless this desk holds the same words: under its version,
    or the next free one when this desk published other words under that version meanwhile (entries find
    their text by its hash, whatever its number here)."""
    conn = op.conn
    purpose = conn.execute("SELECT id FROM purposes WHERE key = ?", (text["purpose"],)).fetchone()
    if purpose is None or hashlib.sha256(text["body"].encode("utf-8")).hexdigest() != text["sha256"]:
        return False
    if conn.execute("SELECT 1 FROM consent_texts WHERE purpose = ? AND language = ? AND sha256 = ?",
                    (purpose[0], text["language"], text["sha256"])).fetchone():
        return False  # the same words are here
    version = text["version"]
    if conn.execute("SELECT 1 FROM consent_texts WHERE purpose = ? AND language = ? AND version = ?",
                    (purpose[0], text["language"], version)).fetchone():
        version = conn.execute("SELECT max(version) + 1 FROM consent_texts WHERE purpose = ? AND language = ?",
                               (purpose[0], text["language"])).fetchone()[0]
    conn.execute("INSERT INTO consent_texts (purpose, language, version, body, sha256, published_at, published_by)"
                 " VALUES (?, ?, ?, ?, ?, ?, NULL)", (purpose[0], text["language"], version, text["body"],
                                                      text["sha256"], text["published_at"]))
    op.changed(PURPOSES)
    return True


def _consent(op: Operation, event: str, entry: dict) -> bool:
    conn = op.conn
    if conn.execute("SELECT 1 FROM consent_ledger WHERE uid = ?", (event,)).fetchone():
        return False  # this desk's own, or taken before
    contact = contact_row(conn, entry["contact"])
    purpose = conn.execute("SELECT id FROM purposes WHERE key = ?", (entry["purpose"],)).fetchone()
    if contact is None or purpose is None:
        return False  # erased here (final)
    try:  # in the one written form every desk compares (UTC, seconds), whatever form another desk sent
        at = iso(parse_iso(str(entry["at"])))
        expires = None if entry.get("expires_at") is None else iso(parse_iso(str(entry["expires_at"])))
    except (ValueError, TypeError, OverflowError):
        return False  # no crmdesk writes this: not taken
    text = None
    if entry.get("text"):
        text = conn.execute("SELECT id FROM consent_texts WHERE purpose = ? AND language = ? AND sha256 = ?",
                            (purpose[0], entry["text"][0], entry["text_sha256"])).fetchone()
    rowid = conn.execute(
        "INSERT INTO consent_ledger (contact, purpose, action, method, text_id, text_sha256, captured_by, witness,"
        " note, at, expires_at, uid) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)",
        (contact[0], purpose[0], entry["action"], entry["method"], text[0] if text else None, entry["text_sha256"],
         entry.get("witness") or "", entry.get("note") or "", at, expires, event)).lastrowid
    for item in entry.get("evidence") or []:
        if "data" not in item:
            continue  # too large to travel with the entry: kept at the desk that recorded it
        conn.execute("INSERT INTO consent_evidence (entry, contact, kind, file_name, media_type, data, sha256)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", (rowid, contact[0], item["kind"], item["file_name"],
                                                       item["media_type"], base64.b64decode(item["data"]),
                                                       item["sha256"]))
    decide_consent(op, contact[0], purpose[0])
    op.changed(CONSENT, CONTACTS, contacts=(contact[1],))
    return True


def _interaction(op: Operation, event: str, entry: dict) -> bool:
    conn = op.conn
    if conn.execute("SELECT 1 FROM interactions WHERE id = ? UNION ALL SELECT 1 FROM team_forgotten WHERE id = ?",
                    (event, event)).fetchone():
        return False  # this desk's own, taken before, or deleted here by a retention policy
    contact = contact_row(conn, entry["contact"])
    if contact is None or entry.get("type") not in KINDS_OF_INTERACTION:
        return False  # erased here (final); a kind of a later crmdesk
    interactions.write_interaction(op, contact[0], kind=entry["type"], summary=entry.get("summary") or "",
                                   body=entry.get("body") or "", occurred_at=parse_iso(entry["occurred_at"]),
                                   elsewhere=(event, entry["created_at"]))
    op.changed(contacts=(contact[1],))
    return True


def contact_row(conn, contact_id: str) -> tuple[int, str] | None:
    """The contact's rowid and id here, or those of the contact it was merged into here; None when erased."""
    found = conn.execute("SELECT rowid, id FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    return found or conn.execute("SELECT c.rowid, c.id FROM merged_contacts m JOIN contacts c ON c.id = m.kept"
                                 " WHERE m.gone = ?", (contact_id,)).fetchone()
