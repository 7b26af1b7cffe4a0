"""Backups: round trip, consistency under writes, tamper detection, no
plaintext, crash safety, restore safety and rotation."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crmdesk.core import configuration, vault
from crmdesk.core.backups import archive, backup, restore, schedule
from crmdesk.core.clock import FixedClock
from crmdesk.core.errors import (
    AuthenticationFailed,
    Cancelled,
    IntegrityFailure,
    OperationFailed,
    PermissionDenied,
)
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.vault import audit, integrity, settings
from tests.conftest import OWNER, PASSPHRASES, ROOT, STAFF, vault_files

OWNER_KEY = archive.passphrase_key(OWNER, PASSPHRASES[OWNER])


def all_contacts(session) -> list:
    ids = [r[0] for r in session.conn.execute("SELECT id FROM contacts ORDER BY id")]
    return [contacts.get_contact(session, i) for i in ids]


def test_round_trip_restores_the_same_data(open_as, tmp_path):
    session = open_as(OWNER)
    contacts.add_contact(session, ContactInput(given_name="Zofia", family_name="Wiśniewska",
                                               emails=[Labelled("zofia@example.com")]))
    made = backup.create_backup(session, tmp_path / "backups")
    assert made.path.parent == tmp_path / "backups"
    assert made.path.name.startswith("shop-") and made.path.name.endswith(".crmbackup")
    assert made.manifest.counts["contacts"] == 2 and made.manifest.counts["users"] == 5
    before = all_contacts(session)

    result = restore.restore_backup(made.path, tmp_path / "copy", OWNER_KEY,
                                    erasures=restore.KnownErasures.of(session))
    assert result.target == tmp_path / "copy.crmvault" and result.safety_copy is None
    with vault.unlock(result.target, OWNER, PASSPHRASES[OWNER]) as restored:
        assert all_contacts(restored) == before
        assert restored.vault_id == session.vault_id
        assert integrity.verify_vault(restored) == []
        actions = [e.action for e in audit.entries(restored.conn, limit=3)]
        assert "backup.restored" in actions
    assert [e.action for e in audit.entries(session.conn, limit=1)] == ["backup.created"]


def test_backup_list_shows_what_was_made_and_checked(open_as, tmp_path):
    session = open_as(OWNER)
    made = backup.create_backup(session, tmp_path)
    (tmp_path / "notes.txt").write_text("not a backup")
    listed = schedule.session_backups(session, tmp_path)
    assert [(b.path, b.state) for b in listed] == [(made.path, "good")]
    assert schedule.last_good_backup(session) == made.created


def test_backup_taken_while_another_process_writes_is_consistent(vault_path, tmp_path, failures):
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.writer_child", str(vault_path), OWNER, PASSPHRASES[OWNER],
         str(tmp_path / "child-failures.json"), "0.005"], cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
            made = [backup.create_backup(session, tmp_path / "b") for _ in range(3)]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    seen = set()
    for item in made:
        restored = restore.restore_backup(item.path, tmp_path / item.path.stem, OWNER_KEY, without_erasures=True)
        with vault.unlock(restored.target, OWNER, PASSPHRASES[OWNER], failures=failures) as copy:
            written = settings.get(copy, "organisation")
            changes = copy.conn.execute("SELECT count(*) FROM audit WHERE action = 'settings.changed'").fetchone()[0]
            assert written == f"written {changes}"
            assert integrity.verify_vault(copy) == []
            seen.add(written)
    assert len(seen) == len(made), "the writer did not write between the backups"


def _flip(path: Path, position: int) -> None:
    data = bytearray(path.read_bytes())
    data[position] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_flipped_byte_anywhere_is_caught(open_as, tmp_path):
    session = open_as(OWNER)
    made = backup.create_backup(session, tmp_path / "b")
    pristine = made.path.read_bytes()
    size = len(pristine)
    manifest_at = pristine.index(b'"format"')
    rng = random.Random(7)
    positions = sorted({0, 30, manifest_at, manifest_at + 200, pristine.index(b'"slots"') + 40,
                        size // 2, size - 200, size - 100, size - 60, size - 1,
                        *(rng.randrange(size) for _ in range(20))})
    copy = tmp_path / "flipped.crmbackup"
    for position in positions:
        copy.write_bytes(pristine)
        _flip(copy, position)
        try:
            problems = archive.check_backup(copy, OWNER_KEY).problems
        except IntegrityFailure:
            continue
        assert problems, f"byte {position} of {size} changed without notice"
    copy.write_bytes(pristine)
    assert archive.check_backup(copy, OWNER_KEY).problems == []


def test_no_personal_text_in_the_backup_file(open_as, tmp_path):
    session = open_as(OWNER)
    contacts.add_contact(session, ContactInput(given_name="Canarius", family_name="Vogelsang",
                                               notes="canarynote-4711"))
    made = backup.create_backup(session, tmp_path)
    data = made.path.read_bytes().lower()
    with zipfile.ZipFile(made.path) as packed:  # what is not encrypted: the names and the manifest
        readable = b"\n".join([*(name.encode() for name in packed.namelist()), packed.read(archive.MANIFEST)]).lower()
    for canary in ("canary", "vogelsang", OWNER, "bäckerei"):
        for encoding in ("utf-8", "utf-16-le"):
            # four bytes of ciphertext spell a short name, in any case, once in a few thousand backups
            assert canary.encode(encoding) not in (data if len(canary) >= 6 else readable), canary


@pytest.mark.slow
def test_kill_during_a_backup_leaves_no_whole_looking_file(vault_path, tmp_path, failures):
    folder = tmp_path / "b"
    for delay_steps in (1, 5):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.support.backup_child", str(vault_path), OWNER, PASSPHRASES[OWNER],
             str(tmp_path / "child-failures.json"), str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )
        for _ in range(delay_steps):
            assert child.stdout.readline().strip() == "step"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert list(folder.glob("*.crmbackup")) == []
        assert schedule.list_backups(folder, "any") == []
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
        assert integrity.verify_vault(session) == []
        made = backup.create_backup(session, folder)
    assert [p.name for p in folder.glob("*.crmbackup")] == [made.path.name]


def test_cancel_removes_the_partial_backup(open_as, tmp_path):
    session = open_as(OWNER)
    with pytest.raises(Cancelled):
        backup.create_backup(session, tmp_path / "b", cancelled=lambda: True)
    assert list((tmp_path / "b").iterdir()) == []


def test_restore_over_a_vault_needs_force_and_keeps_a_safety_copy(open_as, vault_path, tmp_path):
    session = open_as(OWNER)
    made = backup.create_backup(session, tmp_path / "b")
    contacts.add_contact(session, ContactInput(given_name="After", family_name="Backup"))
    session.close()
    before = vault_files(vault_path)

    with pytest.raises(OperationFailed, match="replace it") as refused:
        restore.restore_backup(made.path, vault_path, OWNER_KEY)
    assert refused.value.hint == "restore-force"
    assert vault_files(vault_path) == before

    clock = FixedClock(datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
    result = restore.restore_backup(made.path, vault_path, OWNER_KEY, force=True, clock=clock)
    assert result.safety_copy is not None and result.safety_copy.parent == vault_path.parent
    assert ".before-restore-2026" in result.safety_copy.name
    assert vault_files(result.safety_copy) == before
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER]) as restored:
        assert contacts.count_contacts(restored) == 1


def test_restore_of_a_damaged_backup_changes_nothing(open_as, vault_path, tmp_path):
    session = open_as(OWNER)
    made = backup.create_backup(session, tmp_path / "b")
    session.close()
    _flip(made.path, made.size // 2)
    before = vault_files(vault_path)
    with pytest.raises(IntegrityFailure):
        restore.restore_backup(made.path, vault_path, OWNER_KEY, force=True)
    assert vault_files(vault_path) == before
    assert [p.name for p in vault_path.parent.iterdir() if "restor" in p.name] == []


def test_checks_and_restores_need_an_owner_or_admin_of_the_backup(open_as, tmp_path):
    made = backup.create_backup(open_as(OWNER), tmp_path)
    staff_key = archive.passphrase_key(STAFF, PASSPHRASES[STAFF])
    with pytest.raises(PermissionDenied):
        archive.check_backup(made.path, staff_key)
    with pytest.raises(PermissionDenied):
        restore.restore_backup(made.path, tmp_path / "copy", staff_key, without_erasures=True)
    assert not (tmp_path / "copy.crmvault").exists()
    with pytest.raises(AuthenticationFailed):
        archive.check_backup(made.path, archive.passphrase_key(OWNER, "wrong passphrase"))
    with pytest.raises(PermissionDenied):
        backup.create_backup(open_as(STAFF), tmp_path)


def _made(day: datetime) -> archive.BackupFile:
    manifest = archive.Manifest("v", 4, day.isoformat(), "u", {}, {})
    return archive.BackupFile(Path(f"/b/{day:%Y%m%d-%H%M}.crmbackup"), 1, manifest)


def test_rotation_keeps_the_newest_of_each_day_week_and_month(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    start = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    made = [_made(start + timedelta(days=d, hours=h)) for d in range(120) for h in (0, 6)]
    kept = schedule.to_keep(made, schedule.Keep(daily=3, weekly=2, monthly=2))
    names = sorted(p.name for p in kept)
    # Newest per day: Apr 30, 29, 28 (18:00). Weeks: ISO week of Apr 30 and
    # the week before (newest is Sunday Apr 26). Months: April and March 31.
    assert names == ["20260331-1800.crmbackup", "20260426-1800.crmbackup", "20260428-1800.crmbackup",
                     "20260429-1800.crmbackup", "20260430-1800.crmbackup"]
    assert schedule.to_keep(made, schedule.Keep(daily=1, weekly=0, monthly=0)) == {made[-1].path}


def test_prune_deletes_exactly_what_the_settings_do_not_keep(vault_path, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    clock = FixedClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    folder = tmp_path / "b"
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], clock=clock) as session:
        configuration.change_setting(session, "backup_keep_daily", 2)
        configuration.change_setting(session, "backup_keep_weekly", 1)
        configuration.change_setting(session, "backup_keep_monthly", 2)
        made = []
        for _ in range(10):  # 1 March ... 10 March, two a day
            made.append(backup.create_backup(session, folder).path)
            clock.advance(hours=6)
            made.append(backup.create_backup(session, folder).path)
            clock.advance(hours=18)
        other = tmp_path / "other.crmbackup"
        other.write_bytes(b"something else")
        removed = schedule.prune(session, folder)
        left = sorted(p.name for p in folder.glob("*.crmbackup"))
        # Days 10 and 9 (newest each), week of 9-10 March covered, month March covered.
        assert left == sorted([made[-1].name, made[-3].name])
        assert len(removed) == 18 and other.exists()
        assert audit.entries(session.conn, limit=1)[0].action == "backup.pruned"


def test_a_missing_drive_is_reported_not_created(open_as, tmp_path):
    session = open_as(OWNER)
    stick = tmp_path / "media" / "STICK" / "crmdesk"
    with pytest.raises(OperationFailed, match="connect its drive"):
        backup.create_backup(session, stick)
    assert not (tmp_path / "media").exists()
    made = backup.create_backup(session, tmp_path / "new-folder")  # a new folder in a present one is fine
    assert made.path.parent == tmp_path / "new-folder"


def test_a_prune_that_fails_part_way_records_what_it_deleted(open_as, tmp_path, monkeypatch):
    session = open_as(OWNER)
    made = [backup.create_backup(session, tmp_path / "b").path for _ in range(3)]
    real_unlink = Path.unlink

    def unlink(path, missing_ok=False):
        if path == made[0]:  # the oldest, deleted last
            raise PermissionError(13, "Permission denied")
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(OperationFailed, match="could not be deleted"):
        schedule.prune(session, tmp_path / "b", schedule.Keep(daily=1, weekly=0, monthly=0))
    names = {r[0] for r in session.conn.execute("SELECT file_name FROM backups")}
    assert made[1].name not in names and made[0].name in names and made[2].name in names
    assert audit.entries(session.conn, limit=1)[0].action == "backup.pruned"


def test_a_vault_with_a_damaged_page_makes_no_backup(open_as, vault_path, tmp_path):
    """The copy's one check reads every page in use: a page changed on disk stops the backup, and no
    file that looks whole is left."""
    from crmdesk.core.imports import demo
    from crmdesk.core.vault import database

    session = open_as(OWNER)
    demo.fill_demo(session, 300)
    database.checkpoint(session.conn)
    pages = (vault_path / "vault.db").stat().st_size // 4096
    _flip(vault_path / "vault.db", (pages // 2) * 4096 + 500)
    with pytest.raises(IntegrityFailure) as failed:
        backup.create_backup(session, tmp_path / "b")
    assert "no backup was made" in failed.value.message
    assert not list((tmp_path / "b").glob("*"))


def test_the_data_protection_folder_travels_with_a_backup(open_as, tmp_path):
    """The breach log, the processors with their agreements, the briefing and its confirmations and the
    published notices are in the vault, so a backup restores them, and the audit chain stays whole."""
    from crmdesk.core import privacy_notice
    from crmdesk.core.privacy import breaches, processors
    from crmdesk.core.vault import training

    session = open_as(OWNER)
    lost = breaches.report(session, "A list was left on the bus.", session.clock.now(), encrypted=False)
    processors.add_processor(session, "Example Mail GmbH", service="sends the newsletter", categories=["emails"],
                             agreement=("dpa.pdf", b"%PDF-1.4 signed"))
    training.publish(session, training.current(session).body + "\n8. Never photograph the screen.")
    configuration.change_settings(session, {"controller_address": "Marktplatz 1", "controller_contact": "info@x.example"})
    privacy_notice.publish(session, {"en": "How we use your personal data: version one, for the test.",
                                     "de": "Wie wir Ihre Daten verwenden: Fassung eins, für den Test."})
    made = backup.create_backup(session, tmp_path / "backups")
    result = restore.restore_backup(made.path, tmp_path / "copy", OWNER_KEY,
                                    erasures=restore.KnownErasures.of(session))
    with vault.unlock(result.target, OWNER, PASSPHRASES[OWNER]) as restored:
        assert breaches.get_breach(restored, lost.reference).what == "A list was left on the bus."
        assert processors.agreement(restored, "Example Mail GmbH") == ("dpa.pdf", b"%PDF-1.4 signed")
        assert training.current(restored).version == 2
        assert [(v.language, v.version) for v in privacy_notice.versions(restored)] == [("de", 1), ("en", 1)]
        assert integrity.verify_vault(restored) == []
