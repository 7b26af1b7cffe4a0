"""Handlers for ``retention …``: policies, the plan, and sweeps (for cron and Task Scheduler)."""

from __future__ import annotations

from crmdesk.cli.common import emit, open_session, parse_noon, table
from crmdesk.core.errors import UsageError
from crmdesk.core.language import N_, NP_, active, tr, trn
from crmdesk.core.privacy import retention


def add_parsers(command, group) -> None:
    keep = group("retention", "retention policies: what is erased, anonymised or deleted, and when")
    policies = keep.add_parser("policy", help=tr("list or change the "
                                                 "policies"), description=tr("list or change the policies"))
    policies.set_defaults(handler=_needs_command)
    policy_sub = policies.add_subparsers(title=tr("commands"), metavar="COMMAND")
    command(policy_sub, "list", policy_list, "the policies, each explained in plain words")
    p = command(policy_sub, "set", policy_set, "change a policy (owner and admin)")
    p.add_argument("key", choices=list(retention.SPECS))
    p.add_argument("--period", type=int, metavar="N", help=tr("in the policy's unit (days, months or years)"))
    p.add_argument("--action", help=tr("erased, anonymised, deleted or redacted, as the policy allows"))
    p.add_argument("--mode", choices=list(retention.MODES),
                   help=tr("apply: each sweep carries it out; propose: an owner or admin reviews it first"))
    p.add_argument("--enabled", choices=["on", "off"])
    p = command(keep, "plan", plan, "what a sweep would change, and why; changes nothing")
    p.add_argument("--as-of", type=parse_noon, metavar="DATE", help=tr("plan for a future date (default: now)"))
    command(keep, "run", run, "sweep now: apply the 'apply' policies, keep the others as proposals")
    command(keep, "proposals", list_proposals, "what the last sweep proposed and is still due, for review")
    command(keep, "apply-proposals", apply_proposals, "carry out what the last sweep proposed (after review)")


def _needs_command(args) -> int:
    raise UsageError(tr("'crmdesk retention policy' needs a command: list or set."))


def _policy_json(policy: retention.Policy) -> dict:
    return {"key": policy.key, "title": policy.title, "period": policy.period, "unit": policy.unit,
            "action": policy.action, "mode": policy.mode, "enabled": policy.enabled,
            "explanation": policy.explained()}


def policy_list(args) -> int:
    with open_session(args) as session:
        found = retention.list_policies(session)
    rows = [(p.key, f"{p.period} {p.unit}", p.action, p.mode, "on" if p.enabled else "off") for p in found]
    human = table((N_("POLICY"), N_("AFTER"), N_("ACTION"), N_("MODE"), N_("ON")), rows)
    human += "\n\n" + "\n".join(f"{p.key}: {p.explained()}" for p in found)
    emit(args, human, [_policy_json(p) for p in found])
    return 0


def policy_set(args) -> int:
    with open_session(args) as session:
        changed = retention.set_policy(session, args.key, period=args.period, action=args.action, mode=args.mode,
                                       enabled=None if args.enabled is None else args.enabled == "on")
    mode = tr("each sweep applies it") if changed.mode == "apply" else tr("each sweep proposes it for review")
    emit(args, tr("{key}: {explained} Mode: {mode}.").format(key=changed.key, explained=changed.explained(active()),
                                                             mode=mode), _policy_json(changed))
    return 0


def _item_json(item: retention.Item) -> dict:
    return {"policy": item.policy, "kind": item.kind, "label": item.label, "action": item.action,
            "reason": item.reason, "mode": item.mode}


# What a retention item is, as the plan's table says it.
RECORD_KINDS = {"contact": NP_("kind of record", "contact"), "interaction": NP_("kind of record", "interaction"),
                "request": NP_("kind of record", "request")}


def _items(args, items: list[retention.Item], heading: str, nothing: str) -> int:
    if not items:
        emit(args, nothing, [])
        return 0
    lang = active()
    rows = [(i.policy, lang.pgettext("kind of record", RECORD_KINDS.get(i.kind, i.kind)), i.label,
             lang.pgettext("what a retention rule does", i.action),
             tr("yes") if i.mode == "apply" else tr("proposed"), i.reason) for i in items]
    emit(args, heading + " " + trn("{n} record is due:", "{n} records are due:", len(items)) + "\n"
               + table((N_("POLICY"), N_("KIND"), N_("RECORD"), N_("ACTION"), N_("AUTOMATIC"), N_("WHY")), rows),
         [_item_json(i) for i in items])
    return 0


def plan(args) -> int:
    with open_session(args) as session:
        items = retention.plan(session, args.as_of)
    if args.as_of:
        day = active().date(args.as_of.date())
        return _items(args, items, tr("As of {day}:").format(day=day),
                      tr("Nothing is due for removal as of {day}.").format(day=day))
    return _items(args, items, tr("Now:"), tr("Nothing is due for removal now."))


def list_proposals(args) -> int:
    with open_session(args) as session:
        items = retention.proposals(session)
    return _items(args, items, tr("Proposed by the last sweep and still due:"),
                  tr("Nothing is waiting for review; '{command}' sweeps now.").format(command="crmdesk retention run"))


def _summary(applied: dict, proposed: dict, no_longer_due: int = 0) -> str:
    """What a sweep did, per policy, as whole sentences in the terminal's language."""
    text = (tr("Applied: {counts}.").format(counts=retention.counted(applied)) if applied
            else tr("Nothing was applied."))
    if proposed:
        text += " " + tr("Proposed for review: {counts} ('{list}' lists them; '{apply}' carries them out).").format(
            counts=retention.counted(proposed), list="crmdesk retention proposals",
            apply="crmdesk retention apply-proposals")
    if no_longer_due:
        text += " " + trn("{n} record proposed before is no longer due (a new consent or basis, a hold, a changed "
                          "policy) and was left alone.",
                          "{n} records proposed before are no longer due (a new consent or basis, a hold, a changed "
                          "policy) and were left alone.", no_longer_due)
    return text


def run(args) -> int:
    with open_session(args) as session:
        result = retention.run(session)
    emit(args, _summary(result.applied, result.proposed), {"applied": result.applied, "proposed": result.proposed})
    return 0


def apply_proposals(args) -> int:
    with open_session(args) as session:
        result = retention.apply_proposals(session)
    emit(args, _summary(result.applied, {}, result.no_longer_due),
         {"applied": result.applied, "no_longer_due": result.no_longer_due})
    return 0
