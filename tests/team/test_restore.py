"""A team server put back from an older dump (pg_dump, then pg_restore of it after the desks went on), and
a server restarted while a desk takes its pages: every desk notices what the server lost, gives it back,
and the desks agree again, the erasures made meanwhile included."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from crmdesk.core import vault
from crmdesk.core.backups import archive, backup, restore
from crmdesk.core.errors import Cancelled, NotFound, OperationFailed
from crmdesk.core.people import contacts, duplicates
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction, list_interactions
from crmdesk.core.privacy import consent, erasure, restriction, retention
from crmdesk.core.team import desk, marks
from crmdesk.core.vault import auditlog
from tests.conftest import OWNER, PASSPHRASES
from tests.team.test_desks import _edit, _names, desks  # noqa: F401 - the fixture

NEWSLETTER = "newsletter-email"


def _dump(team, path) -> None:
    subprocess.run([team.cluster.tool("pg_dump"), "--format=custom", f"--file={path}", team.operator],
                   check=True, capture_output=True)


def _restore(team, path) -> None:
    """As an operator puts last night's dump back: every object of it dropped and made again."""
    subprocess.run([team.cluster.tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
                    f"--dbname={team.operator}", str(path)], check=True, capture_output=True)


def _old_call(session, contact_id: str):
    """A call of four years ago, logged at ``session``'s desk."""
    return add_interaction(session, contact_id, kind="call", summary="First order by phone",
                           occurred_at=datetime.now(UTC) - timedelta(days=4 * 366))


def _retention_deletes_old_interactions(session) -> None:
    """The desk's policy for old interactions applied now, as a sweep applies it."""
    retention.set_policy(session, "old_interactions", mode="apply")
    retention.apply_items(session, [i for i in retention.plan(session) if i.kind == "interaction"])


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
    monkeypatch.setattr(office_link, "pull", lambda after, limit=1000, upto=None: pulls.append(after) or real_pull(after, limit, upto))
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

    def pull(after, limit=1000, upto=None):
        pulls.append(after)
        if len(pulls) == 2:  # between the first page and the second: the server restarts
            team.cluster.restart()
        return real_pull(after, limit, upto)

    monkeypatch.setattr(office_link, "pull", pull)
    with pytest.raises(OperationFailed, match="did not answer"):
        desk.sync(office, office_link)
    taken = set(_everyone(office)) & set(added)
    assert 0 < len(taken) < len(added)  # the first page is kept, and the cursor after it
    assert office.conn.execute("SELECT cursor FROM team_link").fetchone()[0] == 5
    desk.sync(office, office_link)  # the connection is made afresh
    assert set(added) <= set(_everyone(office))


def _phones(session, contact_id: str) -> tuple:
    return tuple(p.value for p in contacts.get_contact(session, contact_id).phones)


def _conflicts(session) -> int:
    return session.conn.execute("SELECT count(*) FROM team_conflicts").fetchone()[0]


def test_a_desk_offline_since_before_the_dump_writing_first_does_not_wipe_what_the_server_lost(
        team, desks, tmp_path):  # noqa: F811
    """The counter adds Anna's phone after the dump (revision 2); the server is put back to revision 1. The
    laptop, offline since before the dump, adds her job title first: a revision 2 of its own. Every desk
    ends with both, with nothing to review (each was added on one side only)."""
    (counter, counter_link), (office, office_link), (laptop, laptop_link) = (desks(n) for n in
                                                                             ("counter", "office", "laptop"))
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    for session, link in ((counter, counter_link), (office, office_link), (laptop, laptop_link)):
        desk.sync(session, link)
    _dump(team, tmp_path / "d")
    _edit(counter, anna.id, phones=[Labelled("+48 600 100 200")])
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _restore(team, tmp_path / "d")
    _edit(laptop, anna.id, job_title="Baker")
    desk.sync(laptop, laptop_link)
    for session, link in ((counter, counter_link), (office, office_link), (laptop, laptop_link),
                          (counter, counter_link), (office, office_link), (laptop, laptop_link)):
        desk.sync(session, link)
    for session in (counter, office, laptop):
        assert (contacts.get_contact(session, anna.id).job_title, _phones(session, anna.id)) == \
            ("Baker", ("+48 600 100 200",))
        assert _conflicts(session) == 0


def test_a_desk_that_knew_a_later_revision_keeps_an_edit_made_after_the_put_back(team, desks, tmp_path):  # noqa: F811
    (counter, counter_link), (laptop, laptop_link) = desks("counter"), desks("laptop")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(laptop, laptop_link)
    _dump(team, tmp_path / "d")
    _edit(counter, anna.id, phones=[Labelled("+48 600 100 200")])
    desk.sync(counter, counter_link)
    _edit(counter, anna.id, notes="regular")
    desk.sync(counter, counter_link)  # revision 3 at the counter
    _restore(team, tmp_path / "d")
    _edit(laptop, anna.id, job_title="Baker")  # revision 2 again, at the laptop
    desk.sync(laptop, laptop_link)
    for session, link in ((counter, counter_link), (laptop, laptop_link), (counter, counter_link),
                          (laptop, laptop_link)):
        desk.sync(session, link)
    for session in (counter, laptop):
        found = contacts.get_contact(session, anna.id)
        assert (found.job_title, found.notes, _phones(session, anna.id)) == ("Baker", "regular", ("+48 600 100 200",))


def test_a_put_back_while_a_desk_reads_is_not_missed(team, desks, tmp_path, monkeypatch):  # noqa: F811
    """While the office reads, the counter writes Bea, the dump is taken, and the counter writes Carl. The
    office reads only up to the number it checked, so it remembers nothing the dump lacks; after the
    put-back, the laptop's Emil reaches it."""
    (counter, counter_link), (office, office_link), (laptop, laptop_link) = (desks(n) for n in
                                                                             ("counter", "office", "laptop"))
    for session, link in ((counter, counter_link), (office, office_link), (laptop, laptop_link), (office, office_link)):
        desk.sync(session, link)
    real_pull, ran = office_link.pull, []

    def pull(after, limit=1000, upto=None):
        if not ran:
            ran.append(1)
            contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
            desk.sync(counter, counter_link)
            _dump(team, tmp_path / "d")
            contacts.add_contact(counter, ContactInput(given_name="Carl", family_name="Weber"))
            desk.sync(counter, counter_link)
        return real_pull(after, limit, upto)

    monkeypatch.setattr(office_link, "pull", pull)
    desk.sync(office, office_link)
    monkeypatch.undo()
    _restore(team, tmp_path / "d")
    emil = contacts.add_contact(laptop, ContactInput(given_name="Emil", family_name="Berg"))
    desk.sync(laptop, laptop_link)
    for session, link in ((counter, counter_link), (office, office_link), (laptop, laptop_link), (office, office_link)):
        desk.sync(session, link)
    for session in (counter, office, laptop):
        assert {"Bea", "Carl", "Emil"} <= {name for name, _family, _phones in _everyone(session).values()}
    assert emil.id in _everyone(office)


def test_a_put_back_during_a_desks_push_is_noticed(team, desks, tmp_path, monkeypatch):  # noqa: F811
    """Carl, the office's, is on the server only after the dump; the server is put back during the
    office's next push. The office does not take the new history's mark for its own, notices the
    put-back at its next sync and gives Carl back."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _dump(team, tmp_path / "d")
    carl = contacts.add_contact(office, ContactInput(given_name="Carl", family_name="Weber"))
    desk.sync(office, office_link)
    desk.sync(office, office_link)
    _edit(office, anna.id, notes="called")
    real_push, ran = office_link.push_records, []

    def push(items, epoch, seen=None):
        if not ran:
            ran.append(1)
            _restore(team, tmp_path / "d")
        return real_push(items, epoch, seen)

    monkeypatch.setattr(office_link, "push_records", push)
    desk.sync(office, office_link)
    monkeypatch.undo()
    assert desk.sync(office, office_link).server_put_back
    desk.sync(counter, counter_link)
    assert carl.id in _everyone(counter)
    assert contacts.get_contact(counter, anna.id).notes == "called"


def test_a_contact_merged_away_after_the_dump_does_not_come_back(team, desks, tmp_path):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _dump(team, tmp_path / "d")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")]))
    twin = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      phones=[Labelled("+48 22 555 01 00")]))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)  # the office has both
    duplicates.merge(counter, anna.id, twin.id)
    desk.sync(counter, counter_link)
    _restore(team, tmp_path / "d")
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link),
                          (office, office_link)):
        desk.sync(session, link)
    assert twin.id not in _everyone(counter)
    assert anna.id in _everyone(office)


def test_a_put_back_that_lost_only_consent_is_said_and_mended(team, desks, tmp_path):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _dump(team, tmp_path / "d")
    consent.record(counter, anna.id, NEWSLETTER, "granted")
    desk.sync(counter, counter_link)
    _restore(team, tmp_path / "d")
    done = desk.sync(counter, counter_link)
    assert done.server_put_back and done.put_back == 0 and done.events_sent >= 1
    desk.sync(office, office_link)
    assert next(s.state for s in consent.current_states(office, anna.id) if s.purpose.key == NEWSLETTER) == "granted"


def test_purposes_sent_again_are_not_stored_again(team, desks):  # noqa: F811
    """Whoever runs the server changes the marks three times: each time every desk takes everything again
    and sends its ledgers again, and the server keeps each event once."""
    counter, counter_link = desks("counter")
    desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        before = conn.execute("SELECT count(*) FROM crmdesk.events").fetchone()[0]
    for _ in range(3):
        with psycopg.connect(team.operator) as conn:
            conn.execute("UPDATE crmdesk.marks SET mark = gen_random_uuid()")
        assert desk.sync(counter, counter_link).server_put_back
    with psycopg.connect(team.operator) as conn:
        assert conn.execute("SELECT count(*) FROM crmdesk.events").fetchone()[0] == before


def test_an_edit_not_sent_when_the_server_is_put_back_is_merged_not_lost(team, desks, tmp_path):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _dump(team, tmp_path / "d")
    _edit(counter, anna.id, phones=[Labelled("+48 600 100 200")])
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _edit(office, anna.id, job_title="Baker")  # not sent yet when the server is put back
    _restore(team, tmp_path / "d")
    for session, link in ((office, office_link), (counter, counter_link), (office, office_link),
                          (counter, counter_link)):
        desk.sync(session, link)
    for session in (counter, office):
        assert (contacts.get_contact(session, anna.id).job_title, _phones(session, anna.id)) == \
            ("Baker", ("+48 600 100 200",))
        assert _conflicts(session) == 0
    again = [desk.sync(session, link) for session, link in ((counter, counter_link), (office, office_link))]
    assert [(d.sent, d.put_back, d.server_put_back) for d in again] == [(0, 0, False), (0, 0, False)]


def test_a_held_change_given_back_is_not_up_for_review_twice(team, desks, tmp_path):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    restriction.set_hold(office, anna.id, True)
    _dump(team, tmp_path / "d")
    _edit(counter, anna.id, notes="x", given_name="")  # a loss the hold at the office refuses
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    assert _conflicts(office) == 1
    _restore(team, tmp_path / "d")
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link),
                          (office, office_link)):
        desk.sync(session, link)
    assert _conflicts(office) == 1


def test_a_put_back_to_a_server_holding_nothing_resets_the_cursor(team, desks, tmp_path):  # noqa: F811
    """The dump was taken before the first sync: the restored server holds nothing, and the counter reads
    everything after it again, the office's later writes included."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    _dump(team, tmp_path / "d")  # the dump taken right after the team was set up: head 0
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link)):
        desk.sync(session, link)
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    for n in range(30):  # thirty revisions at the office: the counter's cursor goes thirty numbers further
        _edit(office, anna.id, notes=f"visit {n}")
        desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    cursor_before = counter.conn.execute("SELECT cursor FROM team_link").fetchone()[0]
    _restore(team, tmp_path / "d")
    assert desk.sync(counter, counter_link).server_put_back  # noticed; nothing to read back
    desk.sync(office, office_link)
    bea = contacts.add_contact(office, ContactInput(given_name="Bea", family_name="Nowak"))
    desk.sync(office, office_link)
    with psycopg.connect(team.operator) as conn:
        bea_seq = conn.execute("SELECT seq FROM crmdesk.records WHERE id = %s", (bea.id,)).fetchone()[0]
    assert bea_seq < cursor_before  # the setting of the finding
    desk.sync(counter, counter_link)
    desk.sync(counter, counter_link)
    assert bea.id in _everyone(counter)


def test_an_interaction_deleted_by_retention_does_not_come_back_after_a_put_back(team, desks, tmp_path):  # noqa: F811
    """An interaction the counter's retention policy deleted stays deleted after a put-back that gives it
    back to the server: the counter forgets it there again."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    old = _old_call(office, anna.id)
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    _dump(team, tmp_path / "d")  # last night: the old call is on the server
    contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    desk.sync(counter, counter_link)  # the counter saw more than the dump: it will notice the put-back
    _retention_deletes_old_interactions(counter)
    assert old.id not in [i.id for i in list_interactions(counter, anna.id)]
    desk.sync(counter, counter_link)  # forgotten on the server too
    _restore(team, tmp_path / "d")
    assert desk.sync(counter, counter_link).server_put_back
    assert old.id not in [i.id for i in list_interactions(counter, anna.id)]


def test_a_forget_undone_by_a_put_back_is_noticed(team, desks, tmp_path):  # noqa: F811
    """Forgetting moves the server's head: a dump taken before it, put back, is noticed."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    old = _old_call(office, anna.id)
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    _retention_deletes_old_interactions(counter)
    _dump(team, tmp_path / "d")
    desk.sync(counter, counter_link)  # forgotten on the server
    _restore(team, tmp_path / "d")
    done = desk.sync(counter, counter_link)
    with psycopg.connect(team.operator) as conn:
        held = conn.execute("SELECT count(*) FROM crmdesk.events WHERE id = %s", (old.id,)).fetchone()[0]
    assert done.server_put_back or held == 0


def test_two_revisions_written_after_a_put_back_do_not_wipe_what_the_server_lost(team, desks, tmp_path):  # noqa: F811
    """The laptop, offline since before the dump, writes two revisions after the put-back; the counter's
    phone, which the server lost, is merged with them, not replaced by them."""
    (counter, counter_link), (laptop, laptop_link) = desks("counter"), desks("laptop")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(laptop, laptop_link)
    _dump(team, tmp_path / "d")
    _edit(counter, anna.id, phones=[Labelled("+48 600 100 200")])  # revision 2, lost by the put-back
    desk.sync(counter, counter_link)
    _restore(team, tmp_path / "d")
    _edit(laptop, anna.id, job_title="Baker")
    desk.sync(laptop, laptop_link)  # revision 2 of the new history
    _edit(laptop, anna.id, notes="regular")
    desk.sync(laptop, laptop_link)  # revision 3 of the new history
    for session, link in ((counter, counter_link), (laptop, laptop_link), (counter, counter_link),
                          (laptop, laptop_link)):
        desk.sync(session, link)
    for session in (counter, laptop):
        found = contacts.get_contact(session, anna.id)
        assert (found.job_title, found.notes, _phones(session, anna.id)) == \
            ("Baker", "regular", ("+48 600 100 200",))


def test_a_record_changed_during_a_put_back_is_not_taken_for_lost(team, desks, tmp_path, monkeypatch):  # noqa: F811
    """The office removes Anna's phone while the counter gives back what the server lost: the counter does
    not take Anna for lost, and the phone stays removed."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      phones=[Labelled("+48 600 100 200")]))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _dump(team, tmp_path / "d")
    contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    desk.sync(counter, counter_link)  # the counter saw more than the dump: it will notice
    _restore(team, tmp_path / "d")
    real_pull, ran = counter_link.pull, []

    def pull(after, limit=1000, upto=None):
        if not ran:  # the office, which saw nothing the dump lacks, removes Anna's phone meanwhile
            ran.append(1)
            _edit(office, anna.id, phones=[])
            desk.sync(office, office_link)
        return real_pull(after, limit, upto)

    monkeypatch.setattr(counter_link, "pull", pull)
    forgotten = []
    real_forget = desk._forget_revisions
    monkeypatch.setattr(desk, "_forget_revisions", lambda op, records: forgotten.extend(records) or real_forget(op, records))
    assert desk.sync(counter, counter_link).server_put_back
    assert anna.id not in [record for record, _merged in forgotten]
    monkeypatch.undo()
    for session, link in ((office, office_link), (counter, counter_link), (office, office_link)):
        desk.sync(session, link)
    for session in (counter, office):
        assert _phones(session, anna.id) == ()
        assert _conflicts(session) == 0


def test_an_erasure_taken_without_the_person_stays_final_after_a_put_back(team, desks, tmp_path):  # noqa: F811
    """The office took Dora's erasure without ever holding her; the put-back server holds her again, and
    the office keeps her erased, and erases her there again."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    dora = contacts.add_contact(counter, ContactInput(given_name="Dora", family_name="Canary",
                                                      emails=[Labelled("dora@example.org")]))
    desk.sync(counter, counter_link)
    _dump(team, tmp_path / "d")  # Dora on the server
    erasure.erase(counter, dora.id)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)  # the office takes the erasure; it never held Dora
    _restore(team, tmp_path / "d")
    assert desk.sync(office, office_link).server_put_back
    assert dora.id not in _everyone(office)


def test_a_contact_merged_away_stays_away_when_another_desk_edits_it_after_a_put_back(team, desks, tmp_path):  # noqa: F811
    """The counter merged the twin into Anna after the dump; the office gives the twin back, then edits it:
    the twin stays merged away at the counter."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _dump(team, tmp_path / "d")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")]))
    twin = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      phones=[Labelled("+48 22 555 01 00")]))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    duplicates.merge(counter, anna.id, twin.id)
    desk.sync(counter, counter_link)
    _restore(team, tmp_path / "d")
    for session, link in ((counter, counter_link), (office, office_link), (counter, counter_link),
                          (office, office_link)):
        desk.sync(session, link)
    assert twin.id not in _everyone(counter)
    _edit(office, twin.id, job_title="Baker")  # the office has not merged its copy yet
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    assert twin.id not in _everyone(counter)


def test_a_desk_that_synced_often_since_the_dump_still_knows_what_the_server_kept(team, desks, tmp_path):  # noqa: F811
    """After a day of syncs since the dump, the counter still holds a mark from about then: what it knew
    newer than the server goes over the server's, with nothing to review."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska", job_title="Baker"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _edit(counter, anna.id, job_title="Head baker")
    desk.sync(counter, counter_link)
    _dump(team, tmp_path / "d")  # the server holds Anna as head baker: the counter knew that revision
    _edit(counter, anna.id, job_title="Master baker")  # revision 3, lost by the put-back
    desk.sync(counter, counter_link)
    bea = contacts.add_contact(counter, ContactInput(given_name="Bea", family_name="Nowak"))
    for n in range(150):  # a day of syncs with something written
        _edit(counter, bea.id, notes=f"visit {n}")
        desk.sync(counter, counter_link)
    trail = [row[0] for row in counter.conn.execute("SELECT upto FROM team_marks ORDER BY upto")]
    _restore(team, tmp_path / "d")
    done = desk.sync(counter, counter_link)
    assert done.server_put_back
    found = contacts.get_contact(counter, anna.id)
    assert (found.job_title, _conflicts(counter)) == ("Master baker", 0), trail


def test_the_trail_of_marks_keeps_one_from_about_any_time_back_and_stays_short():
    trail: list[int] = []
    for head in range(1, 100_000, 7):  # a desk remembering the server's head after each of its syncs
        trail.insert(0, head)
        if len(trail) > marks.TRAIL:
            going = set(marks.thinned(trail))
            trail = [upto for upto in trail if upto not in going]
        assert len(trail) <= marks.TRAIL + 1
    newest = trail[0]
    for back in (50, 700, 5_000, 40_000, 66_000):  # a put-back this far: a mark at most half as far again
        assert any(back <= newest - upto <= back * 1.5 + 8 for upto in trail), back
    assert trail[:marks.RECENT] == list(range(newest, newest - 7 * marks.RECENT, -7))


OWNER_KEY = archive.passphrase_key(OWNER, PASSPHRASES[OWNER])


def _backed_up_with_a_phone_waiting(desks, tmp_path):  # noqa: F811
    """The counter and the office, both holding Anna, and a backup of the office made while her new phone
    waited there to be sent: (counter, office, anna, the backup)."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _edit(office, anna.id, phones=[Labelled("+48 600 100 200")])
    return (counter, counter_link), (office, office_link), anna, backup.create_backup(office, tmp_path / "backups")


def test_a_desk_restored_from_its_own_backup_takes_what_it_sent_since_as_another_desks(desks, tmp_path,  # noqa: F811
                                                                                       failures):
    """The office is backed up while Anna's new phone waits to be sent, then changes her job too and sends
    both, then is put back to that backup: what it sent after the backup is not its own any longer, since its
    vault does not hold it. It merges the server's Anna (her job stays, at every desk), and nothing is left
    waiting."""
    (counter, counter_link), (office, office_link), anna, made = _backed_up_with_a_phone_waiting(desks, tmp_path)
    _edit(office, anna.id, job_title="Baker")
    desk.sync(office, office_link)  # both in the one revision after the one the backup knows
    path = office.paths.folder
    office.close()
    restore.restore_backup(made.path, path, OWNER_KEY, force=True)
    with vault.unlock(path, OWNER, PASSPHRASES[OWNER], failures=failures) as restored:
        for _ in range(3):
            desk.sync(restored, office_link)
        found = contacts.get_contact(restored, anna.id)
        assert (found.job_title, _phones(restored, anna.id)) == ("Baker", ("+48 600 100 200",))
        assert restored.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0
        assert restored.conn.execute("SELECT count(*) FROM team_conflicts").fetchone()[0] == 0
    desk.sync(counter, counter_link)
    assert contacts.get_contact(counter, anna.id).job_title == "Baker"


def test_a_desks_backup_restored_into_another_folder_is_a_desk_of_its_own(desks, tmp_path, failures):  # noqa: F811
    """Restored to look something up, beside the office that still works, the copy leaves the team with its
    contacts: its stale waiting change (a phone removed since) reaches no desk, and it cannot sync as the
    office."""
    (counter, counter_link), (office, office_link), anna, made = _backed_up_with_a_phone_waiting(desks, tmp_path)
    desk.sync(office, office_link)
    _edit(office, anna.id, phones=[])
    desk.sync(office, office_link)
    copy = tmp_path / "look-up.crmvault"
    result = restore.restore_backup(made.path, copy, OWNER_KEY,
                                    erasures=restore.KnownErasures.of(office))
    assert result.left_team
    with vault.unlock(copy, OWNER, PASSPHRASES[OWNER], failures=failures) as looked:
        assert desk.link_of(looked) is None and _phones(looked, anna.id) == ("+48 600 100 200",)
        with pytest.raises(NotFound):
            desk.sync(looked, office_link)
    desk.sync(office, office_link)
    desk.sync(counter, counter_link)
    assert _phones(counter, anna.id) == () and desk.link_of(office) is not None
