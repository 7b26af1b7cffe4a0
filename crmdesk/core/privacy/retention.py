"""Retention policies (GDPR Art. 5(1)(e)): keep personal data no longer than needed.

Each policy says what is no longer needed, after how long, and what happens
to it; owners and admins set the period, the action and the mode:

- ``apply``: a sweep carries it out;
- ``propose``: a sweep lists it as a proposal that waits for an owner or
  admin to review and apply (the default for erasing and anonymising).

A sweep is planned first: ``plan(as_of)`` lists every record affected with
its policy and reason, for any date ("what goes next month?"), and changes
nothing. ``run`` applies the plan in batches, each its own transaction and
audited, so a sweep killed half-way leaves whole batches behind and the next
run plans and finishes the rest. Nothing on legal hold or with processing
restricted is touched. Erasing
uses the erasure engine (tombstone, suppression digests, no trace in pages);
anonymising keeps only the postal code and the year the customer
relationship began, for statistics, and removes the rest as erasure does.
Time comes from the session's clock. Needs ERASE.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crmdesk.core.clock import add_months, iso
from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.language import ENGLISH, N_, NP_, Language, active, tr
from crmdesk.core.people.contact_model import KIND_WORDS
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import erasure
from crmdesk.core.privacy import requests as subject_requests
from crmdesk.core.vault import database, gate
from crmdesk.core.vault.gate import INTERACTIONS, RETENTION, Effect, Operation, Subject
from crmdesk.core.vault.session import Session

BATCH = 200
ACTIVE = "(s.action = 'recorded' OR (s.action = 'granted' AND (s.expires_at IS NULL OR s.expires_at > :now)))"


@dataclass(frozen=True)
class PolicySpec:
    key: str
    title: str
    explanation: str  # {period}: how long ("24 months"), {action}: what happens
    unit: str  # "days", "months" or "years"
    default_period: int
    actions: tuple[str, ...]
    default_mode: str


SPECS = {spec.key: spec for spec in (
    PolicySpec("inactive_without_basis", N_("Inactive contacts without a lawful basis"),
               N_("Contacts with no current consent and no other lawful basis, and nothing logged for {period}, "
                  "are {action}."), "months", 24, ("anonymised", "erased"), "propose"),
    PolicySpec("withdrawn_consent", N_("Kept only for a consent that was withdrawn"),
               N_("Contacts whose only purposes were consents they withdrew or refused, the last one {period} "
                  "ago or more, are {action}."), "days", 30, ("erased", "anonymised"), "propose"),
    PolicySpec("purpose_periods", N_("Purposes' own retention periods"),
               N_("Contacts whose purposes have all ended, each at least its own retention period ago, are "
                  "{action}. Grace period: {period}."), "days", 0, ("erased", "anonymised"), "propose"),
    PolicySpec("old_interactions", N_("Old interactions"),
               N_("Visits, calls, e-mails, purchases and notes older than {period} are {action}."), "years", 3,
               ("deleted",), "apply"),
    PolicySpec("closed_requests", N_("Closed requests"),
               N_("Requests closed more than {period} ago lose their personal text; the reference, type and "
                  "dates stay."), "years", 3, ("redacted",), "apply"),
)}
MODES = ("apply", "propose")
# What a rule does, as its explanation says it ("… are erased."), for the catalogue.
_ACTION_WORDS = (NP_("what a retention rule does", "anonymised"), NP_("what a retention rule does", "erased"),
                 NP_("what a retention rule does", "deleted"), NP_("what a retention rule does", "redacted"))


@dataclass(frozen=True)
class Policy:
    key: str
    title: str
    period: int
    unit: str
    action: str
    mode: str
    enabled: bool
    changed_at: str = ""  # when an owner or admin last changed it ('' for the defaults)

    def explained(self, lang: Language = ENGLISH) -> str:
        return lang.gettext(SPECS[self.key].explanation).format(
            period=lang.duration(self.period, self.unit),
            action=lang.pgettext("what a retention rule does", self.action))


@dataclass(frozen=True)
class Item:
    """One record a policy affects."""

    policy: str
    kind: str  # "contact", "interaction" or "request"
    target: int  # the record's rowid / id
    label: str  # how to show it: a contact's name, an interaction's date and kind, a reference
    action: str
    reason: str
    mode: str
    contact: int | None = None  # for an interaction: whose it is


@dataclass(frozen=True)
class RunResult:
    applied: dict[str, int]  # policy → records changed
    proposed: dict[str, int]  # policy → records waiting for review
    batches: int


# ---- policies ---------------------------------------------------------------------------------


def list_policies(session: Session) -> list[Policy]:
    session.require(Permission.READ)
    stored = {r[0]: r[1:] for r in session.conn.execute(
        "SELECT key, period, action, mode, enabled, updated_at FROM retention_policies")}
    result = []
    for key, spec in SPECS.items():
        period, action, mode, enabled, changed = stored.get(
            key, (spec.default_period, spec.actions[0], spec.default_mode, 1, ""))
        result.append(Policy(key, spec.title, period, spec.unit, action, mode, bool(enabled), changed))
    return result


def get_policy(session: Session, key: str) -> Policy:
    found = {p.key: p for p in list_policies(session)}
    if key not in found:
        raise NotFound(tr("There is no retention policy '{key}'; the policies are "
                          "{names}.").format(key=key, names=', '.join(SPECS)))
    return found[key]


def set_policy(session: Session, key: str, *, period: int | None = None, action: str | None = None,
               mode: str | None = None, enabled: bool | None = None) -> Policy:
    """Change a policy's period, action, mode or whether it runs. Needs CONFIGURE."""
    session.require(Permission.CONFIGURE)
    current = get_policy(session, key)
    spec = SPECS[key]
    period = current.period if period is None else period
    action = current.action if action is None else action
    mode = current.mode if mode is None else mode
    enabled = current.enabled if enabled is None else enabled
    if not 0 <= period <= 100 * 366 or (period == 0 and key != "purpose_periods"):
        raise UsageError(tr("The period of {key} is a whole number of {spec.unit}, 1 or "
                            "more.").format(key=key, spec=spec))
    if action not in spec.actions:
        raise UsageError(tr("{key} can only be {names}, not "
                            "'{action}'.").format(key=key, names=' or '.join(spec.actions), action=action))
    if mode not in MODES:
        raise UsageError(tr("A policy is applied by each sweep ('apply') or proposed for review ('propose')."))
    with session.operation(Permission.CONFIGURE, "retention.policy_changed",
                           detail={"policy": key, "period": period, "action": action, "mode": mode,
                                   "enabled": enabled}) as op:
        op.conn.execute("INSERT INTO retention_policies (key, period, action, mode, enabled, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET period = excluded.period,"
                        " action = excluded.action, mode = excluded.mode, enabled = excluded.enabled,"
                        " updated_at = excluded.updated_at", (key, period, action, mode, int(enabled), op.now))
        op.changed(RETENTION)
    return get_policy(session, key)


# ---- planning ---------------------------------------------------------------------------------


def _cutoff(as_of: datetime, period: int, unit: str) -> str:
    if unit == "months":
        return iso(add_months(as_of, -period))
    if unit == "years":
        return iso(add_months(as_of, -12 * period))
    return iso(as_of - timedelta(days=period))


# Who no sweep touches, as ``_subject_of`` says: people on legal hold or with processing restricted.
KEPT_OUT = "c.legal_hold = 0 AND c.restricted = 0"


def _only(params: dict, column: str) -> str:
    """The clause that keeps a selection to the records in ``params["only"]``, if given."""
    return "" if params.get("only") is None else f" AND {column} IN (SELECT value FROM json_each(:only))"


def _declined(kind: str, column: str, since: str = ":policy_changed") -> str:
    """The clause that leaves out what an owner or admin declined, until
    ``since`` (the policy's change, or the record's own) is later."""
    return (f" AND NOT EXISTS (SELECT 1 FROM retention_declined d WHERE d.policy = :policy AND d.kind = '{kind}'"
            f" AND d.target = {column} AND d.declined_at >= {since})")


# A declined contact is proposed again once it, its consents or its interactions change.
_CONTACT_CHANGED = ("max(:policy_changed, coalesce(c.updated_at, ''), coalesce(c.last_interaction_at, ''),"
                    " coalesce((SELECT max(s.at) FROM consent_state s WHERE s.contact = c.rowid), ''))")


def _contacts(session: Session, policy: Policy, where: str, params: dict, reason: str) -> list[Item]:
    rows = session.conn.execute(
        "SELECT c.rowid, c.display_name FROM contacts c WHERE " + KEPT_OUT + " AND " + where
        + _only(params, "c.rowid") + _declined("contact", "c.rowid", _CONTACT_CHANGED) + " ORDER BY c.rowid",
        params)
    return [Item(policy.key, "contact", rowid, name, policy.action, reason, policy.mode) for rowid, name in rows]


def _no_basis() -> str:
    return f"NOT EXISTS (SELECT 1 FROM consent_state s WHERE s.contact = c.rowid AND {ACTIVE})"


def _select(session: Session, policy: Policy, as_of: datetime, only: dict[str, list[int]] | None = None) -> list[Item]:
    """What ``policy`` selects at ``as_of``; with ``only`` (kind → ids), only among those records."""
    now = iso(as_of)
    cutoff = _cutoff(as_of, policy.period, policy.unit)
    kind = {"old_interactions": "interaction", "closed_requests": "request"}.get(policy.key, "contact")
    lang = active()  # reasons are made each time proposals are shown, in the language of the moment
    day = lang.date(date.fromisoformat(cutoff[:10]), "medium")
    params = {"now": now, "cutoff": cutoff, "only": None if only is None else json.dumps(only.get(kind, [])),
              "policy": policy.key, "policy_changed": policy.changed_at}
    if policy.key == "inactive_without_basis":
        return _contacts(session, policy, _no_basis() + " AND c.last_interaction_at < :cutoff"
                         " AND c.created_at < :cutoff", params,
                         tr("no lawful basis and nothing logged since before {day}").format(day=day))
    if policy.key == "withdrawn_consent":
        return _contacts(session, policy, _no_basis() + " AND EXISTS (SELECT 1 FROM consent_state s WHERE"
                         " s.contact = c.rowid AND s.action = 'withdrawn') AND NOT EXISTS (SELECT 1 FROM"
                         " consent_state s WHERE s.contact = c.rowid AND (s.action IN ('recorded', 'ended')"
                         " OR s.at > :cutoff))", params,
                         tr("only withdrawn or refused consents, the last before {day}").format(day=day))
    if policy.key == "purpose_periods":
        # Each ended purpose keeps the data for its own period after it ended; the latest such
        # deadline (plus the grace days) must have passed.
        # Purposes without a period of their own (consent "until withdrawn") are left to the
        # withdrawn-consent policy.
        return _contacts(session, policy, _no_basis() + " AND EXISTS (SELECT 1 FROM consent_state s"
                         " WHERE s.contact = c.rowid) AND NOT EXISTS (SELECT 1 FROM consent_state s JOIN purposes p"
                         " ON p.id = s.purpose WHERE s.contact = c.rowid AND p.retention_days IS NULL)"
                         " AND (SELECT max(julianday(s.at) + p.retention_days)"
                         " FROM consent_state s JOIN purposes p ON p.id = s.purpose WHERE s.contact = c.rowid)"
                         " <= julianday(:cutoff)", params, tr("every purpose ended and its retention period has passed"))
    if policy.key == "old_interactions":
        rows = session.conn.execute(
            "SELECT i.rowid, i.occurred_at, i.kind, c.display_name, c.rowid FROM interactions i JOIN contacts c"
            " ON c.rowid = i.contact WHERE " + KEPT_OUT + " AND i.occurred_at < :cutoff" + _only(params, "i.rowid")
            + _declined("interaction", "i.rowid") + " ORDER BY i.rowid", params)
        older = tr("older than {period}").format(period=lang.duration(policy.period, policy.unit))
        pattern, days = tr("{name}: {kind} of {day}"), {}  # a day written once, however many it has

        def written(at: str) -> str:
            if at[:10] not in days:
                days[at[:10]] = lang.date(date.fromisoformat(at[:10]), "medium")
            return days[at[:10]]
        return [Item(policy.key, "interaction", rowid, pattern.format(
                    name=name, kind=lang.pgettext("kind of interaction", KIND_WORDS.get(kind, kind)), day=written(at)),
                     policy.action, older, policy.mode, owner)
                for rowid, at, kind, name, owner in rows]
    if policy.key == "closed_requests":
        rows = session.conn.execute(
            "SELECT r.id, r.reference FROM requests r LEFT JOIN contacts c ON c.rowid = r.contact"
            " WHERE r.status IN ('fulfilled', 'refused') AND r.closed_at < :cutoff AND (c.rowid IS NULL OR "
            + KEPT_OUT + ")"
            " AND " + subject_requests.TEXT_LEFT
            + _only(params, "r.id") + _declined("request", "r.id") + " ORDER BY r.id", params)
        return [Item(policy.key, "request", rid, ref, policy.action, tr("closed before {day}").format(day=day),
                     policy.mode)
                for rid, ref in rows]
    raise AssertionError(policy.key)


def plan(session: Session, as_of: datetime | None = None, *, only: dict[str, list[int]] | None = None) -> list[Item]:
    """Everything the enabled policies would change at ``as_of`` (default:
    now), with the reason; changes nothing. A contact is listed once, under
    the first policy that takes it. ``only`` (kind → ids) keeps the plan to
    those records. Needs ERASE."""
    session.require(Permission.ERASE)
    as_of = as_of or session.clock.now()
    items, seen = [], set()
    for policy in list_policies(session):
        if not policy.enabled:
            continue
        for item in _select(session, policy, as_of, only):
            if item.kind == "contact":
                if item.target in seen:
                    continue
                seen.add(item.target)
            items.append(item)
    # Interactions of contacts that go anyway need no separate deletion.
    return [i for i in items if not (i.kind == "interaction" and i.contact in seen)]


# ---- applying -----------------------------------------------------------------------------------


def _subject_of(op: Operation, rowid: int | None) -> Subject | None:
    """The person an item is about, if they still exist and a sweep may
    remove them: a sweep removes (refused on legal hold) and is the shop's
    own processing (refused while restricted: a person often asks for
    restriction instead of erasure, or to keep the data for a legal claim)."""
    if rowid is None:
        return None
    try:
        subject = gate.load_subject(op.conn, rowid)
    except NotFound:
        return None
    return None if gate.refusal(subject, Effect.REMOVE) or gate.refusal(subject, Effect.PROCESS) else subject


def _apply(op: Operation, item: Item) -> bool:
    """Carry out one item in the operation; False if it was gone already or
    its person is now on legal hold or restricted."""
    conn = op.conn
    if item.kind == "contact":
        subject = _subject_of(op, item.target)
        if subject is None:
            return False
        if item.action == "anonymised":
            postal = conn.execute("SELECT postal_code FROM contact_addresses WHERE contact = ? ORDER BY position"
                                  " LIMIT 1", (item.target,)).fetchone()
            since = conn.execute("SELECT since FROM contacts WHERE rowid = ?", (item.target,)).fetchone()[0]
            conn.execute("INSERT INTO anonymous_records (postal_code, first_year, policy, created_at)"
                         " VALUES (?, ?, ?, ?)", (postal[0] if postal else "", int(since[:4]) if since else None,
                                                  item.policy, op.now))
        erasure.remove_person(op, subject, why=f"retention:{item.policy}", suppress=item.action == "erased")
        return True
    if item.kind == "interaction":
        owner = conn.execute("SELECT contact FROM interactions WHERE rowid = ?", (item.target,)).fetchone()
        if owner is None or _subject_of(op, owner[0]) is None:
            return False
        op.changed(INTERACTIONS)
        return conn.execute("DELETE FROM interactions WHERE rowid = ?", (item.target,)).rowcount > 0
    owner = conn.execute("SELECT contact FROM requests WHERE id = ?", (item.target,)).fetchone()
    if owner is None or (owner[0] is not None and _subject_of(op, owner[0]) is None):
        return False
    return subject_requests.clear_text(op, "id = ?", (item.target,)) > 0


def apply_items(session: Session, items: list[Item], *, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[dict[str, int], int]:
    """Apply ``items`` in batches, each its own audited transaction;
    (changed per policy, batches). Stops between batches when cancelled."""
    session.require(Permission.ERASE)
    applied: Counter = Counter()
    batches = 0
    for start in range(0, len(items), BATCH):
        if cancelled is not None and cancelled():
            break
        batch = items[start:start + BATCH]
        done: Counter = Counter()
        with session.operation(Permission.ERASE, "retention.applied") as op:
            for item in batch:
                if _apply(op, item):
                    done[item.policy] += 1
            op.detail["changed"] = dict(done)
            op.conn.execute("DELETE FROM retention_proposals WHERE (kind, target) IN (SELECT value ->> 0,"
                            " value ->> 1 FROM json_each(?))", (json.dumps([[i.kind, i.target] for i in batch]),))
            op.changed(RETENTION)
        applied.update(done)
        batches += 1
        if progress is not None:
            progress(min(start + BATCH, len(items)), len(items))
    if batches:
        database.checkpoint(session.conn)
    return dict(applied), batches


def run(session: Session, *, progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> RunResult:
    """A sweep now: applies what the 'apply' policies select, and keeps
    what the 'propose' ones select as proposals for review. Needs ERASE."""
    session.require(Permission.ERASE)
    started = iso(session.clock.now())
    items = plan(session)
    to_apply = [i for i in items if i.mode == "apply"]
    to_propose = [i for i in items if i.mode == "propose"]
    proposed = dict(Counter(i.policy for i in to_propose))
    with session.operation(Permission.ERASE, "retention.proposed", detail={"proposed": proposed}) as op:
        op.conn.execute("DELETE FROM retention_proposals")
        op.conn.executemany("INSERT INTO retention_proposals (policy, kind, target, label, action, reason,"
                            " planned_at) VALUES (?, ?, ?, '', ?, ?, ?)",
                            [(i.policy, i.kind, i.target, i.action, i.reason, started) for i in to_propose])
        op.changed(RETENTION)
    applied, batches = apply_items(session, to_apply, progress=progress, cancelled=cancelled)
    with session.operation(Permission.ERASE, "retention.run", detail={"applied": applied, "proposed": proposed}) as op:
        op.conn.execute("INSERT INTO retention_runs (started_at, finished_at, applied, proposed, run_by)"
                        " VALUES (?, ?, ?, ?, ?)", (started, op.now, json.dumps(applied), json.dumps(proposed),
                                                    op.user_id))
        op.changed(RETENTION)
    return RunResult(applied, proposed, batches)


def proposals(session: Session) -> list[Item]:
    """What the last sweep proposed that is still due: each proposal is
    checked against the policies again (a person who gave a new consent, a
    hold, a changed policy), and shows its record as it is now. Needs ERASE."""
    session.require(Permission.ERASE)
    waiting = {(r[0], r[1], r[2]) for r in session.conn.execute(
        "SELECT policy, kind, target FROM retention_proposals")}
    if not waiting:
        return []
    only: dict[str, list[int]] = {}
    for _, kind, target in waiting:
        only.setdefault(kind, []).append(target)
    return [i for i in plan(session, only=only) if (i.policy, i.kind, i.target) in waiting]


@dataclass(frozen=True)
class ProposalsResult:
    applied: dict[str, int]  # policy → records changed
    no_longer_due: int  # proposals the policies no longer select, dropped


def _keys(items: list[Item]) -> set[tuple[str, str, int]]:
    return {(i.policy, i.kind, i.target) for i in items}


def apply_proposals(session: Session, *, only: list[Item] | None = None, progress=None,
                    cancelled=None) -> ProposalsResult:
    """Carry out the waiting proposals (``only``: those of them) that are
    still due, an owner or admin having reviewed them; drop the chosen ones
    no longer due. Needs ERASE."""
    due = proposals(session)
    if only is not None:
        due = [i for i in due if (i.policy, i.kind, i.target) in _keys(only)]
    applied, _ = apply_items(session, due, progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        return ProposalsResult(applied, 0)
    left = session.conn.execute("SELECT policy, kind, target FROM retention_proposals").fetchall()
    stale = [row for row in left if only is None or tuple(row) in _keys(only)]
    if stale:
        with session.operation(Permission.ERASE, "retention.proposals_dropped", detail={"dropped": len(stale)}) as op:
            op.conn.executemany("DELETE FROM retention_proposals WHERE policy = ? AND kind = ? AND target = ?", stale)
            op.changed(RETENTION)
    return ProposalsResult(applied, len(stale))


def decline(session: Session, items: list[Item]) -> int:
    """Keep these proposed records: they are not proposed again until the
    record (a contact's data, consents or interactions) or the policy
    changes. How many were declined. Needs ERASE; audited with counts."""
    session.require(Permission.ERASE)
    waiting = _keys(proposals(session))
    chosen = [i for i in items if (i.policy, i.kind, i.target) in waiting]
    if not chosen:
        raise UsageError(tr("None of these is waiting for review any more; read the list again."))
    with session.operation(Permission.ERASE, "retention.declined",
                           detail={"declined": dict(Counter(i.policy for i in chosen))}) as op:
        op.conn.executemany(
            "INSERT OR REPLACE INTO retention_declined (policy, kind, target, declined_at, declined_by)"
            " VALUES (?, ?, ?, ?, ?)", [(i.policy, i.kind, i.target, op.now, op.user_id) for i in chosen])
        op.conn.executemany("DELETE FROM retention_proposals WHERE policy = ? AND kind = ? AND target = ?",
                            [(i.policy, i.kind, i.target) for i in chosen])
        op.changed(RETENTION)
    return len(chosen)


def counted(counts: dict[str, int], lang: Language | None = None) -> str:
    """Records per policy, as a sweep's summary says them: "Withdrawn consents: 5; Old interactions: 2"
    ('' for none)."""
    lang = lang or active()
    return "; ".join(lang.gettext(N_("{policy}: {n}")).format(
        policy=lang.gettext(SPECS[key].title) if key in SPECS else key, n=lang.number(n))
        for key, n in counts.items())


def last_runs(session: Session, limit: int = 10) -> list[tuple[str, str, dict, dict]]:
    session.require(Permission.READ)
    return [(r[0], r[1], json.loads(r[2]), json.loads(r[3])) for r in session.conn.execute(
        "SELECT started_at, finished_at, applied, proposed FROM retention_runs ORDER BY id DESC LIMIT ?", (limit,))]
