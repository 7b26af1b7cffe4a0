"""Setting up a team: the first desk starts it, an administrator invites the others, a new desk joins
with its invitation code, and a desk that left (a stolen laptop) is removed.

The shop's administrator is a PostgreSQL role that owns the team's database and may create roles
(README, "Several desks"). Its password is asked for each time and never kept: a desk keeps the
server's address (``team_link.admin``) and its own desk role's password (``team_link.secret``, inside
the encrypted vault; the server holds only its SCRAM verifier).

An invitation code carries the server's address, the new desk's role, and 16 random bytes from which
both the role's first password and the key that seals the team key for the invitation are derived.
The server keeps the sealed team key until the desk joins, once, within the hours given; joining sets a
password of the desk's own, so the code is worth nothing afterwards. Whoever runs the server never
holds the code, so it never holds the team key.

Each user of a desk who may edit gets their copy of the team key, sealed to their public key
(``give_key_slots``): after a desk is removed, the new key is sealed to those of every other desk. A
vault copied from another desk's holds that desk's users' private keys, so the server refuses its
users' copies: each desk starts from a vault of its own (``crmdesk init``) and takes the contacts
from the team.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from psycopg import conninfo as pg_conninfo

from crmdesk.core.errors import (
    AuthenticationFailed,
    CrmdeskError,
    IntegrityFailure,
    NotFound,
    UsageError,
)
from crmdesk.core.language import tr
from crmdesk.core.permissions import Permission
from crmdesk.core.team import certificates, desk, sealing, server
from crmdesk.core.team.certificates import Identity, Pair
from crmdesk.core.team.server import DeskLink, KeySlot
from crmdesk.core.vault.session import Session

CODE_PREFIX = "crmdesk-team-"
INVITATION_HOURS = 24
_ADDRESS = ("host", "hostaddr", "port", "dbname", "sslmode")  # what of the server's address a desk is given


def _derived(secret: bytes, what: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=f"crmdesk team invitation {what}".encode()).derive(secret)


def _password(secret: bytes, what: str = "password") -> str:
    return base64.urlsafe_b64encode(_derived(secret, what)).decode().rstrip("=")


@dataclass(frozen=True)
class Invitation:
    server: str  # the desk's connection string, without a password
    vault: str
    id: str
    secret: bytes
    expires: datetime | None = None

    @property
    def code(self) -> str:
        data = {"v": 1, "server": self.server, "vault": self.vault, "id": self.id,
                "secret": base64.urlsafe_b64encode(self.secret).decode()}
        text = json.dumps(data, separators=(",", ":")).encode()
        return CODE_PREFIX + base64.urlsafe_b64encode(text).decode().rstrip("=")

    @classmethod
    def parse(cls, code: str) -> Invitation:
        text = "".join(code.split())  # a code broken over lines, or pasted with spaces
        try:
            if not text.startswith(CODE_PREFIX):
                raise ValueError("prefix")
            body = text[len(CODE_PREFIX):]
            data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            found = cls(str(data["server"]), str(uuid.UUID(data["vault"])), str(uuid.UUID(data["id"])),
                        base64.urlsafe_b64decode(data["secret"]))
            if data["v"] != 1 or len(found.secret) != 16:
                raise ValueError("form")
            pg_conninfo.conninfo_to_dict(found.server)
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError, Exception) as exc:
            raise UsageError(tr("That is not a whole crmdesk invitation code; copy all of it, from "
                                "crmdesk-team- to its end.")) from exc
        return found

    def binding(self, epoch: int) -> sealing.Binding:
        return sealing.Binding(self.vault, "invitation", self.id, 0, epoch)


def _without_password(conninfo: str) -> str:
    parts = pg_conninfo.conninfo_to_dict(conninfo)
    parts.pop("password", None)
    return pg_conninfo.make_conninfo(**parts)


def checked_address(conninfo: str) -> str:
    """``conninfo`` (the administrator's), UsageError when it reaches the server over the network without
    checking the server's certificate: a desk given an address from it would send its password and its
    changes to whoever poses as the server. A server on this computer through its socket needs no check."""
    parts = pg_conninfo.conninfo_to_dict(conninfo)
    named = ",".join(filter(None, (parts.get("host"), parts.get("hostaddr"))))
    hosts = [h for h in (named or os.environ.get("PGHOST") or os.environ.get("PGHOSTADDR") or "").split(",") if h]
    over_network = any(not h.startswith(("/", "@")) for h in hosts)
    if parts.get("service") or os.environ.get("PGSERVICE") or (over_network and not named):
        raise UsageError(tr("Name the team server's host in its address (postgresql://ADMIN@HOST/DATABASE"
                            "?sslmode=verify-full), not in PGHOST or a service file: the desks invited get the "
                            "address as written."))
    if over_network and parts.get("sslmode") not in ("verify-full", "verify-ca"):
        raise UsageError(tr("The server's address does not have its certificate checked; add ?sslmode=verify-full "
                            "to it (postgresql://ADMIN@HOST/DATABASE?sslmode=verify-full; README, Several desks)."))
    return conninfo


def _desk_address(admin: str, database: str, role: str) -> str:
    parts = pg_conninfo.conninfo_to_dict(checked_address(admin))
    kept = {key: value for key, value in parts.items() if key in _ADDRESS}
    return pg_conninfo.make_conninfo(**{**kept, "dbname": database, "user": role})


def connect(session: Session) -> DeskLink:
    """This desk's connection to its team's server, with its certificate (NotFound when it is no desk of a
    team)."""
    team = desk.linked(session)
    secret, certificate, key = session.conn.execute("SELECT secret, certificate, certificate_key FROM team_link").fetchone()
    return DeskLink(pg_conninfo.make_conninfo(team.server, password=secret) if secret else team.server, team.vault,
                    Identity(Pair(certificate, key)) if certificate else None)


def authority(session: Session) -> Pair | None:
    """The team's certificate authority as this desk holds it (None: a desk linked before desks had
    certificates)."""
    found = session.conn.execute("SELECT authority_certificate, authority_key FROM team_link").fetchone()
    return None if found is None or found[0] is None else Pair(found[0], found[1])


def server_lines(database: str, network: str) -> str:
    """The lines of the server's pg_hba.conf for the team's database, reached from ``network``, to come
    before any other line that could match (README): its administrators with their password; desks with
    their password and their certificate, made out to their role (``clientcert=verify-full``); any other
    role with its password: a desk invited and not joined yet, with its invitation's (a role the team
    dropped, a desk removed, is then refused for its password, and told so)."""
    names = server.role_names(database)
    plain = all(ch in "abcdefghijklmnopqrstuvwxyz0123456789_" for ch in database)
    where = database if plain else '"' + database.replace('"', '""') + '"'
    return (f"hostssl {where} +{names['admin']} {network} scram-sha-256\n"
            f"hostssl {where} +{names['desk']} {network} scram-sha-256 clientcert=verify-full\n"
            f"hostssl {where} all {network} scram-sha-256\n")


def authority_certificate(session: Session) -> str:
    """The team's certificate authority's certificate (PEM), for the server's ``ssl_ca_file``."""
    found = authority(session) if desk.linked(session) else None
    if found is None:
        raise NotFound(tr("This desk holds no certificate authority of its team (it joined before desks had "
                          "certificates)."))
    return found.certificate


def start(session: Session, admin: str, name: str) -> int:
    """Make this vault the first desk of a new team on the server ``admin`` reaches (the connection string
    of the shop's administrator; the team's schema is installed there when it is not yet); the number of
    contacts waiting to be sent. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    name = _desk_name(name)
    desk.unlinked(session)
    database = server.ensure_installed(checked_address(admin))
    generation = str(uuid.uuid4())
    vault = server.create_vault(admin, generation)
    role, password = _new_role(), secrets.token_urlsafe(32)
    oid = server.add_desk(admin, vault, role, password, name)
    # The team's certificate authority, which the server cannot know yet (README): this desk shows its
    # certificate from its first sync on
    made = certificates.new_authority(database)
    address = _desk_address(admin, database, role)
    waiting = desk.link(session, address, vault, 1, os.urandom(32), generation, name=name, secret=password,
                        admin=_without_password(admin), role=oid, certificates=(made, certificates.issue(made, role)))
    try:  # its users' copies of the team key, now where the server does not ask desks for certificates yet
        with DeskLink(pg_conninfo.make_conninfo(address, password=password), vault) as link:
            desk.give_key_slots(session, link)
    except CrmdeskError:
        pass  # (a server set up for an earlier team, which asks for them): at the first sync, or invitation
    return waiting


def invite(session: Session, admin: str | None, name: str, hours: int = INVITATION_HOURS) -> Invitation:
    """An invitation for a new desk called ``name``, to join within ``hours``. ``admin``: the shop's
    administrator's connection string (default: the one this desk was set up with). Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    name = _desk_name(name)
    if not 1 <= hours <= 24 * 14:
        raise UsageError(tr("An invitation is valid for 1 to 336 hours (two weeks)."))
    team = desk.linked(session)
    admin = admin or admin_of(session)
    role, secret = _new_role(), os.urandom(16)
    invitation = Invitation(_desk_address(admin, pg_conninfo.conninfo_to_dict(team.server)["dbname"], role),
                            team.vault, str(uuid.uuid4()), secret, datetime.now(UTC) + timedelta(hours=hours))
    with connect(session) as link:
        epoch = desk.take_new_key(session, link)
        desk.give_key_slots(session, link)  # (a first desk that has not synchronised yet)
    older = {str(e): base64.b64encode(k).decode() for e, k in desk.team_keys(session).items() if e != epoch}
    material = {"key": base64.b64encode(desk.team_key(session, epoch)).decode(), "older": older}
    made, certificate = authority(session), None
    if made is not None:  # the new desk makes its own certificate with it once joined; until then, this one
        material["authority"] = {"certificate": made.certificate, "key": made.key}
        certificate = certificates.issue(made, role, certificates.invitation_key(secret),
                                         invitation.expires + certificates.JOIN_GRACE).certificate
    sealed = sealing.seal(_derived(secret, "key"), invitation.binding(epoch), material)  # older keys open what
    with session.operation(Permission.ADMINISTER, "team.invited", detail={"desk": name}):  # they sealed
        server.invite(admin, team.vault, name, role, _password(secret), epoch, sealed, invitation.expires, certificate)
    return invitation


def join(session: Session, code: str) -> tuple[str, int]:
    """Make this vault a desk of the team the invitation ``code`` is for: its name in the team, and the
    number of contacts of this vault waiting to be sent. Joining again with the same code after a crash
    finishes what the first try began. Needs ADMINISTER.

    The steps, each kept before the next: this desk's new password (here); the invitation used up and the
    password set (the server); the team's keys as the invitation sealed them (here); this desk's users'
    copies of the key (the server); the link (here)."""
    session.require(Permission.ADMINISTER)
    invitation = Invitation.parse(code)
    desk.unlinked(session)
    began = session.conn.execute("SELECT secret, material, certificate FROM team_joining WHERE invitation = ?",
                                 (invitation.id,)).fetchone()
    if began is not None:
        material = json.loads(began[1]) if began[1] else None
        try:  # a desk now, as the server took it: with its own certificate once made, else the invitation's
            link = DeskLink(pg_conninfo.make_conninfo(invitation.server, password=began[0]), invitation.vault,
                            _joining_identity(invitation, began[2], material))
        except server.DeskRefused:
            pass  # the server never took that password: the join starts again
        else:
            with link:
                return _go_on(session, invitation, link, began[0], material)
    password = secrets.token_urlsafe(32)
    try:
        link = DeskLink(pg_conninfo.make_conninfo(invitation.server, password=_password(invitation.secret)),
                        invitation.vault)
    except server.DeskRefused as exc:
        raise _used() from exc
    with link:
        try:  # a code used, withdrawn or expired leaves this vault as it was
            link.redeem(password, lambda certificate: _joining(session, invitation, password, None, certificate))
        except server.DeskRefused as exc:
            raise _used() from exc
        return _go_on(session, invitation, link, password, None)


def _joining_identity(invitation: Invitation, certificate: str | None, material: dict | None) -> Identity | None:
    """What a desk whose join was cut short logs in with: its own certificate once it made it (``_go_on``),
    else the one its invitation brought (None: the invitation brought none)."""
    own = (material or {}).get("certificates")
    if own:
        return Identity(Pair(*own[2:]))
    return Identity(certificates.of_invitation(invitation.secret, certificate)) if certificate else None


def _go_on(session: Session, invitation: Invitation, link: DeskLink, password: str,
           material: dict | None) -> tuple[str, int]:
    """A join from its invitation used up: the keys, the users' copies, the link (see ``join``)."""
    pending = link.joined_key()
    if material is None:
        if pending is None:  # finished at the server, but the keys were never kept here
            raise _used()
        epoch, sealed = pending
        content = sealing.unseal(_derived(invitation.secret, "key"), invitation.binding(epoch), sealed)
        material = {"epoch": epoch, "key": content["key"], "older": content.get("older") or {}}
        if content.get("authority"):  # this desk's own certificate, which no one else ever held the key of
            made = Pair(**content["authority"])
            own = certificates.issue(made, pg_conninfo.conninfo_to_dict(invitation.server)["user"])
            material["certificates"] = [made.certificate, made.key, own.certificate, own.key]
        certificate = session.conn.execute("SELECT certificate FROM team_joining WHERE invitation = ?",
                                           (invitation.id,)).fetchone()
        _joining(session, invitation, password, material, certificate and certificate[0])
    epoch, key = material["epoch"], base64.b64decode(material["key"])
    slots = desk.slots_to_give(session, invitation.vault, epoch, key, link.role_oid())
    if pending is not None:
        link.finish_join(epoch, slots)
    generation = link.state().generation
    name = next(name for name, _joined, me, _role in link.desks() if me)
    made = material.get("certificates")
    waiting = desk.link(session, invitation.server, invitation.vault, epoch, key, generation,
                        older_keys={int(e): base64.b64decode(k) for e, k in material["older"].items()},
                        name=name, secret=password, role=link.role_oid(),
                        certificates=(Pair(*made[:2]), Pair(*made[2:])) if made else None)
    desk.slots_given(session, epoch, slots)
    return name, waiting


def _joining(session: Session, invitation: Invitation, password: str, material: dict | None,
             certificate: str | None) -> None:
    """What a join took so far, kept before the server takes the next step: this desk's password, the
    certificate of the invitation, and the keys (``material``)."""
    with session.operation(Permission.ADMINISTER, "team.joining", detail={"vault": invitation.vault}) as op:
        op.conn.execute("INSERT OR REPLACE INTO team_joining (one, invitation, secret, started_at, material,"
                        " certificate) VALUES (1, ?, ?, ?, ?, ?)",
                        (invitation.id, password, op.now, None if material is None else json.dumps(material),
                         certificate))


def remove(session: Session, admin: str | None, name: str) -> int | None:
    """Remove the desk called ``name`` from the team: a desk that joined loses its role, and the team key
    changes, sealed to the users of every other desk (the new epoch), and every contact this desk holds is
    sealed anew with it at its next sync; an invitation still waiting is withdrawn (None). Needs
    ADMINISTER."""
    session.require(Permission.ADMINISTER)
    team = desk.linked(session)
    admin = checked_address(admin or admin_of(session))
    known = server.desks_of(admin, team.vault)
    found = next((d for d in known if d.name == name), None)
    if found is None:
        raise NotFound(tr("The team has no desk called {name}; 'crmdesk team status' lists them.").format(name=name))
    if found.name == team.name:
        raise UsageError(tr("That is this desk; remove it from another desk of the team."))
    with connect(session) as link:
        epoch = desk.take_new_key(session, link)
    if found.joined is not None:  # the new key goes to the users who hold this one: no desk may be missing
        holding = {slot.desk for slot in server.key_slots_of(admin, team.vault, epoch)}
        missing = sorted(d.name for d in known if d.joined is not None and d.oid not in holding and d.name != name)
        if missing:
            raise UsageError(tr("The desks {names} have not given their users' copies of the team key since the "
                                "server was put back; run 'crmdesk team sync' there first, or they would be left "
                                "out of the new key.").format(names=", ".join(missing)))
    new_epoch = None
    with session.operation(Permission.ADMINISTER, "team.desk_removed", detail={"desk": name}) as op:
        if found.joined is None:
            if not server.withdraw(admin, found.role):
                raise UsageError(tr("The desk {name} joined meanwhile; remove it again to take it out of the "
                                    "team.").format(name=name))
        else:
            new_epoch = server.revoke(admin, team.vault, epoch,
                                      new_key_slots(session, admin, epoch, leaving=found.oid), [found.role])
            op.detail["epoch"] = new_epoch
            desk.reseal(op)  # every contact sealed anew at the next sync
    if new_epoch is not None:
        with connect(session) as link:
            desk.take_new_key(session, link)
    return new_epoch


def restore_key(session: Session, admin: str | None) -> int:
    """Give a team server put back from a copy made before a desk was removed the team keys it lost, as this
    desk holds them: each newer key sealed to this desk's own users only (a public key the put-back server
    holds could be one a removed desk put there with the old key), with the word of the key before it. The
    other desks give their users' copies at their next sync (``marks.check``); contacts this desk holds are
    sealed anew at its next sync, and invitations still waiting, which hold the old key, are withdrawn.
    How many keys were given back. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    team = desk.linked(session)
    admin = checked_address(admin or admin_of(session))
    with connect(session) as link:
        on_server, role = link.state().epoch, link.role_oid()
    if on_server >= team.epoch:
        raise UsageError(tr("The team server holds the team's newest key already; there is nothing to give "
                            "back."))
    given = {}  # each key given back, sealed to this desk's users, before anything changes here or there
    for epoch in range(on_server, team.epoch):
        key = desk.team_key(session, epoch + 1)
        proof = sealing.key_change_proof(desk.team_key(session, epoch), team.vault, epoch + 1, key)
        given[epoch] = desk.slots_to_give(session, team.vault, epoch + 1, key, role, set(), proof)
        if not given[epoch]:
            raise UsageError(tr("No user of this desk may edit, so this desk cannot hold the team key for the "
                                "team; give it back from another desk."))
    with session.operation(Permission.ADMINISTER, "team.resealing", detail={}) as op:
        desk.reseal(op)  # first, so that a restore cut short after the server took the key still seals anew
    with session.operation(Permission.ADMINISTER, "team.key_restored",
                           detail={"epoch": team.epoch, "server_epoch": on_server}) as op:
        for epoch, slots in given.items():
            server.revoke(admin, team.vault, epoch, slots, [])
        op.conn.execute("DELETE FROM team_slots WHERE epoch = ?", (team.epoch,))
        op.conn.executemany("INSERT INTO team_slots (user_id, epoch) VALUES (?, ?)",
                            [(slot.holder, team.epoch) for slot in slots])
    return team.epoch - on_server


def new_key_slots(session: Session, admin: str, epoch: int, leaving: int | None) -> list[KeySlot]:
    """A new team key of ``epoch`` + 1, sealed to the users of every desk but ``leaving``, each copy with the
    word of a desk that it is the new key (made with the key of now). Only public keys a desk vouched for
    with the key of now are taken: IntegrityFailure when the server holds one no desk did."""
    team = desk.linked(session)
    old_key, new_key = desk.team_key(session, epoch), os.urandom(32)
    proof = sealing.key_change_proof(old_key, team.vault, epoch + 1, new_key)
    slots = []
    for slot in server.key_slots_of(admin, team.vault, epoch):
        if slot.desk == leaving:
            continue
        vouched = sealing.holder_proof(old_key, team.vault, epoch, slot.holder, slot.public_key, slot.desk)
        if slot.proof is None or not hmac.compare_digest(slot.proof, vouched):
            raise IntegrityFailure(tr("A user's public key on the team server was not put there by a desk of the "
                                      "team; nothing was changed. Tell the shop's administrator."))
        slots.append(KeySlot(slot.holder, slot.public_key,
                             sealing.seal_team_key(slot.public_key, new_key, team.vault, epoch + 1, slot.holder, proof),
                             slot.desk, sealing.holder_proof(new_key, team.vault, epoch + 1, slot.holder,
                                                             slot.public_key, slot.desk)))
    return slots


@dataclass(frozen=True)
class Status:
    name: str
    server: str  # where the server is, as a person reads it: host and database
    vault: str
    epoch: int
    synced_at: str | None
    waiting: int  # contacts changed here and not sent yet
    conflicts: int  # changes and fields kept for a person to review
    alarms: int = 0  # alarms about a desk's audit log no one explained yet (``witness``)
    database: str = ""  # the team's database on the server


def status(session: Session) -> Status | None:
    """The desk as this vault knows it, without asking the server; None for a vault of one desk."""
    team = desk.link_of(session)
    if team is None:
        return None
    parts = pg_conninfo.conninfo_to_dict(team.server)
    place = f"{parts.get('host') or parts.get('hostaddr') or 'localhost'}/{parts.get('dbname', '')}"
    synced_at = session.conn.execute("SELECT synced_at FROM team_link").fetchone()[0]
    waiting = session.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0]
    conflicts = session.conn.execute("SELECT count(*) FROM team_conflicts").fetchone()[0]
    alarms = session.conn.execute("SELECT count(*) FROM team_alarms WHERE explained_at IS NULL").fetchone()[0]
    return Status(team.name, place, team.vault, team.epoch, synced_at, waiting, conflicts, alarms,
                  parts.get("dbname", ""))


def _used() -> AuthenticationFailed:
    return AuthenticationFailed(tr("That invitation was used already or withdrawn; ask the shop's owner for a new "
                                   "one."))


def _desk_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not 1 <= len(name) <= 60:
        raise UsageError(tr("A desk's name is 1 to 60 characters, such as counter or office."))
    return name


def _new_role() -> str:
    return f"desk_{secrets.token_hex(8)}"


def admin_of(session: Session) -> str:
    admin = session.conn.execute("SELECT admin FROM team_link").fetchone()[0]
    if not admin:
        raise UsageError(tr("This desk does not know the team server's administrator; give the server with "
                            "--server postgresql://ADMIN@HOST/DATABASE?sslmode=verify-full."))
    return admin
