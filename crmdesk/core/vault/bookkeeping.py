"""How long the bookkeeping purpose keeps its records: as long as the law of the shop's country says.

A vault starts with a "Bookkeeping records" purpose (schema 6) on the lawful
basis of a legal obligation. How long invoices and receipts must be kept is
national law, and keeping them longer than that has no basis (Art. 5(1)(e)),
so the period follows the shop's country (the country of its public
holidays, Settings) for as long as the purpose is still as crmdesk wrote it:
its description, and the period crmdesk gave it for the country the shop
was in. A period or description the shop chose itself is never changed, nor
is a purpose the shop retired.

The years, for invoices and receipts, each counted from the end of the
(calendar or business) year a record belongs to:

- DE 8: § 147(3) AO, § 257(4) HGB (eight years for receipts since 2025)
- AT 7: § 132 BAO
- CH 10: Art. 958f OR
- FR 10: Code de commerce, art. L123-22
- IT 10: Codice civile, art. 2220
- ES 6: Código de Comercio, art. 30
- PL 6: Ordynacja podatkowa, art. 86 § 1 (five years from the end of the year
  in which the tax fell due, which for income tax is the year after); a
  shop keeping full books, ustawa o rachunkowości art. 74, also five years
- NL 7: Algemene wet inzake rijksbelastingen, art. 52
- GB 6, IE 6: the tax authorities' six years
- DK 5: bogføringsloven § 12; NO 5: bokføringsloven § 13; SE 7: bokföringslagen 7 kap. 2 §

Elsewhere ten years. crmdesk counts a period from the day a person's basis
ended, not from the end of a year, so it keeps records one year longer than
the law's number to be sure the law's period has run out. The README says an
accountant should confirm the period.
"""

from __future__ import annotations

import sqlcipher3

from crmdesk.core.language import N_

KEY = "bookkeeping"
DESCRIPTION = N_("Invoices and receipts the law of the shop's country requires it to keep. The law counts its "
                 "years from the end of the year a record belongs to; crmdesk keeps them one year more for that.")
YEARS = {"DE": 8, "AT": 7, "CH": 10, "FR": 10, "IT": 10, "ES": 6, "PL": 6, "NL": 7, "GB": 6, "IE": 6, "DK": 5,
         "NO": 5, "SE": 7}
ELSEWHERE_YEARS = 10


def country(region: str) -> str:
    """ "DE" of "DE-BY"."""
    return region.partition("-")[0].upper()


def days_for(region: str) -> int:
    """The retention period in days for a shop in ``region`` ("DE", or "DE-BY"): the law's years and one."""
    return int((YEARS.get(country(region), ELSEWHERE_YEARS) + 1) * 365.25 + 0.5)


def fit(conn: sqlcipher3.Connection, before: str, region: str, now: str) -> int | None:
    """The shop moved from ``before`` to ``region`` (holiday regions): when that is another country and the
    active bookkeeping purpose still has crmdesk's description and the period crmdesk gave it for
    ``before``, set the period to ``region``'s. The days set, or None when nothing changed."""
    if country(before) == country(region):
        return None
    row = conn.execute("SELECT id, description, retention_days FROM purposes WHERE key = ? AND active = 1",
                       (KEY,)).fetchone()
    days = days_for(region)
    if row is None or row[1] != DESCRIPTION or row[2] != days_for(before) or row[2] == days:
        return None
    conn.execute("UPDATE purposes SET retention_days = ?, updated_at = ? WHERE id = ?", (days, now, row[0]))
    return days
