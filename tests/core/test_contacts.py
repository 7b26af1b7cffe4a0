"""Contacts: add, edit, delete, read, list pages, search, interactions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crmdesk.core import configuration
from crmdesk.core.errors import NotFound, PermissionDenied, UsageError
from crmdesk.core.people import contacts, interactions, search, writer
from crmdesk.core.people.contact_model import Address, Birthday, ContactInput, Labelled
from crmdesk.core.privacy import erasure
from tests.conftest import OWNER, STAFF, VIEWER, vault_files


@pytest.fixture
def staff(open_as):
    session = open_as(STAFF)
    configuration.change_setting(open_as(OWNER), "phone_region", "DE")
    return session


def person(given, family, **kw) -> ContactInput:
    return ContactInput(given_name=given, family_name=family, **kw)


def names(page) -> list[str]:
    return [r.display_name for r in page.rows]


def test_add_read_edit_round_trip(staff):
    data = person(
        "Jürgen", "Müller", organisation="Bäckerei Sonne", job_title="Inhaber",
        emails=[Labelled("j.mueller@example.de", "work"), Labelled("jm@example.org", "home")],
        phones=[Labelled("030 1234567", "mobile")],
        addresses=[Address("shop", "Hauptstr. 1", "10115", "Berlin", "", "DE")],
        birthday=Birthday(5, 4, 1970), websites=[Labelled("https://sonne.example"), Labelled("https://shop.sonne.example", "shop")],
        notes="Likes rye",
        tags=["VIP", "Stammkunde"], source="met at the market", since=date(2019, 3, 1),
    )
    created = contacts.add_contact(staff, data)
    assert created.display_name == "Jürgen Müller"
    assert created.tags == ["Stammkunde", "VIP"] and created.since == date(2019, 3, 1)
    assert created.emails[1] == Labelled("jm@example.org", "home")
    assert created.addresses[0].one_line() == "Hauptstr. 1, 10115 Berlin, DE"
    assert created.created_by == staff.user.id
    assert created.birthday == Birthday(5, 4, 1970) and created.websites[1] == Labelled("https://shop.sonne.example", "shop")

    data.family_name = "Müller-Lüdenscheid"
    data.phones = []
    updated, changed = contacts.update_contact(staff, created.id, data)
    assert changed == ["family_name", "display_name", "phones"]
    assert updated.display_name == "Jürgen Müller-Lüdenscheid" and updated.phones == []
    entry = staff.conn.execute("SELECT action, target, detail FROM audit ORDER BY seq DESC").fetchone()
    assert entry == ("contact.updated", created.id, '{"fields":["family_name","display_name","phones"]}')


def test_name_or_organisation_required_and_no_future_dates(staff):
    with pytest.raises(UsageError, match="name or an organisation"):
        contacts.add_contact(staff, ContactInput(emails=[Labelled("a@b.de")]))
    assert contacts.add_contact(staff, ContactInput(organisation="ACME GmbH")).display_name == "ACME GmbH"
    tomorrow = staff.clock.now().date() + timedelta(days=1)
    with pytest.raises(UsageError, match="future"):
        contacts.add_contact(staff, person("A", "B", birthday=Birthday.of(tomorrow)))
    # Without its year a birthday is a day of any year: never in the future, 29 February included.
    leap = contacts.add_contact(staff, person("A", "B", birthday=Birthday(tomorrow.month, tomorrow.day)))
    assert contacts.get_contact(staff, leap.id).birthday == Birthday(tomorrow.month, tomorrow.day, None)
    assert contacts.add_contact(staff, person("C", "D", birthday=Birthday(2, 29))).birthday.isoformat() == "--02-29"
    with pytest.raises(ValueError):
        Birthday(2, 30)


def test_a_phone_is_stored_with_its_kind_apart_from_its_label(staff):
    """Whatever path a number comes by (a file, the CLI, the window), a label made of kind words gives its
    kind; a label of a person's own words stays; a label does not repeat the kind."""
    created = contacts.add_contact(staff, person("Ida", "Roth", phones=[
        Labelled("030 1", "work fax"), Labelled("030 2", "Home office"), Labelled("030 3", "Mobile", "mobile"),
        Labelled("030 4", "Laden", "fax"), Labelled("030 5", "other")]))
    assert [(p.label, p.kind, p.described) for p in created.phones] == [
        ("work", "fax", "work fax"), ("Home office", "", "Home office"), ("", "mobile", "mobile"),
        ("Laden", "fax", "Laden fax"), ("", "other", "other")]
    labelled = contacts.add_contact(staff, person("Lea", "Roth", emails=[Labelled("l@x.example", "Büro\n hinten ")],
                                                  addresses=[Address("Lager\r\nHof", city="Hamburg")]))
    assert (labelled.emails[0].label, labelled.addresses[0].label) == ("Büro hinten", "Lager Hof")  # one line
    edited = created.as_input()
    edited.phones[1].kind = "work"
    updated, changed = contacts.update_contact(staff, created.id, edited)
    assert changed == ["phones"] and updated.phones[1].described == "Home office work"


def test_a_birthday_is_written_and_read_with_or_without_its_year():
    for text, birthday in (("1980-04-23", Birthday(4, 23, 1980)), ("19800423", Birthday(4, 23, 1980)),
                           ("--04-23", Birthday(4, 23)), ("--0423", Birthday(4, 23))):
        assert Birthday.fromisoformat(text) == birthday
        assert Birthday.fromisoformat(birthday.isoformat()) == birthday
    assert Birthday(4, 23).written() == "23 April" and Birthday(4, 23, 1980).written() == "1980-04-23"
    for bad in ("--13-01", "1980-02-30", "04-23", "--4-23", ""):
        with pytest.raises(ValueError):
            Birthday.fromisoformat(bad)


def test_a_schema_14_website_becomes_the_first_of_several_and_phone_labels_give_their_kind(tmp_path):
    from crmdesk.core import vault
    from crmdesk.core.vault import database, migrations
    from tests.conftest import CHEAP_KDF, PASSPHRASES
    from tests.support.raw import created_connection

    created = vault.create_vault(tmp_path / "old", owner_name=OWNER, passphrase=PASSPHRASES[OWNER],
                                 kdf=CHEAP_KDF, schema_version=14)
    conn = created_connection(created, OWNER, PASSPHRASES[OWNER])
    with database.transaction(conn):
        for rowid, site in ((1, "https://sonne.example"), (2, "")):
            conn.execute("INSERT INTO contacts (rowid, id, given_name, display_name, sort_name, birthday, website,"
                         " since, created_at, updated_at) VALUES (?, ?, 'Jan', 'Jan', 'jan', '1970-05-04', ?,"
                         " '2026-01-01', '', '')", (rowid, f"id-{rowid}", site))
        conn.executemany("INSERT INTO contact_phones (contact, position, label, number, normalised)"
                         " VALUES (1, ?, ?, ?, ?)", [(0, "work fax", "030 1", "301"), (1, "Taverna", "030 2", "302"),
                                                      (2, "Mobile", "0170 3", "1703"), (3, "", "030 4", "304")])
    conn.close()
    with vault.unlock(created.paths.folder, OWNER, PASSPHRASES[OWNER]) as session:
        assert migrations.schema_version(session.conn) == migrations.LATEST
        first, second = contacts.get_contact(session, "id-1"), contacts.get_contact(session, "id-2")
        assert first.websites == [Labelled("https://sonne.example")] and second.websites == []
        assert first.birthday == Birthday(5, 4, 1970)
        assert [(p.label, p.kind) for p in first.phones] == [("work", "fax"), ("Taverna", ""), ("", "mobile"), ("", "")]
        columns = [r[1] for r in session.conn.execute("PRAGMA table_info(contacts)")]
        assert "website" not in columns


def test_bad_email_and_phone_are_warnings_not_errors(staff):
    data = person("Ola", "Nowak", emails=[Labelled("not-an-address")], phones=[Labelled("12")])
    assert len(contacts.warnings(data, "DE")) == 2
    assert contacts.add_contact(staff, data).emails[0].value == "not-an-address"


def test_viewer_reads_but_cannot_write_and_staff_cannot_delete(open_as, staff):
    created = contacts.add_contact(staff, person("A", "B"))
    viewer = open_as(VIEWER)
    assert contacts.get_contact(viewer, created.id).display_name == "A B"
    with pytest.raises(PermissionDenied):
        contacts.add_contact(viewer, person("C", "D"))
    with pytest.raises(PermissionDenied):
        erasure.erase(staff, created.id)
    erasure.erase(open_as(OWNER), created.id)
    with pytest.raises(NotFound):
        contacts.get_contact(staff, created.id)


def test_id_prefix_finds_contact(staff):
    created = contacts.add_contact(staff, person("A", "B"))
    assert contacts.get_contact(staff, created.id[:8]).id == created.id
    with pytest.raises(NotFound):
        contacts.get_contact(staff, "0000")


@pytest.mark.parametrize("query,expected", [
    ("muller", ["Jürgen Müller"]),
    ("MÜL", ["Jürgen Müller"]),
    ("jur mul", ["Jürgen Müller"]),
    ("lukasiewicz", ["Zofia Łukasiewicz"]),
    ("παπα", ["Ελένη Παπαδάκη"]),
    ("иван", ["Иван Петров"]),
    ("ΠΑΠΑΔ", ["Ελένη Παπαδάκη"]),
    ("łukas", ["Zofia Łukasiewicz"]),
    ("sonne", ["Jürgen Müller"]),
    ("example.de", ["Jürgen Müller"]),
    ("stammk", ["Jürgen Müller", "Zofia Łukasiewicz"]),
    ("030 1234", ["Jürgen Müller"]),
    ("+49 30 1234567", ["Jürgen Müller"]),
    ("0049 301", ["Jürgen Müller"]),
    ("301234567", ["Jürgen Müller"]),
    ("+48 22 555", ["Zofia Łukasiewicz"]),
    ("rye", ["Jürgen Müller"]),
    ("nobody", []),
    ('"; DROP', []),
    ("", ["Jürgen Müller", "Theo Template", "Zofia Łukasiewicz", "Ελένη Παπαδάκη", "Иван Петров"]),
])
def test_search(staff, query, expected):
    contacts.add_contact(staff, person("Jürgen", "Müller", organisation="Bäckerei Sonne",
                                       emails=[Labelled("j.mueller@example.de")],
                                       phones=[Labelled("030 1234567")], tags=["Stammkunde"],
                                       notes="Likes rye"))
    contacts.add_contact(staff, person("Zofia", "Łukasiewicz", phones=[Labelled("+48 22 555 01 01")],
                                       tags=["Stammkunde"]))
    contacts.add_contact(staff, person("Иван", "Петров"))
    contacts.add_contact(staff, person("Ελένη", "Παπαδάκη"))
    assert names(search.search_contacts(staff, query)) == expected


def test_deleted_and_edited_text_leaves_the_index(open_as, staff):
    created = contacts.add_contact(staff, person("Quirinus", "Zebedäus"))
    contacts.update_contact(staff, created.id, person("Quintus", "Zebedäus"))
    assert names(search.search_contacts(staff, "quirinus")) == []
    erasure.erase(open_as(OWNER), created.id)
    assert names(search.search_contacts(staff, "zebed")) == []


def test_pages_return_every_row_once_while_rows_are_inserted(staff):
    for i in range(60):
        contacts.add_contact(staff, person(f"Person{i:03d}", "Test"))
    seen, cursor, inserted = [], None, 0
    while True:
        page = contacts.list_contacts(staff, after=cursor, limit=7)
        seen += [r.id for r in page.rows]
        contacts.add_contact(staff, person(f"Late{inserted:03d}", "Test"))  # sorts after "Person"?
        contacts.add_contact(staff, person(f"Aaron{inserted:03d}", "Early"))  # before the cursor
        inserted += 1
        if page.next is None:
            break
        cursor = page.next
    assert len(seen) == len(set(seen))
    everyone = {r.id for r in contacts.list_contacts(staff, limit=500).rows}
    first_sixty = {r.id for r in contacts.list_contacts(staff, limit=500).rows
                   if r.display_name.startswith("Person")}
    assert first_sixty <= set(seen) <= everyone


def test_list_by_tag_and_by_last_interaction(staff):
    a = contacts.add_contact(staff, person("Alma", "A", tags=["VIP"]))
    b = contacts.add_contact(staff, person("Bert", "B"))
    now = staff.clock.now()
    interactions.add_interaction(staff, b.id, kind="call", summary="called", occurred_at=now - timedelta(days=1))
    interactions.add_interaction(staff, a.id, kind="visit", summary="came in", occurred_at=now - timedelta(days=5))
    assert names(contacts.list_contacts(staff, tag="vip")) == ["Alma A"]
    assert names(contacts.list_contacts(staff, order="last_interaction")) == ["Bert B", "Alma A", "Theo Template"]


def test_interactions_past_allowed_future_refused(staff):
    c = contacts.add_contact(staff, person("Alma", "A"))
    yesterday = staff.clock.now() - timedelta(days=1)
    logged = interactions.add_interaction(staff, c.id, kind="call", summary="Asked about cakes",
                                          body="Wants 3 on Friday", occurred_at=yesterday)
    assert logged.kind == "call" and logged.user_id == staff.user.id
    with pytest.raises(UsageError, match="future"):
        interactions.add_interaction(staff, c.id, summary="x", occurred_at=staff.clock.now() + timedelta(days=1))
    with pytest.raises(UsageError, match="kind"):
        interactions.add_interaction(staff, c.id, kind="telepathy", summary="x")
    assert [i.summary for i in interactions.list_interactions(staff, c.id)] == ["Asked about cakes"]


def test_contact_canaries_never_on_disk(staff, vault_path):
    canary = "Canarius Vogelsang"
    c = contacts.add_contact(staff, person("Canarius", "Vogelsang", emails=[Labelled("canary@vogel.example")],
                                           notes="canarynote-4711"))
    interactions.add_interaction(staff, c.id, summary="canarycall-0815")
    for name, data in vault_files(vault_path).items():
        for text in (canary, "Vogelsang", "canary@vogel", "canarynote-4711", "canarycall-0815"):
            assert text.encode() not in data, f"{text} in {name}"


def test_back_dated_note_on_a_busy_contact(staff):
    c = contacts.add_contact(staff, person("Busy", "Customer"))
    for n in range(60):
        interactions.add_interaction(staff, c.id, summary=f"visit {n}")
    old = interactions.add_interaction(staff, c.id, kind="call", summary="last year",
                                       occurred_at=staff.clock.now() - timedelta(days=365))
    assert old.summary == "last year" and old.kind == "call"


def test_an_edited_name_renames_a_derived_display_name(staff):
    plain = contacts.add_contact(staff, person("Zuzanna", "Aaberg"))
    chosen = contacts.add_contact(staff, ContactInput(given_name="Robert", family_name="Meier",
                                                      display_name="Bob the Baker"))
    for contact in (plain, chosen):
        data = contact.as_input()
        data.family_name = "Zyx"
        contacts.update_contact(staff, contact.id, data)
    assert contacts.get_contact(staff, plain.id).display_name == "Zuzanna Zyx"
    assert contacts.get_contact(staff, chosen.id).display_name == "Bob the Baker"
    assert names(search.search_contacts(staff, "aaberg")) == []
    assert names(search.search_contacts(staff, "zyx")) == ["Bob the Baker", "Zuzanna Zyx"]


def test_random_ids_are_version_4_uuids():
    import uuid

    ids = set(writer.random_ids(1000) + writer.random_ids(1000))
    assert len(ids) == 2000
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
