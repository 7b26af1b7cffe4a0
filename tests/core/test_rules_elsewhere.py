"""The rules that protect a person, on the paths around the obvious ones:
proposals reviewed later, merges, copies made by an import, restores over
another vault, edits of a held contact, demo data. Each test is a way a
hostile user got round a rule once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crmdesk.core import configuration, vault
from crmdesk.core.backups import archive, backup, restore
from crmdesk.core.errors import UsageError
from crmdesk.core.imports import demo, importing
from crmdesk.core.people import contacts, duplicates
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import consent, erasure, restriction, retention
from crmdesk.core.vault.session import VaultPaths
from tests.conftest import CHEAP_KDF, OWNER, PASSPHRASES
from tests.core.test_gate import _fingerprint
from tests.support.raw import raw_connection

T0 = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
SIGNED = consent.Capture(evidence=[consent.EvidenceInput("signature", b"\x89PNG signature", "image/png")])


def add(session, given: str, family: str = "Person", **kw) -> str:
    return contacts.add_contact(session, ContactInput(given_name=given, family_name=family, **kw)).id


def states(session, contact_id: str) -> dict[str, str]:
    return {s.purpose.key: s.state for s in consent.current_states(session, contact_id)}


def test_a_proposal_is_checked_again_when_applied(open_clocked):
    session, clock = open_clocked(OWNER, T0)
    for row in contacts.list_contacts(session, limit=500).rows:  # the template's contact stays out of it
        restriction.set_hold(session, row.id, True)
    back = add(session, "Wanda", "Oldname")
    gone = add(session, "Gone")
    kept = add(session, "Kept")
    for person in (back, gone, kept):
        consent.record(session, person, "newsletter-email", "granted")
        consent.record(session, person, "newsletter-email", "withdrawn")
    clock.advance(days=60)
    assert retention.run(session).proposed == {"withdrawn_consent": 3}
    # Before the review, Wanda signs up again, Kept asks for restriction instead of erasure, and the
    # third has the name corrected.
    consent.record(session, back, "newsletter-email", "granted", SIGNED)
    restriction.set_restricted(session, kept, True)
    contacts.update_contact(session, gone, ContactInput(given_name="Gone", family_name="Newname"))
    assert [p.label for p in retention.proposals(session)] == ["Gone Newname"]
    assert session.conn.execute("SELECT count(*) FROM retention_proposals WHERE label != ''").fetchone()[0] == 0
    result = retention.apply_proposals(session)
    assert result == retention.ProposalsResult({"withdrawn_consent": 1}, 2)
    assert contacts.get_contact(session, back).given_name == "Wanda"
    assert contacts.get_contact(session, kept).given_name == "Kept"
    assert retention.proposals(session) == []


def test_a_merge_does_not_override_a_withdrawal_without_evidence(open_as):
    owner = open_as(OWNER)
    first = add(owner, "Wanda", emails=[Labelled("wanda@example.de")])
    consent.record(owner, first, "newsletter-email", "granted", SIGNED)
    consent.record(owner, first, "newsletter-email", "withdrawn")
    second = add(owner, "Wanda", emails=[Labelled("wanda.w@example.de")])
    consent.record(owner, second, "newsletter-email", "granted")  # no history here, so no evidence asked
    before = _fingerprint(owner)
    for keep, other in ((first, second), (second, first)):
        with pytest.raises(UsageError, match="withdrew, refused or ended 'Newsletter") as refused:
            duplicates.merge(owner, keep, other)
        assert "Wanda" not in refused.value.message
    assert _fingerprint(owner) == before
    # A grant that carries its own evidence is a new decision: the merge takes it.
    consent.record(owner, second, "newsletter-email", "granted", SIGNED)
    kept = duplicates.merge(owner, first, second)
    assert states(owner, kept.id)["newsletter-email"] == "granted"
    # Withdrawn after the other's grant: the withdrawal stands, and the merge may go ahead.
    third = add(owner, "Vera", emails=[Labelled("vera@example.de")])
    fourth = add(owner, "Vera", emails=[Labelled("vera.v@example.de")])
    consent.record(owner, fourth, "newsletter-email", "granted")
    consent.record(owner, third, "newsletter-email", "granted", SIGNED)
    consent.record(owner, third, "newsletter-email", "withdrawn")
    assert states(owner, duplicates.merge(owner, fourth, third).id)["newsletter-email"] == "withdrawn"


def test_an_objection_stays_unless_a_note_says_why_the_basis_applies_again(open_as):
    owner = open_as(OWNER)
    person = add(owner, "Otto", emails=[Labelled("otto@example.de")])
    consent.record(owner, person, "customer-care", "recorded")
    assert "customer-care" in restriction.object_to_processing(owner, person)
    with pytest.raises(UsageError, match="ended before") as refused:
        consent.record(owner, person, "customer-care", "recorded")
    assert refused.value.hint == "basis-note"
    consent.record(owner, person, "customer-care", "recorded", consent.Capture(note="new service contract 2026-7"))
    assert states(owner, person)["customer-care"] == "recorded"
    # A copy of him made by an import does not bring the basis back, nor does a merge with it.
    restriction.object_to_processing(owner, person)
    copy = [(2, ContactInput(given_name="Otto", family_name="Person", emails=[Labelled("otto@example.de")]))]
    summary = importing.import_contacts(owner, copy, duplicates="new", purpose="customer-care")
    assert summary.added == 1 and summary.basis_kept_ended == 1 and summary.possible_duplicates == 1
    (pair,) = duplicates.list_possible(owner)
    assert pair.earlier_id == person and states(owner, pair.added_id)["customer-care"] == "none"
    # While the pair waits for review, what he stopped counts for the copy too.
    with pytest.raises(UsageError, match="ended before"):
        consent.record(owner, pair.added_id, "customer-care", "recorded")
    with pytest.raises(UsageError, match="withdrew or refused"):
        consent.record(owner, pair.added_id, "newsletter-email", "granted")
    consent.record(owner, pair.added_id, "customer-care", "recorded", consent.Capture(note="new contract"))
    # Added by hand with his address, another copy is listed for review as well.
    again = add(owner, "Otto", emails=[Labelled("OTTO@example.de")])
    assert {(p.added_id, p.earlier_id) for p in duplicates.list_possible(owner)} >= {(again, person)}


def test_an_import_copies_no_restricted_person_and_lists_every_copy(open_as):
    owner = open_as(OWNER)
    configuration.change_setting(owner, "phone_region", "DE")
    kept = add(owner, "Bea", "Berg", emails=[Labelled("bea@example.de")], phones=[Labelled("030 5550123")])
    restriction.set_restricted(owner, kept, True)
    other = add(owner, "Carl", "Clay", emails=[Labelled("carl@example.de")])
    rows = [(2, ContactInput(given_name="B.", family_name="Berg", emails=[Labelled("BEA@example.de")])),
            (3, ContactInput(given_name="Bea", family_name="Berg", phones=[Labelled("+49 30 5550123")])),
            (4, ContactInput(given_name="Carl", family_name="Clay", emails=[Labelled("carl@example.de")]))]
    summary = importing.import_contacts(owner, rows, duplicates="new")
    outcomes = {o.line: (o.action, o.reason) for o in summary.outcomes}
    assert outcomes[2][0] == outcomes[3][0] == "skipped" and "restricted" in outcomes[2][1]
    assert outcomes[4] == ("added", "same e-mail as a contact in the vault")
    (pair,) = duplicates.list_possible(owner)
    assert pair.earlier_id == other and pair.reason == "same e-mail as a contact in the vault"


def test_an_erased_persons_address_stays_out_on_every_path(open_as):
    owner = open_as(OWNER)
    configuration.change_setting(owner, "phone_region", "DE")
    eva = add(owner, "Eva", "Erased", emails=[Labelled("eva@erased.de")], phones=[Labelled("+49 30 5550010")])
    family = add(owner, "E.", "Erased", phones=[Labelled("+49 30 5550010")])
    other = add(owner, "Fred", "Free")
    erasure.erase(owner, eva)
    row = [(2, ContactInput(given_name="Eva", family_name="Erased", emails=[Labelled("eva@erased.de")],
                            phones=[Labelled("+49 30 5550010")]))]
    summary = importing.import_contacts(owner, row)  # would merge into the family's record by phone
    assert summary.skipped == 1 and "asked to be erased" in summary.outcomes[0].reason
    assert contacts.get_contact(owner, family).emails == []
    data = contacts.get_contact(owner, other).as_input()
    data.emails = [Labelled("Eva@Erased.de")]
    with pytest.raises(UsageError, match="asked to be erased") as refused:
        contacts.update_contact(owner, other, data)
    assert refused.value.hint == "returning-person"
    contacts.update_contact(owner, other, data, returning=True)
    assert contacts.get_contact(owner, other).emails[0].value == "Eva@Erased.de"


def test_a_held_contact_keeps_its_values_but_can_grow(open_as):
    owner = open_as(OWNER)
    person = add(owner, "Hanna", "Held", emails=[Labelled("h@example.de")], tags=["Only hers"],
                 organisation="Held GmbH")
    restriction.set_hold(owner, person, True)
    full = contacts.get_contact(owner, person).as_input()
    for change in ({"emails": []}, {"tags": []}, {"organisation": ""}, {"family_name": "Other"},
                   {"emails": [Labelled("new@example.de")]}, {"since": date(2020, 1, 1)}):
        data = contacts.get_contact(owner, person).as_input()
        for field, value in change.items():
            setattr(data, field, value)
        with pytest.raises(UsageError, match="legal hold") as refused:
            contacts.update_contact(owner, person, data)
        assert refused.value.hint == "lift-hold"
    assert contacts.lost_fields(full, full) == []
    full.emails[0].label = "work"
    full.phones.append(Labelled("+49 30 5550999"))
    contacts.update_contact(owner, person, full)
    after = contacts.get_contact(owner, person)
    assert (after.emails[0].label, after.tags, after.organisation) == ("work", ["Only hers"], "Held GmbH")


def test_demo_data_twice_adds_other_people_and_never_an_erased_one(open_as):
    owner = open_as(OWNER)
    # A fixed secret: the digests are cut short on purpose, so under a random one a made-up person now and
    # then shares the erased one's digest (and is rightly held back); this test is about the numbering.
    raw_connection(owner).execute("UPDATE meta SET value = ? WHERE key = 'suppression_secret'", ("01" * 32,))
    assert demo.fill_demo(owner, 20) == 20
    first = contacts.list_contacts(owner, limit=500).rows
    erasure.erase(owner, first[0].id)
    assert demo.fill_demo(owner, 20) == 20
    emails = [e for (e,) in owner.conn.execute("SELECT address FROM contact_emails")]
    assert len(emails) == len(set(emails)) and first[0].email not in emails


def test_a_restore_over_another_vault_asks_first(open_as, vault_path, tmp_path):
    owner = open_as(OWNER)
    made = backup.create_backup(owner, tmp_path / "b")
    owner.close()
    other = vault.create_vault(tmp_path / "other.crmvault", owner_name=OWNER, passphrase=PASSPHRASES[OWNER],
                               kdf=CHEAP_KDF).paths
    before = other.db.read_bytes()
    finder = archive.passphrase_key(OWNER, PASSPHRASES[OWNER])
    with pytest.raises(UsageError, match="not the one this backup was made of") as refused:
        restore.restore_backup(made.path, other.folder, finder, force=True)
    assert refused.value.hint == "restore-confirm" and other.db.read_bytes() == before
    # Pointed at the vault it came from, the restore reads its erasures from there.
    result = restore.restore_backup(made.path, tmp_path / "new.crmvault", finder,
                                    erasures_from=VaultPaths.of(vault_path))
    assert result.warning == "" and result.safety_copy is None
    with pytest.raises(UsageError, match="not the one this backup was made of"):
        restore.restore_backup(made.path, tmp_path / "third.crmvault", finder, erasures_from=other)


def test_a_declined_proposal_waits_until_something_changes(open_clocked):
    session, clock = open_clocked(OWNER, T0)
    for row in contacts.list_contacts(session, limit=500).rows:
        restriction.set_hold(session, row.id, True)
    kept, gone, later = (add(session, name) for name in ("Kept", "Gone", "Later"))
    for person in (kept, gone, later):
        consent.record(session, person, "newsletter-email", "granted")
        consent.record(session, person, "newsletter-email", "withdrawn")
    clock.advance(days=60)
    retention.run(session)
    waiting = {p.label: p for p in retention.proposals(session)}
    assert set(waiting) == {"Kept Person", "Gone Person", "Later Person"}
    assert retention.decline(session, [waiting["Kept Person"]]) == 1
    result = retention.apply_proposals(session, only=[waiting["Gone Person"]])  # one by one
    assert result == retention.ProposalsResult({"withdrawn_consent": 1}, 0)
    assert [p.label for p in retention.proposals(session)] == ["Later Person"]
    retention.run(session)  # the next sweep leaves the declined one out
    assert [p.label for p in retention.proposals(session)] == ["Later Person"]
    with pytest.raises(UsageError, match="is waiting for review any more"):
        retention.decline(session, [waiting["Kept Person"]])
    clock.advance(days=1)
    contacts.update_contact(session, kept, ContactInput(given_name="Kept", family_name="Changed"))
    retention.run(session)  # the record changed: proposed again
    assert sorted(p.label for p in retention.proposals(session)) == ["Kept Changed", "Later Person"]
    assert contacts.get_contact(session, kept).family_name == "Changed"
