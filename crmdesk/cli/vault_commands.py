"""Handlers for the vault's own commands: init, recover, recovery-code,
remember, forget, audit, verify and setting."""

from __future__ import annotations

import getpass
from pathlib import Path

from crmdesk.cli import secrets
from crmdesk.cli.common import (
    check_writable_target,
    emit,
    note,
    open_session,
    report_problems,
    table,
    vault_paths,
)
from crmdesk.core import configuration, fsutil, health, vault
from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import N_, tr, trn
from crmdesk.core.vault import auditlog, integrity, recovery, remember, settings
from crmdesk.core.vault.session import VaultPaths


def _write_kit(target: Path | None, paths: VaultPaths, vault_id: str, code: str,
               organisation: str) -> str:
    """Write the kit if asked; returns why it failed ('' when written or not asked)."""
    if target is None:
        return ""
    from crmdesk.reports.recovery_kit import kit_for, write_recovery_kit

    try:
        write_recovery_kit(kit_for(paths, vault_id, code, organisation), target)
    except OSError as exc:
        return exc.strerror or tr("it cannot be written there")
    return ""


# What was done before the kit could not be written (one sentence each, the reason added).
KIT_FAILED = {"created": N_("The vault was created, but the recovery kit could not be written to {target} ({reason}); "
                            "write the recovery code down now."),
              "replaced": N_("The recovery code was replaced, but the recovery kit could not be written to {target} "
                             "({reason}); write the recovery code down now.")}
RECOVERY_ADVICE = N_(
    "Write it down or print the recovery kit now: it is shown only this once. Without the\n"
    "owner's passphrase and this code nobody can open the vault, crmdesk included.\n"
    "Then type it once from the kit with 'crmdesk confirm-recovery-code', to be sure it is kept."
)


def _kit_failed(target: Path, reason: str, done: str) -> OperationFailed:
    return OperationFailed(tr(KIT_FAILED[done]).format(target=target, reason=reason))


def _kit_lines(code: str, kit: Path | None, failed: str | None) -> str:
    """The recovery code, what to do with it, and where its kit is."""
    lines = [tr("Recovery code: {code}").format(code=code), tr(RECOVERY_ADVICE)]
    if kit and not failed:
        lines.append(tr("Recovery kit written to {target}.").format(target=kit))
    return "\n".join(lines)


def init(args) -> int:
    paths = vault_paths(args)
    kit = check_writable_target(args.recovery_kit, N_("recovery kit"))
    owner = vault.check_user_name(args.owner or getpass.getuser())
    if paths.folder.exists():
        raise OperationFailed(
            tr("{folder} already exists; open that vault, or choose another name.").format(folder=paths.folder)
        )
    if args.phone_region:
        settings.checked_region(args.phone_region)  # before the passphrase is asked for
    passphrase = secrets.new_passphrase(args.new_passphrase_file, tr("Type a passphrase for the owner: "))
    created = vault.create_vault(
        paths.folder, owner_name=owner, passphrase=passphrase, organisation=args.organisation,
        phone_region=args.phone_region, make_parents=paths == VaultPaths.of(vault.default_vault_path()),
    )
    failed = _write_kit(kit, created.paths, created.vault_id, created.recovery_code, args.organisation)
    human = (tr("Created the vault {folder} with owner '{owner}'.").format(folder=created.paths.folder, owner=owner)
             + "\n\n" + _kit_lines(created.recovery_code, kit, failed))
    emit(args, human, {
        "vault": str(created.paths.folder), "vault_id": created.vault_id, "owner": owner,
        "recovery_code": created.recovery_code, "recovery_kit": str(kit) if kit and not failed else None,
    })
    if failed:
        raise _kit_failed(kit, failed, "created")
    return 0


def recover(args) -> int:
    paths = vault_paths(args)
    vault.require_vault(paths)
    code = secrets.recovery_code()
    passphrase = secrets.new_passphrase(args.new_passphrase_file, tr("Type a new owner passphrase: "))
    session = recovery.recover(paths.folder, code, passphrase)
    name = session.user.name
    session.close()
    emit(args, tr("The owner '{name}' has a new passphrase; unlock with it from now on.").format(name=name),
         {"owner": name, "recovered": True})
    return 0


def recovery_code(args) -> int:
    kit = check_writable_target(args.recovery_kit, N_("recovery kit"))
    with open_session(args) as session:
        code = recovery.replace_recovery_code(session)
        failed = _write_kit(kit, session.paths, session.vault_id, code,
                            settings.get(session, "organisation"))
    human = tr("The old recovery code no longer works.") + "\n" + _kit_lines(code, kit, failed)
    emit(args, human, {"recovery_code": code, "recovery_kit": str(kit) if kit and not failed else None})
    if failed:
        raise _kit_failed(kit, failed, "replaced")
    return 0


def confirm_recovery_code(args) -> int:
    with open_session(args) as session:
        recovery.require_owner(session)  # before asking for the code
        recovery.confirm_code(session, secrets.recovery_code())
    emit(args, tr("The recovery code is right and confirmed: keep the kit where you keep other important "
                  "papers."),
         {"confirmed": True})
    return 0


def remember_key(args) -> int:
    state = remember.status()
    if not state.available:
        raise remember.KeyringUnavailable(state.reason)
    with open_session(args, use_keyring=False) as session:
        remember.remember(session)
        name = session.user.name
    emit(
        args,
        tr("The key of '{name}' is remembered in this computer's keyring; crmdesk will not ask for the "
           "passphrase here. 'crmdesk forget' undoes it.").format(name=name),
        {"user": name, "remembered": True},
    )
    return 0


def forget(args) -> int:
    removed = remember.forget_user(vault_paths(args).folder, args.user)
    human = (
        tr("The remembered key was removed from this computer's keyring.")
        if removed
        else tr("No key was remembered for this user on this computer.")
    )
    emit(args, human, {"forgotten": removed})
    return 0


def audit_list(args) -> int:
    with open_session(args) as session:
        entries = auditlog.read(session, limit=args.limit)
        names = auditlog.user_names(session)
    rows = [
        (str(e.seq), e.at, names.get(e.actor or "", e.actor or "-"), e.action,
         names.get(e.target or "", e.target or ""),
         auditlog.describe(e.detail))
        for e in entries
    ]
    emit(args, table(("#", N_("TIME (UTC)"), N_("USER"), N_("ACTION"), N_("RECORD"), N_("DETAIL")), rows), [
        {"seq": e.seq, "at": e.at, "actor": e.actor, "actor_name": names.get(e.actor or ""),
         "action": e.action, "target": e.target, "detail": e.detail, "hash": e.hash}
        for e in entries
    ])
    return 0


def audit_verify(args) -> int:
    with open_session(args) as session:
        problems = auditlog.verify(session)
        total = auditlog.count(session)
    return report_problems(
        args, lambda n: trn("The audit log failed its check ({n} problem):",
                            "The audit log failed its check ({n} problems):", n), problems,
        trn("The audit log is intact: {n} entry, hash chain and signatures verified.",
            "The audit log is intact: {n} entries, hash chain and signatures verified.", total))


def verify(args) -> int:
    with open_session(args) as session:
        problems = integrity.verify_vault(session)
    return report_problems(
        args, lambda n: trn("The vault failed its check ({n} problem):", "The vault failed its check ({n} problems):",
                            n), problems,
        tr("The vault is intact: key slots, signed roles, every database page, the database structure, "
           "foreign keys and the signed audit chain check out."),
    )


_MARKS = {health.GOOD: "ok  ", health.ATTENTION: "TODO", health.FAILED: "FAIL"}


def check(args) -> int:
    """``crmdesk check``: what needs doing and how the vault stands, one line
    each; exit 0 when all is well, 1 when something needs action, 5 on an
    integrity failure (for cron, see README)."""
    target = check_writable_target(args.pdf, N_("status report")) if args.pdf else None
    with open_session(args) as session:
        if target is None:
            findings = health.check(session)
        else:
            from crmdesk.reports import status_report

            report = health.status_report(session)
            findings = report.findings
            try:
                fsutil.atomic_write(target, status_report.render(report))
            except OSError as exc:
                raise OperationFailed(tr("The status report could not be written to {target} ({value}); "
                                         "choose another place.").format(target=target,
                                                                         value=exc.strerror or exc)) from None
            health.report_made(session, report)
    code = health.exit_code(findings)
    human = "\n".join(f"{_MARKS[f.level]}  {f.sentence}" for f in findings)
    if target is not None:
        note(tr("The data protection status report is in {target}.").format(target=target))
    emit(args, human, {"ok": code == 0, "exit_code": code, "findings": [f.as_dict() for f in findings]})
    return code


def setting_list(args) -> int:
    with open_session(args) as session:
        values = {key: settings.get(session, key) for key in sorted(settings.SPECS)}
    emit(args, table((N_("SETTING"), N_("VALUE")), [(k, str(v).replace("\n", " / ")) for k, v in values.items()]), values)
    return 0


def setting_set(args) -> int:
    with open_session(args) as session:
        checked, notes = configuration.change_settings_noting(session, {args.key: args.value})
    stored = checked[args.key]
    for said in notes:
        note(said)
    emit(args, tr("{key} is now {value}.").format(key=args.key, value=str(stored).replace(chr(10), " / ")
                                                   or tr("(empty)")), {args.key: stored})
    return 0

