"""import, export and demo from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ADMIN, OWNER, STAFF, VIEWER, vault_files

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def test_import_summary_dry_run_then_real(cli):
    dry = cli("import", str(DATA / "google.csv"), "--dry-run", user=STAFF)
    assert dry.code == 0 and "Would import google.csv (google, utf-8): 4 added" in dry.out
    assert "Nothing was changed (dry run)." in dry.out
    assert json.loads(cli("contact", "list", "--json", user=STAFF).out)[0]["display_name"] == "Theo Template"
    real = cli("import", str(DATA / "google.csv"), "--json", user=STAFF)
    data = json.loads(real.out)
    assert (data["added"], data["merged"], data["skipped"]) == (4, 0, 0)
    again = cli("import", str(DATA / "contacts_v21.vcf"), user=STAFF)
    assert ("line 1: merged Jürgen Müller (same e-mail as a contact in the vault; added a phone number, notes)"
            in again.out)


def test_mapping_option(cli):
    result = cli("import", str(DATA / "generic.csv"), "--map", "Kundenname=display_name",
                 "--map", "Kontakt=email", user=STAFF)
    assert result.code == 0 and "2 added" in result.out
    bad = cli("import", str(DATA / "generic.csv"), "--map", "Kundenname=nonsense", user=STAFF)
    assert bad.code == 2 and "--map takes COLUMN=FIELD" in bad.err


def test_unreadable_file_imports_nothing_and_leaves_vault_untouched(cli, vault_path, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text("Name,E-mail\nAnna,anna@example.de\nBert,bert@example.de,surplus\n", encoding="utf-8")
    before = vault_files(vault_path)
    result = cli("import", str(broken), user=STAFF)
    assert result.code == 1
    assert result.err.strip() == ("crmdesk: broken.csv: line 3: this row has 3 fields but the header "
                                  "has 2; check the delimiter and quotes; nothing was imported.")
    assert vault_files(vault_path) == before
    missing = cli("import", str(tmp_path / "nope.csv"), user=STAFF)
    assert missing.code == 1 and "no file" in missing.err


def test_viewer_cannot_import_and_staff_cannot_export(cli, tmp_path):
    assert cli("import", str(DATA / "google.csv"), user=VIEWER).code == 4
    assert cli("export", "--contacts", str(tmp_path / "x.csv"), user=STAFF).code == 4
    assert not (tmp_path / "x.csv").exists()


def test_export_files(cli, tmp_path):
    cli("import", str(DATA / "contacts_v30.vcf"), user=STAFF)
    result = cli("export", "--contacts", str(tmp_path / "all.vcf"), user=ADMIN)
    assert result.code == 0 and "Exported 3 contacts" in result.out and "not encrypted" in result.out
    text = (tmp_path / "all.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3 and "VERSION:4.0" in text and "FN:Ελένη Παπαδάκη" in text
    assert (tmp_path / "all.vcf").stat().st_mode & 0o777 == 0o600
    wrong = cli("export", "--contacts", str(tmp_path / "all.txt"), user=ADMIN)
    assert wrong.code == 2 and ".csv" in wrong.err


def test_demo_fills_a_vault(cli):
    result = cli("demo", "--contacts", "300", user=STAFF)
    assert result.code == 0 and "300 made-up demo contacts" in result.out
    listed = json.loads(cli("contact", "list", "--limit", "500", "--json", user=STAFF).out)
    assert len(listed) == 301
    assert all(r["email"].endswith("@example.com") for r in listed if r["display_name"] != "Theo Template")


def test_encoding_option(cli, tmp_path):
    path = tmp_path / "klienci.csv"
    path.write_bytes("Name;E-Mail;Ort\r\nŁukasz Żak;l@x.example;Łódź\r\n".encode("cp1250"))
    bad = cli("import", str(path), "--encoding", "klingon", user=STAFF)
    assert bad.code == 2 and "does not know the character set 'klingon'" in bad.err
    done = cli("import", str(path), "--encoding", "windows-1250", "--json", user=STAFF)
    assert json.loads(done.out)["encoding"] == "cp1250" and json.loads(done.out)["rows"][0]["name"] == "Łukasz Żak"


def test_demo_is_written_in_the_language_of_whoever_makes_it(cli):
    """A Polish shop's demo has Polish tags, notes and visits; the consent texts its customers read are
    mostly the shop's own language."""
    assert cli("setting", "set", "shop_language", "pl", user=OWNER).code == 0
    assert cli("demo", "--contacts", "200", user=OWNER, env={"LANGUAGE": "pl"}).code == 0
    def tagged(tag: str) -> int:
        return len(json.loads(cli("contact", "list", "--tag", tag, "--limit", "500", "--json", user=STAFF).out))

    assert tagged("Stały klient") > 10 and tagged("Hurt") > 10
    assert tagged("Regular customer") == tagged("Stammkunde") == 0
    listed = json.loads(cli("contact", "list", "--limit", "500", "--json", user=STAFF).out)
    shown = cli("contact", "show", next(r["id"] for r in listed if r["display_name"] != "Theo Template"),
                user=STAFF, env={"LANGUAGE": "pl"}).out
    assert "dane demonstracyjne crmdesk" in shown
