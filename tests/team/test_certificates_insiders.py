"""Desks' certificates against a hostile network user, an insider, a crash and an IT person following the
README (a review's cases; the TLS server of test_certificates, certificates asked of every desk)."""
from __future__ import annotations

import contextlib
import stat
import tempfile
from datetime import UTC, datetime, timedelta

import psycopg
import psycopg.sql
import pytest
from cryptography import x509
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from crmdesk.core.errors import CrmdeskError, OperationFailed
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.team import certificates, desk, joining, server
from crmdesk.core.team.certificates import Identity, Pair
from crmdesk.core.team.server import DeskLink
from tests.conftest import OWNER
from tests.team.conftest import ADMIN_PASSWORD, new_vault
from tests.team.test_certificates import _ask_desks_for_certificates

VAULT0 = "00000000-0000-0000-0000-000000000000"


def _raw(conninfo: str):
    """A plain psycopg login: None when admitted, else libpq's words."""
    try:
        with psycopg.connect(conninfo, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
        return None
    except psycopg.Error as exc:
        return str(exc)


def _address(session) -> tuple[str, Pair]:
    srv, secret, crt, key = session.conn.execute(
        "SELECT server, secret, certificate, certificate_key FROM team_link").fetchone()
    return make_conninfo(srv, password=secret), Pair(crt, key)


def _team(tls_cluster, shop, tmp_path, failures):
    dbname, admin = shop
    counter = new_vault(tmp_path, "counter", failures)
    joining.start(counter, admin, "counter")
    _ask_desks_for_certificates(tls_cluster, dbname, joining.authority_certificate(counter))
    return dbname, admin, counter


# ---------------------------------------------------------------- who logs in without a certificate
def test_login_matrix_without_certificate(tls_cluster, shop, tmp_path, failures):
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    with counter, new_vault(tmp_path, "office", failures) as office:
        joining.join(office, joining.invite(counter, admin, "office").code)
        office_addr, office_pair = _address(office)
        laptop = joining.invite(counter, admin, "laptop")
        laptop_addr = make_conninfo(laptop.server, password=joining._password(laptop.secret))
        names = server.role_names(dbname)
        office_role = conninfo_to_dict(office_addr)["user"]
        with psycopg.connect(tls_cluster.conninfo(dbname=dbname)) as su:
            groups = {r[0] for r in su.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s", (office_role,))}
            admin_in_desk = su.execute("SELECT pg_has_role(%s, %s, 'MEMBER')",
                                       (conninfo_to_dict(admin)["user"], names["desk"])).fetchone()[0]
        assert admin_in_desk  # through the owner, who makes invited desks desks: pg_hba's first line decides
        assert groups == {names["desk"], names["invited"]}  # a joined desk is a desk (and stays invited)
        # joined desk (member of both groups): password alone refused
        assert "certificate" in _raw(office_addr)
        # invited desk: password alone admitted, may call only redeem_invitation
        assert _raw(laptop_addr) is None
        with psycopg.connect(laptop_addr) as conn:
            allowed = [r[0] for r in conn.execute(
                "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'crmdesk' AND has_function_privilege(p.oid, 'EXECUTE')")]
            tables = [r[0] for r in conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                "n.nspname = 'crmdesk' AND c.relkind = 'r' AND has_table_privilege(c.oid, 'SELECT')")]
            conn.execute("CREATE TEMP TABLE t (x int)")  # temp tables: PUBLIC's TEMP on the database
        assert allowed == ["crmdesk.redeem_invitation(uuid)"] and tables == []
        # admin: password alone (by design, line 1)
        assert _raw(admin) is None
        # removed desk: gone
        joining.remove(counter, admin, "office")
        assert "password authentication failed" in _raw(make_conninfo(office_addr))


# ---------------------------------------------------------------- messages a desk shows
def test_error_messages(tls_cluster, shop, tmp_path, failures):
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    with counter:
        addr, pair = _address(counter)
        role = conninfo_to_dict(addr)["user"]
        authority = joining.authority(counter)
        past = datetime.now(UTC) - timedelta(minutes=1)
        refused = {  # each is said as what it is: the certificates, or a desk the server no longer admits
            "no certificate": (None, OperationFailed),
            "another authority's": (certificates.issue(certificates.new_authority("x"), role), OperationFailed),
            "run out": (certificates.issue(authority, role, until=past), OperationFailed),
            "another role's": (certificates.issue(authority, "desk_someoneelse"), server.DeskRefused),
        }
        for what, (given, error) in refused.items():
            with pytest.raises(error, match="certificate" if error is OperationFailed else "removed"):
                DeskLink(addr, VAULT0, Identity(given) if given else None).close()
            assert what
        with pytest.raises(server.DeskRefused):  # its own certificate and a wrong password
            DeskLink(make_conninfo(addr, password="nope"), VAULT0, Identity(pair)).close()
        # the server's CA file is the shop's server CA, not the desks'
        tls_cluster.install("desks-ca.crt", tls_cluster.root_certificate.read_text())
        tls_cluster.configure(joining.server_lines(dbname, "127.0.0.1/32"), ssl_ca_file="desks-ca.crt")
        with pytest.raises(OperationFailed, match="certificate"):
            joining.connect(counter).close()
        tls_cluster.install("desks-ca.crt", joining.authority_certificate(counter))
        tls_cluster.configure(joining.server_lines(dbname, "127.0.0.1/32"), ssl_ca_file="desks-ca.crt")
        joining.connect(counter).close()


# ---------------------------------------------------------------- removed desk / withdrawn invitation: the words
def test_removed_desk_and_withdrawn_invitation_are_told_so(tls_cluster, shop, tmp_path, failures):
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    with counter, new_vault(tmp_path, "office", failures) as office, new_vault(tmp_path, "late", failures) as late:
        joining.join(office, joining.invite(counter, admin, "office").code)
        joining.remove(counter, admin, "office")
        code = joining.invite(counter, admin, "late").code
        joining.remove(counter, admin, "late")  # withdrawn
        with pytest.raises(server.DeskRefused):  # "no longer admits this desk: it was removed"
            joining.connect(office)
        with pytest.raises(CrmdeskError, match="used already or withdrawn"):
            joining.join(late, code)


# ---------------------------------------------------------------- crashes during join
class Crash(Exception):
    pass


def _once(monkeypatch, owner, name, *, after: bool = False):
    """``owner.name`` raises Crash on its first call (after running, with ``after``)."""
    original = getattr(owner, name)
    calls = []

    def wrapped(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            if after:
                original(*args, **kwargs)
            raise Crash(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapped)


STAGES = {
    "kept locally, server rolled back": (joining, "_joining", True),
    "after redeem committed, before keys kept": (joining, "_go_on", False),
    "keys kept, before finish_join": (desk, "slots_to_give", False),
    "after finish_join, before link": (desk, "link", False),
}


@contextlib.contextmanager
def _join_cut_short(monkeypatch, office, code: str, stage: str):
    """``office`` joins with ``code`` and crashes at ``stage``; the body runs while the crash is still set."""
    owner, name, after = STAGES[stage]
    with monkeypatch.context() as m:
        _once(m, owner, name, after=after)
        with pytest.raises(Crash):
            joining.join(office, code)
        yield


@pytest.mark.parametrize("stage", list(STAGES))
def test_a_crashed_join_finishes_with_the_same_code(tls_cluster, shop, tmp_path, failures, monkeypatch, stage):
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    with counter, new_vault(tmp_path, "office", failures) as office:
        contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
        with joining.connect(counter) as link:
            desk.sync(counter, link)
        code = joining.invite(counter, admin, "office").code
        with _join_cut_short(monkeypatch, office, code, stage):
            assert joining.join(office, code)[0] == "office"
        with joining.connect(office) as link:
            assert desk.sync(office, link).received == 1
        crt, key = office.conn.execute("SELECT certificate, certificate_key FROM team_link").fetchone()
        assert key != certificates.of_invitation(joining.Invitation.parse(code).secret, crt).key


def _short_invitation_certificates(monkeypatch, seconds: float):
    """The invitation's certificate runs out ``seconds`` from now (before now, when negative)."""
    original = certificates.issue

    def issue(authority, role, key=None, until=None):
        if key is not None:
            until = datetime.now(UTC) + timedelta(seconds=seconds)
        return original(authority, role, key, until)

    monkeypatch.setattr(certificates, "issue", issue)


def test_a_join_cut_short_once_its_own_certificate_was_made_logs_in_with_it(tls_cluster, shop, tmp_path, failures,
                                                                           monkeypatch):
    """Cut short after the server took the keys, the desk finishes with the certificate it made, also once the
    invitation's certificate ran out; and an invitation's certificate outlasts the invitation by two weeks, for
    a join cut short before."""
    stage = "after finish_join, before link"
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    with counter, new_vault(tmp_path, "office", failures) as office:
        with monkeypatch.context() as m:
            _short_invitation_certificates(m, -60)  # run out already, as after the invitation and two weeks
            code = joining.invite(counter, admin, "office").code
        with _join_cut_short(monkeypatch, office, code, stage):
            material = office.conn.execute("SELECT material FROM team_joining").fetchone()[0]
            assert '"certificates"' in material  # its own certificate is kept, valid 10 years
            assert joining.join(office, code)[0] == "office"
        invitation = joining.invite(counter, admin, "laptop")
        with psycopg.connect(tls_cluster.conninfo(dbname=dbname)) as su:
            kept = su.execute("SELECT certificate FROM crmdesk.invitations").fetchone()[0]
        until = x509.load_pem_x509_certificate(kept.encode()).not_valid_after_utc
        assert until - invitation.expires > certificates.JOIN_GRACE - timedelta(minutes=10)


# ---------------------------------------------------------------- the key on disk
def test_key_files_modes_and_cleanup(tls_cluster, shop, tmp_path, failures, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    left = lambda: sorted(p.name for p in temp.iterdir())  # noqa: E731
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    with counter, new_vault(tmp_path, "office", failures) as office:
        code = joining.invite(counter, admin, "office").code
        with monkeypatch.context() as m:
            _once(m, joining, "_go_on")
            with pytest.raises(Crash):
                joining.join(office, code)
        joining.join(office, code)
        assert left() == [], left()
        link = joining.connect(office)
        folder = link.identity.folder
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in ("desk.crt", "desk.key"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
        assert (folder / "desk.key").read_text().startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        link.listen()
        desk.sync(office, link)
        tls_cluster.restart()  # every connection cut
        with contextlib.suppress(OperationFailed):  # the first call after it may meet the cut connection
            link.state()
        assert link.state().head >= 0  # reconnects with the same files
        link.listen()
        assert link.wait_for_change(0.2) in (False, True)
        link.close()
        assert left() == [], left()
        # a constructor that fails: wrong password
        addr, pair = _address(office)
        with pytest.raises(CrmdeskError):
            DeskLink(make_conninfo(addr, password="wrong"), VAULT0, Identity(pair))
        assert left() == [], left()
        # a key that does not load
        with pytest.raises(Exception):  # noqa: B017
            Identity(Pair(pair.certificate, "not a key"))
        assert left() == [], left()
        # a removed desk, the server refusing
        joining.remove(counter, admin, "office")
        with pytest.raises(CrmdeskError):
            joining.connect(office)
        assert left() == [], left()


# ---------------------------------------------------------------- remove, leave, re-invite, put-back, key change
def test_team_life_with_certificates_required(tls_cluster, shop, tmp_path, failures):
    import subprocess
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    operator = tls_cluster.conninfo(dbname=dbname)
    with counter, new_vault(tmp_path, "office", failures) as office, \
            new_vault(tmp_path, "laptop", failures) as laptop:
        contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))

        def sync(session):
            with joining.connect(session) as link:
                return desk.sync(session, link)

        sync(counter)
        joining.join(office, joining.invite(counter, admin, "office").code)
        sync(office)
        dump = tmp_path / "dump"
        subprocess.run([tls_cluster.tool("pg_dump"), "--format=custom", f"--file={dump}", operator], check=True)
        joining.join(laptop, joining.invite(counter, admin, "laptop").code)
        contacts.add_contact(laptop, ContactInput(given_name="Bea", family_name="Nowak"))
        sync(laptop)
        sync(counter)
        subprocess.run([tls_cluster.tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
                        f"--dbname={operator}", str(dump)], check=True, capture_output=True)
        assert sync(counter).server_put_back
        sync(office)
        with pytest.raises(CrmdeskError, match="may not use that team vault"):
            sync(laptop)
        desk.unlink(laptop)  # team leave; invite it again
        joining.join(laptop, joining.invite(counter, admin, "laptop").code)
        sync(laptop)
        # key change: remove the office
        epoch = joining.remove(counter, admin, "office")
        assert epoch == 2
        sync(counter)
        sync(laptop)
        with pytest.raises(CrmdeskError):
            sync(office)
        desk.unlink(office)
        joining.join(office, joining.invite(counter, admin, "office").code)
        sync(office)
        names = lambda s: sorted(r.display_name for r in contacts.list_contacts(s).rows)  # noqa: E731
        assert names(office) == names(counter) == names(laptop)
        assert "Bea Nowak" in names(office)


# ---------------------------------------------------------------- the README, step by step, from the command line
def _url(tls_cluster, shop, *, with_db=True):
    dbname, admin = shop
    user = conninfo_to_dict(admin)["user"]
    return f"postgresql://{user}@localhost:{tls_cluster.port}/{dbname if with_db else ''}?sslmode=verify-full"


def test_readme_steps_from_the_command_line(tls_cluster, shop, cli, tmp_path):
    from cryptography import x509

    from tests.team.test_joining import _json
    dbname, _admin = shop
    env = {"PGPASSWORD": ADMIN_PASSWORD}
    started = cli("team", "init", "--server", _url(tls_cluster, shop), "--desk", "counter", user=OWNER, env=env)
    assert started.code == 0, started.err
    lines = [ln for ln in started.out.splitlines() if ln.startswith("hostssl")]
    ca = cli("team", "ca", user=OWNER)
    assert ca.code == 0, ca.err
    x509.load_pem_x509_certificate(ca.out.encode())
    tls_cluster.install("desks-ca.crt", ca.out)
    tls_cluster.configure("\n".join(ln.replace("NETWORK", "127.0.0.1/32") for ln in lines) + "\n",
                          ssl_ca_file="desks-ca.crt")
    assert cli("team", "sync", user=OWNER).code == 0
    code = _json(cli("team", "invite", "office", "--json", user=OWNER, env=env))["code"]
    office = tmp_path / "office.crmvault"
    from crmdesk.core import vault
    from tests.conftest import CHEAP_KDF
    vault.create_vault(office, owner_name="o", passphrase="o passphrase", organisation="B", kdf=CHEAP_KDF)
    joined = cli("team", "join", vault=office, user="o", passphrase="o passphrase", env={"CRMDESK_INVITATION": code})
    assert joined.code == 0, joined.err
    status = cli("team", "status", vault=office, user="o", passphrase="o passphrase")
    assert status.code == 0 and "office (this desk)" in status.out, status.out + status.err


def test_team_init_with_the_database_left_to_libpq(tls_cluster, shop, cli):
    """--server postgresql://shop_admin@host (PGDATABASE gives the database): libpq takes it."""
    dbname, _admin = shop
    started = cli("team", "init", "--server", _url(tls_cluster, shop, with_db=False), "--desk", "counter",
                  user=OWNER, env={"PGPASSWORD": ADMIN_PASSWORD, "PGDATABASE": dbname})
    assert started.code == 0 and "Traceback" not in started.err


def test_a_new_team_on_a_server_that_asks_for_certificates(tls_cluster, shop, tmp_path, failures):
    """README "When the server is put back" / "Not yet": start a new team (team leave at every desk, then
    init at one) - the server already has the lines team init printed."""
    dbname, admin, counter = _team(tls_cluster, shop, tmp_path, failures)
    with counter:
        desk.unlink(counter)
        joining.start(counter, admin, "counter")  # no login as the new desk yet: the server cannot know its authority
        authority = joining.authority_certificate(counter)
        with pytest.raises(OperationFailed, match="certificate"):  # until the IT person gives it the new one
            joining.connect(counter)
        _ask_desks_for_certificates(tls_cluster, dbname, authority)
        contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
        with joining.connect(counter) as link:
            assert desk.sync(counter, link).sent >= 1


def test_a_server_reached_over_the_network_without_its_certificate_checked_is_refused(cli, bare_database):
    """A desk given such an address would send its password and its changes to whoever poses as the server."""
    unchecked = "postgresql://shop_admin@crm-server.local/crmdesk_team"
    started = cli("team", "init", "--server", unchecked, "--desk", "counter", user=OWNER)
    assert started.code == 2 and "add ?sslmode=verify-full" in started.err
    assert cli("team", "init", "--server", bare_database, "--desk", "counter", user=OWNER).code == 0  # a socket
    invited = cli("team", "invite", "office", "--server", unchecked + "?sslmode=require", user=OWNER)
    assert invited.code == 2 and "add ?sslmode=verify-full" in invited.err
