"""The languages crmdesk writes in, for core, the CLI and documents (no Qt).

A ``Language`` translates a text through a gettext catalogue and writes
dates the way its readers write them (Babel's CLDR data). The catalogues'
sources are ``resources/locale/<code>/LC_MESSAGES/crmdesk.po``; the build
compiles them to ``.mo`` beside them (``packaging/catalogues.py``, called by
the Makefile and by the wheel's build), nothing is fetched or compiled when
the program runs.

Texts are marked where they are written and translated where they are
shown, so one definition serves every language::

    RIGHTS = (N_("to have wrong data corrected (Art. 16);"), ...)
    ...
    doc.items([lang.gettext(r) for r in RIGHTS])

English is the language of the source and needs no catalogue. A text a
catalogue lacks stays in English; the tests require every text in every
catalogue, with the same placeholders.
"""

from __future__ import annotations

import gettext
import locale
import logging
import os
import re
from datetime import date
from functools import cache

from crmdesk.core.errors import UsageError
from crmdesk.resources import resource_path

# Each language named in itself, as a chooser lists it.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "it": "Italiano", "es": "Español",
             "pl": "Polski"}
DOMAIN = "crmdesk"
log = logging.getLogger(__name__)
# Babel's locale for each: English as written in Europe ("2 March 2026", not "March 2, 2026").
_CLDR = {"en": "en_GB"}


def capitalised(words: str) -> str:
    """``words`` beginning a sentence or a cell: the first letter upper case, the rest as it is
    (``str.capitalize`` lowers the rest: "Die aufsichtsbehörde")."""
    return words[:1].upper() + words[1:]


def N_(text: str) -> str:  # noqa: N802 — gettext's name for "mark now, translate when shown"
    """Marks a text for the catalogue without translating it yet."""
    return text


def NP_(context: str, text: str) -> str:  # noqa: N802
    """``N_`` for a text whose translation depends on where it stands (translated with ``pgettext``)."""
    return text


class Language:
    """One of ``LANGUAGES``: its catalogue and its ways with dates."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.name = LANGUAGES[code]
        self.cldr = _CLDR.get(code, code)
        self._days: dict[str, str] = {}  # ISO day → as written (``day``)
        if code == "en":
            self._catalogue: gettext.NullTranslations = gettext.NullTranslations()
        else:
            folder = resource_path("locale")
            try:
                self._catalogue = gettext.translation(DOMAIN, folder, languages=[code])
            except OSError as error:
                raise RuntimeError(f"crmdesk's {self.name} catalogue is missing; build it with "
                                   f"`make catalogues`") from error

    def gettext(self, text: str) -> str:
        return self._catalogue.gettext(text) if text else text  # "" would give the catalogue's header

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form for ``n`` (Polish has three), with ``{n}`` filled in as this language writes numbers
        (other placeholders are left for ``format``)."""
        return self._catalogue.ngettext(singular, plural, n).replace("{n}", self.number(n))

    def duration(self, n: int, unit: str) -> str:
        """``n`` minutes, hours, days, weeks, months or years ("24 Monate", "5 lat"); ``unit`` is one of those in English,
        singular or plural."""
        unit = unit.rstrip("s")
        if unit == "year":
            return self.ngettext("{n} year", "{n} years", n)
        if unit == "month":
            return self.ngettext("{n} month", "{n} months", n)
        if unit == "week":
            return self.ngettext("{n} week", "{n} weeks", n)
        if unit == "day":
            return self.ngettext("{n} day", "{n} days", n)
        if unit == "hour":
            return self.ngettext("{n} hour", "{n} hours", n)
        if unit == "minute":
            return self.ngettext("{n} minute", "{n} minutes", n)
        raise ValueError(f"no such unit of time: {unit}")

    def ago(self, n: int, unit: str) -> str:
        """How long ago, in days or hours ("3 days ago", "vor 3 Tagen"); under an hour, said so."""
        if unit.rstrip("s") == "day":
            return self.ngettext("{n} day ago", "{n} days ago", n)
        if n >= 1:
            return self.ngettext("{n} hour ago", "{n} hours ago", n)
        return self.gettext(N_("less than an hour ago"))

    def pgettext(self, context: str, text: str) -> str:
        """A short text whose translation depends on where it stands ("erased" of a contact)."""
        return self._catalogue.pgettext(context, text)

    def date(self, day: date, form: str = "long") -> str:
        """"2 March 2026", "2. März 2026", "2 marca 2026"."""
        from babel.dates import format_date  # CLDR data loads only when a date is written

        return format_date(day, format=form, locale=self.cldr)

    def day(self, value: str | date | None) -> str:
        """A day (or a stored ISO moment's day) as a person reads it in a table or a line: "23 Oct 2026",
        "23.10.2026", "23 paź 2026"; '' for none. Each day is written once (a list shows the same few)."""
        if not value:
            return ""
        text = value.isoformat()[:10] if isinstance(value, date) else value[:10]
        if text not in self._days:
            self._days[text] = self.date(date.fromisoformat(text), "medium")
        return self._days[text]

    def moment(self, text: str) -> str:
        """A stored ISO moment as a person reads it, day and time as stored (no change of time zone):
        "23 Oct 2026 14:05", "23.10.2026 14:05"."""
        return f"{self.day(text)} {text[11:16]}".strip()

    def typed_date(self, day: date) -> str:
        """A day in the figures people type into a field, with the whole year: "23/04/1980", "23.04.1980",
        "23/4/1980" (every language crmdesk speaks puts the day first, as ``parse_date`` reads)."""
        from babel.dates import format_date

        return format_date(day, format=self._typed_pattern(), locale=self.cldr)

    def typed_day_and_month(self, month: int, day: int) -> str:
        """A day of the year without its year, typed: "23.04.", "23/04" (as ``parse_birthday`` reads)."""
        from babel.dates import format_date

        pattern = re.sub(r"[^dM]*y+[^dM]*", "", self._typed_pattern())  # the year and the sign before it
        if "." in pattern and not pattern.endswith("."):
            pattern += "."  # 23.04. as German and Polish write it
        return format_date(date(2000, month, day), format=pattern, locale=self.cldr)

    def _typed_pattern(self) -> str:
        from babel.dates import get_date_format

        return re.sub(r"y+", "y", get_date_format("short", locale=self.cldr).pattern)  # 1980, never 80

    def day_with_weekday(self, day: date) -> str:
        """A due day, short, with its weekday: "Wed, 9 Dec 2026", "Mi., 9. Dez. 2026", "śr., 9 gru 2026"."""
        from babel.dates import format_skeleton

        return format_skeleton("yMMMEd", day, locale=self.cldr)

    def day_and_month(self, month: int, day: int) -> str:
        """A day of the year without its year: "23 April", "23. April", "23 kwietnia"."""
        from babel.dates import format_skeleton

        return format_skeleton("MMMMd", date(2000, month, day), locale=self.cldr)

    def language_name(self, code: str) -> str:
        """Another language as this one names it in a sentence or a table ("Polnisch", "allemand",
        "niemiecki"); a code CLDR does not know, as it is. (Choosers name each language in its own.)"""
        from babel import Locale

        return Locale.parse(self.cldr).languages.get(code, code) if code else ""

    def number(self, n: int) -> str:
        """"3,653", "3.653", "3 653"."""
        from babel.numbers import format_decimal

        return format_decimal(n, locale=self.cldr)

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


def get(code: str) -> Language:
    """The language for ``code`` ("de", also "de-AT" or "pl_PL" as systems write them); a code crmdesk has
    no texts in is a UsageError."""
    given = (code or "").strip()
    code = given.lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        shown = given if len(given) <= 20 else given[:20] + "…"
        raise UsageError(tr("'{code}' is not a language crmdesk writes documents in; use one of "
                            "{names}.").format(code=shown, names=", ".join(LANGUAGES)))
    return _language(code)


@cache
def _language(code: str) -> Language:
    return Language(code)


ENGLISH = get("en")

# The language messages are shown in (errors, notes, the CLI's output): the window's or, in the CLI,
# the computer's. One per process, as there is one person at it.
_active = [ENGLISH]


def use(code: str) -> Language:
    """Show messages in ``code`` from now on; the window calls this when its language changes, the CLI
    when it starts. Where its catalogue was never built (a checkout without ``make catalogues``),
    messages stay English rather than nothing working at all."""
    try:
        _active[0] = get(code)
    except RuntimeError:
        log.warning("no %s catalogue; messages are shown in English", code)
        _active[0] = ENGLISH
    return _active[0]


def active() -> Language:
    """The language messages are shown in now."""
    return _active[0]


def tr(text: str) -> str:
    """``text`` (a message: an error, a note, the CLI's output) in the language messages are shown in;
    marked for the catalogue where it is written, as ``tr("…")``."""
    return _active[0].gettext(text)


def trn(singular: str, plural: str, n: int) -> str:
    """``tr`` for a text with a number in it: the right form for ``n``, with ``{n}`` filled in."""
    return _active[0].ngettext(singular, plural, n)


# The language a shop in a country most likely writes in, where it is one of ``LANGUAGES`` and the
# country has one main language (Belgium, Switzerland or Luxembourg do not).
_BY_COUNTRY = {"DE": "de", "AT": "de", "LI": "de", "FR": "fr", "MC": "fr", "IT": "it", "SM": "it", "ES": "es",
               "PL": "pl", "GB": "en", "IE": "en", "MT": "en"}


def country_language(country: str) -> str:
    """The language of a shop in ``country`` ("PL" → "pl"); the computer's where the country says none."""
    return _BY_COUNTRY.get(country.upper(), system_language())


def system_language() -> str:
    """The language of this computer's locale when crmdesk has it, else English. The variables gettext
    reads come first (``LANGUAGE`` may list several: "pl:de"), so a language is followed even where its
    locale is not installed."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            for name in value.split(":"):
                code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
                if code in LANGUAGES:
                    return code
            if variable != "LANGUAGE":  # LC_ALL=C means English, whatever LANG says
                return "en"
    name = (locale.getlocale()[0] or "").replace("-", "_")
    code = name.split("_")[0].lower()
    return code if code in LANGUAGES else "en"
