"""The privacy notice (Art. 13): what the shop tells people when it collects their data.

Made from the vault, so it says what crmdesk actually does: the shop and
its contacts, each purpose in use with its lawful basis and whether giving
the data is needed (an order) or a free choice (consent), how long data is
kept, who receives it (the register of processors and the other
recipients in Settings), transfers outside the EU/EEA and their basis, the
person's rights, withdrawing consent, and the right to complain.

A notice is published in versions, like consent texts: ``publish`` keeps
the text as it reads now when it differs from the last version, with its
SHA-256, so the shop can show which notice was in force on a day.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from crmdesk.core.errors import UsageError
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import processors, purposes, retention
from crmdesk.core.privacy.processors import Processor
from crmdesk.core.privacy.purposes import Purpose
from crmdesk.core.privacy.subject_data import Controller, controller
from crmdesk.core.vault.gate import PURPOSES
from crmdesk.core.vault.session import Session

RIGHTS = (
    "to ask which personal data we hold about you and for a copy of it (Art. 15);",
    "to have wrong or incomplete data corrected (Art. 16);",
    "to have your data erased where we no longer need it or you withdraw your consent (Art. 17);",
    "to have its use restricted while a question is settled (Art. 18);",
    "to receive the data you gave us in a machine-readable format, to take elsewhere (Art. 20);",
    "to object to our use of it based on our legitimate interests, and always to direct marketing (Art. 21);",
    "to withdraw a consent at any time, for the future, as easily as you gave it (Art. 7(3)).",
)
# Whether giving the data is needed, by lawful basis (Art. 13(2)(e)).
NEEDED = {"consent": "up to you: without it we simply do not do this",
          "contract": "needed to take and deliver your order; without it we cannot",
          "legal_obligation": "required by law (for example tax law)",
          "legitimate_interests": "not required; you may object at any time",
          "vital_interests": "needed to protect someone's life", "public_task": "required for a public task"}


@dataclass(frozen=True)
class Use:
    purpose: Purpose
    basis: str
    needed: str
    kept: str
    recipients: tuple[Processor, ...]


@dataclass(frozen=True)
class Notice:
    controller: Controller
    uses: tuple[Use, ...]
    others: tuple[str, ...]  # recipients written in Settings
    retention_rules: tuple[str, ...]

    @property
    def transfers(self) -> tuple[Processor, ...]:
        found = {p.name: p for u in self.uses for p in u.recipients if p.outside_eu}
        return tuple(found[name] for name in sorted(found))


@dataclass(frozen=True)
class Version:
    version: int
    body: str
    sha256: str
    published_at: str
    published_by: str | None


def make(session: Session) -> Notice:
    """The notice as the vault says it now. Needs READ."""
    session.require(Permission.READ)
    uses = tuple(Use(p, purposes.BASES[p.basis], NEEDED.get(p.basis, ""), p.kept_for,
                     tuple(processors.recipients_for(session, [p.key])))
                 for p in purposes.list_purposes(session, include_retired=False))
    shop = controller(session)
    named = {p.recipient_line() for u in uses for p in u.recipients}
    rules = tuple(p.explained() for p in retention.list_policies(session) if p.enabled)
    return Notice(shop, uses, tuple(r for r in shop.recipients if r not in named), rules)


def versions(session: Session) -> list[Version]:
    """Every published version, newest first. Needs READ."""
    session.require(Permission.READ)
    return [Version(*row) for row in session.conn.execute(
        "SELECT n.version, n.body, n.sha256, n.published_at, u.name FROM notices n"
        " LEFT JOIN users u ON u.id = n.published_by ORDER BY n.version DESC")]


def publish(session: Session, body: str) -> Version:
    """Keep ``body`` (the notice's text as it reads now) as a new version,
    when it differs from the last one. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    shop = controller(session)
    if not shop.address.strip() or not shop.contact.strip():
        raise UsageError("The notice must say who the shop is and how to reach it (Art. 13(1)(a)); fill in the "
                         "postal address and the contact in Settings first.")
    body = body.strip()
    published = versions(session)
    if published and published[0].body == body:
        raise UsageError(f"The notice reads as version {published[0].version} already; nothing changed since.")
    with session.operation(Permission.ACCOUNTABILITY, "notice.published") as op:
        version = (published[0].version if published else 0) + 1
        op.conn.execute("INSERT INTO notices (version, body, sha256, published_at, published_by)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (version, body, hashlib.sha256(body.encode()).hexdigest(), op.now, op.user_id))
        op.detail["version"] = version
        op.changed(PURPOSES)
    return versions(session)[0]
