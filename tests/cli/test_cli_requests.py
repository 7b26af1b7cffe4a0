"""request commands as staff use them at the counter."""

from __future__ import annotations

import json

from tests.conftest import STAFF, VIEWER


def test_open_verify_extend_close(cli, template_vault):
    opened = cli("request", "open", template_vault.contact_id[:8], "--type", "access", "--received",
                 "2026-01-31", "--channel", "email", user=STAFF)
    assert opened.code == 0, opened.err
    reference = opened.out.strip()
    assert reference.startswith("R-2026-") and "\n" not in reference
    shown = json.loads(cli("request", "show", reference, "--json", user=STAFF).out)
    assert shown["due_on"] == "2026-02-28" and shown["status"] == "received"
    listed = cli("request", "list", "--overdue", user=VIEWER)
    assert reference in listed.out and "OVERDUE" in listed.out
    early = cli("request", "close", reference, "--outcome", "fulfilled", user=STAFF)
    assert early.code == 2 and "Verify the identity" in early.err and early.err.count("\n") == 1
    assert cli("request", "verify", reference, "--method", "ID card", user=STAFF).code == 0
    extended = cli("request", "extend", reference, "--reason", "Paper files", user=STAFF)
    assert extended.code == 0 and "now due 2026-03-31" in extended.out
    refused = cli("request", "close", reference, "--outcome", "refused", user=STAFF)
    assert refused.code == 2 and "needs a reason" in refused.err
    closed = cli("request", "close", reference, "--outcome", "fulfilled", user=STAFF)
    assert closed.code == 0 and "closed as fulfilled" in closed.out
    human = cli("request", "show", reference, user=STAFF).out
    assert "Identity checked" in human and "Extended by 1 month" in human


def test_mistakes(cli, template_vault):
    assert cli("request", "show", "R-2020-0001", user=STAFF).code == 6
    future = cli("request", "open", template_vault.contact_id, "--type", "access", "--received", "2999-01-01",
                 user=STAFF)
    assert future.code == 2 and "future" in future.err
    denied = cli("request", "open", template_vault.contact_id, "--type", "access", user=VIEWER)
    assert denied.code == 4 and "may not" in denied.err
    assert cli("request", "list", user=STAFF).out.strip() == "No requests yet."
