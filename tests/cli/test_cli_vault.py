"""The CLI as a new user and an admin meet it: messages, exit codes, files."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys

import pyotp
import pytest

from crmdesk.applog import log_file
from crmdesk.core import vault
from tests.conftest import OWNER, PASSPHRASES, STAFF, vault_files
from tests.support import TEST_PYTHONPATH
from tests.support.raw import raw_connection

NEW = {"CRMDESK_NEW_PASSPHRASE": "first owner passphrase"}


def test_init_from_empty_folder_at_default_location(cli, isolated_user_folders, tmp_path):
    result = cli("init", "--owner", "maria", "--organisation", "Żabka Łódź", "--json",
                 "--recovery-kit", str(tmp_path / "kit.pdf"), vault=None, env=NEW)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    folder = isolated_user_folders / "xdg_data_home" / "crmdesk" / "main.crmvault"
    assert data["vault"] == str(folder) and (folder / "vault.db").is_file()
    assert len(data["recovery_code"]) == 39
    text = subprocess.run(["pdftotext", str(tmp_path / "kit.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert data["recovery_code"] in text and "Żabka Łódź" in text and "crmdesk recover" in text
    again = cli("user", "list", vault=None, passphrase="first owner passphrase")
    assert again.code == 0 and "maria" in again.out and "owner" in again.out
    twice = cli("init", vault=None, env=NEW)
    assert twice.code == 1 and "already exists" in twice.err


def test_init_human_output_shows_code_once_with_advice(cli, tmp_path):
    result = cli("init", "--owner", "maria", vault=tmp_path / "new-shop", env=NEW)
    assert result.code == 0
    assert "Recovery code: " in result.out and "shown only this once" in result.out


@pytest.mark.parametrize("args,env,code,message", [
    (["user", "list"], {}, 6, "There is no vault at"),
    (["init"], {}, 2, "No new passphrase given"),
    (["init", "--recovery-kit", "/nonexistent/dir/kit.pdf"], NEW, 6, "does not exist"),
    (["frobnicate"], {}, 2, "invalid choice"),
    (["audit", "list", "--limit", "zero"], {}, 2, "not a whole number"),
])
def test_errors_are_one_line_with_exit_code(cli, tmp_path, args, env, code, message):
    result = cli(*args, vault=tmp_path / "none", env=env, process=True)  # the exit code a script sees
    assert result.code == code
    assert message in result.err and result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_no_passphrase_without_terminal_is_usage_error(cli):
    result = cli("user", "list")
    assert result.code == 2 and "CRMDESK_PASSPHRASE" in result.err


def test_wrong_passphrase_exit_3_and_files_untouched(cli, vault_path):
    before = vault_files(vault_path)
    result = cli("user", "list", user=OWNER, passphrase="not it at all", process=True)
    assert result.code == 3 and "wrong" in result.err
    assert vault_files(vault_path) == before


def test_passphrase_file_and_global_options_after_command(cli, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASES[OWNER] + "\n")
    result = cli("user", "list", "--passphrase-file", str(secret), "--json")
    assert result.code == 0 and json.loads(result.out)[0]["name"] == OWNER
    missing = cli("user", "list", "--passphrase-file", str(tmp_path / "nope"))
    assert missing.code == 1 and "Cannot read the passphrase file" in missing.err


def test_lockout_after_five_wrong_tries(cli):
    for _ in range(5):
        assert cli("user", "list", user=STAFF, passphrase="wrong one").code == 3
    result = cli("user", "list", user=STAFF)
    assert result.code == 3 and "wait" in result.err and "seconds" in result.err


def test_failed_tries_are_reported_on_next_unlock(cli):
    cli("audit", "list", user=OWNER, passphrase="wrong one")
    cli("audit", "list", user=OWNER, passphrase="wrong two")
    result = cli("audit", "list", "--json", user=OWNER)
    assert "2 failed unlock tries" in result.err
    actions = [e["action"] for e in json.loads(result.out)]
    assert actions[:2] == ["vault.unlocked", "login.failed"]


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("pages", [[1, 7], [9], [3, 5, 8]])
def test_damaged_pages_are_each_listed_exit_5(cli, vault_path, pages):
    for page in pages:
        _flip(vault_path / "vault.db", (page - 1) * 4096 + 333)
    result = cli("verify", user=OWNER)
    assert result.code == 5, result.err
    for page in pages:
        assert f"page {page}" in result.err
    assert "Traceback" not in result.err


def test_tampered_audit_log_exit_5(cli, vault_path, failures):
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as s:
        raw = raw_connection(s)
        raw.execute("DROP TRIGGER audit_no_update")
        raw.execute("UPDATE audit SET action = 'user.disabled' WHERE seq = 3")
        raw.close()
    for command in (["audit", "verify"], ["verify"]):
        result = cli(*command, user=OWNER)
        assert result.code == 5 and "audit entry 3 was changed" in result.err


def test_swapped_keyslots_exit_5(cli, vault_path, template_vault, tmp_path):
    other = tmp_path / "other.crmvault"
    shutil.copytree(template_vault.path, other)
    assert cli("user", "disable", "tess", user=OWNER, vault=other).code == 0
    shutil.copy(other / "keyslots.json", vault_path / "keyslots.json")
    result = cli("user", "list", user=OWNER)
    assert result.code == 5 and "does not belong" in result.err


def test_recover_with_code_from_environment(cli, template_vault):
    env = {"CRMDESK_RECOVERY_CODE": template_vault.recovery_code,
           "CRMDESK_NEW_PASSPHRASE": "recovered passphrase"}
    result = cli("recover", env=env)
    assert result.code == 0, result.err
    assert cli("user", "list", passphrase="recovered passphrase").code == 0
    assert cli("user", "list", passphrase=PASSPHRASES[OWNER]).code == 3
    bad = cli("recover", env={**env, "CRMDESK_RECOVERY_CODE": "AAAA-AAAA"})
    assert bad.code == 3 and "recovery code is wrong" in bad.err


def test_the_owner_confirms_the_recovery_code_from_the_kit(cli, template_vault):
    wrong = cli("confirm-recovery-code", user=OWNER, env={"CRMDESK_RECOVERY_CODE": "AAAA-BBBB-CCCC-DDDD"})
    assert wrong.code == 3 and "exactly as printed on the recovery kit" in wrong.err
    assert "AAAA" not in wrong.err
    staff = cli("confirm-recovery-code", user="sam", env={"CRMDESK_RECOVERY_CODE": template_vault.recovery_code})
    assert staff.code == 4 and "Traceback" not in staff.err
    done = cli("confirm-recovery-code", "--json", user=OWNER,
               env={"CRMDESK_RECOVERY_CODE": template_vault.recovery_code})
    assert done.code == 0 and json.loads(done.out) == {"confirmed": True}
    assert template_vault.recovery_code not in done.out + done.err
    kit = {f["key"]: f for f in json.loads(cli("check", "--json", user=OWNER).out)["findings"]}["users.recovery_kit"]
    assert kit["level"] == "good"
    assert cli("recovery-code", user=OWNER).code == 0  # a new code: confirm it again
    kit = {f["key"]: f for f in json.loads(cli("check", "--json", user=OWNER).out)["findings"]}["users.recovery_kit"]
    assert kit["level"] == "attention"
    no_code = cli("confirm-recovery-code", user=OWNER)  # no terminal, no variable
    assert no_code.code == 2 and "CRMDESK_RECOVERY_CODE" in no_code.err


def test_totp_enable_then_code_needed(cli):
    enabled = cli("user", "totp", "enable", "--json", user=STAFF)
    secret = json.loads(enabled.out)["secret"]
    without = cli("user", "totp", "disable", user=STAFF)
    assert without.code == 3 and "6-digit code" in without.err
    code = pyotp.TOTP(secret).now()
    assert cli("user", "totp", "disable", user=STAFF, env={"CRMDESK_TOTP_CODE": code}).code == 0
    assert cli("user", "passwd", user=STAFF, env={"CRMDESK_NEW_PASSPHRASE": "x" * 12}).code == 0


def keyring_env(tmp_path, backend="tests.support.keyrings.FileKeyring"):
    return {"PYTHON_KEYRING_BACKEND": backend,
            "CRMDESK_TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}


def test_remember_then_no_passphrase_needed_then_forget(cli, tmp_path):
    env = keyring_env(tmp_path)
    assert cli("remember", user=STAFF, env=env).code == 0
    stored = (tmp_path / "keyring.json").read_text()
    assert STAFF not in stored
    assert cli("user", "passwd", user=STAFF, passphrase="",
               env={**env, "CRMDESK_NEW_PASSPHRASE": "another passphrase"}).code == 0
    result = cli("forget", user=STAFF, env=env)
    assert result.code == 0 and "removed" in result.out
    assert cli("user", "totp", "enable", user=STAFF, passphrase="", env=env).code == 2


@pytest.mark.parametrize("backend,note", [
    ("keyring.backends.fail.Keyring", None),
    ("keyring.backends.null.Keyring", None),
    ("tests.support.keyrings.GarbageKeyring", "no longer opens this vault"),
    ("tests.support.keyrings.SlowHangingKeyring", "did not answer in time"),
])
def test_broken_keyrings_fall_back_to_passphrase(cli, tmp_path, backend, note):
    env = keyring_env(tmp_path, backend)
    hangs = "Hanging" in backend  # its unanswered call would outlive the command in this process
    result = cli("user", "list", user=OWNER, env=env, process=hangs)
    assert result.code == 0, result.err
    if note:
        assert note in result.err
    remembered = cli("remember", user=OWNER, env=env, process=hangs)
    assert remembered.code == 1 and remembered.err.count("\n") == 1, remembered.err


def test_secrets_never_in_output_logs_or_errors(cli, vault_path, template_vault, tmp_path, failures,
                                               isolated_user_folders):
    env = keyring_env(tmp_path)
    runs = [
        cli("remember", user=OWNER, env=env),
        cli("user", "add", "nina", "--role", "staff", user=OWNER,
            env={**env, "CRMDESK_NEW_PASSPHRASE": "nina secret passphrase"}),
        cli("user", "list", user="nina", passphrase="wrong secret passphrase"),
        cli("user", "disable", "nina", user="adam", passphrase="adam's wrong secret"),
        cli("user", "disable", "nina", user="adam"),
        cli("verify", user=OWNER, env=env),
        cli("confirm-recovery-code", user=OWNER, env={**env, "CRMDESK_RECOVERY_CODE": template_vault.recovery_code}),
        cli("recover", env={"CRMDESK_RECOVERY_CODE": "WRONG-CODE",
                            "CRMDESK_NEW_PASSPHRASE": "never used passphrase"}),
    ]
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
        keys = [session.master_key().hex(), session.private_key().hex()]
    keyring_values = list(json.loads((tmp_path / "keyring.json").read_text()).values())
    secrets = [*PASSPHRASES.values(), "nina secret passphrase", "wrong secret passphrase",
               "adam's wrong secret", "never used passphrase", template_vault.recovery_code,
               *keys, *keyring_values]
    log_text = ""
    for path in (isolated_user_folders / "xdg_state_home").rglob("*.log*"):
        log_text += path.read_text()
    assert log_file().name == "crmdesk.log"
    everything = log_text + "".join(r.out + r.err for r in runs)
    for secret in secrets:
        assert secret not in everything
        assert secret.upper() not in everything


def test_add_owner_is_refused_before_asking_for_a_passphrase(cli):
    result = cli("user", "add", "second", "--role", "owner", user=OWNER)
    assert result.code == 2 and "exactly one owner" in result.err


def test_kit_that_cannot_be_written_still_shows_the_code(cli, tmp_path):
    result = cli("init", "--owner", "maria", "--recovery-kit", "/proc/kit.pdf",
                 vault=tmp_path / "new-shop", env=NEW)
    assert result.code == 1 and "Recovery code: " in result.out
    assert result.err.count("\n") == 1 and "could not be written" in result.err
    assert "unexpectedly" not in result.err
    assert cli("user", "list", vault=tmp_path / "new-shop", passphrase="first owner passphrase").code == 0


def test_export_to_unwritable_place_is_one_clear_line(cli):
    result = cli("export", "--contacts", "/proc/all.csv", user=OWNER)
    assert result.code == 1 and "cannot be written" in result.err and "unexpectedly" not in result.err


def test_init_keeps_the_phone_region_in_the_vault(cli, tmp_path):
    refused = cli("init", "--owner", "maria", "--phone-region", "XX", vault=tmp_path / "corner-shop", env=NEW)
    assert refused.code == 2 and "not a country code" in refused.err and not (tmp_path / "corner-shop.crmvault").exists()
    made = cli("init", "--owner", "maria", "--phone-region", "pl", vault=tmp_path / "corner-shop", env=NEW)
    assert made.code == 0, made.err
    shown = cli("setting", "list", "--json", vault=tmp_path / "corner-shop", passphrase="first owner passphrase")
    assert shown.code == 0 and json.loads(shown.out)["phone_region"] == "PL"


def test_every_crmdesk_process_keeps_its_memory_out_of_core_dumps_and_other_programs(tmp_path):
    """A crash writes no core file, and (Linux) a program of the same user cannot read the keys in memory."""
    import sys

    script = ("import ctypes, resource\n"
              "from crmdesk.cli import main\n"
              "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
              "print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL('libc.so.6').prctl(3, 0, 0, 0, 0))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert done.stdout.splitlines()[-1] == "(0, 0) 0"  # core limit 0; PR_GET_DUMPABLE answers 0


def test_ctrl_d_at_the_passphrase_prompt_says_nothing_was_typed(vault_path, isolated_user_folders):
    """On a real terminal: the person presses Ctrl-D where the passphrase is asked for."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRMDESK_")}
    env.update(PYTHONPATH=TEST_PYTHONPATH, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    pid, terminal = pty.fork()
    if pid == 0:  # the program, on the terminal
        os.execve(sys.executable, [sys.executable, "-m", "crmdesk", "--vault", str(vault_path), "--user", OWNER,
                                   "contact", "list"], env)
    said = b""
    while b"Passphrase" not in said:
        said += os.read(terminal, 1024)
    os.write(terminal, b"\x04")  # the prompt is up: the terminal reads what comes next as the answer
    while True:
        try:
            chunk = os.read(terminal, 1024)
        except OSError:  # the program ended and the terminal closed
            break
        if not chunk:
            break
        said += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2
    assert b"nothing was typed where it was asked for" in said and b"Traceback" not in said
