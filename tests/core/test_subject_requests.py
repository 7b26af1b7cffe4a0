"""The register of data subject requests: due dates, extensions, the status workflow."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crmdesk.core import language
from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import erasure, requests
from tests.conftest import OWNER, STAFF, VIEWER


@pytest.mark.parametrize("received,due", [
    (date(2027, 1, 31), date(2027, 2, 28)),   # no 31 February: the month's last day
    (date(2028, 1, 31), date(2028, 2, 29)),   # leap year
    (date(2026, 1, 15), date(2026, 2, 15)),
    (date(2026, 3, 31), date(2026, 4, 30)),
    (date(2026, 12, 31), date(2027, 1, 31)),  # across the year end
    (date(2026, 8, 31), date(2026, 9, 30)),
    (date(2028, 2, 29), date(2028, 3, 29)),
])
def test_due_one_calendar_month_after_receipt(received, due):
    assert requests.deadline(received, region="DE").nominal == due


def test_extensions_count_from_receipt_and_stop_at_two_months():
    assert requests.due_date(date(2027, 1, 31), 1, region="DE") == date(2027, 3, 31)
    assert requests.due_date(date(2027, 1, 31), 2, region="DE") == date(2027, 4, 30)
    assert requests.due_date(date(2027, 11, 30), 2, region="DE") == date(2028, 2, 29)


@pytest.mark.parametrize("received,region,due,because", [
    # a month's end on a weekend: the next Monday (Regulation 1182/71, Art. 3(4))
    (date(2026, 1, 31), "DE", date(2026, 3, 2), "28 February 2026 is a Saturday, 1 March 2026 a Sunday"),
    (date(2027, 1, 31), "DE", date(2027, 3, 1), "28 February 2027 is a Sunday"),
    (date(2028, 1, 31), "DE", date(2028, 2, 29), ""),  # a leap year's 29 February, a Tuesday
    (date(2028, 2, 29), "DE", date(2028, 3, 29), ""),
    # Easter: Good Friday, the weekend and Easter Monday
    (date(2026, 3, 3), "DE", date(2026, 4, 7),
     "3 April 2026 is Good Friday, 4 April 2026 a Saturday, 5 April 2026 a Sunday, 6 April 2026 Easter Monday"),
    # a Bavarian holiday that Berlin works on
    (date(2025, 12, 6), "DE-BY", date(2026, 1, 7), "6 January 2026 is Epiphany"),
    (date(2025, 12, 6), "DE-BE", date(2026, 1, 6), ""),
    (date(2026, 5, 4), "DE-BY", date(2026, 6, 5), "4 June 2026 is Corpus Christi"),
    # the year's change: New Year's Day on a Friday, then the weekend
    (date(2026, 12, 1), "DE", date(2027, 1, 4),
     "1 January 2027 is New Year's Day, 2 January 2027 a Saturday, 3 January 2027 a Sunday"),
    # another country's holidays: Poland's Constitution Day on a Sunday
    (date(2026, 4, 3), "PL", date(2026, 5, 4), "3 May 2026 is National Day of the Third of May"),
])
def test_a_period_ending_on_a_day_off_ends_on_the_next_working_day(received, region, due, because):
    deadline = requests.deadline(received, region=region)
    assert (deadline.due, deadline.because()) == (due, because)


@pytest.mark.parametrize("code,region,received,because", [
    ("de", "DE-BY", date(2025, 12, 6), "6. Januar 2026 ist Heilige Drei Könige"),
    ("pl", "PL", date(2026, 4, 3), "3 maja 2026 to Święto Narodowe Trzeciego Maja"),
    ("de", "PL", date(2026, 4, 3), "3. Mai 2026 ist Nationalfeiertag am 3. Mai"),
    # the library names no Polish holiday in Italian: a holiday, said in Italian, with its English name
    ("it", "PL", date(2026, 4, 3), "il 3 maggio 2026 è un giorno festivo (National Day of the Third of May)"),
    ("pl", "DE", date(2026, 1, 31), "28 lutego 2026 to sobota, 1 marca 2026 – niedziela"),
])
def test_a_holiday_is_named_in_the_language_of_the_sentence(code, region, received, because):
    assert requests.deadline(received, region=region).because(language.get(code)) == because


def test_an_extended_period_ends_on_a_working_day_too():
    assert requests.due_date(date(2026, 2, 3), 2, region="DE") == date(2026, 5, 4)  # 3 May is a Sunday
    assert requests.due_date(date(2026, 2, 1), 2, region="DE") == date(2026, 5, 4)  # 1 May: Labour Day, Fri


@pytest.fixture
def staff(open_clocked):
    return open_clocked(STAFF, datetime(2027, 3, 10, 9, 0, tzinfo=UTC))[0]


def anna(session) -> str:
    return contacts.add_contact(session, ContactInput(given_name="Anna", family_name="Berg")).id


def test_workflow_from_receipt_to_fulfilment(staff):
    contact = anna(staff)
    opened = requests.open_request(staff, contact, "access", received_on=date(2027, 2, 20), channel="email")
    assert opened.reference == "R-2027-0001" and opened.due_on == date(2027, 3, 22)  # 20 March is a Saturday
    assert "due Mon, 22 Mar 2027 (12 days left; 20 March 2027 is a Saturday, 21 March 2027 a Sunday)" in \
        requests.describe(opened, date(2027, 3, 10))[1]
    language.use("de")  # as the window or the terminal speaks it
    assert requests.describe(opened, date(2027, 3, 10))[1:3] == [
        "Eingegangen am 20.02.2027 (E-Mail), fällig am Mo., 22. März 2027 (noch 12 Tage; 20. März 2027 ist ein "
        "Samstag, 21. März 2027 ein Sonntag)", "Status: eingegangen"]
    language.use("en")
    assert opened.status == "received" and opened.contact_name == "Anna Berg"
    extended = requests.extend(staff, opened.reference, "The records are on paper in the cellar.")
    assert extended.due_on == date(2027, 4, 20) and extended.extended_months == 1
    with pytest.raises(UsageError, match="Verify the identity"):
        requests.close(staff, opened.reference, "fulfilled")
    verified = requests.verify(staff, opened.reference, "ID card at the counter")
    assert verified.status == "verified" and verified.verified_by == STAFF
    requests.extend(staff, opened.reference, "Still searching.")
    with pytest.raises(UsageError, match="two months at most"):
        requests.extend(staff, opened.reference, "A third time.")
    with requests.working_on(staff, requests.get_request(staff, opened.reference), "request.test") as op:
        requests.record_artefact(op, requests.get_request(staff, opened.reference), "access report (PDF)", "ab" * 32)
    working = requests.get_request(staff, opened.reference)
    assert working.status == "in_progress" and working.artefacts[0].kind == "access report (PDF)"
    done = requests.close(staff, opened.reference, "fulfilled")
    assert done.status == "fulfilled" and done.closed_at and not done.is_open
    for action in (lambda: requests.verify(staff, opened.reference, "again"),
                   lambda: requests.close(staff, opened.reference, "refused", "no"),
                   lambda: requests.extend(staff, opened.reference, "late")):
        with pytest.raises(UsageError, match="already fulfilled"):
            action()
    second = requests.open_request(staff, contact, "erasure")
    assert second.reference == "R-2027-0002" and second.due_on == date(2027, 4, 12)  # 10 April: a Saturday
    requests.verify(staff, second.reference, "ID card at the counter")
    today = staff.clock.now().date()
    assert "fulfil" not in requests.next_steps(requests.get_request(staff, second.reference), staff.role, today)
    with pytest.raises(UsageError, match="not erased yet") as refused:
        requests.close(staff, second.reference, "fulfilled")  # before the erasure: refused
    assert refused.value.hint == "erase-for-request"
    assert requests.get_request(staff, second.reference).is_open


def test_impossible_transitions_and_bad_input_are_refused(staff):
    contact = anna(staff)
    opened = requests.open_request(staff, contact, "erasure")
    with pytest.raises(UsageError, match="needs a reason"):
        requests.close(staff, opened.reference, "refused")
    with pytest.raises(UsageError, match="Verify the identity"):
        requests.start(staff, opened.reference)
    with pytest.raises(UsageError, match="future"):
        requests.open_request(staff, contact, "access", received_on=date(2027, 3, 11))
    with pytest.raises(UsageError, match="not a type"):
        requests.open_request(staff, contact, "complaint")
    refused = requests.close(staff, opened.reference, "refused", "Could not confirm who asked.")
    assert refused.status == "refused" and refused.outcome_reason == "Could not confirm who asked."
    with pytest.raises(UsageError, match="already refused"):
        requests.verify(staff, opened.reference, "late")


def test_viewers_read_but_cannot_open(staff, open_as):
    contact = anna(staff)
    requests.open_request(staff, contact, "access")
    viewer = open_as(VIEWER)
    assert len(requests.list_requests(viewer, view="open")) == 1
    with pytest.raises(PermissionDenied):
        requests.open_request(viewer, contact, "access")


def test_a_request_outlives_its_contact_without_naming_it(staff, open_as):

    contact = anna(staff)
    opened = requests.open_request(staff, contact, "erasure")
    erasure.erase(open_as(OWNER), contact)
    kept = requests.get_request(staff, opened.reference)
    assert kept.contact_id == contact and kept.contact_name == ""


def test_an_extension_is_told_within_the_first_month_or_not_made(staff):
    """Art. 12(3): the person is told of an extension, with its reasons, within a month of receipt."""
    contact = anna(staff)
    late = requests.open_request(staff, contact, "access", received_on=date(2027, 1, 31))  # due 1 Mar (28 Feb: Sun)
    assert [r.reference for r in requests.list_requests(staff, view="overdue")] == [late.reference]
    assert "extend" not in requests.next_steps(late, staff.role, date(2027, 3, 10))
    with pytest.raises(UsageError, match="can no longer be extended.*by 2027-03-01"):
        requests.extend(staff, late.reference, "too late to say so")
    assert requests.get_request(staff, late.reference).due_on == date(2027, 3, 1)  # still overdue
    fresh = requests.open_request(staff, contact, "erasure", received_on=date(2027, 3, 1))
    extended = requests.extend(staff, fresh.reference, "the paper files are in storage")
    assert [r.reference for r in requests.list_requests(staff, view="to_tell")] == [fresh.reference]
    assert "told" in requests.next_steps(extended, staff.role, date(2027, 3, 10))
    assert "must be told of the extension and why by 1 Apr 2027" in "\n".join(
        requests.describe(extended, date(2027, 3, 10)))
    told = requests.extension_told(staff, fresh.reference)
    assert told.extension_told_on == date(2027, 3, 10) and requests.list_requests(staff, view="to_tell") == []
    assert "told of the extension on 10 Mar 2027" in "\n".join(requests.describe(told, date(2027, 3, 10)))
    with pytest.raises(UsageError, match="already told"):
        requests.extension_told(staff, fresh.reference)
    with pytest.raises(UsageError, match="not extended"):
        requests.extension_told(staff, late.reference)
    at_once = requests.extend(staff, requests.open_request(staff, contact, "access").reference, "busy", told=True)
    assert at_once.extension_told_on == date(2027, 3, 10)  # told as it was decided, at the counter


def test_a_request_about_someone_the_vault_holds_nothing_about(staff, open_clocked):
    """Searched for everything they gave, registered as answered with only what the answer needs, and the
    name goes with the retention of closed requests."""
    from crmdesk.core.privacy import retention

    anna(staff)
    with pytest.raises(UsageError, match="finds data in the vault"):
        requests.answer_no_data(staff, "Anna Berg", ["jan@example.pl", "Anna Berg"])
    with pytest.raises(UsageError, match="what was searched for"):
        requests.answer_no_data(staff, "Jan Kowalski", [" "])
    from crmdesk.core.people import interactions

    berg = contacts.list_contacts(staff, limit=5).rows[0].id
    interactions.add_interaction(staff, berg, kind="note", summary="Parcel left with Max Muster, max@foo.de")
    for requester, terms in (("Anna Berg", ["nobody@example.pl"]),  # their own name is always searched
                             ("A. B.", ["Berg Anna Maria"]),  # a middle name the record lacks
                             ("Max Muster", ["max@foo.de"])):  # named in someone's history
        with pytest.raises(UsageError, match="finds data in the vault"):
            requests.answer_no_data(staff, requester, terms)
    for nothing in ("*", '"', "x" * 201):
        with pytest.raises(UsageError, match="nothing to search by"):
            requests.answer_no_data(staff, "Jan Kowalski", [nothing])
    with pytest.raises(UsageError, match="requester's name"):
        requests.answer_no_data(staff, "  ", ["jan@example.pl"])
    answered = requests.answer_no_data(staff, "Jan  Kowalski", ["jan@example.pl", "Jan Kowalski", "jan@example.pl"],
                                       received_on=date(2027, 3, 8))
    assert answered.status == "fulfilled" and answered.requester == "Jan Kowalski" and answered.contact_name == ""
    assert answered.who == "Jan Kowalski (no data held)"
    assert answered.outcome_reason.endswith("searched for: Jan Kowalski; jan@example.pl")  # their name first
    assert staff.conn.execute("SELECT count(*) FROM contacts WHERE id = ?", (answered.contact_id,)).fetchone()[0] == 0
    requests.reply_made(staff, answered.reference, "no-data reply (PDF)", b"%PDF")
    assert requests.get_request(staff, answered.reference).artefacts[0].kind == "no-data reply (PDF)"
    owner, clock = open_clocked(OWNER, datetime(2031, 1, 1, tzinfo=UTC))  # over three years later
    retention.run(owner)
    cleared = requests.get_request(owner, answered.reference)
    assert (cleared.requester, cleared.outcome_reason, cleared.status) == ("", "", "fulfilled")


def test_the_shops_holidays_move_open_requests_and_are_checked(staff, open_as):
    """A Bavarian shop: 6 January is a holiday there, so a request due that day is due on the 7th; a
    closed request keeps the date it had. A region crmdesk does not know is refused in a sentence."""
    from crmdesk.core import configuration
    from crmdesk.core.vault import audit

    contact = anna(staff)
    open_one = requests.open_request(staff, contact, "access", received_on=date(2026, 12, 6))
    assert open_one.due_on == date(2027, 1, 6)  # a Wednesday; in Berlin, say, a working day
    owner = open_as(OWNER)
    for wrong in ("XX", "DE-ZZ", "US"):
        with pytest.raises(UsageError, match="not a country or region crmdesk knows the public holidays of"):
            configuration.change_settings(owner, {"holiday_region": wrong})
    _, said = configuration.change_settings_noting(owner, {"holiday_region": "de-by"})
    assert said == ["1 open request now falls due on another day."]  # the one who changed it is told
    moved = requests.get_request(owner, open_one.reference)
    assert moved.due_on == date(2027, 1, 7) and moved.deadline.because() == "6 January 2027 is Epiphany"
    assert audit.entries(owner.conn, limit=2)[0].detail == {"count": 1, "region": "DE-BY",
                                                            "requests": [open_one.reference]}
    _, said = configuration.change_settings_noting(owner, {"holiday_region": "DE"})  # and back: a day earlier
    assert said == ["1 open request now falls due on another day.",
                    "1 of them is due earlier than before: check it on the list of requests."]
    assert configuration.change_settings_noting(owner, {"holiday_region": "DE"})[1] == []  # nothing changed
    assert requests.open_request(staff, contact, "erasure", received_on=date(2027, 1, 15)).due_on == \
        date(2027, 2, 15)


def test_a_holiday_region_is_read_as_people_write_it_and_checked():
    from crmdesk.core import deadlines

    assert deadlines.check_region(" de_by ") == "DE-BY" and deadlines.check_region("DE-Bayern") == "DE-BY"
    for wrong in ("DE-", "-BY", "XX", "DE-ZZ", "x" * 5000):
        with pytest.raises(UsageError) as refused:
            deadlines.check_region(wrong)
        assert len(str(refused.value)) < 200  # a long value is not echoed whole


def test_a_new_vault_keeps_the_holidays_and_language_of_its_country(tmp_path):
    from crmdesk.core import vault
    from crmdesk.core.vault import settings
    from tests.conftest import CHEAP_KDF

    made = vault.create_vault(tmp_path / "sklep", owner_name="ola", passphrase="a long passphrase here",
                              kdf=CHEAP_KDF, phone_region="PL")
    with vault.unlock(made.paths.folder, "ola", "a long passphrase here") as session:
        assert (settings.get(session, "holiday_region"), settings.get(session, "shop_language")) == ("PL", "pl")
