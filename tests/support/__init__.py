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
