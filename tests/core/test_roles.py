"""The role matrix of DESIGN.md, checked in core for every operation.

Each operation runs as each role on a person of its own: where the role may,
it succeeds; where it may not, it is refused with PermissionDenied before
anything is written. The command line samples the same matrix
(tests/cli/test_cli_roles.py).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from crmdesk.core import configuration, processing_record
from crmdesk.core.backups import backup, restore, schedule
from crmdesk.core.errors import PermissionDenied
from crmdesk.core.imports import demo, importing
from crmdesk.core.people import contacts, duplicates, interactions, search
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import (
    breaches,
    consent,
    erasure,
    processors,
    purposes,
    requests,
    restriction,
    retention,
    subject_data,
)
from crmdesk.core.vault import auditlog, integrity, recovery, remember, users
from tests.conftest import ADMIN, OWNER, STAFF, TARGET, VIEWER

ALL = {OWNER, ADMIN, STAFF, VIEWER}
MANAGERS = {OWNER, ADMIN}
WORKERS = {OWNER, ADMIN, STAFF}


class World:
    """The owner prepares what each operation needs; the role under test acts."""

    def __init__(self, owner, tmp: Path):
        self.owner = owner
        self.tmp = tmp
        self.count = 0

    def person(self, **kw) -> str:
        self.count += 1
        return contacts.add_contact(self.owner, ContactInput(
            given_name=f"Pat{self.count}", family_name="Person",
            emails=[Labelled(f"pat{self.count}@example.org")], **kw)).id

    def request(self, kind: str, verified: bool = True) -> tuple[str, str]:
        who = self.person()
        opened = requests.open_request(self.owner, who, kind)
        if verified:
            requests.verify(self.owner, opened.reference, "ID card")
        return who, opened.reference

    def breach(self) -> str:
        return breaches.report(self.owner, "A printed list was left on the bus.", self.owner.clock.now(),
                               scope="contacts", scope_detail=[self.person()], encrypted=False).reference

    def processor(self) -> str:
        self.count += 1
        return processors.add_processor(self.owner, f"Mailer {self.count}", service="sends mail", categories=[],
                                        agreement=("dpa.pdf", b"%PDF")).name

    def pair(self) -> tuple[str, str]:
        first = self.person(phones=[Labelled(f"+49 30 55501{self.count:02d}")])
        second = contacts.add_contact(self.owner, ContactInput(
            given_name="Other", family_name="Person", phones=[Labelled(f"+49 30 55501{self.count:02d}")])).id
        return first, second


def _listed_pair(w: World) -> tuple[str, str]:
    first = w.person(phones=[Labelled("+49 30 5559911")])
    importing.import_contacts(w.owner, [(2, ContactInput(given_name="Unlike", family_name="Name",
                                                         phones=[Labelled("+49 30 5559911")]))])
    pair = next(p for p in duplicates.list_possible(w.owner) if p.earlier_id == first)
    return pair.added_id, pair.earlier_id


# (name, roles allowed, prepare(world) -> anything, act(session, what prepare made))
OPERATIONS = [
    ("read a contact", ALL, lambda w: w.person(), lambda s, c: contacts.get_contact(s, c)),
    ("search", ALL, None, lambda s, _: search.search_contacts(s, "pat")),
    ("consent history", ALL, lambda w: w.person(), lambda s, c: consent.history(s, c)),
    ("list requests", ALL, None, lambda s, _: requests.list_requests(s)),
    ("list purposes", ALL, None, lambda s, _: purposes.list_purposes(s)),
    ("possible duplicates", ALL, None, lambda s, _: duplicates.list_possible(s)),
    ("add a contact", WORKERS, None, lambda s, _: contacts.add_contact(s, ContactInput(given_name="New"))),
    ("edit a contact", WORKERS, lambda w: w.person(),
     lambda s, c: contacts.update_contact(s, c, ContactInput(given_name="Edited"))),
    ("log an interaction", WORKERS, lambda w: w.person(),
     lambda s, c: interactions.add_interaction(s, c, kind="call", summary="Rang")),
    ("import", WORKERS, None,
     lambda s, _: importing.import_contacts(s, [(2, ContactInput(given_name="Imported"))])),
    ("import with a basis", WORKERS, None, lambda s, _: importing.import_contacts(
        s, [(2, ContactInput(given_name="Imported"))], purpose="customer-care")),
    ("demo contacts", WORKERS, None, lambda s, _: demo.fill_demo(s, 3)),
    ("merge duplicates", WORKERS, lambda w: w.pair(), lambda s, p: duplicates.merge(s, *p)),
    ("keep duplicates apart", WORKERS, _listed_pair, lambda s, p: duplicates.dismiss(s, *p)),
    ("grant consent", WORKERS, lambda w: w.person(),
     lambda s, c: consent.record(s, c, "newsletter-email", "granted")),
    ("record a basis", WORKERS, lambda w: w.person(), lambda s, c: consent.record(s, c, "customer-care", "recorded")),
    ("open a request", WORKERS, lambda w: w.person(), lambda s, c: requests.open_request(s, c, "access")),
    ("verify a request", WORKERS, lambda w: w.request("access", verified=False),
     lambda s, r: requests.verify(s, r[1], "ID card")),
    ("extend a request", WORKERS, lambda w: w.request("access"), lambda s, r: requests.extend(s, r[1], "Cellar")),
    ("answer that no data is held", WORKERS, None, lambda s, _: requests.answer_no_data(
        s, "Jo Nobody", [f"nobody-{s.user.name}@example.org"])),
    ("close a request", WORKERS, lambda w: w.request("access"), lambda s, r: requests.close(s, r[1], "fulfilled")),
    ("rectify", WORKERS, lambda w: w.request("rectification"),
     lambda s, r: requests.rectify(s, r[1], r[0], ContactInput(given_name="Corrected"))),
    ("export a person's data", WORKERS, lambda w: w.request("access"),
     lambda s, r: subject_data.collect(s, r[0], request_reference=r[1])),
    ("restrict", WORKERS, lambda w: w.person(), lambda s, c: restriction.set_restricted(s, c, True)),
    ("object", WORKERS, lambda w: w.person(), lambda s, c: restriction.object_to_processing(s, c)),
    ("erase (delete)", MANAGERS, lambda w: w.person(), lambda s, c: erasure.erase(s, c)),
    ("see what erasing removes", MANAGERS, lambda w: w.person(), lambda s, c: erasure.preview(s, c)),
    ("legal hold", MANAGERS, lambda w: w.person(), lambda s, c: restriction.set_hold(s, c, True)),
    ("retention plan", MANAGERS, None, lambda s, _: retention.plan(s, s.clock.now() + timedelta(days=999))),
    ("retention sweep", MANAGERS, None, lambda s, _: retention.run(s)),
    ("change settings", MANAGERS, None,
     lambda s, _: configuration.change_settings(s, {"organisation": "Bäckerei Mond", "phone_region": "PL"})),
    ("add a purpose", MANAGERS, None,
     lambda s, _: purposes.add_purpose(s, "loyalty", title="Loyalty card", basis="contract")),
    ("publish a text", MANAGERS, None,
     lambda s, _: purposes.publish_text(s, "newsletter-email", "Monthly news; unsubscribe any time.")),
    ("retire a purpose", MANAGERS, None, lambda s, _: purposes.retire_purpose(s, "photos-marketing")),
    ("retention policy", MANAGERS, None, lambda s, _: retention.set_policy(s, "old_interactions", period=5)),
    ("back up", MANAGERS, lambda w: w.tmp / "b", lambda s, folder: backup.create_backup(s, folder)),
    ("prune backups", MANAGERS, lambda w: w.tmp / "b", lambda s, folder: schedule.prune(s, folder)),
    ("export all contacts", MANAGERS, None, lambda s, _: list(contacts.contacts_for_export(s, file_format="csv"))),
    ("erasures for a restore", MANAGERS, None, lambda s, _: restore.KnownErasures.of(s)),
    ("list users", MANAGERS, None, lambda s, _: users.list_users(s)),
    ("add a user", MANAGERS, None,
     lambda s, _: users.add_user(s, "newbie", role="viewer", passphrase="newbie passphrase 1")),
    ("another's passphrase", MANAGERS, None, lambda s, _: users.change_passphrase(s, TARGET, "a new passphrase")),
    ("disable a user", MANAGERS, None, lambda s, _: users.disable_user(s, TARGET)),
    ("read the audit log", MANAGERS, None, lambda s, _: auditlog.read(s)),
    ("check the audit chain", MANAGERS, None, lambda s, _: auditlog.verify(s)),
    ("check the vault", MANAGERS, None, lambda s, _: integrity.verify_vault(s)),
    ("the owner's passphrase", {OWNER}, None, lambda s, _: users.change_passphrase(s, OWNER, "a new passphrase")),
    ("confirm the recovery code", {OWNER}, lambda w: recovery.replace_recovery_code(w.owner),
     lambda s, code: recovery.confirm_code(s, code)),
    ("a new recovery code", {OWNER}, None, lambda s, _: recovery.replace_recovery_code(s)),
    ("one's own passphrase", ALL, None, lambda s, _: users.change_passphrase(s, None, "my new passphrase")),
    ("one's own authenticator", ALL, None, lambda s, _: users.enable_totp(s)),
    ("remember one's key", ALL, None, lambda s, _: remember.remember(s)),
    ("report a breach", ALL, None,
     lambda s, _: breaches.report(s, "A list was lost.", s.clock.now(), encrypted=False)),
    ("read the breach log", MANAGERS, None, lambda s, _: breaches.list_breaches(s)),
    ("assess a breach", MANAGERS, lambda w: w.breach(), lambda s, b: breaches.assess(
        s, b, risk="risk", authority_needed=True, people_needed=False, reason="an address went astray")),
    ("record a breach notification", MANAGERS, lambda w: w.breach(),
     lambda s, b: breaches.notified(s, b, "authority")),
    ("list processors", ALL, None, lambda s, _: processors.list_processors(s)),
    ("make the record of processing", MANAGERS, None, lambda s, _: processing_record.make(s)),
    ("add a processor", MANAGERS, None,
     lambda s, _: processors.add_processor(s, f"IT {s.user.name}", service="hosts backups", categories=[])),
    ("read a processor's agreement", MANAGERS, lambda w: w.processor(), lambda s, n: processors.agreement(s, n)),
]


@pytest.mark.parametrize("role", [OWNER, ADMIN, STAFF, VIEWER])
def test_every_operation_as_every_role(open_as, tmp_path, role):
    world = World(open_as(OWNER), tmp_path)
    prepared = [(name, allowed, prepare(world) if prepare else None, act) for name, allowed, prepare, act in OPERATIONS]
    session = open_as(role)
    wrong = []
    for name, allowed, made, act in prepared:
        head = session.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        try:
            act(session, made)
            refused = False
        except PermissionDenied:
            refused = True
            if session.conn.execute("SELECT max(seq) FROM audit").fetchone()[0] != head:
                wrong.append(f"{name}: refused, yet wrote")
        if refused == (role in allowed):
            wrong.append(f"{name}: {'refused' if refused else 'allowed'}")
    assert wrong == [], f"as {role}"


def test_the_matrix_covers_every_permission_of_design():
    """Each permission of DESIGN.md's table has operations in the matrix,
    allowed to exactly the roles the table gives it."""
    from crmdesk.core.permissions import ROLE_PERMISSIONS

    covered = {frozenset(allowed) for _name, allowed, _prepare, _act in OPERATIONS}
    design = {frozenset(role.value for role, granted in ROLE_PERMISSIONS.items() if permission in granted)
              for permission in Permission}
    names = {"owner": OWNER, "admin": ADMIN, "staff": STAFF, "viewer": VIEWER}
    assert covered == {frozenset(names[r] for r in roles) for roles in design}
