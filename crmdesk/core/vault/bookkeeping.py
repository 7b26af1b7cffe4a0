"""How long the bookkeeping purpose keeps its records: as long as the law of the shop's country says.

A vault starts with a "Bookkeeping records" purpose (schema 6) on the lawful
basis of a legal obligation. How long invoices and receipts must be kept is
national law, and keeping them longer than that has no basis (Art. 5(1)(e)),
so the period follows the shop's country (the country of its public
holidays, Settings) for as long as the purpose is still as crmdesk wrote it.
A period or description the shop chose itself is never changed.

The periods, for invoices and receipts (the vault holds the customer's side
of them):

- DE 8 years: § 147(3) AO, § 257(4) HGB (eight years for receipts since 2025)
- AT 7 years: § 132 BAO
- CH 10 years: Art. 958f OR
- FR 10 years: Code de commerce, art. L123-22
- IT 10 years: Codice civile, art. 2220
- ES 6 years: Código de Comercio, art. 30
- PL 5 years: ustawa o rachunkowości, art. 74
- NL 7 years: Algemene wet inzake rijksbelastingen, art. 52

Elsewhere the ten years a vault started with stay. The README says an
accountant should confirm the period.
"""

from __future__ import annotations

import sqlcipher3

from crmdesk.core.language import N_

KEY = "bookkeeping"
DESCRIPTION = N_("Invoices and receipts the law of the shop's country requires it to keep.")
YEARS = {"DE": 8, "AT": 7, "CH": 10, "FR": 10, "IT": 10, "ES": 6, "PL": 5, "NL": 7}
ELSEWHERE_YEARS = 10


def days_for(country: str) -> int:
    """The retention period in days for a shop in ``country`` ("DE", or a region "DE-BY")."""
    return round(YEARS.get(country.partition("-")[0].upper(), ELSEWHERE_YEARS) * 365.25)


CRMDESK_DAYS = frozenset({days_for(country) for country in YEARS} | {days_for("")})


def fit(conn: sqlcipher3.Connection, country: str, now: str) -> int | None:
    """Set the bookkeeping purpose's period to ``country``'s when it is still as crmdesk wrote it (its
    description and one of crmdesk's periods); the days set, or None when nothing changed."""
    row = conn.execute("SELECT id, description, retention_days FROM purposes WHERE key = ?", (KEY,)).fetchone()
    days = days_for(country)
    if row is None or row[1] != DESCRIPTION or row[2] not in CRMDESK_DAYS or row[2] == days:
        return None
    conn.execute("UPDATE purposes SET retention_days = ?, updated_at = ? WHERE id = ?", (days, now, row[0]))
    return days
