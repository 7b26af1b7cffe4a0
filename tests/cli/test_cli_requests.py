"""request commands as staff use them at the counter."""

from __future__ import annotations

import json
from datetime import date, timedelta

from crmdesk.core import language
from crmdesk.core.privacy import requests
from tests.conftest import ADMIN, STAFF, VIEWER


def _day(day: date) -> str:
    """A day as the CLI writes it for people in English ("27 Jan 2027"); --json keeps ISO."""
    return language.ENGLISH.date(day, "medium")


def test_open_verify_extend_close(cli, template_vault):
    opened = cli("request", "open", template_vault.contact_id[:8], "--type", "access", "--received",
                 "2026-01-31", "--channel", "email", user=STAFF)
    assert opened.code == 0, opened.err
    late = opened.out.strip()
    assert late.startswith("R-2026-") and "\n" not in late
    shown = json.loads(cli("request", "show", late, "--json", user=STAFF).out)
    assert shown["due_on"] == "2026-03-02" and shown["status"] == "received"  # 28 Feb: a Saturday
    assert shown["due_moved_because"] == "28 February 2026 is a Saturday, 1 March 2026 a Sunday"
    listed = cli("request", "list", "--overdue", user=VIEWER)
    assert late in listed.out and "OVERDUE" in listed.out
    too_late = cli("request", "extend", late, "--reason", "Paper files", user=STAFF)
    assert too_late.code == 2 and "can no longer be extended" in too_late.err and "by 2026-03-02" in too_late.err
    received = date.today() - timedelta(days=3)
    reference = cli("request", "open", template_vault.contact_id, "--type", "access", "--received",
                    received.isoformat(), user=STAFF).out.strip()
    early = cli("request", "close", reference, "--outcome", "fulfilled", user=STAFF)
    assert early.code == 2 and "Verify the identity" in early.err and early.err.count("\n") == 1
    assert cli("request", "verify", reference, "--method", "ID card", user=STAFF).code == 0
    extended = cli("request", "extend", reference, "--reason", "Paper files", user=STAFF)
    tell_by = requests.due_date(received, region="DE")  # on a working day
    assert extended.code == 0 and f"now due {_day(requests.due_date(received, 1, region='DE'))}" in extended.out
    assert f"tell the person why by {_day(tell_by)}, then run 'crmdesk request told {reference}'" in extended.out
    to_tell = cli("request", "list", "--to-tell", user=STAFF).out
    assert reference in to_tell and f"tell by {_day(tell_by)}" in to_tell and late not in to_tell
    listed = json.loads(cli("request", "list", "--to-tell", "--json", user=STAFF).out)
    assert [(r["reference"], r["tell_extension_by"], r["extension_told_on"]) for r in listed] == [
        (reference, tell_by.isoformat(), None)]
    told = cli("request", "told", reference, user=STAFF)
    assert told.code == 0 and f"told of the extension on {_day(date.today())}" in told.out
    assert cli("request", "list", "--to-tell", user=STAFF).out.strip() == (
        "No extended request waits for its person to be told why.")
    assert cli("request", "told", reference, user=STAFF).code == 2  # once is enough
    refused = cli("request", "close", reference, "--outcome", "refused", user=STAFF)
    assert refused.code == 2 and "needs a reason" in refused.err
    closed = cli("request", "close", reference, "--outcome", "fulfilled", user=STAFF)
    assert closed.code == 0 and "closed as fulfilled" in closed.out
    human = cli("request", "show", reference, user=STAFF).out
    assert "Identity checked" in human and "Extended by 1 month" in human and "was told of the extension" in human


def test_mistakes(cli, template_vault):
    assert cli("request", "show", "R-2020-0001", user=STAFF).code == 6
    future = cli("request", "open", template_vault.contact_id, "--type", "access", "--received", "2999-01-01",
                 user=STAFF)
    assert future.code == 2 and "future" in future.err
    denied = cli("request", "open", template_vault.contact_id, "--type", "access", user=VIEWER)
    assert denied.code == 4 and "may not" in denied.err
    assert cli("request", "list", user=STAFF).out.strip() == "No requests yet."


def test_export_for_a_request_records_its_files(cli, template_vault, tmp_path, open_as):
    contact = template_vault.contact_id
    reference = cli("request", "open", contact, "--type", "access", user=STAFF).out.strip()
    early = cli("export", contact, "--pdf", str(tmp_path / "a.pdf"), "--request", reference, user=STAFF)
    assert early.code == 2 and "Verify the identity" in early.err and not (tmp_path / "a.pdf").exists()
    cli("request", "verify", reference, "--method", "ID card", user=STAFF)
    password = tmp_path / "pw.txt"
    password.write_text("a good long password\n", encoding="utf-8")
    done = cli("export", contact, "--pdf", str(tmp_path / "a.pdf"), "--json", str(tmp_path / "a.json"),
               "--zip", str(tmp_path / "a.zip"), "--request", reference, "--pdf-password-file", str(password),
               user=STAFF)
    assert done.code == 0, done.err
    assert "send the password separately" in done.out
    shown = json.loads(cli("request", "show", reference, "--json", user=STAFF).out)
    assert shown["status"] == "in_progress"
    import hashlib

    kinds = {a["kind"]: a["sha256"] for a in shown["artefacts"]}
    assert kinds["access report (PDF)"] == hashlib.sha256((tmp_path / "a.pdf").read_bytes()).hexdigest()
    assert kinds["data export (JSON)"] == hashlib.sha256((tmp_path / "a.json").read_bytes()).hexdigest()
    import zipfile

    assert len(zipfile.ZipFile(tmp_path / "a.zip").namelist()) == 2
    with open_as(STAFF) as session:
        actions = [r[0] for r in session.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert "subject.exported" in actions


def test_export_mistakes(cli, template_vault, tmp_path):
    contact = template_vault.contact_id
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    cases = [
        (("export", contact), 2, "Give --pdf FILE"),
        (("export",), 2, "Say what to export"),
        (("export", contact, "--pdf", str(tmp_path / "x.pdf"), "--pdf-password-file", str(short)), 2, "shorter"),
        (("export", contact, "--pdf", str(tmp_path / "missing" / "x.pdf")), 6, "does not exist"),
        (("export", contact, "--json", str(tmp_path / "x.json"), "--pdf-password-file", str(short)), 2,
         "protects the PDF"),
    ]
    for args, code, words in cases:
        result = cli(*args, user=STAFF)
        assert result.code == code and words in result.err and "Traceback" not in result.err, (args, result.err)
    assert not any(tmp_path.glob("x.*"))
    denied = cli("export", contact, "--pdf", str(tmp_path / "v.pdf"), user=VIEWER)
    assert denied.code == 4 and not (tmp_path / "v.pdf").exists()


def test_erase_restrict_and_rectify_from_the_command_line(cli, template_vault, open_as):
    contact = template_vault.contact_id
    denied = cli("erase", contact, "--yes", user=STAFF)
    assert denied.code == 4 and "may not" in denied.err
    assert cli("restrict", contact, "on", user=STAFF).code == 0
    blocked = cli("contact", "edit", contact, "--family", "Other", user=STAFF)
    assert blocked.code == 2 and "restricted" in blocked.err
    assert cli("restrict", contact, "off", user=STAFF).code == 0
    reference = cli("request", "open", contact, "--type", "rectification", user=STAFF).out.strip()
    cli("request", "verify", reference, "--method", "known customer", user=STAFF)
    fixed = cli("contact", "edit", contact, "--family", "Neumann", "--request", reference, user=STAFF)
    assert fixed.code == 0, fixed.err
    notes = json.loads(cli("request", "show", reference, "--json", user=STAFF).out)["notes"]
    assert notes.endswith("rectified: family_name, display_name") and "Neumann" not in notes
    assert cli("contact", "hold", contact, "on", user=ADMIN).code == 0
    held = cli("erase", contact, "--yes", user=ADMIN)
    assert held.code == 2 and "legal hold" in held.err
    cli("contact", "hold", contact, "off", user=ADMIN)
    erased = cli("erase", contact, "--yes", user=ADMIN)
    assert erased.code == 0 and erased.out.startswith("Erased ")
    assert cli("contact", "show", contact, user=STAFF).code == 6


def test_a_reply_that_no_data_is_held(cli, tmp_path, template_vault):
    import subprocess

    import docx

    found = cli("request", "no-data", "--requester", "Theo Template", "--searched", "Theo Template", user=STAFF)
    assert found.code == 2 and "finds data in the vault" in found.err  # the template vault's contact is there
    made = cli("request", "no-data", "--requester", "Jan Kowalski", "--searched", "jan@example.pl", "--searched",
               "Jan Kowalski", "--address", "ul. Długa 5\n00-001 Warszawa", "--pdf", str(tmp_path / "r.pdf"),
               "--docx", str(tmp_path / "r.docx"), user=STAFF)
    assert made.code == 0 and "nothing is held about Jan Kowalski" in made.out, made.err
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    word = "\n".join(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    for letter in (text, word):
        assert "We hold no personal data about you" in letter and "ul. Długa 5" in letter
        assert "jan@example.pl" in letter and "deleted 3 years after this answer" in letter
    shown = cli("request", "show", made.out.split(":")[0], user=STAFF).out
    assert "Jan Kowalski (no data held)" in shown and shown.count("no-data reply") == 2 and "Contact id" not in shown
    assert "ul. Długa" not in shown  # the address the reply went to is not kept


def test_a_no_data_reply_in_polish(cli, tmp_path, template_vault):
    """The requester is no contact, so the one answering chooses the language; a language crmdesk has no
    letters in is refused before anything is registered."""
    import subprocess

    wrong = cli("request", "no-data", "--requester", "Jan Kowalski", "--searched", "jan@example.pl", "--language",
                "tr", "--pdf", str(tmp_path / "r.pdf"), user=STAFF)
    assert wrong.code == 2 and "'tr' is not a language crmdesk writes documents in" in wrong.err
    assert "No requests yet." in cli("request", "list", user=STAFF).out  # nothing registered
    made = cli("request", "no-data", "--requester", "Jan Kowalski", "--searched", "jan@example.pl", "--language",
               "pl", "--pdf", str(tmp_path / "r.pdf"), user=STAFF)
    assert made.code == 0, made.err
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                                   text=True).stdout.split())
    for expected in ("Nie przechowujemy żadnych Twoich danych osobowych", "Dzień dobry, Jan Kowalski",
                     "art. 15 ust. 1 RODO", "Okres przechowywania liczony od tej odpowiedzi: 3 lata", "strona 1 z 1"):
        assert expected in text, expected
