"""A desk of a team: its vault linked to a team vault on the server, sending the contacts changed here
and applying those changed at the other desks.

Every contact added, edited or removed here waits in ``team_outbox``, queued by triggers in the
change's own transaction, whichever path made it (migration 29). ``send`` seals each with the team
key and pushes it as the revision after the one this desk last had (``team_records``); when another desk was first, it merges (``merge.merge_record``)
and pushes the merged record. ``receive`` pulls what changed after the desk's cursor, in the server's
order, and applies it through the gate, with the rules that protect a person: a change they refuse
here (a restricted person, an erasure of a person on legal hold) is not applied and is kept as a
conflict for a person to review. An erasure from another desk erases here too, with the same
no-trace guarantee as one made here; an erasure made here is sent as a tombstone the server keeps
for good. A contact merged into another here is no erasure: it is sent as "merged away", and the
other desks keep their copy, with a note for a person to merge it there too.

What a desk seals names the desk (``SENDER``): after a crash between the server's answer and its
own record of it, a desk meets its own revision again and builds on it, rather than taking it for
another desk's change.

Purposes, consent texts, consent entries and interactions travel as events (``ledgers``); requests and
the audit log still stay on each desk.
Threading: the session's thread (``DeskLink`` talks to the server on it too).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import orjson

from crmdesk.core.errors import Cancelled, IntegrityFailure, NotFound, PermissionDenied, UsageError
from crmdesk.core.language import N_, tr
from crmdesk.core.people import contacts, suppression
from crmdesk.core.people.writer import ContactWriter
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import erasure
from crmdesk.core.team import ledgers, marks, register, sealing, witness
from crmdesk.core.team.certificates import Pair
from crmdesk.core.team.content import as_they_are, current, input_of
from crmdesk.core.team.merge import merge_record, merge_without_base
from crmdesk.core.team.server import DeskLink, KeyChanged, KeySlot, State
from crmdesk.core.vault import database
from crmdesk.core.vault.gate import CONTACTS, Effect, Operation, decide_ties, load_subject, refusal
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.session import Session
from crmdesk.core.vault.team_schema import TEAM_TABLES

EDITING_ROLES = ("owner", "admin", "staff")  # the users who synchronise, and so need the team key
MOST_BYTES = 1024 * 1024  # the largest sealed record the server takes (schema.sql, check_blob)
PUSH_BATCH = 500  # pushes sent in one call and one transaction on the server
PULL_BATCH = 10000  # changes taken in one call (the most the server gives)
PAGES_AT_ONCE = 5  # pages applied in one operation: the search index placed once for 50,000 new contacts
RETRIES = 3  # pushes of one record that meet another desk's newer revision, before it waits for the next sync
NO_COPY = N_("The team's key has changed and this user was given no copy of it: the user was left out, or this "
             "desk was offline from before a desk was removed until after the server was put back. Ask the "
             "shop's owner; for the desk, run 'crmdesk team leave' here and join with a new invitation.")
WHOLE = "*"  # the field of a conflict that is a whole change held back
MERGED = {"_merged_away": True}  # a contact merged into another at a desk: the same person, no erasure
KEPT_APART = {"_kept_apart": True}  # merged away here, kept apart at another desk: not erased there with the person
SENDER = "_desk"  # the desk that sealed a revision
REVISION = "_revision"  # in a change held for review: its revision on the server


@dataclass(frozen=True)
class Link:
    server: str
    vault: str
    epoch: int
    cursor: int
    desk: str  # this desk's own id: in what it seals, so it knows its own revisions again after a crash
    name: str = ""  # what the team calls it ("counter"); empty for a desk linked without joining.py


def link_of(session: Session) -> Link | None:
    row = session.conn.execute("SELECT server, vault, epoch, cursor, desk, name FROM team_link").fetchone()
    return Link(*row) if row else None


def link(session: Session, server: str, vault: str, epoch: int, team_key: bytes, generation: str, *,
         older_keys: dict[int, bytes] | None = None, name: str = "", secret: str | None = None,
         admin: str | None = None, role: int | None = None,
         certificates: tuple[Pair, Pair] | None = None) -> int:
    """Make this vault a desk of the team vault ``vault``; every contact it holds waits to be sent. The
    number waiting. ``server`` is the connection string without secrets, ``secret`` the desk role's
    password, ``admin`` the shop's administrator's connection string without one; ``older_keys``, by
    epoch, open what was sealed before the team's key last changed; ``role``: the oid of the desk's role
    (known at the first checkpoint otherwise); ``certificates``: the team's certificate authority and this
    desk's own certificate (``certificates``). Needs ADMINISTER."""
    unlinked(session)
    with session.operation(Permission.ADMINISTER, "team.linked", detail={"vault": vault, "epoch": epoch}) as op:
        op.conn.execute("INSERT INTO team_link (one, server, vault, epoch, generation, desk, linked_at, name, secret,"
                        " admin, role) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (server, vault, epoch, generation, str(uuid.uuid4()), op.now, name, secret, admin, role))
        op.conn.executemany("INSERT INTO team_keys (epoch, key) VALUES (?, ?)",
                            [*(older_keys or {}).items(), (epoch, team_key)])
        if certificates is not None:
            (authority, own) = certificates
            op.conn.execute("UPDATE team_link SET authority_certificate = ?, authority_key = ?, certificate = ?,"
                            " certificate_key = ?", (authority.certificate, authority.key, own.certificate, own.key))
        # Every contact, and every erasure made before: a copy of this vault at another desk learns of it.
        op.conn.execute("INSERT OR IGNORE INTO team_outbox (id, queued_at) SELECT id, ? FROM contacts"
                        " UNION SELECT contact_uuid, ? FROM tombstones", (op.now, op.now))
        waiting = op.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0]
        ledgers.queue_everything(op)
        decide_ties(op)  # at one moment a stop decides now, as at every desk
        op.conn.execute("DELETE FROM team_joining")
        op.detail["waiting"] = waiting
    return waiting


@dataclass(frozen=True)
class Received:
    """A record as another desk left it: its id, revision on the server, and content (None: erased)."""

    id: str
    revision: int
    content: dict | None
    seq: int | None = None  # its number on the server


@dataclass(frozen=True)
class ReceivedEvent:
    """A ledger event as another desk sealed it (``ledgers``)."""

    id: str
    content: dict
    author: int | None = None  # the desk role that pushed it (the server says)


@dataclass
class Synced:
    sent: int = 0
    received: int = 0
    held: int = 0  # changes from other desks that a rule here refused: kept as conflicts
    conflicts: int = 0  # fields both changed: the server's value applied, this desk's kept for review
    too_large: list[str] = dataclasses.field(default_factory=list)  # contacts too large to send: they wait
    events_sent: int = 0  # purposes, consent texts and consent entries (``ledgers``)
    events_received: int = 0
    put_back: int = 0  # records the server had lost, or had at an older revision: sent again (it was put back)
    server_put_back: bool = False  # the server was found put back from an older copy, and is given back what it lost
    checkpoint: bool = False  # a checkpoint of this desk's audit log was published (``witness``)
    alarms: int = 0  # alarms raised about a desk's audit log (``witness``)


def sync(session: Session, desk: DeskLink, *, cancelled: Callable[[], bool] | None = None) -> Synced:
    """Send what changed here, then take what changed elsewhere. Needs EDIT. ``cancelled`` is asked between
    steps and batches (each of them one transaction): Cancelled when it says so. When the team's key
    changes during the sync (a desk removed meanwhile), the desk takes the new key and goes on once."""
    linked(session)  # NotFound for a desk of its own
    done = Synced()
    try:
        _sync(session, desk, done, cancelled)
    except KeyChanged:  # what was refused is still queued: sealed with the new key this time
        _sync(session, desk, done, cancelled)
    return done


def _sync(session: Session, desk: DeskLink, done: Synced, cancelled: Callable[[], bool] | None) -> None:
    state = marks.check(session, desk)
    steps = [lambda s, d: take_new_key(s, d, state)]
    if linked(session).name:  # joined through joining.py: users added here since get their copy of the key
        steps.append(give_key_slots)
    if session.conn.execute("SELECT put_back FROM team_link").fetchone()[0]:
        done.server_put_back = True
        steps.append(lambda s, d: put_back(s, d, done, state, cancelled))
    steps += [lambda s, d: send(s, d, done), lambda s, d: send_events(s, d, done),
              lambda s, d: receive(s, d, done, cancelled, state), lambda s, d: resealing(s, d, done),
              _catch_up,
              lambda s, d: checkpoint(s, d, done)]
    for step in steps:
        if cancelled is not None and cancelled():
            raise Cancelled("The synchronisation was stopped; what it did so far is kept.")
        step(session, desk)


def _catch_up(session: Session, desk: DeskLink) -> int:
    """The request copies a desk updated late left aside (``register.catch_up``), each opened here."""
    team, keys = linked(session), team_keys(session)
    return register.catch_up(session, desk, lambda c: _received(session, team, c.item, c.id, c.revision, c.epoch,
                                                                c.blob, c.seq, keys, c.author))


def checkpoint(session: Session, desk: DeskLink, done: Synced) -> None:
    """Publish a checkpoint of this desk's audit log when one is due (``witness``): after taking what the
    team holds, so that it builds on this desk's checkpoints the server holds, also one a crash kept
    this desk from noting."""
    team = linked(session)
    desks = desk.desks()  # the server's word on who is who, not a vault's (which its key holder may change)
    role, names = next(oid for _name, _joined, me, oid in desks if me), {oid: name for name, _j, _me, oid in desks}
    with desk.alone("checkpoint"):  # one sync of this desk publishes at a time, each after the one before
        found = witness.due(session, role, team.name, team.vault, session.clock.now())
        if found is None:
            if session.conn.execute("SELECT role IS NOT ? FROM team_link", (role,)).fetchone()[0] or \
                    witness.misnamed(session.conn, names):
                with session.operation(Permission.EDIT, "team.checkpoint", detail={}) as op:
                    witness.known_as(op, role, names)
            return
        desk.push_events(_sealed(session, team, [found]), team.epoch, marks.last_seen(session.conn)[0])
        with session.operation(Permission.EDIT, "team.checkpoint", detail={}) as op:
            marks.remember(op, desk.written)
            witness.published(op, found)
            witness.known_as(op, role, names)
    done.checkpoint = True


def put_back(session: Session, desk: DeskLink, done: Synced, state: State,
             cancelled: Callable[[], bool] | None = None) -> None:
    """After the server was put back from an older copy (``marks``): take everything it holds again, up to
    the head this sync checked, applying what it holds the way ``_rewritten`` says where its history is not
    the one this desk saw; then queue what it no longer holds at all. The ledgers were queued when it was
    noticed (the server keeps each event once). Cut short, it starts again from the first number at the
    next sync."""
    held: set[str] = set()
    receive(session, desk, done, cancelled, state, held)
    if cancelled is not None and cancelled():
        raise Cancelled("The synchronisation was stopped; what it did so far is kept.")
    _give_back_checkpoints(session, desk)
    missing = [record for (record,) in session.conn.execute("SELECT id FROM team_records") if record not in held]
    missing = set(missing) - desk.held(missing)  # not those another desk wrote since this sync's check
    with session.operation(Permission.EDIT, "team.put_back", detail={}) as op:
        gone = [(record, _base(base) == MERGED) for record, base in op.conn.execute("SELECT id, base FROM team_records")
                if record in missing]
        lost = [record for record, merged in gone if not merged]
        _forget_revisions(op, gone)
        for record in lost:
            queue(op, record)
        op.conn.execute("UPDATE team_link SET put_back = 0, shared = 0, cursor = ?", (state.head,))  # all read
        marks.remember(op, state, anew=True)
        op.detail["records"] = len(lost)
    done.put_back += len(lost)


def _give_back_checkpoints(session: Session, desk: DeskLink) -> None:
    """This desk's checkpoints, sent again to a server put back from an older copy: those it lost reach
    the desks that never saw them before this desk's next one (``witness``)."""
    team = linked(session)
    role = session.conn.execute("SELECT role FROM team_link").fetchone()[0]
    mine = [] if role is None else witness.own(session, role, team.vault)
    for start in range(0, len(mine), PUSH_BATCH):
        desk.push_events(_sealed(session, team, mine[start:start + PUSH_BATCH]), team.epoch)


def _sealed(session: Session, team: Link, checkpoints: list[witness.Checkpoint]) -> list[tuple[str, None, bytes]]:
    """``checkpoints`` as events to push: (id, no subject, sealed with the team key of now)."""
    key = team_key(session, team.epoch)
    return [(c.id, None, sealing.seal(key, sealing.Binding(team.vault, "event", c.id, 0, team.epoch), c.content))
            for c in checkpoints]


def _forget_revisions(op: Operation, records: list[tuple[str, bool]]) -> None:
    """Records the server no longer holds at all: sent anew, except one merged into another here, which
    stays known as merged (revision 0), so that a copy another desk gives back is not taken as new."""
    op.conn.executemany("DELETE FROM team_records WHERE id = ?", [(record,) for record, merged in records if not merged])
    op.conn.executemany("UPDATE team_records SET revision = 0 WHERE id = ?",
                        [(record,) for record, merged in records if merged])


def give_key_slots(session: Session, desk: DeskLink) -> int:
    """Each user of this desk who may edit and has no copy of the team key of now on the server gets one,
    sealed to their public key: after a desk is removed, the new key is sealed to them (and again after a
    server put back from an older copy lost it). How many were given."""
    team = linked(session)
    held = set(desk.key_slots(team.epoch))
    if all(user in held for user in _editing_users(session)):
        return 0
    new = slots_to_give(session, team.vault, team.epoch, team_key(session, team.epoch), desk.role_oid(), held)
    if new:
        desk.add_key_slots(team.epoch, new)
        slots_given(session, team.epoch, new)
    return len(new)


def _editing_users(session: Session) -> list[str]:
    return [row[0] for row in session.conn.execute(
        f"SELECT id FROM users WHERE active = 1 AND role IN ({','.join('?' * len(EDITING_ROLES))})", EDITING_ROLES)]


def slots_to_give(session: Session, vault: str, epoch: int, key: bytes, desk: int, given: set[str] | None = None,
                  proof: bytes = b"") -> list[KeySlot]:
    """The copies of the team key ``key`` of ``epoch`` for this desk's users who may edit and were not
    ``given`` one (default: as this vault recorded), each with the word ``proof`` that it is the key after
    the one before."""
    if given is None:
        given = {row[0] for row in session.conn.execute("SELECT user_id FROM team_slots WHERE epoch = ?", (epoch,))}
    slots = KeySlots.load(session.paths.keyslots)
    changed = slots.seal_problem(session.master_key())  # read again since unlock: the key goes only where it said
    if changed:
        raise IntegrityFailure(tr("This vault's key slots were changed outside crmdesk since it was unlocked; no "
                                  "copy of the team key was given. Lock the vault and unlock it again."))
    return [KeySlot(user_id, slot.public_key, sealing.seal_team_key(slot.public_key, key, vault, epoch, user_id,
                                                                    proof),
                    desk, sealing.holder_proof(key, vault, epoch, user_id, slot.public_key, desk))
            for user_id in _editing_users(session) if user_id not in given
            and (slot := slots.slot_for_user_id(user_id)) is not None]


def slots_given(session: Session, epoch: int, new: list[KeySlot]) -> None:
    """The server holds ``new``: recorded here, so they are not given again."""
    with session.operation(Permission.EDIT, "team.key_shared", detail={"epoch": epoch, "users": len(new)}) as op:
        op.conn.executemany("INSERT OR IGNORE INTO team_slots (user_id, epoch) VALUES (?, ?)",
                            [(slot.holder, epoch) for slot in new])


def take_new_key(session: Session, desk: DeskLink, state: State | None = None) -> int:
    """The team key's epoch, after taking this user's copy of each newer key from the server when the
    team's key changed (a user was revoked), one or several times. Older keys stay, for what is still
    sealed with them. ``state``: the server's, as ``marks.check`` read it."""
    session.require(Permission.EDIT)
    epoch = (state or marks.check(session, desk)).epoch
    team = linked(session)
    if epoch == team.epoch:
        return epoch
    taken, before = {}, team_key(session, team.epoch)
    for newer in range(team.epoch + 1, epoch + 1):
        sealed = desk.key_slots(newer).get(session.user.id)
        if sealed is None:
            raise PermissionDenied(tr(NO_COPY))
        key, proof = sealing.open_team_key(session.private_key(), sealed, team.vault, newer, session.user.id)
        sealing.check_key_change(before, team.vault, newer, key, proof)  # made by a desk, not by the server
        taken[newer] = before = key
    with session.operation(Permission.EDIT, "team.key_changed", detail={"epoch": epoch}) as op:
        op.conn.executemany("INSERT OR REPLACE INTO team_keys (epoch, key) VALUES (?, ?)", taken.items())
        op.conn.execute("UPDATE team_link SET epoch = ?", (epoch,))
        op.conn.executemany("INSERT OR IGNORE INTO team_slots (user_id, epoch) VALUES (?, ?)",
                            [(session.user.id, newer) for newer in taken])
    return epoch


def send(session: Session, desk: DeskLink, done: Synced) -> None:
    session.require(Permission.EDIT)
    team = linked(session)
    key = team_key(session, team.epoch)
    for _ in range(RETRIES):
        waiting = session.conn.execute("SELECT id, changes FROM team_outbox ORDER BY queued_at, id").fetchall()
        anew = {row[0] for row in session.conn.execute("SELECT id FROM team_reseal")}  # sent even if unchanged
        finished, met, lost, pushes, written = [], [], [], [], None
        for contact_id, changes, here, row in as_they_are(session, waiting):
            revision, base = (row[0], _base(row[1])) if row else (0, None)
            if here is None and _erased_here(session.conn, contact_id):
                merged = base == MERGED  # merged away here, erased with the person it went into
                given = desk.erase_record(contact_id, team.epoch, sealing.seal_erasure(
                    key, team.vault, contact_id, team.epoch), marks.last_seen(session.conn)[0],
                    revision if merged else None)
                if given is None and merged:  # another desk wrote it since, keeping it apart: theirs there
                    finished.append((contact_id, changes, revision, KEPT_APART))
                else:
                    finished.append((contact_id, changes, None, None))
                written = desk.written or written
                continue
            if here is None:  # merged into another contact here: the same person, so no erasure
                if row is None or base == MERGED:  # never sent, or said already
                    finished.append((contact_id, changes, None, None) if row is None else
                                    (contact_id, changes, revision, base))
                    continue
                here = MERGED
            if here == base and contact_id not in anew:
                finished.append((contact_id, changes, revision, base))
            else:
                pushes.append((contact_id, changes, revision, here))
        sealed = []
        for contact_id, changes, revision, here in pushes:
            blob = sealing.seal(key, sealing.Binding(team.vault, "record", contact_id, revision + 1, team.epoch),
                                {**here, SENDER: team.desk})
            if len(blob) > MOST_BYTES:  # the server takes none so large: it waits here, and the rest goes
                if contact_id not in done.too_large:
                    done.too_large.append(contact_id)
                continue
            sealed.append((contact_id, changes, revision, here, blob))
        for start in range(0, len(sealed), PUSH_BATCH):
            batch = [(contact_id, changes, revision, here) for contact_id, changes, revision, here, _blob
                     in sealed[start:start + PUSH_BATCH]]
            answers = desk.push_records([(contact_id, revision, blob) for contact_id, _changes, revision, _here, blob
                                         in sealed[start:start + PUSH_BATCH]], team.epoch, marks.last_seen(session.conn)[0])
            written = desk.written  # the head after what it just stored, remembered with it
            for (contact_id, changes, _revision, here), answer in zip(batch, answers, strict=True):
                if answer.outcome == "stored":
                    finished.append((contact_id, changes, answer.revision, here))
                    done.sent += 1
                elif answer.revision is None:  # a server put back lost the record: sent anew next round
                    lost.append((contact_id, here == MERGED))
                else:  # another desk was first, or erased them: theirs comes in as a received change
                    met.append(_received(session, team, "erasure" if answer.outcome == "erased" else "record",
                                         contact_id, answer.revision, answer.epoch, answer.blob, answer.seq))
            _sent(session, finished, written)  # recorded batch by batch: a crash costs at most one batch again
            finished, written = [], None
        if finished:
            _sent(session, finished, written)
        if lost:
            _lost(session, lost)
        if not met and not lost:
            return
        apply_received(session, [(met, None)], done)  # merged where this desk changed them too; sent next round


def send_events(session: Session, desk: DeskLink, done: Synced) -> None:
    """Send the purposes, consent texts, consent entries and interactions waiting (``ledgers``), in that order,
    batch by batch; each leaves the queue once the server holds it, unless it changed again meanwhile."""
    session.require(Permission.EDIT)
    team = linked(session)
    key = team_key(session, team.epoch)
    waiting = session.conn.execute(
        "SELECT seq, kind, ref, changes FROM team_event_outbox ORDER BY"
        " coalesce((SELECT key FROM json_each(?) WHERE value = kind), ?), seq",
        (json.dumps(ledgers.KINDS), len(ledgers.KINDS))).fetchall()
    # contacts not on the server yet (too large to send): what is about them waits with them
    unsent = {row[0] for row in session.conn.execute(
        "SELECT o.id FROM team_outbox o LEFT JOIN team_records r ON r.id = o.id WHERE r.id IS NULL")}
    for start in range(0, len(waiting), PUSH_BATCH):
        batch, pushes, forgettable, later, copies = waiting[start:start + PUSH_BATCH], [], [], set(), []
        forgotten = [ref for _seq, kind, ref, _changes in batch if kind == "forgotten"]
        for seq, kind, ref, _changes in batch:
            if kind == "forgotten":
                continue
            event = register.snapshot(session.conn, ref) if kind == "request" else ledgers.event_of(session.conn, kind, ref)
            if event is None:
                continue  # its person was erased: nothing of them goes anywhere
            event_id, subject, content = event
            if subject in unsent:
                later.add(seq)
                continue
            binding = sealing.Binding(team.vault, "event", event_id, 0, team.epoch)
            blob = sealing.seal(key, binding, content)
            if len(blob) > MOST_BYTES and kind == "consent":  # the evidence stays here; the entry goes
                blob = sealing.seal(key, binding, ledgers.without_evidence_data(content))
            if len(blob) > MOST_BYTES:
                continue  # the server takes none so large (a note of megabytes): it stays at this desk
            pushes.append((event_id, subject, blob))
            forgettable.append(kind in ("interaction", "request"))  # a request's copy: replaced by the next
            if kind == "request":  # with the copies it holds, as they stand now (another sync may take more)
                copies.append((ref, event_id, register.copies(session.conn, ref)))
        written = None
        if pushes:
            desk.push_events(pushes, team.epoch, marks.last_seen(session.conn)[0], forgettable)
            written = desk.written
        pushed = {push[0] for push in pushes}
        forgotten = [ref for ref in forgotten if ref not in pushed]  # sent again: kept
        if forgotten:  # deleted here by a retention policy, or a request's copy replaced: the server's goes too
            desk.forget_events(forgotten, team.epoch, marks.last_seen(session.conn)[0])
            written = desk.written or written
        with session.operation(Permission.EDIT, "team.sent", detail={"sent": len(pushes)}) as op:
            marks.remember(op, written)
            for uid, event_id, held in copies:
                register.sent(op, uid, event_id, held)
            op.conn.executemany("DELETE FROM team_event_outbox WHERE seq = ? AND changes = ?",
                                [(seq, changes) for seq, _kind, _ref, changes in batch if seq not in later])
            op.conn.execute("UPDATE team_link SET synced_at = ?", (op.now,))
        done.events_sent += len(pushes)


def receive(session: Session, desk: DeskLink, done: Synced, cancelled: Callable[[], bool] | None = None,
            state: State | None = None, held: set[str] | None = None) -> None:
    """Take what the other desks wrote since this desk's cursor, ``PAGES_AT_ONCE`` pages to an operation: a
    new desk's first sync writes its contacts and their search index as an import does, a few times rather
    than once a page (``cancelled``: the operations done so far are kept). ``held``: from the first number,
    getting the id of every record the server holds, erased or not."""
    session.require(Permission.EDIT)
    pages = _pages(session, desk, cancelled, held, None if state is None else state.head)
    first = next(pages, None)
    while first is not None:
        apply_received(session, itertools.chain([first], itertools.islice(pages, PAGES_AT_ONCE - 1)), done, state)
        first = next(pages, None)


def _pages(session: Session, desk: DeskLink, cancelled: Callable[[], bool] | None, held: set[str] | None = None,
           upto: int | None = None):
    """Each page of changes after this desk's cursor (``held``: after none) and up to ``upto``, opened, with
    the number of its last."""
    team = linked(session)
    after = team.cursor if held is None else 0
    while not (cancelled is not None and cancelled()):
        changes = desk.pull(after, limit=PULL_BATCH, upto=upto)
        if not changes:
            return
        if held is not None:
            held.update(c.id for c in changes if c.item != "event")
        keys = team_keys(session)  # read once a page, not once a change
        yield [_received(session, team, c.item, c.id, c.revision, c.epoch, c.blob, c.seq, keys, c.author)
               for c in changes], \
            changes[-1].seq
        if len(changes) < PULL_BATCH:
            return
        after = changes[-1].seq


def apply_received(session: Session, pages: Iterable[tuple[list[Received | ReceivedEvent], int | None]],
                   done: Synced, state: State | None = None) -> None:
    """Apply other desks' changes through the gate (see the module notes), page by page, moving the cursor to
    each page's number (None: it stays). ``state``: the server's, as this sync found it (remembered)."""
    team = link_of(session)
    me = team.desk if team is not None else None
    erased = False
    with session.operation(Permission.EDIT, "team.received", detail={}) as op:
        op.conn.execute("INSERT INTO team_applying (one) VALUES (1)")  # what comes from the team is not sent back
        before = (done.received, done.held, done.conflicts, done.alarms)
        new = ContactWriter(op)  # contacts made at other desks, written in batches as an import writes them
        matcher = suppression.Matcher(op.conn, new.region)
        for received, cursor in pages:
            new.flush()  # the contacts of the pages before are in the table: a later page may erase one of them
            batch = _Batch(op, [change.id for change in received if isinstance(change, Received)], new, matcher)
            for change in received:
                if isinstance(change, ReceivedEvent) and change.content.get("kind") == "checkpoint":
                    done.alarms += witness.witnessed(op, change.author, change.content)
                    continue
                if isinstance(change, ReceivedEvent):
                    new.finish()  # a consent may be about a contact just written
                    apply = register.take if change.content.get("kind") == "request" else ledgers.apply_event
                    done.events_received += ledgers.applied(op, apply, change.id, change.content)
                    continue
                erased |= change.content is None
                _apply(op, change, done, batch, me)
            op.conn.executemany(KNOWN, batch.known)
            if cursor is not None:
                op.conn.execute("UPDATE team_link SET cursor = ?", (cursor,))
        new.finish()
        if done.received > before[0]:
            register.relink(op)
        op.conn.execute("UPDATE team_link SET synced_at = ?", (op.now,))
        marks.remember(op, state)
        op.conn.execute("DELETE FROM team_applying")
        op.detail.update({"received": done.received - before[0], "held": done.held - before[1],
                          "conflicts": done.conflicts - before[2]})
        if done.alarms > before[3]:
            op.detail["alarms"] = done.alarms - before[3]
    if erased:  # the erased pages overwritten, as after an erasure made here
        database.checkpoint_waiting(session.conn, erasure.OVERWRITE_WAIT_SECONDS)


class _Batch:
    """What this desk knows of the records of one page of changes, read at once (a new desk's first sync
    takes them by the thousand), and the revisions it learns, written at once."""

    def __init__(self, op: Operation, ids: list[str], new: ContactWriter, matcher: suppression.Matcher):
        conn, wanted = op.conn, json.dumps(ids)
        self.new, self.matcher = new, matcher
        self.rows = dict(conn.execute("SELECT id, rowid FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
                                      (wanted,)))
        self.waiting = {row[0] for row in conn.execute(
            "SELECT id FROM team_outbox WHERE id IN (SELECT value FROM json_each(?))", (wanted,))}
        self.records = {row[0]: (row[1], row[2]) for row in conn.execute(
            "SELECT id, revision, base FROM team_records WHERE id IN (SELECT value FROM json_each(?))", (wanted,))}
        self.erased = {row[0] for row in conn.execute(
            "SELECT contact_uuid FROM tombstones WHERE contact_uuid IN (SELECT value FROM json_each(?))", (wanted,))}
        self.merged = {row[0] for row in conn.execute(
            "SELECT gone FROM merged_contacts WHERE gone IN (SELECT value FROM json_each(?))", (wanted,))}
        self.known: list[tuple[str, int, str]] = []
        # While a put-back server is given back what it lost: up to which number it holds what this desk saw
        # (marks.check); -1 otherwise.
        found = conn.execute("SELECT CASE WHEN put_back THEN shared ELSE -1 END FROM team_link").fetchone()
        self.shared = -1 if found is None else found[0]


def _apply(op: Operation, change: Received, done: Synced, batch: _Batch, me: str | None) -> None:
    conn = op.conn
    rowid = batch.rows.get(change.id)
    row = None if rowid is None else (rowid,)
    waiting = change.id in batch.waiting
    content = None if change.content is None else dict(change.content)
    mine = content is not None and content.pop(SENDER, None) == me
    if content is None:  # erased at another desk: final here too, also for someone this desk never held
        if row is not None:
            subject = load_subject(conn, row[0])
            if refusal(subject, Effect.REMOVE) is not None:  # on legal hold here
                _hold(op, change, done)
                return
            merged = erasure.merged_into(conn, change.id)
            erasure.remove_person(op, subject, why=None)
            for gone in merged:  # the contacts merged into them here go from the server too
                queue(op, gone)
        else:
            erasure.erased_elsewhere(op, change.id)
        conn.execute("DELETE FROM team_records WHERE id = ?", (change.id,))
        conn.execute("DELETE FROM team_outbox WHERE id = ?", (change.id,))
        done.received += 1
        return
    was = batch.records.get(change.id)
    base = _base(was[1]) if was else None
    if was is not None and was[0] == change.revision and (mine or content == base):
        return  # known here already: this desk's own revision, or one taken before
    # A revision before the one this desk knew, another one of the same number, or (while this desk gives a
    # put-back server what it lost) one the server wrote after the put-back's point: not a later revision
    # of what this desk knew.
    rewritten = was is not None and MERGED not in (base, content) and (change.revision < was[0] or not mine and (
        change.revision == was[0] or (batch.shared >= 0 and change.seq is not None and change.seq > batch.shared)))
    if rewritten and row is not None and change.seq is not None and change.seq <= batch.shared:
        # one this desk knew before (the server wrote it before the put-back's point): this desk's goes over it
        if not waiting:
            queue(op, change.id)
        done.put_back += 1
        batch.known.append((change.id, change.revision, _base_text(content)))
        return
    if content == MERGED or (row is None and (base == MERGED or change.id in batch.merged)):
        if row is not None:  # merged into another at a desk: a person here decides whether to merge too
            _hold(op, change, done, content)
        elif content != MERGED:  # merged into another here, and another desk kept it apart (or gave it back
            if change.id in batch.merged:  # to a put-back server): it stays merged here; the server's last
                batch.known.append((change.id, change.revision,  # revision is that desk's (erasure.merged_into)
                                    _base_text(content)))
            return
    elif row is None:
        if change.id in batch.erased:  # erased here: the erasure is final, and on its way to the server
            if not waiting and was is None:  # unless a server put back lost it: it goes again (not one kept
                queue(op, change.id)  # apart at another desk after it was merged away here: KEPT_APART)
            return
        data = input_of(content)
        if batch.matcher.matches(data):
            _hold(op, change, done, content)  # looks like a person who asked to be erased here: a person decides
            return
        batch.new.write(data, contact_id=change.id)
        op.changed(CONTACTS, contacts=(change.id,))
    elif mine and waiting and was is not None and was[0] == change.revision - 1:
        pass  # this desk's own revision, the next after the one it knew (its answer lost in a crash)
    else:
        subject = load_subject(conn, row[0])
        here = current(op.session, change.id)
        target, conflicts = content, []
        if rewritten:  # written after the put-back, or where this desk cannot tell: no revision both know
            target, conflicts = merge_without_base(here, content)
            if target != content and not waiting:  # what this desk adds goes over the server's
                queue(op, change.id)
            done.put_back += target != content
        elif waiting:  # changed here too: merged against the revision both started from
            target, conflicts = merge_record(base, here, content)
        for conflict in conflicts:
            _conflict(op, change.id, conflict.field, conflict.server, conflict.kept)
        done.conflicts += len(conflicts)
        lost = contacts.lost_fields(input_of(here), input_of(target))
        if refusal(subject, Effect.PROCESS) is not None or (lost and refusal(subject, Effect.REMOVE) is not None):
            _hold(op, change, done, content)
            return
        if target != here:
            contacts.rewrite(op, subject, input_of(target))
            op.changed(CONTACTS, contacts=(change.id,))
    batch.known.append((change.id, change.revision, _base_text(content)))
    done.received += 1


def _hold(op: Operation, change: Received, done: Synced, content: dict | None = None) -> None:
    """A change a rule here refuses, or a merge made at another desk: not applied; kept whole for a person
    to review (once: the same change met again is not kept twice), with its revision on the server
    (``REVISION``), the base of what this desk sends once a person settled it (``review``)."""
    if content is not None:
        content = {**content, REVISION: change.revision}
    server = json.dumps(content, ensure_ascii=False)
    if op.conn.execute("SELECT 1 FROM team_conflicts WHERE record = ? AND field = ? AND server = ?",
                       (change.id, WHOLE, server)).fetchone() is None:
        _conflict(op, change.id, WHOLE, content, None)
    done.held += 1


def _conflict(op: Operation, record: str, field: str, server, kept) -> None:
    op.conn.execute("INSERT INTO team_conflicts (record, field, server, kept, at) VALUES (?, ?, ?, ?, ?)",
                    (record, field, json.dumps(server, ensure_ascii=False), json.dumps(kept, ensure_ascii=False),
                     op.now))


def _sent(session: Session, finished: list[tuple], state: State | None = None) -> None:
    """What the server now holds: each record's revision and content, and the queue emptied of them unless
    they changed again meanwhile."""
    with session.operation(Permission.EDIT, "team.sent", detail={"sent": len(finished)}) as op:
        op.conn.execute("UPDATE team_link SET synced_at = ?", (op.now,))
        marks.remember(op, state)
        op.conn.executemany("DELETE FROM team_outbox WHERE id = ? AND changes = ?",
                            [(contact_id, changes) for contact_id, changes, _revision, _content in finished])
        op.conn.executemany("DELETE FROM team_reseal WHERE id = ?", [(item[0],) for item in finished])
        op.conn.executemany("DELETE FROM team_records WHERE id = ?",
                            [(contact_id,) for contact_id, _changes, _revision, content in finished if content is None])
        op.conn.executemany(KNOWN, [(contact_id, revision, _base_text(content))
                                    for contact_id, _changes, revision, content in finished if content is not None])


def _lost(session: Session, records: list[tuple[str, bool]]) -> None:
    """Records the server no longer holds at all (it was put back from an older copy), with whether each was
    merged into another here: ``_forget_revisions``."""
    with session.operation(Permission.EDIT, "team.put_back", detail={"records": len(records)}) as op:
        _forget_revisions(op, records)


def resealing(session: Session, desk: DeskLink, done: Synced) -> None:
    """After this desk removed another (``reseal``), once this sync took everything the server holds: every
    contact and every request goes again, sealed with the new key."""
    if not session.conn.execute("SELECT reseal FROM team_link").fetchone()[0]:
        return
    with session.operation(Permission.EDIT, "team.resealing", detail={}) as op:
        op.detail["records"] = _queue_reseal(op)
    send(session, desk, done)
    send_events(session, desk, done)  # the requests: their copies under the old key are forgotten next


def reseal(op: Operation) -> None:
    """Every contact this desk holds on the server is sealed anew with the team key of now, changed or not,
    at the next sync, once it took what the server holds: this desk removed another, and what the removed
    desk could open goes under the new key."""
    op.conn.execute("UPDATE team_link SET reseal = 1")


def _queue_reseal(op: Operation) -> int:
    op.conn.execute("UPDATE team_link SET reseal = 0")
    found = op.conn.execute("INSERT OR IGNORE INTO team_reseal (id) SELECT r.id FROM team_records r JOIN contacts c"
                            " ON c.id = r.id WHERE json_extract(r.base, '$._merged_away') IS NOT 1").rowcount
    op.conn.execute("INSERT INTO team_outbox (id, queued_at) SELECT id, ? FROM team_reseal WHERE true"
                    " ON CONFLICT (id) DO UPDATE SET changes = changes + 1", (op.now,))
    op.conn.execute("INSERT INTO team_event_outbox (kind, ref, queued_at) SELECT 'request', uid, ? FROM requests"
                    " WHERE true ON CONFLICT (kind, ref) DO UPDATE SET changes = changes + 1", (op.now,))
    return found


def queue(op: Operation, contact_id: str) -> None:
    """The contact waits to be sent, as after a change made here."""
    op.conn.execute("INSERT INTO team_outbox (id, queued_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE"
                    " SET changes = changes + 1", (contact_id, op.now))


def _base_text(content: dict) -> str:
    """A record's content as ``team_records.base`` keeps it (JSON, written in C: a first sync writes 100,000)."""
    return orjson.dumps(content).decode("utf-8")


def _base(text: str | None) -> dict | None:
    return None if text is None else orjson.loads(text)


KNOWN = ("INSERT INTO team_records (id, revision, base) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE"
         " SET revision = excluded.revision, base = excluded.base")


def known(op: Operation, contact_id: str, revision: int, content: dict) -> None:
    """The record's revision on the server and its content then: the base of this desk's next push."""
    op.conn.execute(KNOWN, (contact_id, revision, _base_text(content)))


def _erased_here(conn, contact_id: str) -> bool:
    return conn.execute("SELECT 1 FROM tombstones WHERE contact_uuid = ?", (contact_id,)).fetchone() is not None


def linked(session: Session) -> Link:
    """The link of this desk; NotFound for a vault of one desk."""
    team = link_of(session)
    if team is None:
        raise NotFound(tr("This vault is not a desk of a team; start one with 'crmdesk team init', or join "
                          "one with 'crmdesk team join'."))
    return team


def unlink(session: Session) -> int:
    """This vault a desk of its own again, in no team: its contacts stay, what the team gave it to link
    (keys, revisions, the queue, the conflicts) goes. The number of changes that were never sent. For a
    desk removed from its team, before it joins again. Needs ADMINISTER."""
    team = linked(session)
    with session.operation(Permission.ADMINISTER, "team.left", detail={"vault": team.vault}) as op:
        unsent = op.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0]
        for table in TEAM_TABLES:
            op.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - the tables named there
        decide_ties(op)  # at one moment the one recorded last decides again
        op.detail["waiting"] = unsent
    return unsent


def unlinked(session: Session) -> None:
    """UsageError unless this vault is a desk of its own, free to start or join a team."""
    if link_of(session) is not None:
        raise UsageError(tr("This vault is a desk of a team already; a vault belongs to one team. To join "
                            "another, run 'crmdesk team leave' first (its contacts stay)."))


def team_keys(session: Session) -> dict[int, bytes]:
    """Every team key this desk holds, by epoch."""
    return {epoch: bytes(key) for epoch, key in session.conn.execute("SELECT epoch, key FROM team_keys")}


def team_key(session: Session, epoch: int) -> bytes:
    row = session.conn.execute("SELECT key FROM team_keys WHERE epoch = ?", (epoch,)).fetchone()
    if row is None:
        raise NotFound(tr("This desk does not hold the team key some of the server's records are sealed with; ask "
                       "the shop's owner to link this desk to the team again."))
    return bytes(row[0])


def _received(session: Session, team: Link, item: str, record: str, revision: int | None, epoch: int,
              blob: bytes | None, seq: int | None = None, keys: dict[int, bytes] | None = None,
              author: int | None = None) -> Received | ReceivedEvent:
    """A record or erasure from the server, opened and checked: an erasure counts only with a desk's sealed
    word for it, a record only when it opens where it says it belongs (IntegrityFailure otherwise)."""
    key = keys[epoch] if keys is not None and epoch in keys else team_key(session, epoch)
    if item == "event":
        return ReceivedEvent(record, sealing.unseal(key, sealing.Binding(team.vault, "event", record, 0, epoch), blob),
                             author)
    if item == "erasure":
        sealing.check_erasure(key, team.vault, record, epoch, blob)
        return Received(record, revision, None, seq)
    return Received(record, revision,
                    sealing.unseal(key, sealing.Binding(team.vault, "record", record, revision, epoch), blob), seq)
