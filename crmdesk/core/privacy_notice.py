"""The privacy notice (Art. 13): what the shop tells people when it collects their data.

Made from the vault, so it says what crmdesk actually does: the shop and
its contacts, each purpose in use with its lawful basis and whether giving
the data is needed (an order) or a free choice (consent), how long data is
kept, who receives it (the register of processors and the other
recipients in Settings), transfers outside the EU/EEA and their basis, the
person's rights, withdrawing consent, and the right to complain.

A notice is published in versions per language, like consent texts:
``publish`` keeps the text as it reads now in the shop's language and in
English, each when it differs from that language's last version, with its
SHA-256, so the shop can show which notice was in force on a day.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from crmdesk.core.errors import UsageError
from crmdesk.core.language import N_, Language, get, tr
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import processors, purposes, retention
from crmdesk.core.privacy.processors import Processor
from crmdesk.core.privacy.purposes import Purpose
from crmdesk.core.privacy.retention import Policy
from crmdesk.core.privacy.subject_data import Controller, controller
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import PURPOSES
from crmdesk.core.vault.session import Session

RIGHTS = (
    N_("to ask which personal data we hold about you and for a copy of it (Art. 15);"),
    N_("to have wrong or incomplete data corrected (Art. 16);"),
    N_("to have your data erased where we no longer need it or you withdraw your consent (Art. 17);"),
    N_("to have its use restricted while a question is settled (Art. 18);"),
    N_("to receive the data you gave us in a machine-readable format, to take elsewhere (Art. 20);"),
    N_("to object to our use of it based on our legitimate interests, and always to direct marketing (Art. 21);"),
    N_("to withdraw a consent at any time, for the future, as easily as you gave it (Art. 7(3))."),
)
# Whether giving the data is needed, by lawful basis (Art. 13(2)(e)).
NEEDED = {"consent": N_("up to you: without it we simply do not do this"),
          "contract": N_("needed to take and deliver your order; without it we cannot"),
          "legal_obligation": N_("required by law (for example tax law)"),
          "legitimate_interests": N_("not required; you may object at any time"),
          "vital_interests": N_("needed to protect someone's life"),
          "public_task": N_("required for a public task")}


@dataclass(frozen=True)
class Use:
    purpose: Purpose
    recipients: tuple[Processor, ...]

    def basis(self, lang: Language) -> str:
        return lang.gettext(purposes.BASES[self.purpose.basis])

    def needed(self, lang: Language) -> str:
        return lang.gettext(NEEDED[self.purpose.basis])


@dataclass(frozen=True)
class Notice:
    """What the notice says, in no language yet (the paper writes it in one)."""

    controller: Controller
    uses: tuple[Use, ...]
    others: tuple[str, ...]  # recipients written in Settings
    retention_rules: tuple[Policy, ...]

    @property
    def transfers(self) -> tuple[Processor, ...]:
        found = {p.name: p for u in self.uses for p in u.recipients if p.outside_eu}
        return tuple(found[name] for name in sorted(found))


@dataclass(frozen=True)
class Version:
    language: str
    version: int
    body: str
    sha256: str
    published_at: str
    published_by: str | None


def languages(session: Session) -> tuple[str, ...]:
    """The languages the notice is published in: the shop's, and English (Art. 12(1): in a
    language the people it is for understand; a shop's customers are not all locals)."""
    return tuple(dict.fromkeys((settings.get(session, "shop_language"), "en")))


def make(session: Session) -> Notice:
    """The notice as the vault says it now. Needs READ."""
    session.require(Permission.READ)
    uses = tuple(Use(p, tuple(processors.recipients_for(session, [p.key])))
                 for p in purposes.list_purposes(session, include_retired=False))
    shop = controller(session)
    named = {p.recipient_line() for u in uses for p in u.recipients}
    rules = tuple(p for p in retention.list_policies(session) if p.enabled)
    return Notice(shop, uses, tuple(r for r in shop.recipients if r not in named), rules)


def versions(session: Session, language: str | None = None) -> list[Version]:
    """Every published version (in ``language``, or in all), newest first. Needs READ."""
    session.require(Permission.READ)
    return [Version(*row) for row in session.conn.execute(
        "SELECT n.language, n.version, n.body, n.sha256, n.published_at, u.name FROM notices n"
        " LEFT JOIN users u ON u.id = n.published_by WHERE n.language = coalesce(?, n.language)"
        " ORDER BY n.version DESC, n.language", (language,))]


def publish(session: Session, bodies: dict[str, str]) -> list[Version]:
    """Keep each text of ``bodies`` (language → the notice's text as it reads now) as a new version
    in that language, where it differs from the last one. Needs ACCOUNTABILITY. The versions made."""
    session.require(Permission.ACCOUNTABILITY)
    shop = controller(session)
    if not shop.address.strip() or not shop.contact.strip():
        raise UsageError(tr("The notice must say who the shop is and how to reach it (Art. 13(1)(a)); fill "
                            "in the postal address and the contact in Settings first."))
    bodies = {get(code).code: body.strip() for code, body in bodies.items()}
    last = {code: next(iter(versions(session, code)), None) for code in bodies}
    changed = {code: body for code, body in bodies.items() if last[code] is None or last[code].body != body}
    if not changed:
        numbers = ", ".join(f"{get(code).name} {v.version}" for code, v in last.items() if v)
        raise UsageError(tr("The notice reads as the published version already ({numbers}); nothing changed "
                            "since.").format(numbers=numbers))
    with session.operation(Permission.ACCOUNTABILITY, "notice.published") as op:
        for code, body in changed.items():
            version = (last[code].version if last[code] else 0) + 1
            op.conn.execute("INSERT INTO notices (language, version, body, sha256, published_at, published_by)"
                            " VALUES (?, ?, ?, ?, ?, ?)",
                            (code, version, body, hashlib.sha256(body.encode()).hexdigest(), op.now, op.user_id))
            op.detail[code] = version
        op.changed(PURPOSES)
    return [v for code in changed for v in versions(session, code)[:1]]
