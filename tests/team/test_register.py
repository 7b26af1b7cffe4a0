"""One register of data subject requests for the whole team: a request opened at one desk is due at every
desk, whoever works it next sees what was done, desks working it at once agree, and what an erasure or a
retention policy took out of it goes from the server too."""

from __future__ import annotations

import dataclasses
import itertools
import random
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from crmdesk.core.clock import FixedClock
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import erasure, requests, retention
from crmdesk.core.team import desk, register, sealing
from tests.team.test_desks import desks  # noqa: F401 - the fixture
from tests.team.test_restore import _dump, _restore

MORNING = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _at(session, moment: datetime) -> None:
    session.clock = FixedClock(moment)


def _copies(session, link, uid: str) -> list[dict]:
    """The copies of request ``uid`` the server holds, opened with the team key."""
    team = desk.linked(session)
    opened = (desk._received(session, team, c.item, c.id, c.revision, c.epoch, c.blob)
              for c in link.pull(0, limit=100_000) if c.item == "event")
    return [e.content for e in opened if e.content.get("kind") == "request" and e.content["uid"] == uid]


def _uid(session, reference: str) -> str:
    return session.conn.execute("SELECT uid FROM requests WHERE reference = ?", (reference,)).fetchone()[0]


def _verified(desks, given: str, family: str, kind: str, notes: str = ""):  # noqa: F811
    """A counter and an office; a person's request of ``kind`` opened at the counter, their identity checked
    there, and both desks synced: the two desks, the person and the request."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    person = contacts.add_contact(counter, ContactInput(given_name=given, family_name=family))
    opened = requests.open_request(counter, person.id, kind, notes=notes)
    requests.verify(counter, opened.reference, "Photo ID shown at the counter")
    _both((counter, counter_link), (office, office_link))
    return (counter, counter_link), (office, office_link), person, opened


def _as_every_desk_sees(request: requests.SubjectRequest) -> requests.SubjectRequest:
    """A request without who did its steps, which only the desk they did them at knows."""
    return dataclasses.replace(request, verified_by=None,
                               artefacts=tuple(dataclasses.replace(a, by=None) for a in request.artefacts))


def _both(*pairs) -> None:
    """Every desk syncs, twice round: each has sent what it did and taken what the others did."""
    for session, link in [*pairs, *pairs]:
        desk.sync(session, link)


def test_a_request_opened_at_the_counter_is_due_at_the_office_and_worked_there(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access", channel="letter", notes="Letter dated 28 November")
    _both((counter, counter_link), (office, office_link))

    there = requests.get_request(office, opened.reference)
    assert (there.contact_name, there.type, there.channel, there.received_on, there.due_on, there.notes) == (
        "Anna Kowalska", "access", "letter", opened.received_on, opened.due_on, "Letter dated 28 November")
    assert opened.reference in [r.reference for r in requests.list_requests(office, view="open")]

    requests.verify(office, opened.reference, "Signed letter matching the records")  # worked at the office
    requests.reply_made(office, opened.reference, "access-report", b"%PDF- the access report")
    _both((office, office_link), (counter, counter_link))
    back = requests.get_request(counter, opened.reference)
    assert (back.status, back.verified_method) == ("in_progress", "Signed letter matching the records")
    assert [a.kind for a in back.artefacts] == ["access-report"]
    said = "\n".join(requests.describe(back, back.received_on))
    assert "at another desk: Signed letter matching the records" in said and "None" not in said

    requests.close(counter, opened.reference, "fulfilled")
    _both((counter, counter_link), (office, office_link))
    assert requests.get_request(office, opened.reference).status == "fulfilled"
    assert desk.sync(office, office_link).events_received == 0  # settled: nothing goes back and forth
    # the server holds the request as it stands now, not each copy it went through
    [copy] = _copies(counter, counter_link, _uid(counter, opened.reference))
    assert copy["status"] == "fulfilled"


def test_two_desks_working_one_request_at_once_agree_and_lose_nothing(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    _at(counter, MORNING)
    _at(office, MORNING)
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access")
    requests.verify(counter, opened.reference, "Photo ID shown at the counter")
    _both((counter, counter_link), (office, office_link))

    # offline from each other: both extend, both note something, then one refuses and one fulfils
    _at(counter, MORNING + timedelta(hours=1))
    requests.extend(counter, opened.reference, "Many years of purchases to go through", told=True)
    _at(office, MORNING + timedelta(hours=2))
    requests.extend(office, opened.reference, "Archive boxes at the warehouse")
    _at(office, MORNING + timedelta(hours=3))
    requests.close(office, opened.reference, "refused", "Manifestly unfounded")
    _at(counter, MORNING + timedelta(hours=4))
    requests.close(counter, opened.reference, "fulfilled")
    _both((counter, counter_link), (office, office_link))

    here, there = requests.get_request(counter, opened.reference), requests.get_request(office, opened.reference)
    assert _as_every_desk_sees(here) == _as_every_desk_sees(there)
    # something was done for the person: the fulfilment stands over the refusal made before it
    assert (here.status, here.outcome_reason) == ("fulfilled", "")
    assert here.extended_months == 1 and here.extension_told_on == MORNING.date()
    assert set(here.extension_reason.splitlines()) == {"Many years of purchases to go through",
                                                       "Archive boxes at the warehouse"}
    assert here.due_on == requests.due_date(here.received_on, 1, region=here.region)


def test_two_desks_giving_the_same_reference_at_once_end_with_the_same_two_references(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    bea = contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    _both((counter, counter_link), (office, office_link))
    _at(office, MORNING)
    _at(counter, MORNING + timedelta(minutes=5))
    first = requests.open_request(office, bea.id, "erasure")  # opened first, so it keeps the reference
    second = requests.open_request(counter, anna.id, "access")
    assert first.reference == second.reference
    _both((counter, counter_link), (office, office_link))

    renamed = ""
    for session in (counter, office):
        kept = requests.get_request(session, first.reference)
        assert (kept.type, kept.who, kept.renumbered_from) == ("erasure", "Bea Nowak", "")
        assert "Another desk gave this reference to another request" in "\n".join(
            requests.describe(kept, MORNING.date()))
        [other] = [r for r in requests.list_requests(session) if r.type == "access" and r.who == "Anna Kowalska"]
        assert other.reference.startswith(first.reference + "-") and len(other.reference) == len(first.reference) + 5
        assert other.renumbered_from == first.reference
        assert f"First given the reference {first.reference}" in "\n".join(requests.describe(other, MORNING.date()))
        renamed = other.reference
    assert _as_every_desk_sees(requests.get_request(office, renamed)) == _as_every_desk_sees(
        requests.get_request(counter, renamed))
    _at(office, MORNING + timedelta(hours=1))
    following = requests.open_request(office, anna.id, "objection")  # numbering goes on past both
    assert following.reference == first.reference[:-4] + f"{int(first.reference[-4:]) + 1:04d}"


def test_an_erasure_at_one_desk_clears_the_request_at_every_desk_and_on_the_server(desks):  # noqa: F811
    (counter, counter_link), (office, office_link), dora, opened = _verified(
        desks, "Dora", "Canary", "erasure", notes="Dora Canary asked at the counter")
    uid = _uid(counter, opened.reference)
    assert "Canary" in repr(_copies(office, office_link, uid))

    erasure.erase(office, dora.id, request_reference=opened.reference)  # at the office, for the request
    _both((office, office_link), (counter, counter_link))
    for session in (counter, office):
        done = requests.get_request(session, opened.reference)
        assert (done.status, done.notes, done.who) == ("fulfilled", "", "(erased contact)")
        assert "Canary" not in repr(session.conn.execute("SELECT * FROM requests").fetchall())
    copies = _copies(counter, counter_link, uid)
    assert copies and all(c["cleared"] and c["status"] == "fulfilled" for c in copies)
    assert "Canary" not in repr(copies)  # the copies with her name in the notes are gone from the server


def test_a_server_put_back_from_before_an_erasure_loses_the_persons_request_text_again(team, desks,  # noqa: F811
                                                                                        tmp_path):
    (counter, counter_link), (office, office_link), dora, opened = _verified(
        desks, "Dora", "Canary", "erasure", notes="Dora Canary asked at the counter")
    dump = tmp_path / "last-night.dump"
    _dump(team, dump)
    erasure.erase(counter, dora.id, request_reference=opened.reference)
    _both((counter, counter_link), (office, office_link))
    _restore(team, dump)  # the copies with her name in them are back on the server
    uid = _uid(counter, opened.reference)
    assert "Canary" in repr(_copies(counter, counter_link, uid))
    _both((counter, counter_link), (office, office_link))
    for session in (counter, office):
        assert (requests.get_request(session, opened.reference).status, requests.get_request(
            session, opened.reference).notes) == ("fulfilled", "")
    assert "Canary" not in repr(_copies(counter, counter_link, uid))


def test_a_retention_policy_at_one_desk_clears_closed_requests_everywhere(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    long_ago = datetime.now(UTC) - timedelta(days=5 * 366)
    _at(counter, long_ago)
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access", notes="Wants copies of her invoices")
    requests.verify(counter, opened.reference, "Known customer, recognised in person")
    requests.close(counter, opened.reference, "fulfilled")
    counter.clock = FixedClock(datetime.now(UTC))
    _both((counter, counter_link), (office, office_link))
    assert requests.get_request(office, opened.reference).notes == "Wants copies of her invoices"

    retention.set_policy(office, "closed_requests", mode="apply")
    retention.apply_items(office, [i for i in retention.plan(office) if i.kind == "request"])
    _both((office, office_link), (counter, counter_link))
    for session in (counter, office):
        cleared = requests.get_request(session, opened.reference)
        assert (cleared.notes, cleared.verified_method, cleared.status) == ("", requests.REMOVED_TEXT, "fulfilled")
    assert "invoices" not in repr(_copies(counter, counter_link, _uid(counter, opened.reference)))


def test_a_desk_joining_later_gets_the_register_and_a_copy_it_cannot_read_stops_nothing(desks):  # noqa: F811
    (counter, counter_link), = [desks("counter")]
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "portability")
    # a copy no crmdesk writes (a desk gone wrong, or a later crmdesk) is not taken, and stops no sync
    odd = {**register.snapshot(counter.conn, _uid(counter, opened.reference))[2], "extended_months": 7}
    team = desk.linked(counter)
    event = str(uuid.uuid4())
    blob = sealing.seal(desk.team_key(counter, team.epoch), sealing.Binding(team.vault, "event", event, 0, team.epoch),
                        odd)
    counter_link.push_events([(event, None, blob)], team.epoch, None, [True])
    desk.sync(counter, counter_link)

    laptop, laptop_link = desks("laptop")
    desk.sync(laptop, laptop_link)
    there = requests.get_request(laptop, opened.reference)
    assert (there.type, there.extended_months, there.who) == ("portability", 0, "Anna Kowalska")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_rule_gives_one_request_whatever_order_the_copies_come_in(seed):
    rng = random.Random(seed)
    base = {"uid": str(uuid.uuid4()), "reference": "R-2026-0001", "contacts": [str(uuid.uuid4())], "type": "access",
            "received_on": "2026-12-01", "channel": "email", "extended_months": 0, "extension_reason": "",
            "extension_told_on": None, "verified_method": None, "verified_at": None, "status": "received",
            "outcome_reason": "", "notes": "first line", "requester": "", "created_at": "2026-12-01T09:00:00Z",
            "closed_at": None, "cleared": False, "replies": []}

    def worked() -> dict:
        copy = dict(base)
        if rng.random() < 0.7:
            copy.update(status="verified", verified_at=f"2026-12-0{rng.randint(1, 3)}T10:00:00Z",
                        verified_method=rng.choice(["ID", "Letter"]))
        if rng.random() < 0.5:
            copy.update(extended_months=rng.randint(1, 2), extension_reason=rng.choice(["a", "b", "a\nc"]),
                        extension_told_on=rng.choice([None, "2026-12-02", "2026-12-03"]))
        if rng.random() < 0.5:
            copy["notes"] += "\n" + rng.choice(["x", "y"])
        if rng.random() < 0.4:
            copy.update(status=rng.choice(["fulfilled", "refused"]), closed_at=f"2026-12-0{rng.randint(4, 6)}T00:00:00Z",
                        outcome_reason=rng.choice(["", "no"]))
        if rng.random() < 0.3:
            copy["replies"] = [["access-report", rng.choice("ab") * 64, "2026-12-04T00:00:00Z"]]
        if rng.random() < 0.2:
            copy.update(cleared=True, notes="", outcome_reason="", requester="")
        return copy

    copies = [worked() for _ in range(4)]
    results = []
    for order in itertools.permutations(copies):
        joined = order[0]
        for copy in order[1:]:
            joined = register.join(joined, copy)
        results.append(joined)
    assert all(r == results[0] for r in results)
    for copy in copies:  # nothing a desk did is undone by another's copy
        assert register.RANK[results[0]["status"]] >= register.RANK[copy["status"]]
        assert results[0]["extended_months"] >= copy["extended_months"]
        assert copy["cleared"] <= results[0]["cleared"]
    assert date.fromisoformat(results[0]["received_on"]) == date(2026, 12, 1)


def test_a_desk_in_a_team_before_requests_travelled_sends_those_it_holds(tmp_path):
    """Schema 40 gives every request an id of its own and queues them in a vault linked to a team already;
    a vault of one desk queues none, and the triggers queue each request opened or worked after."""
    from crmdesk.core.vault import database, migrations  # noqa: PLC0415

    for linked in (True, False):
        conn = database.connect(tmp_path / f"{linked}.db", b"k" * 32, create=True)
        migrations.migrate(conn, upto=39, creating=True)
        for n in (1, 2):
            conn.execute("INSERT INTO requests (reference, contact_uuid, type, received_on, channel, due_on, status,"
                         " created_at) VALUES (?, ?, 'access', '2026-11-30', 'email', '2026-12-30', 'received',"
                         " '2026-11-30T10:00:00+00:00')", (f"R-2026-000{n}", str(uuid.uuid4())))
        if linked:
            conn.execute("INSERT INTO team_link (one, server, vault, epoch, generation, desk, linked_at) VALUES"
                         " (1, 's', 'v', 1, 'g', 'd', 'x')")
        conn.commit()
        migrations.migrate(conn)
        uids = [row[0] for row in conn.execute("SELECT uid FROM requests ORDER BY id")]
        assert len(set(uids)) == 2 and all(uuid.UUID(u) for u in uids)
        assert _queued(conn) == (sorted(uids) if linked else [])
        if linked:  # and it takes the server's request copies from the start: it left aside those sent before
            assert conn.execute("SELECT requests_from FROM team_link").fetchone() == (0,)
        conn.execute("DELETE FROM team_event_outbox")
        conn.execute("UPDATE requests SET status = 'verified' WHERE reference = 'R-2026-0002'")
        conn.execute("INSERT INTO request_artefacts (request, kind, sha256, at) VALUES (1, 'access-report', 'ab', 'x')")
        assert _queued(conn) == (sorted(uids) if linked else [])
        conn.close()


def _queued(conn) -> list[str]:
    return sorted(r[0] for r in conn.execute("SELECT ref FROM team_event_outbox WHERE kind = 'request'"))
