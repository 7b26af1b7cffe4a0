"""The team server on a real PostgreSQL: ciphertext only, order without gaps, conflicts, erasure, keys."""

from __future__ import annotations

import subprocess
import threading
import uuid

import psycopg
import pytest

from crmdesk.core.errors import IntegrityFailure, PermissionDenied
from crmdesk.core.team import sealing
from crmdesk.core.team.sealing import Binding
from crmdesk.core.team.server import DeskLink, create_vault

TEAM_KEY = bytes(range(32))
CANARY = "Zsófia Kovács-Canary-7f3e"


def _contact(team, link: DeskLink, record: str, base: int, content: dict) -> sealing.Binding:
    binding = Binding(team.vault, "record", record, base + 1, 1)
    answer = link.push_record(record, base, 1, sealing.seal(TEAM_KEY, binding, content))
    assert answer.outcome == "stored" and answer.revision == base + 1
    return binding


def test_what_one_desk_pushes_another_reads_and_the_server_never_sees(team):
    record = str(uuid.uuid4())
    note = {"name": CANARY, "email": "canary-7f3e@example.org", "note": "allergic to nuts"}
    with DeskLink(team.desk(), team.vault) as counter, DeskLink(team.desk(), team.vault) as office:
        _contact(team, counter, record, 0, note)
        event = str(uuid.uuid4())
        counter.push_event(event, 1, sealing.seal(TEAM_KEY, Binding(team.vault, "event", event, 0, 1),
                                                  {"consent": "withdrawn", "by": CANARY}))
        pulled = office.pull(0)
    assert [(c.seq, c.item) for c in pulled] == [(1, "record"), (2, "event")]
    assert sealing.unseal(TEAM_KEY, Binding(team.vault, "record", record, 1, 1), pulled[0].blob) == note

    # The operator reads every row of every table, and a dump of the database: not a byte of the contact.
    with psycopg.connect(team.admin) as conn:
        tables = [t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'crmdesk'")]
        rows = b"".join(repr(conn.execute(f"SELECT * FROM crmdesk.{t}").fetchall()).encode() for t in tables)
    dump = subprocess.run([team.cluster.tool("pg_dump"), "--data-only", team.admin], check=True, capture_output=True).stdout
    for canary in (b"Canary-7f3e", b"canary-7f3e", b"allergic", "Zsófia".encode()):
        assert canary not in rows and canary not in dump
    assert len(pulled[0].blob) % sealing.PAD == 1 + 12 + 16  # padded: the length tells little


def test_a_blob_opens_only_where_it_was_sealed():
    binding = Binding("v", "record", "r1", 2, 1)
    blob = sealing.seal(TEAM_KEY, binding, {"name": CANARY})
    assert sealing.unseal(TEAM_KEY, binding, blob) == {"name": CANARY}
    for elsewhere in (Binding("v", "record", "r2", 2, 1), Binding("v", "record", "r1", 1, 1),
                      Binding("v", "record", "r1", 2, 2), Binding("w", "record", "r1", 2, 1),
                      Binding("v", "event", "r1", 2, 1)):
        with pytest.raises(IntegrityFailure):
            sealing.unseal(TEAM_KEY, elsewhere, blob)
    with pytest.raises(IntegrityFailure):
        sealing.unseal(TEAM_KEY, binding, blob[:-1] + bytes([blob[-1] ^ 1]))


def test_a_write_that_commits_last_is_never_skipped_by_a_desk_that_read_in_between(team):
    """With a plain sequence, a transaction that took number 1 and commits after the one that took 2 is
    lost to a desk that read 2 in between and asks for "after 2" next. Here the second writer waits
    for the first, so numbers become visible in order."""
    first_id, second_id = str(uuid.uuid4()), str(uuid.uuid4())
    reader, second = DeskLink(team.desk(), team.vault), DeskLink(team.desk(), team.vault)
    first = psycopg.connect(team.desk())  # a push whose transaction stays open
    first.execute("SELECT * FROM crmdesk.push_record(%s, %s, 0, 1, %s)", (team.vault, first_id, b"1"))
    team.desk()  # adding a desk meanwhile does not wait for the push
    second_done = threading.Thread(target=lambda: second.push_record(second_id, 0, 1, b"2"))
    second_done.start()
    with psycopg.connect(team.admin, autocommit=True) as watch:  # the second push waits on the vault's lock
        for _ in range(500):
            waiting = watch.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                    "AND wait_event_type = 'Lock'").fetchone()[0]
            if waiting:
                break
            watch.execute("SELECT pg_sleep(0.01)")
        assert waiting == 1
    assert reader.pull(0) == []  # nothing committed yet, nothing seen
    first.commit()
    second_done.join(10)
    seen = reader.pull(0, limit=1)
    assert [(c.seq, c.id) for c in seen] == [(1, first_id)]
    assert [(c.seq, c.id) for c in reader.pull(seen[-1].seq)] == [(2, second_id)]
    for link in (reader, second):
        link.close()
    first.close()


def test_a_push_on_an_old_revision_is_a_conflict_and_nothing_is_written(team):
    record = str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter, DeskLink(team.desk(), team.vault) as office:
        _contact(team, counter, record, 0, {"name": "Anna", "phone": "1"})
        stale = office.push_record(record, 0, 1, b"office's own first revision")
        assert stale.outcome == "conflict" and stale.revision == 1
        assert sealing.unseal(TEAM_KEY, Binding(team.vault, "record", record, 1, 1), stale.blob)["phone"] == "1"
        assert office.state()[0] == 1  # the refused push took no number
        _contact(team, office, record, 1, {"name": "Anna", "phone": "2"})  # merged, based on revision 1
        assert [(c.seq, c.revision) for c in counter.pull(1)] == [(2, 2)]


def test_an_erasure_is_final_and_leaves_no_ciphertext(team):
    record = str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter, DeskLink(team.desk(), team.vault) as office:
        _contact(team, counter, record, 0, {"name": CANARY})
        counter.erase_record(record, 1)
        late = office.push_record(record, 1, 1, b"an edit made offline before the erasure")
        assert late.outcome == "erased"
        tombstone = office.pull(0)
        assert [(c.item, c.id, c.blob) for c in tombstone] == [("record", record, None)]
    with psycopg.connect(team.admin) as conn:
        assert conn.execute("SELECT blob FROM crmdesk.records WHERE id = %s", (record,)).fetchone() == (None,)


def test_a_ledger_event_sent_twice_is_one_event(team):
    event = str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter:
        first = counter.push_event(event, 1, b"sealed event")
        again = counter.push_event(event, 1, b"sealed event")  # the answer to the first was lost
        assert first == again == 1 and counter.state()[0] == 1
        assert len(counter.pull(0)) == 1


def test_a_write_under_an_old_key_epoch_is_refused(team):
    with psycopg.connect(team.admin) as conn:
        conn.execute("UPDATE crmdesk.vaults SET key_epoch = 2 WHERE id = %s", (team.vault,))
    with DeskLink(team.desk(), team.vault) as counter:
        with pytest.raises(PermissionDenied, match="team key has changed"):
            counter.push_record(str(uuid.uuid4()), 0, 1, b"sealed under epoch 1")
        assert counter.state()[:2] == (0, 2)  # nothing written
        assert counter.push_record(str(uuid.uuid4()), 0, 2, b"sealed under epoch 2").outcome == "stored"


def test_a_desk_reaches_its_own_vault_only_and_no_table(team):
    other = create_vault(team.admin)
    with DeskLink(team.desk(), team.vault) as counter:
        _contact(team, counter, str(uuid.uuid4()), 0, {"name": CANARY})
    stranger = team.desk(other)
    with DeskLink(stranger, team.vault) as link:  # another vault's desk names this vault
        assert link.pull(0) == []
        with pytest.raises(PermissionDenied):
            link.push_record(str(uuid.uuid4()), 0, 1, b"x")
    with psycopg.connect(stranger) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM crmdesk.records")
