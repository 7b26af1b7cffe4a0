"""Changing the vault's settings, with what each change brings along.

Settings live in the vault (``vault.settings``); most are a value and
nothing more. The phone region is read into every indexed phone number
("030 1234" is a Berlin number only in Germany), so changing it rebuilds
the search index in the same operation; the holiday region decides the
working days open requests are due on, so changing it moves them, and the
country whose law says how long bookkeeping records are kept. Needs CONFIGURE; audited by key
name, never by value.
"""

from __future__ import annotations

from typing import Any

from crmdesk.core.people import search_index
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import purposes, requests
from crmdesk.core.vault import settings
from crmdesk.core.vault.gate import CONTACTS
from crmdesk.core.vault.session import Session


def change_settings(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """Check every value first, then write those that differ in one
    operation. Returns the values as stored."""
    return change_settings_noting(session, values)[0]


def change_settings_noting(session: Session, values: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``change_settings``, with a sentence for each consequence the person should know of (open
    requests whose due dates moved with the public holidays)."""
    session.require(Permission.CONFIGURE)
    before = settings.get(session, "holiday_region")
    checked, differing = settings.changes(session, values)
    notes: list[str] = []
    if differing:
        with session.operation(Permission.CONFIGURE, None) as op:
            settings.store(op, differing)
            if "phone_region" in differing:
                search_index.rebuild(op, checked["phone_region"])
                op.changed(CONTACTS)
            if "holiday_region" in differing:
                notes += requests.follow_holidays(op, checked["holiday_region"])
                notes += purposes.follow_country(op, before, checked["holiday_region"])
    return checked, notes


def change_setting(session: Session, key: str, value: Any) -> Any:
    """Change one setting; returns the stored value."""
    return change_settings(session, {key: value})[key]
