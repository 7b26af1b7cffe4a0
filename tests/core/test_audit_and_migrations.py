"""The audit chain catches tampering; old schemas migrate forward."""

from __future__ import annotations

import shutil

import pytest

from crmdesk.core import configuration, vault
from crmdesk.core.errors import PermissionDenied
from crmdesk.core.vault import audit, auditlog, database, integrity, migrations, settings
from crmdesk.core.vault.keyslots import KeySlots
from tests.conftest import CHEAP_KDF, OWNER, STAFF
from tests.data.make_fixtures import FIXTURE_PASSPHRASE, HERE
from tests.support.raw import created_connection, raw_connection


def _raw(session):
    conn = raw_connection(session)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    return conn


def test_audit_log_is_append_only(open_as):
    conn = raw_connection(open_as(OWNER))
    with pytest.raises(database.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit SET action = 'x' WHERE seq = 1")
    with pytest.raises(database.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit WHERE seq = 1")


def test_intact_chain_verifies(open_as):
    session = open_as(OWNER)
    configuration.change_setting(session, "auto_lock_minutes", 5)
    assert auditlog.verify(session) == []


@pytest.mark.parametrize("tamper,expected", [
    ("UPDATE audit SET action = 'vault.verified' WHERE seq = 2", "entry 2 was changed"),
    ("UPDATE audit SET detail = '{\"role\":\"owner\"}' WHERE seq = 4", "entry 4 was changed"),
    ("DELETE FROM audit WHERE seq = 3", "entry 3 is missing"),
    ("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)", "head records entry"),
])
def test_tampered_chain_is_detected(open_as, tamper, expected):
    session = open_as(OWNER)
    _raw(session).execute(tamper)
    problems = audit.verify_chain(session.conn)
    assert any(expected in p for p in problems), problems


def test_crmdesk_writes_only_through_the_gate(open_as):
    session = open_as(OWNER)
    for sql in ("INSERT INTO settings (key, value) VALUES ('organisation', 'x')", "DELETE FROM contacts"):
        with pytest.raises(database.DatabaseError, match="readonly"):
            session.conn.execute(sql)
    with session.fork() as worker, pytest.raises(database.DatabaseError, match="readonly"):
        worker.conn.execute("DELETE FROM contacts")


def test_reordered_entries_are_detected(open_as):
    session = open_as(OWNER)
    conn = _raw(session)
    rows = {r[0]: r[1:] for r in conn.execute("SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit WHERE seq IN (2, 3)")}
    for seq, other in ((2, 3), (3, 2)):
        conn.execute(
            "UPDATE audit SET at=?, actor=?, action=?, target=?, detail=?, prev_hash=?, hash=? WHERE seq=?",
            (*rows[other], seq),
        )
    assert audit.verify_chain(conn)


def test_audit_holds_ids_not_names(open_as):
    session = open_as(OWNER)
    text = " ".join(str(r) for r in session.conn.execute("SELECT * FROM audit"))
    assert OWNER not in text and "Canary" not in text


def test_staff_may_not_read_audit_log(open_as):
    with pytest.raises(PermissionDenied):
        auditlog.read(open_as(STAFF))


@pytest.mark.parametrize("version", range(1, migrations.LATEST))
def test_migrates_from_every_earlier_version(tmp_path, failures, version):
    created = vault.create_vault(
        tmp_path / "old", owner_name="old", passphrase="old passphrase 1", kdf=CHEAP_KDF,
        schema_version=version,
    )
    with vault.unlock(created.paths.folder, "old", "old passphrase 1", failures=failures) as s:
        assert migrations.schema_version(s.conn) == migrations.LATEST
        newest = {e.action: e.detail for e in audit.entries(s.conn, limit=3)}
        assert newest["schema.migrated"] == {"from": version, "to": migrations.LATEST}
        if version < 14:  # grants came with schema 14: the owner's first unlock makes the root key and grants
            assert newest["vault.root_created"] == {"grants": 1}
        configuration.change_setting(s, "auto_lock_minutes", 3)
        assert integrity.verify_vault(s) == []
    slots = KeySlots.load(created.paths.keyslots)
    assert slots.root and slots.mac and all(slot.root == slots.root_fingerprint() for slot in slots.slots
                                            if slot.owner)


def test_migrates_fixture_written_by_schema_1(tmp_path, failures):
    path = tmp_path / "fixture.crmvault"
    shutil.copytree(HERE / "vault-schema-1.crmvault", path)
    with vault.unlock(path, "fixture", FIXTURE_PASSPHRASE, failures=failures) as s:
        assert migrations.schema_version(s.conn) == migrations.LATEST
        assert settings.get(s, "auto_lock_minutes") == 10
        assert integrity.verify_vault(s) == []


def test_migration_step_is_one_transaction(tmp_path):
    key = b"k" * 32
    conn = database.connect(tmp_path / "t.db", key, create=True)
    migrations.migrate(conn, upto=1, creating=True)
    conn.execute("CREATE TABLE settings (x)")  # makes migration 2 fail half-way
    with pytest.raises(database.DatabaseError):
        migrations.migrate(conn)
    assert migrations.schema_version(conn) == 1
    conn.close()


def test_audit_details_read_as_words():
    from crmdesk.core.vault.auditlog import describe

    assert describe({"fields": ["given_name", "emails"], "request": "R-2026-0001"}) == \
        "fields: given name, emails; request: R-2026-0001"
    assert describe({"applied": {"inactive_without_basis": 2}, "enabled": False, "note": None}) == \
        "applied: inactive without basis 2; enabled: no"
    assert "[" not in describe({"evidence": ["signature"]}) and "{" not in describe({"a": {"b": 1}})


def test_an_older_vault_keeps_its_countrys_holidays_and_language_whatever_computer_opens_it(tmp_path, failures,
                                                                                               monkeypatch):
    """Before schema 27 these two settings fell back to the locale of the computer that opened the vault,
    so a request fell due on different days at different desks."""
    created = vault.create_vault(tmp_path / "old", owner_name="old", passphrase="old passphrase 1", kdf=CHEAP_KDF,
                                 schema_version=26, phone_region="AT")
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")  # the desk that upgrades it is elsewhere
    with vault.unlock(created.paths.folder, "old", "old passphrase 1", failures=failures) as s:
        assert (settings.get(s, "holiday_region"), settings.get(s, "shop_language")) == ("AT", "de")
        configuration.change_setting(s, "holiday_region", "AT-9")
    with vault.unlock(created.paths.folder, "old", "old passphrase 1", failures=failures) as s:
        assert settings.get(s, "holiday_region") == "AT-9"  # what a person chose stays


def test_an_older_vault_keeps_bookkeeping_records_as_long_as_its_countrys_law_says(tmp_path, failures):
    """Schema 6 seeded "ten years in Germany" for every shop; a Polish shop keeps them five years, and
    keeping them longer has no basis. A period the shop chose itself stays."""
    from crmdesk.core.privacy import purposes

    polish = vault.create_vault(tmp_path / "pl", owner_name="old", passphrase="old passphrase 1", kdf=CHEAP_KDF,
                                schema_version=27, phone_region="PL")
    chosen = vault.create_vault(tmp_path / "own", owner_name="old", passphrase="old passphrase 1", kdf=CHEAP_KDF,
                                schema_version=27, phone_region="PL")
    conn = created_connection(chosen, "old", "old passphrase 1")
    conn.execute("UPDATE purposes SET retention_days = 4000 WHERE key = 'bookkeeping'")
    conn.close()
    with vault.unlock(polish.paths.folder, "old", "old passphrase 1", failures=failures) as s:
        books = purposes.get_purpose(s, "bookkeeping")
        assert (books.retention_days, books.kept_for) == (2557, "7 years")
        assert "Germany" not in books.description and "country" in books.description
    with vault.unlock(chosen.paths.folder, "old", "old passphrase 1", failures=failures) as s:
        books = purposes.get_purpose(s, "bookkeeping")
        assert books.retention_days == 4000 and "ten years in Germany" in books.description
