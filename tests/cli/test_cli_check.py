"""``crmdesk check``: one line per finding, --json, and the exit code cron reads."""

from __future__ import annotations

import json

from tests.conftest import OWNER, STAFF
from tests.support.raw import raw_connection


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
