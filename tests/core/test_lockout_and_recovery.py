"""Failed-login delay, its report on the next unlock, and recovery."""

from __future__ import annotations

import json

import pytest

from crmdesk.core import vault
from crmdesk.core.clock import FixedClock
from crmdesk.core.errors import AuthenticationFailed, LockedOut
from crmdesk.core.vault import audit, lockout, recovery
from crmdesk.core.vault.lockout import DELAY_SECONDS, THRESHOLD
from tests.conftest import OWNER, PASSPHRASES, STAFF, vault_files


def test_five_wrong_tries_then_each_waits_longer_up_to_a_cap(vault_path, failures):
    clock = FixedClock()
    for _ in range(THRESHOLD):
        with pytest.raises(AuthenticationFailed) as info:
            vault.unlock(vault_path, STAFF, "wrong wrong wrong", clock=clock, failures=failures)
        assert not isinstance(info.value, LockedOut)
    before = vault_files(vault_path)
    with pytest.raises(LockedOut) as info:  # even the right passphrase waits
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures)
    assert info.value.retry_after == pytest.approx(DELAY_SECONDS)
    assert "30 seconds" in info.value.message
    assert vault_files(vault_path) == before
    clock.advance(DELAY_SECONDS - 1)
    with pytest.raises(LockedOut):
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures)
    clock.advance(1)
    with pytest.raises(AuthenticationFailed):  # a sixth wrong try: the wait doubles
        vault.unlock(vault_path, STAFF, "still wrong", clock=clock, failures=failures)
    with pytest.raises(LockedOut) as info:
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures)
    assert info.value.retry_after == pytest.approx(2 * DELAY_SECONDS)
    clock.advance(2 * DELAY_SECONDS)
    with vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures) as s:
        assert s.report.failed_attempts == THRESHOLD + 1
        latest = audit.entries(s.conn, limit=2)
        assert [e.action for e in latest] == ["vault.unlocked", "login.failed"]
        assert latest[1].detail == {"count": THRESHOLD + 1}
    with vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures) as s:
        assert s.report.failed_attempts == 0


def test_one_users_wrong_tries_never_lock_out_another(vault_path, failures):
    clock = FixedClock()
    for _ in range(THRESHOLD + 3):
        with pytest.raises(AuthenticationFailed):
            vault.unlock(vault_path, STAFF, "guessing the staff passphrase", clock=clock, failures=failures)
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], clock=clock, failures=failures) as s:
        assert s.report.failed_attempts == 0  # the owner (and the nightly backup) get in at once
    with pytest.raises(LockedOut):
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures)


def test_an_edited_counter_never_makes_a_wait_longer_than_minutes(vault_path, failures):
    clock = FixedClock()
    with pytest.raises(AuthenticationFailed):
        vault.unlock(vault_path, STAFF, "wrong wrong wrong", clock=clock, failures=failures)
    data = json.loads(failures.path.read_text("utf-8"))
    key = next(iter(data))
    data[key] = {"count": 10 ** 9, "last": clock.now().timestamp()}  # absurdly many
    failures.path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LockedOut) as info:
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures)
    assert info.value.retry_after == lockout.MAX_WAIT_SECONDS and "15 minutes" in info.value.message
    data[key] = {"count": 10 ** 9, "last": 1e12}  # and far in the future
    failures.path.write_text(json.dumps(data), encoding="utf-8")
    vault_id, who = key.split("/", 1)
    assert failures.wait_seconds(vault_id, who, clock) <= lockout.MAX_WAIT_SECONDS
    clock.advance(lockout.MAX_WAIT_SECONDS)
    with vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], clock=clock, failures=failures):
        pass


def test_recover_sets_new_owner_passphrase(template_vault, vault_path, failures):
    with pytest.raises(AuthenticationFailed):
        recovery.recover(vault_path, "AAAA-BBBB", "brand new passphrase", failures=failures)
    code = template_vault.recovery_code.lower().replace("-", " ")  # typed sloppily
    with recovery.recover(vault_path, code, "brand new passphrase", failures=failures) as s:
        assert s.user.name == OWNER
        assert s.report.method == "recovery"
    with pytest.raises(AuthenticationFailed):
        vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures)
    vault.unlock(vault_path, OWNER, "brand new passphrase", failures=failures).close()
    vault.unlock(vault_path, None, "brand new passphrase", failures=failures).close()


def test_replace_recovery_code(template_vault, vault_path, failures, open_as):
    with pytest.raises(Exception, match="owner"):
        recovery.replace_recovery_code(open_as("adam"))
    new_code = recovery.replace_recovery_code(open_as(OWNER))
    assert new_code != template_vault.recovery_code
    with pytest.raises(AuthenticationFailed):
        recovery.recover(vault_path, template_vault.recovery_code, "x" * 12, failures=failures)
    recovery.recover(vault_path, new_code, "y" * 12, failures=failures).close()
