"""Contacts merged at one desk and erased at another: what logged with them travels, where erasures
go, and what a legal hold and a restored backup keep."""

from __future__ import annotations

import psycopg
import pytest

from crmdesk.core import vault
from crmdesk.core.backups import archive, backup, restore
from crmdesk.core.errors import NotFound
from crmdesk.core.people import contacts, duplicates
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction, list_interactions
from crmdesk.core.privacy import consent, erasure, restriction
from crmdesk.core.team import desk, ledgers, review
from tests.conftest import OWNER, PASSPHRASES
from tests.team.test_desks import _edit, desks  # noqa: F401 - the fixture

NEWSLETTER = "newsletter-email"
OWNER_KEY = archive.passphrase_key(OWNER, PASSPHRASES[OWNER])


def _pair(counter):
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")]))
    twin = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      phones=[Labelled("+48 22 555 01 00")]))
    return anna, twin


def _merged_at_the_counter(counter, office, kept, gone) -> None:
    """Both desks hold both contacts; the counter merges ``gone`` into ``kept``, and the office hears of it
    (a note to merge them too). ``counter`` and ``office``: (session, link)."""
    for session, link in (counter, office):
        desk.sync(session, link)
    duplicates.merge(counter[0], kept.id, gone.id)
    for session, link in (counter, office):
        desk.sync(session, link)


def _ids(session) -> set[str]:
    return {row[0] for row in session.conn.execute("SELECT id FROM contacts")}


def _tombstoned(session, contact_id) -> bool:
    return session.conn.execute("SELECT 1 FROM tombstones WHERE contact_uuid = ?", (contact_id,)).fetchone() is not None


def _on_hold_at_the_office_and_erased_at_the_counter(desks, **fields):  # noqa: F811
    """Anna, on legal hold at the office, erased at the counter, and both synchronised: the office."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska", **fields))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    restriction.set_hold(office, anna.id, True)
    erasure.erase(counter, anna.id)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    return office, anna


def test_a_person_on_legal_hold_here_is_not_tombstoned_by_an_erasure_from_another_desk(desks):  # noqa: F811
    office, anna = _on_hold_at_the_office_and_erased_at_the_counter(desks)
    assert anna.id in _ids(office)  # the hold kept her (held for review)
    assert not _tombstoned(office, anna.id), "a living person on legal hold is listed as erased"


def test_restoring_a_backup_of_a_desk_keeps_a_person_on_legal_hold(desks, tmp_path):  # noqa: F811
    office, anna = _on_hold_at_the_office_and_erased_at_the_counter(desks, notes="evidence for the court")
    assert anna.id in _ids(office)
    made = backup.create_backup(office, tmp_path / "backups")  # today's backup, hold and all
    result = restore.restore_backup(made.path, tmp_path / "copy", OWNER_KEY,
                                    erasures=restore.KnownErasures.of(office))
    with vault.unlock(result.target, OWNER, PASSPHRASES[OWNER]) as restored:
        assert (result.erased_again, anna.id in _ids(restored)) == (0, True), \
            "restoring today's backup erased a person on legal hold"


def test_an_erasure_of_a_contact_merged_away_here_leaves_no_link_and_takes_what_was_logged_with_it(desks):  # noqa: F811
    """The counter merged the twin into Anna; the office (which kept the twin) logs a call with the twin,
    which reaches Anna at the counter; then the office erases the twin. The counter keeps no link from the
    erased id to Anna, and routes nothing more through it."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna, twin = _pair(counter)
    _merged_at_the_counter((counter, counter_link), (office, office_link), anna, twin)
    call = add_interaction(office, twin.id, kind="call", summary="Talked about her divorce papers")
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    assert call.id in [i.id for i in list_interactions(counter, anna.id)]  # reached Anna (the new feature)

    erasure.erase(office, twin.id)
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    assert _tombstoned(counter, twin.id)
    link = counter.conn.execute("SELECT kept FROM merged_contacts WHERE gone = ?", (twin.id,)).fetchall()
    routed = ledgers.contact_row(counter.conn, twin.id)
    kept_call = call.id in [i.id for i in list_interactions(counter, anna.id)]
    assert (link, routed) == ([], None)  # the erased id leads nowhere now
    assert kept_call  # what reached Anna stays hers: the counter holds the twin for Anna (see the notes)


def test_an_erasure_received_for_a_person_takes_the_contacts_merged_into_them_here_off_the_server(team, desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna, twin = _pair(counter)
    consent.record(counter, twin.id, NEWSLETTER, "granted")
    _merged_at_the_counter((counter, counter_link), (office, office_link), anna, twin)  # the office keeps the twin
    erasure.erase(office, anna.id)  # the person asked at the office
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)  # Anna erased at the counter, and the twin tombstoned there
    assert _tombstoned(counter, twin.id)
    desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        left = conn.execute("SELECT count(*) FROM crmdesk.events WHERE subject = %s", (twin.id,)).fetchone()[0]
        erased = conn.execute("SELECT erased FROM crmdesk.records WHERE id = %s", (twin.id,)).fetchone()
    assert (left, erased) == (0, (True,)), "the twin's consent stays on the server; its erasure was never sent"


def test_an_erasure_at_another_desk_takes_the_contacts_merged_into_the_person_here_at_the_next_sync(desks):  # noqa: F811
    """The office erases Anna; the counter had merged the twin into her, so its next sync erases the twin
    everywhere too, whatever else happens meanwhile."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna, twin = _pair(counter)
    _merged_at_the_counter((counter, counter_link), (office, office_link), anna, twin)
    erasure.erase(office, anna.id)
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)  # takes the erasure, queues the twin's
    desk.sync(counter, counter_link)  # and sends it
    desk.sync(office, office_link)
    assert twin.id not in _ids(office) and _tombstoned(office, twin.id)


def test_a_contact_another_desk_kept_apart_is_not_erased_without_a_person_deciding(desks):  # noqa: F811
    """The counter merges the daughter into the mother by mistake (same name); the office reviews the note
    and keeps them apart, then edits the daughter. The mother is erased at the counter: the office keeps
    the daughter, who is another person there."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    mother, daughter = _pair(counter)
    _merged_at_the_counter((counter, counter_link), (office, office_link), mother, daughter)
    [note] = [r for r in review.waiting(office) if r.kind == "merged"]
    review.settle(office, note.seq, "here")  # not the same person: kept apart
    _edit(office, daughter.id, notes="the daughter, not the mother")
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)  # hears that the office keeps the daughter apart
    assert daughter.id not in _ids(counter)  # still merged away here
    erasure.erase(counter, mother.id)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    held = office.conn.execute("SELECT count(*) FROM team_conflicts WHERE record = ?", (daughter.id,)).fetchone()[0]
    assert daughter.id in _ids(office) or held, "the office's daughter was erased because of the counter's merge"


def test_a_restored_desk_does_not_resend_erasures_it_only_received(desks, tmp_path):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(office, office_link)
    made = backup.create_backup(office, tmp_path / "backups")
    people = [contacts.add_contact(counter, ContactInput(given_name=f"P{n}", family_name="Gone")) for n in range(30)]
    desk.sync(counter, counter_link)
    for person in people:
        erasure.erase(counter, person.id)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)  # never held them: 30 tombstones of people the office never had
    result = restore.restore_backup(made.path, tmp_path / "copy", OWNER_KEY,
                                    erasures=restore.KnownErasures.of(office))
    with vault.unlock(result.target, OWNER, PASSPHRASES[OWNER]) as restored:
        waiting = restored.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0]
    assert waiting == 0, f"{waiting} erasures queued to be pushed again, one server call each"


def test_a_chain_of_merges_resolves_to_the_last_contact_kept(desks):  # noqa: F811
    counter, _link = desks("counter")
    a = contacts.add_contact(counter, ContactInput(given_name="A"))
    b = contacts.add_contact(counter, ContactInput(given_name="B"))
    c = contacts.add_contact(counter, ContactInput(given_name="C"))
    duplicates.merge(counter, b.id, c.id)  # C -> B
    duplicates.merge(counter, a.id, b.id)  # B -> A (C follows)
    assert ledgers.contact_row(counter.conn, c.id)[1] == a.id
    assert ledgers.contact_row(counter.conn, b.id)[1] == a.id
    erasure.erase(counter, a.id)
    assert counter.conn.execute("SELECT count(*) FROM merged_contacts").fetchone() == (0,)
    assert {_tombstoned(counter, x.id) for x in (a, b, c)} == {True}
    with pytest.raises(NotFound, match="erased"):
        contacts.get_contact(counter, c.id)


def test_an_erasure_with_a_merged_twin_is_pushed_once_and_no_desk_pushes_it_back(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna, twin = _pair(counter)
    _merged_at_the_counter((counter, counter_link), (office, office_link), anna, twin)
    erasure.erase(counter, anna.id)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    head = counter_link.state().head
    for _ in range(3):
        desk.sync(office, office_link)
        desk.sync(counter, counter_link)
    assert counter_link.state().head == head
    assert not ({anna.id, twin.id} & (_ids(office) | _ids(counter)))
    assert [s.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] for s in (counter, office)] == [0, 0]


def test_a_contact_kept_apart_at_another_desk_is_not_erased_even_before_this_desk_hears_of_it(desks):  # noqa: F811
    """As above, but the counter erases the mother before its sync brings the office's decision: the
    server erases the daughter only while she is still the counter's merge note, so the office keeps her."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    mother, daughter = _pair(counter)
    _merged_at_the_counter((counter, counter_link), (office, office_link), mother, daughter)
    [note] = [r for r in review.waiting(office) if r.kind == "merged"]
    review.settle(office, note.seq, "here")
    _edit(office, daughter.id, notes="the daughter, not the mother")
    desk.sync(office, office_link)
    erasure.erase(counter, mother.id)
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link),
                          (office, office_link)):
        desk.sync(session, link)
    assert daughter.id in _ids(office) and mother.id not in _ids(office)
    assert not ({mother.id, daughter.id} & _ids(counter))
    assert [s.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] for s in (counter, office)] == [0, 0]
