"""Failures that must say what they are: a busy vault, a full disk, a
read-only folder, an emptied or damaged database. Only damage may be called
damage (its advice, restoring a backup, loses whatever came after it), and
every failure leaves the vault as it was.

Full and read-only disks are real: a small tmpfs, mounted for the test
(skipped where this user may not mount)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from crmdesk.core.backups import backup
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.vault import database, failures
from tests.conftest import ADMIN, OWNER, PASSPHRASES, STAFF, vault_files
from tests.support.raw import raw_connection


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m"):
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=700", "tmpfs", str(where)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("this user may not mount a small disk to fill")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as handle:
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        with contextlib.suppress(OSError):
            handle.close()
    return filler


@pytest.fixture
def vault_on_small_disk(tmp_path, vault_path):
    with small_disk(tmp_path / "disk", "8m") as disk:
        folder = disk / vault_path.name
        shutil.copytree(vault_path, folder)
        yield folder


def test_a_full_disk_says_so_and_changes_nothing(cli, vault_on_small_disk):
    folder = vault_on_small_disk
    before = vault_files(folder)
    filler = _fill(folder.parent)
    result = cli("contact", "add", "--given", "Nora", "--family", "Full", vault=folder, user=STAFF)
    assert result.code == 1, result.err
    assert "no space left on the disk that holds" in result.err and "damaged" not in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert vault_files(folder)[database.sidecar_files(Path("vault.db"))[0].name] == before["vault.db"]
    filler.unlink()
    assert cli("contact", "add", "--given", "Nora", "--family", "Full", vault=folder, user=STAFF).code == 0
    assert cli("verify", vault=folder, user=ADMIN).code == 0


def test_a_vault_another_crmdesk_keeps_busy_is_not_called_damaged(cli, open_as, vault_path):
    staff = open_as(STAFF)
    holder = raw_connection(open_as(OWNER))
    holder.execute("BEGIN IMMEDIATE")  # another crmdesk in the middle of a long write
    try:
        with pytest.raises(failures.VaultBusy) as refused, staff:
            contacts.add_contact(staff, ContactInput(given_name="Bea", family_name="Busy"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert refused.value.exit_code == 1 and "Another crmdesk is writing to this vault" in refused.value.message
    assert cli("contact", "add", "--given", "Bea", "--family", "Busy", user=STAFF).code == 0


def test_an_emptied_vault_database_is_damage_and_stays_empty(cli, vault_path):
    (vault_path / "vault.db").write_bytes(b"")
    result = cli("contact", "list", user=OWNER)
    assert result.code == 5 and "empty or cut short" in result.err and "restore it from a backup" in result.err
    assert "disabled" not in result.err
    assert (vault_path / "vault.db").stat().st_size == 0  # no fresh schema written into it


def test_damage_met_in_the_middle_of_a_command_names_the_page(cli, open_as, vault_path):
    owner = open_as(OWNER)
    root = owner.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()[0]
    owner.close()
    with open(vault_path / "vault.db", "r+b") as handle:  # a flipped byte in the contacts table only
        handle.seek((root - 1) * database.PAGE_SIZE + 200)
        handle.write(b"\xa5\x5a")
    result = cli("contact", "list", user=OWNER)
    assert result.code == 5, result.err
    assert f"page {root} fails its integrity check" in result.err and "unexpectedly" not in result.err


def test_a_read_only_folder_reads_exports_and_backs_up_but_does_not_change(cli, vault_on_small_disk, tmp_path,
                                                                           template_vault):
    folder = vault_on_small_disk
    assert cli("user", "add", "nina", "--role", "staff", vault=folder, user=OWNER,
               env={"CRMDESK_NEW_PASSPHRASE": "nina's long passphrase"}).code == 0  # never trained
    _remount(folder.parent, "ro")
    untrained = cli("contact", "list", vault=folder, user="nina", passphrase="nina's long passphrase")
    assert untrained.code == 4 and "briefing" in untrained.err  # a read-only copy holds back the same
    listed = cli("contact", "list", vault=folder, user=STAFF)
    assert listed.code == 0 and "Theo Template" in listed.out, listed.err
    assert "read-only" in listed.err
    exported = cli("export", "--contacts", str(tmp_path / "all.csv"), vault=folder, user=ADMIN)
    assert exported.code == 0, exported.err
    assert "Theo" in (tmp_path / "all.csv").read_text("utf-8-sig")
    backed_up = cli("backup", "--to", str(tmp_path / "backups"), vault=folder, user=ADMIN)
    assert backed_up.code == 0, backed_up.err
    assert len(list((tmp_path / "backups").glob("*.crmbackup"))) == 1
    added = cli("contact", "add", "--given", "Rita", "--family", "Readonly", vault=folder, user=STAFF)
    assert added.code == 1 and "is read-only" in added.err and "Traceback" not in added.err
    # A confirmation that could not be recorded is not said to be made.
    confirmed = cli("confirm-recovery-code", vault=folder, user=OWNER,
                    env={"CRMDESK_RECOVERY_CODE": template_vault.recovery_code})
    assert confirmed.code == 1 and "is read-only" in confirmed.err and "confirmed" not in confirmed.out
    _remount(folder.parent, "rw")
    assert cli("verify", vault=folder, user=ADMIN).code == 0


def test_a_backup_made_during_a_long_import_waits_to_be_recorded(open_as, tmp_path):
    owner, admin = open_as(OWNER), open_as(ADMIN)
    locked, hold = threading.Event(), database.BUSY_TIMEOUT_MS / 1000 + 2

    def long_import() -> None:  # holds the write lock for longer than the usual wait
        holder = raw_connection(owner)
        holder.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(hold)
        holder.execute("ROLLBACK")
        holder.close()

    importer = threading.Thread(target=long_import)
    importer.start()
    locked.wait()
    try:
        made = backup.create_backup(admin, tmp_path / "backups")  # copies while the import runs
    finally:
        importer.join()
    assert made.path.is_file()
    recorded = admin.conn.execute("SELECT count(*) FROM backups").fetchone()[0]
    audited = admin.conn.execute("SELECT count(*) FROM audit WHERE action = 'backup.created'").fetchone()[0]
    assert (recorded, audited) == (1, 1)


def test_files_crmdesk_writes_are_private_from_their_first_byte(open_as, vault_path, tmp_path, monkeypatch):
    """Even under a lax umask, nothing the vault, a rotation, a backup or the log writes is ever
    readable by another account, not for a moment (checked as each file is renamed into place)."""
    import os
    import stat

    from crmdesk import applog
    from crmdesk.core.vault import users

    seen: dict[str, int] = {}
    real_replace = os.replace

    def watching_replace(src, dst):
        seen[Path(src).name] = stat.S_IMODE(os.stat(src).st_mode)
        return real_replace(src, dst)

    previous = os.umask(0o022)
    monkeypatch.setattr(os, "replace", watching_replace)
    try:
        applog.setup()
        logging_path = applog.log_file()
        import logging
        logging.getLogger("crmdesk.test").info("a line")
        admin = open_as(ADMIN)
        users.disable_user(admin, STAFF)  # rotates the master key through vault.db.rekey
        made = backup.create_backup(admin, tmp_path / "backups")
    finally:
        os.umask(previous)
    assert "vault.db.rekey" in seen
    assert {name: mode for name, mode in seen.items() if mode & 0o077} == {}
    files = [p for p in vault_path.iterdir() if p.is_file()] + [made.path, logging_path]
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files if p.stat().st_mode & 0o077} == {}


def test_no_room_for_the_re_keyed_copy_disables_the_user_and_says_the_key_changes_later(
        vault_on_small_disk, failures):
    from crmdesk.core import vault
    from crmdesk.core.errors import AuthenticationFailed, OperationFailed
    from crmdesk.core.imports import demo
    from crmdesk.core.vault import users

    folder = vault_on_small_disk
    with vault.unlock(folder, ADMIN, PASSPHRASES[ADMIN], failures=failures) as admin:
        demo.fill_demo(admin, 400)  # a vault bigger than the room left below
        database.checkpoint(admin.conn)
    size = (folder / "vault.db").stat().st_size
    admin = vault.unlock(folder, ADMIN, PASSPHRASES[ADMIN], failures=failures)
    with open(folder.parent / "filler", "wb") as handle:  # leave room for a change, not for a copy
        handle.write(b"\0" * max(0, shutil.disk_usage(folder).free - size // 3))
    with pytest.raises(OperationFailed) as said, admin:
        users.disable_user(admin, STAFF)
    assert "is disabled and their passphrase opens nothing" in said.value.message
    assert "no space left" in said.value.message and "next unlock by an owner or admin" in said.value.message
    assert not (folder / "vault.db.rekey").exists()
    with pytest.raises(AuthenticationFailed):
        vault.unlock(folder, STAFF, PASSPHRASES[STAFF], failures=failures)
    (folder.parent / "filler").unlink()
    with vault.unlock(folder, ADMIN, PASSPHRASES[ADMIN], failures=failures) as admin:
        assert admin.conn.execute("SELECT 1 FROM meta WHERE key = 'rotation_due'").fetchone() is None
