"""One rule decides a person's consent (gate.deciding), for the kept state, for the ledger read at a moment
(consent.state_at, as an access report reads it), and at every desk: the cases a review found where they
disagreed."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crmdesk.core.clock import FixedClock
from crmdesk.core.people import contacts, duplicates
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import consent
from crmdesk.core.privacy.consent import Capture, EvidenceInput
from crmdesk.core.team import desk
from tests.team.test_desks import desks  # noqa: F401 - the fixture

NEWSLETTER = "newsletter-email"
SIGNATURE = b"\x89PNG\r\n\x1a\n a signature"
MOMENT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _kept(session, cid, key=NEWSLETTER):
    return next(s.state for s in consent.current_states(session, cid) if s.purpose.key == key)


def _read(session, cid, key=NEWSLETTER, when=None):
    return next(s.state for s in consent.state_at(session, cid, when) if s.purpose.key == key)


def _at(session, moment):
    session.clock = FixedClock(moment)


def test_a_tie_decided_in_a_single_desk_vault_is_decided_otherwise_once_it_joins_a_team(desks):  # noqa: F811
    """Single desk: withdrawn, then a grant with a signature in the same second: the grant (recorded last)
    decides. Once the vault joins a team, a stop wins at one moment, as at the other desks: the kept state
    is decided again, and says what the ledger read now says."""
    made = {}

    def before(session):
        _at(session, MOMENT)
        anna = contacts.add_contact(session, ContactInput(given_name="Anna", family_name="Tie"))
        consent.record(session, anna.id, NEWSLETTER, "withdrawn")
        consent.record(session, anna.id, NEWSLETTER, "granted",
                       Capture(evidence=[EvidenceInput("signature", SIGNATURE, "image/png")]))
        assert _kept(session, anna.id) == _read(session, anna.id) == "granted"
        made["anna"] = anna.id

    counter, counter_link = desks("counter", before=before)
    office, office_link = desks("office")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    anna = made["anna"]
    assert _kept(office, anna) == "withdrawn"          # the office: withdrawn
    assert _read(counter, anna) == "withdrawn"         # the counter's ledger read now: withdrawn
    assert _kept(counter, anna) == "withdrawn"


def test_a_desk_that_left_its_team_reads_a_tie_between_desks_otherwise_than_it_kept_it(desks):  # noqa: F811
    """Counter grants (with a signature) and office withdraws, in the same second. Both keep 'withdrawn'.
    The office leaves the team: the one-desk rule (the one recorded last) decides again, for the kept state
    as for the ledger read now."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Left"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    for session in (counter, office):
        _at(session, MOMENT)
    consent.record(office, anna.id, NEWSLETTER, "withdrawn")
    consent.record(counter, anna.id, NEWSLETTER, "granted",
                   Capture(evidence=[EvidenceInput("signature", SIGNATURE, "image/png")]))
    for session, link in ((office, office_link), (counter, counter_link), (office, office_link)):
        desk.sync(session, link)
    assert _kept(office, anna.id) == _read(office, anna.id) == "withdrawn"
    desk.unlink(office)  # crmdesk team leave: the entries from the counter stay
    assert _read(office, anna.id) == _kept(office, anna.id)


def test_merging_duplicates_in_a_team_restates_consent_by_row_order_not_by_the_team_rule(desks):  # noqa: F811
    """Two records of one person at one desk: one withdrew, the other was granted with a signature in the
    same second. Merged, the person is withdrawn, by the team's rule, as state_at and every desk say."""
    counter, _link = desks("counter")
    _at(counter, MOMENT)
    keep = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Twin"))
    gone = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Twin"))
    consent.record(counter, keep.id, NEWSLETTER, "withdrawn")
    consent.record(counter, gone.id, NEWSLETTER, "granted",
                   Capture(evidence=[EvidenceInput("signature", SIGNATURE, "image/png")]))
    duplicates.merge(counter, keep.id, gone.id)
    assert _read(counter, keep.id) == "withdrawn"
    assert _kept(counter, keep.id) == "withdrawn"


def test_a_decision_recorded_after_a_faster_desks_entry_is_invisible_to_state_at_now(desks):  # noqa: F811
    """The office's clock runs ten minutes ahead (as in test_ledgers). The counter's withdrawal is recorded
    at office-time + 1 s: the ledger read now takes it, as the lists do."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Skew"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _at(office, MOMENT + timedelta(minutes=10))
    consent.record(office, anna.id, NEWSLETTER, "granted", Capture(witness="Jonas"))
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    _at(counter, MOMENT + timedelta(minutes=1))
    consent.record(counter, anna.id, NEWSLETTER, "withdrawn")
    assert _kept(counter, anna.id) == "withdrawn"
    assert _read(counter, anna.id) == "withdrawn"


def test_within_one_second_at_one_desk_state_at_now_and_consent_state_disagree(desks):  # noqa: F811
    """In a team, a grant then a withdrawal in the same second at one desk: the withdrawal is recorded a
    second later, and the ledger read now takes it, as the kept state does."""
    counter, _link = desks("counter")
    _at(counter, MOMENT)
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Quick"))
    consent.record(counter, anna.id, NEWSLETTER, "granted", Capture(witness="Jonas"))
    consent.record(counter, anna.id, NEWSLETTER, "withdrawn")
    assert _kept(counter, anna.id) == "withdrawn"
    assert _read(counter, anna.id) == "withdrawn"


def test_merging_in_any_duplicate_revives_a_grant_without_evidence_that_decided_nothing(desks):  # noqa: F811
    """The office, offline, records a grant without evidence after the counter's withdrawal: at both desks
    the person stays withdrawn (gate.overrides_stop). Then a duplicate of Anna with no consent entries at
    all is merged into her: the grant that decides nothing still decides nothing, and no newsletter goes
    to someone who withdrew."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _at(counter, MOMENT)
    consent.record(counter, anna.id, NEWSLETTER, "withdrawn")
    _at(office, MOMENT + timedelta(hours=2))
    consent.record(office, anna.id, NEWSLETTER, "granted")  # offline: no stop known there, no evidence
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link)):
        desk.sync(session, link)
    assert _kept(counter, anna.id) == "withdrawn"
    _at(counter, MOMENT + timedelta(hours=3))
    twin = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    duplicates.merge(counter, anna.id, twin.id)
    assert _read(counter, anna.id) == "withdrawn"
    assert _kept(counter, anna.id) == "withdrawn"


def _foreign(session, contact_id, action, at, uid):
    """A consent event as another desk (a hostile insider with the team key) could seal it."""
    import uuid as _uuid

    from crmdesk.core.permissions import Permission
    from crmdesk.core.team import ledgers
    with session.operation(Permission.EDIT, "team.received", detail={}) as op:
        op.conn.execute("INSERT INTO team_applying (one) VALUES (1)")
        ledgers.apply_event(op, uid or str(_uuid.uuid4()), {
            "kind": "consent", "contact": contact_id, "purpose": NEWSLETTER, "action": action,
            "method": "in_person", "text": None, "text_sha256": None, "witness": "x", "note": "", "at": at,
            "expires_at": None, "evidence": []})
        op.conn.execute("DELETE FROM team_applying")


def test_an_entry_whose_time_is_written_with_an_offset_is_left_out_of_state_at(desks):  # noqa: F811
    """A time another desk wrote with an offset is kept in the one written form: a withdrawal at 10:30+01:00
    (09:30 UTC) is in a report at 09:45 UTC."""
    counter, _link = desks("counter")
    _at(counter, MOMENT)
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Offset"))
    consent.record(counter, anna.id, NEWSLETTER, "granted", Capture(witness="Jonas"))
    _foreign(counter, anna.id, "withdrawn", "2026-12-01T10:30:00+01:00", None)
    _at(counter, MOMENT + timedelta(minutes=45))
    assert _kept(counter, anna.id) == "withdrawn"
    assert _read(counter, anna.id) == "withdrawn"


def test_an_entry_with_an_unreadable_time_is_not_taken_and_stops_nothing(desks):  # noqa: F811
    """No crmdesk writes such a time: the entry is left out, and the sync and the access report go on."""
    counter, _link = desks("counter")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Garbage"))
    _foreign(counter, anna.id, "withdrawn", "yesterday", None)
    assert consent.history(counter, anna.id) == []
    assert _read(counter, anna.id) == _kept(counter, anna.id) == "none"
