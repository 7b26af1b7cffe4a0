"""Search as you type over the FTS5 index of contacts.

Prefix matching on every word, case- and accent-insensitive (the index folds
diacritics, so "muller" finds "Müller"); a query that looks like a phone
number matches stored numbers however they were written ("030 12", "+49 30
12", "0049 30 12"). Results page by name with keyset pagination.
Needs READ. Threading: the session's thread.
"""

from __future__ import annotations

from crmdesk.core import normalise
from crmdesk.core.contact_model import ContactRow, Cursor, Page
from crmdesk.core.contacts import MAX_PAGE, ROW_SQL, list_contacts, page_of
from crmdesk.core.permissions import Permission
from crmdesk.core.session import Session


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
    """Contacts matching ``text``, by name. Empty text lists everyone."""
    session.require(Permission.READ)
    query = fts_query(text)
    if query is None:
        return list_contacts(session, after=after, limit=limit)
    limit = max(1, min(limit, MAX_PAGE))
    params: list = [query]
    keyset = ""
    if after:
        keyset = " AND (c.sort_name, c.rowid) > (?, ?)"
        params += [after.key, after.rowid]
    # Walk the name index in order and keep rows in the match set, stopping
    # after one page; then read the details of that page only.
    ids = [r[0] for r in session.conn.execute(
        "SELECT c.rowid FROM contacts c INDEXED BY contacts_by_name WHERE c.rowid IN"
        " (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)" + keyset +
        " ORDER BY c.sort_name, c.rowid LIMIT ?", (*params, limit + 1))]
    if not ids:
        return Page([], None)
    marks = ",".join("?" * len(ids))
    rows = [ContactRow(*r) for r in session.conn.execute(
        ROW_SQL + f" WHERE c.rowid IN ({marks}) ORDER BY c.sort_name, c.rowid", ids)]
    return page_of(rows, limit, "name")
