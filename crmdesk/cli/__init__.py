"""The ``crmdesk`` command line, over core and reports.

With no command it starts the desktop program. Errors print one line on
stderr and exit with the code from DESIGN.md; the traceback of an
unexpected error goes to the log file only.
"""

from __future__ import annotations

import logging
import sys

from crmdesk import applog
from crmdesk.cli.parser import build_parser
from crmdesk.core import language, process
from crmdesk.core.errors import CrmdeskError, IntegrityFailure, UsageError
from crmdesk.core.language import N_, tr
from crmdesk.core.vault import failures

log = logging.getLogger("crmdesk.cli")


# What to do next, the command-line way, for the hints core errors carry
# (core messages never name a command or flag: the window shows them too).
HINTS = {
    "find-contact": N_("'crmdesk contact search NAME' finds ids."),
    "lift-restriction": N_("Lift it with 'crmdesk restrict ID off'."),
    "lift-hold": N_("Lift it with 'crmdesk contact hold ID off'."),
    "verify-request": N_("Record the check with 'crmdesk request verify REF --method TEXT'."),
    "list-requests": N_("'crmdesk request list' shows them."),
    "list-purposes": N_("'crmdesk purpose list' shows them."),
    "list-users": N_("'crmdesk user list' shows them."),
    "list-backups": N_("'crmdesk backup list' shows them."),
    "purpose-text": N_("Give it with --text-file FILE."),
    "record-basis": N_("Record it with 'crmdesk basis record ID KEY'."),
    "consent-evidence": N_("Give --evidence-file FILE, --witness NAME or --evidence TEXT (how they asked)."),
    "returning-person": N_("Add --returning if they did."),
    "verify-vault": N_("Run 'crmdesk verify'."),
    "init-vault": N_("Create one with 'crmdesk init', or give --vault PATH."),
    "restore-force": N_("Add --force to replace it."),
    "restore-without-erasures": N_("Give --vault PATH of that vault, or add --yes."),
    "restore-confirm": N_("Add --yes to restore anyway."),
    "basis-note": N_("Give it with --note TEXT."),
    "erase-for-request": N_("Erase them with 'crmdesk erase ID --request REF'."),
}


def _print_error(exc: CrmdeskError) -> None:
    hint = tr(HINTS.get(exc.hint or "", ""))
    message = f"{exc.message} {hint}" if hint else exc.message
    print(f"crmdesk: {message}", file=sys.stderr)
    if isinstance(exc, IntegrityFailure):
        for line in exc.problems:
            if line.rstrip(".") not in exc.message:  # a problem the message already says is not said twice
                print(f"crmdesk: {line}", file=sys.stderr)


def _check_text(argv: list[str]) -> None:
    """Arguments that are not valid text (bytes from a terminal or file name
    in another encoding arrive as lone surrogates) are refused up front."""
    for number, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(tr("Argument {number} is not valid UTF-8 text; set the "
                                "terminal to UTF-8, or write the value in a file and give "
                                "the file instead.").format(number=number)) from None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    process.protect_memory()
    applog.setup()
    language.use(language.system_language())  # LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the terminal's
    parser = build_parser()
    try:
        _check_text(argv)
        args = parser.parse_args(argv)
        if getattr(args, "handler", None) is None:
            from crmdesk.ui.app import run_desktop

            return run_desktop(vault_path=args.vault, user_name=args.user)
        return args.handler(args) or 0
    except CrmdeskError as exc:
        log.info("command failed: %s (exit %d)", type(exc).__name__, exc.exit_code)
        _print_error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print(tr("crmdesk: stopped; nothing was changed by the unfinished step."), file=sys.stderr)
        return 130
    except EOFError:  # Ctrl-D (Ctrl-Z on Windows) where a passphrase, password or code was asked for
        print(tr("crmdesk: nothing was typed where it was asked for; nothing was changed."), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1
    except Exception as exc:
        known = failures.explain(exc)
        if known is not None:  # a storage failure met outside a session: disk full, read-only, busy
            log.info("command failed: %s (exit %d)", type(exc).__name__, known.exit_code)
            _print_error(known)
            return known.exit_code
        log.exception("unexpected error")
        print(
            tr("crmdesk: the command failed unexpectedly; {applog}.").format(applog=applog.where_details_are()),
            file=sys.stderr,
        )
        return 1
