"""A language for checking documents written in a chosen language without its translations: it has the
dates and numbers of ``code`` and writes every text it translates "[code]text[/code]". A wording of
crmdesk's without the tag never went through the catalogue; one with another code's tag went through the
wrong language's."""

from __future__ import annotations

from crmdesk.core.language import LANGUAGES, Language


class Tagging(Language):
    def __init__(self, code: str) -> None:
        super().__init__("en")  # no catalogue: the texts stay as marked, tagged
        self.code, self.name, self.cldr = code, LANGUAGES[code], code

    def _tagged(self, text: str) -> str:
        return f"[{self.code}]{text}[/{self.code}]" if text else text

    def gettext(self, text: str) -> str:
        return self._tagged(text)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._tagged(super().ngettext(singular, plural, n))

    def pgettext(self, context: str, text: str) -> str:
        return self._tagged(text)


def tags(text: str) -> set[str]:
    """The codes of the languages whose tagged texts are in ``text``."""
    return {code for code in LANGUAGES if f"[{code}]" in text}
