"""What every command handler shares: where the vault is, unlocking it, and printing.

Output is for people by default and JSON with ``--json``; notes go to stderr
with a ``crmdesk: note:`` prefix; errors are raised as ``CrmdeskError`` and
printed by ``crmdesk.cli.main``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from crmdesk.cli import secrets
from crmdesk.core import fsutil, language, vault
from crmdesk.core.errors import (
    IntegrityFailure,
    NotFound,
    OperationFailed,
    TotpRequired,
    UsageError,
)
from crmdesk.core.language import NP_, tr, trn
from crmdesk.core.people.contact_model import Birthday
from crmdesk.core.vault import remember
from crmdesk.core.vault.session import KEYSLOTS_NAME, Session, VaultPaths

# Dates a person gives: this side of 1900 and of 9000 (a year like 0001 or 99999 is a typo).
FIRST_YEAR, LAST_YEAR = 1900, 8999


def _in_range(text: str, value):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a date between {FIRST_YEAR} and "
                                            "{LAST_YEAR}").format(text=text.strip(), FIRST_YEAR=FIRST_YEAR,
                                                                  LAST_YEAR=LAST_YEAR))
    return value


def parse_date(text: str) -> date:
    """YYYY-MM-DD."""
    try:
        return _in_range(text, date.fromisoformat(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a date; write it as "
                                            "YYYY-MM-DD").format(text=text.strip())) from None


def parse_birthday_option(text: str) -> Birthday | str:
    """YYYY-MM-DD, or MM-DD (--MM-DD) when the year is not known; "" (no
    birthday) clears it."""
    day = text.strip()
    if not day:
        return ""
    if len(day) == 5:
        day = "--" + day
    if day.startswith("--"):
        try:
            return Birthday.fromisoformat(day)
        except ValueError:
            raise argparse.ArgumentTypeError(
                tr("'{text}' is not a day of the year; write it as MM-DD, "
                   "e.g. 04-23").format(text=text.strip())) from None
    return Birthday.of(parse_date(day))


def parse_noon(text: str) -> datetime:
    """YYYY-MM-DD, as noon UTC that day (a day to plan for)."""
    day = parse_date(text)
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def parse_moment(text: str) -> datetime:
    """YYYY-MM-DD (noon that day) or YYYY-MM-DDTHH:MM, local time."""
    try:
        moment = _in_range(text, datetime.fromisoformat(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("'{text}' is not a date; write it as YYYY-MM-DD or "
               "YYYY-MM-DDTHH:MM").format(text=text.strip())) from None
    if len(text.strip()) == 10:
        moment = moment.replace(hour=12)
    return moment.astimezone() if moment.tzinfo is None else moment


# The answers that mean yes to a [y/N] question: English's always, and the language's own ("j", "ja").
YES = (NP_("answer", "y"), NP_("answer", "yes"))


def confirmed(question: str) -> bool:
    """Asks ``question`` (translated, with its "[y/N]") on the terminal; True for yes."""
    answer = input(question).strip().casefold()
    spoken = language.active()
    return bool(answer) and answer in {word for w in YES for word in (w, spoken.pgettext("answer", w).casefold())}


def pgettext(context: str, text: str) -> str:
    """``tr`` for a short text whose translation depends on where it stands; named as gettext's, so the catalogue
    gathers it."""
    return language.active().pgettext(context, text)


def day_words(stamp: str | date | None) -> str:
    """A day as the reader writes it (``Language.day``); --json keeps ISO."""
    return language.active().day(stamp)


def moment_words(stamp: str) -> str:
    """A stored moment as the reader writes it (``Language.moment``)."""
    return language.active().moment(stamp)


def vault_paths(args) -> VaultPaths:
    path = args.vault or os.environ.get("CRMDESK_VAULT") or vault.default_vault_path()
    return VaultPaths.of(path)


def note(text: str) -> None:
    print(tr("crmdesk: note: {text}").format(text=text), file=sys.stderr)


def emit(args, human: str, data) -> None:
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    elif human:
        print(human)


def open_session(args, *, use_keyring: bool = True) -> Session:
    """Unlock as ``--user``: remembered key first, then the passphrase."""
    paths = vault_paths(args)
    slots = vault.load_keyslots(paths)
    slot = slots.user_slot(args.user)
    code = secrets.totp_code(required=slot is not None and slot.totp)
    session = None
    if use_keyring:
        session, problem = remember.unlock_remembered(paths.folder, args.user, totp_code=code)
        if problem:
            note(problem)
    if session is None:
        passphrase = secrets.passphrase(args.passphrase_file)
        try:
            session = vault.unlock(paths.folder, args.user, passphrase, totp_code=code)
        except TotpRequired:
            code = secrets.totp_code(required=True)
            if not code:
                raise
            session = vault.unlock(paths.folder, args.user, passphrase, totp_code=code)
    if session.report.failed_attempts:
        note(failed_attempts_sentence(session.report.failed_attempts))
    for text in session.report.notes:
        note(text)
    return session


def failed_attempts_sentence(count: int) -> str:
    return trn("{n} failed unlock try happened since the last successful unlock of this vault.",
               "{n} failed unlock tries happened since the last successful unlock of this vault.", count)


def check_writable_target(path: str | None, what: str) -> Path | None:
    if not path:
        return None
    target = Path(path).expanduser()
    what = tr(what)  # marked N_ by the caller
    if target.is_dir():
        raise UsageError(tr("{target} is a folder; give a file name for the {what}.").format(target=target,
                                                                                             what=what))
    if not target.parent.is_dir():
        raise NotFound(tr("The folder {folder} does not exist; create it first.").format(folder=target.parent))
    if (target.parent / KEYSLOTS_NAME).exists():  # a vault's own folder: a file there could replace the vault
        raise UsageError(tr("{folder} is a crmdesk vault's folder; write the {what} somewhere "
                            "else.").format(folder=target.parent, what=what))
    return target


def report_problems(args, failed, problems: list[str], ok_text: str) -> int:
    """``ok_text`` when there are no ``problems``; else an integrity failure headed by ``failed(n)``, the
    translated sentence for ``n`` problems."""
    if problems:
        if args.json:
            emit(args, "", {"ok": False, "problems": problems})
        raise IntegrityFailure(failed(len(problems)), problems)
    emit(args, ok_text, {"ok": True, "problems": []})
    return 0


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Columns for people, headed by ``headers`` (marked N_ by the caller, shown translated); --json
    output never goes through here."""
    headers = tuple(tr(h) for h in headers)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def paper_targets(args, what: str) -> list[tuple[Path, str]]:
    """Where to write a paper (``--pdf FILE``, ``--docx FILE``), checked
    before anything is read from the vault."""
    what = tr(what)  # marked N_ by the caller
    targets = [(check_writable_target(path, what), kind) for path, kind in ((args.pdf, "pdf"), (args.docx, "docx"))
               if path]
    if not targets:
        raise UsageError(tr("Say where to write the {what}: --pdf FILE or --docx FILE.").format(what=what))
    if len(targets) == 2 and targets[0][0].absolute() == targets[1][0].absolute():
        raise UsageError(tr("--pdf and --docx name the same file; give each its own, e.g. {what}.pdf and "
                            "{what}.docx.").format(what=what.replace(' ', '-')))
    return targets


def write_papers(targets: list[tuple[Path, str]], what: str, make) -> list[tuple[str, bytes]]:
    """``make()``'s document written to each target, as PDF or DOCX; the
    kinds and the bytes written (to keep their fingerprints)."""
    from crmdesk.reports import document as render

    document = make()
    written = []
    for target, kind in targets:
        data = render.pdf(document) if kind == "pdf" else render.docx(document)
        written.append((kind, data))
        write_file(target, data, what)
        note(tr("Written: {target} ({what}).").format(what=tr(what), target=target))
    return written


def write_file(target: Path, data: bytes, what: str) -> None:
    """``data`` in ``target``, whole or not at all; one sentence when it cannot be."""
    what = tr(what)  # marked N_ by the caller
    try:
        fsutil.atomic_write(target, data)
    except OSError as exc:
        raise OperationFailed(tr("The {what} could not be written to {target} ({value}); "
                                 "choose another place.").format(what=what, target=target,
                                                                 value=exc.strerror or exc)) from None
