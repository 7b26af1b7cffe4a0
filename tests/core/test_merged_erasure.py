"""Contacts merged into a person, when the person is erased by any path: each merged id gets a tombstone, and
no link from an erased id to anyone stays."""

from __future__ import annotations

from crmdesk.core import vault
from crmdesk.core.backups import archive, backup, restore
from crmdesk.core.people import contacts, duplicates
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import erasure, retention
from tests.conftest import OWNER, PASSPHRASES

OWNER_KEY = archive.passphrase_key(OWNER, PASSPHRASES[OWNER])


def _three(session):
    a = contacts.add_contact(session, ContactInput(given_name="Ada", emails=[Labelled("ada@example.org")]))
    b = contacts.add_contact(session, ContactInput(given_name="Ada", phones=[Labelled("+48 22 555 01 00")]))
    c = contacts.add_contact(session, ContactInput(given_name="Ada", notes="the third copy"))
    return a, b, c


def _left(session) -> tuple:
    return (session.conn.execute("SELECT count(*) FROM merged_contacts").fetchone()[0],)


def test_anonymising_by_retention_clears_the_merges_and_tombstones_each_id(open_as):
    session = open_as(OWNER)
    a, b, c = _three(session)
    duplicates.merge(session, b.id, c.id)
    duplicates.merge(session, a.id, b.id)
    rowid = session.conn.execute("SELECT rowid FROM contacts WHERE id = ?", (a.id,)).fetchone()[0]
    with session.operation(Permission.ERASE, "retention.applied") as op:
        assert retention._apply(op, retention.Item("p", "contact", rowid, "Ada", "anonymised", "", "apply"))
    stones = {r[0] for r in session.conn.execute("SELECT contact_uuid FROM tombstones")}
    assert (_left(session), {a.id, b.id, c.id} <= stones) == ((0,), True)


def test_a_restored_backup_made_after_the_merge_keeps_no_merge_of_a_person_erased_since(open_as, tmp_path):
    session = open_as(OWNER)
    a, b, c = _three(session)
    duplicates.merge(session, b.id, c.id)
    duplicates.merge(session, a.id, b.id)
    made = backup.create_backup(session, tmp_path / "backups")
    erasure.erase(session, a.id)
    result = restore.restore_backup(made.path, tmp_path / "copy", OWNER_KEY, erasures=restore.KnownErasures.of(session))
    with vault.unlock(result.target, OWNER, PASSPHRASES[OWNER]) as restored:
        ids = {r[0] for r in restored.conn.execute("SELECT id FROM contacts")}
        assert (_left(restored), ids & {a.id, b.id, c.id}) == ((0,), set())


def test_a_restored_backup_made_before_the_merge_erases_every_copy_again(open_as, tmp_path):
    session = open_as(OWNER)
    a, b, c = _three(session)
    made = backup.create_backup(session, tmp_path / "backups")
    duplicates.merge(session, b.id, c.id)
    duplicates.merge(session, a.id, b.id)
    erasure.erase(session, a.id)
    result = restore.restore_backup(made.path, tmp_path / "copy", OWNER_KEY, erasures=restore.KnownErasures.of(session))
    with vault.unlock(result.target, OWNER, PASSPHRASES[OWNER]) as restored:
        ids = {r[0] for r in restored.conn.execute("SELECT id FROM contacts")}
        assert (result.erased_again, ids & {a.id, b.id, c.id}) == (3, set())


def test_a_vault_of_one_desk_queues_no_erasure(open_as):
    session = open_as(OWNER)
    a, b, _c = _three(session)
    duplicates.merge(session, a.id, b.id)
    erasure.erase(session, a.id)
    assert session.conn.execute("SELECT count(*) FROM team_outbox").fetchone() == (0,)
