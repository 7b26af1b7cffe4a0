"""After a desk is removed, the desk that removed it seals every contact anew with the new key (a review's
cases: a contact it had not taken yet, a crash in the middle, another desk's edit meanwhile)."""
from __future__ import annotations

import psycopg
import pytest

from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import requests
from crmdesk.core.team import desk, joining
from crmdesk.core.team.server import DeskLink
from tests.team.conftest import new_vault


@pytest.fixture
def trio(bare_database, cluster, tmp_path, failures):
    made = [new_vault(tmp_path, name, failures) for name in ("counter", "office", "laptop")]
    counter, office, laptop = made
    joining.start(counter, bare_database, "counter")
    for session, name in ((office, "office"), (laptop, "laptop")):
        joining.join(session, joining.invite(counter, bare_database, name).code)
    database = psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"]

    operator = cluster.conninfo(dbname=database)  # whoever runs the server

    def epochs():
        with psycopg.connect(operator) as conn:
            return dict(conn.execute("SELECT key_epoch, count(*) FROM crmdesk.records WHERE NOT erased"
                                     " GROUP BY 1").fetchall())
    yield counter, office, laptop, bare_database, epochs, operator
    for session in made:
        session.close()


def sync(session):
    with joining.connect(session) as link:
        return desk.sync(session, link)


def test_every_contact_is_sealed_anew_also_one_the_removing_desk_had_not_taken_yet(trio):
    """What the removed desk could open goes under the new key: the desk that removed it sends every contact
    again at its next sync, once it took what the server holds (Ewa, whom the laptop added meanwhile, too).
    The other desks take them as they are: nothing to review."""
    counter, office, laptop, admin, epochs, _operator = trio
    for n in range(5):
        contacts.add_contact(counter, ContactInput(given_name=f"Person{n}", family_name="Sealed"))
    sync(counter)
    sync(laptop)
    contacts.add_contact(laptop, ContactInput(given_name="Ewa", family_name="Nowak"))  # sealed at the laptop,
    sync(laptop)  # and not taken at the counter yet
    joining.remove(counter, admin, "office")
    assert sync(counter).sent == 6  # the five, and Ewa
    assert epochs() == {2: 6}
    before = {c.display_name for c in contacts.list_contacts(laptop).rows}
    taken = sync(laptop)
    assert taken.received == 6 and taken.conflicts == 0 and taken.held == 0
    assert {c.display_name for c in contacts.list_contacts(laptop).rows} == before
    assert sync(counter).sent == 0  # done: nothing waits any more


def test_every_request_goes_again_under_the_new_key_and_its_old_copies_go(trio, cluster, bare_database):
    counter, office, laptop, admin, _epochs, _operator = trio
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    opened = requests.open_request(counter, anna.id, "access", notes="Asked by letter")
    sync(counter)
    sync(laptop)
    requests.verify(laptop, opened.reference, "Signed letter matching the records")
    sync(laptop)
    joining.remove(counter, admin, "office")
    sync(counter)
    sync(counter)  # the copies under the old key, forgotten
    database = psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"]
    with psycopg.connect(cluster.conninfo(dbname=database)) as operator:
        copies = operator.execute("SELECT key_epoch FROM crmdesk.events WHERE forgettable").fetchall()
    assert copies == [(2,)]  # one copy of the request, under the key the office never held
    sync(laptop)
    assert requests.get_request(laptop, opened.reference).status == "verified"


def test_a_reseal_cut_short_by_a_crash_finishes_at_the_next_sync(trio, monkeypatch):
    counter, office, laptop, admin, epochs, _operator = trio
    from crmdesk.core.people.writer import ContactWriter
    from crmdesk.core.permissions import Permission
    with counter.operation(Permission.EDIT, "test", detail={}) as op:
        writer = ContactWriter(op)
        for n in range(1200):
            writer.write(ContactInput(given_name=f"P{n}", family_name="Many"))
        writer.finish()
    sync(counter)
    joining.remove(counter, admin, "office")
    real, calls = DeskLink.push_records, []

    def crashing(self, pushes, epoch, seen=None):
        calls.append(len(pushes))
        answers = real(self, pushes, epoch, seen)
        if len(calls) == 2:
            raise OSError("power cut after the server stored the second batch")
        return answers
    monkeypatch.setattr(DeskLink, "push_records", crashing)
    with pytest.raises(OSError):
        sync(counter)
    monkeypatch.setattr(DeskLink, "push_records", real)
    sync(counter)
    assert epochs() == {2: 1200}
    assert counter.conn.execute("SELECT count(*) FROM team_reseal").fetchone()[0] == 0
    assert counter.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0
    taken = sync(laptop)
    assert taken.conflicts == 0 and taken.held == 0
    assert sync(counter).sent == 0


def test_a_reseal_meeting_an_edit_at_another_desk_merges_and_loses_nothing(trio, monkeypatch):
    counter, office, laptop, admin, epochs, _operator = trio
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Race"))
    sync(counter)
    sync(laptop)
    joining.remove(counter, admin, "office")
    sync(laptop)  # takes the new key
    real, once = DeskLink.push_records, []

    def racing(self, pushes, epoch, seen=None):
        if not once:
            once.append(1)
            data = contacts.get_contact(laptop, anna.id).as_input()
            data.job_title = "Baker"
            contacts.update_contact(laptop, anna.id, data)
            sync_laptop = desk.sync
            with joining.connect(laptop) as link:
                sync_laptop(laptop, link)
        return real(self, pushes, epoch, seen)
    monkeypatch.setattr(DeskLink, "push_records", racing)
    sync(counter)
    monkeypatch.setattr(DeskLink, "push_records", real)
    sync(laptop)
    assert contacts.get_contact(counter, anna.id).job_title == "Baker"
    assert contacts.get_contact(laptop, anna.id).job_title == "Baker"
    assert epochs() == {2: 1}
    assert counter.conn.execute("SELECT count(*) FROM team_reseal").fetchone()[0] == 0
