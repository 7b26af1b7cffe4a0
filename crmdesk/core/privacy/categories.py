"""The kinds of personal data a contact can have in crmdesk, by one key each.

Shared by the breach log (what a breach took), the register of processors
(what a processor gets) and the record of processing (what is kept for a
purpose), so the three speak of the same things in the same words.
"""

from __future__ import annotations

from crmdesk.core.errors import UsageError

DATA_CATEGORIES = {
    "names": "names",
    "emails": "e-mail addresses",
    "phones": "phone numbers",
    "addresses": "postal addresses",
    "birthdays": "birthdays",
    "notes": "notes about them",
    "interactions": "their history with the shop (visits, calls, purchases)",
    "consents": "their consents and other lawful bases",
}


def check_categories(keys) -> list[str]:
    """The keys, each known, in the register's order; UsageError names one that is not."""
    wanted = {k.strip().lower() for k in keys if k.strip()}
    unknown = sorted(wanted - set(DATA_CATEGORIES))
    if unknown:
        raise UsageError(f"'{unknown[0]}' is not a kind of data crmdesk keeps; use {', '.join(DATA_CATEGORIES)}.")
    return [key for key in DATA_CATEGORIES if key in wanted]
