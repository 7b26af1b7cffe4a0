"""Key derivation, wrapping and sealing used by the key slots.

- A passphrase becomes a 256-bit key with Argon2id (parameters kept in the slot).
- A user's X25519 private key is wrapped with AES-256-GCM under that key.
- The vault's master key is *sealed* to each user's X25519 public key
  (ephemeral-static X25519, HKDF-SHA256, AES-256-GCM), so it can be re-sealed
  to every remaining user without knowing their passphrases.

Every ciphertext is bound to its vault and slot through the AEAD's associated
data, so a slot copied into another vault or slot position does not open.
Threading: pure functions, safe from any thread.
"""

from __future__ import annotations

import base64
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives import hmac as hmac_primitive
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters. Defaults take roughly 0.3-0.5 s on a desktop."""

    memory_kib: int = 131072
    iterations: int = 4
    lanes: int = 4

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        """Parameters read from a file, refused (``WeakKdf`` or ``ValueError``)
        outside the bounds crmdesk allows."""
        return cls(
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
        ).checked()

    def checked(self) -> KdfParams:
        """These parameters, if no weaker than ``KDF_FLOOR`` and no costlier
        than ``KDF_CEILING`` (a file asking for 2^40 KiB would exhaust memory)."""
        floor, ceiling = KDF_FLOOR, KDF_CEILING
        if (self.memory_kib > ceiling.memory_kib or self.iterations > ceiling.iterations
                or self.lanes > ceiling.lanes or min(self.memory_kib, self.iterations, self.lanes) < 1):
            raise ValueError("Argon2id parameters out of range")
        if (self.memory_kib < floor.memory_kib or self.iterations < floor.iterations
                or self.lanes < floor.lanes or self.memory_kib < 8 * self.lanes):
            raise WeakKdf(f"{self.memory_kib} KiB, {self.iterations} passes")
        return self


# The weakest Argon2id crmdesk accepts, for a new slot or one read from a
# file: OWASP's minimum (19 MiB, 2 passes). Someone editing keyslots.json
# cannot make the next slots cheap to guess. The default is far above it.
KDF_FLOOR = KdfParams(memory_kib=19456, iterations=2, lanes=1)
KDF_CEILING = KdfParams(memory_kib=4 * 1024 * 1024, iterations=64, lanes=64)


class WeakKdf(ValueError):
    """Argon2id parameters below ``KDF_FLOOR``."""


class DecryptionFailed(Exception):
    """An AEAD tag did not verify: wrong key, or the data was changed."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id of a passphrase or recovery code. Slow on purpose."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> dict:
    nonce = os.urandom(12)
    return {"nonce": b64(nonce), "ciphertext": b64(AESGCM(key).encrypt(nonce, plaintext, aad))}


def decrypt(key: bytes, box: dict, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(unb64(box["nonce"]), unb64(box["ciphertext"]), aad)
    except (InvalidTag, KeyError, ValueError, TypeError) as exc:
        raise DecryptionFailed() from exc


def new_keypair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair as (private, public) raw bytes."""
    private = X25519PrivateKey.generate()
    return private_bytes(private), public_bytes(private.public_key())


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_of(private: bytes) -> bytes:
    return public_bytes(X25519PrivateKey.from_private_bytes(private).public_key())


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=ephemeral_public + recipient_public,
        info=b"crmdesk master key seal v1",
    ).derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, aad: bytes) -> dict:
    """Encrypt ``plaintext`` so that only the holder of the private key opens it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    box = encrypt(_seal_key(shared, ephemeral_public, recipient_public), plaintext, aad)
    box["ephemeral_public"] = b64(ephemeral_public)
    return box


def unseal(private: bytes, box: dict, aad: bytes) -> bytes:
    try:
        key = X25519PrivateKey.from_private_bytes(private)
        ephemeral_public = unb64(box["ephemeral_public"])
        shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except (KeyError, ValueError, TypeError) as exc:
        raise DecryptionFailed() from exc
    return decrypt(_seal_key(shared, ephemeral_public, public_bytes(key.public_key())), box, aad)


# Crockford's base32 alphabet: no I, L, O, U, so a code read off paper is
# typed back without confusion.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 8
_RECOVERY_GROUP_LEN = 4


def new_recovery_code() -> str:
    """160 random bits as eight groups of four characters, e.g. ``7K3M-…``."""
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)]
    groups = ["".join(chars[i : i + _RECOVERY_GROUP_LEN]) for i in range(0, len(chars), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_code(text: str) -> str:
    """Accept the code however it was typed: case, spaces, dashes, O/0 and I/L/1,
    and full-width letters and digits (an East Asian keyboard's)."""
    cleaned = "".join(ch for ch in unicodedata.normalize("NFKC", text).upper() if ch.isascii() and ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    groups = [cleaned[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def subkey(key: bytes, purpose: bytes, salt: bytes) -> bytes:
    """A key for one purpose derived from ``key`` (HKDF-SHA256), so the
    master key itself never keys anything but the database."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose).derive(key)


# -- signatures ------------------------------------------------------------------------------
# Each user signs with an Ed25519 key derived from their slot's X25519
# private key, so whatever unlocks them (passphrase, remembered key, a
# passphrase changed by themselves) signs with the same key, and nothing
# new has to be stored or remembered. The vault's root key is a separate
# Ed25519 key (see ``keyslots`` and ``grants``).


def signing_seed(x25519_private: bytes) -> bytes:
    """The raw Ed25519 private key of the holder of ``x25519_private``."""
    return subkey(x25519_private, b"crmdesk signing key v1", b"")


def new_signing_seed() -> bytes:
    return os.urandom(KEY_BYTES)


def signing_public(seed: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign(seed: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).sign(message)


def signature_valid(public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public: bytes) -> str:
    """A short, stable name for a public key (hex)."""
    return hashes_sha256(public)[:32]


def hashes_sha256(data: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize().hex()


def key_check(wrapping_key: bytes) -> str:
    """A value that tells whether a passphrase derived the right wrapping
    key, without decrypting anything: a wrong passphrase and a slot whose
    binding was changed then give different answers."""
    mac = hmac_primitive.HMAC(wrapping_key, hashes.SHA256())
    mac.update(b"crmdesk slot check v1")
    return mac.finalize()[:16].hex()


def mac_hex(key: bytes, data: bytes) -> str:
    mac = hmac_primitive.HMAC(key, hashes.SHA256())
    mac.update(data)
    return mac.finalize().hex()
