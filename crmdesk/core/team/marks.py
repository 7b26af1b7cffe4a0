"""What a desk knows of the team server's history, to notice a server put back from an older copy.

Every move of a team vault's head on the server gets a random mark (schema.sql, ``crmdesk.marks``). A
desk keeps numbers it saw the server hold, each with its mark (``team_marks``: the last ones, and a trail
of earlier ones that thins with distance, so that for a put-back to last night's copy or last month's a
mark from about then is still there). At each sync it asks for the mark standing for the last one: a
server put back from an older copy (a ``pg_restore`` of last night's dump) has lost it, or has given
the number out again under another mark. The earlier marks that still stand say up to which number the
server holds what this desk saw, as it saw it (``shared``): a record the server last wrote up to there
is one this desk knew; one written after may be another desk's change made after the put-back.

A desk only remembers what it can check, and only what continues what it remembered before:

- the head it checked at the start of a sync, up to which alone it reads (so its cursor never passes
  what it remembers);
- the head after its own write, read in the write's own transaction (which holds the vault row's lock,
  so that head's mark is the write's own);

each only while the mark it remembered last still stood when it was read. Otherwise the server was put
back meanwhile, and the next check notices it.
"""

from __future__ import annotations

import math

from crmdesk.core.errors import IntegrityFailure
from crmdesk.core.language import tr
from crmdesk.core.permissions import Permission
from crmdesk.core.team import ledgers
from crmdesk.core.team.server import DeskLink, State
from crmdesk.core.vault.gate import Operation
from crmdesk.core.vault.session import Session

RECENT = 16  # the last marks, all kept
TRAIL = 200  # more than that, and the older ones are thinned: the oldest in each band of distance stays
BANDS_PER_DOUBLING = 4  # the bands: each about a fifth wider than the one nearer the last number


def last_seen(conn) -> tuple[int, str | None]:
    """The last number this desk saw the server hold, and its mark: (0, None) before any."""
    row = conn.execute("SELECT upto, mark FROM team_marks ORDER BY upto DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, None)


def check(session: Session, desk: DeskLink) -> State:
    """The team vault on the server, checked against what this desk saw of it. When the server was put
    back from an older copy, the desk notes it (``put_back`` and ``shared``), queues its ledgers again,
    and ``desk.put_back`` gives the server back what it lost. IntegrityFailure when the team key went
    back (a put-back over a key change, or someone at the server)."""
    seen, mark = last_seen(session.conn)
    epoch, generation = session.conn.execute("SELECT epoch, generation FROM team_link").fetchone()
    state = desk.state(seen)
    if state.epoch < epoch:
        raise IntegrityFailure(tr("The team server gives an older team key than this desk holds: it was put back "
                                  "from a copy made before a desk was removed. Nothing was sent or taken; the "
                                  "shop's administrator gives it the newer key with 'crmdesk team restore-key' at "
                                  "one desk that holds it, such as this one; the others then go on by "
                                  "themselves."))
    if (mark is None or state.seen_mark == mark) and state.generation == generation:
        return state
    trail = dict(session.conn.execute("SELECT upto, mark FROM team_marks"))
    standing = desk.marks_at(sorted(trail)) if trail else {}
    shared = max((upto for upto, kept in trail.items() if standing.get(upto) == kept), default=0)
    with session.operation(Permission.EDIT, "team.server_put_back",
                           detail={"last_number_seen": seen, "server_number": state.head}) as op:
        op.conn.execute("UPDATE team_link SET put_back = 1, shared = ?, generation = ?", (shared, state.generation))
        op.conn.execute("DELETE FROM team_marks WHERE upto > ?", (shared,))
        ledgers.queue_everything(op)
    return state


def remember(op: Operation, state: State | None, *, anew: bool = False) -> None:
    """``state``'s head and its mark, as the last number this desk saw the server hold, when it continues
    what this desk remembered (see the module notes); ``anew``: after a put-back was given back, the head
    of the sync's start, whatever was remembered before."""
    if state is None or state.head_mark is None:
        return
    seen, mark = last_seen(op.conn)
    if not anew:
        if op.conn.execute("SELECT put_back FROM team_link").fetchone()[0] or state.seen != seen:
            return  # giving a put-back server what it lost, or read against another number
        if mark is not None and state.seen_mark != mark:
            return  # put back meanwhile: the next check notices it
    if state.head <= seen and not anew:
        return
    op.conn.execute("INSERT OR REPLACE INTO team_marks (upto, mark) VALUES (?, ?)", (state.head, state.head_mark))
    trail = [row[0] for row in op.conn.execute("SELECT upto FROM team_marks ORDER BY upto DESC")]
    if len(trail) > TRAIL:
        op.conn.executemany("DELETE FROM team_marks WHERE upto = ?", [(upto,) for upto in thinned(trail)])


def thinned(trail: list[int]) -> list[int]:
    """The numbers of ``trail`` (newest first) that go: all but the ``RECENT`` last and the oldest in each
    band of distance from the last (bands grow by a factor of 2 ** (1 / BANDS_PER_DOUBLING)). The oldest
    stays, so the trail reaches as far back as it did; newer ones drift into each band as numbers go by."""
    newest, bands, going = trail[0], set(), []
    for upto in reversed(trail[RECENT:]):
        band = int(BANDS_PER_DOUBLING * math.log2(newest - upto + 1))
        if band in bands:
            going.append(upto)
        bands.add(band)
    return going
