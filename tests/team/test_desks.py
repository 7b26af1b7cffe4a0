"""Two and three desks on one real PostgreSQL, each with its own SQLCipher vault, in one test process."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
import pytest

from crmdesk.core import vault
from crmdesk.core.errors import (
    IntegrityFailure,
    NotFound,
    OperationFailed,
    PermissionDenied,
    UsageError,
)
from crmdesk.core.imports import importing
from crmdesk.core.people import contacts, duplicates, search
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction
from crmdesk.core.privacy import erasure, restriction
from crmdesk.core.team import desk, sealing, server
from crmdesk.core.team.server import DeskLink
from crmdesk.core.vault import crypto
from tests.conftest import OWNER, PASSPHRASES, ROOT
from tests.support import TEST_PYTHONPATH

TEAM_KEY = bytes(range(1, 33))


@pytest.fixture
def desks(team, template_vault, tmp_path, failures):
    """``open_desk(name)``: a new desk (its own copy of the shop's vault, its own database role), linked."""
    opened = []

    def open_desk(name: str, before=None):
        path = tmp_path / f"{name}.crmvault"
        shutil.copytree(template_vault.path, path)
        session = vault.unlock(path, OWNER, PASSPHRASES[OWNER], failures=failures)
        if before is not None:  # what the desk did while it was still a desk of its own
            before(session)
        conninfo = team.desk()
        link = DeskLink(conninfo, team.vault)
        desk.link(session, conninfo, team.vault, 1, TEAM_KEY, link.state().generation)
        opened.append((session, link))
        return session, link

    yield open_desk
    for session, link in opened:
        link.close()
        session.close()


def _slot(public: bytes, key: bytes, vault: str, epoch: int, holder: str, old: bytes) -> server.KeySlot:
    """A user's copy of a new key, with a desk's word for it made with the key ``old`` before it."""
    return server.KeySlot(holder, public, sealing.seal_team_key(public, key, vault, epoch, holder,
                                                                sealing.key_change_proof(old, vault, epoch, key)))


def _names(session, text: str) -> list[str]:
    return [row.display_name for row in search.search_contacts(session, text).rows]


def _edit(session, contact_id: str, **fields) -> None:
    data = contacts.get_contact(session, contact_id).as_input()
    for name, value in fields.items():
        setattr(data, name, value)
    contacts.update_contact(session, contact_id, data)


def test_a_contact_added_at_one_desk_is_found_at_the_others(desks):
    (counter, counter_link), (office, office_link), (laptop, laptop_link) = (desks(n) for n in ("counter", "office",
                                                                                                 "laptop"))
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")], tags=["regular"]))
    assert desk.sync(counter, counter_link).sent >= 1
    for session, link in ((office, office_link), (laptop, laptop_link)):
        desk.sync(session, link)
        assert _names(session, "kowal") == ["Anna Kowalska"]  # the search index knows her too
        found = contacts.get_contact(session, anna.id)
        assert found.emails[0].value == "anna@example.org" and found.tags == ["regular"]
    for session in (counter, office, laptop):  # nothing waits: every desk holds what the server holds
        assert session.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0


def test_offline_edits_of_different_fields_both_stay(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _edit(counter, anna.id, notes="prefers mornings")  # both desks offline meanwhile
    _edit(office, anna.id, job_title="Baker", phones=[Labelled("+48 22 555 01 00")])
    desk.sync(counter, counter_link)
    done = desk.sync(office, office_link)  # meets the counter's newer revision: merges and sends the merge
    desk.sync(counter, counter_link)
    assert done.conflicts == 0
    for session in (counter, office):
        merged = contacts.get_contact(session, anna.id)
        assert (merged.notes, merged.job_title, [p.value for p in merged.phones]) == (
            "prefers mornings", "Baker", ["+48 22 555 01 00"])


def test_the_same_field_changed_at_two_desks_keeps_the_servers_value_and_the_other_for_review(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _edit(counter, anna.id, organisation="Piekarnia Słońce")
    _edit(office, anna.id, organisation="Kawiarnia Księżyc")
    desk.sync(counter, counter_link)  # first: the server's value
    assert desk.sync(office, office_link).conflicts == 1
    desk.sync(counter, counter_link)
    for session in (counter, office):
        assert contacts.get_contact(session, anna.id).organisation == "Piekarnia Słońce"
    kept = office.conn.execute("SELECT field, server, kept FROM team_conflicts").fetchall()
    assert [(f, json.loads(s), json.loads(k)) for f, s, k in kept] == [
        ("organisation", "Piekarnia Słońce", "Kawiarnia Księżyc")]


def test_an_erasure_racing_an_edit_at_another_desk_wins_and_leaves_no_trace(team, desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Zsófia", family_name="Canary",
                                                      emails=[Labelled("zsofia@example.org")]))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    erasure.erase(counter, anna.id)
    _edit(office, anna.id, notes="called about her order")  # made before the office heard of the erasure
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)  # its edit meets the tombstone: the erasure wins
    desk.sync(counter, counter_link)
    for session in (counter, office):
        assert _names(session, "canary") == []
        with pytest.raises(NotFound, match="erased"):  # gone for good, also at the desk that did not erase
            contacts.get_contact(session, anna.id)
        for table in ("team_outbox", "team_records", "team_conflicts"):
            rows = session.conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608
            assert "Canary" not in repr(rows) and "zsofia" not in repr(rows)
    with psycopg.connect(team.operator) as conn:  # the server keeps the tombstone, not the ciphertext
        assert conn.execute("SELECT erased FROM crmdesk.records WHERE id = %s", (anna.id,)).fetchone() == (True,)


def test_a_change_a_rule_here_refuses_is_held_for_review_not_applied(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    restriction.set_restricted(office, anna.id, True)  # Art. 18 at the office: only storage
    _edit(counter, anna.id, notes="newsletter sent")
    desk.sync(counter, counter_link)
    done = desk.sync(office, office_link)
    assert done.held == 1
    assert contacts.get_contact(office, anna.id).notes == ""
    assert office.conn.execute("SELECT field FROM team_conflicts").fetchall() == [(desk.WHOLE,)]


def test_a_change_is_queued_in_its_own_transaction_or_not_at_all(desks):
    counter, counter_link = desks("counter")
    desk.sync(counter, counter_link)
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna"))
    assert counter.conn.execute("SELECT id FROM team_outbox").fetchall() == [(anna.id,)]
    desk.sync(counter, counter_link)
    # An import's preview writes every contact and is rolled back: its places in the queue with it.
    preview = importing.import_contacts(counter, [(2, ContactInput(given_name="Jan", family_name="Nowak"))],
                                        dry_run=True)
    assert preview.added == 1
    assert counter.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0


def test_a_vault_of_one_desk_queues_nothing(open_as):
    owner = open_as(OWNER)
    contacts.add_contact(owner, ContactInput(given_name="Solo", family_name=str(uuid.uuid4())[:8]))
    assert owner.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0


@pytest.mark.slow
def test_a_desk_killed_while_it_syncs_loses_nothing_and_the_desks_agree(team, desks, tmp_path, failures):
    rng = random.Random(20261201)
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    rows = [(n, ContactInput(given_name=f"Customer{n}", family_name="Trial")) for n in range(2, 42)]
    importing.import_contacts(counter, rows)
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    path = Path(counter.paths.folder)
    counter.close()
    for trial in range(6):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.support.desk_child", str(path), OWNER, PASSPHRASES[OWNER],
             str(tmp_path / "child-failures.json"), counter_link.conninfo, team.vault],
            cwd=ROOT, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": TEST_PYTHONPATH})
        assert child.stdout.readline().strip() == "ready", f"trial {trial}: the desk did not start"
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        _edit(office, search.search_contacts(office, "Customer7").rows[0].id, job_title=f"trial {trial}")
        desk.sync(office, office_link)

    with vault.unlock(path, OWNER, PASSPHRASES[OWNER], failures=failures) as again:
        for _ in range(3):
            desk.sync(again, counter_link)
            desk.sync(office, office_link)
        assert again.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0
        assert office.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0
        everyone = [r[0] for r in again.conn.execute("SELECT id FROM contacts ORDER BY id")]
        assert everyone == [r[0] for r in office.conn.execute("SELECT id FROM contacts ORDER BY id")]
        for contact_id in everyone:
            assert desk.current(again, contact_id) == desk.current(office, contact_id), contact_id
        assert contacts.get_contact(office, search.search_contacts(office, "Customer7").rows[0].id).job_title == \
            "trial 5"  # the office's last edit, made while the counter was down, is everywhere


def _push_without_recording(session, link: DeskLink, contact_id: str) -> None:
    """What ``send`` does for one contact, up to the server's answer: then the desk dies."""
    team = desk.link_of(session)
    revision = session.conn.execute("SELECT revision FROM team_records WHERE id = ?", (contact_id,)).fetchone()[0]
    content = {**desk.current(session, contact_id), desk.SENDER: team.desk}
    blob = sealing.seal(TEAM_KEY, sealing.Binding(team.vault, "record", contact_id, revision + 1, team.epoch), content)
    assert link.push_record(contact_id, revision, team.epoch, blob).outcome == "stored"


def test_a_desk_that_died_after_the_server_took_its_change_builds_on_it_and_loses_no_later_edit(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    _edit(counter, anna.id, notes="first")
    _push_without_recording(counter, counter_link, anna.id)  # the server has "first"; the desk never heard
    _edit(counter, anna.id, notes="second")
    done = desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    assert done.conflicts == 0
    for session in (counter, office):
        assert contacts.get_contact(session, anna.id).notes == "second"
    assert counter.conn.execute("SELECT count(*) FROM team_conflicts").fetchone()[0] == 0


def test_a_merge_of_duplicates_at_one_desk_is_no_erasure_at_the_others(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")]))
    twin = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      phones=[Labelled("+48 22 555 01 00")]))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    add_interaction(office, twin.id, kind="visit", summary="Bought rye bread")  # the office's own history
    duplicates.merge(counter, anna.id, twin.id)
    desk.sync(counter, counter_link)
    done = desk.sync(office, office_link)
    assert done.held == 1  # kept, with a note to merge here too
    assert contacts.get_contact(office, twin.id).phones[0].value == "+48 22 555 01 00"
    assert office.conn.execute("SELECT count(*) FROM interactions WHERE summary = 'Bought rye bread'").fetchone() == (1,)
    assert office.conn.execute("SELECT count(*) FROM suppressions").fetchone() == (0,)
    assert contacts.get_contact(office, anna.id).phones[0].value == "+48 22 555 01 00"  # the merged record came


def test_a_held_change_is_kept_once_however_often_the_desk_syncs(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    restriction.set_hold(office, anna.id, True)
    _edit(office, anna.id, phones=[Labelled("+48 22 555 01 00")])
    _edit(counter, anna.id, notes="x", given_name="")  # clears a name: a loss the hold at the office refuses
    desk.sync(counter, counter_link)
    for _ in range(3):
        desk.sync(office, office_link)
    assert office.conn.execute("SELECT count(*) FROM team_conflicts").fetchone() == (1,)


def test_an_erasure_made_before_the_desks_were_linked_reaches_the_other_copies(desks, template_vault):
    # Both desks start from copies of one vault; the counter erased the customer before the team began.
    counter, counter_link = desks("counter", before=lambda s: erasure.erase(s, template_vault.contact_id))
    office, office_link = desks("office")
    desk.sync(office, office_link)  # the office sends the customer first
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    with pytest.raises(NotFound, match="erased"):
        contacts.get_contact(office, template_vault.contact_id)


def test_after_a_revocation_each_desk_takes_its_users_copy_of_the_new_key(team, desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    owner = counter.user.id
    new_key = bytes(range(100, 132))
    public = crypto.public_key_of(counter.private_key())
    server.revoke(team.admin, team.vault, 1, [_slot(public, new_key, team.vault, 2, owner, TEAM_KEY)], [])  # everyone but the owner loses the team
    _edit(counter, anna.id, notes="after the revocation")
    assert desk.sync(counter, counter_link).sent == 1  # sealed with the new key
    desk.sync(office, office_link)
    assert contacts.get_contact(office, anna.id).notes == "after the revocation"
    for session in (counter, office):
        assert session.conn.execute("SELECT epoch FROM team_link").fetchone() == (2,)
        assert session.conn.execute("SELECT key FROM team_keys WHERE epoch = 2").fetchone() == (new_key,)


def test_a_desk_removed_while_another_syncs_costs_that_desk_nothing(team, desks):
    """The key changes between the counter's look at the server and its push: the server refuses what was
    sealed with the old key; the counter takes the new key and sends it again in the same sync."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _edit(counter, anna.id, notes="written while a desk was removed")
    new_key, owner = bytes(range(100, 132)), counter.user.id
    public = crypto.public_key_of(counter.private_key())
    real_push, pushes = counter_link.push_records, []

    def push_records(records, epoch, seen=None):
        pushes.append(epoch)
        if len(pushes) == 1:  # meanwhile, at another desk, a desk is removed
            server.revoke(team.admin, team.vault, 1, [_slot(public, new_key, team.vault, 2, owner, TEAM_KEY)], [])
        return real_push(records, epoch, seen)

    counter_link.push_records = push_records
    done = desk.sync(counter, counter_link)
    assert pushes == [1, 2] and done.sent == 1
    desk.sync(office, office_link)
    assert contacts.get_contact(office, anna.id).notes == "written while a desk was removed"
    with psycopg.connect(team.operator) as conn:
        assert conn.execute("SELECT key_epoch FROM crmdesk.records WHERE id = %s", (anna.id,)).fetchone() == (2,)


def test_a_user_given_no_copy_of_the_new_key_is_told_so(team, desks):
    counter, counter_link = desks("counter")
    desk.sync(counter, counter_link)
    stranger = str(uuid.uuid4())
    public = crypto.public_key_of(crypto.new_keypair()[0])
    server.revoke(team.admin, team.vault, 1, [server.KeySlot(stranger, public, sealing.seal_team_key(
        public, TEAM_KEY, team.vault, 2, stranger))], [])
    with pytest.raises(PermissionDenied, match="no copy"):
        desk.sync(counter, counter_link)


def test_the_server_cannot_erase_anyone(team, desks):
    """Whoever runs the server marks a contact erased, with no desk's sealed word for it: the desks refuse."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    with psycopg.connect(team.operator) as conn:
        head = conn.execute("UPDATE crmdesk.vaults SET head = head + 1 RETURNING head").fetchone()[0]
        conn.execute("UPDATE crmdesk.records SET erased = true, blob = 'x', seq = %s WHERE id = %s", (head, anna.id))
    with pytest.raises(IntegrityFailure):
        desk.sync(office, office_link)
    assert contacts.get_contact(office, anna.id).given_name == "Anna"


def test_a_desk_offline_across_two_key_changes_takes_both_keys(team, desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    owner = counter.user.id
    public = crypto.public_key_of(counter.private_key())
    keys = {2: bytes(range(100, 132)), 3: bytes(range(150, 182))}
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    server.revoke(team.admin, team.vault, 1, [_slot(public, keys[2], team.vault, 2, owner, TEAM_KEY)], [])
    desk.sync(counter, counter_link)  # Anna sealed under epoch 2
    server.revoke(team.admin, team.vault, 2, [_slot(public, keys[3], team.vault, 3, owner, keys[2])], [])
    desk.sync(office, office_link)  # offline meanwhile: both keys at once
    assert contacts.get_contact(office, anna.id).family_name == "Kowalska"
    assert office.conn.execute("SELECT epoch FROM team_keys ORDER BY epoch").fetchall() == [(1,), (2,), (3,)]


def test_a_desk_links_once_and_comes_back_after_the_server_dropped_it(team, desks):
    counter, counter_link = desks("counter")
    desk.sync(counter, counter_link)
    with pytest.raises(UsageError, match="already"):
        desk.link(counter, "host=elsewhere", team.vault, 1, TEAM_KEY, str(uuid.uuid4()))
    with psycopg.connect(team.operator, autocommit=True) as conn:  # the server restarts, say
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = current_user"
                     " AND pid <> pg_backend_pid() OR usename LIKE 'desk_%'")
    contacts.add_contact(counter, ContactInput(given_name="Jan", family_name="Nowak"))
    with pytest.raises(OperationFailed, match="did not answer"):
        desk.sync(counter, counter_link)
    assert desk.sync(counter, counter_link).sent == 1  # the next sync finds the server again


def test_a_contact_too_large_to_send_waits_and_the_others_go(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    huge = contacts.add_contact(counter, ContactInput(given_name="Huge", notes="𝄞" * 130_000, job_title="𝄞" * 130_000,
                                                      organisation="𝄞" * 130_000))
    jan = contacts.add_contact(counter, ContactInput(given_name="Jan", family_name="Nowak"))
    done = desk.sync(counter, counter_link)
    assert done.too_large == [huge.id] and done.sent == 1
    desk.sync(office, office_link)
    assert contacts.get_contact(office, jan.id).family_name == "Nowak"
    assert counter.conn.execute("SELECT id FROM team_outbox").fetchall() == [(huge.id,)]


def test_a_person_erased_here_does_not_come_back_from_another_desk_without_a_word(desks):
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska",
                                                      emails=[Labelled("anna@example.org")]))
    desk.sync(counter, counter_link)
    erasure.erase(counter, anna.id)  # the counter's erasure has not reached the office yet
    again = importing.import_contacts(office, [(2, ContactInput(given_name="Anna", family_name="Kowalska",
                                                                emails=[Labelled("anna@example.org")]))],
                                      duplicates="new")
    assert again.added == 1
    desk.sync(office, office_link)
    done = desk.sync(counter, counter_link)
    assert done.held == 1  # held for a person to decide, as adding her by hand is refused
    assert _names(counter, "kowalska") == []


def test_whoever_runs_the_server_cannot_slip_the_desks_a_key_of_its_own_or_an_old_one(team, desks):
    """The operator knows every user's public key: it seals a key of its own to them and raises the epoch.
    No desk's word comes with it, so the desks refuse it; nor do they go back to an older key."""
    counter, counter_link = desks("counter")
    desk.sync(counter, counter_link)
    owner, public = counter.user.id, crypto.public_key_of(counter.private_key())
    planted = bytes(range(200, 232))
    with psycopg.connect(team.operator) as conn:
        conn.execute("UPDATE crmdesk.vaults SET key_epoch = 2")
        conn.execute("INSERT INTO crmdesk.key_slots (vault, epoch, holder, public_key, sealed) VALUES (%s, 2, %s, %s, %s)",
                     (team.vault, owner, public, sealing.seal_team_key(public, planted, team.vault, 2, owner)))
    with pytest.raises(IntegrityFailure, match="not made by a desk"):
        desk.sync(counter, counter_link)
    assert counter.conn.execute("SELECT epoch FROM team_keys").fetchall() == [(1,)]
    with psycopg.connect(team.operator) as conn:
        conn.execute("DELETE FROM crmdesk.key_slots WHERE epoch = 2")
        conn.execute("UPDATE crmdesk.vaults SET key_epoch = 1")
    server.revoke(team.admin, team.vault, 1, [_slot(public, bytes(range(100, 132)), team.vault, 2, owner, TEAM_KEY)], [])
    desk.sync(counter, counter_link)  # a real change of key, with a desk's word: taken
    with psycopg.connect(team.operator) as conn:
        conn.execute("UPDATE crmdesk.vaults SET key_epoch = 1")  # back to the key a removed desk still holds
    with pytest.raises(IntegrityFailure, match="older team key"):
        desk.sync(counter, counter_link)


def test_a_contact_erased_while_a_desk_takes_its_pages_is_not_brought_back(desks, monkeypatch):
    """The office takes Eve on one page; the counter erases her before the next. The office reads only up to
    the number it checked at the start, so the erasure comes with its next sync, finds her written, erases
    her here too, and no trace of her is left."""
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    eve = contacts.add_contact(counter, ContactInput(given_name="Eve", family_name="Canary",
                                                     emails=[Labelled("eve@example.org")]))
    contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    monkeypatch.setattr(desk, "PULL_BATCH", 1)  # a page a change, all in one operation
    monkeypatch.setattr(desk, "PAGES_AT_ONCE", 1000)
    real_pull = office_link.pull

    def pull(after, limit=1000, upto=None):
        got = real_pull(after, limit, upto)
        if any(change.id == eve.id and change.item == "record" for change in got):
            erasure.erase(counter, eve.id)  # meanwhile, at the counter
            desk.sync(counter, counter_link)
        return got

    monkeypatch.setattr(office_link, "pull", pull)
    desk.sync(office, office_link)
    desk.sync(office, office_link)
    assert _names(office, "canary") == []
    with pytest.raises(NotFound, match="erased"):
        contacts.get_contact(office, eve.id)
