"""An unlocked vault: the open connection, the signed-in user and the keys.

Threading: a ``Session`` and its connection belong to the thread that
unlocked it. Worker threads call ``open_connection()`` for their own
connection on the same key and close it when done.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from crmdesk.core.clock import Clock
from crmdesk.core.errors import IntegrityFailure, PermissionDenied
from crmdesk.core.language import tr
from crmdesk.core.permissions import TRAINING_FIRST, TRAINING_GATED, Permission, Role, require
from crmdesk.core.vault import crypto, database, failures, gate, vaultlock

log = logging.getLogger(__name__)

VAULT_SUFFIX = ".crmvault"
DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @classmethod
    def of(cls, path: str | Path) -> VaultPaths:
        """The vault folder for a path given with or without ``.crmvault``."""
        folder = Path(path).expanduser()
        if folder.suffix != VAULT_SUFFIX:
            folder = folder.with_name(folder.name + VAULT_SUFFIX)
        return cls(folder.absolute())

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keyslots(self) -> Path:
        return self.folder / KEYSLOTS_NAME

    @property
    def rekey(self) -> Path:
        return self.folder / (DB_NAME + ".rekey")

    @property
    def name(self) -> str:
        return self.folder.name[: -len(VAULT_SUFFIX)]

    def exists(self) -> bool:
        return self.db.is_file() and self.keyslots.is_file()


@dataclass(frozen=True)
class User:
    id: str
    name: str
    display_name: str
    role: Role
    active: bool
    totp_enabled: bool

    @classmethod
    def from_row(cls, row) -> User:
        try:
            role = Role(row[3])
        except ValueError:
            raise IntegrityFailure(tr("A user's role in the vault is not one crmdesk knows: it was "
                                      "changed outside crmdesk. Check the vault (verify) and restore "
                                      "a backup.")) from None
        return cls(
            id=str(row[0]),
            name=str(row[1]),
            display_name=str(row[2] or ""),
            role=role,
            active=bool(row[4]),
            totp_enabled=row[5] is not None,
        )


USER_COLUMNS = "id, name, display_name, role, active, totp_secret"
ROOT_GRANTER = "root"  # grants.ROOT: a grant signed by the vault's root key


@dataclass(frozen=True)
class UnlockReport:
    """What the user should be told after unlocking."""

    method: str  # "passphrase", "keyring" or "recovery"
    failed_attempts: int = 0
    notes: tuple[str, ...] = ()


@dataclass(eq=False)
class Session:
    """An unlocked vault for one signed-in user.

    Reads use ``conn`` directly; every write goes through ``operation()``
    (the gate, see ``gate``): outside one, the connection is read-only.
    """

    paths: VaultPaths
    vault_id: str
    conn: sqlcipher3.Connection
    user: User
    clock: Clock
    report: UnlockReport
    read_only: bool = False  # the vault's folder cannot be written (a mounted backup disk, a locked share)
    training_due: bool = False  # the briefing waits to be confirmed: customers' data is held back (training)
    _master_key: bytearray = field(repr=False, default_factory=bytearray)
    _private_key: bytearray = field(repr=False, default_factory=bytearray)
    # Signs audit entries and grants when it is not the key derived from ``_private_key``:
    # the root key, for the owner unlocked with the recovery code.
    _signer: bytearray = field(repr=False, default_factory=bytearray)
    current_operation: gate.Operation | None = field(default=None, repr=False)
    _changes: gate.Changes = field(default_factory=gate.Changes, repr=False)
    # The audit entries this session wrote, so a front end can tell its own
    # changes from those made by another program.
    last_audit_seq: int | None = field(default=None, repr=False)
    _locked: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        gate.guard(self.conn)
        # While open, the vault cannot be re-keyed under this session's feet (vaultlock).
        self._locked = not self.read_only and vaultlock.hold(self.paths.folder)

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def is_open(self) -> bool:
        return bool(self._master_key)

    def require(self, permission: Permission) -> None:
        require(self.user.role, permission)
        if self.training_due and permission in TRAINING_GATED:
            raise PermissionDenied(tr(TRAINING_FIRST))

    def operation(self, permission: Permission, action: str | None, *, subject: str | int | None = None,
                  effect: gate.Effect = gate.Effect.PROCESS, target: str | None = None,
                  detail: dict | None = None, dry_run: bool = False, patience: float | None = None
                  ) -> contextlib.AbstractContextManager[gate.Operation]:
        """The one way to change the vault; see ``gate``."""
        return gate.operation(self, permission, action, subject=subject, effect=effect, target=target,
                              detail=detail, dry_run=dry_run, patience=patience)

    def note_changes(self, changes: gate.Changes, audit_seqs: list[int]) -> None:
        """Remember what an operation changed (called by the gate)."""
        self._changes = self._changes | changes
        if audit_seqs:
            self.last_audit_seq = max(audit_seqs)

    def take_changes(self) -> gate.Changes:
        """What this session changed since the last call."""
        changes, self._changes = self._changes, gate.Changes()
        return changes

    def open_connection(self) -> sqlcipher3.Connection:
        """A new connection on this vault's key, for a worker thread;
        read-only outside operations, like the session's own."""
        if self.read_only:
            return gate.guard(database.open_read_only(self.paths.db, bytes(self._master_key)))
        return gate.guard(database.connect(self.paths.db, bytes(self._master_key)))

    def fork(self) -> Session:
        """A second session for the calling (worker) thread: same user and
        keys, its own connection. Close it in the thread that forked it."""
        return Session(
            paths=self.paths, vault_id=self.vault_id, conn=self.open_connection(),
            user=self.user, clock=self.clock, report=self.report,
            read_only=self.read_only, _master_key=bytearray(self._master_key), _private_key=bytearray(self._private_key),
            _signer=bytearray(self._signer), training_due=self.training_due,
        )

    @property
    def connected(self) -> bool:
        """Whether the session's own connection is open (a window keeps none)."""
        try:
            self.conn.total_changes  # noqa: B018 - raises once closed
        except sqlcipher3.ProgrammingError:
            return False
        return True

    def release(self) -> None:
        """Close the connection but keep the keys (to reconnect in another thread)."""
        with contextlib.suppress(database.DatabaseError):
            self.conn.close()

    def reconnect(self, master_key: bytes | None = None) -> None:
        """Open a fresh connection in the calling thread, with a new master
        key after a rotation done elsewhere."""
        self.release()
        if master_key is not None and master_key != bytes(self._master_key):
            self.set_master_key(master_key)
        self.conn = self.open_connection()
        self.reload_user()

    def private_key(self) -> bytes:
        return bytes(self._private_key)

    def signing_seed(self) -> bytes:
        """The Ed25519 key this session signs audit entries and grants with."""
        if self._signer:
            return bytes(self._signer)
        return crypto.signing_seed(bytes(self._private_key))

    def granter(self) -> str:
        """Who a grant this session signs is from: the root, when it signs with
        the root's key (the owner come in by the recovery code), else its user."""
        return ROOT_GRANTER if self._signer else self.user.id

    def set_signer(self, seed: bytes | None) -> None:
        self._wipe(self._signer)
        self._signer = bytearray(seed or b"")

    def master_key(self) -> bytes:
        return bytes(self._master_key)

    def set_private_key(self, key: bytes) -> None:
        self._wipe(self._private_key)
        self._private_key = bytearray(key)
        self.set_signer(None)

    def set_master_key(self, key: bytes) -> None:
        self._wipe(self._master_key)
        self._master_key = bytearray(key)

    def reload_user(self) -> None:
        """Read one's own account again (a new display name, the
        authenticator turned on). The role and state stay those checked
        against the signed grant at unlock: a change of them in the database
        is never taken up by an open session."""
        row = self.conn.execute(
            f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (self.user.id,)
        ).fetchone()
        if row is None:
            return
        user = User.from_row(row)
        if (user.role, user.active) != (self.user.role, self.user.active):
            raise IntegrityFailure(tr("Your role in this vault changed outside crmdesk while it was open; "
                                      "lock it and ask the owner to check it (verify)."))
        self.user = user

    @staticmethod
    def _wipe(buffer: bytearray) -> None:
        for i in range(len(buffer)):
            buffer[i] = 0

    def close(self) -> None:
        """Lock: close the connection and forget the keys. Idempotent."""
        with contextlib.suppress(database.DatabaseError):
            self.conn.close()
        if self._locked:
            self._locked = False
            vaultlock.release(self.paths.folder)
        self._wipe(self._master_key)
        self._wipe(self._private_key)
        self._wipe(self._signer)
        self._master_key = bytearray()
        self._private_key = bytearray()
        self._signer = bytearray()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        """Lock; a storage failure inside the block leaves as the sentence
        that says what it was (busy, disk full, read-only, damaged pages)."""
        explained = failures.explain(exc, self.paths, self.master_key()) if exc is not None else None
        self.close()
        if explained is not None and explained is not exc:
            raise explained from exc
