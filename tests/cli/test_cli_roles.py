"""A sample of commands, one or more for each permission of DESIGN.md, run as each
role, exits 0 or 4 as the table says. Every operation is checked as every role
in core (tests/core/test_roles.py); this checks the command line passes the
answer on, with its exit code and one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.core.backups import backup
from tests.conftest import ADMIN, OWNER, STAFF, TARGET, VIEWER

DATA = Path(__file__).resolve().parent.parent / "data" / "import"

ALL = {OWNER, ADMIN, STAFF, VIEWER}
MANAGERS = {OWNER, ADMIN}
WORKERS = {OWNER, ADMIN, STAFF}
CONTACT = "{contact}"  # replaced by the template vault's contact id
BACKUP = "{backup}"  # replaced by a backup of the test's vault, made by the owner

# (command, roles allowed). Commands on "tess" act on another staff account.
MATRIX = [
    (["contact", "show", CONTACT], ALL),
    (["contact", "list", "--without-basis"], ALL),
    (["contact", "edit", CONTACT, "--tag", "VIP"], WORKERS),
    (["import", str(DATA / "contacts_v40.vcf"), "--purpose", "customer-care"], WORKERS),
    (["consent", "grant", CONTACT, "newsletter-email"], WORKERS),
    (["export", CONTACT, "--pdf", "{tmp}/report.pdf", "--json", "{tmp}/data.json"], WORKERS),
    (["contact", "delete", CONTACT, "--yes"], MANAGERS),
    (["retention", "run"], MANAGERS),
    (["setting", "set", "organisation", "Bäckerei Mond"], MANAGERS),
    (["user", "disable", TARGET], MANAGERS),
    (["backup", "--to", "{tmp}/b"], MANAGERS),
    (["restore", BACKUP, "--to", "{tmp}/restored"], MANAGERS),
    (["user", "passwd", OWNER], {OWNER}),
    (["recovery-code"], {OWNER}),
    (["remember"], ALL),
]


@pytest.mark.parametrize("role", [OWNER, ADMIN, STAFF, VIEWER])
@pytest.mark.parametrize("command,allowed", MATRIX, ids=[" ".join(c) for c, _ in MATRIX])
def test_role_matrix(cli, open_as, tmp_path, template_vault, role, command, allowed):
    if BACKUP in command:
        with open_as(OWNER) as session:
            made = str(backup.create_backup(session, tmp_path / "made").path)
        command = [made if part == BACKUP else part for part in command]
    (tmp_path / "text.txt").write_text("Monthly news by e-mail; unsubscribe at any time.", encoding="utf-8")
    command = [template_vault.contact_id if part == CONTACT else part.replace("{tmp}", str(tmp_path))
               for part in command]
    env = {
        "CRMDESK_NEW_PASSPHRASE": "a brand new passphrase",
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
        "CRMDESK_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }
    result = cli(*command, user=role, env=env)
    expected = 0 if role in allowed else 4
    assert result.code == expected, result.err
    if expected == 4:
        assert result.err.count("\n") == 1 and "may not" in result.err
        assert "Traceback" not in result.err
