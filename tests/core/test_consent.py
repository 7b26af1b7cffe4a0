"""Purposes, versioned texts and the append-only consent ledger."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.core import configuration, vault
from crmdesk.core.errors import NotFound, PermissionDenied, UsageError
from crmdesk.core.imports import importing
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import consent, erasure, purposes, restriction
from crmdesk.core.vault import audit
from tests.conftest import ADMIN, CHEAP_KDF, OWNER, STAFF, VIEWER, vault_files
from tests.support.raw import raw_connection

START = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def clocked(open_clocked):
    """A staff session on a clock the test moves."""
    return open_clocked(STAFF, START)


def state(session, contact_id, key, when=None) -> str:
    return next(s.state for s in consent.state_at(session, contact_id, when) if s.purpose.key == key)


def test_defaults_are_seeded_with_texts_in_english_and_german(open_as):
    session = open_as(VIEWER)
    keys = {p.key: p for p in purposes.list_purposes(session)}
    assert {"newsletter-email", "order-fulfilment", "bookkeeping"} <= set(keys)
    assert keys["newsletter-email"].basis == "consent" and keys["bookkeeping"].basis == "legal_obligation"
    assert keys["order-fulfilment"].basis == "contract"
    assert "Newsletter" in purposes.current_text(session, "newsletter-email", "de").body
    assert purposes.current_text(session, "newsletter-email", "en").body.startswith("I would like")


def test_grant_withdraw_refuse_and_expiry_at_any_moment(clocked, open_as):
    session, clock = clocked
    purposes.update_purpose(open_as(OWNER), "newsletter-email", title="Newsletter by e-mail", description="",
                           retention_days=None, reconsent_months=6)
    anna = contacts.add_contact(session, ContactInput(given_name="Anna", family_name="Berg")).id
    assert state(session, anna, "newsletter-email") == "none"
    consent.record(session, anna, "newsletter-email", "granted")
    granted_at = clock.now()
    clock.advance(days=30)
    consent.record(session, anna, "newsletter-email", "withdrawn", consent.Capture(method="email"))
    withdrawn_at = clock.now()
    clock.advance(days=30)
    with pytest.raises(UsageError, match="withdrew or refused this consent before"):
        consent.record(session, anna, "newsletter-email", "granted", consent.Capture(method="phone"))
    consent.record(session, anna, "newsletter-email", "granted",
                   consent.Capture(method="phone", note="rang to be on the newsletter again"))
    regranted_at = clock.now()
    clock.advance(days=1)
    consent.record(session, anna, "photos-marketing", "refused")

    assert state(session, anna, "newsletter-email", granted_at - timedelta(seconds=1)) == "none"
    assert state(session, anna, "newsletter-email", granted_at) == "granted"
    assert state(session, anna, "newsletter-email", withdrawn_at - timedelta(days=1)) == "granted"
    assert state(session, anna, "newsletter-email", withdrawn_at) == "withdrawn"
    assert state(session, anna, "newsletter-email", regranted_at) == "granted"
    six_months = datetime(2026, 10, 30, 10, 0, tzinfo=UTC)  # regranted 30 April → expires 30 October
    assert state(session, anna, "newsletter-email", six_months - timedelta(seconds=1)) == "granted"
    assert state(session, anna, "newsletter-email", six_months) == "expired"
    assert state(session, anna, "photos-marketing") == "refused"
    # The kept latest decisions agree with the ledger, now and after expiry.
    assert consent.current_states(session, anna) == consent.state_at(session, anna)
    clock._now = six_months
    assert consent.current_states(session, anna) == consent.state_at(session, anna)
    assert state(session, anna, "newsletter-email") == "expired"
    assert anna in [r.id for r in consent.list_without_basis(session).rows]


def test_a_consent_given_on_31_january_for_one_month_ends_on_the_last_of_february(clocked, open_as):
    session, clock = clocked
    purposes.update_purpose(open_as(OWNER), "newsletter-email", title="Newsletter", description="",
                           retention_days=None, reconsent_months=1)
    clock._now = datetime(2027, 1, 31, 9, 0, tzinfo=UTC)
    anna = contacts.add_contact(session, ContactInput(given_name="Anna")).id
    entry = consent.record(session, anna, "newsletter-email", "granted")
    assert entry.expires_at == "2027-02-28T09:00:00+00:00"


def test_a_published_text_never_changes_and_new_versions_leave_old_entries_alone(open_as):
    owner, staff = open_as(OWNER), open_as(STAFF)
    anna = contacts.add_contact(staff, ContactInput(given_name="Anna")).id
    first = consent.record(staff, anna, "newsletter-email", "granted")
    old_text = purposes.get_text(staff, first.text_id)
    new = purposes.publish_text(owner, "newsletter-email", "New words: monthly news, unsubscribe any time.")
    assert new.version == old_text.version + 1 and new.sha256 == purposes.text_hash(new.body)
    again = purposes.get_text(staff, first.text_id)
    assert again == old_text and consent.history(staff, anna)[0].text_sha256 == old_text.sha256
    with pytest.raises(UsageError, match="already version"):
        purposes.publish_text(owner, "newsletter-email", new.body)
    for sql in ("UPDATE consent_texts SET body = 'changed'", "DELETE FROM consent_texts"):
        with pytest.raises(Exception, match="never"):
            raw_connection(owner).execute(sql)
    assert consent.record(staff, anna, "newsletter-email", "granted").text_id == new.id


def test_the_ledger_refuses_edits_and_deletes_except_for_erasure(open_as):
    owner = open_as(OWNER)
    anna = contacts.add_contact(owner, ContactInput(given_name="Anna")).id
    signature = consent.EvidenceInput("signature", b"\x89PNG\r\n\x1a\nfake", "image/png")
    consent.record(owner, anna, "newsletter-email", "granted", consent.Capture(evidence=[signature]))
    for sql in ("UPDATE consent_ledger SET action = 'refused'", "DELETE FROM consent_ledger",
                "UPDATE consent_evidence SET data = x'00'", "DELETE FROM consent_evidence"):
        with pytest.raises(Exception, match="append-only|only when|never changes"):
            raw_connection(owner).execute(sql)
    assert len(consent.history(owner, anna)) == 1
    erasure.erase(owner, anna)  # deleting the subject takes their entries with them
    counts = [owner.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("consent_ledger", "consent_evidence", "consent_state", "erasing_contacts")]
    assert counts == [0, 0, 0, 0]


def test_evidence_is_stored_in_the_vault_and_read_back(open_as):
    staff = open_as(STAFF)
    anna = contacts.add_contact(staff, ContactInput(given_name="Anna")).id
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    entry = consent.record(staff, anna, "photos-marketing", "granted", consent.Capture(
        method="paper_form", witness="Maria", evidence=[consent.EvidenceInput("scan", png, "image/png", "form.png")]))
    (evidence,) = entry.evidence
    assert (evidence.kind, evidence.file_name, evidence.size) == ("scan", "form.png", len(png))
    assert consent.evidence_data(staff, evidence.id) == (evidence, png)
    assert entry.witness == "Maria" and entry.captured_by == STAFF


def test_wrong_actions_methods_and_retired_purposes_are_refused(open_as):
    owner = open_as(OWNER)
    anna = contacts.add_contact(owner, ContactInput(given_name="Anna")).id
    with pytest.raises(UsageError, match="not consent"):
        consent.record(owner, anna, "order-fulfilment", "granted")
    with pytest.raises(UsageError, match="rests on consent"):
        consent.record(owner, anna, "newsletter-email", "recorded")
    with pytest.raises(UsageError, match="not a way"):
        consent.record(owner, anna, "newsletter-email", "granted", consent.Capture(method="telepathy"))
    consent.record(owner, anna, "newsletter-email", "granted")
    purposes.retire_purpose(owner, "newsletter-email")
    with pytest.raises(UsageError, match="retired"):
        consent.record(owner, anna, "newsletter-email", "granted")
    consent.record(owner, anna, "newsletter-email", "withdrawn")  # withdrawing always works
    assert state(owner, anna, "newsletter-email") == "withdrawn"
    assert len(consent.history(owner, anna)) == 2


def test_purposes_need_configure_and_consent_needs_staff(open_as):
    staff, viewer, admin = open_as(STAFF), open_as(VIEWER), open_as(ADMIN)
    with pytest.raises(PermissionDenied):
        purposes.add_purpose(staff, "loyalty", title="Loyalty card", basis="contract")
    with pytest.raises(PermissionDenied):
        purposes.publish_text(staff, "newsletter-email", "Other words.")
    anna = contacts.add_contact(staff, ContactInput(given_name="Anna")).id
    with pytest.raises(PermissionDenied):
        consent.record(viewer, anna, "newsletter-email", "granted")
    added = purposes.add_purpose(admin, "loyalty", title="Loyalty card", basis="contract", retention_days=365)
    assert added.basis == "contract" and added.active
    actions = [r[0] for r in admin.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert "purpose.added" in actions


def test_import_records_other_bases_never_consent(open_as):
    staff = open_as(STAFF)
    rows = [(2, ContactInput(given_name="Jörg", emails=[Labelled("j@example.de")])),
            (3, ContactInput(given_name="Zofia", emails=[Labelled("z@example.pl")]))]
    with pytest.raises(UsageError, match="one person at a time"):
        importing.import_contacts(staff, rows, source="fair 2026 sign-up sheet", purpose="newsletter-email")
    assert contacts.count_contacts(staff) == 1
    summary = importing.import_contacts(staff, rows, source="till receipts 2026", purpose="order-fulfilment")
    assert summary.added == 2 and summary.basis == "order-fulfilment"
    for given in ("Jörg", "Zofia"):
        (entry,) = consent.history(staff, contact_id(staff, given))
        assert (entry.action, entry.method, entry.note) == ("recorded", "imported", "till receipts 2026")
        assert entry.text_id is None and entry.expires_at is None
    importing.import_contacts(staff, rows[:1], purpose="customer-care")  # merges: basis added
    jorg = contact_id(staff, "Jörg")
    assert [e.action for e in consent.history(staff, jorg)] == ["recorded", "recorded"]
    assert {contact_id(staff, "Jörg"), contact_id(staff, "Zofia")}.isdisjoint(
        r.id for r in consent.list_without_basis(staff).rows)
    with pytest.raises(NotFound, match="no purpose"):
        importing.import_contacts(staff, rows, purpose="nonsense")


def test_an_import_keeps_an_ended_basis_ended(open_as):
    staff = open_as(STAFF)
    rows = [(2, ContactInput(given_name="Jörg", emails=[Labelled("j@example.de")]))]
    importing.import_contacts(staff, rows, purpose="customer-care")
    jorg = contact_id(staff, "Jörg")
    restriction.object_to_processing(staff, jorg)  # legitimate interests end
    summary = importing.import_contacts(staff, rows, purpose="customer-care")
    assert summary.merged == 1 and summary.basis_kept_ended == 1
    assert [e.action for e in consent.history(staff, jorg) if e.purpose_key == "customer-care"] == ["recorded", "ended"]


def contact_id(session, given: str) -> str:
    return next(r.id for r in contacts.list_contacts(session).rows if r.display_name.startswith(given))


def test_no_consent_text_or_evidence_is_readable_on_disk(open_as, vault_path):
    owner = open_as(OWNER)
    canary_text = "Canary consent text Qx7Zk9 for the file check."
    purposes.add_purpose(owner, "canary", title="Canary", basis="consent", text=canary_text)
    anna = contacts.add_contact(owner, ContactInput(given_name="Anna")).id
    consent.record(owner, anna, "canary", "granted", consent.Capture(
        note="Canary note Wq3Rt8", evidence=[consent.EvidenceInput("scan", b"Canary scan Pz5Lm2", "application/pdf")]))
    owner.close()
    for name, data in vault_files(vault_path).items():
        for canary in (b"Qx7Zk9", b"Wq3Rt8", b"Pz5Lm2"):
            assert canary not in data, name


@pytest.mark.parametrize(("days", "words"), [
    (3653, "10 years"), (1096, "3 years"), (730, "2 years"), (365, "1 year"), (183, "6 months"),
    (30, "1 month"), (14, "2 weeks"), (1, "1 day"), (90, "90 days"), (3650, "3,650 days"),
])
def test_retention_periods_read_as_people_say_them(days, words):
    from crmdesk.core.privacy.purposes import period_words

    assert period_words(days) == words


@pytest.mark.parametrize("country,kept", [("PL", "7 years"), ("ES", "7 years"), ("DE", "9 years"),
                                          ("IT", "11 years"), ("SE", "8 years"), ("PT", "11 years")])
def test_a_new_vault_keeps_bookkeeping_records_as_its_countrys_law_says(tmp_path, failures, country, kept):
    """The law's years, counted from the end of a year, and one more as crmdesk counts from a day."""
    made = vault.create_vault(tmp_path / "v", owner_name="o", passphrase="a passphrase 1", kdf=CHEAP_KDF,
                              phone_region=country)
    with vault.unlock(made.paths.folder, "o", "a passphrase 1", failures=failures) as s:
        assert purposes.get_purpose(s, "bookkeeping").kept_for == kept


def test_moving_the_shop_moves_the_bookkeeping_period_unless_the_shop_chose_its_own(open_as):
    owner = open_as(OWNER)
    configuration.change_setting(owner, "holiday_region", "DE")
    assert purposes.get_purpose(owner, "bookkeeping").kept_for == "9 years"
    assert configuration.change_settings_noting(owner, {"holiday_region": "DE-BY"})[1] == []  # the same country
    _, said = configuration.change_settings_noting(owner, {"holiday_region": "PL"})
    assert purposes.get_purpose(owner, "bookkeeping").kept_for == "7 years"
    assert any("Bookkeeping records are now kept 7 years" in line for line in said)
    assert audit.entries(owner.conn, limit=1)[0].action == "purpose.changed"
    books = purposes.get_purpose(owner, "bookkeeping")
    purposes.update_purpose(owner, "bookkeeping", title=books.title, description=books.description,
                            retention_days=3000, reconsent_months=None)
    _, said = configuration.change_settings_noting(owner, {"holiday_region": "ES"})
    assert purposes.get_purpose(owner, "bookkeeping").retention_days == 3000 and said == []


def test_a_retired_bookkeeping_purpose_stays_as_it_was(open_as):
    owner = open_as(OWNER)
    configuration.change_setting(owner, "holiday_region", "DE")
    purposes.retire_purpose(owner, "bookkeeping")
    _, said = configuration.change_settings_noting(owner, {"holiday_region": "PL"})
    assert said == [] and purposes.get_purpose(owner, "bookkeeping").kept_for == "9 years"
