"""What a failed read or write of a vault really was, in one sentence.

SQLite reports a busy vault, a full disk, a read-only folder and a damaged
file all as ``DatabaseError``; only real damage may be called damage (its
advice, "restore from a backup", destroys data if the vault was merely busy
or the disk full). ``explain`` turns such an error, or an ``OSError`` from
writing a file beside the vault, into the ``CrmdeskError`` the user sees.
Damage is reported with the pages whose HMAC fails when the key is known.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from crmdesk.core.errors import CrmdeskError, IntegrityFailure, OperationFailed
from crmdesk.core.language import N_, tr, trn
from crmdesk.core.vault import database

if TYPE_CHECKING:
    from crmdesk.core.vault.session import VaultPaths

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
SQLITE_ERROR = 1
_MESSAGES = (("database or disk is full", SQLITE_FULL), ("database is locked", SQLITE_BUSY),
             ("readonly database", SQLITE_READONLY), ("disk image is malformed", SQLITE_CORRUPT),
             ("file is not a database", SQLITE_NOTADB))

BUSY = N_("Another crmdesk is writing to this vault and did not finish within a few seconds; try again in a "
           "moment. Nothing was changed.")


class VaultBusy(OperationFailed):
    """Another program held the vault's write lock for longer than the wait."""


def busy() -> VaultBusy:
    return VaultBusy(tr(BUSY))


def no_space(where: Path | None) -> OperationFailed:
    if where is None:
        return OperationFailed(tr("There is no space left on the disk; free some space and try again. Nothing "
                                  "was changed."))
    return OperationFailed(tr("There is no space left on the disk that holds {where}; free some space and try "
                              "again. Nothing was changed.").format(where=where))


def read_only(where: Path | None) -> OperationFailed:
    if where is None:
        return OperationFailed(tr("The folder is read-only, so nothing can be changed there; reading, exporting "
                                  "and backing up to another folder still work."))
    return OperationFailed(tr("The folder {where} is read-only, so nothing can be changed there; reading, "
                              "exporting and backing up to another folder still work.").format(where=where))


def damaged(db: Path, master_key: bytes | None) -> IntegrityFailure:
    """Damage, naming the pages that fail their check when the key is known."""
    bad = database.bad_pages(db, master_key) if master_key and db.is_file() else []
    size = db.stat().st_size if db.is_file() else 0
    total = max(1, size // database.PAGE_SIZE)
    if size < database.PAGE_SIZE:
        return IntegrityFailure(tr("The vault database {db.name} is empty or cut short ({size:,} bytes); "
                                   "restore it from a backup.").format(db=db, size=size))
    if bad and len(bad) < total:
        return IntegrityFailure(
            trn("The vault database is damaged ({n} bad page); restore it from a backup.",
                "The vault database is damaged ({n} bad pages); restore it from a backup.", len(bad)),
            [f"{db.name} page {n} fails its integrity check." for n in bad],
        )
    if bad:
        return IntegrityFailure(
            tr("keyslots.json does not belong to this vault.db (the files come from different copies or "
               "were tampered with); restore the vault from a backup.")
        )
    return IntegrityFailure(tr("The vault database is damaged; restore it from a backup."))


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 16 * database.PAGE_SIZE
    except OSError:
        return False


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a database error, if it has one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def explain(exc: BaseException, paths: VaultPaths | None = None,
            master_key: bytes | None = None) -> CrmdeskError | None:
    """The error to show for ``exc``; None when it is not a storage failure
    (a bug, which front ends log and report as unexpected)."""
    if isinstance(exc, CrmdeskError):
        return exc
    folder = paths.folder if paths is not None else None
    if isinstance(exc, OSError):
        where = Path(exc.filename).parent if exc.filename else folder
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return no_space(where)
        if exc.errno == errno.EROFS:
            return read_only(where)
        return None
    if not isinstance(exc, database.DatabaseError):
        return None
    code = sqlite_code(exc)
    if code in (None, SQLITE_ERROR):  # an error passed on as text (sqlcipher_export, an attached database)
        code = next((c for text, c in _MESSAGES if text in str(exc)), code)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy()
    if code == SQLITE_FULL:
        return no_space(folder)
    if code == SQLITE_READONLY:
        return read_only(folder)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged(paths.db, master_key) if paths is not None else IntegrityFailure(
            tr("The vault database is damaged; restore it from a backup."), hint="verify-vault")
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) and folder is not None and _nearly_full(folder):
        return no_space(folder)  # a full disk can also fail the write-ahead log's shared memory
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return OperationFailed(tr("The disk reported an error while reading or writing the vault; check the "
                                  "disk (is it still connected?) and try again."))
    return None
