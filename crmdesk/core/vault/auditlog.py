"""Reading and checking the audit log, for owners and admins."""

from __future__ import annotations

from crmdesk.core.permissions import Permission
from crmdesk.core.vault import audit, trust
from crmdesk.core.vault.audit import AuditEntry
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.session import Session


def read(session: Session, *, limit: int = 50, before_seq: int | None = None) -> list[AuditEntry]:
    """Entries newest first. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    return audit.entries(session.conn, limit=limit, before_seq=before_seq)


def user_names(session: Session) -> dict[str, str]:
    """User id to name, to show who did what. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    return dict(session.conn.execute("SELECT id, name FROM users"))


def verify(session: Session) -> list[str]:
    """Problems in the hash chain and the entries' signatures, one sentence
    each. Needs ADMINISTER."""
    session.require(Permission.ADMINISTER)
    problems = audit.verify_chain(session.conn, trust.audit_trust(session.conn, KeySlots.load(session.paths.keyslots)))
    with session.operation(Permission.ADMINISTER, "audit.verified", detail={"problems": len(problems)}):
        pass
    return problems


def count(session: Session) -> int:
    return session.conn.execute("SELECT count(*) FROM audit").fetchone()[0]


def describe(detail: dict) -> str:
    """An entry's detail in words, for people: "fields: given name, emails;
    request: R-2026-0001" (empty values left out)."""
    return "; ".join(f"{_words(key)}: {_value(value)}" for key, value in sorted(detail.items())
                     if value not in (None, "", [], {}))


def _words(name: str) -> str:
    return name.replace("_", " ")


def _value(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_value(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{_words(key)} {_value(item)}" for key, item in value.items())
    if isinstance(value, str) and value.isidentifier():
        return _words(value)  # a field or policy name: given_name → given name
    return str(value)
