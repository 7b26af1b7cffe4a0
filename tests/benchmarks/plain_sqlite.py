"""The plain-SQLite floor for ``make bench``: the same work as crmdesk, done
by a few lines of straightforward Python on an unencrypted file, with none
of crmdesk's code.

It uses the same SQLite (sqlcipher3 given no key: SQLCipher's codec is then
not attached, so pages are neither encrypted nor authenticated) because
crmdesk's search index needs FTS5 features newer than the SQLite that ships
with Python here. The tables and the FTS5 index are crmdesk's own, taken
from a new vault exported without encryption; the settings are crmdesk's
(WAL, synchronous FULL, foreign keys, secure delete, 32 MiB cache for the
import). What the floor leaves out is what makes crmdesk crmdesk: matching
duplicates, validating rows, the audit trail and the permission checks.

Run as ``python -m tests.benchmarks.plain_sqlite import FRESH CSV TARGET [PURPOSE_ID]``
(one whole command, as ``crmdesk import`` is timed), or
``python -m tests.benchmarks.plain_sqlite work DB TEXTS_JSON SCRATCH`` for
the list, search, backup and check figures; each prints one JSON object.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sys
import time
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

BATCH = 1000
SPACING = 256  # between the search index's name keys, as crmdesk spaces them
ROW = ("SELECT rowid, id, display_name, sort_name, first_email, first_phone, organisation_id, since, "
       "last_interaction_at FROM contacts")


def connect(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "secure_delete = ON",
                   "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def import_csv(fresh: Path, csv_path: Path, target: Path, purpose: int | None) -> dict:
    """Every row of the benchmark's CSV into the tables crmdesk uses, in one
    transaction, batched like crmdesk; then the search index in name order."""
    shutil.copy(fresh, target)
    conn = connect(target)
    conn.execute("PRAGMA cache_size = -32768")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    user = conn.execute("SELECT id FROM users LIMIT 1").fetchone()[0]
    organisations: dict[str, str] = {}
    tags: dict[str, int] = {}
    pending: dict[str, list[tuple]] = {name: [] for name in SQL}
    texts: list[tuple] = []  # (sort name, rowid, index columns)
    conn.execute("BEGIN IMMEDIATE")
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for rowid, row in enumerate(csv.DictReader(handle), start=1):
            given, family = row["First Name"].strip(), row["Last Name"].strip()
            display = f"{given} {family}".strip()
            email, phone = row["E-mail Address"].strip(), row["Mobile Phone"].strip()
            company = row["Company"].strip()
            if company and company not in organisations:
                organisations[company] = str(uuid.uuid4())
                conn.execute("INSERT INTO organisations (id, name, sort_name, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?)", (organisations[company], company, company.casefold(), now,
                                                         now))
            pending["contacts"].append((
                rowid, str(uuid.uuid4()), given, family, display, display.casefold(),
                organisations.get(company), "", None, row["Notes"].strip(), "benchmark", email, phone,
                row["Created"] or now[:10], now, user, now, user))
            pending["emails"].append((rowid, 0, "", email, email.lower()))
            if phone:
                pending["phones"].append((rowid, 0, "", "mobile", phone, digits(phone)))
            if row["City"].strip():
                pending["addresses"].append((rowid, 0, "", "", "", row["City"].strip(), "", ""))
            names = [t.strip() for t in row["Categories"].split(";") if t.strip()]
            for name in names:
                if name.casefold() not in tags:
                    tags[name.casefold()] = conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid
                pending["tags"].append((rowid, tags[name.casefold()]))
            if purpose is not None:
                pending["ledger"].append((rowid, rowid, purpose, user, "benchmark", now))
                pending["state"].append((rowid, purpose, "recorded", now, None, rowid))
            texts.append((display.casefold(), rowid, (f"{display} {display.casefold()}", company, email,
                                                      digits(phone), " ".join(names), row["Notes"].strip())))
            if rowid % BATCH == 0:
                flush(conn, pending)
    flush(conn, pending)
    texts.sort()
    conn.executemany("INSERT INTO contact_keys (name_key, contact) VALUES (?, ?)",
                     [((i + 1) * SPACING, rowid) for i, (_, rowid, _) in enumerate(texts)])
    conn.execute("INSERT INTO contact_fts (contact_fts, rank) VALUES ('hashsize', 16777216)")
    conn.executemany("INSERT INTO contact_fts (rowid, names, organisation, emails, phones, tags, notes)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (((i + 1) * SPACING, *columns) for i, (_, _, columns) in enumerate(texts)))
    conn.execute("COMMIT")
    conn.close()
    return {"contacts": len(texts)}


SQL = {  # in the order crmdesk writes them
    "contacts": "INSERT INTO contacts (rowid, id, given_name, family_name, display_name, sort_name,"
                " organisation_id, job_title, birthday, notes, source, first_email, first_phone,"
                " since, created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "emails": "INSERT INTO contact_emails (contact, position, label, address, normalised) VALUES (?, ?, ?, ?, ?)",
    "phones": "INSERT INTO contact_phones (contact, position, label, kind, number, normalised)"
              " VALUES (?, ?, ?, ?, ?, ?)",
    "addresses": "INSERT INTO contact_addresses (contact, position, label, street, postal_code, city, region,"
                 " country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "tags": "INSERT OR IGNORE INTO contact_tags (contact, tag) VALUES (?, ?)",
    "ledger": "INSERT INTO consent_ledger (id, contact, purpose, action, method, captured_by, note, at)"
              " VALUES (?, ?, ?, 'recorded', 'imported', ?, ?, ?)",
    "state": "INSERT INTO consent_state (contact, purpose, action, at, expires_at, entry) VALUES (?, ?, ?, ?, ?, ?)",
}


def flush(conn: sqlcipher3.Connection, pending: dict[str, list[tuple]]) -> None:
    for name, sql in SQL.items():
        if pending[name]:
            conn.executemany(sql, pending[name])
            pending[name] = []


def fts_query(text: str) -> str:
    """Prefix match on every word; digits only against the phone column."""
    if sum(ch.isdigit() for ch in text) >= 3 and not any(ch.isalpha() for ch in text):
        return f'phones : "{digits(text)}" *'
    return " AND ".join('"' + t.replace('"', '""') + '" *' for t in text.split() if any(c.isalnum() for c in t))


def with_consents(conn: sqlcipher3.Connection, rows: list) -> list:
    """A page's rows and their consent decisions, as the list shows them."""
    marks = ",".join("?" * len(rows))
    conn.execute(f"SELECT contact, purpose, action FROM consent_state WHERE contact IN ({marks})",
                 [r[0] for r in rows]).fetchall()
    return rows


def first_page(conn: sqlcipher3.Connection) -> tuple[list, int]:
    rows = with_consents(conn, conn.execute(f"{ROW} ORDER BY sort_name, rowid LIMIT 101").fetchall())
    return rows, conn.execute("SELECT count(*) FROM contacts").fetchone()[0]


def work(db: Path, texts: list[str], scratch: Path) -> dict:
    """List, search, backup and check on a plain copy of the benchmark's vault."""
    figures: dict = {}
    conn = connect(db)
    start = time.perf_counter()
    rows, _ = first_page(conn)
    figures["first"] = time.perf_counter() - start
    further = []
    for _ in range(40):
        start = time.perf_counter()
        last = rows[99]
        rows = with_consents(conn, conn.execute(
            f"{ROW} WHERE (sort_name, rowid) > (?, ?) ORDER BY sort_name, rowid LIMIT 101",
            (last[3], last[0])).fetchall())
        further.append(time.perf_counter() - start)
    figures["further"] = sorted(further)[len(further) // 2]
    searched = []
    for text in texts:
        start = time.perf_counter()
        query = fts_query(text)
        if query:
            keys = [r[0] for r in conn.execute(
                "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid LIMIT 101", (query,))]
            marks = ",".join("?" * len(keys))
            conn.execute(f"{ROW.replace('FROM contacts', 'FROM contact_keys k CROSS JOIN contacts c ON c.rowid = k.contact')}"
                         f" WHERE k.name_key IN ({marks}) ORDER BY k.name_key", keys).fetchall()
        else:
            first_page(conn)
        searched.append(time.perf_counter() - start)
    figures["search"] = searched
    # A backup: SQLite's online backup to a new file, one quick check of the
    # copy, its SHA-256, and the copy stored in a zip archive.
    start = time.perf_counter()
    copy_path = scratch / "copy.db"
    copy = sqlcipher3.connect(str(copy_path), isolation_level=None)
    conn.backup(copy)
    copy.execute("PRAGMA quick_check").fetchall()
    copy.close()
    digest = sha256(copy_path)
    with zipfile.ZipFile(scratch / "backup.zip", "w", zipfile.ZIP_STORED) as archive:
        archive.write(copy_path, "vault.db")
        archive.writestr("manifest.json", json.dumps({"vault.db": digest}))
    copy_path.unlink()
    figures["backup"] = time.perf_counter() - start
    conn.close()
    # Its check: unpacked, hashed against the manifest, a full integrity and foreign key check.
    start = time.perf_counter()
    with zipfile.ZipFile(scratch / "backup.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        archive.extract("vault.db", scratch / "check")
    unpacked = scratch / "check" / "vault.db"
    assert sha256(unpacked) == manifest["vault.db"]
    checked = sqlcipher3.connect(str(unpacked))
    assert checked.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    checked.execute("PRAGMA foreign_key_check").fetchall()
    checked.close()
    figures["verify"] = time.perf_counter() - start
    return figures


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    if argv[0] == "import":
        purpose = int(argv[4]) if len(argv) > 4 else None
        print(json.dumps(import_csv(Path(argv[1]), Path(argv[2]), Path(argv[3]), purpose)))
    else:
        texts = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(json.dumps(work(Path(argv[1]), texts, Path(argv[3]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
