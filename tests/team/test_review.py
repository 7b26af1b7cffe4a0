"""What a person reviews after the desks were kept in step, and what each choice does at every desk."""

from __future__ import annotations

import pytest

from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import restriction
from crmdesk.core.team import desk, review
from tests.team.test_desks import _edit, desks  # noqa: F401 - the fixture, shared


def _two(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    return counter, counter_link, office, office_link, anna


def _conflicting(desks):  # noqa: F811
    counter, counter_link, office, office_link, anna = _two(desks)
    _edit(counter, anna.id, organisation="Piekarnia Słońce")
    _edit(office, anna.id, organisation="Kawiarnia Księżyc")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    return counter, counter_link, office, office_link, anna


def test_taking_this_desks_value_writes_it_and_sends_it_to_the_others(desks):  # noqa: F811
    counter, counter_link, office, office_link, anna = _conflicting(desks)
    [found] = review.waiting(office)
    assert (found.kind, found.name, found.field, found.team, found.kept) == (
        "field", "Anna Kowalska", "organisation", "Piekarnia Słońce", "Kawiarnia Księżyc")
    review.settle(office, found.seq, "here")
    assert review.waiting(office) == []
    assert desk.sync(office, office_link).sent == 1
    desk.sync(counter, counter_link)
    for session in (counter, office):
        assert contacts.get_contact(session, anna.id).organisation == "Kawiarnia Księżyc"
    with pytest.raises(NotFound, match="reviewed already"):
        review.settle(office, found.seq, "here")


def test_keeping_the_teams_value_only_clears_the_note(desks):  # noqa: F811
    counter, counter_link, office, office_link, anna = _conflicting(desks)
    [found] = review.waiting(office)
    review.settle(office, found.seq, "team")
    assert review.waiting(office) == []
    assert desk.sync(office, office_link).sent == 0
    assert contacts.get_contact(office, anna.id).organisation == "Piekarnia Słońce"


def test_a_held_change_is_applied_once_the_rule_is_lifted_and_not_before(desks):  # noqa: F811
    counter, counter_link, office, office_link, anna = _two(desks)
    restriction.set_restricted(office, anna.id, True)
    _edit(counter, anna.id, notes="newsletter sent")
    desk.sync(counter, counter_link)
    assert desk.sync(office, office_link).held == 1
    [held] = review.waiting(office)
    assert held.kind == "held" and held.record["notes"] == "newsletter sent"
    with pytest.raises(UsageError, match="restricted"):  # the rule still holds: the gate's own refusal
        review.settle(office, held.seq, "team")
    assert review.waiting(office) == [held]
    restriction.set_restricted(office, anna.id, False)
    review.settle(office, held.seq, "team")
    assert contacts.get_contact(office, anna.id).notes == "newsletter sent"
    assert desk.sync(office, office_link).sent == 0  # the team's record, nothing new to send
    _edit(counter, anna.id, job_title="Baker")  # later changes apply as usual, no conflict
    desk.sync(counter, counter_link)
    done = desk.sync(office, office_link)
    assert (done.conflicts, done.held) == (0, 0)
    assert contacts.get_contact(office, anna.id).job_title == "Baker"


def test_dismissing_a_held_change_sends_this_desks_record_over_it(desks):  # noqa: F811
    counter, counter_link, office, office_link, anna = _two(desks)
    restriction.set_restricted(office, anna.id, True)
    _edit(counter, anna.id, notes="newsletter sent")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    [held] = review.waiting(office)
    review.settle(office, held.seq, "here")
    assert desk.sync(office, office_link).sent == 1
    desk.sync(counter, counter_link)
    assert contacts.get_contact(counter, anna.id).notes == ""  # the office's record, as the person chose
