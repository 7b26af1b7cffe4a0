"""Handlers for ``team …``: several desks sharing one customer list through PostgreSQL (README,
"Several desks"). The server's administrator's password is taken from libpq's own places
(``PGPASSWORD``, the password file) or asked on a terminal, and never kept."""

from __future__ import annotations

from psycopg import conninfo as pg_conninfo

from crmdesk.cli import secrets
from crmdesk.cli.common import emit, moment_words, note, open_session, table
from crmdesk.core import language
from crmdesk.core.errors import CrmdeskError, UsageError
from crmdesk.core.language import N_, tr, trn
from crmdesk.core.team import desk, joining, witness
from crmdesk.core.team.server import PasswordNeeded


def _as_admin(session, given: str | None, run):
    """``run(admin)`` with the shop's administrator's connection string (``--server``, else the one this
    desk was set up with); on a terminal, the password is asked when the server wants one."""
    admin = given or joining.admin_of(session)
    try:
        return run(admin)
    except PasswordNeeded:
        user = pg_conninfo.conninfo_to_dict(admin).get("user") or tr("the server's user")
        password = secrets.server_password(user)
        if password is None:
            raise
        return run(pg_conninfo.make_conninfo(admin, password=password))


def _check_server(text: str) -> str:
    try:
        pg_conninfo.conninfo_to_dict(text)
    except Exception as exc:  # psycopg's ProgrammingError: not a connection string at all
        raise UsageError(tr("The server is written as postgresql://USER@HOST/DATABASE; check --server.")) from exc
    return text


def team_init(args) -> int:
    server = _check_server(args.server)
    with open_session(args) as session:
        waiting = _as_admin(session, server, lambda admin: joining.start(session, admin, args.desk))
        found = joining.status(session)
    lines = joining.server_lines(found.database, "NETWORK")
    emit(args, trn("This vault is now the desk {name} of a new team on {server}; {n} contact waits to be sent.",
                   "This vault is now the desk {name} of a new team on {server}; {n} contacts wait to be sent.",
                   waiting).format(name=found.name, server=found.server)
         + "\n" + tr("Send them with 'crmdesk team sync', and invite the other desks with 'crmdesk team invite "
                     "NAME'.")
         + "\n\n" + tr("For the server (README, Several desks): save the desks' certificate authority with "
                        "'crmdesk team ca > desks-ca.crt', make it PostgreSQL's ssl_ca_file, and put these lines "
                        "in pg_hba.conf before every other line, with the shop's network in place of NETWORK:") + "\n\n" + lines,
         {"desk": found.name, "server": found.server, "vault": found.vault, "waiting": waiting,
          "pg_hba": lines})
    return 0


def team_ca(args) -> int:
    with open_session(args) as session:
        certificate = joining.authority_certificate(session)
    emit(args, certificate.rstrip("\n"), {"certificate": certificate})
    return 0


def team_invite(args) -> int:
    server = _check_server(args.server) if args.server else None
    with open_session(args) as session:
        invitation = _as_admin(session, server, lambda admin: joining.invite(session, admin, args.name, args.hours))
    expires = moment_words(invitation.expires.isoformat())
    emit(args, tr("Invitation for the desk {name}, valid until {time}. At that desk, run 'crmdesk team join' and "
                  "paste:").format(name=args.name, time=expires) + "\n\n" + invitation.code + "\n\n"
         + tr("Anyone with this code can join the team until it is used; pass it on in person, not by e-mail."),
         {"desk": args.name, "expires": invitation.expires.isoformat(), "code": invitation.code})
    return 0


def team_join(args) -> int:
    with open_session(args) as session:
        code = secrets.invitation_code(args.invitation_file)
        name, waiting = joining.join(session, code)
        synced = None
        if not args.no_sync:
            with joining.connect(session) as link:
                synced = desk.sync(session, link)
    human = tr("This vault is now the desk {name} of the team.").format(name=name)
    if synced is not None:
        human += " " + trn("{n} contact received from the team.", "{n} contacts received from the team.",
                           synced.received)
    else:
        human += " " + trn("{n} contact waits to be sent.", "{n} contacts wait to be sent.", waiting)
    emit(args, human, {"desk": name, "waiting": waiting, "received": synced.received if synced else None})
    return 0


def team_status(args) -> int:
    with open_session(args) as session:
        found = joining.status(session)
        desks, problem = None, None
        if found is not None and not args.offline:
            try:
                with joining.connect(session) as link:
                    desks = link.desks()
            except CrmdeskError as exc:  # what this desk knows is still said, then why the server was not
                problem = exc
    if found is None:
        emit(args, tr("This vault is a desk of its own, in no team; 'crmdesk team init' starts one."), {"team": None})
        return 0
    data = {"desk": found.name, "server": found.server, "vault": found.vault, "key_epoch": found.epoch,
            "exchanged_at": found.synced_at, "waiting": found.waiting, "conflicts": found.conflicts,
            "desks": None if desks is None else [{"name": name, "joined_at": joined.isoformat(), "this": me}
                                                 for name, joined, me, _role in desks]}
    lines = [tr("Desk {name} of the team on {server}.").format(name=found.name, server=found.server),
             tr("Last exchange with the team: {time}.").format(
                 time=moment_words(found.synced_at) if found.synced_at else tr("never")),
             trn("{n} change waits to be sent.", "{n} changes wait to be sent.", found.waiting),
             trn("{n} conflict waits for review.", "{n} conflicts wait for review.", found.conflicts)]
    if desks is not None:
        lines += ["", table((N_("DESK"), N_("JOINED")),
                            [(tr("{name} (this desk)").format(name=name) if me else name, moment_words(joined.isoformat())) for name, joined, me, _role in desks])]
    emit(args, "\n".join(lines), data)
    if problem is not None:
        raise problem
    return 0


def team_sync(args) -> int:
    with open_session(args) as session, joining.connect(session) as link:
        synced = desk.sync(session, link)
    if synced.too_large:
        note(trn("{n} contact is too large to send and waits here; shorten its notes.",
                 "{n} contacts are too large to send and wait here; shorten their notes.", len(synced.too_large)))
    if synced.server_put_back:
        note(tr("The team server was put back from an older copy; this desk gave it back what it had lost."))
    if synced.alarms:
        note(tr("The audit log of a desk of the team went back or was rewritten; 'crmdesk team alarms' says which."))
    text = tr("Sent {sent}, received {received}; {held} held and {conflicts} conflicts for review.").format(
        sent=synced.sent, received=synced.received, held=synced.held, conflicts=synced.conflicts)
    if synced.events_sent or synced.events_received:
        text += " " + tr("Also sent {sent} and received {received} consent entries, interactions, requests and "
                         "purposes.").format(
            sent=synced.events_sent, received=synced.events_received)
    emit(args, text, {"sent": synced.sent, "received": synced.received, "held": synced.held,
                      "conflicts": synced.conflicts, "too_large": synced.too_large, "events_sent": synced.events_sent,
                      "events_received": synced.events_received, "server_put_back": synced.server_put_back,
                      "given_back": synced.put_back, "alarms": synced.alarms})
    return 0


def team_alarms(args) -> int:
    with open_session(args) as session:
        if args.explained is not None:
            witness.explain(session, args.explained)
            emit(args, tr("Alarm {number} is marked as explained; the audit log keeps that you did.").format(
                number=args.explained), {"explained": args.explained})
            return 0
        found = witness.alarms(session)
    lang = language.active()
    data = [{"number": a.id, "desk": a.desk, "this_desk": a.this_desk, "kind": a.kind, "entry": a.entry,
             "seen_at": a.seen_at, "ends": a.ends, "found_at": a.found_at, "sentence": witness.sentence(a, lang)}
            for a in found]
    if not found:
        emit(args, tr("No alarm about the audit log of a desk of the team."), data)
        return 0
    lines = [f"{a['number']}. {a['sentence']}" for a in data]
    lines += ["", tr("Once you know what happened: crmdesk team alarms --explained N")]
    emit(args, "\n".join(lines), data)
    return 5


def team_remove(args) -> int:
    server = _check_server(args.server) if args.server else None
    with open_session(args) as session:
        epoch = _as_admin(session, server, lambda admin: joining.remove(session, admin, args.name))
    if epoch is None:
        human = tr("The invitation for the desk {name} is withdrawn.").format(name=args.name)
    else:
        human = tr("The desk {name} is removed from the team, and the team has a new key the desk does not "
                   "hold.").format(name=args.name) + " " + tr(
            "This desk seals every contact anew with it at its next sync ('crmdesk team sync').")
    emit(args, human, {"desk": args.name, "key_epoch": epoch})
    return 0


def team_restore_key(args) -> int:
    server = _check_server(args.server) if args.server else None
    with open_session(args) as session:
        given = _as_admin(session, server, lambda admin: joining.restore_key(session, admin))
        epoch = desk.linked(session).epoch
    emit(args, tr("The team server holds the team's newest key again. This desk seals every contact anew with it "
                  "at its next sync; every other desk gives it its users' copies at its next sync, so bring each "
                  "desk online once ('crmdesk team sync')."),
         {"key_epoch": epoch, "keys_given_back": given})
    return 0


def team_leave(args) -> int:
    with open_session(args) as session:
        unsent = desk.unlink(session)
    human = tr("This vault is a desk of its own again; its contacts stay.")
    if unsent:
        human += " " + trn("{n} change made here never reached the team.", "{n} changes made here never reached "
                           "the team.", unsent)
    emit(args, human, {"left": True, "unsent": unsent})
    return 0
