"""Insiders: people who have a key (their own passphrase opens the master
key) and edit the vault's files outside crmdesk. What they can do stays
limited to what their slot opens; what they change is noticed."""

from __future__ import annotations

import json

import pytest

from crmdesk.core.vault import crypto
from tests.conftest import ADMIN, STAFF


def _edit_slots(vault_path, change) -> None:
    path = vault_path / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def real_floor(monkeypatch):
    """crmdesk's own Argon2id floor (the tests run below it, see tests/support)."""
    monkeypatch.setattr(crypto, "KDF_FLOOR", crypto.KdfParams(memory_kib=19456, iterations=2, lanes=1))


def test_weakened_argon2id_defaults_are_refused(cli, vault_path, real_floor):
    def weaken(data):
        data["kdf_defaults"] = {"memory_kib": 8, "iterations": 1, "lanes": 1}

    _edit_slots(vault_path, weaken)
    result = cli("user", "add", "newbie", "--role", "staff", user=ADMIN, env={"CRMDESK_NEW_PASSPHRASE": "x" * 12})
    assert result.code == 5 and "weaker than crmdesk allows" in result.err, result.err
    assert "newbie" not in (vault_path / "keyslots.json").read_text("utf-8")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("memory_kib", 2 ** 40, "damaged"),
    ("memory_kib", 0, "damaged"),
    ("iterations", -1, "damaged"),
    ("salt", "", "damaged"),
    ("public_key", "AAAA", "damaged"),
    ("nonce", "AAAA", "damaged"),
    ("file", "[", "damaged"),
])
def test_tampered_key_slot_fields_are_damage_not_a_crash_nor_a_wrong_passphrase(cli, vault_path, field, value,
                                                                               words):
    path = vault_path / "keyslots.json"
    if field == "file":
        path.write_text(value, encoding="utf-8")
    else:
        def tamper(data):
            for slot in data["slots"]:
                if field in ("memory_kib", "iterations", "salt"):
                    slot["kdf"][field] = value
                elif field == "public_key":
                    slot["public_key"] = value
                else:
                    slot["wrapped_private_key"]["nonce"] = value
        _edit_slots(vault_path, tamper)
    result = cli("contact", "list", user=STAFF)
    assert result.code == 5 and words in result.err, (field, result.err)
    assert "unexpectedly" not in result.err and "passphrase is wrong" not in result.err


def test_new_vaults_refuse_argon2id_below_the_floor(tmp_path, real_floor):
    from crmdesk.core import vault

    with pytest.raises(crypto.WeakKdf):
        vault.create_vault(tmp_path / "weak", owner_name="o", passphrase="long enough passphrase",
                           kdf=crypto.KdfParams(memory_kib=8, iterations=1, lanes=1))
    assert not list(tmp_path.iterdir())
