"""The register of requests between desks comes to rest: a second review's cases (a reply kept twice, an
insider's deeply nested copy, desks updated late reading the server's request copies again, and three desks
working requests at random until every desk agrees and the server keeps one copy of each)."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.core.clock import FixedClock
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import requests
from crmdesk.core.team import desk, register, sealing
from tests.team.test_desks import desks  # noqa: F401 - the fixture
from tests.team.test_register import _both, _copies, _uid, _verified

MORNING = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _settles(*pairs, rounds: int = 4) -> list[tuple[int, int]]:
    """Every desk syncs ``rounds`` times round; what the last round sent and took, per desk."""
    last = []
    for _ in range(rounds):
        last = []
        for session, link in pairs:
            done = desk.sync(session, link)
            last.append((done.events_sent, done.events_received))
    return last


def test_the_same_reply_kept_twice_in_one_second_comes_to_rest(desks):  # noqa: F811
    (counter, counter_link), (office, office_link), anna, opened = _verified(
        desks, "Anna", "Kowalska", "access")
    # a double click on "reply made", or the same export recorded twice, in one second
    counter.clock = FixedClock(MORNING)
    requests.reply_made(counter, opened.reference, "access-report", b"%PDF- the access report")
    requests.reply_made(counter, opened.reference, "access-report", b"%PDF- the access report")
    last = _settles((counter, counter_link), (office, office_link))
    assert last == [(0, 0), (0, 0)], last  # settled: nothing goes back and forth any more
    uid = _uid(counter, opened.reference)
    assert len(register.snapshot(counter.conn, uid)[2]["replies"]) == len(
        register.snapshot(office.conn, uid)[2]["replies"])


def _push_raw(session, link, plain: bytes) -> None:
    """An insider holding the team key pushes an event of any JSON text it likes (not only what orjson writes)."""
    team = desk.linked(session)
    event = str(uuid.uuid4())
    binding = sealing.Binding(team.vault, "event", event, 0, team.epoch)
    framed = sealing._LENGTH.pack(len(plain)) + plain
    framed += bytes(-len(framed) % sealing.PAD)
    nonce = os.urandom(12)
    blob = bytes([sealing.VERSION]) + nonce + sealing._cipher(desk.team_key(session, team.epoch)).encrypt(
        nonce, framed, binding.associated_data())
    link.push_events([(event, None, blob)], team.epoch, None, [True])


def test_an_insiders_copy_with_a_deeply_nested_reply_stops_no_sync(desks):  # noqa: F811
    import json  # noqa: PLC0415

    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access")
    _both((counter, counter_link), (office, office_link))
    copy = register.snapshot(counter.conn, _uid(counter, opened.reference))[2]
    # orjson opens JSON nested up to 1,024 deep; str() in register._checked recurses past Python's limit
    text = json.dumps({**copy, "replies": "@"}).replace('"@"', '[["letter", "ab", ' + "[" * 1010 + "]" * 1010 + "]]")
    _push_raw(counter, counter_link, text.encode())
    contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    assert "Bea Nowak" in [c.display_name for c in contacts.list_contacts(office).rows]  # the sync went on


def test_taking_the_request_copies_again_after_an_explained_alarm_raises_no_alarm_anew(desks, tmp_path, failures):  # noqa: F811
    """Schema 40 has a desk of a team take the server's request copies from the start: nothing else is read
    again, so the checkpoints of a desk put back once (explained by the owner) raise no alarm anew."""
    from crmdesk.core.permissions import Permission  # noqa: PLC0415
    from crmdesk.core.team import witness  # noqa: PLC0415
    from tests.team.test_witness import _sync_all, _work, tuesday_undone  # noqa: PLC0415

    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    counter = tuesday_undone(counter, counter_link, office, office_link, tmp_path, failures)  # a restore made
    # on purpose
    try:
        _work(counter, "Wednesday", 60)
        _sync_all([(counter, counter_link), (office, office_link)], 61)
        for session in (counter, office):
            for alarm in witness.alarms(session):
                witness.explain(session, alarm.id)  # the owner explains it
        _sync_all([(counter, counter_link), (office, office_link)], 62)
        assert witness.alarms(office) == [] and witness.alarms(counter) == []
        for session in (counter, office):  # what schema 40 does at a desk of a team
            with session.operation(Permission.EDIT, "test.written", detail={}) as op:
                op.conn.execute("UPDATE team_link SET requests_from = 0")
        done = _sync_all([(counter, counter_link), (office, office_link)], 63)
        assert [d.alarms for d in done] == [0, 0], [(a.kind, a.entry) for a in witness.alarms(office)]
        assert witness.alarms(office) == [] and witness.alarms(counter) == []
    finally:
        counter.close()


def test_taking_the_request_copies_again_brings_back_no_erasure_note_a_person_settled(desks):  # noqa: F811
    from crmdesk.core.permissions import Permission  # noqa: PLC0415
    from crmdesk.core.privacy import erasure, restriction  # noqa: PLC0415
    from crmdesk.core.team import review  # noqa: PLC0415

    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    _both((counter, counter_link), (office, office_link))
    restriction.set_hold(office, anna.id, True)  # on legal hold at the office
    erasure.erase(counter, anna.id)
    _both((counter, counter_link), (office, office_link))
    [note] = [r for r in review.waiting(office) if r.kind == "erasure"]
    review.settle(office, note.seq, "here")  # read: she stays here while the hold lasts
    desk.sync(office, office_link)
    assert review.waiting(office) == []
    with office.operation(Permission.EDIT, "test.written", detail={}) as op:  # what schema 40 does at a desk
        op.conn.execute("UPDATE team_link SET requests_from = 0")                       # of a team
    again = desk.sync(office, office_link)
    assert (again.held, [r.kind for r in review.waiting(office)]) == (0, [])


@pytest.mark.parametrize("seed", [10, 22, 23, 33])
def test_three_desks_working_requests_at_random_settle_agree_and_the_server_keeps_one_copy_each(desks, seed):  # noqa: F811
    """Ordinary work at three desks (open, verify, extend, close, reply, retention, erase, merge) with syncs
    between, then every desk syncs until it rests: nothing goes back and forth, every desk holds every request
    alike, and the server one copy of each. (40 seeds passed when this was written; these four once failed:
    no copy left on the server, desks that differed in a marker, and copies going back and forth.)"""
    import random  # noqa: PLC0415

    from crmdesk.core.errors import CrmdeskError  # noqa: PLC0415
    from crmdesk.core.people import duplicates  # noqa: PLC0415
    from crmdesk.core.permissions import Permission  # noqa: PLC0415
    from crmdesk.core.privacy import erasure  # noqa: PLC0415

    rnd = random.Random(seed)
    pairs = [desks(n) for n in ("a", "b", "c")]
    people = [contacts.add_contact(pairs[0][0], ContactInput(given_name=f"P{n}", family_name="Fuzz")) for n in range(6)]
    for session, link in pairs * 2:
        desk.sync(session, link)
    minute = 0
    for step in range(80):
        minute += rnd.choice([0, 0, 1, 7])
        session, link = pairs[rnd.randrange(3)]
        session.clock = FixedClock(MORNING + timedelta(minutes=minute))
        refs = [r.reference for r in requests.list_requests(session)]
        work = rnd.choice(["open", "open", "verify", "extend", "close", "reply", "sync", "sync", "sync", "erase",
                           "clear", "merge", "told"])
        try:
            if work == "open":
                alive = [p for p in people if contacts_here(session, p.id)]
                if alive:
                    requests.open_request(session, rnd.choice(alive).id, rnd.choice(["access", "erasure", "rectification"]),
                                          notes=f"note {step}")
            elif work == "sync":
                desk.sync(session, link)
            elif refs:
                ref = rnd.choice(refs)
                if work == "verify":
                    requests.verify(session, ref, rnd.choice(["Photo ID", "Call back"]))
                elif work == "extend":
                    requests.extend(session, ref, rnd.choice(["Boxes", "Archive", "Boxes"]), told=rnd.random() < .5)
                elif work == "told":
                    requests.extension_told(session, ref)
                elif work == "close":
                    requests.close(session, ref, rnd.choice(["fulfilled", "refused"]), rnd.choice(["Unfounded", "Repeat"]))
                elif work == "reply":
                    requests.reply_made(session, ref, "letter", f"r{step}".encode())  # never the same reply twice
                elif work == "erase":
                    erasure.erase(session, rnd.choice(people).id)
                elif work == "clear":  # the retention of closed requests
                    with session.operation(Permission.EDIT, "test.retention", detail={}) as op:
                        requests.clear_text(op, "reference = ? AND NOT cleared AND closed_at IS NOT NULL", (ref,))
                elif work == "merge":
                    kept, gone = rnd.sample(people, 2)
                    duplicates.merge(session, kept.id, gone.id)
        except CrmdeskError:
            pass  # refused at this desk (not found, already closed, ...): as a person would be
    for _ in range(6):
        for session, link in pairs:
            desk.sync(session, link)
    rest = [desk.sync(session, link) for session, link in pairs]  # at rest: nothing goes back and forth
    problems = [("still exchanging", [(d.sent, d.received, d.events_sent, d.events_received) for d in rest])] if any(
        (d.sent, d.received, d.events_sent, d.events_received) != (0, 0, 0, 0) for d in rest) else []
    for (uid,) in pairs[0][0].conn.execute("SELECT uid FROM requests").fetchall():
        seen = [register.snapshot(session.conn, uid) for session, _link in pairs]
        if any(s is None for s in seen):
            problems.append(("missing at a desk", uid))
            continue
        if len({s[0] for s in seen}) > 1:
            problems.append(("desks differ", {k: [s[2][k] for s in seen] for k in seen[0][2]
                                              if len({repr(s[2][k]) for s in seen}) > 1}))
        held = len(_copies(pairs[0][0], pairs[0][1], uid))
        if held != 1:
            problems.append(("copies on the server", uid, held))
    assert problems == []


def contacts_here(session, contact_id: str) -> bool:
    return session.conn.execute("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)).fetchone() is not None
