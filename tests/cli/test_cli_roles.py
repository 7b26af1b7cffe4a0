"""Every command, run as each role, exits 0 or 4 exactly as DESIGN.md says."""

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
    (["user", "list"], MANAGERS),
    (["user", "add", "newbie", "--role", "viewer"], MANAGERS),
    (["user", "passwd"], ALL),
    (["user", "passwd", TARGET], MANAGERS),
    (["user", "passwd", OWNER], {OWNER}),
    (["user", "disable", TARGET], MANAGERS),
    (["user", "totp", "enable"], ALL),
    (["user", "totp", "enable", TARGET], MANAGERS),
    (["user", "totp", "disable", TARGET], MANAGERS),
    (["recovery-code"], {OWNER}),
    (["remember"], ALL),
    (["forget"], ALL),
    (["audit", "list"], MANAGERS),
    (["audit", "verify"], MANAGERS),
    (["verify"], MANAGERS),
    (["contact", "add", "--given", "Neu", "--family", "Kunde"], WORKERS),
    (["contact", "list"], ALL),
    (["contact", "search", "templ"], ALL),
    (["contact", "show", CONTACT], ALL),
    (["contact", "edit", CONTACT, "--tag", "VIP"], WORKERS),
    (["contact", "delete", CONTACT], MANAGERS),
    (["note", "add", CONTACT, "Came in for bread"], WORKERS),
    (["import", str(DATA / "contacts_v40.vcf")], WORKERS),
    (["export", "--contacts", "{tmp}/all.csv"], MANAGERS),
    (["demo", "--contacts", "5"], WORKERS),
    (["backup", "--to", "{tmp}/b"], MANAGERS),
    (["backup", "list"], MANAGERS),
    (["backup", "prune"], MANAGERS),
    (["verify", "--backup", BACKUP], MANAGERS),
    (["restore", BACKUP, "--to", "{tmp}/restored"], MANAGERS),
    (["purpose", "list"], ALL),
    (["purpose", "show", "newsletter-email"], ALL),
    (["purpose", "add", "loyalty", "--title", "Loyalty card", "--basis", "contract"], MANAGERS),
    (["purpose", "publish", "newsletter-email", "--text-file", "{tmp}/text.txt"], MANAGERS),
    (["purpose", "retire", "photos-marketing"], MANAGERS),
    (["consent", "grant", CONTACT, "newsletter-email"], WORKERS),
    (["consent", "withdraw", CONTACT, "newsletter-email"], WORKERS),
    (["consent", "refuse", CONTACT, "photos-marketing"], WORKERS),
    (["consent", "show", CONTACT], ALL),
    (["basis", "record", CONTACT, "order-fulfilment"], WORKERS),
    (["contact", "list", "--without-basis"], ALL),
    (["import", str(DATA / "contacts_v40.vcf"), "--purpose", "customer-care"], WORKERS),
    (["setting", "list"], ALL),
    (["setting", "set", "organisation", "Bäckerei Mond"], MANAGERS),
    (["request", "open", CONTACT, "--type", "access"], WORKERS),
    (["request", "list"], ALL),
    (["export", CONTACT, "--pdf", "{tmp}/report.pdf", "--json", "{tmp}/data.json"], WORKERS),
    (["erase", CONTACT, "--yes"], MANAGERS),
    (["contact", "hold", CONTACT, "on"], MANAGERS),
    (["restrict", CONTACT, "on"], WORKERS),
    (["object", CONTACT], WORKERS),
    (["retention", "policy", "list"], ALL),
    (["retention", "policy", "set", "old_interactions", "--period", "5"], MANAGERS),
    (["retention", "plan", "--as-of", "2030-01-01"], MANAGERS),
    (["retention", "run"], MANAGERS),
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
