"""'Remember on this computer': a user's private key in the OS keyring.

The entry is the user's unwrapped X25519 private key, filed under the vault
id and user id (no names). It survives master-key rotations, since each
rotation re-seals the master key to the same public key, and stops working
when the user is disabled (their slot is gone). The key is never written
anywhere else: with no usable keyring the option is off, with a reason.

Every keyring call runs with a time limit, because some backends hang when
no desktop session answers. Threading: blocking, calling thread.
"""

from __future__ import annotations

import base64
import binascii
import logging
import threading
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from crmdesk.core.errors import NotFound, OperationFailed
from crmdesk.core.language import N_, tr
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import crypto, keyslots, lifecycle
from crmdesk.core.vault.session import Session, VaultPaths

log = logging.getLogger(__name__)

SERVICE = "crmdesk"
TIMEOUT_SECONDS = 5.0


class KeyringUnavailable(OperationFailed):
    """No usable keyring; the message says why and what to do."""


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    reason: str = ""


def _entry_name(vault_id: str, user_id: str) -> str:
    return f"vault {vault_id} user {user_id}"


def _call(function, *args, timeout: float | None = None):
    """Run a keyring call with a time limit; a hang becomes KeyringUnavailable."""
    result: dict = {}

    def target() -> None:
        try:
            result["value"] = function(*args)
        except BaseException as exc:  # handed back to the caller below
            result["error"] = exc

    worker = threading.Thread(target=target, name="keyring-call", daemon=True)
    worker.start()
    worker.join(TIMEOUT_SECONDS if timeout is None else timeout)
    if worker.is_alive():
        raise KeyringUnavailable(
            tr("The system keyring did not answer in time; unlock with the passphrase instead.")
        )
    if "error" in result:
        exc = result["error"]
        log.warning("keyring call failed: %s", type(exc).__name__)
        raise KeyringUnavailable(
            tr("The system keyring refused the request; unlock with the passphrase instead.")
        ) from exc
    return result.get("value")


def status(backend: KeyringBackend | None = None) -> KeyringStatus:
    """Whether remembering can work here, and if not, why (one sentence)."""
    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")) or (
            module.startswith("keyring.backends.chainer") and not getattr(backend, "backends", None)):
        return KeyringStatus(
            False, tr("This computer has no system keyring, so the passphrase is needed each time.")
        )
    return KeyringStatus(True)


def _require_available() -> KeyringBackend:
    backend = keyring.get_keyring()
    state = status(backend)
    if not state.available:
        raise KeyringUnavailable(state.reason)
    return backend


def remember(session: Session) -> None:
    """Store the signed-in user's key in the OS keyring. Audited."""
    backend = _require_available()
    value = base64.b64encode(session.private_key()).decode("ascii")
    name = _entry_name(session.vault_id, session.user.id)
    _call(backend.set_password, SERVICE, name, value)
    if _call(backend.get_password, SERVICE, name) != value:
        raise KeyringUnavailable(
            tr("The system keyring did not keep the key, so crmdesk will keep asking for the passphrase.")
        )
    with session.operation(Permission.READ, "keyring.remembered", target=session.user.id):
        pass


def forget(vault_id: str, user_id: str) -> bool:
    """Remove the entry; True if there was one."""
    backend = _require_available()
    name = _entry_name(vault_id, user_id)
    if _call(backend.get_password, SERVICE, name) is None:
        return False
    try:
        _call(backend.delete_password, SERVICE, name)
    except KeyringUnavailable as exc:
        if isinstance(exc.__cause__, keyring.errors.PasswordDeleteError):
            return False
        raise
    return True


def recall(vault_id: str, user_id: str) -> bytes | None:
    """The remembered private key, or None. Raises KeyringUnavailable."""
    backend = _require_available()
    value = _call(backend.get_password, SERVICE, _entry_name(vault_id, user_id))
    if value is None:
        return None
    try:
        key = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return b""
    return key


STALE_KEY = N_(
    "The key remembered on this computer no longer opens this vault; "
    "unlock with the passphrase, then remember the key again if you like."
)


def remembered_key_for(slot: keyslots.Slot, vault_id: str) -> tuple[bytes | None, str | None]:
    """The remembered key for this slot, if it is still valid, and a note.

    A key that no longer matches the slot is reported and left as it is;
    it is never overwritten silently.
    """
    if slot.user_id is None:
        return None, None
    try:
        key = recall(vault_id, slot.user_id)
    except KeyringUnavailable as exc:
        return None, exc.message
    if key is None:
        return None, None
    try:
        valid = len(key) == crypto.KEY_BYTES and crypto.public_key_of(key) == slot.public_key
    except ValueError:
        valid = False
    if not valid:
        return None, tr(STALE_KEY)
    return key, None


def unlock_remembered(
    path,
    user_name: str | None,
    *,
    user_id: str | None = None,
    totp_code: str | None = None,
    clock=None,
    failures=None,
) -> tuple[Session | None, str | None]:
    """Unlock with the key remembered for this user, if there is a valid one.

    Returns ``(session, None)`` on success, or ``(None, note)`` where ``note``
    is a sentence for the user when a remembered key exists but cannot be
    used (``note`` is None when nothing was remembered). ``user_id``, when
    given, picks the user instead of ``user_name``.
    """
    paths = VaultPaths.of(path)
    slots = lifecycle.load_keyslots(paths)
    slot = slots.slot_for_user_id(user_id) if user_id else slots.user_slot(user_name)
    if slot is None or not status().available:
        return None, None
    key, note = remembered_key_for(slot, slots.vault_id)
    if key is None:
        return None, note
    session = lifecycle.open_with_private_key(
        paths, slots, slot, key, method="keyring", totp_code=totp_code, clock=clock, failures=failures,
    )
    return session, None


def is_remembered(session: Session) -> tuple[bool, str | None]:
    """Whether this computer's keyring holds a key that still opens the
    signed-in user's slot, and a sentence when something is wrong with it.
    Blocking (a keyring can take seconds): call it off the UI thread."""
    slot = keyslots.KeySlots.load(session.paths.keyslots).slot_for_user_id(session.user.id)
    if slot is None:
        return False, None
    key, note = remembered_key_for(slot, session.vault_id)
    return key is not None, note


def forget_user(path, user_name: str | None) -> bool:
    """Remove the key remembered for ``user_name`` (``None``: the owner) on this
    computer; needs no passphrase. True if there was one."""
    slots = lifecycle.load_keyslots(VaultPaths.of(path))
    slot = slots.user_slot(user_name)
    if slot is None or slot.user_id is None:
        raise NotFound(tr("There is no such user in this vault; check the user name."), hint="list-users")
    return forget(slots.vault_id, slot.user_id)
