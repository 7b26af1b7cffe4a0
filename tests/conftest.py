"""Shared fixtures: isolated user folders, an in-memory keyring, template vaults.

Argon2id is slow on purpose, so the template vault is made once per session
with cheap KDF parameters (stored in its key slots, so every slot added later
is cheap too) and copied for each test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import keyring
import pytest

from crmdesk.core import configuration, language, vault
from crmdesk.core.clock import FixedClock
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.vault import crypto, training, users
from crmdesk.core.vault.lockout import FailureLog
from tests.support import TEST_PYTHONPATH
from tests.support.keyrings import MemoryKeyring

# Windows are tried on the smallest screen crmdesk supports: offscreen, 1024×700 (unless a real
# display was asked for).
SMALL_SCREEN = Path(__file__).resolve().parent / "screens" / "small-1024x700.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SMALL_SCREEN}"

CHEAP_KDF = crypto.KdfParams(memory_kib=8, iterations=1, lanes=1)
ROOT = Path(__file__).resolve().parent.parent

OWNER, ADMIN, STAFF, VIEWER = "olga", "adam", "sam", "vic"
TARGET = "tess"  # a staff account the others act on
PASSPHRASES = {
    OWNER: "owner passphrase 1",
    ADMIN: "admin passphrase 1",
    STAFF: "staff passphrase 1",
    VIEWER: "viewer passphrase 1",
    TARGET: "target passphrase 1",
}
ORGANISATION = "Bäckerei Canaryfeld"
OWNER_DISPLAY = "Olga Canarynski"


@dataclass
class TemplateVault:
    path: Path
    recovery_code: str
    vault_id: str
    contact_id: str


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Each test gets its own data, state, config and log folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    for var in ("CRMDESK_VAULT", "CRMDESK_PASSPHRASE", "CRMDESK_NEW_PASSPHRASE",
                "CRMDESK_TOTP_CODE", "CRMDESK_RECOVERY_CODE"):
        monkeypatch.delenv(var, raising=False)
    # Messages in English whatever the terminal running the tests speaks; a test of another
    # language sets it.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield home
    language.use("en")


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def failures(tmp_path) -> FailureLog:
    return FailureLog(tmp_path / "unlock-failures.json")


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> TemplateVault:
    base = tmp_path_factory.mktemp("template")
    created = vault.create_vault(
        base / "shop", owner_name=OWNER, passphrase=PASSPHRASES[OWNER],
        organisation=ORGANISATION, owner_display_name=OWNER_DISPLAY, kdf=CHEAP_KDF,
    )
    failures = FailureLog(base / "failures.json")
    with vault.unlock(created.paths.folder, OWNER, PASSPHRASES[OWNER], failures=failures) as s:
        for name, role in ((ADMIN, "admin"), (STAFF, "staff"), (VIEWER, "viewer"), (TARGET, "staff")):
            users.add_user(s, name, role=role, passphrase=PASSPHRASES[name])
        customer = contacts.add_contact(s, ContactInput(given_name="Theo", family_name="Template"))
        # The test shop trained its staff, and asks again only for a new briefing (tests travel in time).
        configuration.change_setting(s, "training_refresh_months", 0)
        # A German shop's holidays, documents in English, whatever the computer's locale says.
        configuration.change_settings(s, {"holiday_region": "DE", "shop_language": "en"})
    for name in (ADMIN, STAFF, VIEWER, TARGET):
        with vault.unlock(created.paths.folder, name, PASSPHRASES[name], failures=failures) as s:
            training.confirm(s, training.current(s).version)
    return TemplateVault(created.paths.folder, created.recovery_code, created.vault_id, customer.id)


@pytest.fixture
def vault_path(template_vault, tmp_path) -> Path:
    """A fresh copy of the template vault for this test."""
    target = tmp_path / "shop.crmvault"
    shutil.copytree(template_vault.path, target)
    return target


@pytest.fixture
def open_as(vault_path, failures):
    """Unlock the test's vault as a user; sessions are closed afterwards."""
    sessions = []

    def unlock(name: str = OWNER, **kwargs):
        session = vault.unlock(vault_path, name, PASSPHRASES[name], failures=failures, **kwargs)
        sessions.append(session)
        return session

    yield unlock
    for session in sessions:
        session.close()


@pytest.fixture
def open_clocked(open_as):
    """Unlock as a user on a clock the test moves: (session, clock)."""

    def unlock(name: str, at: datetime):
        clock = FixedClock(at)
        return open_as(name, clock=clock), clock

    return unlock


def inactive_for_years(session, clock, count: int, years: int = 3) -> None:
    """``count`` made-up contacts with nothing logged, then ``years`` pass:
    what retention sweeps look for."""
    from crmdesk.core.imports import demo
    from tests.support.raw import raw_connection

    demo.fill_demo(session, count)
    raw = raw_connection(session)
    raw.execute("DELETE FROM interactions")
    raw.execute("UPDATE contacts SET last_interaction_at = ''")
    raw.close()
    clock.advance(days=years * 365)


def vault_files(folder: Path) -> dict[str, bytes]:
    """Every file in a vault folder with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(isolated_user_folders, vault_path):
    """Run ``crmdesk`` against the test's vault: in this process through the
    CLI's ``main(argv)``, with its own environment, standard streams, folder
    and keyring (``PYTHON_KEYRING_BACKEND``, as the real program reads it);
    with ``process=True`` as a real subprocess, where process behaviour
    matters (the interpreter's exit, a keyring that never answers), started
    through ``prefix`` when given (a command that runs the rest)."""

    def run(*args: str, user: str | None = None, passphrase: str | None = None,
            env: dict | None = None, vault: Path | None = vault_path, stdin: str | None = None,
            timeout: float = 60, process: bool = False, prefix: tuple[str, ...] = ()) -> CliResult:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("CRMDESK_")}
        full_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        full_env["PYTHONPATH"] = TEST_PYTHONPATH
        if passphrase is None and user is not None:
            passphrase = PASSPHRASES.get(user)
        if passphrase:  # "" means: give no passphrase at all
            full_env["CRMDESK_PASSPHRASE"] = passphrase
        full_env.update(env or {})
        argv = []
        if vault is not None:
            argv += ["--vault", str(vault)]
        if user is not None:
            argv += ["--user", user]
        argv += list(args)
        if not process and not prefix:
            return _in_process(argv, full_env, stdin, isolated_user_folders)
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "crmdesk", *argv], capture_output=True, text=True, env=full_env,
            input=stdin, timeout=timeout, cwd=isolated_user_folders,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


def _in_process(argv: list[str], env: dict, stdin: str | None, cwd: Path) -> CliResult:
    """``crmdesk.cli.main(argv)`` as if it were its own process."""
    import contextlib
    import importlib
    import io

    from crmdesk.cli import main

    module, _, name = env["PYTHON_KEYRING_BACKEND"].rpartition(".")
    backend = getattr(importlib.import_module(module), name)()
    saved_env, saved_keyring, saved_cwd, saved_stdin = dict(os.environ), keyring.get_keyring(), os.getcwd(), sys.stdin
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    keyring.set_keyring(backend)
    os.chdir(cwd)
    sys.stdin = io.StringIO(stdin or "")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:  # --help and --version leave through argparse
                code = exit_.code if isinstance(exit_.code, int) else 0
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        keyring.set_keyring(saved_keyring)
        os.environ.clear()
        os.environ.update(saved_env)
    return CliResult(code, out.getvalue(), err.getvalue())
