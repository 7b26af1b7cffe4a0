"""The backup commands as an admin runs them from cron or a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ADMIN, OWNER, PASSPHRASES, STAFF, vault_files


def test_backup_list_verify_restore(cli, tmp_path, vault_path):
    made = cli("backup", "--to", str(tmp_path / "usb"), user=ADMIN)
    assert made.code == 0, made.err
    path = Path(made.out.strip())
    assert path.parent == tmp_path / "usb" and path.suffix == ".crmbackup" and path.is_file()

    listed = cli("backup", "list", "--to", str(tmp_path / "usb"), "--json", user=ADMIN)
    data = json.loads(listed.out)
    assert [b["path"] for b in data["backups"]] == [str(path)]
    assert data["backups"][0]["state"] == "good" and data["backups"][0]["counts"]["users"] == 5

    checked = cli("verify", "--backup", str(path), user=ADMIN)
    assert checked.code == 0 and "is intact" in checked.out and "5 users" in checked.out

    restored = cli("restore", str(path), "--to", str(tmp_path / "copy"), user=ADMIN)
    assert restored.code == 0, restored.err
    assert "Restored" in restored.out
    assert cli("contact", "list", vault=tmp_path / "copy.crmvault", user=ADMIN).code == 0


def test_default_folder_is_beside_the_vault_and_listed(cli, vault_path):
    made = cli("backup", user=OWNER)
    assert made.code == 0, made.err
    assert Path(made.out.strip()).parent == vault_path.parent / "shop-backups"
    listed = cli("backup", "list", user=OWNER)
    assert Path(made.out.strip()).name in listed.out and "good" in listed.out


def test_restore_over_a_vault_refuses_without_force(cli, tmp_path, vault_path):
    path = cli("backup", "--to", str(tmp_path / "b"), user=OWNER).out.strip()
    before = vault_files(vault_path)
    refused = cli("restore", path, "--to", str(vault_path), user=OWNER)
    assert refused.code == 1 and "--force" in refused.err and "Traceback" not in refused.err
    assert vault_files(vault_path) == before
    forced = cli("restore", path, "--to", str(vault_path), "--force", user=OWNER)
    assert forced.code == 0, forced.err
    safety = [p for p in vault_path.parent.iterdir() if ".before-restore-" in p.name]
    assert len(safety) == 1 and "kept as" in forced.out


def test_bad_backups_give_clear_errors(cli, tmp_path):
    path = Path(cli("backup", "--to", str(tmp_path / "b"), user=OWNER).out.strip())
    wrong = cli("verify", "--backup", str(path), user=OWNER, passphrase="not the passphrase")
    assert wrong.code == 3 and "passphrase is wrong" in wrong.err

    missing = cli("verify", "--backup", str(tmp_path / "nothing.crmbackup"), user=OWNER)
    assert missing.code == 6 and "no backup file" in missing.err

    other = tmp_path / "notes.crmbackup"
    other.write_text("just some text")
    assert cli("verify", "--backup", str(other), user=OWNER).code == 5

    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    damaged = cli("verify", "--backup", str(path), user=OWNER)
    assert damaged.code == 5 and "seal does not match" in damaged.err and "vault.db" in damaged.err
    assert "Traceback" not in damaged.err and PASSPHRASES[OWNER] not in damaged.err
    restore = cli("restore", str(path), "--to", str(tmp_path / "copy"), user=OWNER)
    assert restore.code == 5 and not (tmp_path / "copy.crmvault").exists()


def test_prune_keeps_the_newest(cli, tmp_path):
    for _ in range(2):
        assert cli("backup", "--to", str(tmp_path / "b"), user=OWNER).code == 0
    pruned = cli("backup", "prune", "--to", str(tmp_path / "b"), user=OWNER)
    assert pruned.code == 0, pruned.err
    # Both were made today: the daily rotation keeps only the newest of the day.
    assert "Deleted 1 old backup" in pruned.out
    assert len(list((tmp_path / "b").glob("*.crmbackup"))) == 1


def test_unattended_with_the_remembered_key(cli, tmp_path):
    """As cron runs it: no passphrase anywhere, the key from the keyring."""
    env = {"PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
           "CRMDESK_TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}
    assert cli("remember", user=ADMIN, env=env).code == 0
    made = cli("backup", "--to", str(tmp_path / "b"), user=ADMIN, passphrase="", env=env)
    assert made.code == 0, made.err
    path = made.out.strip()
    assert cli("verify", "--backup", path, user=ADMIN, passphrase="", env=env).code == 0
    assert cli("backup", "prune", "--to", str(tmp_path / "b"), user=ADMIN, passphrase="", env=env).code == 0
    restored = cli("restore", path, "--to", str(tmp_path / "copy"), user=ADMIN, passphrase="", env=env)
    assert restored.code == 0, restored.err
    # Without the keyring and without a passphrase, a clear refusal, not a hang.
    refused = cli("backup", "--to", str(tmp_path / "b"), user=ADMIN, passphrase="")
    assert refused.code in (2, 3) and refused.err.count("\n") == 1


def test_a_restore_without_the_vault_needs_yes(cli, tmp_path, vault_path, template_vault):
    path = cli("backup", "--to", str(tmp_path / "b"), user=OWNER).out.strip()
    assert cli("contact", "delete", template_vault.contact_id, "--yes", user=OWNER).code == 0
    elsewhere = tmp_path / "nowhere.crmvault"  # no vault there tells who was erased since
    refused = cli("restore", path, "--to", str(tmp_path / "alone"), vault=elsewhere, user=OWNER)
    assert refused.code == 2 and "would come back" in refused.err and "--yes" in refused.err
    assert not (tmp_path / "alone.crmvault").exists()
    confirmed = cli("restore", path, "--to", str(tmp_path / "alone"), "--yes", vault=elsewhere, user=OWNER)
    assert confirmed.code == 0 and "erase them again by hand" in confirmed.err
    # With the vault the backup came from, the erased person is erased again.
    again = cli("restore", path, "--to", str(tmp_path / "copy"), "--json", user=OWNER)
    assert again.code == 0 and json.loads(again.out)["erased_again"] == 1
    shown = cli("contact", "show", template_vault.contact_id, vault=tmp_path / "copy.crmvault", user=OWNER)
    assert shown.code == 6 and "was erased" in shown.err


def test_a_restore_over_a_vault_it_cannot_read_needs_yes(cli, tmp_path, vault_path, template_vault):
    path = cli("backup", "--to", str(tmp_path / "b"), user=OWNER).out.strip()
    assert cli("contact", "delete", template_vault.contact_id, "--yes", user=OWNER).code == 0
    other = tmp_path / "other.crmvault"
    made = cli("init", "--owner", OWNER, vault=other, env={"CRMDESK_NEW_PASSPHRASE": PASSPHRASES[OWNER]})
    assert made.code == 0, made.err
    before = (other / "vault.db").read_bytes()
    refused = cli("restore", path, "--to", str(other), "--force", vault=other, user=OWNER)
    assert refused.code == 2 and "not the one this backup was made of" in refused.err and "--yes" in refused.err
    assert (other / "vault.db").read_bytes() == before and refused.err.count("\n") == 1
    confirmed = cli("restore", path, "--to", str(other), "--force", "--yes", "--json", vault=other, user=OWNER)
    assert confirmed.code == 0 and "erase them again by hand" in json.loads(confirmed.out)["warning"]


def test_a_disabled_admin_cannot_restore_an_old_backup_over_the_vault(cli, vault_path, tmp_path):
    made = cli("backup", "--to", str(tmp_path / "b"), user=ADMIN)
    assert made.code == 0, made.err
    backup_file = made.out.strip().splitlines()[-1].split()[-1].rstrip(".")
    assert cli("user", "disable", ADMIN, user=OWNER).code == 0
    before = (vault_path / "vault.db").read_bytes()
    back = cli("restore", backup_file, "--to", str(vault_path), "--force", "--yes", user=ADMIN)
    assert back.code == 4 and "disabled there" in back.err, back.err
    assert (vault_path / "vault.db").read_bytes() == before


def test_whoever_the_replaced_vault_disabled_stays_disabled_after_a_restore(cli, vault_path, tmp_path):
    from crmdesk.core import vault as core_vault
    from crmdesk.core.errors import AuthenticationFailed
    from crmdesk.core.vault.lockout import FailureLog

    made = cli("backup", "--to", str(tmp_path / "b"), user=ADMIN)
    backup_file = made.out.strip().splitlines()[-1].split()[-1].rstrip(".")
    assert cli("user", "disable", STAFF, user=ADMIN).code == 0  # after the backup
    back = cli("restore", backup_file, "--to", str(vault_path), "--force", user=ADMIN)
    assert back.code == 0, back.err
    with pytest.raises(AuthenticationFailed):
        core_vault.unlock(vault_path, STAFF, PASSPHRASES[STAFF], failures=FailureLog(tmp_path / "f.json"))
    listed = cli("user", "list", "--json", user=ADMIN)  # the admin's unlock also changes the key
    assert {u["name"]: u["active"] for u in json.loads(listed.out)}[STAFF] is False
    assert cli("verify", user=ADMIN).code == 0


def test_a_backup_asks_the_authenticator_code_like_an_unlock(cli, vault_path, tmp_path):
    import pyotp

    made = cli("backup", "--to", str(tmp_path / "b"), user=ADMIN)
    backup_file = made.out.strip().splitlines()[-1].split()[-1].rstrip(".")
    enabled = cli("user", "totp", "enable", "--json", user=ADMIN)
    assert enabled.code == 0, enabled.err
    secret = json.loads(enabled.out)["secret"]
    made = cli("backup", "--to", str(tmp_path / "c"), user=ADMIN,
               env={"CRMDESK_TOTP_CODE": pyotp.TOTP(secret).now()})
    backup_file = made.out.strip().splitlines()[-1].split()[-1].rstrip(".")
    asked = cli("verify", "--backup", backup_file, user=ADMIN)
    assert asked.code == 3 and "6-digit code" in asked.err, asked.err
    wrong = cli("verify", "--backup", backup_file, user=ADMIN, env={"CRMDESK_TOTP_CODE": "000000"})
    assert wrong.code == 3
    right = cli("verify", "--backup", backup_file, user=ADMIN, env={"CRMDESK_TOTP_CODE": pyotp.TOTP(secret).now()})
    assert right.code == 0, right.err
    restored = cli("restore", backup_file, "--to", str(tmp_path / "copy"), "--yes", user=ADMIN)
    assert restored.code == 3 and not (tmp_path / "copy.crmvault").exists()
