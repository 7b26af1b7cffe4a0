"""Speed of several desks (``make bench``): figures and ratios to plain PostgreSQL and plain sqlite3.

A throwaway PostgreSQL cluster on this machine (tests/support/pg_cluster.py, with fsync as a real
server runs), a first desk with 100,000 contacts imported, and a new desk of a vault of its own.
Measured: the first desk's first sync (every contact sealed and pushed), the new desk's first sync
(every contact pulled, opened and written with its search index), a sync with nothing new, and how
long a change made at one desk takes to be in the other's vault while it waits for the server's
wake-up, as the window's thread does. Search at the new desk is set beside search at the first.

The floors: pushing the same contacts as plain JSON rows into a plain PostgreSQL table, 500 to a
transaction; and for the pull, a plain SELECT of those rows plus ``plain_sqlite``'s import of the
same contacts into an unencrypted file with crmdesk's tables and search index.
Not a test: it prints numbers and asserts nothing. Skipped where PostgreSQL is not installed.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg

from crmdesk.core.people import contacts
from crmdesk.core.team import desk, joining
from tests.benchmarks.bench_contacts import (
    PASSPHRASE,
    ROOT,
    new_vault,
    open_vault,
    p95,
    queries,
    search_times,
)
from tests.benchmarks.bench_vault import plain_copy, row
from tests.benchmarks.sample_data import write_csv
from tests.support import pg_cluster

CONTACTS = int(os.environ.get("CRMDESK_BENCH_TEAM_CONTACTS", os.environ.get("CRMDESK_BENCH_CONTACTS", "100000")))
WAKE_TRIALS = 10


def plain_push(conninfo: str, rows: list[tuple[str, str]]) -> float:
    with psycopg.connect(conninfo) as conn:
        conn.execute("CREATE TABLE plain_records (id uuid PRIMARY KEY, revision bigint, content bytea)")
        conn.commit()
        start = time.perf_counter()
        for at in range(0, len(rows), desk.PUSH_BATCH):
            with conn.cursor() as cursor:
                cursor.executemany("INSERT INTO plain_records VALUES (%s, 1, %s)",
                                   [(i, c.encode()) for i, c in rows[at:at + desk.PUSH_BATCH]])
            conn.commit()
        return time.perf_counter() - start


def plain_pull(conninfo: str) -> float:
    with psycopg.connect(conninfo) as conn:
        start = time.perf_counter()
        fetched = conn.execute("SELECT id, revision, content FROM plain_records ORDER BY id").fetchall()
        assert fetched
        return time.perf_counter() - start


def wake_up_times(office_folder: Path, counter, counter_link, contact_ids: list[str]) -> list[float]:
    """Seconds from a change made at the counter (typed, then its sync) to the office holding it, the office
    waiting as the window's thread waits: on the server's wake-up."""
    seen: list[float] = []
    ready, stop = threading.Event(), threading.Event()
    marks: dict[str, float] = {}

    def office_thread() -> None:
        session = open_vault(office_folder)
        with joining.connect(session) as link:
            desk.sync(session, link)
            ready.set()
            while not stop.is_set():
                if link.wait_for_change(0.5):
                    desk.sync(session, link)
                    for note, started in list(marks.items()):
                        if any(c.notes == note for c in [contacts.get_contact(session, i) for i in contact_ids]):
                            seen.append(time.perf_counter() - started)
                            marks.pop(note)
        session.close()

    worker = threading.Thread(target=office_thread)
    worker.start()
    ready.wait()
    for trial in range(WAKE_TRIALS):
        note = f"wake-up trial {trial} {uuid.uuid4().hex[:6]}"
        contact_id = contact_ids[trial % len(contact_ids)]
        data = contacts.get_contact(counter, contact_id).as_input()
        data.notes = note
        marks[note] = time.perf_counter()
        contacts.update_contact(counter, contact_id, data)
        desk.sync(counter, counter_link)
        deadline = time.perf_counter() + 30
        while note in marks and time.perf_counter() < deadline:
            time.sleep(0.005)
        time.sleep(0.2)
    stop.set()
    worker.join()
    return seen


def main() -> int:
    cluster = pg_cluster.start(durable=True)
    if cluster is None:
        print("crmdesk team benchmark: skipped, PostgreSQL is not installed here.")
        return 0
    base = Path(tempfile.mkdtemp(prefix="crmdesk-bench-team-"))
    try:
        dbname, admin_role = cluster.new_admin_database("bench")
        admin = cluster.conninfo(user=admin_role, dbname=dbname)
        csv_path = write_csv(base / "contacts.csv", CONTACTS)
        env = dict(os.environ, PYTHONPATH=str(ROOT), CRMDESK_PASSPHRASE=PASSPHRASE,
                   CRMDESK_NEW_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
                   XDG_STATE_HOME=str(base / "state"))
        crmdesk = [sys.executable, "-m", "crmdesk"]
        counter_folder, office_folder = base / "counter.crmvault", base / "office.crmvault"
        new_vault(crmdesk, counter_folder, env)
        subprocess.run(crmdesk + ["import", str(csv_path)], env=dict(env, CRMDESK_VAULT=str(counter_folder)),
                       check=True, capture_output=True)
        new_vault(crmdesk, office_folder, env)
        fresh = base / "fresh-plain.db"  # the floor's tables: a new vault's, exported without encryption
        empty = open_vault(office_folder)
        plain_copy(empty, fresh)
        empty.close()

        counter = open_vault(counter_folder)
        joining.start(counter, admin, "counter")
        counter_link = joining.connect(counter)
        started = time.perf_counter()
        pushed = desk.sync(counter, counter_link)
        push_seconds = time.perf_counter() - started

        office = open_vault(office_folder)
        joining.join(office, joining.invite(counter, admin, "office").code)
        office_link = joining.connect(office)
        started = time.perf_counter()
        pulled = desk.sync(office, office_link)
        pull_seconds = time.perf_counter() - started
        started = time.perf_counter()
        desk.sync(office, office_link)
        idle_seconds = time.perf_counter() - started

        texts = queries(counter, 200)
        counter_search, office_search = p95(search_times(counter, texts)), p95(search_times(office, texts))
        ids = [r[0] for r in counter.conn.execute("SELECT id FROM contacts ORDER BY rowid LIMIT 20")]
        office_link.close()
        office.close()
        wakes = wake_up_times(office_folder, counter, counter_link, ids)

        rows = [(r[0], json.dumps(desk.current(counter, r[0]))) for r in
                counter.conn.execute("SELECT id FROM contacts ORDER BY rowid")]
        floor_push = plain_push(admin, rows)
        floor_select = plain_pull(admin)
        counter_link.close()
        counter.close()
        floor = [sys.executable, "-m", "tests.benchmarks.plain_sqlite"]
        started = time.perf_counter()
        subprocess.run(floor + ["import", str(fresh), str(csv_path), str(base / "floor.db")], env=env, check=True,
                       capture_output=True)
        floor_pull = floor_select + time.perf_counter() - started

        print(f"crmdesk team benchmark: {CONTACTS:,} contacts, PostgreSQL on this machine (a socket, fsync on)")
        print(f"{'':<44}{'crmdesk':>13} {'plain':>12} {'ratio':>7}   target")
        row(f"first desk's first sync (push {pushed.sent:,})", push_seconds, floor_push)
        row(f"new desk's first sync (pull {pulled.received:,})", pull_seconds, floor_pull, "< 10 s")
        row("a sync with nothing new", idle_seconds)
        if wakes:
            row(f"change at one desk, in the other (median of {len(wakes)})", statistics.median(wakes), None,
                "< 2 s")
            row("change at one desk, in the other (slowest)", max(wakes), None, "< 2 s")
        print(f"   {WAKE_TRIALS - len(wakes)} of {WAKE_TRIALS} changes were not seen within 30 s")
        row("search p95, first desk (imported)", counter_search)
        row("search p95, new desk (from the team)", office_search, counter_search, "unchanged")
        return 0
    finally:
        cluster.stop()
        import shutil

        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
