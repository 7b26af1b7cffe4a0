"""Handlers for the vault, user, recovery, keyring and audit commands.

Each handler takes the parsed arguments, calls core, prints for people (or
JSON with ``--json``) and returns the exit code. Errors are raised as
``CrmdeskError`` and printed by ``crmdesk.cli.main``.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from crmdesk.cli import secrets
from crmdesk.core import configuration, vault
from crmdesk.core.errors import (
    IntegrityFailure,
    NotFound,
    OperationFailed,
    TotpRequired,
    UsageError,
)
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import auditlog, integrity, recovery, remember, settings, users
from crmdesk.core.vault.session import Session, User, VaultPaths


def vault_paths(args) -> VaultPaths:
    path = args.vault or os.environ.get("CRMDESK_VAULT") or vault.default_vault_path()
    return VaultPaths.of(path)


def note(text: str) -> None:
    print(f"crmdesk: note: {text}", file=sys.stderr)


def emit(args, human: str, data) -> None:
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    elif human:
        print(human)


def open_session(args, *, use_keyring: bool = True, bulk: bool = False) -> Session:
    """Unlock as ``--user``: remembered key first, then the passphrase.

    ``bulk`` commands (import, demo) run without SQLCipher's memory wiping,
    which would make them several times slower; see ``database.connect``.
    """
    security = {"memory_security": not bulk}
    paths = vault_paths(args)
    slots = vault.load_keyslots(paths)
    slot = slots.user_slot(args.user)
    code = secrets.totp_code(required=slot is not None and slot.totp)
    session = None
    if use_keyring:
        session, problem = remember.unlock_remembered(paths.folder, args.user, totp_code=code,
                                                      **security)
        if problem:
            note(problem)
    if session is None:
        passphrase = secrets.passphrase(args.passphrase_file)
        try:
            session = vault.unlock(paths.folder, args.user, passphrase, totp_code=code, **security)
        except TotpRequired:
            code = secrets.totp_code(required=True)
            if not code:
                raise
            session = vault.unlock(paths.folder, args.user, passphrase, totp_code=code, **security)
    if session.report.failed_attempts:
        note(failed_attempts_sentence(session.report.failed_attempts))
    return session


def failed_attempts_sentence(count: int) -> str:
    tries = "try" if count == 1 else "tries"
    return f"{count} failed unlock {tries} happened since the last successful unlock of this vault."


def _check_writable_target(path: str | None, what: str) -> Path | None:
    if not path:
        return None
    target = Path(path).expanduser()
    if target.is_dir():
        raise UsageError(f"{target} is a folder; give a file name for the {what}.")
    if not target.parent.is_dir():
        raise NotFound(f"The folder {target.parent} does not exist; create it first.")
    return target


def _write_kit(target: Path | None, paths: VaultPaths, vault_id: str, code: str,
               organisation: str) -> str:
    """Write the kit if asked; returns why it failed ('' when written or not asked)."""
    if target is None:
        return ""
    from crmdesk.reports.recovery_kit import kit_for, write_recovery_kit

    try:
        write_recovery_kit(kit_for(paths, vault_id, code, organisation), target)
    except OSError as exc:
        return exc.strerror or "it cannot be written there"
    return ""


def _kit_failed(target: Path, reason: str, done: str) -> OperationFailed:
    return OperationFailed(
        f"{done}, but the recovery kit could not be written to {target} ({reason}); "
        "write the recovery code down now."
    )


RECOVERY_ADVICE = (
    "Write it down or print the recovery kit now: it is shown only this once. Without the\n"
    "owner's passphrase and this code nobody can open the vault, crmdesk included."
)


def init(args) -> int:
    paths = vault_paths(args)
    kit = _check_writable_target(args.recovery_kit, "recovery kit")
    owner = vault.check_user_name(args.owner or getpass.getuser())
    if paths.folder.exists():
        raise OperationFailed(
            f"{paths.folder} already exists; open that vault, or choose another name."
        )
    passphrase = secrets.new_passphrase(args.new_passphrase_file, "a passphrase for the owner")
    created = vault.create_vault(
        paths.folder, owner_name=owner, passphrase=passphrase, organisation=args.organisation,
        make_parents=paths == VaultPaths.of(vault.default_vault_path()),
    )
    failed = _write_kit(kit, created.paths, created.vault_id, created.recovery_code, args.organisation)
    human = (
        f"Created the vault {created.paths.folder} with owner '{owner}'.\n\n"
        f"Recovery code: {created.recovery_code}\n{RECOVERY_ADVICE}"
    )
    if kit and not failed:
        human += f"\nRecovery kit written to {kit}."
    emit(args, human, {
        "vault": str(created.paths.folder), "vault_id": created.vault_id, "owner": owner,
        "recovery_code": created.recovery_code, "recovery_kit": str(kit) if kit and not failed else None,
    })
    if failed:
        raise _kit_failed(kit, failed, "The vault was created")
    return 0


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
        passphrase = secrets.new_passphrase(args.new_passphrase_file, f"a passphrase for {args.name}")
        user = users.add_user(
            session, args.name, role=args.role, passphrase=passphrase, display_name=args.display_name
        )
    emit(args, f"Added user '{user.name}' ({user.role.value}).", _user_json(user))
    return 0


def user_list(args) -> int:
    with open_session(args) as session:
        accounts = users.list_users(session)
    rows = [
        (u.name, u.role.value, "active" if u.active else "disabled",
         "yes" if u.totp_enabled else "no", u.display_name)
        for u in accounts
    ]
    emit(args, table(("NAME", "ROLE", "STATUS", "TOTP", "DISPLAY NAME"), rows),
         [_user_json(u) for u in accounts])
    return 0


def user_passwd(args) -> int:
    with open_session(args) as session:
        target = users.find_user(session, args.name) if args.name else session.user
        users.check_may_manage(session, target)
        passphrase = secrets.new_passphrase(args.new_passphrase_file)
        users.change_passphrase(session, target.name, passphrase)
    emit(args, f"The passphrase of '{target.name}' is changed.", {"user": target.name, "changed": True})
    return 0


def user_disable(args) -> int:
    with open_session(args) as session:
        user = users.disable_user(session, args.name)
    emit(
        args,
        f"Disabled '{user.name}'. The master key was rotated, so their passphrase and any old "
        "copy of their key slot open nothing.",
        _user_json(user),
    )
    return 0


def user_totp(args) -> int:
    with open_session(args) as session:
        if args.action == "disable":
            users.disable_totp(session, args.name)
            name = args.name or session.user.name
            emit(args, f"Unlocking as '{name}' no longer asks for an authenticator code.",
                 {"user": name, "totp": False})
            return 0
        setup = users.enable_totp(session, args.name)
        name = args.name or session.user.name
    if args.json:
        emit(args, "", {"user": name, "totp": True, "secret": setup.secret, "uri": setup.uri})
        return 0
    print("Scan this QR code with an authenticator app, or type the secret by hand.\n")
    if sys.stdout.isatty():
        import segno

        segno.make(setup.uri, error="m").terminal(compact=True)
    print(f"Secret: {setup.secret}\nURI:    {setup.uri}\n")
    print(f"From now on, unlocking as '{name}' also asks for the 6-digit code.")
    return 0


def recover(args) -> int:
    paths = vault_paths(args)
    vault.require_vault(paths)
    code = secrets.recovery_code()
    passphrase = secrets.new_passphrase(args.new_passphrase_file, "a new owner passphrase")
    session = recovery.recover(paths.folder, code, passphrase)
    name = session.user.name
    session.close()
    emit(args, f"The owner '{name}' has a new passphrase; unlock with it from now on.",
         {"owner": name, "recovered": True})
    return 0


def recovery_code(args) -> int:
    kit = _check_writable_target(args.recovery_kit, "recovery kit")
    with open_session(args) as session:
        code = recovery.replace_recovery_code(session)
        failed = _write_kit(kit, session.paths, session.vault_id, code,
                            settings.get(session, "organisation"))
    human = f"New recovery code: {code}\nThe old code no longer works.\n{RECOVERY_ADVICE}"
    if kit and not failed:
        human += f"\nRecovery kit written to {kit}."
    emit(args, human, {"recovery_code": code, "recovery_kit": str(kit) if kit and not failed else None})
    if failed:
        raise _kit_failed(kit, failed, "The recovery code was replaced")
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
        f"The key of '{name}' is remembered in this computer's keyring; crmdesk will not ask "
        "for the passphrase here. 'crmdesk forget' undoes it.",
        {"user": name, "remembered": True},
    )
    return 0


def forget(args) -> int:
    removed = remember.forget_user(vault_paths(args).folder, args.user)
    human = (
        "The remembered key was removed from this computer's keyring."
        if removed
        else "No key was remembered for this user on this computer."
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
         " ".join(f"{k}={v}" for k, v in sorted(e.detail.items())))
        for e in entries
    ]
    emit(args, table(("#", "TIME (UTC)", "USER", "ACTION", "RECORD", "DETAIL"), rows), [
        {"seq": e.seq, "at": e.at, "actor": e.actor, "actor_name": names.get(e.actor or ""),
         "action": e.action, "target": e.target, "detail": e.detail, "hash": e.hash}
        for e in entries
    ])
    return 0


def report_problems(args, what: str, problems: list[str], ok_text: str) -> int:
    if problems:
        if args.json:
            emit(args, "", {"ok": False, "problems": problems})
        raise IntegrityFailure(f"{what} failed its check ({len(problems)} problems):", problems)
    emit(args, ok_text, {"ok": True, "problems": []})
    return 0


def audit_verify(args) -> int:
    with open_session(args) as session:
        problems = auditlog.verify(session)
        total = auditlog.count(session)
    return report_problems(args, "The audit log", problems,
                            f"The audit log is intact: {total} entries, hash chain verified.")


def verify(args) -> int:
    with open_session(args) as session:
        problems = integrity.verify_vault(session)
    return report_problems(
        args, "The vault", problems,
        "The vault is intact: key slots, every database page, the database structure, "
        "foreign keys and the audit chain check out.",
    )


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def setting_list(args) -> int:
    with open_session(args) as session:
        values = {key: settings.get(session, key) for key in sorted(settings.SPECS)}
    emit(args, table(("SETTING", "VALUE"), [(k, str(v).replace("\n", " / ")) for k, v in values.items()]), values)
    return 0


def setting_set(args) -> int:
    with open_session(args) as session:
        stored = configuration.change_setting(session, args.key, args.value)
    emit(args, f"{args.key} is now {str(stored).replace(chr(10), ' / ') or '(empty)'}.", {args.key: stored})
    return 0
