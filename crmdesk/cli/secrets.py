"""Where the CLI gets passphrases, codes and remembered keys.

Order for unlocking (DESIGN.md): the OS keyring if remembered,
``CRMDESK_PASSPHRASE``, ``--passphrase-file``, an interactive prompt on a
terminal. Never a command-line argument. New passphrases: ``CRMDESK_NEW_PASSPHRASE``,
``--new-passphrase-file``, or a prompt asked twice.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from crmdesk.core.errors import OperationFailed, UsageError
from crmdesk.core.language import N_, tr


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _read_secret_file(path: str, what: str) -> str:
    """The first line of the file; ``what`` (marked N_ by the caller) names the secret in messages."""
    what = tr(what)
    try:
        text = Path(path).expanduser().read_text("utf-8")
    except OSError as exc:
        raise OperationFailed(
            tr("Cannot read the {what} file {path} ({value}); check the "
               "path.").format(what=what, path=path, value=exc.strerror or tr("unreadable"))
        ) from None
    except UnicodeDecodeError:
        raise OperationFailed(tr("The {what} file {path} is not UTF-8 "
                                 "text.").format(what=what, path=path)) from None
    secret = text.splitlines()[0] if text.splitlines() else ""
    if not secret:
        raise UsageError(tr("The {what} file {path} is empty.").format(what=what, path=path))
    return secret


def _given(variable: str, path: str | None, what: str) -> str | None:
    """A secret from the environment variable, else from the file, else None."""
    value = os.environ.get(variable)
    if value:
        return value
    if path:
        return _read_secret_file(path, what)
    return None


def passphrase(passphrase_file: str | None, prompt: str | None = None) -> str:
    value = _given("CRMDESK_PASSPHRASE", passphrase_file, N_("passphrase"))
    if value:
        return value
    if interactive():
        return getpass.getpass(prompt or tr("Passphrase: "))
    raise UsageError(
        tr("No passphrase given; set CRMDESK_PASSPHRASE, use --passphrase-file FILE, or run on a terminal.")
    )


def new_passphrase(new_passphrase_file: str | None, prompt: str | None = None) -> str:
    """``prompt``: the first question on a terminal, translated ("Type a passphrase for anna: ")."""
    value = _given("CRMDESK_NEW_PASSPHRASE", new_passphrase_file, N_("new passphrase"))
    if value:
        return value
    if interactive():
        first = getpass.getpass(prompt or tr("Type the new passphrase: "))
        second = getpass.getpass(tr("Type it again: "))
        if first != second:
            raise UsageError(tr("The two passphrases differ; nothing was changed, try again."))
        return first
    raise UsageError(
        tr("No new passphrase given; set CRMDESK_NEW_PASSPHRASE, use --new-passphrase-file FILE, or run on "
           "a terminal.")
    )


def totp_code(required: bool) -> str | None:
    value = os.environ.get("CRMDESK_TOTP_CODE")
    if value:
        return value
    if required and interactive():
        return input(tr("Authenticator code: ")).strip()
    return None


def recovery_code() -> str:
    value = os.environ.get("CRMDESK_RECOVERY_CODE")
    if value:
        return value
    if interactive():
        return input(tr("Recovery code: ")).strip()
    raise UsageError(tr("No recovery code given; set CRMDESK_RECOVERY_CODE or run on a terminal."))


def pdf_password(path: str | None) -> str | None:
    """The password for an access report, from its file (never the command line)."""
    from crmdesk.reports.subject_files import check_password

    if not path:
        return None
    value = _read_secret_file(path, N_("PDF password"))
    check_password(value)
    return value


def invitation_code(invitation_file: str | None) -> str:
    """A team invitation code: ``CRMDESK_INVITATION``, ``--invitation-file``, or a prompt (not echoed: the
    code opens the team's key until it is used)."""
    value = _given("CRMDESK_INVITATION", invitation_file, N_("invitation"))
    if value:
        return value
    if interactive():
        return getpass.getpass(tr("Paste the invitation code: "))
    raise UsageError(tr("No invitation code given; set CRMDESK_INVITATION, use --invitation-file FILE, or run "
                        "on a terminal."))


def server_password(user: str) -> str | None:
    """The team server's administrator's password, asked on a terminal; None elsewhere."""
    if interactive():
        return getpass.getpass(tr("Password of {user} on the team server: ").format(user=user))
    return None
