"""The full-text index of contacts, kept in name order.

Each contact has a *name key* (table ``contact_keys``): an integer that
orders contacts exactly as (sort_name, rowid) does, with gaps between
neighbours. The FTS5 index stores each contact under its name key, so the
matches FTS5 returns in rowid order are already in name order: a search
reads only the first page of matches, however many there are ("VIP" may
match 20,000 contacts), instead of collecting every match and sorting it.

A new or renamed contact takes a key between its neighbours'. When a gap is
used up (after several insertions at one spot), the contacts around it get
new, evenly spaced keys, in a window that widens until there is room; only
when even the widest window is full (or a bulk import crowds one spot) are
all keys renewed and the index rebuilt.

A contact's index text is what ``search_values`` builds from its stored
rows; the contact writer hands over the same text it has just built (a test
holds the two equal). Threading: the caller's connection and thread.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlcipher3

from crmdesk.core import collector
from crmdesk.core.people import normalise
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import Operation

SPACING = 1 << 8  # gap between neighbours after a rebuild (small: FTS5 stores rowid deltas)
FEW = 200  # up to this many new contacts, find their neighbours one by one
BULK = 5000  # from this many new entries on, FTS5 buffers more of them in memory
HASH_SIZE = 1 << 20  # FTS5's own default
BULK_HASH_SIZE = 16 << 20

INSERT = ("INSERT INTO contact_fts (rowid, names, organisation, emails, phones, tags, notes)"
          " VALUES (?, ?, ?, ?, ?, ?, ?)")
DELETE = ("INSERT INTO contact_fts (contact_fts, rowid, names, organisation, emails, phones, tags, notes)"
          " VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)")
# Contacts in name order with their keys (NULL: not in the index yet).
WALK = "FROM contacts c INDEXED BY contacts_by_name LEFT JOIN contact_keys k ON k.contact = c.rowid"
# The contact filed under a key, for a page of search results.
KEYED = "contact_keys k CROSS JOIN contacts c ON c.rowid = k.contact"


def stored_region(conn: sqlcipher3.Connection) -> str:
    """The phone region setting, read from a connection (writers have no session)."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'phone_region'").fetchone()
    return row[0] if row else settings.SPECS["phone_region"].default


def search_values(conn: sqlcipher3.Connection, rowids: list[int], region: str) -> dict[int, tuple]:
    """The index columns of each contact, from its stored rows."""
    wanted = set(rowids)
    if len(wanted) <= FEW:
        marks = ",".join("?" * len(wanted))
        where, params = f" WHERE {{col}} IN ({marks})", list(wanted)
    else:
        where, params = "", []

    def rows(sql: str, column: str):
        return ((r[0], r[1:]) for r in conn.execute(sql + where.format(col=column), params)
                if r[0] in wanted)

    emails: dict[int, list[str]] = {}
    for rowid, (address,) in rows("SELECT contact, address FROM contact_emails", "contact"):
        emails.setdefault(rowid, []).append(address)
    phones: dict[int, list[str]] = {}
    for rowid, (number,) in rows("SELECT contact, number FROM contact_phones", "contact"):
        phones.setdefault(rowid, []).extend(normalise.phone_keys(number, region)[1])
    tags: dict[int, list[str]] = {}
    for rowid, (name,) in rows("SELECT ct.contact, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag",
                               "ct.contact"):
        tags.setdefault(rowid, []).append(name)
    values = {}
    for rowid, (display, given, family, folded, organisation, job, notes) in rows(
            "SELECT c.rowid, c.display_name, c.given_name, c.family_name, c.sort_name, coalesce(o.name, ''),"
            " c.job_title, c.notes FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id",
            "c.rowid"):
        values[rowid] = index_text(
            (display, given, family, folded), organisation, emails.get(rowid, ()), phones.get(rowid, ()),
            sorted(tags.get(rowid, ()), key=str.casefold), (job, notes))
    return values


def index_text(names, organisation: str, emails, phone_terms, tags, other) -> tuple[str, ...]:
    """The index columns of one contact. ``names`` holds the display name,
    given and family name and the folded sort name: the folded copy finds
    letters FTS5 cannot strip accents from (ł, ø, ß)."""
    return (" ".join(names), organisation, " ".join(emails), " ".join(phone_terms), " ".join(tags),
            " ".join(other))


def _unindex(op: Operation, entries: list[tuple]) -> None:
    """Remove index entries given as (name key, *their index columns). The
    columns must be exactly those indexed: FTS5 then deletes the tokens
    themselves (with its secure-delete option, the bytes are overwritten),
    where a delete by rowid alone would only mark them deleted and leave
    the words in the index's pages until a merge."""
    op.conn.executemany(DELETE, entries)


def remove(op: Operation, rowid: int, region: str) -> None:
    """Take a contact out of the index (before its stored rows change or go)."""
    conn = op.conn
    row = conn.execute("SELECT name_key FROM contact_keys WHERE contact = ?", (rowid,)).fetchone()
    if row is not None:
        _unindex(op, [(row[0], *search_values(conn, [rowid], region)[rowid])])
        conn.execute("DELETE FROM contact_keys WHERE name_key = ?", (row[0],))


def place(op: Operation, texts: dict[int, tuple], region: str) -> None:
    """Give saved contacts without a key their name keys and index entries;
    ``texts`` maps each one's rowid to its index columns (``search_values``);
    it is emptied as they are written."""
    if not texts:
        return
    conn = op.conn
    rowids = list(texts)
    few = len(rowids) <= FEW
    keys = _keys_by_neighbours(conn, rowids) if few else _keys_by_merge(conn)
    if keys is None and few:  # a gap was used up: spread out the neighbourhood
        keys = _rekey_neighbourhood(conn, rowids)
    if keys is None:
        rebuild(op, region, texts)
        return
    _store(op, keys, texts, region)


def _store(op: Operation, keys: dict[int, int], texts: dict[int, tuple], region: str) -> None:
    """Set these contacts' keys and (re)write their index entries; contacts
    not in ``texts`` already have entries, which move to their new keys."""
    conn = op.conn
    moved = [rowid for rowid in keys if rowid not in texts]
    if moved:
        marks = ",".join("?" * len(moved))
        old = conn.execute(f"SELECT name_key, contact FROM contact_keys WHERE contact IN ({marks})", moved).fetchall()
        texts = {**texts, **search_values(conn, moved, region)}
        _unindex(op, [(key, *texts[rowid]) for key, rowid in old])
        conn.executemany("DELETE FROM contact_keys WHERE name_key = ?", [(key,) for key, _ in old])
    ordered = sorted((key, rowid) for rowid, key in keys.items())
    conn.executemany("INSERT INTO contact_keys (name_key, contact) VALUES (?, ?)", ordered)
    # Each text is let go once written: an import's texts are tens of megabytes.
    _insert(op, ((key, *texts.pop(rowid)) for key, rowid in ordered), len(ordered))
    collector.let_go(ordered, keys)


def _insert(op: Operation, entries: Iterable[tuple], count: int) -> None:
    """Add ``count`` index entries. FTS5 holds new entries in memory and
    writes them out as a segment each time they reach its hash size
    (1 MiB); a bulk insert gets a larger buffer, so it writes fewer segments
    and merges them less (a third faster for 100,000 contacts; beyond
    16 MiB it only takes memory)."""
    conn = op.conn
    bulk = count > BULK
    if bulk:
        conn.execute(f"INSERT INTO contact_fts (contact_fts, rank) VALUES ('hashsize', {BULK_HASH_SIZE:d})")
    try:
        conn.executemany(INSERT, entries)
    finally:
        if bulk:
            conn.execute(f"INSERT INTO contact_fts (contact_fts, rank) VALUES ('hashsize', {HASH_SIZE:d})")


def rebuild(op: Operation, region: str, texts: dict[int, tuple] | None = None) -> None:
    """Fresh, evenly spaced keys for every contact, and the index rebuilt
    (``texts``: index columns already known, by rowid; the rest are read)."""
    conn = op.conn
    conn.execute("INSERT INTO contact_fts (contact_fts) VALUES ('delete-all')")
    order = [r[0] for r in conn.execute(
        "SELECT rowid FROM contacts INDEXED BY contacts_by_name ORDER BY sort_name, rowid")]
    texts = texts or {}
    values = {**search_values(conn, [r for r in order if r not in texts], region), **texts}
    conn.execute("DELETE FROM contact_keys")
    conn.executemany("INSERT INTO contact_keys (name_key, contact) VALUES (?, ?)",
                     [((i + 1) * SPACING, rowid) for i, rowid in enumerate(order)])
    _insert(op, (((i + 1) * SPACING, *values.pop(rowid)) for i, rowid in enumerate(order)), len(order))


def _rekey_neighbourhood(conn: sqlcipher3.Connection, rowids: list[int]) -> dict[int, int] | None:
    """New keys for the new contacts and their neighbours, spread evenly
    between the keys just outside a window around them; the window widens
    until there is room (None: not even at the widest)."""
    marks = ",".join("?" * len(rowids))
    first = conn.execute(f"SELECT sort_name, rowid FROM contacts WHERE rowid IN ({marks})"
                         " ORDER BY sort_name, rowid LIMIT 1", rowids).fetchone()
    last = conn.execute(f"SELECT sort_name, rowid FROM contacts WHERE rowid IN ({marks})"
                        " ORDER BY sort_name DESC, rowid DESC LIMIT 1", rowids).fetchone()
    for radius in (16, 256, 4096):
        before = conn.execute(
            f"SELECT c.sort_name, c.rowid, k.name_key {WALK} WHERE (c.sort_name, c.rowid) < (?, ?)"
            " ORDER BY c.sort_name DESC, c.rowid DESC LIMIT ?", (*first, radius + 1)).fetchall()
        after = conn.execute(
            f"SELECT c.sort_name, c.rowid, k.name_key {WALK} WHERE (c.sort_name, c.rowid) > (?, ?)"
            " ORDER BY c.sort_name, c.rowid LIMIT ?", (*last, radius + 1)).fetchall()
        low_edge = before[radius] if len(before) > radius else None
        high_edge = after[radius] if len(after) > radius else None
        where, params = [], []
        if low_edge:
            where.append("(sort_name, rowid) > (?, ?)")
            params += low_edge[:2]
        if high_edge:
            where.append("(sort_name, rowid) < (?, ?)")
            params += high_edge[:2]
        window = [r[0] for r in conn.execute(
            "SELECT rowid FROM contacts INDEXED BY contacts_by_name"
            + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY sort_name, rowid", params)]
        keys = _spread([(low_edge[2] if low_edge else None, high_edge[2] if high_edge else None, window)],
                       room=16)
        if keys is not None:
            return keys
    return None


def _spread(runs: list[tuple[int | None, int | None, list[int]]], room: int = 1) -> dict[int, int] | None:
    """Keys for each run of new contacts between two keyed neighbours
    (``None``: no neighbour on that side), evenly spaced at least ``room``
    apart; None if one does not fit."""
    keys = {}
    for low, high, run in runs:
        count = len(run)
        if low is None and high is None:
            low, high = 0, (count + 1) * SPACING
        elif high is None:
            high = low + (count + 1) * SPACING
        elif low is None:
            low = min(0, high - (count + 1) * SPACING)
        if high - low <= count * room:
            return None
        for i, rowid in enumerate(run, start=1):
            keys[rowid] = low + (high - low) * i // (count + 1)
    return keys


def _keys_by_merge(conn: sqlcipher3.Connection) -> dict[int, int] | None:
    """One walk through every contact in name order (for many new contacts)."""
    runs: list[tuple[int | None, int | None, list[int]]] = []
    low, run = None, []
    for rowid, key in conn.execute(f"SELECT c.rowid, k.name_key {WALK} ORDER BY c.sort_name, c.rowid"):
        if key is None:
            run.append(rowid)
            continue
        if run:
            runs.append((low, key, run))
            run = []
        low = key
    if run:
        runs.append((low, None, run))
    return _spread(runs)


def _keys_by_neighbours(conn: sqlcipher3.Connection, rowids: list[int]) -> dict[int, int] | None:
    """Each new contact's keyed neighbours looked up in the name index."""
    marks = ",".join("?" * len(rowids))
    ordered = conn.execute(
        f"SELECT rowid, sort_name FROM contacts WHERE rowid IN ({marks}) ORDER BY sort_name, rowid",
        rowids).fetchall()
    runs: list[tuple[int | None, int | None, list[int]]] = []
    for rowid, sort_name in ordered:
        low = conn.execute(
            f"SELECT k.name_key {WALK} WHERE (c.sort_name, c.rowid) < (?, ?) AND k.name_key IS NOT NULL"
            " ORDER BY c.sort_name DESC, c.rowid DESC LIMIT 1", (sort_name, rowid)).fetchone()
        high = conn.execute(
            f"SELECT k.name_key {WALK} WHERE (c.sort_name, c.rowid) > (?, ?) AND k.name_key IS NOT NULL"
            " ORDER BY c.sort_name, c.rowid LIMIT 1", (sort_name, rowid)).fetchone()
        low, high = (low[0] if low else None), (high[0] if high else None)
        if runs and runs[-1][0] == low and runs[-1][1] == high:
            runs[-1][2].append(rowid)
        else:
            runs.append((low, high, [rowid]))
    return _spread(runs)
