"""``crmdesk check``: one line per finding, --json, and the exit code cron reads."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from tests.conftest import ORGANISATION, OWNER, OWNER_DISPLAY, STAFF
from tests.support.pseudo_language import english, speak_pseudo, untranslated_words
from tests.support.raw import raw_connection

GERMAN = {"LANG": "de_DE.UTF-8"}
MARKS = ("ok    ", "TODO  ", "FAIL  ")


def _steady(text: str) -> str:
    """``text`` without the free space of the backup folder's drive, which others' files change meanwhile."""
    return re.sub(r"[\d,]+ MB free", "… MB free", text)


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_check_says_what_needs_doing_and_exits_by_the_worst(cli, tmp_path, open_as):
    cli("setting", "set", "backup_folder", str(tmp_path / "backups"), user=OWNER)
    result = cli("check", user=OWNER, process=True)
    assert result.code == 1, result.err  # no backup yet: something to do
    lines = result.out.splitlines()
    assert "TODO  This vault has no good backup yet; make one now." in lines
    assert "ok    The vault and its audit log are sound." in lines
    assert all(line[:6] in ("ok    ", "TODO  ", "FAIL  ") for line in lines) and result.err == ""
    report = json.loads(cli("check", "--json", user=OWNER).out)
    assert report["exit_code"] == 1 and not report["ok"]
    assert {"key", "level", "count", "sentence", "page", "view"} == set(report["findings"][0])
    staff = json.loads(cli("check", "--json", user=STAFF).out)  # staff: requests and consent only
    assert {f["key"] for f in staff["findings"]} - {"security.keyring"} == {  # and their own keyring
        "requests.overdue", "requests.due_soon", "consent.expiring", "consent.without_basis"}
    # An insider edits the audit log: an integrity failure, exit 5.
    raw = raw_connection(open_as(OWNER))
    raw.execute("DROP TRIGGER audit_no_update")  # with the key, past crmdesk
    raw.execute("UPDATE audit SET action = 'contact.viewed' WHERE seq = 3")
    raw.close()
    tampered = cli("check", user=OWNER, process=True)
    assert tampered.code == 5 and any(line.startswith("FAIL  The vault or its audit log") for line in
                                      tampered.out.splitlines())


def test_a_dated_status_report_for_the_shops_files(cli, tmp_path, open_as):
    """check --pdf: what was checked, the findings, and what was done since the last report; no customer."""
    first, second = tmp_path / "status-1.pdf", tmp_path / "status-2.pdf"
    made = cli("check", "--pdf", str(first), user=OWNER)
    assert made.code == 1 and f"The data protection status report is in {first}." in made.err
    text = subprocess.run(["pdftotext", "-layout", str(first), "-"], capture_output=True, text=True).stdout
    assert "Data protection status" in text and "the first report" in text
    assert "1. What was checked" in text and "to do" in text and "This vault has no good backup yet" in text
    assert "3. What was done since the vault was made" in text and "Sign-ins" in text
    assert "Template" not in text  # the test vault's contact is named nowhere
    assert cli("check", "--pdf", str(second), user=OWNER).code == 1
    again = subprocess.run(["pdftotext", str(second), "-"], capture_output=True, text=True).stdout
    assert "the last report was made on" in again and "Checks of the vault" in again
    staff = tmp_path / "staff.pdf"
    assert cli("check", "--pdf", str(staff), user=STAFF).code in (0, 1)
    staff_text = subprocess.run(["pdftotext", str(staff), "-"], capture_output=True, text=True).stdout
    assert "Owners and admins see this part" in staff_text and "Sign-ins" not in staff_text
    owner = open_as(OWNER)
    reported = owner.conn.execute("SELECT count(*) FROM audit WHERE action = 'health.reported'").fetchone()[0]
    assert reported == 3
    refused = cli("check", "--pdf", str(tmp_path / "no" / "x.pdf"), user=OWNER)
    assert refused.code == 6 and "does not exist" in refused.err and "Traceback" not in refused.err


def test_a_backup_drive_without_room_for_the_next_backup(cli, tmp_path):
    """A real small drive: a 512 KB file system mounted over the backup folder for one check, in a mount
    namespace of its own (nothing outside the test sees it)."""
    if subprocess.run(["unshare", "-Urm", "true"], capture_output=True).returncode != 0:
        pytest.skip("this computer does not let a process mount a file system of its own (unshare -Urm)")
    small = tmp_path / "usb-stick"
    small.mkdir()
    cli("setting", "set", "backup_folder", str(small), user=OWNER)
    roomy = {f["key"]: f for f in json.loads(cli("check", "--json", user=OWNER).out)["findings"]}
    assert roomy["security.disk_space"]["level"] == "good"
    mounted = ("unshare", "-Urm", "sh", "-c", 'mount -t tmpfs -o size=512k tmpfs "$0" && exec "$@"', str(small))
    full = cli("check", "--json", user=OWNER, prefix=mounted)
    findings = {f["key"]: f for f in json.loads(full.out)["findings"]}
    disk = findings["security.disk_space"]
    assert roomy["backups.offsite"]["level"] == "attention"  # tmp_path: the vault's own drive
    assert findings["backups.offsite"]["level"] == "good"  # the stick is another file system
    assert (disk["level"], disk["page"], disk["view"]) == ("attention", "Backups", "folder"), full.err
    assert "has 0 MB free; the next backup needs about" in disk["sentence"] and full.code == 1


def test_check_says_every_finding_in_the_terminals_language(cli, tmp_path, monkeypatch, open_as, vault_path):
    """Under LANG=de_DE every finding goes through the catalogue (the pseudo-language wraps each translated
    text in brackets: no word may stand outside them); English, the same findings, is unchanged; --json
    keeps its keys, levels, pages and views."""
    speak_pseudo(monkeypatch)
    cli("setting", "set", "backup_folder", str(tmp_path / "backups"), user=OWNER)
    (vault_path / "keyslots.json").chmod(0o644)  # others may read it: a finding with a command in it
    for user in (OWNER, STAFF):
        shown = cli("check", user=user, env=GERMAN)
        assert shown.code in (0, 1) and shown.err == "", shown.err
        lines = shown.out.splitlines()
        assert lines and all(line[:6] in MARKS for line in lines)
        assert [line for line in lines if untranslated_words(line[6:])] == []
        assert _steady(english(shown.out)) == _steady(cli("check", user=user).out)
    translated = json.loads(cli("check", "--json", user=OWNER, env=GERMAN).out)
    plain = json.loads(cli("check", "--json", user=OWNER).out)
    assert [{k: v for k, v in f.items() if k != "sentence"} for f in translated["findings"]] == \
        [{k: v for k, v in f.items() if k != "sentence"} for f in plain["findings"]]
    assert [_steady(english(f["sentence"])) for f in translated["findings"]] == \
        [_steady(f["sentence"]) for f in plain["findings"]]
    assert any("chmod -R go=" in f["sentence"] for f in translated["findings"])  # a command, not translated
    # An integrity failure, with the count of the other problems, says so in the language too.
    raw = raw_connection(open_as(OWNER))
    raw.execute("DROP TRIGGER audit_no_update")
    raw.execute("UPDATE audit SET action = 'contact.viewed' WHERE seq = 3")
    raw.execute("UPDATE audit SET action = 'contact.viewed' WHERE seq = 4")
    raw.close()
    tampered = cli("check", user=OWNER, env=GERMAN)
    failed = [line for line in tampered.out.splitlines() if line.startswith("FAIL  ")]
    assert tampered.code == 5 and failed and "more: crmdesk verify lists them all" in failed[0]
    assert [line for line in failed if untranslated_words(line[6:])] == []
    # (check takes the full stop off the problem it quotes; here the closing bracket stands after it)
    assert _steady(english(tampered.out.replace(".\u27e7;", "\u27e7;"))) == _steady(cli("check", user=OWNER).out)


def test_the_status_report_is_written_in_the_terminals_language(cli, tmp_path, monkeypatch):
    """Headings, states, what was checked, what was done and the dates: every text of the status report
    goes through the catalogue; only the shop's and the user's names are its own."""
    speak_pseudo(monkeypatch)
    first, second, staff = tmp_path / "status-1.pdf", tmp_path / "status-2.pdf", tmp_path / "staff.pdf"
    assert cli("check", "--pdf", str(first), user=OWNER, env=GERMAN).code == 1
    made = cli("check", "--pdf", str(second), user=OWNER, env=GERMAN)
    assert made.code == 1 and untranslated_words(made.err, data=(str(second),)) == []
    assert cli("check", "--pdf", str(staff), user=STAFF, env=GERMAN).code in (0, 1)
    for path in (first, second, staff):
        text = " ".join(_pdf_text(path).split())
        assert untranslated_words(text, data=(ORGANISATION, OWNER_DISPLAY, STAFF)) == [], path.name
    words = english(" ".join(_pdf_text(second).split()))
    assert "the last report was made on" in words and "to do" in words
    assert "checks of the vault" in words  # capitalised, in a language that writes it so
