"""A review's cases about the team's keys and addresses: restore-key cut short or followed too soon by a
removal, a key copy sealed only to a public key the vault vouches for, addresses that would not check the
server, connection limits said as what they are, and interactions a retention took off the server."""
from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import sql

from crmdesk.core.errors import UsageError
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.people.interactions import add_interaction
from crmdesk.core.permissions import Permission
from crmdesk.core.team import desk, joining, server
from crmdesk.core.team.server import DeskLink
from crmdesk.core.vault import crypto
from tests.team.conftest import new_vault
from tests.team.test_reseal import sync, trio  # noqa: F401 - the fixture

# -- 2. interactions re-sealed after a removal ---------------------------------------------------------------

def test_an_interaction_another_desks_retention_took_off_the_server_does_not_come_back_with_the_reseal(trio):  # noqa: F811
    """The office's retention policy deleted the call: the server's copy went too ('forgotten'), and no desk
    should get it from the server again (ledgers: forgotten again even after a put-back). The counter keeps
    its own copy by its own policy, but its reseal after removing the laptop pushes it back onto the server,
    where every desk that joins later takes it."""
    counter, office, laptop, _admin, _epochs, operator = trio
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    call = add_interaction(counter, anna.id, kind="call", summary="Asked for her invoices")
    sync(counter)
    sync(office)
    with office.operation(Permission.EDIT, "team.sent", detail={}) as op:  # as retention.py deletes it
        op.conn.execute("DELETE FROM interactions WHERE id = ?", (call.id,))
    sync(office)
    with psycopg.connect(operator) as conn:
        assert conn.execute("SELECT count(*) FROM crmdesk.events WHERE forgettable").fetchone() == (0,)

    joining.remove(counter, None, "laptop")
    sync(counter)
    sync(counter)
    with psycopg.connect(operator) as conn:
        back = conn.execute("SELECT count(*) FROM crmdesk.events WHERE forgettable").fetchone()[0]
    assert back == 0, "the call the office's retention deleted is on the server again"


def test_a_users_copy_of_the_key_is_sealed_only_to_the_public_key_the_vault_vouches_for(trio):  # noqa: F811
    """The operator deletes the owner's copy of the key of now; someone who may write the vault's folder but
    holds no key swaps the owner's public key in keyslots.json (its seal, the mac, no longer holds). At the
    next sync the counter seals the team key to the swapped public key, and vouches for it with the team
    key (holder_proof), so later keys after a removal go to it too."""
    counter, _office, _laptop, _admin, _epochs, operator = trio
    sync(counter)
    path = counter.paths.keyslots
    data = json.loads(path.read_bytes())
    _private, public = crypto.new_keypair()
    mine = next(s for s in data["slots"] if s.get("user_id") == counter.user.id)
    honest = mine["public_key"]
    mine["public_key"] = crypto.b64(public)
    path.write_text(json.dumps(data))
    with psycopg.connect(operator) as conn:
        conn.execute("DELETE FROM crmdesk.key_slots WHERE holder = %s", (counter.user.id,))
    try:
        sync(counter)
    except Exception:  # noqa: BLE001 - refusing is a fine answer
        pass
    with psycopg.connect(operator) as conn:
        found = conn.execute("SELECT public_key FROM crmdesk.key_slots WHERE holder = %s",
                             (counter.user.id,)).fetchone()
    assert found is None or crypto.b64(bytes(found[0])) == honest, \
        "the team key was sealed to a public key keyslots.json's seal does not vouch for"


# -- 3. checked_address ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("conninfo", ["dbname=team user=shop_admin", "postgresql:///team?user=shop_admin"])
def test_an_address_without_a_host_is_checked_against_where_libpq_goes(conninfo, monkeypatch):
    """No host in the address: libpq takes PGHOST (or a service file's host) and connects over the network
    without checking the server's certificate; the desks invited get an address with no host and no sslmode."""
    monkeypatch.setenv("PGHOST", "db.example.com")
    monkeypatch.delenv("PGSSLMODE", raising=False)
    with pytest.raises(UsageError):
        joining.checked_address(conninfo)


def test_a_service_name_is_not_taken_unchecked(tmp_path, monkeypatch):
    service = tmp_path / "pg_service.conf"
    service.write_text("[shop]\nhost=db.example.com\ndbname=team\nsslmode=disable\n")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    with pytest.raises(UsageError):
        joining.checked_address("service=shop user=shop_admin")


def test_remove_sends_the_administrators_password_only_to_a_checked_server(trio, monkeypatch):  # noqa: F811
    """'team remove --server' (and 'team restore-key --server') log in as the shop's administrator, who may
    create roles, at an address nobody checked: a server posing as the shop's gets the password."""
    counter, *_rest = trio

    def reached(admin, vault):
        raise AssertionError("the administrator's password went to an unchecked server")
    monkeypatch.setattr(server, "desks_of", reached)
    with pytest.raises(UsageError):
        joining.remove(counter, "host=db.example.com dbname=team user=shop_admin password=secret", "laptop")


def test_restore_key_sends_the_administrators_password_only_to_a_checked_server(trio, monkeypatch):  # noqa: F811
    counter, *_rest = trio
    with counter.operation(Permission.ADMINISTER, "team.key_changed", detail={}) as op:  # as after a removal
        op.conn.execute("INSERT INTO team_keys (epoch, key) VALUES (2, ?)", (b"\x01" * 32,))
        op.conn.execute("UPDATE team_link SET epoch = 2")
    reached = []
    monkeypatch.setattr(server, "revoke", lambda admin, *a: reached.append(admin) or 2)
    with pytest.raises(UsageError):
        joining.restore_key(counter, "host=db.example.com dbname=team user=shop_admin password=secret")
    assert reached == [], "the administrator's password went to an unchecked server"


# -- 4. login refusals ------------------------------------------------------------------------------------------

def test_a_desk_over_its_own_connection_limit_is_not_told_to_raise_max_connections(team):
    """'FATAL: too many connections for role "desk_…"' (a role's CONNECTION LIMIT, or the database's) is read
    as the server's max_connections: the IT person raises it and nothing changes."""
    address = team.desk()
    role = psycopg.conninfo.conninfo_to_dict(address)["user"]
    with psycopg.connect(team.operator, autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER ROLE {} CONNECTION LIMIT 0").format(sql.Identifier(role)))
    with pytest.raises(Exception) as raised:  # noqa: PT011
        DeskLink(address, team.vault)
    assert "max_connections" not in str(raised.value), str(raised.value)


# -- 1. restore-key: a removal before every desk came back online ---------------------------------------------

def test_a_removal_soon_after_restore_key_does_not_lock_out_a_desk_that_was_not_online_yet(trio, cluster, tmp_path,  # noqa: F811
                                                                                           failures):
    """After restore-key the server holds the key of now only for the restoring desk's users; the others give
    theirs at their next sync. If the shop removes another desk before the office came online once,
    new_key_slots seals the newer key only to the copies the server holds: the office's users get none and
    the office is shut out for good ('leave' and join again), though nobody removed it. Nothing warns."""
    import subprocess
    counter, office, laptop, admin, _epochs, operator = trio
    tablet = new_vault(tmp_path, "tablet", failures)
    try:
        joining.join(tablet, joining.invite(counter, admin, "tablet").code)
        for session in (counter, office, tablet):
            sync(session)
        dump = tmp_path / "last-night.dump"
        subprocess.run([cluster.tool("pg_dump"), "--format=custom", f"--file={dump}", operator], check=True)
        joining.remove(counter, None, "laptop")
        for session in (counter, office, tablet):
            sync(session)
        subprocess.run([cluster.tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
                        f"--dbname={operator}", str(dump)], check=True)
        joining.restore_key(counter, None)
        sync(counter)
        sync(tablet)
        with pytest.raises(UsageError, match="The desks office have not given their users' copies"):
            joining.remove(counter, None, "tablet")  # the office has not been online since the restore
        sync(office)  # once it has, the removal goes ahead, and the office goes on with the newer key
        assert joining.remove(counter, None, "tablet") == 3
        sync(counter)
        sync(office)
        assert desk.linked(office).epoch == 3
    finally:
        tablet.close()


def test_restore_key_cut_short_after_the_server_took_the_key_still_reseals(trio, monkeypatch):  # noqa: F811
    """The server takes the key (server.revoke commits) and the desk loses its power before its own operation
    commits: run again, restore-key says there is nothing to give back, and the desk still seals anew."""
    counter, office, _laptop, _admin, _epochs, operator = trio
    sync(counter)
    sync(office)
    joining.remove(counter, None, "laptop")
    sync(counter)
    with psycopg.connect(operator) as conn:  # as a put-back leaves the key (see the journey test)
        conn.execute("UPDATE crmdesk.vaults SET key_epoch = 1")
        conn.execute("DELETE FROM crmdesk.key_slots WHERE epoch = 2")
    given = server.revoke

    def taken_then_power_cut(*args):
        given(*args)
        raise RuntimeError("power cut")
    monkeypatch.setattr(server, "revoke", taken_then_power_cut)
    with pytest.raises(RuntimeError):
        joining.restore_key(counter, None)
    monkeypatch.undo()
    with pytest.raises(UsageError, match="nothing to give back"):
        joining.restore_key(counter, None)
    assert counter.conn.execute("SELECT reseal FROM team_link").fetchone()[0] == 1
