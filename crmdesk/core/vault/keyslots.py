"""The key slot file ``keyslots.json`` of a vault.

One slot per user plus one recovery slot. A slot holds the user's X25519
private key wrapped under an Argon2id-derived key, the public key, and the
vault's master key sealed to that public key. The file holds no personal data:
a user slot is found by a salted hash of the user name, never the name itself.

During a master-key rotation a slot may also hold ``pending_master_key``: the
new key, sealed before the database is switched over, so a crash at any point
leaves a vault that still opens (see ``vault.rotate_master_key``).

Against insiders (people with a key of their own who edit the files):

- ``root``: the vault's root signing key, which signs the owner's role grant
  (``grants``); its private part is sealed to the owner's and the recovery
  slot. Its statement is signed by itself.
- A slot *bound* to the root has the root's fingerprint in the associated
  data of its wrapped private key, and a ``check`` value of its wrapping key.
  Someone who replaces the root (to sign themselves a role) cannot re-wrap
  other people's slots, so each of them is told at their next unlock that
  their slot no longer matches the vault, rather than "wrong passphrase".
- ``mac``: an HMAC of the whole file under a key derived from the master key,
  checked after every unlock, so that nobody without a key changes a byte
  unnoticed (the Argon2id floor stops those with one from weakening it).
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
from crmdesk.core.language import tr
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
    root: str | None = None  # fingerprint of the root key this slot is bound to
    check: str | None = None  # key_check of the wrapping key, for a bound slot
    sealed_root_key: dict | None = None  # the root's private key (owner and recovery slots)
    signature: str | None = None  # by the slot's own user, over what opens it (``signed_part``)

    @property
    def counter_key(self) -> str:
        """How failed tries on this slot are counted (``lockout``): per user."""
        return self.lookup or self.kind

    def _aad(self, vault_id: str, what: str) -> bytes:
        bound = f"/{self.root}" if what == "private" and self.root else ""
        return f"crmdesk/{what}/{vault_id}/{self.id}{bound}".encode()

    def unwrap(self, vault_id: str, secret: str) -> tuple[bytes, bytes]:
        """The slot's private key and wrapping key. Slow (Argon2id).

        ``crypto.DecryptionFailed`` for a wrong secret; ``SlotChanged`` when
        the secret is right but the slot's binding or box was changed."""
        wrapping_key = crypto.derive_key(secret, self.salt, self.kdf)
        if self.check is not None and crypto.key_check(wrapping_key) != self.check:
            raise crypto.DecryptionFailed()
        try:
            private = crypto.decrypt(wrapping_key, self.wrapped_private_key, self._aad(vault_id, "private"))
        except crypto.DecryptionFailed:
            if self.check is not None:
                raise SlotChanged() from None
            raise
        return private, wrapping_key

    def unwrap_private_key(self, vault_id: str, secret: str) -> bytes:
        """The slot's private key, or ``crypto.DecryptionFailed``. Slow (Argon2id)."""
        return self.unwrap(vault_id, secret)[0]

    def bind(self, vault_id: str, wrapping_key: bytes, private_key: bytes, root_fingerprint: str) -> None:
        """Wrap the private key again, bound to the vault's root key."""
        self.root = root_fingerprint
        self.check = crypto.key_check(wrapping_key)
        self.wrapped_private_key = crypto.encrypt(wrapping_key, private_key, self._aad(vault_id, "private"))
        self.sign(vault_id, private_key)

    def signed_part(self, vault_id: str) -> bytes:
        """What only the slot's user (or whoever made the slot for them) can
        vouch for: how it opens. Not the sealed keys (a rotation re-seals
        them with public keys only) nor the authenticator hint."""
        kdf = self.kdf.to_json() | {"salt": crypto.b64(self.salt)}
        return json.dumps(["crmdesk slot v1", vault_id, self.id, self.kind, self.user_id, self.lookup, kdf,
                           crypto.b64(self.public_key), self.wrapped_private_key, self.root, self.check,
                           self.owner], sort_keys=True, separators=(",", ":")).encode("utf-8")

    def sign(self, vault_id: str, private_key: bytes) -> None:
        self.signature = crypto.b64(crypto.sign(crypto.signing_seed(private_key), self.signed_part(vault_id)))

    def signed_by(self, vault_id: str, signing_public: bytes) -> bool:
        try:
            return self.signature is not None and crypto.signature_valid(
                signing_public, self.signed_part(vault_id), crypto.unb64(self.signature))
        except ValueError:
            return False

    def seal_root_key(self, vault_id: str, root_seed: bytes) -> None:
        self.sealed_root_key = crypto.seal(self.public_key, root_seed, self._aad(vault_id, "root"))

    def root_seed(self, vault_id: str, private_key: bytes) -> bytes | None:
        """The root's private key, if this slot holds it."""
        if self.sealed_root_key is None:
            return None
        return crypto.unseal(private_key, self.sealed_root_key, self._aad(vault_id, "root"))

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
        if self.root:
            data["root"], data["check"] = self.root, self.check
        if self.sealed_root_key:
            data["sealed_root_key"] = self.sealed_root_key
        if self.signature:
            data["signature"] = self.signature
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
        pending, sealed_root = data.get("pending_master_key"), data.get("sealed_root_key")
        root, check = data.get("root"), data.get("check")
        if root is not None and not (isinstance(root, str) and isinstance(check, str)
                                     and len(bytes.fromhex(check)) == 16):
            raise ValueError("a damaged root binding")
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
            root=root,
            check=check if root is not None else None,
            sealed_root_key=_box(sealed_root, sealed=True) if sealed_root is not None else None,
            signature=str(data["signature"]) if data.get("signature") else None,
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
    root_fingerprint: str | None = None,
) -> tuple[Slot, bytes]:
    """A slot opened by ``secret``; returns it with its private key.

    ``private_key`` keeps an existing key pair (a passphrase change keeps
    the remembered key working); otherwise a new pair is made.
    ``root_fingerprint`` binds the slot to the vault's root key.
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
    if root_fingerprint:
        slot.bind(vault_id, wrapping_key, private_key, root_fingerprint)
    else:
        slot.wrapped_private_key = crypto.encrypt(wrapping_key, private_key, slot._aad(vault_id, "private"))
    slot.sealed_master_key = slot.seal_master_key(vault_id, master_key)
    slot.sign(vault_id, private_key)
    return slot, private_key


class SlotChanged(IntegrityFailure):
    """The secret was right, but the slot's binding or wrapped key was changed."""

    def __init__(self):
        super().__init__("Your passphrase is right, but your key slot in keyslots.json no longer matches this "
                         "vault's keys: the file was changed outside crmdesk. Restore the vault from a backup.")


ROOT_STATEMENT = "crmdesk root v1"


@dataclass
class KeySlots:
    vault_id: str
    kdf_defaults: crypto.KdfParams = field(default_factory=crypto.KdfParams)
    slots: list[Slot] = field(default_factory=list)
    root: dict | None = None  # {"public_key", "since", "signature"}: see the module notes
    mac: str | None = None

    # -- the root key ------------------------------------------------------------------------
    def _root_statement(self, public_key: str, since: int, recovery: str | None) -> bytes:
        return f"{ROOT_STATEMENT}\0{self.vault_id}\0{public_key}\0{since:d}\0{recovery or ''}".encode()

    def set_root(self, seed: bytes, since: int, recovery: str | None = None) -> None:
        """Make ``seed`` the vault's root key; audit entries from ``since`` on
        are signed; ``recovery`` names the one recovery slot it vouches for
        (so an old recovery slot put back is noticed)."""
        public = crypto.b64(crypto.signing_public(seed))
        self.root = {"public_key": public, "since": since, "recovery": recovery,
                     "signature": crypto.b64(crypto.sign(seed, self._root_statement(public, since, recovery)))}

    def sealed_era(self) -> bool:
        """Whether this file was written by a crmdesk that seals it and binds
        slots to a root key (then neither may go missing)."""
        return bool(self.root) or any(slot.root or slot.check for slot in self.slots)

    def root_public(self) -> bytes | None:
        return crypto.unb64(self.root["public_key"]) if self.root else None

    def root_fingerprint(self) -> str | None:
        public = self.root_public()
        return crypto.fingerprint(public) if public else None

    def root_since(self) -> int | None:
        return int(self.root["since"]) if self.root else None

    def root_valid(self) -> bool:
        if not self.root:
            return True
        try:
            signature = crypto.unb64(self.root["signature"])
        except ValueError:
            return False
        return crypto.signature_valid(self.root_public(), self._root_statement(
            self.root["public_key"], int(self.root["since"]), self.root.get("recovery")), signature)

    # -- the file's seal ---------------------------------------------------------------------
    def _mac_key(self, master_key: bytes) -> bytes:
        return crypto.subkey(master_key, b"crmdesk keyslots mac v1", self.vault_id.encode())

    def seal(self, master_key: bytes) -> None:
        self.mac = crypto.mac_hex(self._mac_key(master_key), self._content())

    def seal_problem(self, master_key: bytes) -> str | None:
        """Why the file's seal does not hold for ``master_key``; None when it does
        (or, before the vault had a root key, when the file has no seal yet)."""
        if self.mac is None:
            return "keyslots.json has no seal." if self.sealed_era() else None
        if crypto.mac_hex(self._mac_key(master_key), self._content()) != self.mac:
            return "keyslots.json was changed outside crmdesk (its seal does not match)."
        return None

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

    def _data(self) -> dict:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "kdf_defaults": self.kdf_defaults.to_json(),
            "slots": [s.to_json() for s in self.slots],
        }
        if self.root:
            data["root"] = self.root
        return data

    def _content(self) -> bytes:
        return json.dumps(self._data(), sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_bytes(self) -> bytes:
        data = self._data()
        if self.mac:
            data["mac"] = self.mac
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path, master_key: bytes) -> None:
        """Seal the file under ``master_key`` and write it atomically."""
        self.seal(master_key)
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
            root = data.get("root")
            if root is not None:
                root = {"public_key": str(root["public_key"]), "since": int(root["since"]),
                        "recovery": str(root["recovery"]) if root.get("recovery") else None,
                        "signature": str(root["signature"])}
                if len(crypto.unb64(root["public_key"])) != crypto.KEY_BYTES:
                    raise ValueError("a damaged root key")
            mac = data.get("mac")
            if mac is not None and not isinstance(mac, str):
                raise ValueError("a damaged seal")
            return cls(
                vault_id=str(uuid.UUID(data["vault_id"])),
                kdf_defaults=crypto.KdfParams.from_json(data["kdf_defaults"]),
                slots=[Slot.from_json(s) for s in data["slots"]],
                root=root,
                mac=mac,
            )
        except crypto.WeakKdf as exc:
            raise IntegrityFailure(
                tr("keyslots.json asks for Argon2id settings weaker than crmdesk allows ({exc}); it was "
                   "changed outside crmdesk: restore the vault from a backup.").format(exc=exc)
            ) from exc
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError) as exc:
            raise IntegrityFailure(
                tr("The key slot file keyslots.json is damaged; restore the vault from a backup.")
            ) from exc
