"""The key slot file ``keyslots.json`` of a vault.

One slot per user plus one recovery slot. A slot holds the user's X25519
private key wrapped under an Argon2id-derived key, the public key, and the
vault's master key sealed to that public key. The file holds no personal data:
a user slot is found by a salted hash of the user name, never the name itself.

During a master-key rotation a slot may also hold ``pending_master_key``: the
new key, sealed before the database is switched over, so a crash at any point
leaves a vault that still opens (see ``vault.rotate_master_key``).
Threading: plain data; callers serialise writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.core.errors import IntegrityFailure
from crmdesk.core.fsutil import atomic_write
from crmdesk.core.vault import crypto

FORMAT = "crmdesk-keyslots"
VERSION = 1
USER = "user"
RECOVERY = "recovery"


def user_lookup(vault_id: str, user_name: str) -> str:
    """The name under which a user's slot is filed: a hash, not the name."""
    material = f"crmdesk-user\0{vault_id}\0{user_name.strip().casefold()}".encode()
    return hashlib.sha256(material).hexdigest()


@dataclass
class Slot:
    id: str
    kind: str
    user_id: str | None
    lookup: str | None
    kdf: crypto.KdfParams
    salt: bytes
    public_key: bytes
    wrapped_private_key: dict
    sealed_master_key: dict
    pending_master_key: dict | None = None
    totp: bool = False
    owner: bool = False

    @property
    def counter_key(self) -> str:
        """How failed tries on this slot are counted (``lockout``): per user."""
        return self.lookup or self.kind

    def _aad(self, vault_id: str, what: str) -> bytes:
        return f"crmdesk/{what}/{vault_id}/{self.id}".encode()

    def unwrap_private_key(self, vault_id: str, secret: str) -> bytes:
        """The slot's private key, or ``crypto.DecryptionFailed``. Slow (Argon2id)."""
        wrapping_key = crypto.derive_key(secret, self.salt, self.kdf)
        return crypto.decrypt(wrapping_key, self.wrapped_private_key, self._aad(vault_id, "private"))

    def master_keys(self, vault_id: str, private_key: bytes) -> list[bytes]:
        """The master key candidates this slot opens: current first, then pending."""
        aad = self._aad(vault_id, "master")
        keys = [crypto.unseal(private_key, self.sealed_master_key, aad)]
        if self.pending_master_key:
            keys.append(crypto.unseal(private_key, self.pending_master_key, aad))
        return keys

    def seal_master_key(self, vault_id: str, master_key: bytes) -> dict:
        return crypto.seal(self.public_key, master_key, self._aad(vault_id, "master"))

    def to_json(self) -> dict:
        data = {
            "id": self.id,
            "kind": self.kind,
            "user_id": self.user_id,
            "lookup": self.lookup,
            "kdf": self.kdf.to_json() | {"name": "argon2id", "salt": crypto.b64(self.salt)},
            "public_key": crypto.b64(self.public_key),
            "wrapped_private_key": self.wrapped_private_key,
            "sealed_master_key": self.sealed_master_key,
            "totp": self.totp,
            "owner": self.owner,
        }
        if self.pending_master_key:
            data["pending_master_key"] = self.pending_master_key
        return data

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        """A slot read from the file; ``ValueError`` (or ``crypto.WeakKdf``)
        for anything malformed, so a damaged field is reported as damage
        rather than read as a wrong passphrase."""
        kdf = data["kdf"]
        if kdf.get("name") != "argon2id":
            raise ValueError("unknown KDF")
        if data["kind"] not in (USER, RECOVERY):
            raise ValueError("unknown slot kind")
        salt, public_key = crypto.unb64(kdf["salt"]), crypto.unb64(data["public_key"])
        if len(salt) < 16 or len(public_key) != crypto.KEY_BYTES:
            raise ValueError("salt or public key of the wrong size")
        pending = data.get("pending_master_key")
        return cls(
            id=str(uuid.UUID(str(data["id"]))),
            kind=data["kind"],
            user_id=data.get("user_id"),
            lookup=data.get("lookup"),
            kdf=crypto.KdfParams.from_json(kdf),
            salt=salt,
            public_key=public_key,
            wrapped_private_key=_box(data["wrapped_private_key"]),
            sealed_master_key=_box(data["sealed_master_key"], sealed=True),
            pending_master_key=_box(pending, sealed=True) if pending is not None else None,
            totp=bool(data.get("totp", False)),
            owner=bool(data.get("owner", False)),
        )


def _box(data: dict, *, sealed: bool = False) -> dict:
    """An AEAD box as stored, checked for shape: a 12-byte nonce, a
    ciphertext with room for its tag, and for a sealed box a 32-byte key."""
    box = dict(data)
    if len(crypto.unb64(box["nonce"])) != 12 or len(crypto.unb64(box["ciphertext"])) < 16 + 1:
        raise ValueError("a damaged nonce or ciphertext")
    if sealed and len(crypto.unb64(box["ephemeral_public"])) != crypto.KEY_BYTES:
        raise ValueError("a damaged ephemeral key")
    return box


def new_slot(
    *,
    vault_id: str,
    kind: str,
    secret: str,
    master_key: bytes,
    kdf: crypto.KdfParams,
    user_id: str | None = None,
    user_name: str | None = None,
    private_key: bytes | None = None,
) -> tuple[Slot, bytes]:
    """A slot opened by ``secret``; returns it with its private key.

    ``private_key`` keeps an existing key pair (a passphrase change keeps
    the remembered key working); otherwise a new pair is made.
    """
    kdf = kdf.checked()
    if private_key is None:
        private_key, public_key = crypto.new_keypair()
    else:
        public_key = crypto.public_key_of(private_key)
    slot = Slot(
        id=str(uuid.uuid4()),
        kind=kind,
        user_id=user_id,
        lookup=user_lookup(vault_id, user_name) if user_name else None,
        kdf=kdf,
        salt=os.urandom(16),
        public_key=public_key,
        wrapped_private_key={},
        sealed_master_key={},
    )
    wrapping_key = crypto.derive_key(secret, slot.salt, kdf)
    slot.wrapped_private_key = crypto.encrypt(wrapping_key, private_key, slot._aad(vault_id, "private"))
    slot.sealed_master_key = slot.seal_master_key(vault_id, master_key)
    return slot, private_key


@dataclass
class KeySlots:
    vault_id: str
    kdf_defaults: crypto.KdfParams = field(default_factory=crypto.KdfParams)
    slots: list[Slot] = field(default_factory=list)

    def user_slot(self, user_name: str | None) -> Slot | None:
        """The slot of ``user_name``; ``None`` means the owner's."""
        if user_name is None:
            return next((s for s in self.slots if s.kind == USER and s.owner), None)
        lookup = user_lookup(self.vault_id, user_name)
        return next((s for s in self.slots if s.kind == USER and s.lookup == lookup), None)

    def slot_for_user_id(self, user_id: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == USER and s.user_id == user_id), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == RECOVERY), None)

    def replace(self, old: Slot | None, new: Slot) -> None:
        if old is not None:
            self.slots = [s for s in self.slots if s.id != old.id]
        self.slots.append(new)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "kdf_defaults": self.kdf_defaults.to_json(),
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """Read and check the file; ``IntegrityFailure`` if it is damaged."""
        return cls.from_bytes(path.read_bytes())

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("not a key slot file of this version")
            return cls(
                vault_id=str(uuid.UUID(data["vault_id"])),
                kdf_defaults=crypto.KdfParams.from_json(data["kdf_defaults"]),
                slots=[Slot.from_json(s) for s in data["slots"]],
            )
        except crypto.WeakKdf as exc:
            raise IntegrityFailure(
                f"keyslots.json asks for Argon2id settings weaker than crmdesk allows ({exc}); it was changed "
                "outside crmdesk: restore the vault from a backup."
            ) from exc
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise IntegrityFailure(
                "The key slot file keyslots.json is damaged; restore the vault from a backup."
            ) from exc
