"""The desks of a team witness each other's audit log (core/team/witness.py): a desk put back to an older
copy of its vault, or whose log an insider cut and built again, raises an alarm at the other desks and
at itself, on the Today page, until a person says what happened."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, datetime, timedelta

from crmdesk.core import health, vault
from crmdesk.core.clock import FixedClock, iso
from crmdesk.core.errors import NotFound
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.team import desk, sealing, witness
from crmdesk.core.vault import audit, auditlog
from tests.conftest import OWNER, PASSPHRASES
from tests.support.raw import raw_connection
from tests.team.test_desks import TEAM_KEY, desks  # noqa: F401 - the fixture

START = datetime.now(UTC).replace(microsecond=0)


def _work(session, name: str, minutes: int) -> None:
    """A person's work at a desk (a contact added), ``minutes`` after the start."""
    session.clock = FixedClock(START + timedelta(minutes=minutes))
    contacts.add_contact(session, ContactInput(given_name=name, family_name="Witness"))


def copied(session, copy, failures):
    """A copy of ``session``'s vault folder at ``copy`` (a backup made by hand); the vault opened again."""
    path = session.paths.folder
    session.close()
    shutil.copytree(path, copy)
    return vault.unlock(path, OWNER, PASSPHRASES[OWNER], failures=failures)


def put_back(session, copy, failures):
    """``session``'s vault folder replaced by the copy at ``copy``, and opened again."""
    path = session.paths.folder
    session.close()
    shutil.rmtree(path)
    shutil.copytree(copy, path)
    return vault.unlock(path, OWNER, PASSPHRASES[OWNER], failures=failures)


def tuesday_undone(counter, counter_link, office, office_link, tmp_path, failures, *, works: int = 3,
                   spread: bool = True):
    """The counter's vault copied on Monday (a backup made by hand), ``works`` contacts added there on
    Tuesday (a minute apart, or all at once) and sent, then Monday's copy put back in its place: the
    counter opened again."""
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link)], 1)
    copy = tmp_path / "monday.crmvault"
    counter = copied(counter, copy, failures)
    for n in range(works):
        _work(counter, f"Tuesday{n}", 20 + n if spread else 20)
    _sync_all([(counter, counter_link), (office, office_link)], 30)
    return put_back(counter, copy, failures)


def _sync_all(pairs, minutes: int) -> list[desk.Synced]:
    done = []
    for session, link in pairs:
        session.clock = FixedClock(START + timedelta(minutes=minutes))
        done.append(desk.sync(session, link))
    return done


def _checkpoints(session, role: int) -> list[int]:
    return [row[0] for row in session.conn.execute("SELECT entry FROM team_checkpoints WHERE desk = ? ORDER BY entry",
                                                   (role,))]


def _team_finding(session) -> health.Finding | None:
    return next((f for f in health.today(session) if f.key == "team.audit"), None)


def test_desks_that_only_work_and_exchange_raise_no_alarm_and_come_to_rest(desks):  # noqa: F811
    pairs = [desks(name) for name in ("counter", "office", "laptop")]
    for minute, (session, _link) in zip((0, 20, 40), pairs, strict=True):
        _work(session, f"Anna{minute}", minute)
    first = _sync_all(pairs, 41)
    assert all(done.checkpoint for done in first)  # each desk's first
    for round_ in range(2, 6):
        _work(pairs[round_ % 3][0], f"Bea{round_}", 20 * round_)
        _sync_all(pairs, 20 * round_ + 1)
    counter_role = pairs[0][0].conn.execute("SELECT role FROM team_link").fetchone()[0]
    seen = [_checkpoints(session, counter_role) for session, _link in pairs]
    assert seen[0] == seen[1] == seen[2] and len(seen[0]) >= 2  # every desk holds the counter's checkpoints
    for session, _link in pairs:
        assert witness.alarms(session) == []
        assert _team_finding(session) is None
    # Nobody works: the desks exchange only each other's checkpoints, which publish none anew
    quiet = [_sync_all(pairs, minute) for minute in range(200, 400, 20)]
    assert not any(done.checkpoint for done in quiet[-1])
    assert sum(done.checkpoint for round_ in quiet[2:] for done in round_) == 0


def test_a_desk_put_back_to_an_older_copy_of_its_vault_raises_an_alarm_everywhere(desks, tmp_path, failures):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link)], 1)
    copy = tmp_path / "counter-copy.crmvault"  # the vault as it was on Monday (a folder copied, a backup)
    monday = audit.head(counter.conn)[0]
    counter = copied(counter, copy, failures)
    for n in range(3):  # what was done on Tuesday, which someone would rather undo
        _work(counter, f"Tuesday{n}", 20 + n)
    _sync_all([(counter, counter_link), (office, office_link)], 30)
    role = counter.conn.execute("SELECT role FROM team_link").fetchone()[0]
    assert max(_checkpoints(office, role)) > monday  # the office saw Tuesday's log

    counter = put_back(counter, copy, failures)  # Monday's vault put back in its place
    try:
        _work(counter, "Wednesday", 60)
        done = _sync_all([(counter, counter_link)], 61)[0]
        # the counter reads its own Tuesday checkpoint back from the server, and its log no longer holds it
        assert done.alarms == 1
        [mine] = witness.alarms(counter)
        assert mine.this_desk and mine.kind == "backwards"
        done = _sync_all([(office, office_link)], 62)[0]
        assert done.alarms == 1
        [seen] = witness.alarms(office)
        assert not seen.this_desk and seen.kind in ("backwards", "fork")
        finding = _team_finding(office)
        assert finding is not None and finding.level == health.FAILED and finding.count == 1
        assert "audit log" in finding.sentence
        assert health.exit_code([finding]) == 5
        # said once: more syncs of the put-back desk raise nothing new
        _work(counter, "Thursday", 90)
        _sync_all([(counter, counter_link), (office, office_link)], 91)
        assert len(witness.alarms(office)) == 1 and len(witness.alarms(counter)) == 1
        # the owner explains it (a restore the shop made on purpose): the Today page is clear, the log keeps it
        witness.explain(office, seen.id)
        assert witness.alarms(office) == [] and _team_finding(office) is None
        [entry] = [e for e in auditlog.read(office, limit=5) if e.action == "team.alarm_explained"]
        assert entry.detail["entry"] == seen.entry
        try:
            witness.explain(office, seen.id)
            raise AssertionError("explained twice")
        except NotFound:
            pass
    finally:
        counter.close()


def cut_log_at_the_counter(counter, counter_link, office, office_link) -> None:
    """The counter's log seen by the office, then cut back by an insider with the vault's key (and what the
    counter knew of its own checkpoints), and grown past where it was; the counter syncs."""
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link)], 1)
    cut = audit.head(counter.conn)[0]
    for n in range(3):
        _work(counter, f"Deleted{n}", 20 + n)  # what an insider wants gone
    _sync_all([(counter, counter_link), (office, office_link)], 30)
    raw = raw_connection(counter)
    raw.execute("DROP TRIGGER audit_no_delete")
    raw.execute("DELETE FROM audit WHERE seq > ?", (cut,))
    raw.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{cut}:{audit.hash_at(raw, cut)}",))
    raw.execute("DELETE FROM team_checkpoints WHERE entry > ?", (cut,))
    raw.close()
    for n in range(8):  # the log grows past where it was, with other entries
        _work(counter, f"Later{n}", 40 + n)
    _sync_all([(counter, counter_link)], 60)


def test_a_log_cut_and_built_again_is_found_by_the_other_desks(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    cut_log_at_the_counter(counter, counter_link, office, office_link)
    assert _sync_all([(office, office_link)], 61)[0].alarms == 1
    [seen] = witness.alarms(office)
    assert seen.kind == "fork" and not seen.this_desk


def test_a_checkpoint_in_another_desks_name_is_not_taken(team, desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    laptop, laptop_link = desks("laptop")
    _work(office, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link), (laptop, laptop_link)], 1)
    office_role = office.conn.execute("SELECT role FROM team_link").fetchone()[0]
    # The counter, which holds the team key, says the office's log went back to entry 1
    event = str(uuid.uuid4())
    forged = {"kind": "checkpoint", "desk": office_role, "name": "office", "entry": 1, "hash": "0" * 64,
              "prior": None, "at": iso(START)}
    blob = sealing.seal(TEAM_KEY, sealing.Binding(team.vault, "event", event, 0, 1), forged)
    counter_link.push_events([(event, None, blob)], 1)
    assert _sync_all([(laptop, laptop_link), (office, office_link)], 2)[0].alarms == 0
    assert witness.alarms(laptop) == [] and witness.alarms(office) == []
    assert 1 not in _checkpoints(laptop, office_role)


def test_a_checkpoint_made_up_in_a_desks_vault_to_skip_what_the_team_saw_raises_an_alarm(desks):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link), (counter, counter_link)], 1)  # its own read back
    role = counter.conn.execute("SELECT role FROM team_link").fetchone()[0]
    [seen] = _checkpoints(office, role)
    raw = raw_connection(counter)  # the insider cuts the log back before what the office saw, and goes on
    raw.execute("DROP TRIGGER audit_no_delete")
    raw.execute("DELETE FROM audit WHERE seq > ?", (seen - 3,))
    raw.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seen - 3}:{audit.hash_at(raw, seen - 3)}",))
    raw.execute("DELETE FROM team_checkpoints")
    raw.close()
    for n in range(10):
        _work(counter, f"Later{n}", 40 + n)
    made_up = seen + 4  # a checkpoint of its own "after" the one the office saw, which the team never saw
    raw = raw_connection(counter)
    raw.execute("INSERT INTO team_checkpoints (desk, name, entry, hash, at) VALUES (?, '', ?, ?, ?)",
                (role, made_up, audit.hash_at(raw, made_up), iso(START)))
    raw.close()
    _sync_all([(counter, counter_link)], 60)
    assert _sync_all([(office, office_link)], 61)[0].alarms == 1
    [alarm] = witness.alarms(office)
    assert (alarm.kind, alarm.entry) == ("gap", seen)
    assert "builds on a checkpoint the team never saw" in witness.sentence(alarm, health.language.active())


def test_checkpoints_a_put_back_server_lost_are_given_back_before_the_next(team, desks, tmp_path):  # noqa: F811
    from tests.team.test_restore import _dump, _restore

    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    _work(counter, "Anna", 0)
    _sync_all([(counter, counter_link), (office, office_link)], 1)
    _dump(team, tmp_path / "last-night.dump")
    _work(counter, "Bea", 20)
    _sync_all([(counter, counter_link)], 21)  # a checkpoint the office never takes before the restore
    _restore(team, tmp_path / "last-night.dump")
    assert _sync_all([(counter, counter_link)], 22)[0].server_put_back  # gives back what the server lost
    _work(counter, "Cleo", 40)
    _sync_all([(counter, counter_link)], 41)  # its next checkpoint
    role = counter.conn.execute("SELECT role FROM team_link").fetchone()[0]
    assert _sync_all([(office, office_link)], 42)[0].alarms == 0
    assert witness.alarms(office) == [] and witness.alarms(counter) == []
    assert _checkpoints(office, role) == _checkpoints(counter, role) and len(_checkpoints(office, role)) == 3
