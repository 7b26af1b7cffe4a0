"""'Remember on this computer' with working, missing and broken keyrings."""

from __future__ import annotations

import base64

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from crmdesk.core import vault
from crmdesk.core.errors import AuthenticationFailed
from crmdesk.core.vault import recovery, remember, users
from tests.conftest import ADMIN, OWNER, PASSPHRASES, STAFF
from tests.support.keyrings import FailingKeyring, HangingKeyring, WrongValueKeyring


def test_remembered_key_unlocks_and_survives_rotation(open_as, vault_path, failures, memory_keyring):
    remember.remember(open_as(STAFF))
    assert len(memory_keyring.entries) == 1
    (service, entry), = memory_keyring.entries
    assert service == "crmdesk" and STAFF not in entry  # filed by ids, not names

    users.disable_user(open_as(ADMIN), "vic")  # rotates the master key
    session, note = remember.unlock_remembered(vault_path, STAFF, failures=failures)
    assert note is None and session.report.method == "keyring"
    users.change_passphrase(session, None, "staff new passphrase")  # keeps the key pair
    session.close()
    session, note = remember.unlock_remembered(vault_path, STAFF, failures=failures)
    assert session is not None
    session.close()


def test_revoked_user_remembered_key_opens_nothing(open_as, vault_path, failures):
    remember.remember(open_as(STAFF))
    users.disable_user(open_as(ADMIN), STAFF)
    assert remember.unlock_remembered(vault_path, STAFF, failures=failures) == (None, None)


def test_forget_removes_entry(open_as, vault_path, failures, memory_keyring):
    session = open_as(STAFF)
    remember.remember(session)
    assert remember.forget(session.vault_id, session.user.id) is True
    assert remember.forget(session.vault_id, session.user.id) is False
    assert memory_keyring.entries == {}
    assert remember.unlock_remembered(vault_path, STAFF, failures=failures) == (None, None)


def test_key_that_no_longer_opens_is_reported_not_overwritten(
    template_vault, open_as, vault_path, failures, memory_keyring
):
    remember.remember(open_as(OWNER))
    stored = dict(memory_keyring.entries)
    recovery.recover(vault_path, template_vault.recovery_code, "new owner passphrase", failures=failures).close()
    session, note = remember.unlock_remembered(vault_path, OWNER, failures=failures)
    assert session is None and note == remember.STALE_KEY
    assert memory_keyring.entries == stored


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_no_keyring_means_option_off_with_reason(open_as, vault_path, failures, backend):
    keyring.set_keyring(backend())
    state = remember.status()
    assert not state.available and "no system keyring" in state.reason
    with pytest.raises(remember.KeyringUnavailable):
        remember.remember(open_as(STAFF))
    assert remember.unlock_remembered(vault_path, STAFF, failures=failures) == (None, None)


def test_refusing_keyring_falls_back_with_message(open_as, vault_path, failures):
    keyring.set_keyring(FailingKeyring())
    with pytest.raises(remember.KeyringUnavailable, match="refused"):
        remember.remember(open_as(STAFF))
    session, note = remember.unlock_remembered(vault_path, STAFF, failures=failures)
    assert session is None and "refused" in note


def test_hanging_keyring_times_out(open_as, vault_path, failures, monkeypatch):
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(remember, "TIMEOUT_SECONDS", 0.3)
    try:
        session, note = remember.unlock_remembered(vault_path, STAFF, failures=failures)
        assert session is None and "did not answer in time" in note
        with pytest.raises(remember.KeyringUnavailable, match="did not answer"):
            remember.remember(open_as(STAFF))
    finally:
        backend.release.set()


@pytest.mark.parametrize("value", ["not base64 at all!", base64.b64encode(b"short").decode(),
                                   base64.b64encode(bytes(range(32))).decode()],  # a key of no slot
                         ids=["not-base64", "too-short", "foreign-key"])
def test_wrong_value_is_ignored_and_reported(vault_path, failures, value):
    keyring.set_keyring(WrongValueKeyring(value))
    session, note = remember.unlock_remembered(vault_path, STAFF, failures=failures)
    assert session is None and note == remember.STALE_KEY
    with pytest.raises(AuthenticationFailed):  # and the passphrase path still decides
        vault.unlock(vault_path, STAFF, "wrong passphrase!", failures=failures)
    vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures).close()
