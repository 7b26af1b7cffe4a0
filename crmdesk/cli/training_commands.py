"""Handlers for ``training …``: the shop's data-protection briefing and who confirmed it."""

from __future__ import annotations

from pathlib import Path

from crmdesk.cli.common import day_words, emit, open_session, table
from crmdesk.core.errors import NotFound
from crmdesk.core.language import N_, tr
from crmdesk.core.permissions import role_words
from crmdesk.core.vault import training


def add_parsers(command, group) -> None:
    briefing = group("training", "the shop's data-protection briefing: read, confirm, publish, who is due")
    command(briefing, "show", training_show, "print the briefing in force (anyone)")
    p = command(briefing, "confirm", training_confirm, "confirm you read and understood it (anyone)")
    p.add_argument("--version", type=int, metavar="N", help=tr("the version you read (default: the one in "
                                                               "force)"))
    p = command(briefing, "publish", training_publish,
                "publish a new version from a text file; everyone but the owner confirms it again (owner, admin)")
    p.add_argument("file")
    command(briefing, "status", training_status, "who confirmed which version, and who is due (owner, admin)")


def training_show(args) -> int:
    with open_session(args) as session:
        briefing = training.current(session)
        due = session.training_due
    values = {"version": briefing.version, "day": day_words(briefing.published_at),
              "command": "crmdesk training confirm"}
    state = (tr("(Version {version}, published {day}. Confirm it with: {command})") if due
             else tr("(Version {version}, published {day}.)")).format(**values)
    emit(args, f"{briefing.body}\n\n{state}",
         {"version": briefing.version, "body": briefing.body, "sha256": briefing.sha256, "due": due})
    return 0


def training_confirm(args) -> int:
    with open_session(args) as session:
        version = args.version or training.current(session).version
        training.confirm(session, version)
    emit(args, tr("Confirmed: you read the shop's data-protection briefing (version "
                  "{version}).").format(version=version),
         {"confirmed": version})
    return 0


def training_publish(args) -> int:
    source = Path(args.file).expanduser()
    try:
        body = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NotFound(tr("{source} cannot be read as UTF-8 text ({value}); give a plain text "
                          "file.").format(source=source, value=getattr(exc, 'strerror', None) or exc)) from None
    with open_session(args) as session:
        published = training.publish(session, body)
    emit(args, tr("Version {version} of the briefing is in force; everyone but the owner confirms "
                  "it at their next sign-in.").format(version=published.version), {"version": published.version, "sha256": published.sha256})
    return 0


def training_status(args) -> int:
    with open_session(args) as session:
        found = training.standing(session)
        version, refresh = training.current(session).version, training.refresh_words(session)
    rows = [(t.name, role_words(t.role), str(t.version) if t.version else "—",
             day_words(t.confirmed_at) or tr("never"),
             tr("owner (writes it)") if t.role == "owner" else tr("DUE") if t.due else tr("ok")) for t in found]
    emit(args, tr("Briefing version {version}; confirmed again {period}.").format(version=version, period=refresh)
               + "\n" + table((N_("USER"), N_("ROLE"), N_("VERSION"), N_("CONFIRMED"), N_("STATE")), rows),
         [{"user": t.name, "role": t.role, "version": t.version, "confirmed_at": t.confirmed_at, "due": t.due}
          for t in found])
    return 0
