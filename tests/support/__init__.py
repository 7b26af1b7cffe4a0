"""Helpers for the tests.

Argon2id is slow on purpose; tests make their vaults with the cheapest
parameters so the suite runs in minutes. crmdesk refuses parameters below a
floor (``crypto.KDF_FLOOR``), so every test process lowers it here: in the
pytest process (conftest imports this package), in children started with
``-m tests.support.…``, and, through ``tests/support/cheap_kdf`` on
``PYTHONPATH`` (see ``TEST_PYTHONPATH``), in ``python -m crmdesk`` runs.
The program itself has no way to lower it.
"""

from __future__ import annotations

from pathlib import Path

from crmdesk.core.vault import crypto

crypto.KDF_FLOOR = crypto.KdfParams(memory_kib=8, iterations=1, lanes=1)

ROOT = Path(__file__).resolve().parents[2]
TEST_PYTHONPATH = f"{ROOT / 'tests' / 'support' / 'cheap_kdf'}:{ROOT}"


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a new user of this computer, as a program started from
    their desktop sees it: nothing from the test run (no venv, no PYTHON*
    variables), their folders under ``home``, a private runtime folder with a
    short path (as /run/user/UID is: a socket's path must fit in 107 bytes),
    and Qt offscreen unless ``extra`` says otherwise."""
    import hashlib
    import tempfile

    runtime = Path(tempfile.gettempdir(), "run-" + hashlib.sha256(str(home).encode()).hexdigest()[:12])
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env
