"""What a desk sends the team server: each record and ledger event sealed with the team key.

A blob is ``version byte ‖ 12-byte nonce ‖ AES-256-GCM ciphertext`` of the
item's JSON, padded to a bucket of ``PAD`` bytes (so a length says little about
a name or a note). The associated data binds it to its vault, its record (or
event) id, its revision and the key epoch: a blob moved to another record,
replayed as an older revision, or kept from before a key change does not open.

The server sees ids, revision numbers and sizes, never a byte of the content.
Threading: pure functions, safe from any thread.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import re
import struct
import uuid
from dataclasses import dataclass

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from crmdesk.core.errors import IntegrityFailure
from crmdesk.core.language import N_, tr
from crmdesk.core.vault import crypto

VERSION = 1
PAD = 256  # bytes: every plaintext is padded up to a multiple of this
_LENGTH = struct.Struct(">I")
ALTERED = N_("A change from the team server does not open with the team key: it was altered or belongs elsewhere. "
           "Nothing was taken from it; tell the shop's administrator.")


@dataclass(frozen=True)
class Binding:
    """Where a blob belongs; any change to it and the blob does not open."""

    vault: str  # the team vault's id
    item: str  # "record" or "event"
    id: str
    revision: int  # a record's revision; 0 for an event
    epoch: int  # the team key's epoch

    def associated_data(self) -> bytes:
        """Ids in their one written form, as the server hands them back ("A1B2…" and "a1b2…" are one id)."""
        # json.dumps(["crmdesk-team", VERSION, vault, item, id, revision, epoch], separators=(",", ":")), written
        # out: the same bytes, made by the ten thousand in a first sync
        return (f'["crmdesk-team",{VERSION:d},"{_canonical(self.vault)}","{self.item}","{_canonical(self.id)}",'
                f'{self.revision:d},{self.epoch:d}]').encode()


def _canonical(ident: str) -> str:
    """An id in its one written form (lower case, with dashes), as str(uuid.UUID(ident)) writes it."""
    return ident if _WRITTEN.fullmatch(ident) else str(uuid.UUID(ident))


_WRITTEN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@functools.lru_cache(maxsize=8)
def _cipher(team_key: bytes) -> AESGCM:
    return AESGCM(team_key)


def seal(team_key: bytes, binding: Binding, content: dict) -> bytes:
    if len(team_key) != 32:
        raise ValueError("the team key is 256 bits")
    plain = orjson.dumps(content, option=orjson.OPT_SORT_KEYS)  # compact UTF-8, as json.dumps wrote it before
    framed = _LENGTH.pack(len(plain)) + plain
    framed += bytes(-len(framed) % PAD)
    nonce = os.urandom(12)
    return bytes([VERSION]) + nonce + _cipher(team_key).encrypt(nonce, framed, binding.associated_data())


def unseal(team_key: bytes, binding: Binding, blob: bytes | None) -> dict:
    """The content of ``blob``; IntegrityFailure when it is not what ``binding`` says it is, or was changed."""
    try:
        if not blob or blob[0] != VERSION:
            raise ValueError("unknown form")
        framed = _cipher(team_key).decrypt(blob[1:13], blob[13:], binding.associated_data())
        (length,) = _LENGTH.unpack_from(framed)
        return orjson.loads(framed[_LENGTH.size:_LENGTH.size + length])
    except (InvalidTag, ValueError, struct.error, UnicodeDecodeError) as exc:
        raise IntegrityFailure(tr(ALTERED)) from exc


ERASED = {"erased": True}  # an erasure's sealed word


def seal_erasure(team_key: bytes, vault: str, record: str, epoch: int) -> bytes:
    """What a desk leaves on the server where it erased a record: only a desk holding the team key can
    erase someone at the other desks, never the server."""
    return seal(team_key, Binding(vault, "erasure", record, 0, epoch), ERASED)


def check_erasure(team_key: bytes, vault: str, record: str, epoch: int, proof: bytes | None) -> None:
    """IntegrityFailure unless ``proof`` is a desk's sealed word for erasing ``record``."""
    if unseal(team_key, Binding(vault, "erasure", record, 0, epoch), proof) != ERASED:
        raise IntegrityFailure(tr(ALTERED))


def _slot_binding(vault: str, epoch: int, holder: str) -> bytes:
    return json.dumps(["crmdesk-team-key", VERSION, str(uuid.UUID(vault)), epoch, str(uuid.UUID(holder))],
                      separators=(",", ":")).encode()


def _mac(key: bytes, *parts) -> bytes:
    return hmac.new(key, json.dumps(["crmdesk-team", VERSION, *parts], separators=(",", ":")).encode(),
                    hashlib.sha256).digest()


def key_change_proof(old_key: bytes, vault: str, epoch: int, new_key: bytes) -> bytes:
    """A desk's word that ``new_key`` is the team's key of ``epoch``, made with the key before it: whoever
    runs the server holds no team key, so it cannot make the desks take a key of its own."""
    return _mac(old_key, "key-change", str(uuid.UUID(vault)), epoch, hashlib.sha256(new_key).hexdigest())


def holder_proof(team_key: bytes, vault: str, epoch: int, holder: str, public_key: bytes, desk: int | None) -> bytes:
    """A desk's word, made with the team key of ``epoch``, that ``public_key`` is the user ``holder``'s, whose
    private key is at the desk of role ``desk``: a new key after a revocation is sealed only to public keys
    the server could not have put in, and never to a removed desk's users under another desk's name."""
    return _mac(team_key, "holder", str(uuid.UUID(vault)), epoch, str(uuid.UUID(holder)),
                hashlib.sha256(public_key).hexdigest(), desk)


def seal_team_key(holder_public: bytes, team_key: bytes, vault: str, epoch: int, holder: str,
                  proof: bytes = b"") -> bytes:
    """The team key of ``epoch`` for one user, as their key slot on the server holds it: sealed to their
    X25519 public key, bound to the vault, the epoch and the user (a slot moved to another does not open),
    with the ``key_change_proof`` that came with a new key."""
    return json.dumps(crypto.seal(holder_public, team_key + proof, _slot_binding(vault, epoch, holder))).encode()


def open_team_key(holder_private: bytes, sealed: bytes, vault: str, epoch: int, holder: str) -> tuple[bytes, bytes]:
    """(the team key, its key-change proof: empty for a copy of a key not new)."""
    try:
        opened = crypto.unseal(holder_private, json.loads(sealed), _slot_binding(vault, epoch, holder))
    except (crypto.DecryptionFailed, ValueError) as exc:
        raise IntegrityFailure(tr("The team key on the server does not open with this user's key: it was altered "
                                  "or belongs to someone else. Tell the shop's administrator.")) from exc
    return opened[:32], opened[32:]


def check_key_change(old_key: bytes, vault: str, epoch: int, new_key: bytes, proof: bytes) -> None:
    """IntegrityFailure unless a desk holding the key before ``epoch`` made ``new_key`` the key of ``epoch``."""
    if not hmac.compare_digest(proof, key_change_proof(old_key, vault, epoch, new_key)):
        raise IntegrityFailure(tr("The team's new key on the server was not made by a desk of the team; nothing "
                                  "was taken from it. Tell the shop's administrator."))
