"""Merging a record two desks changed, and rebuilding consent from a ledger that arrives in any order."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.core.team.merge import Conflict, merge_record
from crmdesk.core.vault.gate import deciding

BASE = {"given_name": "Anna", "family_name": "Becker", "notes": "", "phones": [{"label": "mobile", "value": "1"}],
        "tags": ["newsletter"], "organisation": ""}


def test_fields_changed_on_one_side_each_are_all_kept():
    local = {**BASE, "notes": "prefers mornings", "tags": ["newsletter", "vip"]}
    server = {**BASE, "family_name": "Becker-Horváth", "phones": [{"label": "mobile", "value": "1"},
                                                                  {"label": "work", "value": "2"}]}
    merged, conflicts = merge_record(BASE, local, server)
    assert conflicts == []
    assert merged == {**BASE, "notes": "prefers mornings", "family_name": "Becker-Horváth", "tags": ["newsletter", "vip"],
                      "phones": [{"label": "mobile", "value": "1"}, {"label": "work", "value": "2"}]}


def test_a_field_both_changed_takes_the_servers_value_and_keeps_the_desks_for_review():
    merged, conflicts = merge_record(BASE, {**BASE, "organisation": "Bäckerei Sonne"},
                                     {**BASE, "organisation": "Café Mond"})
    assert merged["organisation"] == "Café Mond"
    assert conflicts == [Conflict("organisation", "Café Mond", "Bäckerei Sonne")]
    same, none = merge_record(BASE, {**BASE, "notes": "x"}, {**BASE, "notes": "x"})  # the same change
    assert same["notes"] == "x" and none == []


def test_list_entries_added_on_either_side_stay_and_removed_on_either_side_go():
    local = {**BASE, "tags": ["vip"]}  # removed newsletter, added vip
    server = {**BASE, "tags": ["newsletter", "wholesale"]}  # added wholesale
    assert merge_record(BASE, local, server)[0]["tags"] == ["wholesale", "vip"]
    assert merge_record(BASE, {**BASE, "tags": []}, {**BASE, "tags": []})[0]["tags"] == []


def test_a_new_record_merges_against_nothing():
    merged, conflicts = merge_record(None, {"notes": "a"}, {"notes": "b", "given_name": "Jan"})
    assert merged == {"notes": "b", "given_name": "Jan"} and conflicts == [Conflict("notes", "b", "a")]


values = st.one_of(st.none(), st.text(max_size=3), st.lists(st.sampled_from("abcd"), max_size=3, unique=True))
records = st.dictionaries(st.sampled_from(["notes", "tags", "organisation", "emails"]), values, max_size=4)


@given(records, records, records)
def test_every_desk_ends_with_the_same_record_and_nothing_typed_is_lost(base, local, server):
    merged, conflicts = merge_record(base, local, server)
    # the server's desks did not change anything of their own: merging their view again changes nothing
    again, more = merge_record(server, merged, merged)
    assert again == merged and more == []
    for name, value in local.items():
        if name in {"tags", "emails"} and all(isinstance(v, list | type(None))
                                               for v in (base.get(name), value, server.get(name))):
            continue  # list fields: entry by entry, tested above
        kept = [c.kept for c in conflicts if c.field == name]
        assert merged.get(name) == value or kept == [value] or value == base.get(name)


def _entry(n: int, action: str, at: str) -> tuple[str, str, str, bool, int]:
    return (f"e{n}", action, at, True, n)  # (uid, action, recorded at, evidenced, row), as gate.deciding takes them


def test_a_late_opt_in_from_an_offline_desk_cannot_undo_an_earlier_withdrawal_at_the_same_time():
    withdrawal = _entry(1, "withdrawn", "2026-11-30T10:00:00+00:00")
    opt_in = _entry(2, "granted", "2026-11-30T11:00:00+01:00")  # the same moment, written in another zone
    for arrival in itertools.permutations([withdrawal, opt_in]):
        assert deciding(arrival) == "e1"
    later = _entry(3, "granted", "2026-11-30T10:00:01+00:00")  # a new decision, a second later, counts
    assert deciding([later, withdrawal, opt_in]) == "e3"
    unevidenced = ("e4", "granted", "2026-11-30T10:00:02+00:00", False, 4)  # but not one with no evidence of it
    assert deciding([withdrawal, unevidenced]) == "e1"


@given(st.lists(st.tuples(st.sampled_from(["granted", "withdrawn", "refused"]), st.integers(0, 5)),
                min_size=1, max_size=8))
def test_the_state_is_the_same_whatever_order_the_entries_arrive_in(decisions):
    entries = [_entry(n, action, f"2026-11-30T10:00:0{second}+00:00") for n, (action, second) in enumerate(decisions)]
    states = {deciding(order) for order in itertools.islice(itertools.permutations(entries), 50)}
    assert len(states) == 1
    latest = max(second for _action, second in decisions)
    decides = states.pop()
    decided = next(e for e in entries if e[0] == decides)
    assert decided[2].endswith(f"0{latest}+00:00")
    if any(a != "granted" for a, s in decisions if s == latest):
        assert decided[1] != "granted"
