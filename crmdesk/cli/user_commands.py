"""Handlers for ``user …``: accounts, passphrases and the authenticator code."""

from __future__ import annotations

import sys

from crmdesk.cli import secrets
from crmdesk.cli.common import emit, open_session, table
from crmdesk.core import vault
from crmdesk.core.language import N_, tr
from crmdesk.core.permissions import Permission, role_words
from crmdesk.core.vault import users
from crmdesk.core.vault.session import User


def _user_json(user: User) -> dict:
    return {
        "id": user.id, "name": user.name, "display_name": user.display_name,
        "role": user.role.value, "active": user.active, "totp": user.totp_enabled,
    }


def user_add(args) -> int:
    with open_session(args) as session:
        session.require(Permission.ADMINISTER)  # before asking for a passphrase
        users.check_new_user_role(args.role)
        vault.check_user_name(args.name)
        passphrase = secrets.new_passphrase(args.new_passphrase_file,
                                            tr("Type a passphrase for {name}: ").format(name=args.name))
        user = users.add_user(
            session, args.name, role=args.role, passphrase=passphrase, display_name=args.display_name
        )
    emit(args, tr("Added user '{name}' ({role}).").format(name=user.name, role=role_words(user.role)),
         _user_json(user))
    return 0


def user_list(args) -> int:
    with open_session(args) as session:
        accounts = users.list_users(session)
    rows = [
        (u.name, role_words(u.role), tr("active") if u.active else tr("disabled"),
         tr("yes") if u.totp_enabled else tr("no"), u.display_name)
        for u in accounts
    ]
    emit(args, table((N_("NAME"), N_("ROLE"), N_("STATUS"), N_("TOTP"), N_("DISPLAY NAME")), rows),
         [_user_json(u) for u in accounts])
    return 0


def user_passwd(args) -> int:
    with open_session(args) as session:
        target = users.find_user(session, args.name) if args.name else session.user
        users.check_may_manage(session, target)
        passphrase = secrets.new_passphrase(args.new_passphrase_file)
        users.change_passphrase(session, target.name, passphrase)
    emit(args, tr("The passphrase of '{name}' is "
                  "changed.").format(name=target.name), {"user": target.name, "changed": True})
    return 0


def user_disable(args) -> int:
    with open_session(args) as session:
        user = users.disable_user(session, args.name)
    emit(
        args,
        tr("Disabled '{name}'. The master key was rotated, so their passphrase and any old copy of "
           "their key slot open nothing.").format(name=user.name),
        _user_json(user),
    )
    return 0


def user_totp(args) -> int:
    with open_session(args) as session:
        if args.action == "disable":
            users.disable_totp(session, args.name)
            name = args.name or session.user.name
            emit(args, tr("Unlocking as '{name}' no longer asks for an authenticator code.").format(name=name),
                 {"user": name, "totp": False})
            return 0
        setup = users.enable_totp(session, args.name)
        name = args.name or session.user.name
    if args.json:
        emit(args, "", {"user": name, "totp": True, "secret": setup.secret, "uri": setup.uri})
        return 0
    print(tr("Scan this QR code with an authenticator app, or type the secret by hand.\n"))
    if sys.stdout.isatty():
        import segno

        segno.make(setup.uri, error="m").terminal(compact=True)
    print(tr("Secret: {secret}\nURI:    {uri}\n").format(secret=setup.secret, uri=setup.uri))
    print(tr("From now on, unlocking as '{name}' also asks for the 6-digit code.").format(name=name))
    return 0
