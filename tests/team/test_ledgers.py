"""The ledgers between desks: consent recorded at one desk is the person's consent at every desk, with
its text and evidence; a late opt-in from an offline desk never undoes a withdrawal; purposes and texts
travel; an erasure takes the person's entries off the server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg

from crmdesk.core.clock import FixedClock
from crmdesk.core.people import contacts, duplicates
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction, list_interactions
from crmdesk.core.privacy import consent, erasure, purposes
from crmdesk.core.privacy.consent import Capture, EvidenceInput
from crmdesk.core.team import desk
from tests.team.test_desks import _edit, desks  # noqa: F401 - the fixture
from tests.team.test_restore import _everyone, _old_call, _retention_deletes_old_interactions

NEWSLETTER = "newsletter-email"
SIGNATURE = b"\x89PNG\r\n\x1a\n a signature drawn at the counter"


def _state(session, contact_id: str, key: str = NEWSLETTER) -> str:
    return next(s.state for s in consent.current_states(session, contact_id) if s.purpose.key == key)


def _at(session, moment: datetime) -> None:
    session.clock = FixedClock(moment)


def test_consent_given_at_the_counter_is_the_persons_consent_at_the_office(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    consent.record(counter, anna.id, NEWSLETTER, "granted",
                   Capture(witness="Maria", evidence=[EvidenceInput("signature", SIGNATURE, "image/png")]))
    done = desk.sync(counter, counter_link)
    assert done.events_sent >= 1
    desk.sync(office, office_link)
    assert _state(office, anna.id) == "granted"
    [entry] = consent.history(office, anna.id)
    mine = consent.history(counter, anna.id)[0]
    assert (entry.action, entry.at, entry.witness, entry.text_sha256) == ("granted", mine.at, "Maria", mine.text_sha256)
    assert [e.sha256 for e in entry.evidence] == [e.sha256 for e in mine.evidence]
    assert desk.sync(office, office_link).events_received == 0  # each entry once, its own not taken back


def test_a_late_opt_in_from_an_offline_desk_does_not_undo_a_withdrawal(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    morning = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    _at(office, morning)  # the office is offline: its opt-in waits there
    consent.record(office, anna.id, NEWSLETTER, "granted")
    _at(counter, morning + timedelta(hours=1))
    consent.record(counter, anna.id, NEWSLETTER, "withdrawn")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)  # back online: sends the morning's opt-in, takes the withdrawal
    desk.sync(counter, counter_link)
    for session in (counter, office):
        assert _state(session, anna.id) == "withdrawn"
        assert [e.action for e in consent.history(session, anna.id)] == ["granted", "withdrawn"]


def test_at_the_same_moment_a_withdrawal_wins_over_a_grant_at_every_desk(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for session in (counter, office):
        _at(session, moment)
    consent.record(office, anna.id, NEWSLETTER, "withdrawn")
    consent.record(counter, anna.id, NEWSLETTER, "granted")
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link)):
        desk.sync(session, link)
    assert _state(counter, anna.id) == _state(office, anna.id) == "withdrawn"
    for session in (counter, office):  # and the ledger read for that moment (an access report) says the same
        assert consent.state_at(session, anna.id, moment) == consent.current_states(session, anna.id)


def test_a_purpose_and_its_text_travel_and_consent_to_it_comes_back(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    purposes.add_purpose(counter, "tasting-invitations", title="Invitations to tastings", basis="consent",
                         text="I would like to be invited to the bakery's tastings.", reconsent_months=12)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    travelled = purposes.get_purpose(office, "tasting-invitations")
    assert travelled.title == "Invitations to tastings" and travelled.reconsent_months == 12
    consent.record(office, anna.id, "tasting-invitations", "granted")  # the text came along
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    assert _state(counter, anna.id, "tasting-invitations") == "granted"
    [entry] = consent.history(counter, anna.id)
    assert entry.text_sha256 == consent.history(office, anna.id)[0].text_sha256


def test_an_erasure_takes_the_persons_consent_off_the_server(team, desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    consent.record(counter, anna.id, NEWSLETTER, "granted")
    desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        assert conn.execute("SELECT count(*) FROM crmdesk.events WHERE subject = %s", (anna.id,)).fetchone()[0] == 1
    erasure.erase(counter, anna.id)
    desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        assert conn.execute("SELECT count(*) FROM crmdesk.events WHERE subject = %s", (anna.id,)).fetchone()[0] == 0
    desk.sync(office, office_link)
    assert office.conn.execute("SELECT count(*) FROM consent_ledger l JOIN contacts c ON c.rowid = l.contact"
                               " WHERE c.id = ?", (anna.id,)).fetchone()[0] == 0


def test_a_purpose_retired_here_stays_retired_and_keeps_its_basis(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    purposes.retire_purpose(office, NEWSLETTER)
    desk.sync(office, office_link)
    _at(counter, datetime.now(UTC) + timedelta(minutes=5))  # a later change of its title elsewhere
    was = purposes.get_purpose(counter, NEWSLETTER)
    purposes.update_purpose(counter, NEWSLETTER, title="Our newsletter", description=was.description,
                            retention_days=was.retention_days, reconsent_months=was.reconsent_months)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    travelled = purposes.get_purpose(office, NEWSLETTER)
    assert (travelled.title, travelled.active, travelled.basis) == ("Our newsletter", False, "consent")


def test_a_later_opt_in_with_no_evidence_does_not_undo_a_withdrawal_made_at_another_desk(desks):  # noqa: F811
    """The office never heard of the withdrawal and records a grant later, with no signature, witness or note:
    at the office it was a first grant, but at every desk the person stays withdrawn, as a grant there would
    need evidence of a new decision. One with a witness counts."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    morning = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    _at(counter, morning)
    consent.record(counter, anna.id, NEWSLETTER, "withdrawn")
    _at(office, morning + timedelta(hours=2))
    consent.record(office, anna.id, NEWSLETTER, "granted")  # offline: no stop known there
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link)):
        desk.sync(session, link)
    assert _state(counter, anna.id) == _state(office, anna.id) == "withdrawn"
    for session in (counter, office):
        assert consent.state_at(session, anna.id, morning + timedelta(hours=2)) == consent.current_states(session,
                                                                                                          anna.id)
    _at(office, morning + timedelta(hours=3))
    consent.record(office, anna.id, NEWSLETTER, "granted", Capture(witness="Maria"))
    for session, link in ((office, office_link), (counter, counter_link)):
        desk.sync(session, link)
    assert _state(counter, anna.id) == "granted"


def test_a_withdrawal_at_a_desk_whose_clock_runs_behind_still_decides_everywhere(desks):  # noqa: F811
    """The office's clock runs ten minutes ahead: the person's grant there is recorded "later" than their
    withdrawal at the counter a minute afterwards. The counter records the withdrawal after every entry it
    holds, so it decides at both desks."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    _at(office, now + timedelta(minutes=10))
    consent.record(office, anna.id, NEWSLETTER, "granted", Capture(witness="Jonas"))
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    assert _state(counter, anna.id) == "granted"
    _at(counter, now + timedelta(minutes=1))
    consent.record(counter, anna.id, NEWSLETTER, "withdrawn")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    assert _state(counter, anna.id) == _state(office, anna.id) == "withdrawn"


def test_two_desks_publishing_a_new_text_at_once_keep_both_and_each_entry_its_own(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    purposes.publish_text(counter, NEWSLETTER, "The counter's new newsletter text.")
    purposes.publish_text(office, NEWSLETTER, "The office's new newsletter text.")  # the same version number
    consent.record(office, anna.id, NEWSLETTER, "granted")  # shown the office's words
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link)):
        desk.sync(session, link)
    texts = {t[0] for t in counter.conn.execute("SELECT body FROM consent_texts")}
    assert {"The counter's new newsletter text.", "The office's new newsletter text."} <= texts
    [entry] = consent.history(counter, anna.id)
    shown = counter.conn.execute("SELECT body FROM consent_texts WHERE id = ?", (entry.text_id,)).fetchone()[0]
    assert shown == "The office's new newsletter text."


def test_an_interaction_logged_at_one_desk_is_in_the_persons_history_at_the_others(team, desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    call = add_interaction(office, anna.id, kind="call", summary="Asked about the spring range",
                           body="Calls back on Monday.", occurred_at=yesterday)
    visit = add_interaction(counter, anna.id, kind="visit", summary="Bought the blue coat")
    for session, link in ((office, office_link), (counter, counter_link), (office, office_link)):
        desk.sync(session, link)
    for session in (counter, office):
        seen = {i.id: (i.kind, i.occurred_at, i.summary, i.body) for i in list_interactions(session, anna.id)}
        assert seen == {call.id: ("call", call.occurred_at, "Asked about the spring range", "Calls back on Monday."),
                        visit.id: ("visit", visit.occurred_at, "Bought the blue coat", "")}
        assert session.conn.execute("SELECT last_interaction_at FROM contacts WHERE id = ?",
                                    (anna.id,)).fetchone() == (visit.occurred_at,)
    assert [i.user_id for i in list_interactions(counter, anna.id) if i.id == call.id] == [None]  # the office's user
    assert desk.sync(counter, counter_link).events_received == 0  # each once

    # The office logs a call of four years ago; the counter's retention policy deletes it there, and on
    # the server; the office keeps its own copy until its own policy says otherwise.
    old = _old_call(office, anna.id)
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    _retention_deletes_old_interactions(counter)
    assert [i.id for i in list_interactions(counter, anna.id)] == [visit.id, call.id]
    desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        assert conn.execute("SELECT count(*) FROM crmdesk.events WHERE id = %s", (old.id,)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM crmdesk.events WHERE subject = %s", (anna.id,)).fetchone() == (2,)

    erasure.erase(counter, anna.id)
    assert counter.conn.execute("SELECT count(*) FROM team_event_outbox WHERE kind = 'forgotten'").fetchone() == (0,)
    desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        assert conn.execute("SELECT count(*) FROM crmdesk.events WHERE subject = %s", (anna.id,)).fetchone()[0] == 0
    desk.sync(office, office_link)
    assert office.conn.execute("SELECT count(*) FROM interactions WHERE id IN (?, ?, ?)",
                               (call.id, visit.id, old.id)).fetchone() == (0,)


def test_a_desk_in_a_team_before_interactions_travelled_sends_those_it_holds(tmp_path):
    """Schema 35 queues the interactions of a vault linked to a team already; a vault of one desk queues none."""
    from crmdesk.core.vault import database, migrations

    for linked in (True, False):
        conn = database.connect(tmp_path / f"{linked}.db", b"k" * 32, create=True)
        migrations.migrate(conn, upto=34, creating=True)
        conn.execute("INSERT INTO contacts (id, given_name, display_name, sort_name, since, created_at, updated_at)"
                     " VALUES ('c1', 'Anna', 'Anna', 'anna', '2026-01-01', 'x', 'x')")
        conn.execute("INSERT INTO interactions (id, contact, kind, occurred_at, created_at) VALUES ('i1', 1, 'call',"
                     " '2026-11-30', '2026-11-30')")
        if linked:
            conn.execute("INSERT INTO team_link (one, server, vault, epoch, generation, desk, linked_at) VALUES"
                         " (1, 's', 'v', 1, 'g', 'd', 'x')")
        conn.commit()
        migrations.migrate(conn)
        assert conn.execute("SELECT kind, ref FROM team_event_outbox WHERE kind = 'interaction'").fetchall() == \
            ([("interaction", "i1")] if linked else [])
        conn.execute("INSERT INTO interactions (id, contact, kind, occurred_at, created_at) VALUES ('i2', 1, 'note',"
                     " '2026-11-30', '2026-11-30')")
        assert conn.execute("SELECT count(*) FROM team_event_outbox WHERE ref = 'i2'").fetchone() == (int(linked),)
        conn.close()


def test_a_desk_cannot_forget_another_desks_consent_withdrawal(team, desks):  # noqa: F811
    """An insider at the office asks the server to forget the counter's withdrawal: the server keeps it,
    and a desk joining later has it."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    consent.record(counter, anna.id, NEWSLETTER, "granted")
    desk.sync(counter, counter_link)
    consent.record(counter, anna.id, NEWSLETTER, "withdrawn")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    withdrawal = office.conn.execute("SELECT uid FROM consent_ledger WHERE action = 'withdrawn'").fetchone()[0]
    office_link.forget_events([withdrawal], 1)  # an insider at the office
    laptop, laptop_link = desks("laptop")
    desk.sync(laptop, laptop_link)
    assert _state(laptop, anna.id) == "withdrawn"


def test_a_withdrawal_and_a_call_for_a_contact_merged_away_reach_the_contact_it_went_into(team, desks):  # noqa: F811
    """The counter merged the twin into Anna; the office logs a call and a withdrawal with the twin: both
    reach Anna at the counter."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")]))
    twin = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      phones=[Labelled("+48 22 555 01 00")]))
    consent.record(counter, twin.id, NEWSLETTER, "granted")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    duplicates.merge(counter, anna.id, twin.id)
    desk.sync(counter, counter_link)
    assert _state(counter, anna.id) == "granted"
    call = add_interaction(office, twin.id, kind="call", summary="Asked to be left alone")
    consent.record(office, twin.id, NEWSLETTER, "withdrawn")
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)

    assert (call.id in [i.id for i in list_interactions(counter, anna.id)], _state(counter, anna.id)) == \
        (True, "withdrawn")


def test_an_erasure_takes_the_interactions_of_a_contact_merged_into_the_person(team, desks):  # noqa: F811
    """Erasing Anna at the counter also erases the twin merged into her, and takes the call and consent
    logged with the twin off the server."""
    counter, counter_link = desks("counter")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")]))
    twin = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      phones=[Labelled("+48 22 555 01 00")]))
    call = add_interaction(counter, twin.id, kind="call", summary="Anna's call about her divorce papers")
    consent.record(counter, twin.id, NEWSLETTER, "granted")
    desk.sync(counter, counter_link)
    duplicates.merge(counter, anna.id, twin.id)
    desk.sync(counter, counter_link)
    erasure.erase(counter, anna.id)
    desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        left = conn.execute("SELECT count(*) FROM crmdesk.events WHERE subject = %s", (twin.id,)).fetchone()[0]
        assert conn.execute("SELECT count(*) FROM crmdesk.events WHERE id = %s", (call.id,)).fetchone()[0] == 0, left


def test_a_call_logged_with_a_contact_too_large_to_send_reaches_the_others_with_it(team, desks, monkeypatch):  # noqa: F811
    """A call logged with a contact too large to send waits with the contact, and goes with it."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    monkeypatch.setattr(desk, "MOST_BYTES", 4000)  # as a contact with megabytes of notes, in small
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska", notes="x" * 5000))
    call = add_interaction(counter, anna.id, kind="call", summary="Ordered the blue coat")
    assert anna.id in desk.sync(counter, counter_link).too_large
    desk.sync(office, office_link)
    _edit(counter, anna.id, notes="short now")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    assert anna.id in _everyone(office)
    assert call.id in [i.id for i in list_interactions(office, anna.id)]
