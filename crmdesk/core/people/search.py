"""Search as you type over the FTS5 index of contacts.

Prefix matching on every word, case- and accent-insensitive (the index folds
diacritics, so "muller" finds "Müller"); a query that looks like a phone
number matches stored numbers however they were written ("030 12", "+49 30
12", "0049 30 12"). Results page by name with keyset pagination; ``search_index``
explains why that costs one page however many contacts match.
Needs READ. Threading: the session's thread.
"""

from __future__ import annotations

from crmdesk.core.people import normalise, search_index
from crmdesk.core.people.contact_model import ContactRow, Cursor, Page
from crmdesk.core.people.contacts import MAX_PAGE, ROW_COLUMNS, ROW_JOIN, list_contacts, page_of
from crmdesk.core.permissions import Permission
from crmdesk.core.vault.session import Session


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """The FTS5 query for what the user typed, or None for 'everything'."""
    text = text.strip()
    if not text:
        return None
    if normalise.looks_like_phone(text):
        terms = normalise.phone_query_terms(text)
        return "phones : (" + " OR ".join(f"{_quote(t)} *" for t in terms) + ")"
    tokens = [t for t in text.replace('"', " ").split() if any(ch.isalnum() for ch in t)]
    if not tokens:
        return None
    return " AND ".join(f"{_quote(t)} *" for t in tokens)


def search_contacts(session: Session, text: str, *, after: Cursor | None = None,
                    limit: int = 100) -> Page:
    """Contacts matching ``text``, by name. Empty text lists everyone; text
    with nothing to search by (only punctuation) matches no one."""
    session.require(Permission.READ)
    query = fts_query(text)
    if query is None:
        return Page([], None) if text.strip() else list_contacts(session, after=after, limit=limit)
    limit = max(1, min(limit, MAX_PAGE))
    conn = session.conn
    params: list = [query]
    keyset = ""
    if after:
        # Continue after the last row shown: the greatest name key at or
        # before it (it may have been renamed or deleted since).
        start = conn.execute(
            f"SELECT k.name_key {search_index.WALK} WHERE (c.sort_name, c.rowid) <= (?, ?)"
            " AND k.name_key IS NOT NULL ORDER BY c.sort_name DESC, c.rowid DESC LIMIT 1",
            (after.key, after.rowid)).fetchone()
        if start is not None:
            keyset = " AND rowid > ?"
            params.append(start[0])
    # The index files contacts under name keys, so its first matches are
    # the first by name: one page is read, however many contacts match.
    keys = [r[0] for r in conn.execute(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?" + keyset + " ORDER BY rowid LIMIT ?",
        (*params, limit + 1))]
    if not keys:
        return Page([], None)
    marks = ",".join("?" * len(keys))
    rows = [ContactRow(*r) for r in conn.execute(
        f"{ROW_COLUMNS} FROM {search_index.KEYED}{ROW_JOIN} WHERE k.name_key IN ({marks})"
        " ORDER BY k.name_key", keys)]
    return page_of(rows, limit, "name")
