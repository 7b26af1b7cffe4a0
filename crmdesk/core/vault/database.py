"""SQLCipher connections for a vault database.

The master key is given as a raw 256-bit key, so opening costs no second KDF.
``probe_key`` confirms a key without writing a byte (read-only, immutable), so
a wrong key never touches the files, even with a hot WAL after a crash.
``bad_pages`` checks each page's HMAC in Python, the way SQLCipher 4 does,
so damage is reported page by page even when page 1 itself is broken.
Threading: a connection belongs to the thread that opened it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from crmdesk.core.fsutil import create_private, make_private

DatabaseError = sqlcipher3.DatabaseError

# SQLCipher 4 defaults, which we never change.
PAGE_SIZE = 4096
SALT_BYTES = 16
HMAC_BYTES = 64  # HMAC-SHA512
IV_BYTES = 16
RESERVE_BYTES = IV_BYTES + HMAC_BYTES
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another connection's write to end


@contextlib.contextmanager
def patient(conn: sqlcipher3.Connection, seconds: float | None) -> Iterator[None]:
    """Wait up to ``seconds`` (instead of the usual few) for another writer:
    for a small record of something already done, such as a finished
    backup, which must not be lost because an import is running."""
    if not seconds:
        yield
        return
    conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000):d}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")


def _silence_sqlcipher_log() -> None:
    # SQLCipher writes its own error lines to stderr; users must see only ours.
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_silence_sqlcipher_log()


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def sidecar_files(db_path: Path) -> list[Path]:
    return [db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")]


def open_read_only(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    """A connection that cannot write to ``db_path`` or create files beside it
    (read-only, immutable). Raises ``DatabaseError`` if ``key`` does not open it."""
    uri = f"file:{quote(str(db_path.resolve()))}?mode=ro&immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.execute(key_pragma(key))
        # PRAGMA key always "succeeds"; only reading the schema proves the key.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def probe_key(db_path: Path, key: bytes) -> bool:
    """True if ``key`` opens ``db_path``. Never writes, never creates a file."""
    if not db_path.is_file():
        return False
    try:
        open_read_only(db_path, key).close()
        return True
    except DatabaseError:
        return False


def connect(db_path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open the vault database read-write with our settings.

    The caller must have confirmed the key with ``probe_key`` first (or be
    creating the database). Autocommit mode: use ``transaction()`` to write.

    SQLCipher's memory security (wiping and locking every SQLite
    allocation) stays off in every connection: see DESIGN.md, "Keys in
    memory", for why and for what protects the keys instead.
    """
    if not create and not db_path.is_file():
        raise FileNotFoundError(db_path)
    if create and not db_path.exists():
        create_private(db_path)
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    except BaseException:
        conn.close()
        raise
    for path in sidecar_files(db_path):
        make_private(path)
    return conn


@contextlib.contextmanager
def transaction(conn: sqlcipher3.Connection) -> Iterator[sqlcipher3.Connection]:
    """One write transaction: all of it commits, or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def large_cache(conn: sqlcipher3.Connection, mebibytes: int = 32) -> Iterator[None]:
    """A bigger page cache for one bulk write: with a 100,000-row import the
    indexes outgrow the default 2 MiB, and every evicted page must be
    decrypted again (64 MiB makes the import about a third faster)."""
    previous = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-1024 * mebibytes:d}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(previous):d}")


def close_cached(conn: sqlcipher3.Connection) -> None:
    """Close a connection that was given a large page cache (a check, a
    copy). The cache is let go first, in a statement, which runs without
    the interpreter lock; closing frees it while holding the lock, and a
    64 MiB cache froze the window for a tenth of a second."""
    try:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA shrink_memory")
    finally:
        conn.close()


def copy_under_key(source: Path, source_key: bytes, target: Path, target_key: bytes) -> None:
    """Copy the database at ``source`` to a new file ``target`` encrypted
    with ``target_key`` (SQLite's online backup re-encrypts every page)."""
    create_private(target)
    reader = open_read_only(source, source_key)
    writer = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        writer.execute(key_pragma(target_key))
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def checkpoint(conn: sqlcipher3.Connection) -> bool:
    """Merge the write-ahead log into the database and empty it; False when
    a reader's older snapshot (a backup running) kept part of it back."""
    busy, *_ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def checkpoint_waiting(conn: sqlcipher3.Connection, seconds: float) -> bool:
    """``checkpoint``, tried again for up to ``seconds`` while readers hold it back."""
    deadline = time.monotonic() + seconds
    while not checkpoint(conn):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def bad_pages(db_path: Path, key: bytes) -> list[int]:
    """Page numbers (1-based) of the main database file whose HMAC fails."""
    data = db_path.read_bytes()
    if len(data) < PAGE_SIZE:
        return [1]
    salt = data[:SALT_BYTES]
    hmac_key = hashlib.pbkdf2_hmac(
        "sha512", key, bytes(b ^ HMAC_SALT_MASK for b in salt), FAST_KDF_ITER, 32
    )
    bad = []
    page_count = len(data) // PAGE_SIZE
    for index in range(page_count):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        start = SALT_BYTES if index == 0 else 0
        body, mac = page[start : PAGE_SIZE - HMAC_BYTES], page[PAGE_SIZE - HMAC_BYTES :]
        expected = hmac.new(hmac_key, body + (index + 1).to_bytes(4, "little"), "sha512").digest()
        if not hmac.compare_digest(expected, mac):
            bad.append(index + 1)
    if len(data) % PAGE_SIZE:
        bad.append(page_count + 1)
    return bad


def run_script(conn: sqlcipher3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    (``executescript`` would commit the open transaction first.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlcipher3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration")
