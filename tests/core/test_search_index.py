"""The name-ordered search index: keys always follow name order, gaps that
run out are rebuilt, and search pages match a brute-force sort."""

from __future__ import annotations

import random

from crmdesk.core import vault
from crmdesk.core.imports import importing
from crmdesk.core.people import contacts, search, search_index, writer
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import erasure
from crmdesk.core.vault import frozen, migrations
from tests.conftest import CHEAP_KDF, OWNER, PASSPHRASES


def assert_index_in_name_order(session) -> None:
    conn = session.conn
    by_name = [r[0] for r in conn.execute("SELECT rowid FROM contacts ORDER BY sort_name, rowid")]
    by_key = [r[0] for r in conn.execute("SELECT contact FROM contact_keys ORDER BY name_key")]
    assert by_key == by_name  # every contact exactly once, in name order
    fts_keys = sorted(r[0] for r in conn.execute("SELECT rowid FROM contact_fts"))
    assert fts_keys == sorted(r[0] for r in conn.execute("SELECT name_key FROM contact_keys"))


def test_keys_follow_name_order_through_adds_renames_deletes_and_imports(open_as):
    session = open_as(OWNER)
    rng = random.Random(3)
    words = ["Anna", "Ben", "Zoë", "Łukasz", "Ölçer", "Ольга", "Mia", "Noah", "Émile", "Ida"]
    added = [contacts.add_contact(session, ContactInput(given_name=rng.choice(words), family_name=rng.choice(words)))
             for _ in range(30)]
    for contact in added[:10]:
        contacts.update_contact(session, contact.id, ContactInput(given_name=rng.choice(words), family_name="Renamed"))
    for contact in added[10:15]:
        erasure.erase(session, contact.id)
    rows = [(n, ContactInput(given_name=rng.choice(words), family_name=f"{rng.choice(words)} {n}",
                             emails=[Labelled(f"p{n}@example.com")])) for n in range(600)]
    importing.import_contacts(session, rows)  # many at once: one walk through the name order
    importing.import_contacts(session, rows[:50], duplicates="merge")  # merges re-index existing contacts
    assert_index_in_name_order(session)
    assert len(search.search_contacts(session, "renamed").rows) == 10


def test_a_used_up_gap_rebuilds_the_index(open_as):
    session = open_as(OWNER)
    contacts.add_contact(session, ContactInput(display_name="a"))
    contacts.add_contact(session, ContactInput(display_name="c"))
    # Each new name sorts between "a" and the one added before it, halving one gap.
    for zeros in range(45, 0, -1):
        contacts.add_contact(session, ContactInput(display_name="a" + "0" * zeros, notes="squeezed"))
    assert_index_in_name_order(session)
    keys = [r[0] for r in session.conn.execute("SELECT name_key FROM contact_keys ORDER BY name_key")]
    assert min(b - a for a, b in zip(keys, keys[1:], strict=False)) > 1  # room again after the rebuild
    assert len(search.search_contacts(session, "squeezed").rows) == 45


def test_search_pages_match_a_sort_of_every_match(open_as):
    session = open_as(OWNER)
    rng = random.Random(9)
    tags = ["VIP", "Stammkunde", "Neukunde"]
    rows = [(n, ContactInput(given_name=rng.choice(["Anna", "Ben", "Sofia", "Søren"]),
                             family_name=f"{rng.choice(['Schmidt', 'Müller', 'Nowak'])}{n}",
                             tags=rng.sample(tags, rng.randint(0, 2)))) for n in range(700)]
    importing.import_contacts(session, rows)
    for query in ("vip", "so", "müller", "schmidt ben"):
        everything = search.search_contacts(session, query, limit=5000).rows
        seen, page = [], search.search_contacts(session, query, limit=37)
        while True:
            seen += page.rows
            if page.next is None:
                break
            page = search.search_contacts(session, query, after=page.next, limit=37)
        assert [r.rowid for r in seen] == [r.rowid for r in everything]
        assert [(r.sort_name, r.rowid) for r in seen] == sorted((r.sort_name, r.rowid) for r in seen)
        assert len(seen) > 0


def test_spread_between_and_beyond_neighbours():
    keys = search_index._spread([(None, None, [1, 2, 3]), (10, 20, [4]), (100, None, [5, 6])])
    assert keys[1] < keys[2] < keys[3] and 10 < keys[4] < 20 and 100 < keys[5] < keys[6]
    assert search_index._spread([(10, 12, [1, 2])]) is None  # no room: rebuild


def test_schema_4_vault_with_contacts_is_reindexed(tmp_path):
    created = vault.create_vault(tmp_path / "old", owner_name=OWNER, passphrase=PASSPHRASES[OWNER],
                                 kdf=CHEAP_KDF, schema_version=4)
    # Contacts as schema 4 stored them: the index under the contact's rowid.
    from crmdesk.core.vault import database
    from tests.support.raw import created_connection

    conn = created_connection(created, OWNER, PASSPHRASES[OWNER])
    with database.transaction(conn):
        for rowid, (given, family) in enumerate([("Zofia", "Nowak"), ("Anna", "Berg")], start=1):
            conn.execute("INSERT INTO contacts (rowid, id, given_name, family_name, display_name, sort_name,"
                         " since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01', '', '')",
                         (rowid, f"id-{rowid}", given, family, f"{given} {family}", f"{given} {family}".lower()))
            conn.execute("INSERT INTO contact_emails (contact, position, label, address, normalised)"
                         " VALUES (?, 0, '', ?, ?)", (rowid, f"{given}@example.com", f"{given}@example.com".lower()))
            conn.execute("INSERT INTO contact_fts (rowid, names) VALUES (?, ?)", (rowid, f"{given} {family}"))
    conn.close()
    with vault.unlock(created.paths.folder, OWNER, PASSPHRASES[OWNER]) as session:
        assert migrations.schema_version(session.conn) == migrations.LATEST
        assert_index_in_name_order(session)
        found = search.search_contacts(session, "nowak").rows
        assert [r.display_name for r in found] == ["Zofia Nowak"] and found[0].email == "Zofia@example.com"
        assert [r.display_name for r in contacts.list_contacts(session).rows] == ["Anna Berg", "Zofia Nowak"]


def test_writer_indexes_the_same_text_a_rebuild_would(open_as):
    from crmdesk.core.people.contact_model import Address

    session = open_as(OWNER)
    with session.operation(Permission.EDIT, "test.written") as op:
        contact_writer = writer.ContactWriter(op, "DE")
        for data in [
            ContactInput(given_name=" Łucja ", family_name="Żak", organisation=" Sklep Łódź ",
                         emails=[Labelled(" l.zak@example.pl ", "work"), Labelled("second@example.pl")],
                         phones=[Labelled("030 1234567"), Labelled("+48 22 123 45 67", "mobile")],
                         tags=["VIP", " newsletter", "VIP"], job_title="Owner", notes="Likes rye\\nbread",
                         addresses=[Address(city="Łódź")]),
            ContactInput(display_name="Bäckerei Sonne", organisation="Bäckerei Sonne"),
        ]:
            contact_writer.write(data)
        contact_writer.flush()
        written = dict(contact_writer._unindexed)
        assert written == search_index.search_values(session.conn, list(written), "DE")
        assert written == {rowid: texts for rowid, texts in frozen.index_texts_v5(session.conn, "DE").items()
                           if rowid in written}, "a new index layout needs a migration of its own"
        contact_writer.finish()


def test_a_crowded_spot_moves_only_its_neighbours(open_as):
    session = open_as(OWNER)
    rows = [(n, ContactInput(display_name=f"k{n:04d}")) for n in range(0, 3000, 10)]
    importing.import_contacts(session, rows)
    far_sql = ("SELECT c.rowid, k.name_key FROM contacts c JOIN contact_keys k ON k.contact = c.rowid"
               " WHERE c.sort_name > 'k2000' ORDER BY c.rowid")
    far = session.conn.execute(far_sql).fetchall()
    for n in range(40):  # forty names squeezed between k1500 and k1510, each after the last
        contacts.add_contact(session, ContactInput(display_name=f"k1500-{n:02d}"))
    assert_index_in_name_order(session)
    assert session.conn.execute(far_sql).fetchall() == far
    assert len(search.search_contacts(session, "k1500").rows) == 41


def test_a_bulk_import_buffers_more_and_then_restores_the_hash_size(open_as, monkeypatch):
    session = open_as(OWNER)
    monkeypatch.setattr(search_index, "BULK", 100)  # 600 rows count as a bulk import
    sizes = []
    session.conn.set_trace_callback(lambda sql: sizes.append(sql) if "'hashsize'" in sql else None)
    rows = [(n, ContactInput(given_name=f"Bulk{n}", emails=[Labelled(f"b{n}@example.com")]))
            for n in range(600)]
    importing.import_contacts(session, rows)
    session.conn.set_trace_callback(None)
    assert [str(search_index.BULK_HASH_SIZE) in s for s in sizes] == [True, False]
    stored = session.conn.execute("SELECT v FROM contact_fts_config WHERE k = 'hashsize'").fetchone()
    assert stored[0] == search_index.HASH_SIZE
    assert_index_in_name_order(session)
    assert len(search.search_contacts(session, "bulk59").rows) == 11  # bulk59, bulk590…599
