"""A pseudo-language for core, io and the CLI (no Qt): every text that goes through the catalogue
comes back wrapped in ⟦ ⟧. A word of crmdesk's own outside the brackets never went through ``tr``."""

from __future__ import annotations

import re

from crmdesk.core import language

OPEN, CLOSE = "\u27e6", "\u27e7"
_WORD = re.compile(r"[^\W\d_]{2,}")


class PseudoLanguage(language.Language):
    """``known``: a few real translations, (context, text) → translation, for what cannot be shown
    wrapped (the letter that answers "yes")."""

    def __init__(self, known: dict[tuple[str | None, str], str] | None = None) -> None:
        super().__init__("en")
        self.known = known or {}
        self.asked: set[str] = set()  # every text looked up (a plural by its singular)

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


def outside(text: str) -> str:
    """What of ``text`` no translation gave (brackets nest: a translated text filled into another)."""
    rest, depth = "", 0
    for char in text:
        depth += char == OPEN
        if not depth:
            rest += char
        depth -= char == CLOSE and depth > 0
    return rest


def untranslated_words(text: str, data: tuple[str, ...] = ()) -> list[str]:
    """Words of ``text`` outside every bracket, but for ``data`` (names, file names, commands, values
    that are no wording of crmdesk's)."""
    rest = outside(text)
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    return _WORD.findall(rest)
