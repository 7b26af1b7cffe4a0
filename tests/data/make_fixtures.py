"""Regenerate the fixture vaults under tests/data (run by hand, then commit).

    python -m tests.data.make_fixtures

vault-schema-1.crmvault: a vault as the first schema version wrote it, so the
migration tests open a real old file, not one made by today's code alone.
"""

from pathlib import Path

from crmdesk.core import vault
from crmdesk.core.vault import crypto
from tests.support import TEST_PYTHONPATH  # noqa: F401 - cheap Argon2id for the fixture vaults

HERE = Path(__file__).resolve().parent
FIXTURE_PASSPHRASE = "fixture passphrase"


def main() -> None:
    target = HERE / "vault-schema-1.crmvault"
    if target.exists():
        raise SystemExit(f"{target} exists; remove it first to regenerate")
    vault.create_vault(
        target, owner_name="fixture", passphrase=FIXTURE_PASSPHRASE, schema_version=1,
        kdf=crypto.KdfParams(memory_kib=8, iterations=1, lanes=1),
    )


if __name__ == "__main__":
    main()
