"""Insiders: people who have a key (their own passphrase opens the master
key) and edit the vault's files outside crmdesk. What they can do stays
limited to what their slot opens; what they change is noticed."""

from __future__ import annotations

import json

import pytest

from crmdesk.core.vault import crypto, database
from tests.conftest import ADMIN, OWNER, PASSPHRASES, STAFF, VIEWER


def _edit_slots(vault_path, change) -> None:
    path = vault_path / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def real_floor(monkeypatch):
    """crmdesk's own Argon2id floor (the tests run below it, see tests/support)."""
    monkeypatch.setattr(crypto, "KDF_FLOOR", crypto.KdfParams(memory_kib=19456, iterations=2, lanes=1))


def test_weakened_argon2id_defaults_are_refused(cli, vault_path, real_floor):
    def weaken(data):
        data["kdf_defaults"] = {"memory_kib": 8, "iterations": 1, "lanes": 1}

    _edit_slots(vault_path, weaken)
    result = cli("user", "add", "newbie", "--role", "staff", user=ADMIN, env={"CRMDESK_NEW_PASSPHRASE": "x" * 12})
    assert result.code == 5 and "weaker than crmdesk allows" in result.err, result.err
    assert "newbie" not in (vault_path / "keyslots.json").read_text("utf-8")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("memory_kib", 2 ** 40, "damaged"),
    ("memory_kib", 0, "damaged"),
    ("iterations", -1, "damaged"),
    ("salt", "", "damaged"),
    ("public_key", "AAAA", "damaged"),
    ("nonce", "AAAA", "damaged"),
    ("file", "[", "damaged"),
])
def test_tampered_key_slot_fields_are_damage_not_a_crash_nor_a_wrong_passphrase(cli, vault_path, field, value,
                                                                               words):
    path = vault_path / "keyslots.json"
    if field == "file":
        path.write_text(value, encoding="utf-8")
    else:
        def tamper(data):
            for slot in data["slots"]:
                if field in ("memory_kib", "iterations", "salt"):
                    slot["kdf"][field] = value
                elif field == "public_key":
                    slot["public_key"] = value
                else:
                    slot["wrapped_private_key"]["nonce"] = value
        _edit_slots(vault_path, tamper)
    result = cli("contact", "list", user=STAFF)
    assert result.code == 5 and words in result.err, (field, result.err)
    assert "unexpectedly" not in result.err and "passphrase is wrong" not in result.err


def test_new_vaults_refuse_argon2id_below_the_floor(tmp_path, real_floor):
    from crmdesk.core import vault

    with pytest.raises(crypto.WeakKdf):
        vault.create_vault(tmp_path / "weak", owner_name="o", passphrase="long enough passphrase",
                           kdf=crypto.KdfParams(memory_kib=8, iterations=1, lanes=1))
    assert not list(tmp_path.iterdir())


# -- a user with a key who edits vault.db and keyslots.json with their own tools -----------------

def insider(vault_path, name: str):
    """What a user gets from their own passphrase: their private key and the master key,
    and a raw connection on vault.db with it (no crmdesk rules, no triggers they cannot drop)."""
    from crmdesk.core.vault.keyslots import KeySlots

    slots = KeySlots.load(vault_path / "keyslots.json")
    slot = slots.user_slot(name)
    private = slot.unwrap_private_key(slots.vault_id, PASSPHRASES[name])
    master = slot.master_keys(slots.vault_id, private)[0]
    return slots, private, master, database.connect(vault_path / "vault.db", master)


def _user_id(conn, name: str) -> str:
    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()[0]


def test_a_viewer_who_makes_themselves_admin_is_stopped_and_seen(cli, vault_path):
    _, _, _, conn = insider(vault_path, VIEWER)
    conn.execute("UPDATE users SET role = 'admin' WHERE name = ?", (VIEWER,))
    conn.close()
    exported = cli("export", "--contacts", str(vault_path.parent / "all.csv"), user=VIEWER)
    assert exported.code == 5 and "not the one an owner or admin signed" in exported.err, exported.err
    assert not (vault_path.parent / "all.csv").exists()
    checked = cli("verify", user=ADMIN)
    assert checked.code == 5 and "is an active admin, but their signed grant says active viewer" in checked.err


def test_a_grant_signed_by_the_viewer_themselves_does_not_count(cli, vault_path):
    from crmdesk.core.vault import grants

    _, private, _, conn = insider(vault_path, VIEWER)
    viewer = _user_id(conn, VIEWER)
    conn.execute("BEGIN")
    grants.issue(conn, json.loads((vault_path / "keyslots.json").read_text())["vault_id"],
                 signer=crypto.signing_seed(private), granted_by=viewer, user_id=viewer, role="admin",
                 active=True, signing_key=crypto.signing_public(crypto.signing_seed(private)), slot_id=None,
                 at="2026-11-29T12:00:00Z")
    conn.execute("UPDATE users SET role = 'admin' WHERE id = ?", (viewer,))
    conn.execute("COMMIT")
    conn.close()
    assert cli("contact", "list", user=VIEWER).code == 5
    checked = cli("verify", user=ADMIN)
    assert checked.code == 5 and "is not signed by an owner or admin" in checked.err


def test_a_viewer_who_replaces_the_root_key_is_noticed_at_the_next_unlock(cli, vault_path):
    """The thorough insider: a root key of their own, every grant re-signed with it (themselves as
    admin), keyslots.json sealed again with the master key they have. Their own slot works; the
    others' slots are bound to the real root, so everyone else is told at their next unlock."""
    from crmdesk.core.vault import grants

    slots, private, master, conn = insider(vault_path, VIEWER)
    seed = crypto.new_signing_seed()
    slots.set_root(seed, since=1)
    own = slots.user_slot(VIEWER)
    wrapping = crypto.derive_key(PASSPHRASES[VIEWER], own.salt, own.kdf)
    own.bind(slots.vault_id, wrapping, private, slots.root_fingerprint())
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER grants_no_delete")
    conn.execute("DELETE FROM grants")
    owner_signing = None
    for user_id, role in conn.execute("SELECT id, role FROM users").fetchall():
        slot = slots.slot_for_user_id(user_id)
        if role == "owner":  # the owner's signing key is public in the old grants; the insider keeps it
            owner_signing = crypto.signing_public(crypto.signing_seed(private))
        grants.issue(conn, slots.vault_id, signer=seed, granted_by=grants.ROOT, user_id=user_id,
                     role="admin" if user_id == own.user_id else role, active=True,
                     signing_key=crypto.signing_public(crypto.signing_seed(private)) if slot is own else None,
                     slot_id=slot.id if slot else None,
                     at="2026-11-29T12:00:00Z")
    conn.execute("UPDATE users SET role = 'admin' WHERE name = ?", (VIEWER,))
    conn.execute("COMMIT")
    conn.close()
    slots.save(vault_path / "keyslots.json", master)
    assert owner_signing is not None
    for name in (OWNER, ADMIN, STAFF):
        result = cli("contact", "list", user=name)
        assert result.code == 5, (name, result.err)
        assert "passphrase is wrong" not in result.err and "restore" in result.err.lower(), result.err


def test_a_rewritten_audit_trail_is_found_even_with_the_hash_chain_rebuilt(cli, open_as, vault_path):
    from crmdesk.core.vault import audit

    with open_as(STAFF) as staff:  # some history by others
        for n in range(3):
            from crmdesk.core.people import contacts
            from crmdesk.core.people.contact_model import ContactInput
            contacts.add_contact(staff, ContactInput(given_name=f"Kept{n}", family_name="Trail"))
    _, _, _, conn = insider(vault_path, VIEWER)
    doomed = conn.execute("SELECT min(seq) FROM audit WHERE action = 'contact.added'").fetchone()[0]
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DELETE FROM audit WHERE seq = ?", (doomed,))
    rows = conn.execute("SELECT seq, at, actor, action, target, detail FROM audit WHERE seq > ? ORDER BY seq",
                        (doomed,)).fetchall()
    prev = conn.execute("SELECT hash FROM audit WHERE seq = ?", (doomed - 1,)).fetchone()[0]
    for seq, at, actor, action, target, detail in rows:  # renumber and re-chain every later entry
        digest = audit._entry_hash(seq - 1, at, actor, action, target, detail, prev)
        conn.execute("UPDATE audit SET seq = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (seq - 1, prev, digest, seq))
        prev = digest
    last = rows[-1][0] - 1
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{last}:{prev}",))
    conn.execute("COMMIT")
    conn.close()
    trail = cli("audit", "verify", user=ADMIN)
    assert trail.code == 5 and "is not signed by its actor" in trail.err, trail.err
    assert cli("verify", user=ADMIN).code == 5


def test_keyslots_edited_without_a_key_break_their_seal(cli, vault_path):
    def cheaper(data):
        data["kdf_defaults"]["iterations"] = 2  # still above the floor, but not what the owner set
    _edit_slots(vault_path, cheaper)
    result = cli("contact", "list", user=STAFF)
    assert result.code == 5 and "changed outside crmdesk" in result.err


# -- what a hostile review found after the first version ----------------------------------------

def test_removing_the_root_key_does_not_make_a_vault_from_before_signatures(cli, vault_path):
    slots, _, master, conn = insider(vault_path, VIEWER)
    conn.execute("UPDATE users SET role = 'admin' WHERE name = ?", (VIEWER,))
    conn.close()
    slots.root = None
    slots.save(vault_path / "keyslots.json", master)
    for name in (VIEWER, ADMIN, OWNER):  # nobody's unlock makes a fresh root that would vouch for the change
        result = cli("contact", "list", user=name)
        assert result.code == 5 and "lost the vault's root key" in result.err, (name, result.err)
    assert "root" not in json.loads((vault_path / "keyslots.json").read_text("utf-8"))


def test_removing_root_and_seal_without_any_key_is_damage_not_a_fresh_start(cli, vault_path):
    def strip(data):
        data.pop("root")
        data.pop("mac")
    _edit_slots(vault_path, strip)
    for name in (STAFF, OWNER):
        result = cli("contact", "list", user=name)
        assert result.code == 5, (name, result.err)


def test_grants_for_others_made_with_the_viewers_key_vouch_for_nothing(cli, vault_path):
    from crmdesk.core.vault import grants

    slots, private, _, conn = insider(vault_path, VIEWER)
    mine = crypto.signing_public(crypto.signing_seed(private))
    conn.execute("BEGIN")
    for n, name in enumerate((OWNER, ADMIN, STAFF), start=1):  # old, low-numbered "grants" with the viewer's key
        conn.execute("INSERT INTO grants (seq, user_id, role, active, signing_key, slot_id, granted_by, granted_at,"
                     " signature) VALUES (?, ?, 'viewer', 1, ?, NULL, 'root', '', 'AA==')",
                     (-n, _user_id(conn, name), crypto.b64(mine)))
    conn.execute("COMMIT")
    conn.close()
    assert grants  # the module the forgery imitates
    checked = cli("verify", user=ADMIN)
    assert checked.code == 5 and "is not signed by anyone entitled to give it" in checked.err


def test_a_disabled_user_put_back_with_an_old_slot_is_found(cli, vault_path):
    old_slots = (vault_path / "keyslots.json").read_text("utf-8")
    assert cli("user", "disable", STAFF, user=ADMIN).code == 0
    slots, _, master, conn = insider(vault_path, VIEWER)
    from crmdesk.core.vault.keyslots import KeySlots

    back = KeySlots.from_bytes(old_slots.encode()).user_slot(STAFF)
    back.sealed_master_key = back.seal_master_key(slots.vault_id, master)
    slots.slots.append(back)
    slots.save(vault_path / "keyslots.json", master)
    staff_id = _user_id(conn, STAFF)
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER grants_no_delete")
    conn.execute("DELETE FROM grants WHERE seq = (SELECT max(seq) FROM grants WHERE user_id = ?)", (staff_id,))
    conn.execute("UPDATE users SET active = 1 WHERE id = ?", (staff_id,))
    conn.execute("COMMIT")
    conn.close()
    checked = cli("verify", user=ADMIN)
    assert checked.code == 5 and "which the audit log records, is missing" in checked.err, checked.err


def test_an_owner_slot_put_back_from_an_old_copy_is_refused(cli, vault_path):
    from crmdesk.core.vault.keyslots import KeySlots

    old = KeySlots.load(vault_path / "keyslots.json")
    assert cli("user", "passwd", user=OWNER, env={"CRMDESK_NEW_PASSPHRASE": "the owner's new passphrase"}).code == 0
    slots, _, master, _conn = insider(vault_path, VIEWER)
    _conn.close()
    slots.slots = [s for s in slots.slots if not s.owner] + [old.user_slot(OWNER)]
    for slot in slots.slots:
        slot.sealed_master_key = slot.seal_master_key(slots.vault_id, master)
    slots.save(vault_path / "keyslots.json", master)
    rolled_back = cli("contact", "list", user=OWNER)  # the old passphrase, through the old slot
    assert rolled_back.code == 5 and "not the one an owner or admin signed" in rolled_back.err, rolled_back.err
    assert "does not name" in rolled_back.err


def test_tampering_that_used_to_crash_is_reported_as_damage(cli, vault_path):
    _, _, _, conn = insider(vault_path, VIEWER)
    conn.execute("UPDATE meta SET value = 'garbage' WHERE key = 'audit_head'")
    conn.close()
    result = cli("contact", "list", user=STAFF)
    assert result.code == 5 and "unexpectedly" not in result.err, result.err


def test_a_damaged_root_signature_is_damage(cli, vault_path):
    def damage(data):
        data["root"]["signature"] = "!!!"
    _edit_slots(vault_path, damage)
    result = cli("contact", "list", user=STAFF)
    assert result.code == 5 and "unexpectedly" not in result.err, result.err


def test_an_unknown_role_is_damage(cli, vault_path):
    _, _, _, conn = insider(vault_path, VIEWER)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE users SET role = 'god' WHERE name = ?", (STAFF,))
    conn.close()
    for who in (STAFF, ADMIN):
        result = cli("user", "list", user=who)
        assert result.code == 5 and "unexpectedly" not in result.err, (who, result.err)


def test_an_old_recovery_slot_put_back_does_not_recover(cli, template_vault, vault_path):
    from crmdesk.core.vault.keyslots import KeySlots

    old = KeySlots.load(vault_path / "keyslots.json").recovery_slot()
    assert cli("recovery-code", user=OWNER).code == 0  # the printed kit was exposed: the owner replaces it
    slots, _, master, conn = insider(vault_path, VIEWER)
    conn.close()
    old.sealed_master_key = old.seal_master_key(slots.vault_id, master)
    slots.slots = [s for s in slots.slots if s.kind != "recovery"] + [old]
    slots.save(vault_path / "keyslots.json", master)
    taken = cli("recover", user=None, env={"CRMDESK_RECOVERY_CODE": template_vault.recovery_code,
                                           "CRMDESK_NEW_PASSPHRASE": "a takeover passphrase"})
    assert taken.code == 5 and "older one was put back" in taken.err, taken.err
    assert cli("contact", "list", user=OWNER).code == 5  # and the owner is told the file was changed


def test_an_owner_slot_made_unopenable_is_shown_by_verify(cli, vault_path):
    """Whoever can write the folder can make a slot refuse its passphrase (nothing on disk can tell
    that from a wrong passphrase before it opens); another admin's verify then names the slot."""
    slots, _, master, conn = insider(vault_path, VIEWER)
    conn.close()
    slots.user_slot(OWNER).check = "00" * 16
    slots.save(vault_path / "keyslots.json", master)
    assert cli("contact", "list", user=OWNER).code == 3
    checked = cli("verify", user=ADMIN)
    assert checked.code == 5 and "was changed outside crmdesk (it is not signed by them)" in checked.err


def test_a_viewer_cannot_open_a_backup_made_before_an_erasure(cli, open_as, vault_path, tmp_path):
    """Not with their passphrase, and not with the vault's master key their passphrase opens."""
    import zipfile

    from crmdesk.core.backups import backup
    from crmdesk.core.people import contacts
    from crmdesk.core.people.contact_model import ContactInput
    from crmdesk.core.privacy import erasure

    owner = open_as(OWNER)
    person = contacts.add_contact(owner, ContactInput(given_name="Erasmus", family_name="Gone"))
    made = backup.create_backup(owner, tmp_path / "backups")
    erasure.erase(owner, person.id)
    owner.close()
    refused = cli("verify", "--backup", str(made.path), user=VIEWER)
    assert refused.code == 4 and "only with the passphrase of an owner or admin" in refused.err, refused.err
    _, _, master, conn = insider(vault_path, VIEWER)
    conn.close()
    with zipfile.ZipFile(made.path) as archive:
        (tmp_path / "lifted.db").write_bytes(archive.read("vault.db"))
    assert not database.probe_key(tmp_path / "lifted.db", master)
    assert cli("verify", "--backup", str(made.path), user=ADMIN).code == 0


# -- the second hostile review ------------------------------------------------------------------

def _rechain(conn, after: int, change) -> None:
    """Re-number and re-hash every entry after ``after`` the way a careful insider would."""
    from crmdesk.core.vault import audit

    rows = conn.execute("SELECT seq, at, actor, action, target, detail FROM audit WHERE seq > ? ORDER BY seq",
                        (after,)).fetchall()
    prev = conn.execute("SELECT hash FROM audit WHERE seq = ?", (after,)).fetchone()[0]
    conn.execute("DELETE FROM audit WHERE seq > ?", (after,))
    for n, (_, at, actor, action, target, detail) in enumerate(rows, start=after + 1):
        actor = change(actor)
        digest = audit._entry_hash(n, at, actor, action, target, detail, prev)
        conn.execute("INSERT INTO audit (seq, at, actor, action, target, detail, prev_hash, hash) VALUES"
                     " (?, ?, ?, ?, ?, ?, ?, ?)", (n, at, actor, action, target, detail, prev, digest))
        prev = digest
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{after + len(rows)}:{prev}",))


def test_entries_rewritten_without_an_actor_are_found(cli, vault_path):
    assert cli("contact", "add", "--given", "Seen", "--family", "Before", user=STAFF).code == 0
    _, _, _, conn = insider(vault_path, VIEWER)
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DROP TRIGGER audit_no_update")
    first = conn.execute("SELECT min(seq) FROM audit WHERE action = 'contact.added'").fetchone()[0]
    conn.execute("UPDATE audit SET detail = '{}' WHERE seq = ?", (first,))
    _rechain(conn, first - 1, lambda actor: None)
    conn.execute("COMMIT")
    conn.close()
    trail = cli("audit", "verify", user=ADMIN)
    assert trail.code == 5 and "names no user of this vault" in trail.err, trail.err


def test_a_hidden_second_slot_gets_no_new_key_and_verify_names_it(cli, vault_path):
    from crmdesk.core.vault import keyslots as slot_file

    slots, _, master, conn = insider(vault_path, VIEWER)
    conn.close()
    hidden, hidden_private = slot_file.new_slot(vault_id=slots.vault_id, kind=slot_file.RECOVERY,
                                                secret="the insider's own code", master_key=master,
                                                kdf=slots.kdf_defaults, root_fingerprint=slots.root_fingerprint())
    slots.slots.append(hidden)
    slots.save(vault_path / "keyslots.json", master)
    checked = cli("verify", user=ADMIN)
    assert checked.code == 5 and f"key slot {hidden.id} is a second slot" in checked.err, checked.err
    assert cli("user", "disable", VIEWER, user=ADMIN).code == 0  # the master key changes
    after = slot_file.KeySlots.load(vault_path / "keyslots.json")
    assert hidden.id not in {s.id for s in after.slots}
    assert not database.probe_key(vault_path / "vault.db", hidden.master_keys(slots.vault_id, hidden_private)[0])


def test_users_added_at_the_same_time_both_keep_their_slot(open_as, vault_path, failures):
    import threading

    from crmdesk.core import vault
    from crmdesk.core.vault import users

    errors = []

    def add(actor: str, name: str) -> None:
        try:
            with vault.unlock(vault_path, actor, PASSPHRASES[actor], failures=failures) as session:
                users.add_user(session, name, role="staff", passphrase=f"{name} passphrase 1")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(actor, name)) for actor, name in ((ADMIN, "eve"), (OWNER, "fred"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for name in ("eve", "fred"):
        vault.unlock(vault_path, name, f"{name} passphrase 1", failures=failures).close()


def test_an_open_session_never_takes_up_a_role_changed_outside(open_as, vault_path):
    from crmdesk.core.errors import IntegrityFailure
    from crmdesk.core.vault import users

    viewer = open_as(VIEWER)
    _, _, _, conn = insider(vault_path, VIEWER)
    conn.execute("UPDATE users SET role = 'admin' WHERE name = ?", (VIEWER,))
    conn.close()
    with pytest.raises(IntegrityFailure):
        users.disable_totp(viewer)  # reads one's own account again afterwards
    assert viewer.role.value == "viewer"


@pytest.mark.parametrize("where", ["kdf_defaults", "root_since"])
def test_infinity_in_keyslots_is_damage(cli, vault_path, where):
    path = vault_path / "keyslots.json"
    text = path.read_text("utf-8")
    data = json.loads(text)
    if where == "kdf_defaults":
        data["kdf_defaults"]["memory_kib"] = float("inf")
    else:
        data["root"]["since"] = float("inf")
    path.write_text(json.dumps(data), encoding="utf-8")
    result = cli("contact", "list", user=STAFF)
    assert result.code == 5 and "unexpectedly" not in result.err, result.err


def test_values_of_the_wrong_kind_in_the_trail_are_damage_not_a_crash(cli, vault_path):
    _, _, _, conn = insider(vault_path, VIEWER)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = ? WHERE seq = 2", (b"\x00\xff",))
    conn.execute("UPDATE audit SET actor = ? WHERE seq = 3", (b"\x01",))
    conn.close()
    for args in (("audit", "verify"), ("verify",), ("audit", "list")):
        result = cli(*args, user=ADMIN)
        assert result.code in (0, 5) and "unexpectedly" not in result.err, (args, result.err)
    assert cli("audit", "verify", user=ADMIN).code == 5


def test_a_restore_with_the_recovery_code_signs_what_it_changes_with_the_root(open_as, vault_path, tmp_path,
                                                                             template_vault, failures):
    """The owner come in by the recovery code restores over the vault; the user disabled since the
    backup stays disabled there, by a grant the root signs, and the vault verifies."""
    from crmdesk.core import vault
    from crmdesk.core.backups import backup, restore
    from crmdesk.core.vault import integrity, users

    made = backup.create_backup(open_as(OWNER), tmp_path / "b")
    users.disable_user(open_as(ADMIN), STAFF)

    def recovery_code(slots):
        slot = slots.recovery_slot()
        return slot, slot.unwrap_private_key(slots.vault_id, crypto.normalise_recovery_code(
            template_vault.recovery_code))

    restore.restore_backup(made.path, vault_path, recovery_code, force=True)
    with vault.unlock(vault_path, ADMIN, PASSPHRASES[ADMIN], failures=failures) as admin:
        assert admin.conn.execute("SELECT active FROM users WHERE name = ?", (STAFF,)).fetchone()[0] == 0
        assert integrity.verify_vault(admin) == []
