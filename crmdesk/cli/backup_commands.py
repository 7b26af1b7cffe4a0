"""Handlers for ``backup``, ``backup list``, ``backup prune``,
``verify --backup`` and ``restore``.

Unattended runs (cron, Task Scheduler) unlock through the OS keyring or
``CRMDESK_PASSPHRASE``, like every other command.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from crmdesk.cli import secrets, vault_commands
from crmdesk.cli.common import emit, note, open_session, report_problems, table, vault_paths
from crmdesk.core import language, vault
from crmdesk.core.backups import archive, backup, schedule
from crmdesk.core.backups.restore import restore_backup
from crmdesk.core.errors import CrmdeskError, TotpRequired
from crmdesk.core.language import N_, NP_, tr, trn
from crmdesk.core.vault import remember
from crmdesk.core.vault.keyslots import KeySlots, Slot


def backup_create(args) -> int:
    with open_session(args) as session:
        made = backup.create_backup(session, args.to)
    emit(args, str(made.path), _backup_json(made))
    return 0


def backup_list(args) -> int:
    with open_session(args) as session:
        folder = Path(args.to) if args.to else backup.backup_folder(session)
        found = schedule.session_backups(session, folder)
    if args.json:
        emit(args, "", {"folder": str(folder), "backups": [_backup_json(b) for b in found]})
        return 0
    if not found:
        print(tr("No backups in {folder} yet; make one with 'crmdesk backup'.").format(folder=folder))
        return 0
    rows = [(b.path.name, _local(b), _megabytes(b.size), language.active().pgettext("backup", STATE_WORDS[b.state]))
            for b in found]
    print(tr("Backups in {folder}:").format(folder=folder))
    print(table((N_("FILE"), N_("MADE"), N_("SIZE"), N_("STATE")), rows))
    return 0


def backup_prune(args) -> int:
    with open_session(args) as session:
        keep = schedule.Keep.from_settings(session)
        removed = schedule.prune(session, args.to)
    names = [p.name for p in removed]
    spoken = language.active()
    human = (trn("Deleted {n} old backup, keeping the newest of the last {days}, {weeks} and {months}.",
                 "Deleted {n} old backups, keeping the newest of the last {days}, {weeks} and {months}.",
                 len(names)).format(days=spoken.duration(keep.daily, "days"),
                                    weeks=spoken.duration(keep.weekly, "weeks"),
                                    months=spoken.duration(keep.monthly, "months"))
             + "".join(f"\n  {n}" for n in names))
    emit(args, human, {"deleted": names})
    return 0


def verify(args) -> int:
    """``verify``: the vault, or with ``--backup FILE`` a backup file."""
    return verify_backup(args) if args.backup else vault_commands.verify(args)


def _asking_for_the_code(run, finder: _KeyFromBackup):
    """Run; when the user in the backup needs an authenticator code that was
    not given, ask for it (on a terminal) and run once more."""
    try:
        return run()
    except TotpRequired:
        finder.totp_code = secrets.totp_code(required=True)
        if not finder.totp_code:
            raise
        return run()


def verify_backup(args) -> int:
    finder = _KeyFromBackup(args)
    result = _asking_for_the_code(lambda: archive.check_backup(args.backup, finder), finder)
    _record_in_vault(args, finder, Path(args.backup), result)
    counts = ", ".join(_counted(result.manifest.counts[key], key)
                       for key in archive.COUNTED if key in result.manifest.counts)
    return report_problems(
        args, lambda n: trn("{what} failed its check ({n} problem):", "{what} failed its check ({n} problems):",
                            n).format(what=Path(args.backup).name), result.problems,
        tr("{file} is intact: its seal, hashes, key slots, every database page, the structure, foreign keys "
           "and the audit chain check out ({counts}).").format(file=Path(args.backup).name, counts=counts),
    )


def restore(args) -> int:
    finder = _KeyFromBackup(args)
    result = _asking_for_the_code(lambda: restore_backup(args.file, args.to, finder, force=args.force,
                                                         erasures_from=vault_paths(args), without_erasures=args.yes),
                                  finder)
    made = result.manifest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    human = tr("Restored {file} (made {made}) to {target}.").format(file=Path(args.file).name, made=made,
                                                                      target=result.target)
    if result.safety_copy:
        human += "\n" + tr("The vault that was there is kept as {copy}.").format(copy=result.safety_copy)
    if result.erased_again:
        human += "\n" + trn("{n} person erased after this backup was made was erased again.",
                            "{n} people erased after this backup was made were erased again.", result.erased_again)
    if result.left_team:
        human += "\n" + tr("It was a desk of a team: restored into another folder, it is a desk of its own now, with its "
                           "contacts. To take the place of a lost desk, join the team with a new invitation.")
    if result.warning:
        note(result.warning)
    emit(args, human, {"target": str(result.target), "left_team": result.left_team,
                       "safety_copy": str(result.safety_copy) if result.safety_copy else None,
                       "backup_created_at": result.manifest.created_at, "counts": result.manifest.counts,
                       "erased_again": result.erased_again, "warning": result.warning or None})
    return 0


class _KeyFromBackup:
    """Opens the user's slot in a backup: the remembered key first, then the
    passphrase (same order as unlocking a vault)."""

    def __init__(self, args):
        self.args = args
        self.slot: Slot | None = None
        self.private_key: bytes | None = None
        self.passphrase: str | None = None
        self.totp_code: str | None = secrets.totp_code(required=False)

    def __call__(self, slots: KeySlots) -> tuple[Slot, bytes]:
        slot = slots.user_slot(self.args.user)
        if slot is not None and remember.status().available:
            key, problem = remember.remembered_key_for(slot, slots.vault_id)
            if problem:
                note(problem)
            if key is not None:
                self.slot, self.private_key = slot, key
                return slot, key
        if self.passphrase is None:  # asked once: the vault being replaced is opened with it too
            self.passphrase = secrets.passphrase(self.args.passphrase_file)
        finder = archive.passphrase_key(self.args.user, self.passphrase)
        self.slot, self.private_key = finder(slots)
        return self.slot, self.private_key


def _record_in_vault(args, finder: _KeyFromBackup, path: Path, result: archive.CheckResult) -> None:
    """Note the check in the vault the backup came from, when it is the one
    at --vault and the same key opens it (no second passphrase asked)."""
    paths = vault_paths(args)
    if finder.private_key is None or result.manifest is None or not paths.exists():
        return
    with contextlib.suppress(CrmdeskError, ValueError):
        slots = vault.load_keyslots(paths)
        slot = slots.slot_for_user_id(finder.slot.user_id) if finder.slot.user_id else None
        if slots.vault_id != result.manifest.vault_id or slot is None:
            return
        with vault.open_with_private_key(paths, slots, slot, finder.private_key, method="backup check") as session:
            backup.record_check(session, path, result)


def _backup_json(b: archive.BackupFile) -> dict:
    return {
        "path": str(b.path), "size": b.size, "state": b.state, "problem": b.problem,
        "created_at": b.manifest.created_at if b.manifest else None,
        "schema_version": b.manifest.schema_version if b.manifest else None,
        "counts": b.manifest.counts if b.manifest else None, "checked_at": b.checked_at,
    }


def _local(b: archive.BackupFile) -> str:
    return b.created.astimezone().strftime("%Y-%m-%d %H:%M") if b.created else "?"


# What a backup holds, counted ("1 contact", "3 audit entries").
COUNTED_WORDS = {"contacts": lambda n: trn("{n} contact", "{n} contacts", n),
                 "organisations": lambda n: trn("{n} organisation", "{n} organisations", n),
                 "interactions": lambda n: trn("{n} interaction", "{n} interactions", n),
                 "users": lambda n: trn("{n} user", "{n} users", n),
                 "audit_entries": lambda n: trn("{n} audit entry", "{n} audit entries", n)}


def _counted(n: int, key: str) -> str:
    return COUNTED_WORDS[key](n) if key in COUNTED_WORDS else f"{n} {key.replace('_', ' ')}"


def _megabytes(size: int) -> str:
    from babel.numbers import format_decimal

    return tr("{size} MB").format(size=format_decimal(size / 1e6, format="0.0", locale=language.active().cldr))


# A backup's state in the list (the --json "state" stays as core names it).
STATE_WORDS = {"good": NP_("backup", "good"), "damaged": NP_("backup", "damaged"),
               "unreadable": NP_("backup", "unreadable"), "not checked": NP_("backup", "not checked")}
