"""The gate: every change goes through session.operation, and the rules that
protect a person hold on every path that touches one.

Three kinds of test:
- a scan of core's source finds every SQL write and every function that
  touches an existing person; a write outside an operation, or a new path
  to a person that the rule matrix below does not drive, fails here;
- the rule matrix drives every such path against a person on legal hold, a
  restricted person and an erased one, and checks what each rule says:
  refused with one sentence and the vault unchanged, skipped with a reason,
  or allowed;
- at run time a session's connection is read-only outside an operation
  (test_audit_and_migrations), so a write that slipped past the scan fails.
"""

from __future__ import annotations

import ast
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crmdesk.core import configuration
from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.imports import importing
from crmdesk.core.people import contacts, duplicates, matching
from crmdesk.core.people.contact_model import Address, Birthday, ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent, erasure, requests, restriction, retention, subject_data
from crmdesk.core.team import desk
from tests.conftest import OWNER

CORE = Path(__file__).resolve().parents[2] / "crmdesk" / "core"
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.I)
# Writes that happen before any session exists or are the gate's own.
OUTSIDE_THE_GATE = {
    "vault/database.py": "connections, and the plain transaction migrations and the first owner use",
    "vault/migrations.py": "schema changes, each in its own transaction before anyone signs in",
    "vault/protection_schema.py": "schema changes of the data-protection folder, run by migrations",
    "vault/team_schema.py": "schema changes for several desks, run by migrations",
    "vault/frozen.py": "data the migrations seed",
    "vault/lifecycle.py:create_vault": "the vault and its owner, made before anyone can sign in",
    "vault/audit.py:append": "the audit entry an operation writes (Operation.audit)",
    "vault/grants.py:issue": "a signed role grant, in an operation's transaction (or create_vault's, as audit)",
    "vault/gate.py": "the gate itself",
    "vault/bookkeeping.py:fit": "the bookkeeping period, in an operation's transaction (purposes.follow_country) "
                                "or create_vault's",
    "team/server.py": "the team server's PostgreSQL, never the vault: there its SQL functions are the gate",
}
# Reads whose SQL the scan cannot follow (it is handed in), each checked by eye.
READS = {
    "people/search_index.py:search_values": "rows() runs the SELECTs written right below it",
    "privacy/erasure.py:preview": "runs the SELECT count(*) of COUNTS",
    "people/search.py:search_contacts": "ROW_COLUMNS is people.contacts' SELECT list",
    "privacy/categories.py:counted": "runs the SELECT count(…) of _HAVING with a SELECT of contacts handed in",
}


# ---- reading core's source ---------------------------------------------------------------------


def _modules():
    for path in sorted(CORE.rglob("*.py")):
        yield path.relative_to(CORE).as_posix(), ast.parse(path.read_text("utf-8"))


def _constants(body: list[ast.stmt]) -> dict[str, ast.AST]:
    """Names given a value in these statements (a module's or a class's)."""
    return {target.id: node.value for node in body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}


def _leading_text(node: ast.AST, names: dict[str, ast.AST], depth: int = 0) -> str | None:
    """The start of an SQL text as far as the source shows it (None: unknown)."""
    if depth > 20:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        first = node.values[0] if node.values else None
        if isinstance(first, ast.FormattedValue):
            return _leading_text(first.value, names, depth + 1)
        return first.value if isinstance(first, ast.Constant) else None
    if isinstance(node, ast.IfExp):
        return _leading_text(node.body, names, depth + 1)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "key_pragma":
        return "PRAGMA key"
    if isinstance(node, ast.BinOp):
        return _leading_text(node.left, names, depth + 1)
    if isinstance(node, ast.Name) and node.id in names:
        return _leading_text(names[node.id], names, depth + 1)
    if isinstance(node, ast.Attribute) and node.attr in names:  # Class.CONSTANT
        return _leading_text(names[node.attr], names, depth + 1)
    if isinstance(node, ast.Subscript):
        return _leading_text(node.value, names, depth + 1)
    if isinstance(node, ast.Dict):
        texts = [_leading_text(v, names, depth + 1) for v in node.values]
        return next((t for t in texts if t and WRITE.match(t)), texts[0] if texts else None)
    return None


@dataclass
class Scope:
    """Where a statement is: its function, whether an operation is open there."""

    name: str
    gated: bool


def _walk(tree: ast.Module):
    """(node, scope) for every node inside a function, knowing whether it is
    in an operation: the function takes ``op``, is a method of a class made
    with an ``op``, or the node is inside ``with ... .operation(...)``."""
    op_classes = {cls.name for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                  for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"
                  and "op" in [a.arg for a in f.args.args]}

    def visit(node, scope: Scope | None, cls: str | None):
        if isinstance(node, ast.ClassDef):
            for child in node.body:
                yield from visit(child, scope, node.name)
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            params = [a.arg for a in node.args.args + node.args.kwonlyargs]
            gated = "op" in params or cls in op_classes or (scope is not None and scope.gated)
            name = f"{cls}.{node.name}" if cls else node.name
            scope = Scope(scope.name if scope and not cls else name, gated)
        if isinstance(node, ast.With) and scope is not None:
            if any(isinstance(item.context_expr, ast.Call) and _calls(item.context_expr, {"operation", "working_on",
                                                                                        "_exporting"})
                   for item in node.items):
                scope = Scope(scope.name, True)
        if scope is not None:
            yield node, scope
        for child in ast.iter_child_nodes(node):
            yield from visit(child, scope, None if isinstance(node, ast.FunctionDef) else cls)

    for node in tree.body:
        yield from visit(node, None, None)


def _calls(call: ast.Call, names: set[str]) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr in names) or (isinstance(func, ast.Name)
                                                                        and func.id in names)


def _allowed_outside(module: str, function: str) -> bool:
    return module in OUTSIDE_THE_GATE or f"{module}:{function.split('.')[-1]}" in OUTSIDE_THE_GATE


def test_every_write_in_core_is_inside_an_operation():
    outside, unknown = [], []
    for module, tree in _modules():
        names = {key: value for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                 for key, value in _constants(cls.body).items()}
        names.update(_constants(tree.body))
        for node, scope in _walk(tree):
            if not (isinstance(node, ast.Call) and _calls(node, {"execute", "executemany", "executescript"})
                    and node.args):
                continue
            if scope.gated or _allowed_outside(module, scope.name) or f"{module}:{scope.name}" in READS:
                continue
            local = {t.id: n.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Name)}
            text = _leading_text(node.args[0], {**names, **local})
            where = f"{module}:{scope.name} line {node.lineno}"
            if text is None:
                unknown.append(where)
            elif WRITE.match(text):
                outside.append(where)
    assert outside == [], f"writes outside an operation: {outside}"
    assert unknown == [], f"SQL the scan cannot read outside an operation (name it a constant): {unknown}"


def test_nothing_in_core_opens_a_transaction_of_its_own():
    opened = []
    for module, tree in _modules():
        for node, scope in _walk(tree):
            if isinstance(node, ast.Call) and _calls(node, {"transaction"}) and not _allowed_outside(module, scope.name):
                opened.append(f"{module}:{scope.name} line {node.lineno}")
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    # (ROLLBACK TO a savepoint undoes part of the operation's own transaction, and ends nothing)
                    and re.match(r"\s*(BEGIN|COMMIT|ROLLBACK(?!\s+TO\b))\b", node.value)
                    and not _allowed_outside(module, scope.name) and scope.name != "_copy_once"):
                opened.append(f"{module}:{scope.name} line {node.lineno}")
    assert opened == []


def paths_to_a_person() -> set[str]:
    """Every function in core that opens an operation on a person, or acts on
    an existing person inside one (checking the rules for them)."""
    found = set()
    for module, tree in _modules():
        if module in ("vault/gate.py", "vault/session.py"):  # the gate and its door
            continue
        for node, scope in _walk(tree):
            if not isinstance(node, ast.Call):
                continue
            opens = _calls(node, {"operation"}) and any(k.arg == "subject" for k in node.keywords)
            if opens or _calls(node, {"working_on", "_exporting", "person", "refusal", "load_subject"}):
                found.add(f"{module.removesuffix('.py')}:{scope.name}")
    return found


# ---- the rule matrix ----------------------------------------------------------------------------

ALLOWED, REFUSED, SKIPPED = "allowed", "refused", "skipped"


@dataclass(frozen=True)
class Path_:
    """A way to change a person, what it covers in core, and what each rule says of it."""

    covers: tuple[str, ...]
    run: Callable  # (world, contact id, what prepare made) -> None
    held: str  # on legal hold
    restricted: str  # processing restricted (Art. 18)
    prepare: Callable | None = None  # (world, contact id) -> anything run needs made first


class World:
    def __init__(self, owner):
        self.owner = owner

    def request(self, contact_id: str, kind: str, verified: bool = True) -> str:
        opened = requests.open_request(self.owner, contact_id, kind)
        if verified:
            requests.verify(self.owner, opened.reference, "ID card at the counter")
        return opened.reference


def _importing(policy: str, expected: str) -> Callable:
    def run(world: World, contact_id: str) -> None:
        summary = importing.import_contacts(world.owner, [(2, ContactInput(
            given_name="Pat", family_name="Person", emails=[Labelled("PAT@example.org")], job_title="Baker"))],
            purpose="customer-care", duplicates=policy)
        outcome = summary.outcomes[0]
        if outcome.action == "skipped":
            raise Skipped(outcome.reason)
        assert outcome.action == expected
    return run


def _edit_adding(world: World, contact_id: str) -> None:
    data = contacts.get_contact(world.owner, contact_id).as_input()
    data.phones.append(Labelled("+49 30 5550101", "work"))
    contacts.update_contact(world.owner, contact_id, data)


def _retention(world: World, contact_id: str) -> None:
    rowid = contacts.resolve(world.owner, contact_id)[0]
    item = retention.Item("inactive_without_basis", "contact", rowid, "a contact", "erased", "test", "apply")
    applied, _ = retention.apply_items(world.owner, [item])
    if not applied:
        raise Skipped("held")


def _newcomer(world: World, contact_id: str) -> str:
    return contacts.add_contact(world.owner, ContactInput(given_name="Pat", family_name="Person",
                                                          phones=[Labelled("+49 30 5550177")])).id


def _merge_into(world: World, contact_id: str, other: str) -> None:
    duplicates.merge(world.owner, other, contact_id)  # the person under test goes into the newcomer


def _dismiss(world: World, contact_id: str) -> None:
    other = contacts.add_contact(world.owner, ContactInput(given_name="Bea", family_name="Other")).id
    rowid, other_rowid = contacts.resolve(world.owner, contact_id)[0], contacts.resolve(world.owner, other)[0]

    with world.owner.operation(Permission.EDIT, "test.listed") as op:
        matching.note_possible(op, other_rowid, rowid, "same phone, another name")
    duplicates.dismiss(world.owner, other, contact_id)


def _rectify(world: World, contact_id: str) -> None:
    reference = world.request(contact_id, "rectification")
    data = contacts.get_contact(world.owner, contact_id).as_input()
    data.job_title = "Corrected"
    requests.rectify(world.owner, reference, contact_id, data)


def _export_for_request(world: World, contact_id: str) -> None:
    reference = world.request(contact_id, "access")
    data = subject_data.collect(world.owner, contact_id, request_reference=reference)
    subject_data.record_export(world.owner, data, [("access report (PDF)", "ab" * 32)])


def _request_steps(world: World, contact_id: str) -> None:
    reference = world.request(contact_id, "access", verified=False)
    requests.verify(world.owner, reference, "ID card")
    requests.extend(world.owner, reference, "The records are in the cellar.")
    requests.extension_told(world.owner, reference)
    requests.start(world.owner, reference)
    requests.reply_made(world.owner, reference, "letter (PDF)", b"%PDF")
    requests.close(world.owner, reference, "fulfilled")


def _received(erased: bool) -> Callable:
    """Another desk's change to the person, applied here (core.team.desk); held back where a rule refuses it."""
    def run(world: World, contact_id: str) -> None:
        content = None if erased else {"given_name": "Pat", "family_name": "Person", "job_title": "Baker",
                                       "emails": [{"value": "pat@example.org", "label": "", "kind": ""}],
                                       "phones": [{"value": "+49 30 5550100", "label": "", "kind": ""}],
                                       "tags": ["Tgbyhnu clinic"]}
        done = desk.Synced()
        desk.apply_received(world.owner, [([desk.Received(contact_id, 2, content)], None)], done)
        if done.held:
            raise Skipped("held")
    return run


PATHS = {
    "received from another desk": Path_(("team/desk:_apply",), _received(False), ALLOWED, SKIPPED),
    "erasure received from another desk": Path_((), _received(True), SKIPPED, ALLOWED),
    "edit that adds": Path_(("people/contacts:update_contact",), _edit_adding, ALLOWED, REFUSED),
    "edit that clears": Path_((), lambda w, c: contacts.update_contact(w.owner, c, ContactInput(given_name="Pat")),
                              REFUSED, REFUSED),
    "delete (erasure)": Path_(("privacy/erasure:erase", "privacy/erasure:remove_person"),
                              lambda w, c: erasure.erase(w.owner, c), REFUSED, ALLOWED),
    "note": Path_(("people/interactions:add_interaction",),
                  lambda w, c: add_interaction(w.owner, c, kind="note", summary="Asked about cakes"),
                  ALLOWED, REFUSED),
    "import merge": Path_(("imports/importing:_Import.row",), _importing("merge", "merged"), ALLOWED, SKIPPED),
    "import as a new copy": Path_((), _importing("new", "added"), ALLOWED, SKIPPED),
    "consent grant": Path_(("privacy/consent:record_many", "privacy/consent:capture"),
                           lambda w, c: consent.record(w.owner, c, "photos-marketing", "granted"),
                           ALLOWED, REFUSED),
    "consent withdraw": Path_((), lambda w, c: consent.record(w.owner, c, "newsletter-email", "withdrawn"),
                              ALLOWED, ALLOWED),
    "consent refusal": Path_((), lambda w, c: consent.record(w.owner, c, "photos-marketing", "refused"),
                             ALLOWED, ALLOWED),
    "basis record": Path_((), lambda w, c: consent.record(w.owner, c, "customer-care", "recorded"),
                          ALLOWED, REFUSED),
    "basis end": Path_((), lambda w, c: consent.record(w.owner, c, "order-fulfilment", "ended"), ALLOWED, ALLOWED),
    "request steps": Path_(("privacy/requests:open_request", "privacy/requests:working_on",
                            "privacy/requests:_move", "privacy/requests:extend", "privacy/requests:extension_told",
                            "privacy/requests:reply_made"),
                           _request_steps, ALLOWED, ALLOWED),
    "rectification under a request": Path_(("privacy/requests:rectify",), _rectify, ALLOWED, ALLOWED),
    "export for the person's request": Path_(("privacy/subject_data:_exporting", "privacy/subject_data:collect",
                                              "privacy/subject_data:record_export"), _export_for_request,
                                             ALLOWED, ALLOWED),
    "export without a request": Path_((), lambda w, c: subject_data.collect(w.owner, c), ALLOWED, REFUSED),
    "restrict and lift": Path_(("privacy/restriction:set_restricted",),
                               lambda w, c: restriction.set_restricted(w.owner, c, True), ALLOWED, ALLOWED),
    "legal hold": Path_(("privacy/restriction:set_hold",), lambda w, c: restriction.set_hold(w.owner, c, True),
                        ALLOWED, ALLOWED),
    "objection": Path_(("privacy/restriction:object_to_processing",),
                       lambda w, c: restriction.object_to_processing(w.owner, c), ALLOWED, ALLOWED),
    "retention sweep": Path_(("privacy/retention:_subject_of",), _retention, SKIPPED, SKIPPED),
    "merge of duplicates": Path_(("people/duplicates:merge",), _merge_into, REFUSED, REFUSED, _newcomer),
    "not duplicates": Path_(("people/duplicates:dismiss",), _dismiss, ALLOWED, ALLOWED),
}
# Paths that act on people but not one existing person of the matrix: each has its own test.
ELSEWHERE = {
    "imports/demo:_demo_consents": "made-up people the demo has just added, one capture each",
    "team/register:_kept_here": "asks the gate whether another desk's clearing of a request's text may touch the "
                                "person here; when it may not, the copy changes nothing",
}


class Skipped(Exception):
    """A bulk path left the person alone and said why."""


def test_the_matrix_drives_every_path_to_a_person():
    covered = {name for path in PATHS.values() for name in path.covers} | set(ELSEWHERE)
    found = paths_to_a_person()
    assert found - covered == set(), "a new way to change a person: add it to PATHS with what each rule says"
    assert covered - found == set(), "PATHS names a function that no longer touches a person"


def _fingerprint(session) -> str:
    """Everything in the vault's tables, for 'exactly as it was'."""
    digest = hashlib.sha256()
    tables = [r[0] for r in session.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contact_fts%' ORDER BY name")]
    for table in tables:
        for row in session.conn.execute(f"SELECT * FROM {table} ORDER BY 1"):  # noqa: S608 (names from the schema)
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def world(open_as):
    return World(open_as(OWNER))


def _person(world: World) -> str:
    person = contacts.add_contact(world.owner, ContactInput(
        given_name="Pat", family_name="Person", emails=[Labelled("pat@example.org")],
        phones=[Labelled("+49 30 5550100")], tags=["Tgbyhnu clinic"]))
    consent.record(world.owner, person.id, "newsletter-email", "granted")
    consent.record(world.owner, person.id, "order-fulfilment", "recorded")
    return person.id


def _drive(world: World, path: Path_, person: str, expected: str, reason: str) -> None:
    made = path.prepare(world, person) if path.prepare else None
    run = (lambda: path.run(world, person, made)) if path.prepare else (lambda: path.run(world, person))
    before = _fingerprint(world.owner)
    if expected == ALLOWED:
        run()
    elif expected == SKIPPED:
        with pytest.raises(Skipped):
            run()
    else:
        with pytest.raises(UsageError) as refused:
            run()
        assert refused.value.hint == reason and not re.search(r"\.\s+[A-Z]", refused.value.message)  # one sentence
        assert "Pat" not in refused.value.message and "Person" not in refused.value.message
    if expected != ALLOWED:
        assert contacts.get_contact(world.owner, person).given_name == "Pat"
    if expected == REFUSED:
        assert _fingerprint(world.owner) == before, "a refused change left the vault changed"


@pytest.mark.parametrize("name", PATHS)
def test_legal_hold_on_every_path(world, name):
    person = _person(world)
    restriction.set_hold(world.owner, person, True)
    _drive(world, PATHS[name], person, PATHS[name].held, "lift-hold")


@pytest.mark.parametrize("name", PATHS)
def test_restriction_on_every_path(world, name):
    person = _person(world)
    restriction.set_restricted(world.owner, person, True)
    _drive(world, PATHS[name], person, PATHS[name].restricted, "lift-restriction")


# An import adds a person anew; another desk's change to a person erased here is dropped, as the erasure
# here is final and on its way to the other desks (tests/team).
@pytest.mark.parametrize("name", [n for n in PATHS if not n.startswith("import") and "another desk" not in n])
def test_an_erased_person_is_gone_on_every_path(world, name):
    person = _person(world)
    erasure.erase(world.owner, person)
    path = PATHS[name]
    made = path.prepare(world, person) if path.prepare else None
    with pytest.raises(NotFound, match="was erased on"):
        path.run(world, person, made) if path.prepare else path.run(world, person)


# ---- the other rules, each on the paths where it can apply ----------------------------------------


def test_no_path_records_consent_in_bulk_or_overrides_a_withdrawal(world):
    person = _person(world)
    consent.record(world.owner, person, "newsletter-email", "withdrawn")
    rows = [(2, ContactInput(given_name="Pat", family_name="Person", emails=[Labelled("pat@example.org")]))]
    for key in ("newsletter-email", "photos-marketing"):
        with pytest.raises(UsageError, match="one person at a time"):
            importing.import_contacts(world.owner, rows, purpose=key)
    with pytest.raises(UsageError, match="own evidence") as refused:
        consent.record(world.owner, person, "newsletter-email", "granted")
    assert refused.value.hint == "consent-evidence"
    with pytest.raises(UsageError, match="not a way consent is given"):
        consent.record(world.owner, person, "newsletter-email", "granted", consent.Capture(method="imported"))
    assert {s.purpose.key: s.state for s in consent.current_states(world.owner, person)}["newsletter-email"] == \
        "withdrawn"
    consent.record(world.owner, person, "newsletter-email", "granted", consent.Capture(
        evidence=[consent.EvidenceInput("signature", b"\x89PNG signature", "image/png")]))
    states = {s.purpose.key: s.state for s in consent.current_states(world.owner, person)}
    assert states["newsletter-email"] == "granted"


def test_a_person_who_asked_to_be_erased_comes_back_only_when_confirmed(world):
    person = _person(world)
    erasure.erase(world.owner, person)
    again = ContactInput(given_name="Pat", emails=[Labelled("PAT@example.org")])
    with pytest.raises(UsageError, match="asked to be erased") as refused:
        contacts.add_contact(world.owner, again)
    assert refused.value.hint == "returning-person"
    summary = importing.import_contacts(world.owner, [(2, again)])
    assert summary.skipped == 1 and "asked to be erased" in summary.outcomes[0].reason
    back = contacts.add_contact(world.owner, again, returning=True)
    assert contacts.get_contact(world.owner, back.id).emails[0].value == "PAT@example.org"


def test_phone_alone_is_a_possible_duplicate_not_a_merge(world):
    configuration.change_setting(world.owner, "phone_region", "DE")  # "030 …" is a Berlin number
    jurgen = contacts.add_contact(world.owner, ContactInput(
        given_name="Jürgen", family_name="Müller", phones=[Labelled("+49 30 5550199")], notes="Jürgen's note")).id
    add_interaction(world.owner, jurgen, kind="visit", summary="Jürgen bought bread")
    rows = [(2, ContactInput(given_name="Jörg", family_name="Müller", phones=[Labelled("+49 (30) 555 0199")])),
            (3, ContactInput(given_name="J.", family_name="Müller", phones=[Labelled("030 5550199")],
                             job_title="Baker")),
            (4, ContactInput(given_name="Jürgen", family_name="Müller", emails=[Labelled("j@example.de")],
                             phones=[Labelled("0049 30 5550199")]))]
    summary = importing.import_contacts(world.owner, rows)
    outcomes = {o.line: (o.action, o.reason) for o in summary.outcomes}
    assert outcomes[2][0] == "added" and "possible duplicate" in outcomes[2][1]
    assert outcomes[3] == ("merged", "same phone as a contact in the vault; added the job title")
    assert outcomes[4] == ("merged", "same phone as a contact in the vault; added an e-mail address")
    assert summary.possible_duplicates == 1
    (pair,) = duplicates.list_possible(world.owner)
    assert (pair.added_name, pair.earlier_name) == ("Jörg Müller", "Jürgen Müller")
    # Jörg's record is his own: Jürgen's data does not show up in it, nor his in Jürgen's.
    jorg = contacts.get_contact(world.owner, pair.added_id)
    assert jorg.notes == "" and contacts.get_contact(world.owner, jurgen).job_title == "Baker"
    # Merging them on review keeps both histories and is audited; the pair is gone.
    add_interaction(world.owner, jorg.id, kind="call", summary="Jörg rang")
    consent.record(world.owner, jorg.id, "customer-care", "recorded")
    kept = duplicates.merge(world.owner, jurgen, jorg.id)
    from crmdesk.core.people.interactions import list_interactions

    assert {i.summary for i in list_interactions(world.owner, kept.id)} == {"Jürgen bought bread", "Jörg rang"}
    assert [e.action for e in consent.history(world.owner, kept.id)] == ["recorded"]
    assert duplicates.list_possible(world.owner) == []
    with pytest.raises(NotFound):
        contacts.get_contact(world.owner, jorg.id)
    entry = world.owner.conn.execute("SELECT action, target, detail FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert entry[0] == "contacts.merged" and entry[1] == jurgen and jorg.id in entry[2]


def test_the_whole_vault_is_looked_through_for_pairs(world, open_as):
    """Typed twice by hand or in the vault from before: a shared e-mail, a shared number, or the same name
    and town make a pair; a number many share (a shop's landline) or a name alone does not."""
    owner = world.owner
    configuration.change_setting(owner, "phone_region", "DE")

    def add(given, family, *, email="", phone="", town="", returning=False):
        return contacts.add_contact(owner, ContactInput(
            given_name=given, family_name=family, emails=[Labelled(email)] if email else [],
            phones=[Labelled(phone)] if phone else [], addresses=[Address(city=town)] if town else []),
            returning=returning).id

    anna = add("Anna", "Müller", town="München")
    anna_again = add("ANNA", "MULLER", town=" munchen ")
    add("Anna", "Müller", town="Hamburg")  # the same name elsewhere
    add("Anna", "", town="München")  # one word says too little
    eva = add("Eva", "Roth", email="eva@x.example")
    eva_again = add("Eva", "Roth-Klein")
    edited = contacts.get_contact(owner, eva_again).as_input()
    edited.emails = [Labelled("Eva@X.example")]  # an edit gives her the address another contact has
    contacts.update_contact(owner, eva_again, edited)
    landline = [add(f"Staff{n}", "Laden", phone="089 1234567") for n in range(duplicates.SHARED_BY_MANY + 1)]
    before = {(p.added_id, p.earlier_id) for p in duplicates.list_possible(owner)}
    assert duplicates.look_for(owner) == 2
    found = {(p.earlier_id, p.reason) for p in duplicates.list_possible(owner)
             if (p.added_id, p.earlier_id) not in before}
    assert found == {(anna, duplicates.SAME_NAME_AND_TOWN), (eva, duplicates.SAME_EMAIL)}
    assert landline  # eleven share one number: no pair of them is found
    entry = owner.conn.execute("SELECT action, detail FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert entry == ("contacts.duplicates_sought", '{"found":2}')
    # Looking again finds nothing new; a pair said to be different people is not found again.
    duplicates.dismiss(owner, anna_again, anna)
    assert duplicates.look_for(owner) == 0
    assert anna not in {p.earlier_id for p in duplicates.list_possible(owner)}


def test_a_merge_takes_the_chosen_values_of_the_other_and_joins_the_rest(world):
    owner = world.owner
    keep = contacts.add_contact(owner, ContactInput(
        given_name="Jürgen", family_name="Müller", organisation="Bäckerei Sonne", birthday=Birthday(4, 23),
        emails=[Labelled("j@x.example")], websites=[Labelled("https://sonne.example")])).id
    other = contacts.add_contact(owner, ContactInput(
        given_name="Jörg", family_name="Müller", organisation="Sonne GmbH", birthday=Birthday(4, 23, 1970),
        emails=[Labelled("jorg@y.example")], websites=[Labelled("sonne.example")]), returning=True).id
    with pytest.raises(UsageError, match="not a field to take"):
        duplicates.merge(owner, keep, other, ["notes"])
    with pytest.raises(UsageError, match="no job title to take"):
        duplicates.merge(owner, keep, other, ["job_title"])
    merged = duplicates.merge(owner, keep, other, ["given_name", "organisation"])
    assert (merged.given_name, merged.organisation, merged.birthday) == ("Jörg", "Sonne GmbH", Birthday(4, 23, 1970))
    assert [e.value for e in merged.emails] == ["j@x.example", "jorg@y.example"]
    assert [w.value for w in merged.websites] == ["https://sonne.example"]  # the same site written two ways
    assert "Bäckerei Sonne" not in merged.notes  # the reviewer chose the other's: nothing to keep in the notes
    detail = owner.conn.execute("SELECT detail FROM audit WHERE action = 'contacts.merged'").fetchone()[0]
    assert '"took":["given_name","organisation"]' in detail and "Sonne" not in detail


def test_different_people_stay_apart_once_dismissed(world):
    contacts.add_contact(world.owner, ContactInput(given_name="Anna", family_name="Berg",
                                                   phones=[Labelled("+49 30 5550111")]))
    rows = [(2, ContactInput(given_name="Otto", family_name="Berg", phones=[Labelled("+49 30 5550111")]))]
    importing.import_contacts(world.owner, rows)
    (pair,) = duplicates.list_possible(world.owner)
    duplicates.dismiss(world.owner, pair.added_id, pair.earlier_id)
    assert duplicates.list_possible(world.owner) == []
    with pytest.raises(UsageError, match="not listed"):
        duplicates.dismiss(world.owner, pair.added_id, pair.earlier_id)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Jörg Müller", "Jürgen Müller", False), ("J. Müller", "Jürgen Müller", True),
    ("Jürgen Müller", "MÜLLER, Jürgen", True), ("Müller", "Jürgen Müller", False),
    ("", "Jürgen Müller", True), ("Bäckerei Sonne", "Jürgen Müller", False),
    ("Łucja Żak", "Lucja Zak", True),
])
def test_names_compatible(a, b, same):
    assert matching.names_compatible(matching.name_words("", "", a), matching.name_words("", "", b)) is same


def test_changes_name_what_changed(world):
    person = _person(world)
    world.owner.take_changes()
    contacts.update_contact(world.owner, person, ContactInput(given_name="Pat", family_name="Other"))
    changes = world.owner.take_changes()
    assert changes.touches("contacts") and not changes.touches("requests") and changes.touches_contact(person)
    consent.record(world.owner, person, "newsletter-email", "withdrawn")
    changes = world.owner.take_changes()
    assert changes.touches("consent") and changes.touches_contact(person) and not changes.everything
    importing.import_contacts(world.owner, [(2, ContactInput(given_name="Bulk"))])
    assert world.owner.take_changes().everything
    assert not world.owner.take_changes()


def test_a_refused_operation_writes_no_audit_entry(world):
    person = _person(world)
    restriction.set_restricted(world.owner, person, True)
    head = world.owner.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    with pytest.raises(UsageError):
        add_interaction(world.owner, person, kind="note", summary="x")
    assert world.owner.conn.execute("SELECT max(seq) FROM audit").fetchone()[0] == head
    assert world.owner.last_audit_seq == head


def test_operations_do_not_nest(world):

    with world.owner.operation(Permission.READ, "test.outer"), pytest.raises(RuntimeError, match="nest"):
        with world.owner.operation(Permission.READ, "test.inner"):
            pass


def test_time_of_an_operation_is_one_moment(world):

    with world.owner.operation(Permission.READ, "test.moment") as op:
        assert datetime.fromisoformat(op.now).tzinfo == UTC or datetime.fromisoformat(op.now).utcoffset() is not None
