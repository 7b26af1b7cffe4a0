"""A pseudo-language for core and reports (no Qt): every text a ``Language`` translates comes back
wrapped in ⟦ ⟧, so a word left outside the brackets never went through the catalogue. English
underneath, so the same output with the brackets taken out is the English one.

``tests/ui/pseudo_locale.py`` does the same for the window's texts (Qt's translator)."""

from __future__ import annotations

import re

from crmdesk.core import language
from crmdesk.core.language import Language

OPEN, CLOSE = "\u27e6", "\u27e7"
CODE = "de"  # the language whose place it takes when the CLI or the window asks for it
_WORD = re.compile(r"[^\W\d_]{2,}")


class PseudoLanguage(Language):
    """``known``: a few real translations, (context, text) → translation, for what cannot be shown
    wrapped (the letter that answers "yes"); ``asked``: every text looked up (a plural by its singular)."""

    def __init__(self, known: dict[tuple[str | None, str], str] | None = None) -> None:
        super().__init__("en")
        self.known = known or {}
        self.asked: set[str] = set()

    def gettext(self, text: str) -> str:
        self.asked.add(text)
        if (None, text) in self.known:
            return self.known[None, text]
        return f"{OPEN}{text}{CLOSE}" if text else text

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        self.asked.add(singular)
        return f"{OPEN}{super().ngettext(singular, plural, n)}{CLOSE}"

    def pgettext(self, context: str, text: str) -> str:
        self.asked.add(text)
        return self.known.get((context, text), f"{OPEN}{text}{CLOSE}")

    def date(self, day, form: str = "long") -> str:  # month names are the language's too (CLDR)
        return f"{OPEN}{super().date(day, form)}{CLOSE}"

    def day_with_weekday(self, day) -> str:
        return f"{OPEN}{super().day_with_weekday(day)}{CLOSE}"

    def day_and_month(self, month: int, day: int) -> str:
        return f"{OPEN}{super().day_and_month(month, day)}{CLOSE}"


def speak_pseudo(monkeypatch) -> PseudoLanguage:
    """From now on, ``language.use(CODE)`` (the CLI starting under LANG=de_DE.UTF-8, the window set to
    German) shows messages in the pseudo-language."""
    pseudo = PseudoLanguage()
    real_use = language.use

    def use(code: str) -> Language:
        if language.get(code).code != CODE:
            return real_use(code)
        language._active[0] = pseudo
        return pseudo

    monkeypatch.setattr(language, "use", use)
    return pseudo


def outside(text: str) -> str:
    """What of ``text`` is not within brackets (they nest: a translated text filled into another)."""
    rest, depth = "", 0
    for char in text:
        depth += char == OPEN
        if not depth:
            rest += char
        depth -= char == CLOSE and depth > 0
    return rest


def untranslated_words(text: str, data: tuple[str, ...] = ()) -> list[str]:
    """The words of ``text`` that did not go through the catalogue, leaving out ``data`` (the vault's own
    values: the shop's name, a user's)."""
    rest = outside(text)
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    return _WORD.findall(rest)


def english(text: str) -> str:
    """``text`` with the brackets taken out: what English shows."""
    return text.replace(OPEN, "").replace(CLOSE, "")
