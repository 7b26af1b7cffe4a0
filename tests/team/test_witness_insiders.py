"""The desks witnessing each other's audit log (core/team/witness.py) against hostile insiders, crashes and
unlucky operators. Each test is a case a review found; the comment above it says what went wrong before
it was mended."""

from __future__ import annotations

import uuid
from datetime import timedelta

from crmdesk.core import health, vault
from crmdesk.core.clock import FixedClock, iso
from crmdesk.core.language import ENGLISH
from crmdesk.core.team import desk, sealing, witness
from crmdesk.core.vault import auditlog
from tests.conftest import OWNER, PASSPHRASES
from tests.support.raw import raw_connection
from tests.team.test_desks import TEAM_KEY, desks  # noqa: F401 - the fixture
from tests.team.test_witness import (
    START,
    _checkpoints,
    _sync_all,
    _work,
    cut_log_at_the_counter,
    put_back,
    tuesday_undone,
)


def _role(session) -> int:
    return session.conn.execute("SELECT role FROM team_link").fetchone()[0]


def _role_of(link) -> int:
    return next(oid for _name, _joined, me, oid in link.desks() if me)


def _push_checkpoint(team, link, content) -> None:
    """What a desk holding the team key (and its own role's password) can push, in its own name."""
    event = str(uuid.uuid4())
    blob = sealing.seal(TEAM_KEY, sealing.Binding(team.vault, "event", event, 0, 1), content)
    link.push_events([(event, None, blob)], 1)


# 1. A desk pushes, in its own name, a checkpoint with an entry number SQLite cannot hold: every other desk's
#    sync fails from then on (OverflowError in witness.witnessed), for good.
def test_a_huge_entry_does_not_break_the_other_desks_sync(team, desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link)], 1)
    _push_checkpoint(team, counter_link, {"kind": "checkpoint", "desk": _role(counter), "name": "counter",
                                          "entry": 2 ** 63, "hash": "0" * 64, "prior": None, "at": iso(START)})
    for minute in (4, 5):  # OverflowError: Python int too large to convert to SQLite INTEGER, at every sync
        _sync_all([(office, office_link)], minute)


# 2. A desk names itself as another desk in its checkpoints (a raw push; with stock crmdesk: team_link.name
#    edited in vault.db): the alarm about its own log is shown under the other desk's name, at every desk.
def test_an_alarm_names_the_desk_the_server_knows(team, desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    laptop, laptop_link = desks("laptop")
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link), (laptop, laptop_link)], 1)
    _push_checkpoint(team, counter_link, {"kind": "checkpoint", "desk": _role(counter), "name": "office",
                                          "entry": 1, "hash": "0" * 64, "prior": None, "at": iso(START)})
    _sync_all([(laptop, laptop_link)], 2)
    [alarm] = witness.alarms(laptop)
    assert alarm.desk != "office", witness.sentence(alarm, ENGLISH)
    # and by the name the server gives the counter's role, whatever any checkpoint says
    server_name = next(name for name, _joined, me, _role in counter_link.desks() if me)
    assert alarm.desk == server_name


def test_a_desk_that_names_itself_otherwise_from_its_first_checkpoint_is_named_as_the_server_knows_it(
        team, desks):  # noqa: F811
    (counter, counter_link), (laptop, laptop_link) = desks("counter"), desks("laptop")
    # The counter's very first checkpoint says it is the office, and its log then goes back
    _push_checkpoint(team, counter_link, {"kind": "checkpoint", "desk": _role_of(counter_link), "name": "office",
                                          "entry": 10 ** 6, "hash": "0" * 64, "prior": None, "at": iso(START)})
    _work(counter, "Anna", 20)
    _sync_all([(counter, counter_link), (laptop, laptop_link)], 21)
    [alarm] = witness.alarms(laptop)
    assert alarm.desk == next(name for name, _joined, me, _role in counter_link.desks() if me) != "office"


# 3. An insider sets team_link.role to any other number: every checkpoint the desk publishes from then on is
#    dropped by every desk (author != desk), and its own check of itself is off too. Put back to Monday: no alarm.
def test_a_desk_whose_role_was_changed_in_its_vault_is_still_witnessed(desks, tmp_path, failures):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    counter = tuesday_undone(counter, counter_link, office, office_link, tmp_path, failures)  # Monday's vault
    try:
        raw = raw_connection(counter)
        raw.execute("UPDATE team_link SET role = 1")  # one statement in vault.db
        raw.close()
        for n in range(10):
            _work(counter, f"Wednesday{n}", 60 + n)
        counter_done = _sync_all([(counter, counter_link)], 80)[0]
        _work(counter, "Thursday", 100)
        _sync_all([(counter, counter_link)], 120)
        office_done = _sync_all([(office, office_link)], 121)[0]
        assert counter_done.checkpoint  # it "published"
        assert witness.alarms(counter) or witness.alarms(office), (counter_done.alarms, office_done.alarms)
    finally:
        counter.close()


# 4. Stock crmdesk, one INSERT into team_checkpoints: a log cut and built again (as in test_witness's
#    cut_log_at_the_counter) passes unnoticed, because a prior ahead of every checkpoint seen is taken on trust.
def test_a_cut_log_with_a_made_up_prior_is_found(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    role = None

    real_sync_all = _sync_all

    def cut_then_fake(pairs, minutes):
        nonlocal role
        if pairs == [(counter, counter_link)]:  # the counter's sync after the cut: the insider adds one row first
            role = _role(counter)
            raw = raw_connection(counter)
            raw.execute("INSERT INTO team_checkpoints (desk, name, entry, hash, at) VALUES (?, 'counter', ?, 'x', ?)",
                        (role, 10 ** 12, iso(START)))
            raw.close()
        return real_sync_all(pairs, minutes)

    import tests.team.test_witness as tw
    tw._sync_all = cut_then_fake
    try:
        cut_log_at_the_counter(counter, counter_link, office, office_link)
    finally:
        tw._sync_all = real_sync_all
    assert auditlog.verify(counter) == []  # the counter's own chain is sound: nothing local shows the cut
    assert _sync_all([(office, office_link)], 61)[0].alarms == 1, _checkpoints(office, role)


# 5. Two syncs of one desk at once (the window's sync thread, and `crmdesk team sync` from cron): both find a
#    checkpoint due before either recorded its own, both publish with the same prior. A false alarm everywhere.
def test_two_syncs_at_once_raise_no_alarm(desks, failures):  # noqa: F811
    """The window's sync and one from cron, at once: the second waits for the first's checkpoint, and builds on
    it or publishes none."""
    import threading

    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link)], 1)
    _work(counter, "Bea", 20)
    push = counter_link.push_events
    raced, threads = [], []

    def cron_sync() -> None:  # another process, in effect: its own session and connection
        with vault.unlock(counter.paths.folder, OWNER, PASSPHRASES[OWNER], failures=failures) as second, \
                desk.DeskLink(counter_link.conninfo, counter_link.vault) as second_link:
            second.clock = FixedClock(START + timedelta(minutes=30))
            raced.append(desk.sync(second, second_link))

    def push_while_the_other_sync_starts(events, *args, **kwargs):
        if not threads:  # the cron sync starts while the window's pushes its checkpoint
            threads.append(threading.Thread(target=cron_sync))
            threads[0].start()
            threads[0].join(1)  # it gets as far as it can meanwhile
        return push(events, *args, **kwargs)

    counter_link.push_events = push_while_the_other_sync_starts
    try:
        first = _sync_all([(counter, counter_link)], 30)[0]
        threads[0].join(60)
    finally:
        counter_link.push_events = push
    assert raced and first.checkpoint + raced[0].checkpoint >= 1
    assert _sync_all([(office, office_link)], 31)[0].alarms == 0, [witness.sentence(a, ENGLISH)
                                                                    for a in witness.alarms(office)]


# 6. A desk put back to an older copy (a restore the shop made on purpose) publishes a checkpoint at every sync,
#    with no work and within 15 minutes, until its log grows past where it was.
def test_a_desk_put_back_publishes_no_more_often_than_every_15_minutes(desks, tmp_path, failures):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    counter = tuesday_undone(counter, counter_link, office, office_link, tmp_path, failures, works=40, spread=False)
    try:
        published = [_sync_all([(counter, counter_link)], 60 + minute)[0].checkpoint for minute in range(10)]
        assert sum(published) <= 2, published
    finally:
        counter.close()


# 7. A crash between the push of a checkpoint and its record here (first checkpoint, and a later one).
def test_a_crash_after_the_push_raises_no_alarm(desks, monkeypatch):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    for round_ in range(3):
        _work(counter, f"Anna{round_}", 40 * round_)
        real = witness.published

        def crash(op, checkpoint):
            raise RuntimeError("power cut")

        monkeypatch.setattr(witness, "published", crash)
        try:
            _sync_all([(counter, counter_link)], 40 * round_ + 1)
        except RuntimeError:
            pass
        monkeypatch.setattr(witness, "published", real)
        _work(counter, f"Bea{round_}", 40 * round_ + 20)
        _sync_all([(counter, counter_link), (office, office_link)], 40 * round_ + 21)
        _sync_all([(counter, counter_link), (office, office_link)], 40 * round_ + 39)
    assert witness.alarms(office) == [] and witness.alarms(counter) == []
    assert [f for f in health.today(office) if f.key == "team.audit"] == []


# 8. An alarm explained (a restore the shop made on purpose) hides every later rollback of that desk until its
#    log has grown past where it was: each is 'backwards' against the same entry, one alarm per desk and entry.
def test_a_second_rollback_after_an_explained_one_raises_an_alarm(desks, tmp_path, failures):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    counter = tuesday_undone(counter, counter_link, office, office_link, tmp_path, failures, works=60,
                             spread=False)  # a busy Tuesday, put back on purpose: the owner explains the alarm
    _work(counter, "Wednesday", 60)
    _sync_all([(counter, counter_link), (office, office_link)], 61)
    [seen] = witness.alarms(office)
    witness.explain(office, seen.id)
    for n in range(5):  # Thursday's work, witnessed by the office
        _work(counter, f"Thursday{n}", 80 + n)
    _sync_all([(counter, counter_link), (office, office_link)], 100)
    counter = put_back(counter, tmp_path / "monday.crmvault", failures)  # and again, by someone who wants
    # Thursday gone
    try:
        for n in range(12):
            _work(counter, f"Friday{n}", 120 + n)
        _sync_all([(counter, counter_link)], 130)
        _sync_all([(office, office_link)], 131)
        assert witness.alarms(office), "Thursday's entries are gone, and the office says nothing"
    finally:
        counter.close()


# 9. A team server put back from an older dump (test_restore): no alarm.
def test_a_server_put_back_raises_no_alarm(team, desks):  # noqa: F811
    import tempfile
    from pathlib import Path

    from tests.team.test_restore import _dump, _restore
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    laptop, laptop_link = desks("laptop")
    everyone = [(counter, counter_link), (office, office_link), (laptop, laptop_link)]
    _work(counter, "Anna", 0)
    _sync_all(everyone, 1)
    dump = Path(tempfile.mkdtemp()) / "dump"
    _dump(team, dump)
    _work(counter, "Bea", 20)
    _work(office, "Carl", 20)
    _sync_all([(counter, counter_link), (office, office_link)], 21)
    _sync_all([(counter, counter_link), (office, office_link)], 22)  # the office saw the counter's 2nd
    _restore(team, dump)
    for minute in (40, 60, 80):
        _work(counter, f"Dora{minute}", minute)
        _work(laptop, f"Eve{minute}", minute)
        _sync_all(everyone, minute + 1)
    _sync_all(everyone, 100)
    for session, _link in everyone:
        assert witness.alarms(session) == []
