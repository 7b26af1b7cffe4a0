"""What needs doing and how the vault stands (core.health): each finding made
true and false on a real vault, on a clock the test moves."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import pytest

from crmdesk.core import configuration, health
from crmdesk.core.backups import backup, schedule
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import consent, requests, retention
from tests.conftest import ADMIN, OWNER, STAFF, VIEWER, inactive_for_years
from tests.support.raw import raw_connection

START = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)  # after the test vault's users were made


def found(session, key: str, when: datetime | None = None) -> health.Finding:
    return next(f for f in health.today(session, when) if f.key == key)


@pytest.fixture
def owner(open_clocked, tmp_path):
    session, clock = open_clocked(OWNER, START)
    configuration.change_setting(session, "backup_folder", str(tmp_path / "backups"))
    return session, clock


def person(session, name: str = "Jan") -> str:
    return contacts.add_contact(session, ContactInput(given_name=name, emails=[Labelled(f"{name}@x.example")])).id


def test_requests_overdue_due_soon_and_extensions_to_tell(owner):
    session, clock = owner
    assert (found(session, "requests.overdue").level, found(session, "requests.due_soon").level) == ("good", "good")
    late = requests.open_request(session, person(session, "Late"), "access", received_on=date(2027, 1, 20))
    soon = requests.open_request(session, person(session, "Soon"), "access", received_on=date(2027, 2, 5))
    overdue, due = found(session, "requests.overdue"), found(session, "requests.due_soon")
    assert (overdue.level, overdue.count, overdue.page, overdue.view) == ("attention", 1, "Requests", "overdue")
    assert (due.level, due.count) == ("attention", 1) and "due within 7 days" in due.sentence
    assert "Late" not in overdue.sentence + due.sentence  # counts, never names
    requests.extend(session, soon.reference, "many records to collect")
    tell = found(session, "requests.extension_to_tell")
    assert tell.count == 1 and "by 5 Mar 2027" in tell.sentence
    assert found(session, "requests.due_soon").level == "good"  # due in April now
    clock.advance(days=5)  # the first month is over and the person was not told: still to do, late
    assert "which was due by 5 Mar 2027: tell them now" in found(session, "requests.extension_to_tell").sentence
    requests.extension_told(session, soon.reference)
    assert "requests.extension_to_tell" not in {f.key for f in health.today(session)}
    requests.close(session, late.reference, "refused", "identity not proven")
    assert found(session, "requests.overdue").level == "good"


def test_consents_running_out_and_contacts_without_basis(owner):
    session, clock = owner
    before = found(session, "consent.without_basis").count  # the template vault's contacts
    jan = person(session)
    without = found(session, "consent.without_basis")
    assert (without.level, without.count, without.page, without.view) == (
        "attention", before + 1, "Contacts", "without_basis")
    for (contact_id,) in session.conn.execute("SELECT id FROM contacts").fetchall():
        consent.record(session, contact_id, "newsletter-email", "granted")  # lasts 24 months
    good = found(session, "consent.without_basis")
    assert (good.level, good.sentence) == ("good", "Every contact has a lawful basis on record.")
    assert found(session, "consent.expiring").level == "good"
    clock.advance(days=2 * 365 - 20)
    expiring = found(session, "consent.expiring")
    assert (expiring.level, expiring.count, expiring.page, expiring.view) == (
        "attention", before + 1, "Contacts", "expiring")
    assert len(consent.list_expiring(session, limit=500).rows) == before + 1  # the list the card opens
    clock.advance(days=40)  # run out: no longer "running out", and no basis any more
    assert found(session, "consent.expiring").level == "good"
    assert found(session, "consent.without_basis").count == before + 1
    assert jan


def test_retention_proposals_waiting(owner):
    session, clock = owner
    assert found(session, "retention.proposals").level == "good"
    assert "No retention sweep has run yet" in found(session, "retention.sweep").sentence
    inactive_for_years(session, clock, 3)
    retention.run(session)
    sweep = found(session, "retention.sweep")
    assert sweep.level == "good" and "the next is due by" in sweep.sentence
    waiting = found(session, "retention.proposals")
    assert (waiting.level, waiting.count, waiting.page) == ("attention", len(retention.proposals(session)), "Retention")
    assert waiting.count >= 1
    retention.apply_proposals(session)
    assert found(session, "retention.proposals").level == "good"
    clock.advance(days=3)  # the window sweeps every 24 hours while open: none for two intervals is late
    late = found(session, "retention.sweep")
    assert late.level == "attention" and late.sentence.endswith("Run one now.")


def test_backups_age_and_another_drive(owner, tmp_path):
    session, clock = owner
    assert found(session, "backups.age").sentence == "This vault has no good backup yet; make one now."
    backup.create_backup(session)
    age = found(session, "backups.age")
    assert (age.level, age.count) == ("good", 0)
    clock.advance(days=31)
    late = found(session, "backups.age")
    promise = schedule.promised_days(session)
    assert (late.level, late.count) == ("attention", 31) and f"every {promise} day" in late.sentence
    assert found(session, "backups.offsite").level == "attention"  # tmp_path is on the vault's drive
    configuration.change_setting(session, "backup_folder", "/dev/shm/crmdesk-backups")  # another file system
    if os.stat("/dev/shm").st_dev != os.stat(tmp_path).st_dev:
        assert found(session, "backups.offsite").level == "good"


def test_users_without_the_authenticator_and_idle(open_clocked):
    # the others last signed in when the test vault was made (today): four months on, they are idle
    start = (datetime.now(UTC) + timedelta(days=120)).replace(microsecond=0)
    session, clock = open_clocked(OWNER, start)
    active = session.conn.execute("SELECT count(*) FROM users WHERE active = 1").fetchone()[0]
    no_totp = found(session, "users.no_authenticator")
    assert no_totp.level == "attention" and no_totp.count == active  # the test vault's users
    first = found(session, "users.idle")  # the users were made over 90 days ago; only the owner just signed in
    assert (first.level, first.count) == ("attention", active - 1) and "switch off" in first.sentence
    raw = raw_connection(session)
    raw.execute("UPDATE users SET created_at = ?", (start.isoformat(),))  # as if all were new
    raw.close()
    assert found(session, "users.idle").level == "good"
    clock.advance(days=91)
    idle = found(session, "users.idle")
    assert (idle.level, idle.count) == ("attention", active)
    raw = raw_connection(session)
    raw.execute("UPDATE users SET totp_secret = 'x' WHERE name != ?", (OWNER,))
    raw.close()
    one = found(session, "users.no_authenticator")
    assert one.count == 1 and f"factor): {OWNER}; set it up" in one.sentence  # the account to act on, by name


def test_the_last_check_of_the_vault_and_its_result(owner):
    session, clock = owner
    assert "never checked" in found(session, "audit.chain").sentence
    findings = health.check(session)
    assert next(f for f in findings if f.key == "audit.chain").level == "good"
    assert found(session, "audit.chain").sentence.startswith("The vault and its audit log were last checked on ")
    clock.advance(days=40)
    assert "were not checked for 31 days" in found(session, "audit.chain").sentence
    raw = raw_connection(session)
    raw.execute("DROP TRIGGER audit_no_update")  # with the key, past crmdesk
    raw.execute("UPDATE audit SET action = 'contact.viewed' WHERE seq = 3")  # an insider edits the log
    raw.close()
    failed = [f for f in health.check(session) if f.level == "failed"]
    assert [f.key for f in failed] == ["audit.chain"] and health.exit_code(failed) == 5
    assert found(session, "audit.chain").level == "failed"  # the Today page shows the last result


def test_file_permissions_key_slots_synced_folders_and_disk_space(owner):
    session, _ = owner
    by_key = {f.key: f for f in health.check(session)}
    assert all(by_key[k].level == "good" for k in ("security.permissions", "security.key_slots",
                                                    "security.synced_folder", "security.disk_space"))
    os.chmod(session.paths.db, 0o644)
    loose = {f.key: f for f in health.check(session)}["security.permissions"]
    assert loose.level == "attention" and "vault.db" in loose.sentence and "chmod" in loose.sentence
    os.chmod(session.paths.db, 0o600)
    parts = health.SYNCED_FOLDERS
    assert "dropbox" in parts and "onedrive" in parts


def test_key_slots_below_the_floor_are_named(owner, monkeypatch):
    """The test vaults' slots use the tests' cheap Argon2id; under crmdesk's own floor they are too weak,
    as a key slot file someone weakened would be: an integrity failure, exit 5."""
    from crmdesk.core.vault import crypto

    session, _ = owner
    assert {f.key: f for f in health.check(session)}["security.key_slots"].level == "good"
    monkeypatch.setattr(crypto, "KDF_FLOOR", crypto.KdfParams(memory_kib=19456, iterations=2, lanes=1))
    findings = health.check(session)
    weak = {f.key: f for f in findings}["security.key_slots"]
    assert weak.level == "failed" and "weaker than crmdesk allows" in weak.sentence
    assert health.exit_code(findings) == 5


def test_whether_the_keyring_remembers_the_key(open_as, memory_keyring):
    from crmdesk.core.vault import remember

    staff = open_as(STAFF)
    assert "not remembered" in {f.key: f for f in health.check(staff)}["security.keyring"].sentence
    remember.remember(staff)
    kept = {f.key: f for f in health.check(staff)}["security.keyring"]
    assert kept.level == "good" and "keyring remembers your key" in kept.sentence


def test_a_vault_in_a_synced_folder_is_named(open_as, tmp_path):
    from crmdesk.core import vault
    from tests.conftest import CHEAP_KDF, PASSPHRASES

    (tmp_path / "Dropbox").mkdir()
    created = vault.create_vault(tmp_path / "Dropbox" / "shop", owner_name=OWNER, passphrase=PASSPHRASES[OWNER],
                                 kdf=CHEAP_KDF)
    with vault.unlock(created.paths.folder, OWNER, PASSPHRASES[OWNER]) as session:
        synced = {f.key: f for f in health.check(session)}["security.synced_folder"]
    assert synced.level == "attention" and "sync program" in synced.sentence


def test_each_role_sees_what_concerns_it_and_the_exit_code(open_as):
    keys = {name: {f.key.split(".")[0] for f in health.today(open_as(name))} for name in (OWNER, ADMIN, STAFF, VIEWER)}
    assert keys[OWNER] == keys[ADMIN] == {"requests", "consent", "retention", "breaches", "training", "backups",
                                          "users", "audit"}
    assert keys[STAFF] == {"requests", "consent"} and keys[VIEWER] == {"consent"}
    good = health.Finding("x", "good", 0, "")
    assert health.exit_code([good]) == 0
    assert health.exit_code([good, health.Finding("y", "attention", 1, "")]) == 1
    assert health.exit_code([health.Finding("z", "failed", 1, ""), health.Finding("y", "attention", 1, "")]) == 5


def test_finding_dates_move_with_the_clock(owner):
    session, _ = owner
    later = START + timedelta(days=400)
    assert found(session, "users.idle", later).level == "attention"


def test_the_owner_confirms_the_recovery_code_from_the_kit(owner, open_as, template_vault):
    from crmdesk.core.errors import AuthenticationFailed, PermissionDenied
    from crmdesk.core.vault import recovery

    session, clock = owner
    kit = found(session, "users.recovery_kit")
    assert (kit.level, kit.page, kit.view) == ("attention", "Users", "recovery")
    assert "crmdesk confirm-recovery-code" in kit.sentence
    assert found(open_as(ADMIN), "users.recovery_kit").page == ""  # an admin is told, but cannot confirm it
    with pytest.raises(PermissionDenied):
        recovery.confirm_code(open_as(ADMIN), template_vault.recovery_code)
    with pytest.raises(AuthenticationFailed) as wrong:
        recovery.confirm_code(session, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert "exactly as printed" in wrong.value.message
    assert found(session, "users.recovery_kit").level == "attention"
    recovery.confirm_code(session, template_vault.recovery_code.lower().replace("-", " "))  # typed loosely
    kit = found(session, "users.recovery_kit")
    assert (kit.level, kit.sentence) == ("good", "The owner confirmed the recovery code on 1 Mar 2027.")
    clock.advance(days=400)  # a confirmation does not go stale by itself
    assert found(session, "users.recovery_kit").level == "good"
    new_code = recovery.replace_recovery_code(session)  # a new code: the old confirmation is for the old slot
    assert found(session, "users.recovery_kit").level == "attention"
    with pytest.raises(AuthenticationFailed):
        recovery.confirm_code(session, template_vault.recovery_code)  # the old kit no longer counts
    recovery.confirm_code(session, new_code)
    assert found(session, "users.recovery_kit").level == "good"
    detail = session.conn.execute("SELECT detail FROM audit WHERE action = 'recovery.confirmed' ORDER BY seq DESC"
                                  " LIMIT 1").fetchone()[0]
    assert new_code not in detail and "slot" in detail  # the audit names the slot, never the code


def test_request_lists_behind_the_cards(owner):
    session, clock = owner
    jan = person(session)
    first = requests.open_request(session, jan, "access", received_on=date(2027, 2, 3))  # due Wed 3 March
    later = requests.open_request(session, jan, "erasure", received_on=date(2027, 2, 19))  # due Fri 19 March
    by = {view: [r.reference for r in requests.list_requests(session, view=view)] for view in requests.VIEWS}
    assert by["due_soon"] == [first.reference] and by["overdue"] == by["to_tell"] == []
    assert by["open"] == by["all"] == [first.reference, later.reference]
    requests.extend(session, later.reference, "many records to collect")
    assert [r.reference for r in requests.list_requests(session, view="to_tell")] == [later.reference]
    clock.advance(days=6)  # 7 March: the first is overdue
    assert [r.reference for r in requests.list_requests(session, view="overdue")] == [first.reference]
    clock.advance(days=14)  # 21 March: the month in which to tell the person has passed, they are still to be told
    assert [r.reference for r in requests.list_requests(session, view="to_tell")] == [later.reference]
    requests.extension_told(session, later.reference)
    assert requests.list_requests(session, view="to_tell") == []
    with pytest.raises(Exception, match="not a list of requests"):
        requests.list_requests(session, view="soon")


def test_a_remembered_key_that_no_longer_opens_the_vault_is_named(open_as, memory_keyring):
    from crmdesk.core.vault import remember, users

    staff = open_as(STAFF)
    remember.remember(staff)
    # The admin sets a new passphrase for staff: a new key pair, so the key kept on this computer is stale.
    users.change_passphrase(open_as(ADMIN), STAFF, "a new passphrase for the counter")
    stale = {f.key: f for f in health.check(staff)}["security.keyring"]
    assert stale.level == "attention" and health.exit_code([stale]) == 1
    assert "a new passphrase for the counter" not in stale.sentence


def test_a_backup_folder_that_cannot_be_reached_is_said_so_not_passed(owner, tmp_path):
    session, _ = owner
    for unreachable in ("/nonexistent/deep/backups", "/proc/1/root/x"):
        configuration.change_setting(session, "backup_folder", unreachable)
        by_key = {f.key: f for f in health.check(session)}
        for key in ("backups.offsite", "security.disk_space"):
            assert by_key[key].level == "attention" and "cannot be reached" in by_key[key].sentence, unreachable
    configuration.change_setting(session, "backup_folder", str(tmp_path / "new-folder"))  # made by the backup
    assert {f.key: f for f in health.check(session)}["security.disk_space"].level == "good"


def test_synced_folders_are_the_vaults_surroundings_not_its_name(open_as, tmp_path):
    from crmdesk.core import vault
    from tests.conftest import CHEAP_KDF, PASSPHRASES

    def synced(folder) -> str:
        created = vault.create_vault(folder, owner_name=OWNER, passphrase=PASSPHRASES[OWNER], kdf=CHEAP_KDF)
        with vault.unlock(created.paths.folder, OWNER, PASSPHRASES[OWNER]) as session:
            return {f.key: f for f in health.check(session)}["security.synced_folder"].level

    (tmp_path / "My Dropbox").mkdir()
    assert synced(tmp_path / "My Dropbox" / "shop") == "attention"
    assert synced(tmp_path / "dropboxing") == "good"  # the vault's own name is no sync program's folder


def test_only_the_owner_confirms_and_a_missing_recovery_slot_is_an_integrity_failure(owner, open_as, template_vault):
    from crmdesk.core.errors import IntegrityFailure, PermissionDenied, UsageError
    from crmdesk.core.vault import crypto, recovery
    from crmdesk.core.vault.keyslots import KeySlots

    session, _ = owner
    admin = open_as(ADMIN)
    with pytest.raises(PermissionDenied, match="Only the owner keeps the recovery code; ask the owner"):
        recovery.confirm_code(admin, template_vault.recovery_code)
    assert "ask the owner to type it once" in found(admin, "users.recovery_kit").sentence
    with pytest.raises(UsageError, match="No recovery code was typed"):
        recovery.confirm_code(session, "  -  ")
    full_width = template_vault.recovery_code.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert crypto.normalise_recovery_code(full_width) == template_vault.recovery_code
    # keyslots.json without its recovery slot, sealed again by someone with the key: said, never "confirm it".
    slots = KeySlots.load(session.paths.keyslots)
    slots.slots.remove(slots.recovery_slot())
    slots.save(session.paths.keyslots, session.master_key())
    with pytest.raises(IntegrityFailure, match="no recovery slot any more"):
        recovery.confirmed_at(session)
    assert found(session, "users.recovery_kit").level == "failed"
