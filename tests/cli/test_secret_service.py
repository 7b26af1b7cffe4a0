"""A real Secret Service keyring (gnome-keyring under dbus-run-session):
remember a key, unlock with it alone, forget it.

CI installs dbus and gnome-keyring (.ci/run); elsewhere the test is skipped
when they are missing, but never in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ADMIN, PASSPHRASES, STAFF
from tests.support import TEST_PYTHONPATH

TOOLS = ("dbus-run-session", "gnome-keyring-daemon")
missing = [t for t in TOOLS if shutil.which(t) is None]
if missing and os.environ.get("CI"):
    pytest.fail(f"CI must provide {', '.join(missing)} (see .ci/run)", pytrace=False)
pytestmark = pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)}")


def test_remember_use_and_forget_with_gnome_keyring(vault_path, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    script = textwrap.dedent(f"""
        set -u
        printf 'login keyring password' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
        crm() {{ "{sys.executable}" -m crmdesk --vault "{vault_path}" --user {STAFF} "$@"; }}
        CRMDESK_PASSPHRASE='{PASSPHRASES[STAFF]}' crm remember; echo "remember=$?"
        crm user passwd --new-passphrase-file "{tmp_path / 'new.txt'}" </dev/null; echo "keyring-unlock=$?"
        crm forget; echo "forget=$?"
        crm user passwd --new-passphrase-file "{tmp_path / 'new.txt'}" </dev/null; echo "after-forget=$?"
    """)
    (tmp_path / "new.txt").write_text("a fresh passphrase\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CRMDESK_", "DBUS_", "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONPATH=TEST_PYTHONPATH,
               PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
    proc = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], capture_output=True,
                          text=True, env=env, timeout=120, cwd=tmp_path)
    results = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    assert results == {"remember": "0", "keyring-unlock": "0", "forget": "0", "after-forget": "2"}, (
        proc.stdout + proc.stderr
    )
    assert (home / "data" / "keyrings" / "login.keyring").is_file()
    assert "No passphrase given" in proc.stderr


def test_unattended_backup_with_gnome_keyring(vault_path, tmp_path):
    """As a nightly job: the key comes from the real keyring, no passphrase anywhere."""
    home = tmp_path / "home"
    home.mkdir()
    folder = tmp_path / "backups"
    script = textwrap.dedent(f"""
        set -u
        printf 'login keyring password' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
        crm() {{ "{sys.executable}" -m crmdesk --vault "{vault_path}" --user {ADMIN} "$@"; }}
        CRMDESK_PASSPHRASE='{PASSPHRASES[ADMIN]}' crm remember; echo "remember=$?"
        made=$(crm backup --to "{folder}" </dev/null); echo "backup=$?"
        crm verify --backup "$made" </dev/null >/dev/null; echo "verify=$?"
        crm backup prune --to "{folder}" </dev/null >/dev/null; echo "prune=$?"
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CRMDESK_", "DBUS_", "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONPATH=TEST_PYTHONPATH,
               PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
    proc = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], capture_output=True,
                          text=True, env=env, timeout=120, cwd=tmp_path)
    results = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    assert results == {"remember": "0", "backup": "0", "verify": "0", "prune": "0"}, proc.stdout + proc.stderr
    assert len(list(folder.glob("*.crmbackup"))) == 1
