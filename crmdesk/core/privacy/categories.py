"""The kinds of personal data a contact can have in crmdesk, by one key each.

Shared by the breach log (what a breach took), the register of processors
(what a processor gets) and the record of processing (what is kept for a
purpose), so the three speak of the same things in the same words.
"""

from __future__ import annotations

from crmdesk.core.errors import UsageError
from crmdesk.core.language import N_, tr

DATA_CATEGORIES = {
    "names": N_("names"),
    "emails": N_("e-mail addresses"),
    "phones": N_("phone numbers"),
    "addresses": N_("postal addresses"),
    "birthdays": N_("birthdays"),
    "notes": N_("notes about them"),
    "interactions": N_("their history with the shop (visits, calls, purchases)"),
    "consents": N_("their consents and other lawful bases"),
}


def check_categories(keys) -> list[str]:
    """The keys, each known, in the register's order; UsageError names one that is not."""
    wanted = {k.strip().lower() for k in keys if k.strip()}
    unknown = sorted(wanted - set(DATA_CATEGORIES))
    if unknown:
        raise UsageError(tr("'{unknown[0]}' is not a kind of data crmdesk keeps; use "
                            "{names}.").format(unknown=unknown, names=', '.join(DATA_CATEGORIES)))
    return [key for key in DATA_CATEGORIES if key in wanted]


# How many of a set of contacts have each kind of data; {people} is a query of their rows.
_HAVING = {
    "names": "SELECT count(*) FROM contacts WHERE rowid IN ({people})",
    "emails": "SELECT count(DISTINCT contact) FROM contact_emails WHERE contact IN ({people})",
    "phones": "SELECT count(DISTINCT contact) FROM contact_phones WHERE contact IN ({people})",
    "addresses": "SELECT count(DISTINCT contact) FROM contact_addresses WHERE contact IN ({people})",
    "birthdays": "SELECT count(*) FROM contacts WHERE rowid IN ({people}) AND birthday IS NOT NULL AND birthday != ''",
    "notes": "SELECT count(*) FROM contacts WHERE rowid IN ({people}) AND notes != ''",
    "interactions": "SELECT count(DISTINCT contact) FROM interactions WHERE contact IN ({people})",
    "consents": "SELECT count(DISTINCT contact) FROM consent_ledger WHERE contact IN ({people})",
}


def counted(conn, people: str, params: tuple = ()) -> dict[str, int]:
    """Of the contacts ``people`` (a query of their rows, with ``params``),
    how many have each kind of data; kinds nobody has are left out."""
    found = {key: conn.execute(sql.format(people=people), params).fetchone()[0] for key, sql in _HAVING.items()}
    return {key: number for key, number in found.items() if number}
