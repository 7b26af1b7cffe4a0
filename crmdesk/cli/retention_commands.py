"""Handlers for ``retention …``: policies, the plan, and sweeps (for cron and Task Scheduler)."""

from __future__ import annotations

from crmdesk.cli.common import emit, open_session, parse_noon, table
from crmdesk.core.errors import UsageError
from crmdesk.core.language import N_, tr
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
    emit(args, tr("{changed.key}: {changed2} Mode: {changed.mode}.").format(changed=changed,
                                                                            changed2=changed.explained()), _policy_json(changed))
    return 0


def _item_json(item: retention.Item) -> dict:
    return {"policy": item.policy, "kind": item.kind, "label": item.label, "action": item.action,
            "reason": item.reason, "mode": item.mode}


def _items(args, items: list[retention.Item], heading: str, nothing: str) -> int:
    if not items:
        emit(args, nothing, [])
        return 0
    rows = [(i.policy, i.kind, i.label, i.action, "yes" if i.mode == "apply" else "proposed", i.reason) for i in items]
    emit(args, f"{heading}, {len(items)} {'record is' if len(items) == 1 else 'records are'} due:\n"
               + table((N_("POLICY"), N_("KIND"), N_("RECORD"), N_("ACTION"), N_("AUTOMATIC"), N_("WHY")), rows),
         [_item_json(i) for i in items])
    return 0


def plan(args) -> int:
    with open_session(args) as session:
        items = retention.plan(session, args.as_of)
    when = args.as_of.date().isoformat() if args.as_of else "now"
    return _items(args, items, f"As of {when}", f"Nothing is due for removal ({when}).")


def list_proposals(args) -> int:
    with open_session(args) as session:
        items = retention.proposals(session)
    return _items(args, items, "Proposed by the last sweep and still due",
                  "Nothing is waiting for review; 'crmdesk retention run' sweeps now.")


def _summary(applied: dict, proposed: dict, no_longer_due: int = 0) -> str:
    done = ", ".join(f"{n} by {k}" for k, n in applied.items()) or "nothing"
    waiting = ", ".join(f"{n} by {k}" for k, n in proposed.items())
    text = f"Applied: {done}."
    if waiting:
        text += (f" Proposed for review: {waiting} ('crmdesk retention proposals' lists them; "
                 "'crmdesk retention apply-proposals' carries them out).")
    if no_longer_due:
        text += (f" {no_longer_due} proposed before {'is' if no_longer_due == 1 else 'are'} no longer due "
                 "(a new consent or basis, a hold, a changed policy) and were left alone.")
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
