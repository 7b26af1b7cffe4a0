"""The register of requests between desks against a review's cases: an insider's copies, a crash or a
second sync between a push and its note, desks that take copies in other orders, text cleared at one desk
and written after, merges, three desks giving one reference, and an upgrade after the others."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.core.clock import FixedClock
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.people.interactions import add_interaction, list_interactions
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent, erasure, requests
from crmdesk.core.team import desk, register, sealing
from tests.team.test_desks import desks  # noqa: F401 - the fixture
from tests.team.test_register import _both, _uid, _verified

MORNING = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _on_server(session, link) -> str:
    """Every request copy the server holds, opened, as text."""
    team = desk.linked(session)
    opened = (desk._received(session, team, c.item, c.id, c.revision, c.epoch, c.blob)
              for c in link.pull(0, limit=100_000) if c.item == "event")
    return repr([e.content for e in opened if e.content.get("kind") == "request"])


def test_a_request_opened_while_its_person_is_erased_elsewhere_leaves_no_name_on_the_server(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    dora = contacts.add_contact(counter, ContactInput(given_name="Dora", family_name="Canary"))
    _both((counter, counter_link), (office, office_link))
    # offline from each other: the office erases Dora, the counter opens a request for her
    erasure.erase(office, dora.id)
    requests.open_request(counter, dora.id, "access", notes="Dora Canary phoned from +49 170 1234567")
    for _ in range(4):
        _both((counter, counter_link), (office, office_link))
    for session in (counter, office):
        assert "Canary" not in repr(session.conn.execute("SELECT * FROM requests").fetchall())
    assert "Canary" not in _on_server(counter, counter_link)


def test_a_desk_that_leaves_right_after_an_erasure_leaves_no_request_text_on_the_server(desks):  # noqa: F811
    (counter, counter_link), (office, office_link), dora, opened = _verified(
        desks, "Dora", "Canary", "erasure", notes="Dora Canary asked at the counter")
    erasure.erase(counter, dora.id, request_reference=opened.reference)
    desk.sync(counter, counter_link)  # the cleared copy goes; deleting the old ones only waits in the queue
    desk.unlink(counter)  # the counter leaves the team (its queue goes with the link)
    for _ in range(3):
        desk.sync(office, office_link)
    assert requests.get_request(office, opened.reference).notes == ""
    assert "Canary" not in _on_server(office, office_link)


def test_a_copy_pushed_before_a_crash_is_deleted_once_it_comes_back(desks, monkeypatch):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    dora = contacts.add_contact(counter, ContactInput(given_name="Dora", family_name="Canary"))
    opened = requests.open_request(counter, dora.id, "access", notes="Dora Canary asked at the counter")
    _both((counter, counter_link), (office, office_link))
    requests.verify(counter, opened.reference, "Passport of Dora Canary")

    def crash(*_args):
        raise OSError("the desk's power went off")

    with monkeypatch.context() as patched:  # pushed, but the desk never noted it
        patched.setattr(register, "sent", crash)
        with pytest.raises(OSError):
            desk.sync(counter, counter_link)
    erasure.erase(counter, dora.id)  # later that day
    for _ in range(3):
        _both((counter, counter_link), (office, office_link))
    for session in (counter, office):
        assert "Canary" not in repr(session.conn.execute("SELECT * FROM requests").fetchall())
    assert "Canary" not in _on_server(counter, counter_link)


def _push_copy(session, link, content: dict) -> None:
    """What an insider holding the team key can do: push any sealed event."""
    team = desk.linked(session)
    event = str(uuid.uuid4())
    blob = sealing.seal(desk.team_key(session, team.epoch), sealing.Binding(team.vault, "event", event, 0, team.epoch),
                        content)
    link.push_events([(event, None, blob)], team.epoch, None, [True])


@pytest.mark.parametrize("odd", [{"uid": 7}, {"uid": str(uuid.uuid4()), "received_on": "9999-12-31"}],
                         ids=["uid-not-text", "received-in-year-9999"])
def test_an_odd_request_copy_is_left_aside_and_stops_no_sync(desks, odd):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access")
    _both((counter, counter_link), (office, office_link))
    _push_copy(counter, counter_link, {**register.snapshot(counter.conn, _uid(counter, opened.reference))[2], **odd})
    contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    for session, link in ((counter, counter_link), (office, office_link)):
        desk.sync(session, link)
    assert "Bea Nowak" in [c.display_name for c in contacts.list_contacts(office).rows]  # the sync went on


def _at(session, moment: datetime) -> None:
    session.clock = FixedClock(moment)


def test_the_check_that_stands_is_not_credited_to_the_user_whose_check_lost(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access")
    _both((counter, counter_link), (office, office_link))
    _at(counter, MORNING)
    requests.verify(counter, opened.reference, "Photo ID shown at the counter")  # first: it stands
    _at(office, MORNING + timedelta(hours=1))
    requests.verify(office, opened.reference, "Call-back to the number on file")
    _both((counter, counter_link), (office, office_link))
    there = requests.get_request(office, opened.reference)
    assert (there.verified_at, there.verified_method) == (
        requests.get_request(counter, opened.reference).verified_at, "Photo ID shown at the counter")
    # the office's user made another check, not this one: it was made at another desk
    assert there.verified_by is None


def test_a_refusal_given_after_the_persons_erasure_keeps_its_reason_and_the_desks_agree(desks):  # noqa: F811
    (counter, counter_link), (office, office_link), dora, opened = _verified(
        desks, "Dora", "Canary", "access")
    erasure.erase(office, dora.id)  # for another of her requests: this one stays open, its text cleared
    _both((office, office_link), (counter, counter_link))
    assert requests.get_request(counter, opened.reference).is_open
    # written after the erasure, about no one: the reason the law asks for (Art. 12(4))
    requests.close(counter, opened.reference, "refused", "Third identical request this month")
    for _ in range(3):
        _both((counter, counter_link), (office, office_link))
    here, there = requests.get_request(counter, opened.reference), requests.get_request(office, opened.reference)
    assert (here.status, there.status) == ("refused", "refused")
    assert there.outcome_reason == here.outcome_reason
    assert here.outcome_reason == "Third identical request this month"


def test_a_request_opened_on_a_contact_merged_away_elsewhere_finds_its_person_at_a_new_desk(desks):  # noqa: F811
    from crmdesk.core.people import duplicates  # noqa: PLC0415

    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    bea = contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    twin = contacts.add_contact(counter, ContactInput(given_name="Beata", family_name="Nowak"))
    _both((counter, counter_link), (office, office_link))
    duplicates.merge(counter, bea.id, twin.id)  # at the counter; meanwhile the office opens a request on the twin
    opened = requests.open_request(office, twin.id, "access", notes="Beata Nowak asked by letter")
    _both((counter, counter_link), (office, office_link))
    duplicates.merge(office, bea.id, twin.id)  # the office's reviewer merges them too
    laptop, laptop_link = desks("laptop")
    _both((counter, counter_link), (office, office_link), (laptop, laptop_link))
    assert requests.get_request(counter, opened.reference).who == "Bea Nowak"
    assert requests.get_request(laptop, opened.reference).who == "Bea Nowak"
    erasure.erase(laptop, bea.id)
    for _ in range(2):
        _both((counter, counter_link), (office, office_link), (laptop, laptop_link))
    for session in (counter, office, laptop):  # the laptop keeps her name in its register
        assert "Beata" not in repr(session.conn.execute("SELECT * FROM requests").fetchall())


def test_three_desks_giving_one_reference_at_once_end_with_three_references(desks, monkeypatch):  # noqa: F811
    import types  # noqa: PLC0415

    (counter, counter_link), (office, office_link), (laptop, laptop_link) = (desks(n) for n in ("counter", "office",
                                                                                                  "laptop"))
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    _both((counter, counter_link), (office, office_link), (laptop, laptop_link))
    # the two opened later happen to get ids that begin alike (a chance of 1 in 65,536; any insider at will)
    ids = iter(["f00d0000-0000-4000-8000-000000000000", "abcd0000-0000-4000-8000-000000000001",
                "abcd0000-0000-4000-8000-000000000002"])
    monkeypatch.setattr(requests, "uuid", types.SimpleNamespace(uuid4=lambda: uuid.UUID(next(ids))))
    opened = []
    for n, session in enumerate((counter, office, laptop)):
        _at(session, MORNING + timedelta(minutes=n))
        opened.append(requests.open_request(session, anna.id, "access"))
    monkeypatch.undo()
    assert len({r.reference for r in opened}) == 1
    for _ in range(2):
        for session, link in ((counter, counter_link), (office, office_link), (laptop, laptop_link)):
            desk.sync(session, link)
    assert len({r.reference for r in requests.list_requests(counter)}) == 3


def test_a_vault_of_one_desk_opens_its_ten_thousand_and_first_request_of_a_year(open_as):
    from crmdesk.core.permissions import Permission  # noqa: PLC0415

    session = open_as()
    anna = contacts.add_contact(session, ContactInput(given_name="Anna", family_name="Kowalska"))
    year = session.clock.now().year
    with session.operation(Permission.EDIT, "test.written", detail={}) as op:  # 9,999 requests this year
        op.conn.executemany(
            "INSERT INTO requests (uid, reference, contact_uuid, type, received_on, channel, due_on, status,"
            " created_at) VALUES (?, ?, ?, 'access', ?, 'email', ?, 'fulfilled', ?)",
            [(str(uuid.uuid4()), f"R-{year}-{n:04d}", anna.id, f"{year}-01-02", f"{year}-02-02", op.now)
             for n in range(1, 10000)])
    assert requests.open_request(session, anna.id, "access").reference == f"R-{year}-10000"
    assert requests.open_request(session, anna.id, "access").reference == f"R-{year}-10001"


def test_a_longer_extension_nobody_was_told_of_is_still_to_be_told(desks):  # noqa: F811
    (counter, counter_link), (office, office_link), anna, opened = _verified(
        desks, "Anna", "Kowalska", "access")
    requests.extend(counter, opened.reference, "Many years of purchases", told=True)  # one month, told
    requests.extend(office, opened.reference, "Archive boxes at the warehouse", months=2)  # two months, not told
    _both((counter, counter_link), (office, office_link))
    there = requests.get_request(office, opened.reference)
    assert there.extended_months == 2
    # the person heard of one month and one reason only: the office is still to tell them of the rest
    assert "told" in requests.next_steps(there, "owner", there.received_on)


def test_retention_clears_a_reason_written_after_the_persons_erasure(open_as):
    from crmdesk.core.privacy import retention  # noqa: PLC0415

    session = open_as()
    _at(session, datetime.now(UTC) - timedelta(days=5 * 366))
    dora = contacts.add_contact(session, ContactInput(given_name="Dora", family_name="Canary"))
    opened = requests.open_request(session, dora.id, "access")
    requests.verify(session, opened.reference, "Photo ID shown at the counter")
    erasure.erase(session, dora.id)  # for another of her requests: this one stays open
    requests.close(session, opened.reference, "refused", "Dora Canary asked for the same data the day before")
    _at(session, datetime.now(UTC))
    retention.set_policy(session, "closed_requests", mode="apply")
    retention.apply_items(session, [i for i in retention.plan(session) if i.kind == "request"])
    # before schema 40 the policy cleared it; now ``NOT r.cleared`` (retention.py:264) skips it
    assert "Canary" not in requests.get_request(session, opened.reference).outcome_reason


def _copy(**fields) -> dict:
    return {"kind": "request", "uid": "5b0e4d1c-6c55-4d8e-9b0c-3f1f6f0a2b11", "reference": "R-2026-0001",
            "contacts": ["0c6d2f55-2a3b-4c8e-8f10-6d4a1c9e7b22"], "type": "access", "received_on": "2026-12-01",
            "channel": "email", "extended_months": 1, "extension_reason": "", "extension_told_on": None,
            "verified_method": None, "verified_at": None, "status": "verified", "outcome_reason": "", "notes": "",
            "requester": "", "created_at": "2026-12-01T09:00:00+00:00", "closed_at": None, "cleared": False,
            "replies": [], **fields}


@pytest.mark.parametrize("a,b,c", [
    # three desks' extension reasons: the third desk extended again after it had both others' (extend appends)
    (_copy(extension_reason="Boxes"), _copy(extension_reason="Archive"),
     _copy(extension_reason="Archive\nBoxes\nAdditional search", extended_months=2)),
    # a desk that erased the person before the check reached it, the check, and a desk that took the check,
    # then the erasure
    (_copy(cleared=True), _copy(verified_at="2026-12-01T10:00:00+00:00", verified_method="Photo ID"),
     _copy(cleared=True, verified_at="2026-12-01T10:00:00+00:00", verified_method=erasure.REMOVED)),
], ids=["reasons", "removed-marker"])
def test_the_rule_is_associative(a, b, c):
    # each desk folds the copies in the order it takes them and sends no joined copy: the order must not matter
    assert register.join(register.join(a, b), c) == register.join(a, register.join(b, c))


def test_the_rule_is_associative_commutative_and_idempotent_for_any_copies():
    from hypothesis import HealthCheck, given, settings  # noqa: PLC0415
    from hypothesis import strategies as st  # noqa: PLC0415

    moments = st.sampled_from([None, "2026-12-01T10:00:00+00:00", "2026-12-02T10:00:00+00:00"])
    text = st.lists(st.sampled_from(["Boxes", "Archive", "Archive boxes", "Called back", requests.REMOVED_TEXT,
                                     erasure.REMOVED]), max_size=3).map("\n".join)
    notes = st.lists(st.sampled_from(["2026-12-01T09:00 olga rectified: emails",
                                      "2026-12-02T11:30 piotr rectified: family_name"]), max_size=2).map(
        lambda added: "\n".join(["Letter dated 28 November", *added]))
    people = st.lists(st.sampled_from(["0c6d2f55-2a3b-4c8e-8f10-6d4a1c9e7b22", "1d7e3066-3b4c-4d9f-9021-7e5b2daf8c33"]),
                      min_size=1, max_size=2)
    replies = st.lists(st.sampled_from([["access-report", "ab" * 32, "2026-12-03T10:00:00+00:00"],
                                        ["letter", "cd" * 32, "2026-12-04T10:00:00+00:00"]]), max_size=2)
    copies = st.builds(lambda status, closed, checked, method, reason, note, cleared, months, told, who, made, why,
                       asked: _copy(
        status=status, closed_at=closed if register.RANK[status] == 3 else None, verified_at=checked,
        verified_method=method if checked else None, extension_reason=reason, notes=note, cleared=cleared,
        extended_months=months, extension_told_on=told if months else None, contacts=sorted(set(who)),
        replies=sorted(made), outcome_reason=why, requester=asked),
        st.sampled_from(list(register.RANK)), moments.filter(bool), moments,
        st.sampled_from(["Photo ID", requests.REMOVED_TEXT, erasure.REMOVED]), text, notes, st.booleans(),
        st.integers(0, 2), st.sampled_from([None, "2026-12-02", "2026-12-05"]), people, replies,
        st.sampled_from(["", "Manifestly unfounded", "Third request"]), st.sampled_from(["", "Jan Kowalski"]))

    @settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
    @given(copies, copies, copies)
    def a_semilattice(a, b, c):
        join = register.join
        assert join(join(a, b), c) == join(a, join(b, c))
        assert join(a, b) == join(b, a)
        assert join(join(a, b), join(a, b)) == join(a, b) and join(join(a, b), a) == join(a, b)

    a_semilattice()


def test_desks_that_take_the_copies_in_other_orders_agree(desks):  # noqa: F811
    (a, a_link), (b, b_link), (c, c_link) = (desks(n) for n in ("counter", "office", "laptop"))
    anna = contacts.add_contact(a, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(a, anna.id, "access")
    requests.verify(a, opened.reference, "Photo ID shown at the counter")
    _both((a, a_link), (b, b_link), (c, c_link))
    requests.extend(a, opened.reference, "Boxes at the warehouse")  # offline from each other
    requests.extend(b, opened.reference, "Archive on tape")
    desk.sync(a, a_link)
    desk.sync(b, b_link)
    desk.sync(c, c_link)  # takes both
    requests.extend(c, opened.reference, "Additional search by the accountant")
    desk.sync(c, c_link)
    desk.sync(c, c_link)  # the copies its own holds are deleted from the server
    for _ in range(3):
        _both((a, a_link), (b, b_link), (c, c_link))
    said = {name: requests.get_request(s, opened.reference).extension_reason for name, s in
            (("counter", a), ("office", b), ("laptop", c))}
    assert len(set(said.values())) == 1, said


def test_a_copy_taken_by_a_second_sync_meanwhile_is_not_deleted_from_the_server(desks):  # noqa: F811
    (counter, counter_link), (office, office_link), (laptop, laptop_link) = (desks(n) for n in ("counter", "office",
                                                                                                  "laptop"))
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access")
    _both((counter, counter_link), (office, office_link), (laptop, laptop_link))
    requests.verify(office, opened.reference, "Call-back to the number on file")
    desk.sync(office, office_link)
    requests.reply_made(counter, opened.reference, "letter", b"We received your request")
    pushed = counter_link.push_events

    def push_while_the_window_takes(*args, **kwargs):
        answer = pushed(*args, **kwargs)
        # the window's sync of this desk, running while cron's is between its push and its note of it
        desk.receive(counter, counter_link, desk.Synced())  # takes the office's check meanwhile
        return answer

    counter_link.push_events = push_while_the_window_takes
    desk.sync(counter, counter_link)  # sends the copy it made before taking the office's check
    counter_link.push_events = pushed
    for _ in range(3):
        _both((counter, counter_link), (office, office_link), (laptop, laptop_link))
    assert requests.get_request(counter, opened.reference).verified_method == "Call-back to the number on file"
    assert requests.get_request(laptop, opened.reference).verified_method == "Call-back to the number on file"


def test_a_desk_updated_after_the_others_takes_the_requests_it_left_aside(desks, monkeypatch):  # noqa: F811
    """A desk that ran the crmdesk before requests travelled left them aside ("a kind of a later crmdesk");
    schema 40 has it take the server's request copies from the start, and nothing else."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    consent.record(counter, anna.id, "newsletter-email", "granted")
    add_interaction(counter, anna.id, kind="call", summary="Asked about her order")
    opened = requests.open_request(counter, anna.id, "access", notes="Letter dated 28 November")
    desk.sync(counter, counter_link)  # the counter runs this crmdesk already
    with monkeypatch.context() as older:  # the office still runs the one before: a kind it does not know
        older.setattr(register, "take", lambda op, event, content: False)  # ledgers.apply_event: "left for it"
        _both((office, office_link), (counter, counter_link))
    assert opened.reference not in [r.reference for r in requests.list_requests(office)]
    with office.operation(Permission.EDIT, "test.written", detail={}) as op:  # what schema 40 does at a desk
        op.conn.execute("UPDATE team_link SET requests_from = 0")                # of a team
    again = desk.sync(office, office_link)
    assert (again.received, again.held, again.conflicts, again.alarms) == (0, 0, 0, 0)
    assert opened.reference in [r.reference for r in requests.list_requests(office)]
    assert [e.action for e in consent.history(office, anna.id)] == ["granted"]
    assert len(list_interactions(office, anna.id)) == 1
    assert desk.sync(office, office_link).events_received == 0


def test_an_erasure_request_refused_at_one_desk_and_carried_out_at_another_ends_fulfilled(desks):  # noqa: F811
    (counter, counter_link), (office, office_link), dora, opened = _verified(
        desks, "Dora", "Canary", "erasure")
    _at(office, MORNING)
    requests.close(office, opened.reference, "refused", "Invoices must be kept for ten years")  # first
    _at(counter, MORNING + timedelta(hours=1))
    erasure.erase(counter, dora.id, request_reference=opened.reference)  # she is gone, at every desk
    for _ in range(2):
        _both((counter, counter_link), (office, office_link))
    for session in (counter, office):
        done = requests.get_request(session, opened.reference)
        assert (done.status, done.outcome_reason) == ("fulfilled", "")


def test_a_request_cleared_by_retention_finds_its_living_person_at_a_new_desk(desks):  # noqa: F811
    from crmdesk.core.privacy import retention  # noqa: PLC0415

    counter, counter_link = desks("counter")
    _at(counter, datetime.now(UTC) - timedelta(days=5 * 366))
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access", notes="Wants copies of her invoices")
    requests.verify(counter, opened.reference, "Known customer, recognised in person")
    requests.close(counter, opened.reference, "fulfilled")
    _at(counter, datetime.now(UTC))
    retention.set_policy(counter, "closed_requests", mode="apply")
    retention.apply_items(counter, [i for i in retention.plan(counter) if i.kind == "request"])
    desk.sync(counter, counter_link)
    data = contacts.get_contact(counter, anna.id).as_input()
    data.organisation = "Kowalska Bakery"  # she is still a customer: her record goes to the server again, later
    contacts.update_contact(counter, anna.id, data)
    desk.sync(counter, counter_link)
    laptop, laptop_link = desks("laptop")  # takes the request before her record
    for _ in range(2):
        desk.sync(laptop, laptop_link)
    assert requests.get_request(counter, opened.reference).who == "Anna Kowalska"
    assert requests.get_request(laptop, opened.reference).who == "Anna Kowalska"


def test_a_clearing_from_another_desk_leaves_the_text_of_a_person_on_legal_hold_here(desks):  # noqa: F811
    """The counter's retention clears a closed request; the office holds the person on legal hold, as its own
    retention would not clear it, so it keeps the text, and the desks come to rest."""
    from crmdesk.core.privacy import restriction, retention  # noqa: PLC0415

    counter, counter_link = desks("counter")
    counter.clock = FixedClock(datetime.now(UTC) - timedelta(days=5 * 366))
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access", notes="Wants copies of her invoices")
    requests.verify(counter, opened.reference, "Known customer, recognised in person")
    requests.close(counter, opened.reference, "fulfilled")
    counter.clock = FixedClock(datetime.now(UTC))
    office, office_link = desks("office")
    _both((counter, counter_link), (office, office_link))
    restriction.set_hold(office, anna.id, True)  # a dispute: her records stay as they are at the office
    retention.set_policy(counter, "closed_requests", mode="apply")
    retention.apply_items(counter, [i for i in retention.plan(counter) if i.kind == "request"])
    _both((counter, counter_link), (office, office_link))
    assert requests.get_request(counter, opened.reference).notes == ""
    assert requests.get_request(office, opened.reference).notes == "Wants copies of her invoices"
    rest = [desk.sync(session, link) for session, link in ((counter, counter_link), (office, office_link))]
    assert [(d.events_sent, d.events_received) for d in rest] == [(0, 0), (0, 0)]
