"""purpose, consent and basis commands as an owner and staff use them."""

from __future__ import annotations

import json

from tests.conftest import OWNER, STAFF


def test_purpose_add_publish_show(cli, tmp_path):
    text = tmp_path / "loyalty.txt"
    text.write_text("I join the loyalty club and get a stamp per purchase.\n", encoding="utf-8")
    added = cli("purpose", "add", "loyalty-club", "--title", "Loyalty club", "--basis", "consent",
                "--text-file", str(text), "--reconsent-months", "12", user=OWNER)
    assert added.code == 0 and "Added the purpose loyalty-club" in added.out, added.err
    text.write_text("Ich trete dem Treueclub bei.", encoding="utf-8")
    published = cli("purpose", "publish", "loyalty-club", "--text-file", str(text), "--language", "de", user=OWNER)
    assert published.code == 0 and "version 1 (de)" in published.out
    shown = json.loads(cli("purpose", "show", "loyalty-club", "--json", user=STAFF).out)
    assert shown["reconsent_months"] == 12 and [t["language"] for t in shown["texts"]] == ["de", "en"]
    listed = cli("purpose", "list", user=STAFF).out
    assert "loyalty-club" in listed and "12 months" in listed


def test_grant_with_scan_then_withdraw_and_show_history(cli, template_vault, tmp_path):
    scan = tmp_path / "form.pdf"
    scan.write_bytes(b"%PDF-1.4 signed paper form")
    contact = template_vault.contact_id
    granted = cli("consent", "grant", contact[:8], "newsletter-email", "--method", "paper_form",
                  "--witness", "Maria", "--evidence", "signed at the counter", "--evidence-file", str(scan),
                  "--language", "de", user=STAFF)
    assert granted.code == 0 and "Newsletter by e-mail: granted" in granted.out, granted.err
    assert cli("consent", "withdraw", contact, "newsletter-email", "--method", "email", user=STAFF).code == 0
    data = json.loads(cli("consent", "show", contact, "--json", user=STAFF).out)
    newsletter = next(c for c in data["current"] if c["purpose"] == "newsletter-email")
    assert newsletter["state"] == "withdrawn"
    first, second = data["history"]
    assert first["method"] == "paper_form" and first["witness"] == "Maria"
    assert first["evidence"][0]["file_name"] == "form.pdf" and first["evidence"][0]["media_type"] == "application/pdf"
    assert first["text"].startswith("Ich möchte den Newsletter")
    assert second["action"] == "withdrawn" and second["evidence"] == []
    human = cli("consent", "show", contact, user=STAFF).out
    assert "withdrawn (E-mail" in human and "scan 1 KB" in human


def test_without_basis_lists_until_a_basis_is_recorded(cli, template_vault):
    contact = template_vault.contact_id
    assert contact[:8] in cli("contact", "list", "--without-basis", user=STAFF).out
    recorded = cli("basis", "record", contact, "order-fulfilment", "--note", "order 1042", user=STAFF)
    assert recorded.code == 0, recorded.err
    after = cli("contact", "list", "--without-basis", user=STAFF)
    assert contact[:8] not in after.out


def consent_rows(open_as) -> list:
    with open_as(OWNER) as session:
        return [session.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in ("purposes", "consent_texts", "consent_ledger", "consent_evidence", "consent_state")]


def test_mistakes_get_one_sentence_and_change_nothing(cli, template_vault, tmp_path, open_as):
    contact = template_vault.contact_id
    before = consent_rows(open_as)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Einwilligung für Grüße".encode("latin-1"))
    odd = tmp_path / "photo.gif"
    odd.write_bytes(b"GIF89a")
    cases = [
        (("consent", "grant", contact, "order-fulfilment"), 2, "not consent"),
        (("consent", "grant", contact, "no-such-purpose"), 6, "no purpose"),
        (("consent", "grant", "00000000-dead", "newsletter-email"), 6, "no contact"),
        (("consent", "grant", contact, "newsletter-email", "--evidence-file", str(odd)), 2, "not a scan"),
        (("consent", "grant", contact, "newsletter-email", "--evidence-file", str(tmp_path / "x.pdf")), 1,
         "no file"),
        (("purpose", "publish", "newsletter-email", "--text-file", str(latin1)), 1, "not UTF-8"),
        (("purpose", "add", "Bad Key!", "--title", "X", "--basis", "contract"), 2, "letters, digits"),
        (("purpose", "add", "nl2", "--title", "X", "--basis", "consent"), 2, "needs the text"),
    ]
    for args, code, words in cases:
        result = cli(*args, user=OWNER)
        assert result.code == code, (args, result.err)
        assert words in result.err and result.err.count("\n") == 1 and "Traceback" not in result.err
    assert consent_rows(open_as) == before
