"""Deadlines as the EU counts them: Regulation (EEC, Euratom) No 1182/71.

A period in months ends on the same date of the last month, or on that
month's last day when it has none (Art. 3(2)(c); ``clock.add_months``).
When that day is a public holiday, a Saturday or a Sunday, the period ends
with the next working day (Art. 3(4)). The public holidays are those of the
shop's country and region (the setting ``holiday_region``: "DE", or "DE-BY"
for Bavaria), from the maintained ``holidays`` library, so a request
received on 31 January 2026 is due on Monday 2 March, "28 February is a
Saturday, 1 March a Sunday".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from crmdesk.core import language
from crmdesk.core.errors import UsageError
from crmdesk.core.language import ENGLISH, N_, Language, tr

if TYPE_CHECKING:
    import holidays

# The countries whose shops crmdesk is for: the EU and EEA, Switzerland and the United Kingdom.
COUNTRIES = ("AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE",
             "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK")
WEEKEND = {5: N_("a Saturday"), 6: N_("a Sunday")}
NO_WORKING_DAY = N_("no working day")


@dataclass(frozen=True)
class Deadline:
    nominal: date  # where the period ends by the calendar
    due: date  # where it ends by Art. 3(4): the first working day from ``nominal`` on
    passed_over: tuple[tuple[date, str], ...]  # the days between, each with why it is no working day
    region: str = "DE"  # whose holidays

    def because(self, lang: Language = ENGLISH) -> str:
        """Why ``due`` is later than ``nominal`` ("" when it is not): "28 February 2026 is a Saturday,
        1 March 2026 a Sunday"; a holiday by its name in ``lang`` where the library has it there
        ("6. Januar 2026 ist Heilige Drei Könige"), else said to be one, with its English name."""
        named = _calendar(self.region, lang.code)

        def why(day: date, what: str) -> str:
            if what in WEEKEND.values() or what == NO_WORKING_DAY:
                return lang.gettext(what)
            if named is None:  # the library has no name for it in this language: say what it is, then its name
                return lang.gettext(N_("a public holiday ({name})")).format(name=what)
            return named.get(day) or what

        said = [lang.gettext(N_("{day} is {what}")).format(day=lang.date(day), what=why(day, what))
                for day, what in self.passed_over[:1]]
        said += [lang.gettext(N_("{day} {what}")).format(day=lang.date(day), what=why(day, what))
                 for day, what in self.passed_over[1:]]
        return ", ".join(said)


def check_region(code: str) -> str:
    """A holiday region as stored ("de-by" → "DE-BY"); UsageError when crmdesk does not know it."""
    given = code.strip()
    country, dash, subdivision = given.upper().replace("_", "-").partition("-")
    if country in COUNTRIES and subdivision:  # a region's name as the library knows it: DE-Bayern → DE-BY
        aliases = {name.upper(): alias for name, alias in _calendar_class(country).subdivisions_aliases.items()}
        subdivision = aliases.get(subdivision, subdivision).upper()
    if country not in COUNTRIES or (dash and subdivision not in {s.upper() for s in _subdivisions(country)}):
        shown = given if len(given) <= 20 else given[:20] + "…"
        raise UsageError(tr("'{shown}' is not a country or region crmdesk knows the public holidays "
                            "of; use a country code such as DE, or a country and region such as DE-BY "
                            "(Bavaria).").format(shown=shown))
    return f"{country}-{subdivision}" if subdivision else country


def countries(lang: Language = ENGLISH) -> list[tuple[str, str]]:
    """``COUNTRIES`` named in ``lang``, by name: ("AT", "Austria"), …"""
    from babel import Locale

    names = Locale.parse(lang.cldr).territories
    return sorted(((code, names.get(code, code)) for code in COUNTRIES), key=lambda pair: pair[1])


def default_region(country: str) -> str:
    """A country's holidays as the default (the whole country's only)."""
    return country if country in COUNTRIES else "DE"


def regions(country: str) -> list[tuple[str, str]]:
    """A country's regions with public holidays of their own: (code "DE-BY", name "Bayern")."""
    names = {code: name for name, code in reversed(_calendar_class(country).subdivisions_aliases.items())}
    return [(f"{country}-{code.upper()}", names.get(code, code)) for code in _subdivisions(country)]


def _subdivisions(country: str) -> tuple[str, ...]:
    return tuple(_calendar_class(country).subdivisions)


@cache
def _calendar_class(country: str) -> holidays.HolidayBase:
    import holidays  # its countries' tables load when a deadline is first counted, not at every start

    return holidays.country_holidays(country)


@cache
def _calendar(region: str, code: str = "en") -> holidays.HolidayBase | None:
    """``region``'s public holidays, named in the language ``code`` ("de"); None when the library does
    not name that country's holidays in it (English always is)."""
    country, _, subdivision = region.partition("-")
    import holidays

    chosen = next((s for s in _subdivisions(country) if s.upper() == subdivision), None) if subdivision else None
    spoken = _calendar_class(country).supported_languages
    named_in = next((name for name in spoken if name.split("_")[0] == code), None)
    if named_in is None and code != "en":
        return None
    return holidays.country_holidays(country, subdiv=chosen, language=named_in)


def prepare(region: str) -> str:
    """``region`` with its holiday tables loaded (a fifth of a second the first time): called where a
    list of requests is read, off the window's thread, so counting there later costs nothing."""
    _calendar(region)
    _calendar(region, language.active().code)  # and its holidays' names, as the window says them
    return region


def is_working_day(day: date, region: str) -> bool:
    return day.weekday() not in WEEKEND and day not in _calendar(region)


def passed_over(nominal: date, due: date, region: str) -> Deadline:
    """A deadline already set: ``due`` with the days from ``nominal`` it passed over and why (a day no
    longer a holiday, after the region changed, is "not a working day")."""
    calendar = _calendar(region)
    days = (nominal + timedelta(days=n) for n in range(max(0, (due - nominal).days)))
    return Deadline(nominal, due, tuple((day, calendar.get(day) or WEEKEND.get(day.weekday(), NO_WORKING_DAY))
                                        for day in days), region)


def period_end(nominal: date, region: str) -> Deadline:
    """The day a period whose calendar end is ``nominal`` really ends, in ``region`` (Art. 3(4))."""
    calendar = _calendar(region)
    passed_over = []
    day = nominal
    while not is_working_day(day, region):
        passed_over.append((day, calendar.get(day) or WEEKEND[day.weekday()]))
        day += timedelta(days=1)
    return Deadline(nominal, day, tuple(passed_over), region)
