"""Importing into the vault: one transaction, duplicates, dry run, export round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crmdesk.core import configuration, vault
from crmdesk.core.errors import PermissionDenied
from crmdesk.core.imports import importing
from crmdesk.core.people import contacts, search
from crmdesk.core.people.contact_model import Address, Birthday, ContactInput, Labelled
from crmdesk.io.contact_files import read_contacts_file, write_contacts_file
from tests.conftest import ADMIN, OWNER, STAFF, VIEWER, vault_files

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def rows(name: str, **kw):
    return [(r.line, r.contact) for r in read_contacts_file(DATA / name, **kw).records]


@pytest.fixture
def staff(open_as):
    configuration.change_setting(open_as(OWNER), "phone_region", "DE")
    return open_as(STAFF)


def test_import_every_sample_with_source_and_since(staff):
    for name in ("google.csv", "outlook_de.csv", "outlook_en_utf16.csv", "contacts_v30.vcf",
                 "contacts_v40.vcf"):
        importing.import_contacts(staff, rows(name), source=f"imported from {name}")
    generic = rows("generic.csv", mapping={"Kundenname": "display_name", "Kontakt": "email"})
    summary = importing.import_contacts(staff, generic)
    assert summary.added == 2
    anna = search.search_contacts(staff, "anna schmidt").rows[0]
    assert contacts.get_contact(staff, anna.id).since == date(2018, 3, 15)
    eleni = search.search_contacts(staff, "παπαδάκη").rows
    assert len(eleni) == 1  # the vCard has Google's e-mail address: merged, not doubled
    merged = contacts.get_contact(staff, eleni[0].id)
    assert merged.organisation == "Ταβέρνα Ο Γιάννης" and len(merged.phones) == 2
    found = contacts.get_contact(staff, search.search_contacts(staff, "jörg").rows[0].id)
    assert found.source == "imported from outlook_de.csv"


def test_duplicate_policies_and_reasons(staff):
    contacts.add_contact(staff, ContactInput(given_name="Jürgen", family_name="Müller",
                                             emails=[Labelled("J.Mueller@Example.de")], notes="Kept"))
    for policy, expected in (("skip", ("skipped", 0)), ("new", ("added", 1)), ("merge", ("merged", 0))):
        before = contacts.count_contacts(staff)
        summary = importing.import_contacts(staff, rows("google.csv")[:1], duplicates=policy)
        outcome = summary.outcomes[0]
        assert outcome.action == expected[0], policy
        assert outcome.reason == "same e-mail as a contact in the vault" + (
            "; added an e-mail address, a phone number, an address, a tag, the organisation, the job title, "
            "the birthday, notes" if policy == "merge" else "")
        assert contacts.count_contacts(staff) == before + expected[1]
    merged = [c for c in (contacts.get_contact(staff, r.id) for r in
                          search.search_contacts(staff, "müller").rows) if c.notes.startswith("Kept")][0]
    assert merged.organisation == "Bäckerei Sonne" and merged.tags == ["VIP"]
    assert len(merged.emails) == 2  # the case-different duplicate was not added again
    assert merged.notes == "Kept\n\nLikes rye, dislikes spelt"  # both notes


def test_duplicates_within_one_file(staff):
    data = [(2, ContactInput(given_name="A", phones=[Labelled("030 1234567")])),
            (3, ContactInput(given_name="A2", phones=[Labelled("+49 30 1234567")]))]
    summary = importing.import_contacts(staff, data, duplicates="skip")
    assert [o.action for o in summary.outcomes] == ["added", "skipped"]
    assert summary.outcomes[1].reason == "same phone as an earlier row"


def test_names_for_phone_matches_come_from_the_vault(staff):
    """A row without a name is saved under its e-mail, yet it has no name to
    compare; a row without a name merged into a named contact does not make
    that contact nameless for the rows after it."""
    contacts.add_contact(staff, ContactInput(given_name="Anna", family_name="Schmidt",
                                             phones=[Labelled("030 7654321")]))
    data = [(2, ContactInput(emails=[Labelled("a@example.de")], phones=[Labelled("030 1234567")])),
            (3, ContactInput(display_name="Anna Kurz", emails=[Labelled("a@example.de")])),
            (4, ContactInput(display_name="Anna Kurz", phones=[Labelled("030 1234567")])),
            (5, ContactInput(phones=[Labelled("030 7654321")])),
            (6, ContactInput(given_name="Bernd", family_name="Meier", phones=[Labelled("030 7654321")]))]
    summary = importing.import_contacts(staff, data)
    assert [(o.action, o.reason) for o in summary.outcomes] == [
        ("added", ""),
        ("merged", "same e-mail as an earlier row; added the name"),  # row 2 was saved under its e-mail
        ("merged", "same phone as an earlier row; nothing to add"),  # the same name now
        ("merged", "same phone as a contact in the vault; nothing to add"),
        ("added", "same phone as a contact in the vault with another name; a possible duplicate to review"),
    ]
    assert summary.possible_duplicates == 1
    anna = contacts.get_contact(staff, search.search_contacts(staff, "schmidt").rows[0].id)
    assert (anna.given_name, anna.family_name) == ("Anna", "Schmidt")


def test_dry_run_reports_but_changes_nothing(staff):
    before = contacts.count_contacts(staff)
    audit_before = staff.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    summary = importing.import_contacts(staff, rows("google.csv"), dry_run=True)
    assert summary.added == 4 and summary.dry_run
    assert contacts.count_contacts(staff) == before
    assert staff.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before


def test_cancel_keeps_nothing(staff):
    many = [(n, ContactInput(given_name=f"P{n}")) for n in range(1000)]
    before = contacts.count_contacts(staff)
    with pytest.raises(importing.ImportCancelled):
        importing.import_contacts(staff, many, cancelled=lambda: True)
    assert contacts.count_contacts(staff) == before


def test_odd_email_is_imported_with_a_warning(staff):
    summary = importing.import_contacts(staff, [(7, ContactInput(given_name="Ola",
                                                                 emails=[Labelled("ola(at)example.pl")]))])
    assert summary.added == 1
    assert summary.warnings == [(7, "'ola(at)example.pl' does not look like an e-mail address; imported as it is")]


def test_invalid_rows_are_skipped_with_reason(staff):
    data = [(2, ContactInput(given_name="Future", since=date(2999, 1, 1))),
            (3, ContactInput(emails=[Labelled("only@example.de")]))]
    summary = importing.import_contacts(staff, data)
    assert [(o.action, o.reason) for o in summary.outcomes] == [
        ("skipped", "The customer relationship cannot start in the future."), ("added", "")]
    assert summary.outcomes[1].name == "only@example.de"


def test_viewer_cannot_import_staff_cannot_export(open_as):
    with pytest.raises(PermissionDenied):
        importing.import_contacts(open_as(VIEWER), rows("google.csv"))
    with pytest.raises(PermissionDenied):
        list(contacts.contacts_for_export(open_as(STAFF), file_format="csv"))


@pytest.mark.parametrize("suffix", [".vcf", ".csv"])
def test_export_then_import_into_a_new_vault(staff, open_as, tmp_path, failures, suffix):
    importing.import_contacts(staff, rows("google.csv") + rows("contacts_v30.vcf"))
    admin = open_as(ADMIN)
    target = tmp_path / f"out{suffix}"
    count = write_contacts_file(target, contacts.contacts_for_export(admin, file_format=suffix[1:]))
    total = contacts.count_contacts(admin)
    assert count == total
    assert admin.conn.execute("SELECT action FROM audit ORDER BY seq DESC").fetchone()[0] == "contacts.exported"
    other = vault.create_vault(tmp_path / "other", owner_name="x", passphrase="other passphrase",
                               kdf=__import__("tests.conftest", fromlist=["CHEAP_KDF"]).CHEAP_KDF)
    with vault.unlock(other.paths.folder, "x", "other passphrase", failures=failures) as s:
        parsed = read_contacts_file(target)
        assert parsed.format == ("crmdesk" if suffix == ".csv" else "vcard")
        summary = importing.import_contacts(s, [(r.line, r.contact) for r in parsed.records])
        assert summary.added == total
        eleni = contacts.get_contact(s, search.search_contacts(s, "ελένη").rows[0].id)
        assert eleni.organisation == "Ταβέρνα Ο Γιάννης"
        assert "eleni@example.gr" in [e.value for e in eleni.emails]
        jurgen = contacts.get_contact(s, search.search_contacts(s, "jürgen").rows[0].id)
        assert [(e.value, e.label) for e in jurgen.emails] == [("j.mueller@example.de", "work"),
                                                                 ("jm@example.org", "home")]
        assert jurgen.tags == ["VIP"] and jurgen.birthday == Birthday(5, 4, 1970)


def test_import_leaves_no_plaintext_on_disk(staff, vault_path):
    importing.import_contacts(staff, rows("outlook_de.csv"))
    for name, data in vault_files(vault_path).items():
        for text in ("Größe", "Königsallee", "joerg.groesse"):
            for encoding in ("utf-8", "cp1252"):
                assert text.encode(encoding) not in data, (text, name)


def test_the_same_person_from_three_programs_keeps_every_address_and_says_what_was_added(staff):
    """A shop moving in from Outlook, a phone and a mail program has the same customer three times
    (the same e-mail): the merge adds what is new, field by field, and the row says what."""
    work = Address("work", "Hauptstraße 5", "80331", "München")
    rows = [(2, ContactInput(given_name="Hanna", family_name="Schäfer", emails=[Labelled("hanna@x.example")],
                             addresses=[work])),
            (3, ContactInput(display_name="Hanna Schäfer", emails=[Labelled("HANNA@x.example", "work")],
                             addresses=[Address("home", "Lindenweg 2", "80333", "München"),
                                        Address("work", "Hauptstraße  5", "80331", "MÜNCHEN")],
                             phones=[Labelled("089 1234560", "work")],
                             websites=[Labelled("https://a.example")])),
            (4, ContactInput(given_name="Hanna", family_name="Schäfer", emails=[Labelled("hanna@x.example")],
                             addresses=[Address("other", "Am Hafen 7", "20457", "Hamburg")],
                             phones=[Labelled("089-1234560")], websites=[Labelled("https://b.example", "shop")],
                             notes="Liefert dienstags."))]
    summary = importing.import_contacts(staff, rows)
    assert [(o.action, o.reason) for o in summary.outcomes] == [
        ("added", ""),
        ("merged", "same e-mail as an earlier row; added a phone number, an address, a web address"),
        ("merged", "same e-mail as an earlier row; added an address, a web address, notes")]
    hanna = contacts.get_contact(staff, search.search_contacts(staff, "schäfer").rows[0].id)
    assert [a.label for a in hanna.addresses] == ["work", "home", "other"]  # the same work address once
    assert [p.value for p in hanna.phones] == ["089 1234560"]  # the same digits once
    assert hanna.websites == [Labelled("https://a.example"), Labelled("https://b.example", "shop")]
    assert hanna.notes == "Liefert dienstags."
    again = importing.import_contacts(staff, rows[2:])
    assert [(o.action, o.reason) for o in again.outcomes] == [("merged", "same e-mail as a contact in the vault; "
                                                                         "nothing to add")]


def test_merging_the_same_rows_again_adds_nothing_and_loses_nothing(staff):
    """Tags differing in case, empty numbers and the same website spelled otherwise add nothing; another
    extension, a number without digits and a note that is part of another are kept."""
    first = ContactInput(given_name="Ida", family_name="Roth", emails=[Labelled("ida@x.example")], tags=["VIP"],
                         phones=[Labelled("+49 89 1234560 ext. 102"), Labelled("n/a")],
                         websites=[Labelled("example.com")],
                         notes="Unpaid invoice; call back")
    again = ContactInput(given_name="Ida", family_name="Roth", emails=[Labelled("IDA@x.example")],
                         tags=["vip", "Vip"], phones=[Labelled(""), Labelled("+49 89 1234560 ext. 103"),
                                                      Labelled("ask reception")],
                         websites=[Labelled("https://www.example.com/")], notes="paid")
    importing.import_contacts(staff, [(2, first)])
    summary = importing.import_contacts(staff, [(2, again)])
    assert [o.reason for o in summary.outcomes] == ["same e-mail as a contact in the vault; added 2 phone numbers, "
                                                    "notes"]
    ida = contacts.get_contact(staff, search.search_contacts(staff, "roth").rows[0].id)
    assert [p.value for p in ida.phones] == ["+49 89 1234560 ext. 102", "n/a", "+49 89 1234560 ext. 103",
                                             "ask reception"]
    assert ida.tags == ["VIP"] and ida.websites == [Labelled("example.com")]
    assert ida.notes == "Unpaid invoice; call back\n\npaid"
    assert [o.reason for o in importing.import_contacts(staff, [(2, again)]).outcomes] == [
        "same e-mail as a contact in the vault; nothing to add"]


def test_a_future_birthday_in_a_file_costs_the_birthday_not_the_row(staff):
    summary = importing.import_contacts(staff, [(2, ContactInput(given_name="Vera", emails=[Labelled("v@x.example")],
                                                                 birthday=Birthday(1, 1, 2099)))])
    assert summary.added == 1 and summary.warnings == [(2, "the birthday 2099-01-01 is in the future; it was left out")]
    vera = contacts.get_contact(staff, search.search_contacts(staff, "vera").rows[0].id)
    assert vera.birthday is None and vera.emails[0].value == "v@x.example"


def test_a_birthday_without_its_year_takes_the_year_another_file_knows(staff):
    """A phone knew day and month, the old mail program the year too: the merge keeps the fuller date,
    and never a different day."""
    phone = ContactInput(given_name="Ola", emails=[Labelled("ola@x.example")], birthday=Birthday(4, 23))
    importing.import_contacts(staff, [(2, phone)])
    other_day = ContactInput(given_name="Ola", emails=[Labelled("ola@x.example")], birthday=Birthday(5, 1, 1980))
    assert [o.reason for o in importing.import_contacts(staff, [(2, other_day)]).outcomes] == [
        "same e-mail as a contact in the vault; added notes"]  # another day is kept, in the notes
    fuller = ContactInput(given_name="Ola", emails=[Labelled("ola@x.example")], birthday=Birthday(4, 23, 1980))
    assert [o.reason for o in importing.import_contacts(staff, [(2, fuller)]).outcomes] == [
        "same e-mail as a contact in the vault; added the year of birth"]
    ola = contacts.get_contact(staff, search.search_contacts(staff, "ola").rows[0].id)
    assert ola.birthday == Birthday(4, 23, 1980) and ola.notes == "Birthday: 1980-05-01"


def test_merges_are_held_to_what_a_person_has(staff):
    """Ten rows of the same person with 99 new e-mails each: the contact keeps 100, and each row says so."""
    rows = [(n + 2, ContactInput(display_name="Same Person",
                                 emails=[Labelled("same@example.com")] + [Labelled(f"r{n}n{k}@example.com")
                                                                          for k in range(99)]))
            for n in range(10)]
    summary = importing.import_contacts(staff, rows)
    assert (summary.added, summary.merged) == (1, 9)
    same = contacts.get_contact(staff, search.search_contacts(staff, "same person").rows[0].id)
    assert len(same.emails) == 100
    assert summary.warnings[0] == (3, "199 e-mail addresses: the first 100 were kept, the rest left out")
