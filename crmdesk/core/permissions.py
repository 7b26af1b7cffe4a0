"""Roles and the permission matrix of DESIGN.md, enforced in core.

Every core operation names the permission it needs and calls
``require(session, Permission.X)`` before it touches anything.
"""

from __future__ import annotations

from enum import StrEnum

from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.language import N_, NP_, active, tr


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    STAFF = "staff"
    VIEWER = "viewer"


class Permission(StrEnum):
    READ = N_("read contacts and search")
    EDIT = N_("add and edit contacts, notes, interactions and imports")
    CONSENT = N_("capture and withdraw consent")
    REQUESTS = N_("work data subject requests and export subject data")
    ERASE = N_("erase subjects, apply retention and set legal holds")
    CONFIGURE = N_("change purposes, retention policies and settings")
    ADMINISTER = N_("manage users, backups, restores and the audit log")
    OWN = N_("change the owner's account and rotate the master key")
    ACCOUNTABILITY = N_("keep the record of processing, processors, breach log, privacy notice and training")
    REPORT = N_("report a suspected breach and confirm one's own training")


# The roles as a sentence names them.
ROLE_WORDS = {Role.OWNER: NP_("role", "owner"), Role.ADMIN: NP_("role", "admin"), Role.STAFF: NP_("role", "staff"),
              Role.VIEWER: NP_("role", "viewer")}

_ALL = frozenset(Permission)
_STAFF = frozenset(
    {Permission.READ, Permission.EDIT, Permission.CONSENT, Permission.REQUESTS, Permission.REPORT}
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: _ALL,
    Role.ADMIN: _ALL - {Permission.OWN},
    Role.STAFF: _STAFF,
    Role.VIEWER: frozenset({Permission.READ, Permission.REPORT}),
}


# What waits until a user confirmed the shop's data-protection briefing (core.vault.training): reading and
# changing the customers' data. Reporting a breach and one's own account stay open.
TRAINING_GATED = frozenset({Permission.READ, Permission.EDIT, Permission.CONSENT, Permission.REQUESTS,
                            Permission.ERASE})
TRAINING_FIRST = (N_("Read the shop's data-protection briefing and confirm it first (in the window it opens by itself; "
                  "on the command line: crmdesk training show, then crmdesk training confirm)."))


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise UsageError(
            tr("'{text}' is not a role; use one of owner, admin, staff or viewer.").format(text=text)
        ) from None


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def role_words(role: Role | str) -> str:
    """A role as a sentence names it ("staff", "pracownik"), in the language messages are shown in."""
    return active().pgettext("role", ROLE_WORDS[Role(role)])


def require(role: Role | str, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless ``role`` has ``permission``."""
    if not allows(role, permission):
        raise PermissionDenied(
            tr("The {role} role may not {action}; ask an owner or admin.").format(
                role=role_words(role), action=tr(permission.value))
        )
