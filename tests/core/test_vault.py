"""Creating, unlocking and locking a vault; what a wrong passphrase must not do."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys

import pytest

from crmdesk.core import configuration, vault
from crmdesk.core.errors import AuthenticationFailed, NotFound, OperationFailed, UsageError
from crmdesk.core.permissions import Role
from crmdesk.core.vault import database, settings
from tests.conftest import (
    CHEAP_KDF,
    ORGANISATION,
    OWNER,
    OWNER_DISPLAY,
    PASSPHRASES,
    ROOT,
    STAFF,
    vault_files,
)
from tests.support.raw import raw_connection


def test_create_makes_private_folder_with_db_and_keyslots(tmp_path):
    created = vault.create_vault(
        tmp_path / "new", owner_name="ida", passphrase="a long passphrase", kdf=CHEAP_KDF
    )
    folder = created.paths.folder
    assert folder.name == "new.crmvault"
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "vault.db"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for f in folder.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temp folder left"
    slots = json.loads((folder / "keyslots.json").read_text())
    assert [s["kind"] for s in slots["slots"]] == ["user", "recovery"]


def test_create_refuses_existing_folder_and_short_passphrase(tmp_path, vault_path):
    with pytest.raises(OperationFailed):
        vault.create_vault(vault_path, owner_name="x", passphrase="long enough pass", kdf=CHEAP_KDF)
    with pytest.raises(UsageError):
        vault.create_vault(tmp_path / "b", owner_name="x", passphrase="short", kdf=CHEAP_KDF)
    assert not (tmp_path / "b.crmvault").exists()


def test_unlock_gives_owner_session_with_sqlcipher_settings(open_as):
    session = open_as(OWNER)
    assert session.user.role is Role.OWNER
    conn = session.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"  # DESIGN.md, "Keys in memory"
    assert settings.get(session, "organisation") == ORGANISATION
    for path in database.sidecar_files(session.paths.db):
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_owner_is_default_user(vault_path, failures):
    with vault.unlock(vault_path, None, PASSPHRASES[OWNER], failures=failures) as session:
        assert session.user.name == OWNER


def test_lock_forgets_keys_and_connection(open_as):
    session = open_as(STAFF)
    session.close()
    assert not session.is_open
    assert session.master_key() == b""
    with pytest.raises(database.DatabaseError):
        session.conn.execute("SELECT 1")


@pytest.mark.parametrize("user,passphrase", [(OWNER, "wrong passphrase"), ("nobody", "whatever it is")])
def test_wrong_passphrase_leaves_files_byte_identical(vault_path, failures, user, passphrase):
    before = vault_files(vault_path)
    with pytest.raises(AuthenticationFailed) as info:
        vault.unlock(vault_path, user, passphrase, failures=failures)
    assert vault_files(vault_path) == before
    text = "".join(str(e) + repr(e.args) for e in (info.value, info.value.__cause__) if e)
    assert passphrase not in text and user not in text


def _start_writer(vault_path, tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.writer_child", str(vault_path), OWNER,
         PASSPHRASES[OWNER], str(tmp_path / "child-failures.json")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def test_wrong_passphrase_with_hot_wal_after_killed_writer(vault_path, failures, tmp_path):
    child = _start_writer(vault_path, tmp_path)
    child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (vault_path / "vault.db-wal").stat().st_size > 0, "the WAL must be hot for this test"
    before = vault_files(vault_path)
    with pytest.raises(AuthenticationFailed):
        vault.unlock(vault_path, OWNER, "not the passphrase", failures=failures)
    assert vault_files(vault_path) == before
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
        assert settings.get(session, "organisation").startswith("written ")


def test_unlock_never_creates_a_database(vault_path, failures):
    (vault_path / "vault.db").unlink()
    with pytest.raises(NotFound):
        vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures)
    assert not (vault_path / "vault.db").exists()
    assert sorted(p.name for p in vault_path.iterdir() if p.suffix != ".lock") == ["keyslots.json"]


def test_no_canary_in_vault_files_while_open_and_after_close(open_as, vault_path):
    canaries = [OWNER_DISPLAY, ORGANISATION, "Canary", OWNER]
    session = open_as(OWNER)
    configuration.change_setting(session, "organisation", ORGANISATION + " GmbH")
    for stage in ("open", "closed"):
        for name, data in vault_files(vault_path).items():
            for canary in canaries:
                for encoding in ("utf-8", "utf-16-le"):
                    assert canary.encode(encoding) not in data, f"{canary!r} in {name} ({stage})"
        session.close()


def test_newer_schema_is_refused_with_clear_message(vault_path, failures):
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
        raw_connection(session).execute("PRAGMA user_version = 99")
    with pytest.raises(OperationFailed, match="newer crmdesk"):
        vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures)


def test_several_settings_change_together_or_not_at_all(open_as):
    from crmdesk.core.errors import UsageError

    session = open_as(OWNER)
    entries = session.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(UsageError, match="backup_keep_daily"):
        configuration.change_settings(session, {"backup_on_quit": "on", "backup_keep_daily": 0})
    assert settings.get(session, "backup_on_quit") is False
    assert session.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == entries
    stored = configuration.change_settings(session, {"backup_on_quit": "on", "backup_keep_daily": "3",
                                           "auto_lock_minutes": settings.get(session, "auto_lock_minutes")})
    assert stored["backup_on_quit"] is True and stored["backup_keep_daily"] == 3
    # Only the two that changed are written and audited.
    assert session.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == entries + 2
