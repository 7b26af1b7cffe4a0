"""Erasure leaves no trace in any page; restriction, hold and objection do what they say."""

from __future__ import annotations

import hashlib
import hmac
import struct
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from crmdesk.core import configuration, vault
from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.imports import demo, importing
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction
from crmdesk.core.privacy import consent, erasure, requests, restriction, retention
from crmdesk.core.vault import database, integrity
from crmdesk.core.vault.session import VaultPaths
from tests.conftest import ADMIN, OWNER, PASSPHRASES, STAFF, vault_files

# Strings only the erased person has, as they are stored and as the search
# index folds them (lower case, no accents).
CANARIES = ("Wqzvbnx", "wqzvbnx", "Jkplmrt", "jkplmrt", "9876543", "Qwxzrty", "qwxzrty", "Vbnmkls", "vbnmkls",
            "Zxqwert", "zxqwert", "Plmoknj", "plmoknj", "Hgfdsaq", "hgfdsaq", "Tgbyhnu", "tgbyhnu")
SIGNATURE = b"\x89PNG-evidence-Mnbvcxz-signature"


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of an SQLCipher 4 file (or its WAL), decrypted with the raw key."""
    data = path.read_bytes()
    size, reserve = database.PAGE_SIZE, database.RESERVE_BYTES
    if path.name.endswith("-wal"):
        frames = [data[32 + i * (24 + size) + 24: 32 + (i + 1) * (24 + size)]
                  for i in range((len(data) - 32) // (24 + size))] if len(data) > 32 else []
        numbers = [struct.unpack(">I", data[32 + i * (24 + size): 36 + i * (24 + size)])[0]
                   for i in range(len(frames))]
    else:
        frames = [data[i:i + size] for i in range(0, len(data), size)]
        numbers = list(range(1, len(frames) + 1))
    pages = []
    for number, page in zip(numbers, frames, strict=True):
        start = database.SALT_BYTES if number == 1 else 0
        iv = page[size - reserve: size - reserve + database.IV_BYTES]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start: size - reserve]) + decryptor.finalize())
    return pages


def test_decrypting_pages_works(open_as, vault_path):
    """The helper itself: a known string is found after decrypting."""
    owner = open_as(OWNER)
    contacts.add_contact(owner, ContactInput(given_name="Findmeplease"))
    key = bytes(owner.master_key())
    database.checkpoint(owner.conn)
    pages = decrypted_pages(vault_path / "vault.db", key)
    assert any(b"Findmeplease" in page for page in pages)
    assert pages[0].startswith(b"SQLite format 3\x00"[16:]) or b"SQLite" not in pages[0][:16]


@pytest.fixture
def erased_world(open_as, vault_path):
    owner = open_as(OWNER)
    configuration.change_setting(owner, "phone_region", "DE")  # "030 …" is a Berlin number
    demo.fill_demo(owner, 300)  # the person shares pages with others, as in a real vault
    person = contacts.add_contact(owner, ContactInput(
        given_name="Wqzvbnx", family_name="Jkplmrt", organisation="Qwxzrty GmbH",
        emails=[Labelled("vbnmkls@example.org")], phones=[Labelled("+49 30 9876543")],
        addresses=[Address(street="Zxqwert 5", city="Berlin")], notes="Plmoknj allergy",
        tags=["VIP", "Tgbyhnu clinic"]))  # a tag only they have can say more than their name
    add_interaction(owner, person.id, kind="note", summary="Hgfdsaq asked about cakes", body="Hgfdsaq details")
    add_interaction(owner, person.id, kind="visit", summary="an old visit",
                    occurred_at=owner.clock.now() - timedelta(days=5 * 366))
    retention.set_policy(owner, "old_interactions", mode="propose")
    retention.run(owner)  # proposes deleting the old visit, labelled with the person's name
    assert any("Wqzvbnx" in item.label for item in retention.proposals(owner))
    consent.record(owner, person.id, "newsletter-email", "granted", consent.Capture(
        note="Plmoknj signed", evidence=[consent.EvidenceInput("signature", SIGNATURE, "image/png")]))
    request = requests.open_request(owner, person.id, "erasure", notes="Wqzvbnx phoned")
    requests.verify(owner, request.reference, "Jkplmrt showed ID")
    database.checkpoint(owner.conn)
    key = bytes(owner.master_key())
    before = b"".join(decrypted_pages(vault_path / "vault.db", key))
    assert all(c.encode() in before for c in CANARIES[:4]) and SIGNATURE in before
    preview = dict(erasure.preview(owner, person.id))
    assert preview["interactions"] == 2 and preview["consent evidence file"] == 1 and preview["e-mail address"] == 1
    tomb = erasure.erase(owner, person.id, request_reference=request.reference)
    return owner, person, request.reference, tomb, key


def test_erasure_leaves_no_byte_of_the_person_in_any_page(erased_world, vault_path):
    owner, person, reference, tomb, key = erased_world
    owner.conn.execute("SELECT count(*) FROM contacts").fetchone()
    files = [vault_path / "vault.db"] + [p for p in vault_path.iterdir() if p.name.endswith("-wal")]
    for path in files:
        raw = path.read_bytes()
        for number, page in enumerate(decrypted_pages(path, key), start=1):
            for canary in (*CANARIES, "Mnbvcxz"):
                assert canary.encode() not in page, f"{canary} in {path.name} page {number}"
                assert canary.encode("utf-16-le") not in page
        assert b"Wqzvbnx" not in raw
    # What stays: the tombstone, the request without personal text, a sound vault and audit chain.
    assert tomb.contact_id == person.id and tomb.request == reference
    kept = requests.get_request(owner, reference)
    assert kept.status == "fulfilled" and kept.contact_name == "" and kept.notes == ""
    assert "Tgbyhnu clinic" not in contacts.all_tags(owner) and "VIP" in contacts.all_tags(owner)
    assert not [item for item in retention.proposals(owner) if "Wqzvbnx" in item.label]
    assert "Jkplmrt" not in (kept.verified_method or "")
    assert [t.contact_id for t in erasure.tombstones(owner)] == [person.id]
    assert integrity.verify_vault(owner) == []


def test_a_later_import_recognises_the_erased_person(erased_world):
    owner, *_ = erased_world
    rows = [(2, ContactInput(given_name="Someone", emails=[Labelled("VBNMKLS@example.org ")])),
            (3, ContactInput(given_name="Other", phones=[Labelled("030 9876543")])),
            (4, ContactInput(given_name="Fresh", emails=[Labelled("fresh@example.org")]))]
    summary = importing.import_contacts(owner, rows)
    reasons = {o.line: (o.action, o.reason) for o in summary.outcomes}
    assert reasons[2][0] == "skipped" and "asked to be erased" in reasons[2][1]
    assert reasons[3][0] == "skipped" and reasons[4] == ("added", "")
    digests = {r[1]: r[0] for r in owner.conn.execute("SELECT digest, kind FROM suppressions")}
    assert len(digests["email"]) == 4 and len(digests["phone"]) == 3  # 16 and 12 bits: a maybe, not a yes
    assert not hashlib.sha256(b"vbnmkls@example.org").hexdigest().startswith(digests["email"])


def test_an_insider_trying_every_number_cannot_tell_which_one_was_erased(erased_world):
    """Anyone with a key can read the digest secret. Trying every number of half the erased
    person's block (+49 30 95…–99…, half a million numbers; a whole country takes minutes more)
    leaves over a hundred candidates, not the one number."""
    owner, *_ = erased_world
    secret = bytes.fromhex(owner.conn.execute(
        "SELECT value FROM meta WHERE key = 'suppression_secret'").fetchone()[0])
    erased = owner.conn.execute("SELECT digest FROM suppressions WHERE kind = 'phone'").fetchone()[0]
    candidates = [number for n in range(9_500_000, 10_000_000)
                  if hmac.new(secret, (f"phone:{(number := f'4930{n}')}").encode(),
                              hashlib.sha256).hexdigest().startswith(erased)]
    assert "49309876543" in candidates
    assert len(candidates) > 75  # about 500,000 / 4,096 = 122


def test_legal_hold_blocks_erasure_and_only_managers_erase(open_as):
    staff, admin = open_as(STAFF), open_as(ADMIN)
    person = contacts.add_contact(staff, ContactInput(given_name="Held"))
    with pytest.raises(PermissionDenied):
        erasure.erase(staff, person.id)
    with pytest.raises(PermissionDenied):
        restriction.set_hold(staff, person.id, True)
    restriction.set_hold(admin, person.id, True)
    with pytest.raises(UsageError, match="legal hold"):
        erasure.erase(admin, person.id)
    assert contacts.get_contact(admin, person.id).given_name == "Held"
    restriction.set_hold(admin, person.id, False)
    erasure.erase(admin, person.id)


def test_restriction_blocks_editing_new_consent_and_exports(open_as):
    from crmdesk.core.privacy import subject_data

    staff = open_as(STAFF)
    person = contacts.add_contact(staff, ContactInput(given_name="Restricted"))
    consent.record(staff, person.id, "newsletter-email", "granted")
    restriction.set_restricted(staff, person.id, True)
    with pytest.raises(UsageError, match="restricted"):
        contacts.update_contact(staff, person.id, ContactInput(given_name="Changed"))
    with pytest.raises(UsageError, match="restricted"):
        consent.record(staff, person.id, "photos-marketing", "granted")
    consent.record(staff, person.id, "newsletter-email", "withdrawn")  # withdrawing still works
    with pytest.raises(UsageError, match="restricted"):
        subject_data.collect(staff, person.id)
    access = requests.open_request(staff, person.id, "access")
    requests.verify(staff, access.reference, "ID card")
    assert subject_data.collect(staff, person.id, request_reference=access.reference).contact.id == person.id
    owner = open_as(OWNER)
    exported = [c.id for c in contacts.contacts_for_export(owner, file_format="csv")]
    assert person.id not in exported
    restriction.set_restricted(staff, person.id, False)
    contacts.update_contact(staff, person.id, ContactInput(given_name="Changed"))


def test_objection_ends_legitimate_interests_and_marketing(open_as):
    staff = open_as(STAFF)
    person = contacts.add_contact(staff, ContactInput(given_name="Objector"))
    consent.record(staff, person.id, "customer-care", "recorded")
    consent.record(staff, person.id, "order-fulfilment", "recorded")
    consent.record(staff, person.id, "newsletter-email", "granted")
    ended = restriction.object_to_processing(staff, person.id)
    direct = {r[0] for r in staff.conn.execute("SELECT key FROM purposes WHERE direct_marketing = 1")}
    assert sorted(ended) == sorted({"customer-care", "newsletter-email"} | direct)
    states = {s.purpose.key: s.state for s in consent.current_states(staff, person.id)}
    assert states["customer-care"] == "ended" and states["newsletter-email"] == "withdrawn"
    # Marketing not asked yet is refused, so a later consent needs evidence of its own.
    assert all(states[key] == "refused" for key in direct - {"newsletter-email"})
    assert restriction.object_to_processing(staff, person.id) == []  # it stands already
    assert states["order-fulfilment"] == "recorded"  # a contract is not ended by an objection
    assert "objection (Art. 21)" in consent.history(staff, person.id)[-1].note


def test_vault_reopens_and_verifies_after_erasure(erased_world, vault_path, failures):
    owner, *_ = erased_world
    owner.close()
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as again:
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert again.conn.execute("SELECT count(*) FROM tombstones").fetchone()[0] == 1


def test_restoring_an_older_backup_erases_again_whoever_was_erased_since(open_as, vault_path, tmp_path):
    from crmdesk.core.backups import archive, backup, restore

    owner = open_as(OWNER)
    configuration.change_setting(owner, "phone_region", "DE")
    person = contacts.add_contact(owner, ContactInput(
        given_name="Wqzvbnx", family_name="Jkplmrt", emails=[Labelled("vbnmkls@example.org")]))
    keeper = contacts.add_contact(owner, ContactInput(given_name="Keeper"))
    made = backup.create_backup(owner, tmp_path / "b")  # the person is in this backup
    erasure.erase(owner, person.id)
    key = bytes(owner.master_key())
    owner.close()
    result = restore.restore_backup(made.path, vault_path, archive.passphrase_key(OWNER, PASSPHRASES[OWNER]),
                                    force=True)
    assert result.erased_again == 1 and result.warning == ""
    with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER]) as restored:
        ids = [r[0] for r in restored.conn.execute("SELECT id FROM contacts")]
        assert person.id not in ids and keeper.id in ids
        assert [t.contact_id for t in erasure.tombstones(restored)] == [person.id]
        summary = importing.import_contacts(restored, [(2, ContactInput(emails=[Labelled("vbnmkls@example.org")]))])
        assert summary.outcomes[0].action == "skipped"
        database.checkpoint(restored.conn)
        key = bytes(restored.master_key())
    for page in decrypted_pages(vault_path / "vault.db", key):
        assert b"Wqzvbnx" not in page and b"wqzvbnx" not in page


def test_a_restore_to_a_new_folder_erases_again_whoever_the_open_vault_erased(open_as, vault_path, tmp_path):
    from crmdesk.core.backups import archive, backup, restore

    owner = open_as(OWNER)
    person = contacts.add_contact(owner, ContactInput(given_name="Wqzvbnx", emails=[Labelled("vbnmkls@example.org")]))
    made = backup.create_backup(owner, tmp_path / "b")
    erasure.erase(owner, person.id)
    finder = archive.passphrase_key(OWNER, PASSPHRASES[OWNER])
    with pytest.raises(UsageError, match="would come back") as refused:  # nothing tells who was erased
        restore.restore_backup(made.path, tmp_path / "elsewhere", finder)
    assert refused.value.hint == "restore-without-erasures" and not (tmp_path / "elsewhere.crmvault").exists()
    result = restore.restore_backup(made.path, tmp_path / "copy", finder,
                                    erasures=restore.KnownErasures.of(owner))
    assert result.erased_again == 1
    with vault.unlock(result.target, OWNER, PASSPHRASES[OWNER]) as copy:
        assert person.id not in [r.id for r in contacts.list_contacts(copy).rows]
        assert [t.contact_id for t in erasure.tombstones(copy)] == [person.id]
        database.checkpoint(copy.conn)
        key = bytes(copy.master_key())
    for page in decrypted_pages(result.target / "vault.db", key):
        assert b"Wqzvbnx" not in page and b"wqzvbnx" not in page
    # Read from the vault folder itself (the command line's way), without writing a byte to it.
    before = vault_files(vault_path)
    known, why = restore.erasures_of(VaultPaths.of(vault_path), finder, owner.vault_id)
    assert why == "" and [t[0] for t in known.tombstones] == [person.id]
    assert vault_files(vault_path) == before
    # A confirmed restore without the open vault says nothing was erased again.
    alone = restore.restore_backup(made.path, tmp_path / "alone", finder, without_erasures=True)
    assert alone.erased_again == 0


def test_a_restore_says_so_when_the_replaced_vault_cannot_be_read(open_as, vault_path, tmp_path):
    from crmdesk.core.backups import archive, backup, restore

    owner = open_as(OWNER)
    made = backup.create_backup(owner, tmp_path / "b")
    owner.close()
    (vault_path / "vault.db").write_bytes(b"damaged" * 1000)
    finder = archive.passphrase_key(OWNER, PASSPHRASES[OWNER])
    with pytest.raises(UsageError, match="cannot be read with the credentials") as refused:
        restore.restore_backup(made.path, vault_path, finder, force=True)
    assert refused.value.hint == "restore-confirm"
    # Another copy of the vault (perhaps older) does not stand in for the one being replaced.
    copy = restore.KnownErasures(archive.read_manifest(made.path).vault_id, [], [], None)
    with pytest.raises(UsageError, match="cannot be read with the credentials"):
        restore.restore_backup(made.path, vault_path, finder, force=True, erasures=copy)
    assert (vault_path / "vault.db").read_bytes() == b"damaged" * 1000  # left as it was
    result = restore.restore_backup(made.path, vault_path, finder, force=True, without_erasures=True)
    assert "erase them again by hand" in result.warning and result.erased_again == 0
    assert result.safety_copy is not None


def test_an_erasure_during_a_backup_is_finished_when_the_backup_lets_go(open_as, vault_path, monkeypatch):
    """A reader with an older snapshot (a backup copying) keeps the freed pages from being
    overwritten; the erasure says so, and the old pages go when the reader ends."""
    from tests.support.raw import raw_connection

    monkeypatch.setattr(erasure, "OVERWRITE_WAIT_SECONDS", 0.3)
    owner = open_as(OWNER)
    demo.fill_demo(owner, 50)
    person = contacts.add_contact(owner, ContactInput(given_name="Qxvlaterq", family_name="Zpendingz"))
    database.checkpoint(owner.conn)
    reader = raw_connection(owner)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contacts").fetchone()  # holds its snapshot, as a backup step would
    tomb = erasure.erase(owner, person.id)
    assert tomb.pending
    key = bytes(owner.master_key())
    held = b"".join(decrypted_pages(vault_path / "vault.db", key))
    wal = vault_path / "vault.db-wal"
    assert b"Qxvlaterq" in held or (wal.exists() and wal.stat().st_size > 0)
    reader.execute("COMMIT")
    reader.close()
    assert database.checkpoint(owner.conn)  # what the backup's end (or the next unlock) does
    assert b"Qxvlaterq" not in b"".join(decrypted_pages(vault_path / "vault.db", key))
    assert not wal.exists() or wal.stat().st_size == 0
