"""The team server on a real PostgreSQL: ciphertext only, order without gaps, conflicts, erasure, keys."""

from __future__ import annotations

import subprocess
import threading
import uuid

import psycopg
import pytest

from crmdesk.core.errors import IntegrityFailure, OperationFailed, PermissionDenied
from crmdesk.core.team import sealing, server
from crmdesk.core.team.sealing import Binding
from crmdesk.core.team.server import DeskLink, create_vault
from tests.team.conftest import new_team_database

TEAM_KEY = bytes(range(32))
CANARY = "Zsófia Kovács-Canary-7f3e"


def _wait_for_a_lock(team) -> None:
    """Until one session waits on a lock in the team's database (as the operator sees it)."""
    with psycopg.connect(team.operator, autocommit=True) as watch:
        for _ in range(1000):
            waiting = watch.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                    "AND wait_event_type = 'Lock'").fetchone()[0]
            if waiting:
                break
            watch.execute("SELECT pg_sleep(0.01)")
        assert waiting == 1


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
    with psycopg.connect(team.operator) as conn:
        tables = [t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'crmdesk'")]
        rows = b"".join(repr(conn.execute(f"SELECT * FROM crmdesk.{t}").fetchall()).encode() for t in tables)
    dump = subprocess.run([team.cluster.tool("pg_dump"), "--data-only", team.operator], check=True, capture_output=True).stdout
    for canary in (b"Canary-7f3e", b"canary-7f3e", b"allergic", "Zsófia".encode()):
        assert canary not in rows and canary not in dump
    assert len(pulled[0].blob) % sealing.PAD == 1 + 12 + 16  # padded: the length tells little


def test_a_blob_opens_only_where_it_was_sealed():
    v, w, r1, r2 = (str(uuid.uuid4()) for _ in range(4))
    binding = Binding(v, "record", r1, 2, 1)
    blob = sealing.seal(TEAM_KEY, binding, {"name": CANARY})
    assert sealing.unseal(TEAM_KEY, binding, blob) == {"name": CANARY}
    assert sealing.unseal(TEAM_KEY, Binding(v.upper(), "record", r1.replace("-", ""), 2, 1), blob)  # one id
    for elsewhere in (Binding(v, "record", r2, 2, 1), Binding(v, "record", r1, 1, 1),
                      Binding(v, "record", r1, 2, 2), Binding(w, "record", r1, 2, 1),
                      Binding(v, "event", r1, 2, 1)):
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
    _wait_for_a_lock(team)  # the second push waits on the vault's lock
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
        assert office.state().head == 1  # the refused push took no number
        _contact(team, office, record, 1, {"name": "Anna", "phone": "2"})  # merged, based on revision 1
        assert [(c.seq, c.revision) for c in counter.pull(1)] == [(2, 2)]


def test_an_erasure_is_final_and_leaves_no_ciphertext(team):
    record = str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter, DeskLink(team.desk(), team.vault) as office:
        _contact(team, counter, record, 0, {"name": CANARY})
        proof = sealing.seal_erasure(TEAM_KEY, team.vault, record, 1)
        counter.erase_record(record, 1, proof)
        late = office.push_record(record, 1, 1, b"an edit made offline before the erasure")
        assert late.outcome == "erased" and late.blob == proof
        tombstone = office.pull(0)
        assert [(c.item, c.id, c.blob) for c in tombstone] == [("erasure", record, proof)]
        sealing.check_erasure(TEAM_KEY, team.vault, record, 1, tombstone[0].blob)
        with pytest.raises(IntegrityFailure):  # the word for one record erases no other
            sealing.check_erasure(TEAM_KEY, team.vault, str(uuid.uuid4()), 1, proof)
    with psycopg.connect(team.operator) as conn:  # the contact's ciphertext is gone
        assert conn.execute("SELECT erased, blob FROM crmdesk.records WHERE id = %s", (record,)).fetchone() == (
            True, proof)


def test_a_ledger_event_sent_twice_is_one_event(team):
    event = str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter:
        first = counter.push_event(event, 1, b"sealed event")
        again = counter.push_event(event, 1, b"sealed event")  # the answer to the first was lost
        assert first == again == 1 and counter.state().head == 1
        assert len(counter.pull(0)) == 1


def test_a_write_under_an_old_key_epoch_is_refused(team):
    with psycopg.connect(team.admin) as conn:  # the administrator, no superuser, changes the key epoch
        assert conn.execute("UPDATE crmdesk.vaults SET key_epoch = 2 WHERE id = %s", (team.vault,)).rowcount == 1
    with DeskLink(team.desk(), team.vault) as counter:
        with pytest.raises(PermissionDenied, match="team key has changed"):
            counter.push_record(str(uuid.uuid4()), 0, 1, b"sealed under epoch 1")
        assert (counter.state().head, counter.state().epoch) == (0, 2)  # nothing written
        assert counter.push_record(str(uuid.uuid4()), 0, 2, b"sealed under epoch 2").outcome == "stored"


def test_a_desk_reaches_its_own_vault_only_and_no_table(team):
    other = create_vault(team.admin)
    with DeskLink(team.desk(), team.vault) as counter:
        _contact(team, counter, str(uuid.uuid4()), 0, {"name": CANARY})
    stranger = team.desk(other)
    with DeskLink(stranger, team.vault) as link:  # another vault's desk names this vault
        with pytest.raises(PermissionDenied):
            link.pull(0)
        with pytest.raises(PermissionDenied):
            link.push_record(str(uuid.uuid4()), 0, 1, b"x")
    with psycopg.connect(stranger) as conn:
        for forbidden in ("SELECT * FROM crmdesk.records", "SELECT crmdesk.take_seq(%s)",
                          "SELECT crmdesk.lock_vault(%s, 1)", "INSERT INTO crmdesk.desks VALUES (1, %s)",
                          "SELECT * FROM crmdesk.invitations", "SELECT * FROM crmdesk.key_slots"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(forbidden, (team.vault,) if "%s" in forbidden else None)
            conn.rollback()


def test_another_teams_administrator_cannot_even_connect(team):
    other_database, other_admin = new_team_database(team.cluster)
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(team.cluster.conninfo(user=other_admin, dbname=team.dbname))
    with psycopg.connect(team.cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {other_database} WITH (FORCE)")


def test_a_removed_desks_name_given_again_does_not_bring_its_vault_back(team):
    role = f"desk_{uuid.uuid4().hex[:12]}"
    server.add_desk(team.admin, team.vault, role)
    server.remove_desk(team.admin, role)
    with psycopg.connect(team.admin, autocommit=True) as conn:  # a role of the same name, in the desk group
        conn.execute(f"CREATE ROLE {role} LOGIN IN ROLE {server.role_names(team.dbname)['desk']} PASSWORD 'again'")
    with DeskLink(team.cluster.conninfo(user=role, dbname=team.dbname) + " password=again", team.vault) as link:
        with pytest.raises(PermissionDenied):
            link.pull(0)


def test_an_empty_or_missing_blob_is_refused_and_an_event_sent_again_keeps_its_first_form(team):
    record, event = str(uuid.uuid4()), str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter:
        for blob in (None, b""):  # a missing blob would read as an erasure to the other desks
            with pytest.raises(OperationFailed, match="malformed"):
                counter.push_record(record, 0, 1, blob)
        counter.push_event(event, 1, b"sealed once")
        assert counter.push_event(event, 1, b"sealed again, with another nonce") == 1  # sent again after a crash
        assert counter.state().head == 1 and [c.blob for c in counter.pull(0)] == [b"sealed once"]


def test_an_erasure_takes_the_persons_events_with_it_and_refuses_new_ones(team):
    person, other = str(uuid.uuid4()), str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter:
        counter.push_record(person, 0, 1, b"sealed person")
        counter.push_events([(str(uuid.uuid4()), person, b"their consent"), (str(uuid.uuid4()), other, b"other")], 1)
        counter.erase_record(person, 1, b"sealed word")
        assert counter.push_event(str(uuid.uuid4()), 1, b"a late consent", subject=person) is None
        assert sorted(c.blob for c in counter.pull(0)) == [b"other", b"sealed word"]


def test_a_desk_may_forget_an_interaction_on_the_server_and_no_desk_a_consent_decision(team):
    """A withdrawal another desk has not taken yet stays on the server whatever a desk asks."""
    withdrawal, call = str(uuid.uuid4()), str(uuid.uuid4())
    with DeskLink(team.desk(), team.vault) as counter, DeskLink(team.desk(), team.vault) as office:
        counter.push_events([(withdrawal, None, b"a withdrawal"), (call, None, b"a call")], 1, forgettable=[False, True])
        assert office.forget_events([withdrawal, call], 1) == 1
        assert [c.blob for c in office.pull(0)] == [b"a withdrawal"]


def test_a_desk_that_holds_the_vault_too_long_is_stopped_and_the_others_go_on(team):
    holder = psycopg.connect(team.desk())
    holder.execute("SELECT * FROM crmdesk.push_record(%s, %s, 0, 1, %s)", (team.vault, str(uuid.uuid4()), b"1"))
    with DeskLink(team.desk(), team.vault) as counter:
        counter.conn.execute("SET lock_timeout = '200ms'")  # 15 s in use; shorter here
        counter.conn.commit()
        with pytest.raises(OperationFailed, match="did not answer"):
            counter.push_record(str(uuid.uuid4()), 0, 1, b"2")
        holder.rollback()
        assert counter.push_record(str(uuid.uuid4()), 0, 1, b"2").outcome == "stored"
    holder.close()


def test_revoking_a_user_is_a_new_key_for_the_others_and_the_end_of_their_desk(team):
    """Revocation during sync: a push that holds the vault's lock ends first under the old key; the
    revocation follows; every later push under the old key is refused, and the revoked desk is gone."""
    from crmdesk.core.vault import crypto

    users = {name: (str(uuid.uuid4()), *crypto.new_keypair()) for name in ("maria", "jonas", "zofia")}
    revoked_role = f"desk_{uuid.uuid4().hex[:12]}"
    server.add_desk(team.admin, team.vault, revoked_role)
    mid_push = psycopg.connect(team.desk())
    before = str(uuid.uuid4())
    mid_push.execute("SELECT * FROM crmdesk.push_record(%s, %s, 0, 1, %s)", (team.vault, before, b"epoch 1"))

    new_key = crypto.random_key()
    slots = [server.KeySlot(uid, public, sealing.seal_team_key(public, new_key, team.vault, 2, uid))
             for name, (uid, _private, public) in users.items() if name != "zofia"]
    revoking = threading.Thread(target=lambda: server.revoke(team.admin, team.vault, 1, slots, [revoked_role]))
    revoking.start()
    _wait_for_a_lock(team)  # the revocation waits for the push
    mid_push.commit()  # which ends first, under epoch 1
    revoking.join(10)
    mid_push.close()

    with DeskLink(team.desk(), team.vault) as office:
        assert office.state().epoch == 2
        with pytest.raises(PermissionDenied, match="team key has changed"):
            office.push_record(str(uuid.uuid4()), 0, 1, b"sealed with the old key")
        held = office.key_slots(2)
        assert set(held) == {users["maria"][0], users["jonas"][0]}  # zofia has no copy of the new key
        uid, private, _public = users["jonas"]
        assert sealing.open_team_key(private, held[uid], team.vault, 2, uid)[0] == new_key
        with pytest.raises(IntegrityFailure):  # a slot moved to another user does not open
            sealing.open_team_key(users["maria"][1], held[uid], team.vault, 2, users["maria"][0])
        assert [(c.id, c.epoch) for c in office.pull(0)] == [(before, 1)]  # re-sealed later by the desks
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(team.cluster.conninfo(user=revoked_role, dbname=team.dbname))
    with pytest.raises(PermissionDenied, match="meanwhile"):  # a second revocation from the old epoch
        server.revoke(team.admin, team.vault, 1, slots, [])


def test_only_an_administrator_makes_a_new_key(team):
    with psycopg.connect(team.desk()) as desk, pytest.raises(psycopg.errors.InsufficientPrivilege):
        desk.execute("SELECT crmdesk.new_key_epoch(%s, 1, ARRAY[%s]::uuid[], ARRAY['k'::bytea], ARRAY[NULL]::oid[],"
                     " ARRAY['x'::bytea], ARRAY[NULL]::bytea[])",
                     (team.vault, str(uuid.uuid4())))


def test_a_desk_waiting_is_woken_by_another_desks_write_and_not_by_its_own(team):
    with DeskLink(team.desk(), team.vault) as waiting, DeskLink(team.desk(), team.vault) as writing:
        assert waiting.wait_for_change(0.1) is False  # nothing written: the wait ends with its time
        waiting.push_record(str(uuid.uuid4()), 0, 1, b"its own")
        assert waiting.wait_for_change(0.5) is False  # its own write is no news to it
        woken = []
        listener = threading.Thread(target=lambda: woken.append(waiting.wait_for_change(60)))
        listener.start()  # listening since its first wait: a wake-up sent before it waits again is kept
        writing.push_record(str(uuid.uuid4()), 0, 1, b"another desk's")
        listener.join(60)
        assert woken == [True]


def test_a_database_of_any_name_gets_roles_of_plain_letters():
    for database in ("crmdesk_team", "o'brien crm", "Bäckerei", "x" * 41):
        for name in server.role_names(database).values():
            assert name.replace("_", "").isalnum() and name.isascii() and name == name.lower() and len(name) <= 63
    assert server.role_names("crmdesk_team")["admin"] == "crmdesk_admin_crmdesk_team"


def test_a_server_that_answers_and_takes_no_login_says_why_in_one_sentence(team):
    """Not "cannot be reached" when the server answered, and never "removed" for a desk that was not."""
    conninfo = team.desk()
    role = psycopg.conninfo.conninfo_to_dict(conninfo)["user"]
    wrong_database = psycopg.conninfo.make_conninfo(conninfo, dbname="no_such_team")
    with pytest.raises(OperationFailed, match="has no database of the name in the server address"):
        DeskLink(wrong_database, team.vault)
    other_database, other_admin = new_team_database(team.cluster, install=False)
    try:  # another team's administrator, given this team's address
        with pytest.raises(OperationFailed, match="does not let that user use the database"):
            server.desks_of(team.cluster.conninfo(user=other_admin, dbname=team.dbname), team.vault)
    finally:
        with psycopg.connect(team.operator, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {other_database} WITH (FORCE)")
    with psycopg.connect(team.operator, autocommit=True) as conn:
        conn.execute(f"ALTER ROLE {role} CONNECTION LIMIT 0")  # every connection of the desk taken
    with pytest.raises(OperationFailed, match="allows that user, or its database, no more connections") as refused:
        DeskLink(conninfo, team.vault)
    assert not isinstance(refused.value, server.DeskRefused)
    with psycopg.connect(team.operator, autocommit=True) as conn:
        conn.execute(f"ALTER ROLE {role} CONNECTION LIMIT -1")

    hba = team.cluster.base / "data" / "pg_hba.conf"
    before = hba.read_text()
    try:  # the shop's IT person left out the desks' lines
        hba.write_text("local all postgres trust\nlocal all +shop_admins trust\n")
        with psycopg.connect(team.cluster.conninfo(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        with pytest.raises(OperationFailed, match="pg_hba.conf has no line for it"):
            DeskLink(conninfo, team.vault)
    finally:
        hba.write_text(before)
        with psycopg.connect(team.cluster.conninfo(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
    DeskLink(conninfo, team.vault).close()  # and in again once it is put right
