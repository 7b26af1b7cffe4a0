"""User accounts: add, list, change passphrase, disable, TOTP.

Permissions: listing and managing other users needs ADMINISTER; the owner's
account only the owner may change (OWN); everyone may change their own
passphrase and TOTP. Disabling a user removes their key slot and rotates the
master key. Threading: calling thread; the slot-making calls are slow
(Argon2id), so front ends run them off the UI thread.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp

from crmdesk.core import language
from crmdesk.core.clock import iso
from crmdesk.core.errors import (
    CrmdeskError,
    NotFound,
    OperationFailed,
    PermissionDenied,
    UsageError,
)
from crmdesk.core.language import tr
from crmdesk.core.permissions import Permission, Role, parse_role
from crmdesk.core.vault import (
    crypto,
    database,
    failures,
    grants,
    keyslots,
    lifecycle,
    rotation,
    trust,
    vaultlock,
)
from crmdesk.core.vault.gate import KEYS, USERS
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.session import USER_COLUMNS, Session, User

TOTP_ISSUER = "crmdesk"
IDLE_DAYS = 90  # an account nobody signed in to for this long: switch it off


@dataclass(frozen=True)
class TotpSetup:
    secret: str
    uri: str


def list_users(session: Session) -> list[User]:
    """Every account, owner first. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    rows = session.conn.execute(
        f"SELECT {USER_COLUMNS} FROM users"
        " ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'staff' THEN 2 ELSE 3 END,"
        " name COLLATE NOCASE"
    ).fetchall()
    return [User.from_row(r) for r in rows]


def last_sign_ins(session: Session) -> dict[str, str]:
    """Each user's last unlock (an ISO time) by user id, from the audit log. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    return dict(session.conn.execute(
        "SELECT actor, max(at) FROM audit WHERE action = 'vault.unlocked' AND actor IS NOT NULL GROUP BY actor"))


def idle_users(session: Session, now: datetime | None = None) -> list[User]:
    """Active users who neither signed in nor were added within ``IDLE_DAYS``. Needs ADMINISTER."""
    seen = last_sign_ins(session)
    limit = iso((now or session.clock.now()) - timedelta(days=IDLE_DAYS))
    created = dict(session.conn.execute("SELECT id, created_at FROM users"))
    return [user for user in list_users(session)
            if user.active and max(seen.get(user.id, ""), created[user.id]) < limit]


def find_user(session: Session, name: str) -> User:
    row = session.conn.execute(
        f"SELECT {USER_COLUMNS} FROM users WHERE name = ? COLLATE NOCASE", (name.strip(),)
    ).fetchone()
    if row is None:
        raise NotFound(tr("There is no user '{name}' in this vault.").format(name=name), hint="list-users")
    return User.from_row(row)


def permission_to_manage(session: Session, target: User) -> Permission:
    """What managing ``target``'s account needs: one's own, nothing more than
    signing in; the owner's, OWN; anyone else's, ADMINISTER."""
    if target.id == session.user.id:
        return Permission.READ
    return Permission.OWN if target.role == Role.OWNER else Permission.ADMINISTER


def _editing_slots(function):
    """Run a change of keyslots.json with the file to itself (``vaultlock``)."""
    @functools.wraps(function)
    def run(session: Session, *args, **kwargs):
        with vaultlock.editing_slots(session.paths.folder):
            return function(session, *args, **kwargs)
    return run


def check_may_manage(session: Session, target: User) -> None:
    """Own account: anyone. The owner's: only the owner. Others: ADMINISTER."""
    session.require(permission_to_manage(session, target))


def check_new_user_role(role: Role | str) -> Role:
    """The role a new account may have: any but owner."""
    role = parse_role(role) if isinstance(role, str) else role
    if role == Role.OWNER:
        raise UsageError(tr("A vault has exactly one owner; give the new user another role."))
    return role


@_editing_slots
def add_user(
    session: Session, name: str, *, role: Role | str, passphrase: str, display_name: str = ""
) -> User:
    """Create an account with its key slot. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    name = lifecycle.check_user_name(name)
    role = check_new_user_role(role)
    lifecycle.check_new_passphrase(passphrase)
    exists = session.conn.execute(
        "SELECT 1 FROM users WHERE name = ? COLLATE NOCASE", (name,)
    ).fetchone()
    if exists:
        raise OperationFailed(tr("A user named '{name}' already exists; choose another "
                                 "name.").format(name=name))
    slots = KeySlots.load(session.paths.keyslots)
    user_id = str(uuid.uuid4())
    slot, private = keyslots.new_slot(
        vault_id=slots.vault_id, kind=keyslots.USER, secret=passphrase, master_key=session.master_key(),
        kdf=slots.kdf_defaults, user_id=user_id, user_name=name, root_fingerprint=slots.root_fingerprint(),
    )
    with session.operation(Permission.ADMINISTER, "user.added", target=user_id,
                           detail={"role": role.value}) as op:
        op.conn.execute(
            "INSERT INTO users (id, name, display_name, role, active, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 1, ?, ?)",
            (user_id, name, display_name.strip(), role.value, op.now, op.now),
        )
        _grant(op, slots, user_id, slot_id=slot.id, role=role.value, active=True, private_key=private)
        op.changed(USERS, KEYS)
        slots.replace(None, slot)
        slots.save(session.paths.keyslots, session.master_key())
    return find_user(session, name)


@_editing_slots
def change_passphrase(session: Session, name: str | None, new_passphrase: str) -> User:
    """Set a new passphrase for ``name`` (default: the signed-in user).

    For one's own account the key pair is kept, so a key remembered in the
    OS keyring keeps working; for another user's a new pair is made.
    """
    target = find_user(session, name) if name else session.user
    check_may_manage(session, target)
    lifecycle.check_new_passphrase(new_passphrase)
    if not target.active:
        raise OperationFailed(tr("The user '{target.name}' is disabled; nothing to "
                                 "change.").format(target=target))
    slots = KeySlots.load(session.paths.keyslots)
    old = slots.slot_for_user_id(target.id)
    own = target.id == session.user.id
    slot, private = keyslots.new_slot(
        vault_id=slots.vault_id, kind=keyslots.USER, secret=new_passphrase,
        master_key=session.master_key(), kdf=slots.kdf_defaults, user_id=target.id,
        user_name=target.name, private_key=session.private_key() if own else None,
        root_fingerprint=slots.root_fingerprint(),
    )
    slot.totp = target.totp_enabled
    slot.owner = target.role == Role.OWNER
    slot.sign(slots.vault_id, private)
    if slot.owner and old is not None:  # the owner's slot keeps holding the root key
        seed = trust.root_seed(slots, old, session.private_key())
        if seed is not None:
            slot.seal_root_key(slots.vault_id, seed)
    with session.operation(permission_to_manage(session, target), "user.passphrase_changed",
                           target=target.id) as op:
        op.conn.execute("UPDATE users SET updated_at = ? WHERE id = ?", (op.now, target.id))
        # One's own: the same key pair in a new slot. Another's: a new key pair the admin vouches for.
        _grant(op, slots, target.id, slot_id=slot.id, private_key=None if own else private, own=own)
        op.changed(USERS, KEYS)
        slots.replace(old, slot)
        slots.save(session.paths.keyslots, session.master_key())
    return target


def window_language(session: Session) -> str:
    """The signed-in user's language for the window: a code of ``language.LANGUAGES``, or "" for the
    computer's."""
    row = session.conn.execute("SELECT language FROM users WHERE id = ?", (session.user.id,)).fetchone()
    return row[0] if row and row[0] in language.LANGUAGES else ""


def set_window_language(session: Session, code: str) -> str:
    """Choose the signed-in user's language for the window ("" : the computer's). Kept in the vault,
    so it follows the user to any desk."""
    code = language.get(code).code if code.strip() else ""
    with session.operation(permission_to_manage(session, session.user), "user.language_changed",
                           target=session.user.id, detail={"language": code or "computer"}) as op:
        op.conn.execute("UPDATE users SET language = ?, updated_at = ? WHERE id = ?", (code, op.now, session.user.id))
        op.changed(USERS)
    return code


def disable_user(session: Session, name: str) -> User:
    """Disable an account, remove its key slot and rotate the master key.

    Needs ADMINISTER; the owner's account cannot be disabled. Afterwards the
    user's passphrase opens neither the vault nor an old copy of the slots.
    """
    session.require(Permission.ADMINISTER)
    target = find_user(session, name)
    if target.role == Role.OWNER:
        raise PermissionDenied(tr("The owner's account cannot be disabled."))
    if target.id == session.user.id:
        raise OperationFailed(tr("You cannot disable your own account; ask another admin or the owner."))
    slots = KeySlots.load(session.paths.keyslots)
    slot = slots.slot_for_user_id(target.id)
    if not target.active and slot is None and not rotation.due(session.conn):
        raise OperationFailed(tr("The user '{target.name}' is already disabled.").format(target=target))
    if target.active:
        with session.operation(Permission.ADMINISTER, "user.disabled", target=target.id) as op:
            op.conn.execute("UPDATE users SET active = 0, totp_secret = NULL, updated_at = ? WHERE id = ?",
                            (op.now, target.id))
            _grant(op, slots, target.id, slot_id=None, active=False)
            op.changed(USERS, KEYS)
            rotation.mark_rotation_due(op)
    if slot is not None:  # their passphrase opens nothing from now on, even before the key changes
        with vaultlock.editing_slots(session.paths.folder):
            fresh = KeySlots.load(session.paths.keyslots)
            fresh.slots = [s for s in fresh.slots if s.user_id != target.id]
            fresh.save(session.paths.keyslots, session.master_key())
    try:
        rotation.rotate_master_key(session)
    except (CrmdeskError, OSError, database.DatabaseError) as exc:  # no room for the re-keyed copy, …
        reason = failures.explain(exc, session.paths, session.master_key())
        if reason is None:
            raise
        raise OperationFailed(
            tr("The user '{target.name}' is disabled and their passphrase opens nothing, but the vault's "
               "key could not be changed yet: {reason.message} It is changed at the next unlock by an owner "
               "or admin.").format(target=target, reason=reason),
        ) from exc
    return find_user(session, target.name)


def _grant(op, slots: KeySlots, user_id: str, *, slot_id: str | None, role: str | None = None,
           active: bool | None = None, private_key: bytes | None = None, own: bool = False) -> None:
    """A signed grant by the acting owner or admin (``own``: by the user, for
    nothing but their new slot): a new user's, or one that keeps the current
    role with a new state, slot or signing key. The operation's audit entry
    names it, so a grant removed later is noticed. Nothing for a vault
    without a root key yet (the owner's next unlock makes it)."""
    if not slots.root:
        return
    signing_key = crypto.signing_public(crypto.signing_seed(private_key)) if private_key is not None else None
    by = {"signer": op.session.signing_seed(), "granted_by": user_id if own else op.session.granter()}
    if role is not None:
        grant = grants.issue(op.conn, slots.vault_id, **by, user_id=user_id, role=role, active=bool(active),
                             signing_key=signing_key, slot_id=slot_id, at=op.now)
    else:
        grant = grants.reissue(op.conn, slots.vault_id, **by, user_id=user_id, at=op.now, active=active,
                               signing_key=signing_key, slot_id=slot_id)
    op.detail["grant"] = grant.seq


def new_totp_setup(session: Session, name: str | None = None) -> TotpSetup:
    """A fresh secret and its ``otpauth://`` URI, not yet stored."""
    target = find_user(session, name) if name else session.user
    check_may_manage(session, target)
    secret = pyotp.random_base32()
    label = f"{target.name} ({session.paths.name})"
    return TotpSetup(secret, pyotp.TOTP(secret).provisioning_uri(name=label, issuer_name=TOTP_ISSUER))


def enable_totp(
    session: Session, name: str | None = None, *, setup: TotpSetup | None = None,
    code: str | None = None,
) -> TotpSetup:
    """Turn on the authenticator-code check for a user.

    With ``setup`` and ``code`` (the window's flow), the code must match the
    secret first, proving the app was set up; otherwise a new secret is made
    and stored at once (the CLI's flow). Returns the secret and URI to show.
    """
    target = find_user(session, name) if name else session.user
    check_may_manage(session, target)
    setup = setup or new_totp_setup(session, name)
    if code is not None:
        cleaned = code.strip().replace(" ", "")
        if not pyotp.TOTP(setup.secret).verify(cleaned, for_time=session.clock.now(), valid_window=1):
            raise UsageError(
                tr("That code does not match; check the app shows crmdesk and type the current code.")
            )
    _store_totp(session, target, setup.secret)
    return setup


def disable_totp(session: Session, name: str | None = None) -> None:
    target = find_user(session, name) if name else session.user
    check_may_manage(session, target)
    _store_totp(session, target, None)


@_editing_slots
def _store_totp(session: Session, target: User, secret: str | None) -> None:
    slots = KeySlots.load(session.paths.keyslots)
    slot = slots.slot_for_user_id(target.id)
    with session.operation(permission_to_manage(session, target),
                           "user.totp_enabled" if secret else "user.totp_disabled", target=target.id) as op:
        op.conn.execute("UPDATE users SET totp_secret = ?, updated_at = ? WHERE id = ?",
                        (secret, op.now, target.id))
        op.changed(USERS)
        if slot is not None:
            slot.totp = secret is not None  # a hint for the unlock dialog only
            slots.save(session.paths.keyslots, session.master_key())
    session.reload_user()
