"""Retention policies: each selects exactly what it should at its boundary dates,
legal hold is honoured, anonymising keeps only statistics, sweeps are
idempotent and survive being stopped, proposals wait for review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.core import language, vault
from crmdesk.core.errors import PermissionDenied
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction
from crmdesk.core.privacy import consent, erasure, requests, restriction, retention
from tests.conftest import OWNER, PASSPHRASES, STAFF
from tests.support import TEST_PYTHONPATH

T0 = datetime(2024, 1, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(open_clocked):
    """An owner session on a clock the test moves, starting in an empty-ish vault."""
    session, clock = open_clocked(OWNER, T0)
    for row in contacts.list_contacts(session, limit=500).rows:  # the template's contact
        restriction.set_hold(session, row.id, True)
    return session, clock


def add(session, name: str, **kw) -> str:
    return contacts.add_contact(session, ContactInput(given_name=name, **kw)).id


def keys(items, kind="contact"):
    return sorted(i.label for i in items if i.kind == kind)


def test_inactive_without_basis_at_its_boundary(world):
    session, clock = world
    add(session, "Quiet")
    with_basis = add(session, "Customer")
    consent.record(session, with_basis, "order-fulfilment", "recorded")
    active = add(session, "Active")
    clock.advance(days=300)
    add_interaction(session, active, kind="visit", summary="came in")
    policy = retention.get_policy(session, "inactive_without_basis")
    assert policy.period == 24 and policy.mode == "propose"
    two_years = T0 + timedelta(days=731)  # 24 months after T0 (2024 is a leap year)
    assert keys(retention.plan(session, two_years - timedelta(days=1))) == []
    assert keys(retention.plan(session, two_years + timedelta(days=1))) == ["Quiet"]
    later = T0 + timedelta(days=300 + 731 + 1)
    assert keys(retention.plan(session, later)) == ["Active", "Quiet"]


def test_withdrawn_consent_after_n_days_and_old_interactions_and_requests(world):
    session, clock = world
    left = add(session, "Left", emails=[Labelled("left@example.org")])
    consent.record(session, left, "newsletter-email", "granted")
    clock.advance(days=10)
    consent.record(session, left, "newsletter-email", "withdrawn")
    withdrawn_at = clock.now()
    kept = add(session, "Kept")
    consent.record(session, kept, "order-fulfilment", "recorded")
    add_interaction(session, kept, kind="call", summary="old call", occurred_at=T0 - timedelta(days=3 * 366))
    add_interaction(session, kept, kind="call", summary="new call", occurred_at=T0)
    ask = requests.open_request(session, kept, "access", notes="asked at the till")
    requests.verify(session, ask.reference, "ID card")
    requests.close(session, ask.reference, "fulfilled")
    at = withdrawn_at + timedelta(days=30)
    assert "Left" not in keys(retention.plan(session, at - timedelta(seconds=1)))
    assert "Left" in keys(retention.plan(session, at))
    items = retention.plan(session, T0 + timedelta(days=10))
    assert [i.label.split(": ")[1] for i in items if i.kind == "interaction"] == [
        f"call of {language.ENGLISH.date((T0 - timedelta(days=3 * 366)).date(), 'medium')}"]
    assert not [i for i in items if i.kind == "request"]
    three_years = T0 + timedelta(days=3 * 366 + 20)
    assert [i.label for i in retention.plan(session, three_years) if i.kind == "request"] == [ask.reference]


def test_legal_hold_blocks_every_action(world):
    session, _ = world
    held = add(session, "Held")
    add_interaction(session, held, kind="note", summary="ancient", occurred_at=T0 - timedelta(days=4000))
    restriction.set_hold(session, held, True)
    far = T0 + timedelta(days=5000)
    assert not [i for i in retention.plan(session, far) if "Held" in i.label]


def test_anonymise_keeps_only_postal_code_and_year(world, vault_path):
    session, clock = world
    person = add(session, "Anonymous", family_name="Qzwxecr", emails=[Labelled("qzwxecr@example.org")],
                 addresses=[Address(street="Qzwxecr Weg 1", postal_code="10115", city="Berlin")])
    retention.set_policy(session, "inactive_without_basis", action="anonymised", mode="apply")
    clock.advance(days=800)
    result = retention.run(session)
    assert result.applied == {"inactive_without_basis": 1}
    assert session.conn.execute("SELECT postal_code, first_year FROM anonymous_records").fetchall() == [("10115", 2024)]
    assert person in [t.contact_id for t in erasure.tombstones(session)]
    from tests.core.test_erasure import decrypted_pages

    key = bytes(session.master_key())
    for page in decrypted_pages(vault_path / "vault.db", key):
        assert b"Qzwxecr" not in page and b"qzwxecr" not in page


def test_propose_only_changes_nothing_until_applied(world):
    session, clock = world
    add(session, "Proposed")
    clock.advance(days=800)
    result = retention.run(session)
    assert result.applied == {} and result.proposed == {"inactive_without_basis": 1}
    assert [p.label for p in retention.proposals(session)] == ["Proposed"]
    assert "Proposed" in [r.display_name for r in contacts.list_contacts(session, limit=500).rows]
    assert retention.apply_proposals(session) == retention.ProposalsResult({"inactive_without_basis": 1}, 0)
    assert "Proposed" not in [r.display_name for r in contacts.list_contacts(session, limit=500).rows]
    assert retention.proposals(session) == []


def test_a_sweep_stopped_half_way_finishes_on_the_next_run(world, monkeypatch):
    session, clock = world
    for n in range(7):
        add(session, f"Gone{n}")
    retention.set_policy(session, "inactive_without_basis", mode="apply", action="erased")
    clock.advance(days=800)
    monkeypatch.setattr(retention, "BATCH", 3)
    calls = []
    first = retention.run(session, cancelled=lambda: len(calls) >= 1, progress=lambda d, t: calls.append(d))
    assert first.applied == {"inactive_without_basis": 3} and first.batches == 1
    second = retention.run(session)
    assert second.applied == {"inactive_without_basis": 4}
    assert retention.run(session).applied == {}  # nothing left: idempotent
    names = [r.display_name for r in contacts.list_contacts(session, limit=500).rows]
    assert not [n for n in names if n.startswith("Gone")]
    assert len(erasure.tombstones(session)) == 7


def test_staff_may_not_plan_or_run(open_as):
    staff = open_as(STAFF)
    with pytest.raises(PermissionDenied):
        retention.plan(staff)
    with pytest.raises(PermissionDenied):
        retention.run(staff)
    with pytest.raises(PermissionDenied):
        retention.set_policy(staff, "old_interactions", period=5)


def test_a_purposes_own_period_runs_from_when_it_ended(world):
    session, clock = world
    retention.set_policy(session, "inactive_without_basis", enabled=False)  # only this policy here
    buyer = add(session, "Buyer")
    consent.record(session, buyer, "order-fulfilment", "recorded")
    clock.advance(days=5)
    consent.record(session, buyer, "order-fulfilment", "ended")
    ended = clock.now()
    assert retention.get_policy(session, "purpose_periods").mode == "propose"
    deadline = ended + timedelta(days=730)  # "Orders and deliveries" keeps data two years
    assert "Buyer" not in keys(retention.plan(session, deadline - timedelta(days=1)))
    assert [i.policy for i in retention.plan(session, deadline) if i.label == "Buyer"] == ["purpose_periods"]


def test_a_sweep_killed_half_way_ends_like_an_uninterrupted_one(world, vault_path, tmp_path):
    import os
    import shutil
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    session, clock = world
    for n in range(40):
        add(session, f"Old{n}")
    retention.set_policy(session, "inactive_without_basis", mode="apply", action="erased")
    when = (clock.now() + timedelta(days=800)).isoformat()
    session.close()
    twin = tmp_path / "twin.crmvault"
    shutil.copytree(vault_path, twin)
    env = dict(os.environ, PYTHONPATH=TEST_PYTHONPATH)

    def sweep(path, kill_after: int | None):
        child = subprocess.Popen([sys.executable, "-m", "tests.support.sweep_child", str(path), OWNER,
                                  PASSPHRASES[OWNER], str(tmp_path / "f.json"), when],
                                 stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        batches = 0
        for line in child.stdout:
            batches += line.startswith("batch")
            if kill_after is not None and batches >= kill_after:
                child.send_signal(signal.SIGKILL)
                break
        child.wait(timeout=60)
        return child.returncode

    assert sweep(vault_path, kill_after=3) == -signal.SIGKILL
    assert sweep(vault_path, kill_after=None) == 0  # the next run finishes the rest
    assert sweep(twin, kill_after=None) == 0  # one uninterrupted run

    def state(path):
        with vault.unlock(path, OWNER, PASSPHRASES[OWNER]) as opened:
            assert opened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return (sorted(r[0] for r in opened.conn.execute("SELECT id FROM contacts")),
                    sorted(r[0] for r in opened.conn.execute("SELECT contact_uuid FROM tombstones")),
                    opened.conn.execute("SELECT count(*) FROM suppressions").fetchone()[0])

    killed, whole = state(vault_path), state(twin)
    assert killed == whole and len(killed[1]) == 40
