"""Setting up a team as a shop does it, from the command line: the owner starts it at the first desk,
invites the others, each joins from a vault of its own with its one-time code, and a lost laptop is
removed. Real PostgreSQL, real vaults, the CLI in process."""

from __future__ import annotations

import json
import subprocess

import psycopg
import pytest

from crmdesk.core import vault
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.team import joining
from tests.conftest import CHEAP_KDF, OWNER, PASSPHRASES
from tests.team.conftest import new_vault


@pytest.fixture
def new_desk(tmp_path, cli):
    """``new_desk(name)``: a vault of its own, as `crmdesk init` makes it at a new desk; a ``run`` for the
    CLI against it as its owner."""

    def make(name: str):
        owner = f"{name}_owner"
        path = tmp_path / f"{name}.crmvault"
        vault.create_vault(path, owner_name=owner, passphrase=f"{owner} passphrase", organisation="Bäckerei",
                           kdf=CHEAP_KDF)

        def run(*args: str, **kwargs):
            return cli(*args, vault=path, user=owner, passphrase=f"{owner} passphrase", **kwargs)

        run.path, run.owner = path, owner
        return run

    return make


def _json(result) -> dict:
    assert result.code == 0, result.err
    return json.loads(result.out)


def _invite(cli, name: str, **env) -> str:
    return _json(cli("team", "invite", name, "--json", user=OWNER, **env))["code"]


def _names(vault_path, user: str, passphrase: str, failures) -> set[str]:
    with vault.unlock(vault_path, user, passphrase, failures=failures) as session:
        return {c.display_name for c in contacts.list_contacts(session).rows}


def test_a_team_of_three_desks_is_set_up_from_the_command_line(cli, bare_database, new_desk, vault_path, failures):
    started = cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER)
    assert started.code == 0, started.err
    assert "counter" in started.out and "1 contact waits to be sent" in started.out
    assert "'crmdesk team ca > desks-ca.crt'" in started.out and "scram-sha-256 clientcert=verify-full" in started.out
    authority = cli("team", "ca", user=OWNER)
    assert authority.code == 0 and authority.out.startswith("-----BEGIN CERTIFICATE-----\n")
    assert "Sent 1, received 0" in cli("team", "sync", user=OWNER).out

    office, laptop = new_desk("office"), new_desk("laptop")
    for desk in (office, laptop):
        code = _invite(cli, desk.path.stem)
        assert code.startswith(joining.CODE_PREFIX) and "passphrase" not in code
        joined = desk("team", "join", env={"CRMDESK_INVITATION": code})
        assert joined.code == 0, joined.err
        assert f"desk {desk.path.stem} of the team" in joined.out and "1 contact received" in joined.out

    added = laptop("contact", "add", "--given", "Ewa", "--family", "Nowak")
    assert added.code == 0, added.err
    assert "Sent 1" in laptop("team", "sync").out
    for run in (cli, office):
        run("team", "sync", **({"user": OWNER} if run is cli else {}))
    assert _names(vault_path, OWNER, PASSPHRASES[OWNER], failures) == {"Theo Template", "Ewa Nowak"}
    assert _names(office.path, office.owner, "office_owner passphrase", failures) == {"Theo Template", "Ewa Nowak"}

    status = _json(office("team", "status", "--json"))
    assert status["desk"] == "office" and status["waiting"] == 0 and status["conflicts"] == 0
    assert [(d["name"], d["this"]) for d in status["desks"]] == [("counter", False), ("office", True),
                                                                 ("laptop", False)]
    human = office("team", "status").out
    assert "Desk office of the team on" in human and "0 changes wait to be sent." in human


def test_an_invitation_code_is_worth_nothing_once_used_or_expired(cli, bare_database, new_desk, cluster):
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    office, again, late = new_desk("office"), new_desk("again"), new_desk("late")
    code = _invite(cli, "office")
    assert office("team", "join", "--no-sync", env={"CRMDESK_INVITATION": code}).code == 0
    used = again("team", "join", env={"CRMDESK_INVITATION": code})
    assert used.code == 3 and "used already" in used.err and "Traceback" not in used.err
    entries = _json(again("audit", "list", "--json"))  # a refused code leaves nothing of a join behind
    assert not [e for e in entries if e["action"].startswith("team.")], entries
    assert again("team", "status").out.startswith("This vault is a desk of its own")

    late_code = _invite(cli, "late")
    with psycopg.connect(cluster.conninfo(dbname=psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"])) as conn:
        conn.execute("UPDATE crmdesk.invitations SET expires_at = now() - interval '1 minute'")
    expired = late("team", "join", env={"CRMDESK_INVITATION": late_code})
    assert expired.code == 4 and "expired" in expired.err
    assert late("team", "status").out.startswith("This vault is a desk of its own")  # nothing was half done

    cut = code[:-10]
    broken = late("team", "join", env={"CRMDESK_INVITATION": cut})
    assert broken.code == 2 and "not a whole crmdesk invitation code" in broken.err


def test_a_vault_copied_from_another_desk_cannot_join(cli, bare_database, tmp_path, template_vault):
    """Its users' private keys are another desk's: removing one of the two desks could not shut it out."""
    import shutil

    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    copy = tmp_path / "copy.crmvault"
    shutil.copytree(template_vault.path, copy)
    code = _invite(cli, "copy")
    refused = cli("team", "join", vault=copy, user=OWNER, env={"CRMDESK_INVITATION": code})
    assert refused.code == 2 and "copy of another desk" in refused.err
    assert cli("team", "status", vault=copy, user=OWNER).out.startswith("This vault is a desk of its own")


def test_a_removed_desk_is_shut_out_and_the_others_go_on_with_a_new_key(cli, bare_database, new_desk, vault_path,
                                                                         failures):
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    assert cli("team", "sync", user=OWNER).code == 0
    office, laptop = new_desk("office"), new_desk("laptop")
    for desk in (office, laptop):
        assert desk("team", "join", env={"CRMDESK_INVITATION": _invite(cli, desk.path.stem)}).code == 0
    waiting = _invite(cli, "tablet")  # invited, never joined

    removed = cli("team", "remove", "laptop", user=OWNER)
    assert removed.code == 0, removed.err
    assert "new key" in removed.out and "seals every contact anew" in removed.out
    shut_out = laptop("team", "sync")
    assert shut_out.code == 4 and "no longer admits this desk" in shut_out.err
    assert "team leave" in shut_out.err  # the way on
    status = laptop("team", "status")  # what the desk knows, then why the server said no
    assert status.code == 4 and "Desk laptop of the team" in status.out and "no longer admits" in status.err
    assert new_desk("tablet")("team", "join", env={"CRMDESK_INVITATION": waiting}).code == 3  # went with the old key

    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
        contacts.add_contact(session, ContactInput(given_name="Ewa", family_name="Nowak"))
    assert "Sent 3" in cli("team", "sync", user=OWNER).out  # Ewa; then Theo and she, sealed anew with the new key
    assert office("team", "sync").code == 0
    assert "Ewa Nowak" in _names(office.path, office.owner, "office_owner passphrase", failures)
    assert _json(office("team", "status", "--json", "--offline"))["key_epoch"] == 2
    assert [d["name"] for d in _json(office("team", "status", "--json"))["desks"]] == ["counter", "office"]

    itself = cli("team", "remove", "counter", user=OWNER)
    assert itself.code == 2 and "this desk" in itself.err
    unknown = cli("team", "remove", "garage", user=OWNER)
    assert unknown.code == 6 and "no desk called garage" in unknown.err


def test_a_vault_in_no_team_says_how_to_start_one(cli):
    assert "'crmdesk team init' starts one" in cli("team", "status", user=OWNER).out
    synced = cli("team", "sync", user=OWNER)
    assert synced.code == 6 and "crmdesk team join" in synced.err
    bad = cli("team", "init", "--server", "postgresql://[nowhere", "--desk", "counter", user=OWNER)
    assert bad.code == 2 and "postgresql://USER@HOST/DATABASE" in bad.err


def test_the_administrators_password_is_asked_for_and_never_kept(cli, cluster, vault_path, failures):
    """A server set up as README says: the administrator logs in with a password, from PGPASSWORD (or a
    terminal's prompt); the desk keeps the address only."""
    import uuid

    tag = uuid.uuid4().hex[:12]
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE it_{tag} LOGIN CREATEROLE PASSWORD 'it secret 1'")
        conn.execute(f"CREATE DATABASE shop_{tag} OWNER it_{tag}")
    server = f"postgresql://it_{tag}@/shop_{tag}?host={cluster.socket}"
    asked = cli("team", "init", "--server", server, "--desk", "counter", user=OWNER)
    assert asked.code == 3 and "PGPASSWORD" in asked.err
    wrong = cli("team", "init", "--server", server, "--desk", "counter", user=OWNER, env={"PGPASSWORD": "nope"})
    assert wrong.code == 3 and "refused the login" in wrong.err
    started = cli("team", "init", "--server", server, "--desk", "counter", user=OWNER, env={"PGPASSWORD": "it secret 1"})
    assert started.code == 0, started.err
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
        admin, desk_server = session.conn.execute("SELECT admin, server FROM team_link").fetchone()
    assert "it secret" not in admin and "password" not in admin and "password" not in desk_server
    assert cli("team", "invite", "office", user=OWNER).code == 3  # asked again, never kept
    assert cli("team", "invite", "office", user=OWNER, env={"PGPASSWORD": "it secret 1"}).code == 0
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE shop_{tag} WITH (FORCE)")


def test_a_removed_desk_leaves_its_team_and_joins_again(cli, bare_database, new_desk, failures):
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    laptop = new_desk("laptop")
    assert laptop("team", "join", env={"CRMDESK_INVITATION": _invite(cli, "laptop")}).code == 0
    assert laptop("contact", "add", "--given", "Ewa", "--family", "Nowak").code == 0
    assert cli("team", "remove", "laptop", user=OWNER).code == 0
    again = _invite(cli, "laptop")  # its name is free again
    assert laptop("team", "join", env={"CRMDESK_INVITATION": again}).code == 2  # still a desk of its team
    left = laptop("team", "leave")
    assert left.code == 0 and "1 change made here never reached the team" in left.out
    joined = laptop("team", "join", env={"CRMDESK_INVITATION": again})
    assert joined.code == 0, joined.err
    assert "received 1" in cli("team", "sync", user=OWNER).out  # Ewa, kept through it all, reached the team


def test_a_server_checked_against_a_missing_ca_certificate_is_named(cli, bare_database, tmp_path):
    missing = tmp_path / "shop-ca.crt"
    server = f"{bare_database} sslmode=verify-full sslrootcert={missing}"
    refused = cli("team", "init", "--server", server, "--desk", "counter", user=OWNER)
    assert refused.code == 1 and f"copy it to {missing}" in refused.err


def test_a_public_key_the_server_swapped_is_not_sealed_to_when_a_desk_is_removed(cli, bare_database, new_desk,
                                                                                  cluster):
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    office, laptop = new_desk("office"), new_desk("laptop")
    for desk in (office, laptop):
        assert desk("team", "join", "--no-sync", env={"CRMDESK_INVITATION": _invite(cli, desk.path.stem)}).code == 0
    dbname = psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"]
    with psycopg.connect(cluster.conninfo(dbname=dbname)) as conn:  # the operator puts in a key of its own
        conn.execute("UPDATE crmdesk.key_slots SET public_key = %s WHERE desk = (SELECT role FROM crmdesk.desks"
                     " WHERE name = 'office')", (bytes(32),))
    refused = cli("team", "remove", "laptop", user=OWNER)
    assert refused.code == 5 and "not put there by a desk" in refused.err
    assert [d["name"] for d in _json(office("team", "status", "--json"))["desks"]] == ["counter", "office", "laptop"]


def test_an_invitation_gives_nothing_away_unless_it_is_used_up(cli, bare_database, cluster):
    """Whoever holds a code can redeem it in a transaction and roll back: they learn nothing, and the
    invitation still waits. Only a redeemed, committed invitation hands out the sealed key."""
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    invitation = joining.Invitation.parse(_invite(cli, "office"))
    conninfo = psycopg.conninfo.make_conninfo(invitation.server, password=joining._password(invitation.secret))
    with psycopg.connect(conninfo) as conn:
        conn.execute("SELECT * FROM crmdesk.redeem_invitation(%s)", (invitation.vault,))
        assert conn.execute("SELECT * FROM crmdesk.joined_key(%s)", (invitation.vault,)).fetchall() == []
        conn.rollback()
    dbname = psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"]
    with psycopg.connect(cluster.conninfo(dbname=dbname)) as conn:
        assert conn.execute("SELECT count(*) FROM crmdesk.invitations").fetchone()[0] == 1


def test_a_join_cut_short_after_the_server_took_it_is_finished_by_joining_again(cli, bare_database, new_desk,
                                                                                 failures, monkeypatch):
    from crmdesk.core.team import desk as desk_module

    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    assert cli("team", "sync", user=OWNER).code == 0
    office = new_desk("office")
    code = _invite(cli, "office")
    real_link = desk_module.link

    def crash(*args, **kwargs):
        raise OSError("the power went out")

    with vault.unlock(office.path, office.owner, "office_owner passphrase", failures=failures) as session:
        monkeypatch.setattr(desk_module, "link", crash)
        with pytest.raises(OSError):
            joining.join(session, code)
        monkeypatch.setattr(desk_module, "link", real_link)
        assert joining.status(session) is None  # not a desk yet here, though the server took it
        assert joining.join(session, code)[0] == "office"  # the same code again finishes the join
    assert office("team", "sync").out.startswith("Sent 0, received 1;")  # the counter's contact


def test_whoever_reads_the_key_with_a_copied_code_has_used_it_up_where_the_shop_sees_it(cli, bare_database,
                                                                                         new_desk):
    """The copier must redeem, committed, before the sealed key can be read; the real desk is then told the
    code was used, and the owner sees a desk of that name in the team and removes it."""
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    code = _invite(cli, "office")
    invitation = joining.Invitation.parse(code)
    conninfo = psycopg.conninfo.make_conninfo(invitation.server, password=joining._password(invitation.secret))
    with psycopg.connect(conninfo) as conn:
        conn.execute("SELECT * FROM crmdesk.redeem_invitation(%s)", (invitation.vault,))
        conn.commit()
        assert conn.execute("SELECT * FROM crmdesk.joined_key(%s)", (invitation.vault,)).fetchone() is not None
    refused = new_desk("office")("team", "join", env={"CRMDESK_INVITATION": code})
    assert refused.code == 3 and "used already" in refused.err
    assert [d["name"] for d in _json(cli("team", "status", "--json", user=OWNER))["desks"]] == ["counter", "office"]
    assert cli("team", "remove", "office", user=OWNER).code == 0  # and the team's key changes


def test_a_removed_desks_users_cannot_be_passed_off_as_another_desks(cli, bare_database, new_desk, cluster):
    """The operator re-points the laptop's key slots at the office before the laptop is removed, so that the
    new key would be sealed to the laptop's users: a desk's word binds each slot to its desk, so nothing is
    changed."""
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    for name in ("office", "laptop"):
        assert new_desk(name)("team", "join", "--no-sync", env={"CRMDESK_INVITATION": _invite(cli, name)}).code == 0
    dbname = psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"]
    with psycopg.connect(cluster.conninfo(dbname=dbname)) as conn:
        conn.execute("UPDATE crmdesk.key_slots SET desk = (SELECT role FROM crmdesk.desks WHERE name = 'office')"
                     " WHERE desk = (SELECT role FROM crmdesk.desks WHERE name = 'laptop')")
    refused = cli("team", "remove", "laptop", user=OWNER)
    assert refused.code == 5 and "not put there by a desk" in refused.err


def test_a_server_put_back_from_last_nights_dump_is_said_at_the_next_sync(cli, bare_database, cluster, tmp_path):
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    first = cli("team", "sync", user=OWNER)
    assert first.code == 0 and "Also sent" in first.out  # the purposes and their consent texts
    database = psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"]
    operator = cluster.conninfo(dbname=database)
    dump = tmp_path / "last-night.dump"
    subprocess.run([cluster.tool("pg_dump"), "--format=custom", f"--file={dump}", operator], check=True)
    assert cli("contact", "add", "--given", "Ewa", "--family", "Nowak", user=OWNER).code == 0
    assert cli("team", "sync", user=OWNER).code == 0
    subprocess.run([cluster.tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
                    f"--dbname={operator}", str(dump)], check=True)
    synced = cli("team", "sync", user=OWNER)
    assert synced.code == 0, synced.err
    assert synced.err.strip() == ("crmdesk: note: The team server was put back from an older copy; this desk gave "
                                  "it back what it had lost.")
    assert synced.out.startswith("Sent 1, received 0;")  # Ewa, whom the server had lost
    again = cli("team", "sync", user=OWNER)
    assert (again.err, again.out.strip()) == ("", "Sent 0, received 0; 0 held and 0 conflicts for review.")


def test_a_desk_put_back_to_an_older_copy_of_its_vault_says_so_and_the_alarm_is_explained(cli, bare_database,
                                                                                            vault_path, tmp_path):
    import shutil

    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    copy = tmp_path / "monday.crmvault"
    shutil.copytree(vault_path, copy)  # the vault as it was before the desk's first exchange
    first = cli("team", "sync", user=OWNER)  # its first checkpoint goes to the team
    assert first.code == 0 and first.err == ""
    shutil.rmtree(vault_path)
    shutil.copytree(copy, vault_path)  # Monday's copy put back in its place
    synced = cli("team", "sync", user=OWNER)
    assert synced.code == 0, synced.err
    assert synced.err.strip() == ("crmdesk: note: The audit log of a desk of the team went back or was rewritten; "
                                  "'crmdesk team alarms' says which.")
    listed = cli("team", "alarms", user=OWNER)
    assert listed.code == 5
    # (its sync wrote entries of its own before it read its checkpoint back: the log went on otherwise)
    assert listed.out.startswith("1. This desk's audit log no longer holds its entry ")
    assert "crmdesk team alarms --explained N" in listed.out
    as_json = cli("team", "alarms", "--json", user=OWNER)
    assert as_json.code == 5
    [alarm] = json.loads(as_json.out)
    assert alarm["this_desk"] and alarm["kind"] == "fork"
    assert cli("check", user=OWNER).code == 5
    assert cli("team", "alarms", "--explained", "7", user=OWNER).code == 6  # no such alarm
    explained = cli("team", "alarms", "--explained", str(alarm["number"]), user=OWNER)
    assert explained.code == 0 and "marked as explained" in explained.out
    after = cli("team", "alarms", user=OWNER)
    assert (after.code, after.out.strip()) == (0, "No alarm about the audit log of a desk of the team.")
    assert "team.alarm_explained" in cli("audit", "list", "--json", user=OWNER).out


def test_a_desk_removed_while_its_connection_is_open_can_do_nothing_on_it(bare_database, tmp_path, failures):
    """Dropping a role leaves its open sessions running (PostgreSQL does not end them): the removed desk's open
    connection, and its listener, get nothing more, because the server knows no desk of that role any longer
    and the team key moved on."""
    from crmdesk.core.errors import PermissionDenied
    from crmdesk.core.team import desk

    counter, office = (new_vault(tmp_path, name, failures) for name in ("counter", "office"))
    try:
        joining.start(counter, bare_database, "counter")
        joining.join(office, joining.invite(counter, bare_database, "office").code)
        with joining.connect(office) as link:
            link.listen()
            desk.sync(office, link)
            joining.remove(counter, bare_database, "office")
            contacts.add_contact(counter, ContactInput(given_name="Ewa", family_name="Nowak"))
            with joining.connect(counter) as counter_link:
                desk.sync(counter, counter_link)
            assert not link.conn.closed  # still open
            with pytest.raises(PermissionDenied):
                link.pull(0)
            with pytest.raises(PermissionDenied):
                desk.sync(office, link)
        assert "Ewa" not in {c.given_name for c in contacts.list_contacts(office).rows}
    finally:
        counter.close()
        office.close()


def test_a_server_put_back_from_before_a_removal_gets_the_newer_key_back_and_the_removed_desk_stays_out(
        cli, bare_database, new_desk, cluster, tmp_path):
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0
    assert cli("team", "sync", user=OWNER).code == 0
    office, laptop = new_desk("office"), new_desk("laptop")
    for desk in (office, laptop):
        assert desk("team", "join", env={"CRMDESK_INVITATION": _invite(cli, desk.path.stem)}).code == 0
    database = psycopg.conninfo.conninfo_to_dict(bare_database)["dbname"]
    operator = cluster.conninfo(dbname=database)
    dump = tmp_path / "last-night.dump"
    subprocess.run([cluster.tool("pg_dump"), "--format=custom", f"--file={dump}", operator], check=True)

    assert cli("team", "remove", "laptop", user=OWNER).code == 0  # the next morning; the disk fails after
    assert cli("team", "sync", user=OWNER).code == 0 and office("team", "sync").code == 0
    subprocess.run([cluster.tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
                    f"--dbname={operator}", str(dump)], check=True)

    stopped = office("team", "sync")  # the server gives the key the laptop holds: no desk uses it
    assert stopped.code == 5 and "crmdesk team restore-key" in stopped.err
    given = cli("team", "restore-key", user=OWNER)
    assert given.code == 0, given.err
    assert "holds the team's newest key again" in given.out
    again = cli("team", "restore-key", user=OWNER)
    assert again.code == 2 and "nothing to give back" in again.err
    for desk in (office, lambda *a: cli(*a, user=OWNER)):
        synced = desk("team", "sync")
        assert synced.code == 0, synced.err
        assert "put back from an older copy" in synced.err
    assert laptop("team", "sync").code == 4  # still removed: its role went with the removal

    with psycopg.connect(operator) as conn:
        assert conn.execute("SELECT key_epoch FROM crmdesk.vaults").fetchone() == (2,)
        assert sorted(r[0] for r in conn.execute("SELECT name FROM crmdesk.desks")) == ["counter", "office"]
        holders = {str(r[0]) for r in conn.execute("SELECT holder FROM crmdesk.key_slots WHERE epoch = 2")}
        epoch_one = {str(r[0]): r[1] for r in conn.execute("SELECT holder, desk FROM crmdesk.key_slots WHERE epoch = 1")}
    laptop_role = next(role for role in set(epoch_one.values()) if role not in _desk_roles(operator))
    assert holders == {holder for holder, role in epoch_one.items() if role != laptop_role}
    # the office's users hold the key again: the office can remove the counter, and goes on with a newer key
    removed = office("team", "remove", "counter", "--server", bare_database)
    assert removed.code == 0, removed.err
    assert office("team", "sync").code == 0
    assert _json(office("team", "status", "--json", "--offline"))["key_epoch"] == 3


def _desk_roles(operator: str) -> set[int]:
    with psycopg.connect(operator) as conn:
        return {r[0] for r in conn.execute("SELECT role FROM crmdesk.desks")}
