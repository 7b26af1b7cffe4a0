"""The shop's data-protection briefing, and who confirmed it (staff training).

Every user but the owner (who writes the shop's rules) reads the briefing
at their first sign-in and confirms it; the confirmation is recorded (who,
when, which version, the text's SHA-256). Until then, and again when the
owner publishes a new version or the yearly refresher falls due (Settings:
``training_refresh_months``, 0 for never), the user may not open the
customers' data: every permission that reads or changes people is refused
in core with one sentence saying what to do, so the window, the command
line and scripts hold the same line (the UK regulator's accountability
framework expects access to wait for training). Reporting a breach,
confirming the briefing and one's own account stay open.

A vault in a read-only folder holds back who has not confirmed just the
same (the confirmation is made on the vault itself, not on a copy).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from crmdesk.core.clock import add_months, parse_iso
from crmdesk.core.errors import UsageError
from crmdesk.core.language import active, tr
from crmdesk.core.permissions import TRAINING_FIRST, TRAINING_GATED, Permission, Role
from crmdesk.core.texts import clean
from crmdesk.core.vault import failures, settings
from crmdesk.core.vault.gate import USERS
from crmdesk.core.vault.session import Session

MAX_BRIEFING = 20_000
GATED, FIRST = TRAINING_GATED, TRAINING_FIRST  # what waits for the briefing, and the sentence that says so


@dataclass(frozen=True)
class Briefing:
    version: int
    body: str
    sha256: str
    published_at: str
    published_by: str | None


@dataclass(frozen=True)
class Standing:
    """One user's training, for the owner's overview."""

    name: str
    role: str
    version: int | None  # the version they last confirmed
    confirmed_at: str | None
    due: bool


def current(session: Session) -> Briefing:
    """The briefing in force (the newest version). Anyone signed in may read it."""
    row = session.conn.execute(
        "SELECT b.version, b.body, b.sha256, b.published_at, u.name FROM briefings b"
        " LEFT JOIN users u ON u.id = b.published_by ORDER BY b.version DESC LIMIT 1").fetchone()
    return Briefing(*row)


def _last(session: Session, user_id: str) -> tuple[int, str] | None:
    return session.conn.execute("SELECT version, at FROM training WHERE user_id = ? ORDER BY id DESC LIMIT 1",
                                (user_id,)).fetchone()


def _due(session: Session, user_id: str, role: str, now: datetime, version: int, months: int) -> bool:
    if role == Role.OWNER.value:
        return False
    last = _last(session, user_id)
    if last is None or last[0] != version:
        return True
    return bool(months) and add_months(parse_iso(last[1]), months) <= now


def due(session: Session, now: datetime | None = None) -> bool:
    """Whether the signed-in user must read and confirm the briefing before opening customers' data (also on
    a read-only copy, where the answer comes from the confirmations recorded in it)."""
    return _due(session, session.user.id, session.role.value, now or session.clock.now(), current(session).version,
                settings.get(session, "training_refresh_months"))


def confirm(session: Session, version: int) -> None:
    """The signed-in user confirms they read and understood ``version`` (the
    one they were shown: a newer one published meanwhile is shown again)."""
    session.require(Permission.REPORT)
    briefing = current(session)
    if version != briefing.version:
        raise UsageError(tr("Version {version} is not the briefing in force; read version "
                            "{briefing.version} (crmdesk training show) and confirm that "
                            "one.").format(version=version, briefing=briefing))
    if session.read_only:
        raise failures.read_only(session.paths.folder)
    with session.operation(Permission.REPORT, "training.confirmed", detail={"version": version}) as op:
        op.conn.execute("INSERT INTO training (user_id, version, sha256, at) VALUES (?, ?, ?, ?)",
                        (op.user_id, version, briefing.sha256, op.now))
        op.changed(USERS)
    session.training_due = False


def publish(session: Session, body: str) -> Briefing:
    """A new version of the briefing: everyone but the owner confirms it
    again. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    body = "\n".join(line.rstrip() for line in clean(body).splitlines())
    if len(body) > MAX_BRIEFING:
        raise UsageError(tr("The briefing is longer than {MAX_BRIEFING:,} characters; a briefing staff read "
                            "at the counter is a page or two.").format(MAX_BRIEFING=MAX_BRIEFING))
    if len(body) < 40:
        raise UsageError(tr("The briefing is the shop's rules for its staff; write a few sentences at least."))
    if body == current(session).body:
        raise UsageError(tr("This is the briefing in force already; change it before publishing."))
    with session.operation(Permission.ACCOUNTABILITY, "training.published") as op:
        version = op.conn.execute("SELECT max(version) + 1 FROM briefings").fetchone()[0]
        op.conn.execute("INSERT INTO briefings (version, body, sha256, published_at, published_by)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (version, body, hashlib.sha256(body.encode()).hexdigest(), op.now, op.user_id))
        op.detail["version"] = version
        op.changed(USERS)
    return current(session)


def standing(session: Session, now: datetime | None = None) -> list[Standing]:
    """Every active user's training, owner first. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    now = now or session.clock.now()
    version, months = current(session).version, settings.get(session, "training_refresh_months")
    found = []
    for user_id, name, role in session.conn.execute(
            "SELECT id, name, role FROM users WHERE active = 1 ORDER BY role = 'owner' DESC, name COLLATE NOCASE"):
        last = _last(session, user_id)
        found.append(Standing(name, role, last[0] if last else None, last[1] if last else None,
                              _due(session, user_id, role, now, version, months)))
    return found


def refresh_words(session: Session) -> str:
    months = settings.get(session, "training_refresh_months")
    if not months:
        return tr("only when a new version is published")
    return tr("every {period}").format(period=active().duration(months, "month"))
