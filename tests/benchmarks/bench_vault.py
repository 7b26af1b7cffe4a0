"""Speed of the vault spine (``make bench``): figures and ratios to plain sqlite3.

Seeds a vault with 100,000 audit entries (the scale DESIGN.md names, before
contacts exist) and measures: Argon2id alone, unlock without Argon2id, a
full ``verify``, the audit chain check, and a master-key rotation. The same
work on an unencrypted copy in plain ``sqlite3`` gives the ratio.
Not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from crmdesk.core import vault
from crmdesk.core.permissions import Permission
from crmdesk.core.vault import audit, database, integrity, keyslots
from crmdesk.core.vault.lockout import FailureLog

ENTRIES = int(os.environ.get("CRMDESK_BENCH_ENTRIES", "100000"))
REPEATS = 5


def timed(function, repeats: int = REPEATS) -> float:
    """Median seconds of ``repeats`` runs."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def seed(session) -> None:
    batch = 10_000
    for start in range(0, ENTRIES, batch):
        with session.operation(Permission.CONFIGURE, None) as op:
            for _ in range(min(batch, ENTRIES - start)):
                op.audit("settings.changed", detail={"key": "auto_lock_minutes"})
    database.checkpoint(session.conn)


def plain_copy(session, target: Path) -> None:
    """An unencrypted copy, for the plain-sqlite3 baseline (written by a connection of its own:
    the session's is read-only outside crmdesk's operations)."""
    conn = database.connect(session.paths.db, session.master_key())
    try:
        conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def row(name: str, seconds: float, plain: float | None = None, target: str = "") -> None:
    ratio = f"{seconds / plain:6.1f}x" if plain else "     —"
    base = f"{plain * 1000:9.1f} ms" if plain else "         —"
    print(f"{name:<44}{seconds * 1000:10.1f} ms {base} {ratio}   {target}")


def main() -> int:
    base = Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
    failures = FailureLog(base / "failures.json")
    try:
        passphrase = "benchmark passphrase"
        created = vault.create_vault(base / "bench", owner_name="owner", passphrase=passphrase)
        slots = keyslots.KeySlots.load(created.paths.keyslots)
        slot = slots.user_slot("owner")
        session = vault.unlock(created.paths.folder, "owner", passphrase, failures=failures)
        seed(session)
        plain_path = base / "plain.db"
        plain_copy(session, plain_path)
        private_key = session.private_key()
        session.close()
        size = created.paths.db.stat().st_size
        print(f"crmdesk vault benchmark: {ENTRIES:,} audit entries, vault.db {size / 1e6:.1f} MB, "
              f"Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
        print(f"{'measure':<44}{'crmdesk':>13} {'sqlite3':>12} {'ratio':>7}   target")

        kdf = timed(lambda: slot.unwrap_private_key(slots.vault_id, passphrase), 3)
        row("Argon2id key derivation (default cost)", kdf, target="0.3-0.5 s by design")

        def unlock_without_kdf():
            vault.open_with_private_key(created.paths, slots, slot, private_key,
                                        method="keyring", failures=failures).close()

        def plain_open():
            conn = sqlite3.connect(plain_path)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("SELECT * FROM users").fetchall()
            conn.close()

        row("unlock, Argon2id excluded", timed(unlock_without_kdf), timed(plain_open), "< 1 s")

        session = vault.open_with_private_key(created.paths, slots, slot, private_key,
                                              method="keyring", failures=failures)
        plain = sqlite3.connect(plain_path)
        row("audit chain check",
            timed(lambda: audit.verify_chain(session.conn), 3),
            timed(lambda: plain.execute("SELECT * FROM audit ORDER BY seq").fetchall(), 3))
        def plain_checks():
            plain.execute("PRAGMA integrity_check").fetchall()
            plain.execute("SELECT * FROM audit ORDER BY seq").fetchall()

        row("verify (pages, structure, keys, chain)",
            timed(lambda: integrity.verify_vault(session), 3), timed(plain_checks, 3), "< 5 s")
        plain.close()
        rotation = timed(lambda: vault.rotate_master_key(session), 3)
        copy_target = base / "copy.db"

        def plain_vacuum_into():
            copy_target.unlink(missing_ok=True)
            conn = sqlite3.connect(plain_path)
            conn.execute(f"VACUUM INTO '{copy_target}'")
            conn.close()

        row("master-key rotation (disable a user)", rotation, timed(plain_vacuum_into, 3))
        session.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\npeak resident memory: {peak:.0f} MB (target < 300 MB)")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
