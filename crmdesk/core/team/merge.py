"""What a desk does when the server moved on while it was changing a record. Pure functions, any thread.

**Records** (contacts, organisations) merge field by field against the revision both sides started
from (the *base*): a field only one side changed takes that side's value; a field both changed the
same way is simply that value. Where both changed one field differently, the server's value wins
(every desk ends with the same record) and the desk's value is kept as a ``Conflict`` for a person
to review: never "the latest clock wins", and nothing typed is lost. List fields (e-mails, phones,
addresses, websites, tags) merge entry by entry: what either side added is there, what either side
removed is gone.

**Consent** is a ledger, whose entries are only ever added; ``gate.deciding`` says which of a person's
entries decides, in whatever order they arrived.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

LIST_FIELDS = frozenset({"emails", "phones", "addresses", "websites", "tags"})


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed: the server's value is in the record, the desk's is kept here."""

    field: str
    server: Any
    kept: Any  # the desk's value, for a person to review


def merge_record(base: dict | None, local: dict, server: dict) -> tuple[dict, list[Conflict]]:
    """The record both desks end with, and the conflicts a person reviews (see the module notes)."""
    base = base or {}
    merged, conflicts = {}, []
    for name in sorted(set(base) | set(local) | set(server)):
        was, mine, theirs = base.get(name), local.get(name), server.get(name)
        if mine == theirs or mine == was:
            value = theirs
        elif theirs == was:
            value = mine
        elif name in LIST_FIELDS and all(isinstance(v, list | type(None)) for v in (was, mine, theirs)):
            value = _merge_list(was or [], mine or [], theirs or [])
        else:
            value = theirs
            conflicts.append(Conflict(name, theirs, mine))
        merged[name] = value  # None: empty
    return merged, conflicts


def merge_without_base(local: dict, server: dict) -> tuple[dict, list[Conflict]]:
    """Two versions of a record with no revision known to both sides (a server put back from an older copy,
    and another desk wrote after): a field only one side holds a value for takes it; lists hold what either
    side holds; where both hold different values, the server's wins and the desk's is kept as a
    ``Conflict``. Nothing is lost; a value removed on one side may come back."""
    merged, conflicts = {}, []
    for name in sorted(set(local) | set(server)):
        mine, theirs = local.get(name), server.get(name)
        if mine == theirs or mine in (None, "", []):
            value = theirs
        elif theirs in (None, "", []):
            value = mine
        elif name in LIST_FIELDS and isinstance(mine, list) and isinstance(theirs, list):
            value = _merge_list([], mine, theirs)
        else:
            value = theirs
            conflicts.append(Conflict(name, theirs, mine))
        merged[name] = value
    return merged, conflicts


def _merge_list(base: list, local: list, server: list) -> list:
    """The server's entries in its order, less what the desk removed, then what the desk added."""
    key = _canonical
    had, mine = {key(v) for v in base}, {key(v) for v in local}
    removed_here = had - mine
    merged = [v for v in server if key(v) not in removed_here]
    seen = {key(v) for v in merged}
    for entry in local:
        k = key(entry)
        if k not in had and k not in seen:  # added on this desk
            merged.append(entry)
            seen.add(k)
    return merged


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
