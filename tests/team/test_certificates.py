"""Desks log in over TLS with a certificate each, from the team's own certificate authority, as the README's
"Several desks" sets the server up: a PostgreSQL of its own listening on the network (here the loopback)
with TLS, and pg_hba.conf asking every desk role for its certificate. Real PostgreSQL, real vaults."""

from __future__ import annotations

import psycopg
import psycopg.sql
import pytest
from psycopg.conninfo import make_conninfo

from crmdesk.core.errors import OperationFailed
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.team import certificates, desk, joining, server
from crmdesk.core.team.certificates import Identity, Pair
from crmdesk.core.team.server import DeskLink
from tests.support.tls import common_name
from tests.team.conftest import new_vault


def _ask_desks_for_certificates(cluster, dbname: str, authority: str) -> None:
    """What the README asks of the IT person after ``team init``: the desks' CA in ``ssl_ca_file``, and
    pg_hba.conf's lines as ``team init`` prints them (administrators, then desks with their certificate,
    then a desk invited, with its invitation's password)."""
    cluster.install("desks-ca.crt", authority)
    cluster.configure(joining.server_lines(dbname, "127.0.0.1/32"), ssl_ca_file="desks-ca.crt")


def test_every_desk_logs_in_with_a_certificate_of_its_own(tls_cluster, shop, tmp_path, failures):
    dbname, admin = shop
    with new_vault(tmp_path, "counter", failures) as counter, new_vault(tmp_path, "office", failures) as office:
        contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
        joining.start(counter, admin, "counter")
        authority = joining.authority_certificate(counter)
        assert authority.startswith("-----BEGIN CERTIFICATE-----")
        _ask_desks_for_certificates(tls_cluster, dbname, authority)

        with joining.connect(counter) as link:
            assert desk.sync(counter, link).sent == 1
        server_address, secret, mine, key = counter.conn.execute(
            "SELECT server, secret, certificate, certificate_key FROM team_link").fetchone()
        role = psycopg.conninfo.conninfo_to_dict(server_address)["user"]
        assert common_name(mine) == role
        assert "sslmode=verify-full" in server_address.replace("'", "")
        address = make_conninfo(server_address, password=secret)
        with pytest.raises(OperationFailed, match="certificate"):  # the password alone does not let it in
            DeskLink(address, "00000000-0000-0000-0000-000000000000")
        stranger = certificates.issue(certificates.new_authority("another team"), role)
        with pytest.raises(OperationFailed, match="certificate"):  # nor a certificate of another authority
            DeskLink(address, "00000000-0000-0000-0000-000000000000", Identity(stranger))

        code = joining.invite(counter, admin, "office").code
        name, _waiting = joining.join(office, code)  # its first login: the invitation's password alone
        assert name == "office"
        own = office.conn.execute("SELECT certificate, certificate_key FROM team_link").fetchone()
        office_role = common_name(own[0])
        assert office_role != role
        with joining.connect(office) as link:
            assert desk.sync(office, link).received == 1
        assert contacts.list_contacts(office).rows[0].display_name == "Anna Kowalska"
        # its own key, which the invitation code never held
        invited = certificates.of_invitation(joining.Invitation.parse(code).secret, own[0])
        assert invited.key != own[1]
        # the counter's certificate does not let the office's role in
        office_address = make_conninfo(office.conn.execute("SELECT server FROM team_link").fetchone()[0],
                                       password=office.conn.execute("SELECT secret FROM team_link").fetchone()[0])
        with pytest.raises(server.DeskRefused):
            DeskLink(office_address, "00000000-0000-0000-0000-000000000000", Identity(Pair(mine, key)))


def test_a_join_cut_short_after_the_server_took_it_logs_in_with_the_invitations_certificate(tls_cluster, shop,
                                                                                             tmp_path, failures):
    dbname, admin = shop
    with new_vault(tmp_path, "counter", failures) as counter, new_vault(tmp_path, "office", failures) as office:
        joining.start(counter, admin, "counter")
        _ask_desks_for_certificates(tls_cluster, dbname, joining.authority_certificate(counter))
        code = joining.invite(counter, admin, "office").code
        invitation = joining.Invitation.parse(code)
        # the office's first join stops right after the server took it (its password and certificate kept)
        link = DeskLink(make_conninfo(invitation.server, password=joining._password(invitation.secret)),
                        invitation.vault)
        with link:
            link.redeem("the office's own password",
                        lambda certificate: joining._joining(office, invitation, "the office's own password", None,
                                                             certificate))
        kept = office.conn.execute("SELECT certificate FROM team_joining").fetchone()[0]
        assert common_name(kept) == psycopg.conninfo.conninfo_to_dict(invitation.server)["user"]
        name, _waiting = joining.join(office, code)  # a desk now: it logs in with the invitation's certificate
        assert name == "office"
        with joining.connect(office) as link:
            desk.sync(office, link)


def test_a_temporary_folder_that_takes_no_file_is_said_in_one_sentence(tmp_path, monkeypatch):
    """The key libpq reads goes to the temporary folder; one that is gone or full stops the connection with
    a sentence that says what to do, and leaves nothing behind."""
    import tempfile

    authority = certificates.new_authority("a team")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    with pytest.raises(OperationFailed, match=r"^This desk's certificate could not be written .*; free some space"):
        Identity(certificates.issue(authority, "desk_a"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = Identity(certificates.issue(authority, "desk_a"))
    made.close()
    assert list(tmp_path.iterdir()) == []
