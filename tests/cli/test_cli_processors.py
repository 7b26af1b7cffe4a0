"""processor commands: the owner keeps the register; staff read who gets data."""

from __future__ import annotations

import json

from tests.conftest import OWNER, STAFF


def test_add_show_edit_retire_and_the_agreement(cli, tmp_path):
    scan = tmp_path / "dpa.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed agreement")
    assert cli("processor", "list", user=OWNER).out.startswith("The register of processors is empty")
    added = cli("processor", "add", "Example Mail GmbH", "--service", "sends the newsletter", "--data", "names",
                "--data", "emails", "--purpose", "newsletter-email", "--contract-date", "2026-01-15",
                "--agreement", str(scan), user=OWNER)
    assert added.code == 0 and added.out.strip() == "Example Mail GmbH is in the register.", added.err
    outside = cli("processor", "add", "Cloudy Books Inc.", "--service", "keeps the books", "--location",
                  "safeguards", user=OWNER)
    assert outside.code == 2 and "needs a transfer basis" in outside.err
    listed = json.loads(cli("processor", "list", "--json", user=STAFF).out)
    assert [(p["name"], p["purposes"], p["agreement"]) for p in listed] == [
        ("Example Mail GmbH", ["newsletter-email"], "dpa.pdf")]
    assert cli("processor", "add", "X", "--service", "y", user=STAFF).code == 4
    assert cli("processor", "agreement", "Example Mail GmbH", "--to", str(tmp_path / "x.pdf"), user=STAFF).code == 4
    back = tmp_path / "back.pdf"
    assert cli("processor", "agreement", "example mail gmbh", "--to", str(back), user=OWNER).code == 0
    assert back.read_bytes() == scan.read_bytes()
    edited = cli("processor", "edit", "Example Mail GmbH", "--location", "adequate", "--country", "Switzerland",
                 "--transfer-basis", "adequacy decision (Art. 45)", "--json", user=OWNER)
    shown = json.loads(edited.out)
    assert shown["location"] == "adequate" and shown["data"] == ["names", "emails"]  # what was not given stays
    assert cli("processor", "retire", "Example Mail GmbH", user=OWNER).code == 0
    assert "retired" in cli("processor", "list", "--all", user=OWNER).out
    missing = cli("processor", "show", "Nobody Ltd", user=OWNER)
    assert missing.code == 6 and "no processor 'Nobody Ltd'" in missing.err
    unreadable = cli("processor", "add", "Z", "--service", "y", "--agreement", str(tmp_path / "none.pdf"), user=OWNER)
    assert unreadable.code == 6 and "cannot be read" in unreadable.err and "Traceback" not in unreadable.err


def test_the_record_of_processing_as_pdf_and_docx(cli, tmp_path):
    import subprocess

    import docx

    cli("processor", "add", "Example Mail GmbH", "--service", "sends the newsletter", "--purpose",
        "newsletter-email", user=OWNER)
    assert cli("record", user=OWNER).code == 2  # where to?
    assert cli("record", "--pdf", str(tmp_path / "r.pdf"), user=STAFF).code == 4
    made = cli("record", "--pdf", str(tmp_path / "r.pdf"), "--docx", str(tmp_path / "r.docx"), user=OWNER)
    assert made.code == 0 and "Written: " in made.err and "(record of processing)" in made.err, made.err
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    word = docx.Document(str(tmp_path / "r.docx"))
    assert "Example Mail GmbH" in text and "Record of processing activities" in word.paragraphs[1].text


def test_the_privacy_notice_is_shown_published_and_written(cli, tmp_path):
    shown = cli("notice", "show", user=STAFF)
    assert shown.code == 0 and "How we use your personal data" in shown.out and "not published yet" in shown.err
    assert cli("notice", "publish", user=STAFF).code == 4
    assert cli("notice", "publish", user=OWNER).code == 2  # the shop's address and contact are not set yet
    cli("setting", "set", "controller_address", "Marktplatz 1\n12345 Sonnenstadt", user=OWNER)
    cli("setting", "set", "controller_contact", "info@sonne.example", user=OWNER)
    published = cli("notice", "publish", user=OWNER)
    assert published.code == 0 and "published (English version 1)" in published.out
    assert cli("notice", "publish", user=OWNER).code == 2  # nothing changed
    assert cli("notice", "export", user=OWNER).code == 2  # where to?
    made = cli("notice", "export", "--text", str(tmp_path / "notice.txt"), "--pdf", str(tmp_path / "n.pdf"),
               user=STAFF)
    assert made.code == 0 and "not published" not in made.err
    website = (tmp_path / "notice.txt").read_text("utf-8")
    assert "version 1" in website and "Your rights" in website and (tmp_path / "n.pdf").read_bytes()[:4] == b"%PDF"
