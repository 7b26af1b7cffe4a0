"""The audit log in words: every action crmdesk writes has a phrase and every detail key a word, both through
the catalogue; English details read as the CLI's `audit` writes them; unknown codes and keys show as written."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from crmdesk.core import language
from crmdesk.core.privacy import consent, requests
from crmdesk.core.vault import audit_words, auditlog
from crmdesk.core.vault.audit_words import ACTIONS, DETAILS, action_words, detail_words
from tests.support import ROOT
from tests.support.pseudo_language import CLOSE, OPEN, PseudoLanguage, english

CORE = ROOT / "crmdesk" / "core"
# Codes made from a prefix and a value, with the values the prefix takes (the rest of each code is checked
# to be one of them in the module that writes it).
MADE = {"consent.": (*consent.CONSENT_ACTIONS, *consent.BASIS_ACTIONS),
        "request.": tuple(s for s in requests.STATUSES if s != "received")}


def _action_argument(call: ast.Call) -> ast.expr | None:
    """The argument that names the audit action, where ``call`` writes an entry."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    for keyword in call.keywords:
        if keyword.arg == "action" and name in ("append", "operation", "audit", "working_on", "_exporting"):
            return keyword.value
    at = {"operation": 1, "audit": 0, "working_on": 2, "_exporting": 3}.get(name)
    if at is None or len(call.args) <= at:
        return None
    return call.args[at]


def _codes(node: ast.expr, where: str, parameters: set[str]) -> set[str]:
    if isinstance(node, ast.Constant):
        return set() if node.value is None else {node.value}
    if isinstance(node, ast.IfExp):
        return _codes(node.body, where, parameters) | _codes(node.orelse, where, parameters)
    if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
        prefix = node.values[0].value
        assert prefix in MADE, f"{where}: a code made as {ast.unparse(node)}; say in MADE what it can be"
        return {prefix + value for value in MADE[prefix]}
    if isinstance(node, ast.Name) and node.id in parameters:
        return set()  # handed on: the callers name it
    raise AssertionError(f"{where}: cannot tell which audit action {ast.unparse(node)} is")


def written_codes() -> dict[str, str]:
    """Every audit action crmdesk's core writes, with where it is written."""
    found: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
            parameters = {a.arg for a in (*function.args.args, *function.args.kwonlyargs)}
            for call in [n for n in ast.walk(function) if isinstance(n, ast.Call)]:
                argument = _action_argument(call)
                if argument is not None:
                    where = f"{path.relative_to(ROOT)}:{call.lineno}"
                    for code in _codes(argument, where, parameters):
                        found.setdefault(code, where)
    return found


def written_detail_keys() -> dict[str, str]:
    """The keys of the details crmdesk's core writes: ``detail={…}``, ``op.detail["key"]``,
    ``op.detail.update({…})`` and the detail a request's operation is given (not the keys within a value,
    which show as written)."""
    found: dict[str, str] = {}

    def keys_of(node, where):
        if isinstance(node, ast.IfExp):
            keys_of(node.body, where)
            keys_of(node.orelse, where)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    found.setdefault(key.value, where)

    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "detail":
                        keys_of(keyword.value, where)
                if isinstance(node.func, ast.Attribute) and node.func.attr == "update" \
                        and ast.unparse(node.func.value).endswith("op.detail"):
                    keys_of(node.args[0], where)
                at = {"working_on": 3, "_move": 5}.get(getattr(node.func, "id", ""))
                if at is not None and len(node.args) > at:
                    keys_of(node.args[at], where)
            if isinstance(node, ast.Subscript) and ast.unparse(node.value).endswith("op.detail") \
                    and isinstance(node.slice, ast.Constant):
                found.setdefault(node.slice.value, where)
    return found


def test_the_scan_finds_the_actions_it_should():
    """The scan below is what keeps the table complete: it sees codes written in every way core writes them."""
    codes = written_codes()
    assert {"vault.created", "user.added",  # audit.append at creation
            "backup.created", "subject.erased",  # the gate
            "login.failed", "settings.changed",  # op.audit
            "contact.hold_set", "contact.hold_lifted",  # one or the other
            "consent.granted", "consent.ended",  # made from a prefix
            "request.verified", "request.in_progress", "request.reply_made",  # a request's operation
            "subject.collected", "subject.exported"} <= set(codes)  # handing data out
    assert len(codes) > 70
    keys = written_detail_keys()
    assert {"file", "reference", "action", "key", "proposed", "failed_attempts", "files", "grant"} <= set(keys)


def test_every_audit_action_crmdesk_writes_has_words():
    missing = {code: where for code, where in written_codes().items() if code not in ACTIONS}
    assert missing == {}, "add them to crmdesk/core/vault/audit_words.py ACTIONS"


def test_every_detail_key_crmdesk_writes_has_words():
    keys = set(written_detail_keys())
    keys -= set(language.LANGUAGES)  # a notice's versions by language code: the codes stay as they are
    missing = sorted(keys - set(DETAILS))
    assert missing == [], "add them to crmdesk/core/vault/audit_words.py DETAILS"


def test_the_tables_name_only_what_crmdesk_writes():
    """A phrase for a code no one writes is a code misspelt on one side."""
    assert sorted(set(ACTIONS) - set(written_codes())) == []
    assert sorted(set(DETAILS) - set(written_detail_keys()) - {"damaged"}) == []  # damaged: read, not written


def test_actions_and_detail_keys_go_through_the_catalogue():
    pseudo = PseudoLanguage()
    for code in ACTIONS:
        words = action_words(code, pseudo)
        assert words.startswith(OPEN) and words.endswith(CLOSE), code
        assert english(words) == ACTIONS[code] and english(words)[:1].isupper()
    shown = detail_words({"reference": "R-2026-0001", "people": 3, "late": True, "fields": ["given_name"]}, pseudo)
    assert shown == (f"{OPEN}fields{CLOSE}: given name; {OPEN}late{CLOSE}: {OPEN}yes{CLOSE}; "
                     f"{OPEN}people{CLOSE}: 3; {OPEN}reference{CLOSE}: R-2026-0001")


def test_the_active_language_is_the_default(monkeypatch):
    pseudo = PseudoLanguage()
    monkeypatch.setattr(language, "_active", [pseudo])
    assert action_words("backup.created") == f"{OPEN}Backup made{CLOSE}"
    assert detail_words({"file": "x.crmbackup"}) == f"{OPEN}file{CLOSE}: x.crmbackup"


def test_english_reads_as_before():
    assert action_words("backup.created") == "Backup made"
    assert action_words("request.opened") == "Request registered"
    for key, words in DETAILS.items():
        assert words == key.replace("_", " ")  # the CLI writes the key; English readers see the same word
    details = [{"fields": ["given_name", "emails"], "request": "R-2026-0001"},
               {"applied": {"inactive_without_basis": 2}, "enabled": False, "note": None},
               {"files": [{"kind": "pdf", "sha256": "ab12"}], "request": None},
               {"method": "passphrase", "failed_attempts": 0, "from": 3, "to": 17, "damaged": True}]
    for detail in details:
        assert detail_words(detail) == auditlog.describe(detail)


@pytest.mark.parametrize("code", ["de", "pl"])
def test_a_translated_catalogue_is_asked_with_the_same_words(code):
    """What the catalogue is asked for is what `catalogues.py extract` gathers (the context included)."""
    lang = language.get(code)
    assert action_words("backup.created", lang) == lang.gettext("Backup made")
    assert detail_words({"file": "b"}, lang) == f"{lang.pgettext(audit_words.CONTEXT, 'file')}: b"


def test_what_crmdesk_has_no_words_for_shows_as_written():
    pseudo = PseudoLanguage()
    assert action_words("widget.frobbed", pseudo) == "widget.frobbed"  # a newer crmdesk's entry
    assert detail_words({"new_thing": 2, "file": "f"}, pseudo) == f"{OPEN}file{CLOSE}: f; new thing: 2"


def test_the_contexts_of_the_marks_are_the_one_the_words_are_looked_up_with():
    source = Path(audit_words.__file__).read_text(encoding="utf-8")
    marks = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "NP_"]
    assert len(marks) == len(DETAILS) + 2
    assert {m.args[0].value for m in marks} == {audit_words.CONTEXT}
