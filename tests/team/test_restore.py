"""A team server put back from an older dump (pg_dump, then pg_restore of it after the desks went on), and
a server restarted while a desk takes its pages: every desk notices what the server lost, gives it back,
and the desks agree again, the erasures made meanwhile included."""

from __future__ import annotations

import subprocess

import psycopg
import pytest

from crmdesk.core.errors import Cancelled, NotFound, OperationFailed
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import consent, erasure
from crmdesk.core.team import desk
from crmdesk.core.vault import auditlog
from tests.team.test_desks import _edit, _names, desks  # noqa: F401 - the fixture

NEWSLETTER = "newsletter-email"


def _dump(team, path) -> None:
    subprocess.run([team.cluster.tool("pg_dump"), "--format=custom", f"--file={path}", team.operator],
                   check=True, capture_output=True)


def _restore(team, path) -> None:
    """As an operator puts last night's dump back: every object of it dropped and made again."""
    subprocess.run([team.cluster.tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
                    f"--dbname={team.operator}", str(path)], check=True, capture_output=True)


def _everyone(session) -> dict[str, tuple]:
    """Each contact's name and phones: what the desks must agree on."""
    found = contacts.get_contacts(session, [row[0] for row in session.conn.execute("SELECT id FROM contacts")])
    return {contact_id: (c.given_name, c.family_name, tuple(p.value for p in c.phones))
            for contact_id, c in found.items()}


def test_a_server_put_back_from_an_older_dump_gets_back_what_it_lost(team, desks, tmp_path):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    laptop, laptop_link = desks("laptop")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    dora = contacts.add_contact(counter, ContactInput(given_name="Dora", family_name="Canary",
                                                      emails=[Labelled("dora@example.org")]))
    for session, link in ((counter, counter_link), (office, office_link), (laptop, laptop_link), (counter, counter_link)):
        desk.sync(session, link)
    shop = {k: v for k, v in _everyone(counter).items() if k not in (anna.id, dora.id)}  # the vault's own
    dump = tmp_path / "last-night.dump"
    _dump(team, dump)

    # The next day, before the disk fails: the laptop is away; the counter and the office go on.
    bea = contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    consent.record(counter, bea.id, NEWSLETTER, "granted")
    _edit(counter, anna.id, phones=[Labelled("+48 600 100 200")])
    erasure.erase(counter, dora.id)
    desk.sync(counter, counter_link)
    carl = contacts.add_contact(office, ContactInput(given_name="Carl", family_name="Weber"))
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)

    _restore(team, dump)  # the operator puts last night's dump back
    # The laptop, which saw nothing the dump lacks, comes back first and writes: the server's numbers go
    # past what the others saw, under marks of its own.
    emil = contacts.add_contact(laptop, ContactInput(given_name="Emil", family_name="Berg"))
    desk.sync(laptop, laptop_link)

    first = desk.sync(office, office_link)
    assert first.put_back >= 1  # Carl, whom the server lost altogether
    desk.sync(counter, counter_link)
    for session, link in ((laptop, laptop_link), (office, office_link), (counter, counter_link), (laptop, laptop_link)):
        desk.sync(session, link)

    expected = {**shop, anna.id: ("Anna", "Kowalska", ("+48 600 100 200",)), bea.id: ("Bea", "Nowak", ()),
                carl.id: ("Carl", "Weber", ()), emil.id: ("Emil", "Berg", ())}
    for session in (counter, office, laptop):
        assert _everyone(session) == expected
        assert _names(session, "canary") == []
        with pytest.raises(NotFound):
            contacts.get_contact(session, dora.id)
        assert next(s.state for s in consent.current_states(session, bea.id) if s.purpose.key == NEWSLETTER) == \
            "granted"
    assert any(e.action == "team.server_put_back" for e in auditlog.read(office, limit=200))
    with psycopg.connect(team.operator) as conn:  # Dora is erased on the server again, for good
        assert conn.execute("SELECT erased FROM crmdesk.records WHERE id = %s", (dora.id,)).fetchone() == (True,)
    again = [desk.sync(session, link) for session, link in ((counter, counter_link), (office, office_link))]
    assert [(d.sent, d.received, d.put_back) for d in again] == [(0, 0, 0), (0, 0, 0)]


def test_a_change_the_server_lost_is_noticed_by_the_desk_that_made_it(team, desks, tmp_path):  # noqa: F811
    """The counter's own change is the one the server lost; nobody wrote since the dump."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    dump = tmp_path / "dump"
    _dump(team, dump)
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(counter, counter_link)  # the counter remembers the number of its own write
    _restore(team, dump)
    assert desk.sync(counter, counter_link).put_back == 1
    desk.sync(office, office_link)
    assert _everyone(office)[anna.id] == ("Anna", "Kowalska", ())


def test_giving_back_cut_short_starts_again_and_keeps_nothing_twice(team, desks, tmp_path, monkeypatch):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    dump = tmp_path / "dump"
    _dump(team, dump)
    added = [contacts.add_contact(counter, ContactInput(given_name=f"Person{n}", family_name="Lost")).id
             for n in range(8)]
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _restore(team, dump)
    monkeypatch.setattr(desk, "PULL_BATCH", 2)
    monkeypatch.setattr(desk, "PAGES_AT_ONCE", 1)
    pulls = []
    real_pull = office_link.pull
    monkeypatch.setattr(office_link, "pull", lambda after, limit=1000: pulls.append(after) or real_pull(after, limit))
    with pytest.raises(Cancelled):
        desk.sync(office, office_link, cancelled=lambda: len(pulls) >= 2)
    assert office.conn.execute("SELECT put_back FROM team_link").fetchone() == (1,)
    pulls.clear()
    done = desk.sync(office, office_link)
    assert pulls[0] == 0 and done.put_back == len(added)  # from the first number again
    desk.sync(counter, counter_link)
    for session in (counter, office):
        assert set(added) <= set(_everyone(session))
        assert session.conn.execute("SELECT count(*) FROM team_conflicts").fetchone() == (0,)
        assert session.conn.execute("SELECT put_back FROM team_link").fetchone() == (0,)


def test_a_server_restarted_while_a_desk_takes_its_pages_loses_nothing(team, desks, monkeypatch):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    added = [contacts.add_contact(counter, ContactInput(given_name=f"Person{n}", family_name="Restart")).id
             for n in range(12)]
    desk.sync(counter, counter_link)
    monkeypatch.setattr(desk, "PULL_BATCH", 5)
    monkeypatch.setattr(desk, "PAGES_AT_ONCE", 1)
    real_pull, pulls = office_link.pull, []

    def pull(after, limit=1000):
        pulls.append(after)
        if len(pulls) == 2:  # between the first page and the second: the server restarts
            team.cluster.restart()
        return real_pull(after, limit)

    monkeypatch.setattr(office_link, "pull", pull)
    with pytest.raises(OperationFailed, match="did not answer"):
        desk.sync(office, office_link)
    taken = set(_everyone(office)) & set(added)
    assert 0 < len(taken) < len(added)  # the first page is kept, and the cursor after it
    assert office.conn.execute("SELECT cursor FROM team_link").fetchone()[0] == 5
    desk.sync(office, office_link)  # the connection is made afresh
    assert set(added) <= set(_everyone(office))
