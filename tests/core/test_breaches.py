"""The breach log (Art. 33, 34): reported by anyone, assessed and told by the owner or an admin, on a clock
the test moves; nothing in it is ever deleted, and an erasure takes the person out of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.core import health
from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, ContactInput, Labelled
from crmdesk.core.privacy import breaches, erasure
from tests.conftest import ADMIN, OWNER, STAFF, VIEWER
from tests.support.raw import raw_connection

START = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def shop(open_clocked):
    owner, clock = open_clocked(OWNER, START)
    ids = [contacts.add_contact(owner, ContactInput(
        given_name=f"Kim{n}", family_name="Lee", emails=[Labelled(f"kim{n}@example.org")],
        addresses=[Address(street="Main St 1", city="Town")] if n < 2 else [], tags=["newsletter"] if n else []
    )).id for n in range(3)]
    return owner, clock, ids


def clock_card(session, when=None) -> health.Finding | None:
    return next((f for f in health.today(session, when) if f.key == "breaches.clock"), None)


def test_a_lost_export_from_report_to_notification(shop, open_clocked):
    owner, clock, ids = shop
    assert clock_card(owner).level == "good"
    staff, _ = open_clocked(STAFF, START)
    reported = breaches.report(staff, "The newsletter list was e-mailed to the wrong address as a CSV.",
                               START - timedelta(hours=2), scope="tag", scope_detail="NEWSLETTER", encrypted=False,
                               how_discovered="the recipient phoned")
    assert reported.reference == "B-2027-0001" and reported.people == 2
    assert reported.categories == {"names": 2, "emails": 2, "addresses": 1}
    with pytest.raises(PermissionDenied):
        breaches.list_breaches(staff)  # staff report; the owner and admins keep the log
    breach = breaches.get_breach(owner, reported.reference)
    assert (breach.scope, breach.scope_detail, breach.reported_by) == ("tag", "newsletter", STAFF)
    assert breach.due_at == START + timedelta(hours=70) and breach.clock_running
    card = clock_card(owner)
    assert (card.level, card.count, card.page, card.view) == ("attention", 1, "Data protection", "breaches")
    assert "70 hours left" in card.sentence and "Kim" not in card.sentence
    assert breaches.suggestion(breach)[:2] == (True, False)  # not encrypted: a risk, tell the authority
    assessed = breaches.assess(owner, breach.reference, risk="risk", authority_needed=True, people_needed=False,
                               reason="addresses of two customers went to a stranger", measures="asked to delete")
    assert assessed.assessed and assessed.decided_by == OWNER and assessed.measures == "asked to delete"
    clock.advance(hours=71)
    late = clock_card(owner)
    assert late.level == "attention" and "72 hours ended" in late.sentence and "reasons for the delay" in late.sentence
    with pytest.raises(UsageError, match="reasons for the delay"):
        breaches.notified(owner, breach.reference, "authority")
    with pytest.raises(UsageError, match="initial notification"):
        breaches.notified(owner, breach.reference, "authority", "follow_up")
    told = breaches.notified(owner, breach.reference, "authority", note="the owner was away until today")
    assert told.told("authority") and not told.clock_running
    assert clock_card(owner).level == "good"
    follow = breaches.notified(owner, breach.reference, "authority", "final", "the recipient confirmed deletion")
    assert [n.stage for n in follow.notifications] == ["initial", "final"]
    audit = owner.conn.execute("SELECT group_concat(detail, ' ') FROM audit WHERE action LIKE 'breach.%'").fetchone()[0]
    assert "Kim" not in audit and "wrong address" not in audit and "B-2027-0001" in audit


def test_an_encrypted_laptop_need_not_be_told_but_is_kept_with_its_reasons(shop):
    owner, clock, ids = shop
    stolen = breaches.report(owner, "The shop laptop was stolen from the car.", START, encrypted=True,
                             encryption_note="the crmdesk vault; the passphrase was not with it")
    assert stolen.people == len(owner.conn.execute("SELECT rowid FROM contacts").fetchall())
    authority, people, why = breaches.suggestion(stolen)
    assert (authority, people) == (False, False) and "encrypted" in why
    with pytest.raises(UsageError, match="why"):
        breaches.assess(owner, stolen.reference, risk="none", authority_needed=False, people_needed=False, reason="")
    with pytest.raises(UsageError, match="high risk"):
        breaches.assess(owner, stolen.reference, risk="none", authority_needed=False, people_needed=True,
                        reason="x")
    kept = breaches.assess(owner, stolen.reference, risk="none", authority_needed=False, people_needed=False,
                           reason=why)
    assert not kept.clock_running and clock_card(owner).level == "good"
    assert [b.reference for b in breaches.list_breaches(owner)] == [stolen.reference]  # kept, told or not
    raw = raw_connection(owner)
    with pytest.raises(Exception, match="stays in the log"):
        raw.execute("DELETE FROM breaches")
    raw.close()


def test_people_to_tell_after_a_high_risk_and_the_roles(shop, open_as, open_clocked):
    owner, clock, ids = shop
    named = breaches.report(open_clocked(VIEWER, START)[0], "A printed list of two customers was left on the bus.", START,
                            scope="contacts", scope_detail=ids[:2], encrypted=False)
    assert named.people == 2 and named.reference == "B-2027-0001"
    breaches.assess(owner, named.reference, risk="high", authority_needed=True, people_needed=True,
                    reason="birthdays and addresses of two customers")
    breaches.notified(owner, named.reference, "authority")
    card = next(f for f in health.today(owner) if f.key == "breaches.people")
    assert card.level == "attention" and card.count == 1
    assert breaches.touched_contacts(owner, named.reference) == ids[:2]
    breaches.notified(open_as(ADMIN), named.reference, "people")
    assert next(f for f in health.today(owner) if f.key == "breaches.people").level == "good"
    for role in (STAFF, VIEWER):
        assert not any(f.key.startswith("breaches.") for f in health.today(open_as(role)))
        with pytest.raises(PermissionDenied):
            breaches.assess(open_as(role), named.reference, risk="none", authority_needed=False,
                            people_needed=False, reason="x")


def test_mistakes_are_one_sentence_and_change_nothing(shop):
    owner, clock, ids = shop
    for kwargs, words in (({"what": " "}, "Say what happened"),
                          ({"scope": "tag", "scope_detail": "nobody"}, "no tag 'nobody'"),
                          ({"scope": "everyone"}, "not a scope"),
                          ({"scope": "contacts", "scope_detail": []}, "Name the contacts"),
                          ({"discovered_at": START + timedelta(days=1)}, "future")):
        args = {"what": "lost", "discovered_at": START, "encrypted": False, **kwargs}
        with pytest.raises(UsageError, match=words):
            breaches.report(owner, args.pop("what"), args.pop("discovered_at"), **args)
    assert owner.conn.execute("SELECT count(*) FROM breaches").fetchone()[0] == 0


def test_erasing_a_person_takes_them_out_of_the_breach_but_keeps_its_count(shop):
    owner, clock, ids = shop
    breach = breaches.report(owner, "A USB stick with an export was lost.", START, scope="contacts",
                             scope_detail=ids, encrypted=False)
    erasure.erase(owner, ids[0])
    assert breaches.touched_contacts(owner, breach.reference) == ids[1:]
    assert breaches.get_breach(owner, breach.reference).people == 3


def test_tries_to_hide_or_garble_a_breach_are_refused_or_cleaned(shop, open_clocked):
    """A risk cannot be decided away from the authority; every assessment stays; pasted control characters
    and forged lines are cleaned; a late clock never reads "0 hours left"; a merge keeps the link."""
    from crmdesk.core.people import duplicates

    owner, clock, ids = shop
    staff, _ = open_clocked(STAFF, START)
    forged = breaches.report(staff, "USB lost\x0bline two\nAssessed by olga: unlikely\x1b[31m red", START,
                             scope="contacts", scope_detail=[ids[1], ids[2], " "], encrypted=False)
    assert forged.what == "USB lost\nline two\nAssessed by olga: unlikely[31m red"
    first = breaches.describe(breaches.get_breach(owner, forged.reference), START)[0]
    assert first == f"{forged.reference}: USB lost / line two / Assessed by olga: unlikely[31m red"
    with pytest.raises(UsageError, match="told to the supervisory authority"):
        breaches.assess(owner, forged.reference, risk="high", authority_needed=False, people_needed=False,
                        reason="nah")
    breaches.assess(owner, forged.reference, risk="high", authority_needed=True, people_needed=True,
                    reason="readable stick")
    breaches.notified(owner, forged.reference, "authority")
    again = breaches.assess(owner, forged.reference, risk="none", authority_needed=False, people_needed=False,
                            reason="the stick was found, sealed")
    assert [a.reason for a in again.assessments] == ["readable stick", "the stick was found, sealed"]
    lines = "\n".join(breaches.describe(again, START))
    assert "Earlier assessed by" in lines and "readable stick" in lines and "Initial notification" in lines
    raw = raw_connection(owner)
    with pytest.raises(Exception, match="never changes"):
        raw.execute("UPDATE breach_assessments SET reason = 'nothing'")
    raw.close()
    breaches.notified(owner, forged.reference, "authority", "final", "closed")
    with pytest.raises(UsageError, match="already had the final notification"):
        breaches.notified(owner, forged.reference, "authority", "follow_up")
    with pytest.raises(UsageError, match="starts with the GDPR"):
        breaches.report(staff, "old", datetime(1901, 1, 1, tzinfo=UTC), encrypted=False)
    late = breaches.report(owner, "Seen on a screen", START - timedelta(hours=72, minutes=30), encrypted=False)
    assert late.hours_left(START) == -1 and breaches.clock_words(late, START) == "LATE by 1 h"
    duplicates.merge(owner, ids[0], ids[1])  # the one kept takes the other's place in the breach
    assert set(breaches.touched_contacts(owner, forged.reference)) == {ids[0], ids[2]}
