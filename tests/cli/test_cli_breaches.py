"""breach commands: staff report, the owner assesses, records notifications and makes the papers."""

from __future__ import annotations

import json
import subprocess

import docx

from tests.conftest import ADMIN, OWNER, STAFF, VIEWER


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def docx_text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_from_a_staff_report_to_the_papers(cli, tmp_path, template_vault):
    cli("setting", "set", "controller_address", "Marktplatz 1\n12345 Sonnenstadt", user=OWNER)
    reported = cli("breach", "report", "--what", "A printed customer list was left on the bus",
                   "--contact", template_vault.contact_id[:8], "--not-encrypted", "--how", "a bus driver phoned",
                   "--discovered", "2026-11-29T09:30", user=STAFF)
    assert reported.code == 0, reported.err
    assert reported.out.startswith("B-2026-0001 is in the breach log (1 person).")
    assert "may have to be told by" in reported.out
    assert cli("breach", "list", user=STAFF).code == 4  # staff report; the owner and admins keep the log
    listed = json.loads(cli("breach", "list", "--json", user=ADMIN).out)
    assert [b["reference"] for b in listed] == ["B-2026-0001"] and listed[0]["people"] == 1
    shown = cli("breach", "show", "B-2026-0001", user=OWNER).out
    assert "crmdesk suggests: authority yes, people no" in shown and f"reported by {STAFF}" in shown
    check = cli("check", "--json", user=OWNER)
    clock = {f["key"]: f for f in json.loads(check.out)["findings"]}["breaches.clock"]
    assert clock["level"] == "attention" and "B-2026-0001" in clock["sentence"] and check.code == 1
    missing = cli("breach", "assess", "B-2026-0001", "--risk", "high", "--authority", "yes", "--people", "yes",
                  "--reason", " ", user=OWNER)
    assert missing.code == 2 and "Say why" in missing.err
    assessed = cli("breach", "assess", "B-2026-0001", "--risk", "high", "--authority", "yes", "--people", "yes",
                   "--reason", "names and addresses on paper in public", "--measures", "asked the bus company",
                   user=OWNER)
    assert assessed.code == 0 and "Still to tell: the supervisory authority and the people affected" in assessed.out
    draft_pdf, draft_docx = tmp_path / "draft.pdf", tmp_path / "draft.docx"
    made = cli("breach", "draft", "B-2026-0001", "--pdf", str(draft_pdf), "--docx", str(draft_docx), user=OWNER)
    assert made.code == 0, made.err
    for text in (pdf_text(draft_pdf), docx_text(draft_docx)):
        assert "Notification of a personal data breach" in text and "B-2026-0001" in text
        assert "Marktplatz 1" in text and "Asked the bus company." in text and "a high risk to people" in text
        assert "Template" not in text  # the draft names no customer
    letters = tmp_path / "letters.pdf"
    written = cli("breach", "letters", "B-2026-0001", "--pdf", str(letters), user=OWNER)
    assert written.code == 0 and "keep the file safe" in written.err
    letter = pdf_text(letters)
    assert "Dear Theo Template" in letter and "Something went wrong with your personal data" in letter
    assert cli("breach", "letters", "B-2026-0001", user=OWNER).code == 2  # where to? nothing read
    assert cli("breach", "notified", "B-2026-0001", "--to", "people", "--stage", "final", user=OWNER).code == 2
    told = cli("breach", "notified", "B-2026-0001", "--to", "authority", "--note", "online form", user=ADMIN)
    assert told.code == 0 and "had the initial notification" in told.out
    assert cli("breach", "notified", "B-2026-0001", "--to", "people", user=OWNER).code == 0
    final = json.loads(cli("breach", "show", "B-2026-0001", "--json", user=OWNER).out)
    assert [(n["to"], n["stage"]) for n in final["notifications"]] == [("authority", "initial"), ("people", "initial")]
    assert cli("breach", "report", "--what", "x", "--all", "--encrypted", user=VIEWER).code == 0  # anyone reports


def test_paper_targets_and_times_that_would_do_harm_are_refused(cli, tmp_path, vault_path):
    no_time = cli("breach", "report", "--what", "x", "--all", "--not-encrypted", "--discovered", "2026-11-29",
                  user=STAFF)
    assert no_time.code == 2 and "no time of day" in no_time.err
    assert cli("breach", "report", "--what", "x", "--all", "--not-encrypted", user=OWNER).code == 0
    reference = json.loads(cli("breach", "list", "--json", user=OWNER).out)[0]["reference"]
    into_vault = cli("breach", "draft", reference, "--pdf", str(vault_path / "vault.db"), user=OWNER)
    assert into_vault.code == 2 and "vault's folder" in into_vault.err
    same = cli("breach", "draft", reference, "--pdf", str(tmp_path / "d"), "--docx", str(tmp_path / "d"), user=OWNER)
    assert same.code == 2 and "same file" in same.err
    assert cli("verify", user=OWNER).code == 0  # the vault is whole
