"""Accounts, roles, passphrase changes, revocation with key rotation, TOTP."""

from __future__ import annotations

import os

import pyotp
import pytest

from crmdesk.core import vault
from crmdesk.core.errors import (
    AuthenticationFailed,
    IntegrityFailure,
    OperationFailed,
    PermissionDenied,
    TotpRequired,
    UsageError,
)
from crmdesk.core.permissions import ROLE_PERMISSIONS, Permission, Role
from crmdesk.core.vault import keyslots, rotation, users
from tests.conftest import ADMIN, OWNER, PASSPHRASES, STAFF, TARGET, VIEWER, vault_files


def test_role_matrix_matches_design():
    expected = {
        Permission.READ: {"owner", "admin", "staff", "viewer"},
        Permission.EDIT: {"owner", "admin", "staff"},
        Permission.CONSENT: {"owner", "admin", "staff"},
        Permission.REQUESTS: {"owner", "admin", "staff"},
        Permission.ERASE: {"owner", "admin"},
        Permission.CONFIGURE: {"owner", "admin"},
        Permission.ADMINISTER: {"owner", "admin"},
        Permission.OWN: {"owner"},
        Permission.ACCOUNTABILITY: {"owner", "admin"},
        Permission.REPORT: {"owner", "admin", "staff", "viewer"},
    }
    assert set(expected) == set(Permission)
    for permission, roles in expected.items():
        assert {r.value for r in Role if permission in ROLE_PERMISSIONS[r]} == roles


def test_list_users_owner_first(open_as):
    names = [u.name for u in users.list_users(open_as(ADMIN))]
    assert names == [OWNER, ADMIN, STAFF, TARGET, VIEWER]


@pytest.mark.parametrize("who", [STAFF, VIEWER])
def test_staff_and_viewer_cannot_manage_users(open_as, who):
    session = open_as(who)
    with pytest.raises(PermissionDenied):
        users.list_users(session)
    with pytest.raises(PermissionDenied):
        users.add_user(session, "eve", role="staff", passphrase="some long passphrase")
    with pytest.raises(PermissionDenied):
        users.disable_user(session, VIEWER if who == STAFF else STAFF)


def test_add_user_rules(open_as):
    session = open_as(ADMIN)
    with pytest.raises(UsageError):
        users.add_user(session, "second", role="owner", passphrase="some long passphrase")
    with pytest.raises(OperationFailed):
        users.add_user(session, "SAM", role="staff", passphrase="some long passphrase")
    with pytest.raises(UsageError):
        users.add_user(session, "two words", role="staff", passphrase="some long passphrase")
    added = users.add_user(session, "eve", role="viewer", passphrase="eve passphrase 1")
    assert added.role is Role.VIEWER


def test_admin_cannot_touch_owner_account(open_as):
    session = open_as(ADMIN)
    with pytest.raises(PermissionDenied):
        users.change_passphrase(session, OWNER, "new owner passphrase")
    with pytest.raises(PermissionDenied):
        users.disable_user(session, OWNER)
    with pytest.raises(PermissionDenied):
        users.enable_totp(session, OWNER)


def test_everyone_changes_own_passphrase(open_as, vault_path, failures):
    session = open_as(VIEWER)
    users.change_passphrase(session, None, "viewer new passphrase")
    session.close()
    with pytest.raises(AuthenticationFailed):
        vault.unlock(vault_path, VIEWER, PASSPHRASES[VIEWER], failures=failures)
    vault.unlock(vault_path, VIEWER, "viewer new passphrase", failures=failures).close()


def test_revocation_rotates_key_and_old_slots_open_nothing(open_as, vault_path, failures):
    old_slots = (vault_path / "keyslots.json").read_bytes()
    old_db = (vault_path / "vault.db").read_bytes()
    session = open_as(ADMIN)
    users.disable_user(session, STAFF)
    assert (vault_path / "vault.db").read_bytes() != old_db
    actions = [r[0] for r in session.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 2")]
    assert actions == ["key.rotated", "user.disabled"]
    session.close()

    with pytest.raises(AuthenticationFailed):  # no slot any more
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures)

    current_slots = (vault_path / "keyslots.json").read_bytes()
    (vault_path / "keyslots.json").write_bytes(old_slots)
    before = vault_files(vault_path)
    with pytest.raises(IntegrityFailure):  # old slot + current database
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures)
    assert vault_files(vault_path) == before
    (vault_path / "keyslots.json").write_bytes(current_slots)

    for name in (OWNER, ADMIN, VIEWER):  # everyone else still gets in
        vault.unlock(vault_path, name, PASSPHRASES[name], failures=failures).close()


def _break_on_call(monkeypatch, target, name, call_number):
    original = getattr(target, name)
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == call_number:
            raise OSError("simulated crash")
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, wrapper)


# os.replace call 1 is the phase-1 save of keyslots.json, call 2 the database rename.
@pytest.mark.parametrize("crash,pending", [
    ("before slots are written", False),
    ("before the database rename", True),
    ("after the database rename", True),
])
def test_rotation_interrupted_at_any_point_still_opens(
    open_as, vault_path, failures, monkeypatch, crash, pending
):
    session = open_as(ADMIN)
    if crash == "before slots are written":
        _break_on_call(monkeypatch, os, "replace", 1)
    elif crash == "before the database rename":
        _break_on_call(monkeypatch, os, "replace", 2)
    else:
        _break_on_call(monkeypatch, keyslots.KeySlots, "save", 2)
    with pytest.raises(OSError):
        vault.rotate_master_key(session)
    monkeypatch.undo()
    slots = keyslots.KeySlots.load(vault_path / "keyslots.json")
    assert all(bool(s.pending_master_key) == pending for s in slots.slots)
    with vault.unlock(vault_path, VIEWER, PASSPHRASES[VIEWER], failures=failures) as viewer:
        assert viewer.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 5
    slots = keyslots.KeySlots.load(vault_path / "keyslots.json")
    assert not any(s.pending_master_key for s in slots.slots)
    assert not (vault_path / "vault.db.rekey").exists()


def test_disable_interrupted_before_rotation_rotates_on_next_admin_unlock(
    open_as, vault_path, failures, monkeypatch
):
    session = open_as(OWNER)
    _break_on_call(monkeypatch, rotation, "rotate_master_key", 1)
    with pytest.raises(OSError):
        users.disable_user(session, STAFF)
    monkeypatch.undo()
    session.close()
    db_before = (vault_path / "vault.db").read_bytes()
    with vault.unlock(vault_path, ADMIN, PASSPHRASES[ADMIN], failures=failures) as admin:
        assert admin.conn.execute("SELECT 1 FROM meta WHERE key='rotation_due'").fetchone() is None
    assert (vault_path / "vault.db").read_bytes()[:16] != db_before[:16], "new salt: re-keyed"
    with pytest.raises(AuthenticationFailed):
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures)


def test_totp_second_gate(open_as, vault_path, failures):
    session = open_as(STAFF)
    setup = users.enable_totp(session)
    assert setup.uri.startswith("otpauth://totp/")
    session.close()
    with pytest.raises(TotpRequired):
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures)
    with pytest.raises(AuthenticationFailed, match="authenticator code is wrong"):
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], totp_code="000000", failures=failures)
    code = pyotp.TOTP(setup.secret).now()
    with vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], totp_code=code, failures=failures) as s:
        assert s.user.totp_enabled
        assert s.report.failed_attempts == 1
        users.disable_totp(s)
    vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures).close()


def test_totp_slot_hint(open_as, vault_path):
    users.enable_totp(open_as(OWNER), STAFF)
    slots = keyslots.KeySlots.load(vault_path / "keyslots.json")
    assert slots.user_slot(STAFF).totp
    assert not slots.user_slot(VIEWER).totp


# Every step of disabling a user and changing the key: the slot's removal (the first replace of
# keyslots.json), the re-keyed copy (begun, written), the pending key (the second), the database
# swapped in (the third), the new key alone (the fourth).
KILL_POINTS = [
    "os:replace:1",
    "crmdesk.core.vault.rotation:create_private:1",
    "crmdesk.core.vault.rotation:make_private:1",
    "os:replace:2",
    "os:replace:3",
    "os:replace:4",
]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_kill_9_at_any_step_of_a_rotation_never_leaves_the_disabled_user_a_key(vault_path, failures, tmp_path,
                                                                              point):
    import subprocess
    import sys

    from crmdesk.core.vault import database
    from tests.support import TEST_PYTHONPATH

    with vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures) as staff:
        old_key = staff.master_key()  # what the leaving staff member could have kept
    child = subprocess.run(
        [sys.executable, "-m", "tests.support.rotation_child", str(vault_path), ADMIN, PASSPHRASES[ADMIN],
         str(tmp_path / "child-failures.json"), STAFF, point],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": TEST_PYTHONPATH})
    assert child.returncode == -9, (point, child.returncode, child.stderr)
    with pytest.raises(AuthenticationFailed):
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures)
    with vault.unlock(vault_path, ADMIN, PASSPHRASES[ADMIN], failures=failures) as admin:  # finishes the rotation
        assert admin.conn.execute("SELECT active FROM users WHERE name = ?", (STAFF,)).fetchone()[0] == 0
        assert admin.conn.execute("SELECT 1 FROM meta WHERE key = 'rotation_due'").fetchone() is None
        from crmdesk.core.vault import integrity
        assert integrity.verify_vault(admin) == []
    slots = keyslots.KeySlots.load(vault_path / "keyslots.json")
    assert slots.user_slot(STAFF) is None and not any(s.pending_master_key for s in slots.slots)
    assert not database.probe_key(vault_path / "vault.db", old_key), "the disabled user's key still opens it"
    for name in (OWNER, VIEWER):
        vault.unlock(vault_path, name, PASSPHRASES[name], failures=failures).close()


def test_a_user_disabled_while_another_program_writes_loses_none_of_its_writes(vault_path, failures, tmp_path):
    """A window (here: a process committing changes) has the vault open while an admin disables a
    user. The key cannot change under it: the user is disabled at once, the key changes when the
    other program is done, and every write it was told succeeded is in the vault."""
    import signal
    import subprocess
    import sys

    from crmdesk.core.errors import OperationFailed
    from crmdesk.core.vault import settings
    from tests.support import TEST_PYTHONPATH

    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.writer_child", str(vault_path), OWNER, PASSPHRASES[OWNER],
         str(tmp_path / "child-failures.json"), "0.002"], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": TEST_PYTHONPATH})
    acknowledged = 0
    try:
        assert child.stdout.readline().strip() == "ready"
        with vault.unlock(vault_path, ADMIN, PASSPHRASES[ADMIN], failures=failures) as admin:
            with pytest.raises(OperationFailed) as deferred:
                users.disable_user(admin, STAFF)
        assert "is disabled and their passphrase opens nothing" in deferred.value.message
        assert "Another crmdesk has this vault open" in deferred.value.message
        for _ in range(2):  # the writer goes on, into the same file
            assert child.stdout.readline().strip() == "ready"
        acknowledged = 50
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    with pytest.raises(AuthenticationFailed):
        vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=failures)
    with vault.unlock(vault_path, ADMIN, PASSPHRASES[ADMIN], failures=failures) as admin:  # now alone: the key changes
        assert admin.conn.execute("SELECT 1 FROM meta WHERE key = 'rotation_due'").fetchone() is None
        written = int(settings.get(admin, "organisation").split()[1])
        changes = admin.conn.execute("SELECT count(*) FROM audit WHERE action = 'settings.changed'").fetchone()[0]
        assert written == changes >= acknowledged
        from crmdesk.core.vault import integrity
        assert integrity.verify_vault(admin) == []
