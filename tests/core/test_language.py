"""crmdesk's translation catalogues: complete, true to the source, compiled, and written the way
each language writes (plural forms, dates, numbers)."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from crmdesk.core import language
from crmdesk.core.errors import UsageError
from tests.support import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import catalogues  # noqa: E402 — packaging/ is no package

PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z_][^{}\s]*\}")
TRANSLATED = [code for code in language.LANGUAGES if code != "en"]


def _po(code: str):
    with (catalogues.LOCALE / code / "LC_MESSAGES" / "crmdesk.po").open("rb") as source:
        return read_po(source, locale=code)


def _key(message) -> tuple:
    return message.context, message.id


def _entries(catalogue) -> dict:
    """context, id → string, with plural ids and strings as tuples (read_mo gives lists)."""
    tupled = lambda value: tuple(value) if isinstance(value, list | tuple) else value  # noqa: E731
    return {(m.context, tupled(m.id)): tupled(m.string) for m in catalogue if m.id}


def test_the_template_holds_every_marked_text_of_the_source():
    """A text marked in core or reports but not gathered (`packaging/catalogues.py extract`) would
    be printed in English in every language."""
    with (catalogues.LOCALE / "crmdesk.pot").open("rb") as source:
        template = {_key(m) for m in read_po(source) if m.id}
    assert {_key(m) for m in catalogues.gathered() if m.id} == template


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_text_is_translated_with_its_placeholders(code):
    template = {_key(m) for m in catalogues.gathered() if m.id}
    catalogue = _po(code)
    found = {_key(m): m for m in catalogue if m.id}
    assert set(found) == template, f"{code}: run packaging/catalogues.py extract"
    plurals = catalogue.num_plurals  # CLDR's: German 2; Polish 3; French, Italian, Spanish 3 (millions)
    for key, message in found.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        assert all(s.strip() for s in strings), f"{code}: not translated: {key}"
        assert not message.fuzzy, f"{code}: still fuzzy: {key}"
        if isinstance(message.id, tuple):
            assert len(strings) == plurals, f"{code}: {len(strings)} plural forms for {key}"
        for string in strings:
            assert sorted(PLACEHOLDER.findall(string)) == sorted(PLACEHOLDER.findall(source)), \
                f"{code}: placeholders differ in {key}: {string!r}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogue_is_the_source_compiled(code):
    """`make catalogues` ran after the last change to the .po (the program reads only the .mo)."""
    compiled = catalogues.LOCALE / code / "LC_MESSAGES" / "crmdesk.mo"
    with compiled.open("rb") as source:
        assert _entries(read_mo(source)) == _entries(_po(code))


def test_numbers_of_things_take_each_languages_plural_forms():
    polish = language.get("pl")
    assert [polish.duration(n, "years") for n in (1, 2, 5, 22, 25)] == ["1 rok", "2 lata", "5 lat", "22 lata", "25 lat"]
    assert polish.duration(3, "months") == "3 miesiące" and polish.duration(1, "day") == "1 dzień"
    assert language.get("de").duration(1, "months") == "1 Monat" and language.get("de").duration(10, "year") == \
        "10 Jahre"
    assert language.get("fr").duration(1000, "days") == "1\u202f000 jours"
    assert language.get("en").duration(1, "weeks") == "1 week"


def test_dates_are_written_as_each_language_writes_them():
    day = date(2026, 3, 2)
    assert {code: language.get(code).date(day) for code in language.LANGUAGES} == {
        "en": "2 March 2026", "de": "2. März 2026", "fr": "2 mars 2026", "it": "2 marzo 2026",
        "es": "2 de marzo de 2026", "pl": "2 marca 2026"}


def test_a_language_crmdesk_has_no_texts_in_is_refused_in_a_sentence():
    with pytest.raises(UsageError, match="'tr' is not a language crmdesk writes documents in; use one of en, de, fr, it, es, pl"):
        language.get("tr")
    assert language.get(" DE ").code == "de"
    assert language.get("pl-PL").code == "pl" and language.get("de_AT.UTF-8").code == "de"  # as systems write them
    with pytest.raises(UsageError) as refused:
        language.get("x" * 5000)
    assert len(str(refused.value)) < 200  # what was given is not echoed whole


@pytest.mark.parametrize(("env", "code"), [
    ({"LANGUAGE": "pl:de", "LANG": "de_DE.UTF-8"}, "pl"), ({"LANGUAGE": "nl:it"}, "it"),
    ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"), ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANG": "es_ES.UTF-8"}, "es"), ({"LANG": "nl_NL.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en")])
def test_the_computers_language_follows_the_variables_gettext_reads(monkeypatch, env, code):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    assert language.system_language() == code


def test_messages_are_shown_in_the_language_in_use():
    with pytest.raises(UsageError) as refused:
        language.use("de")
        language.get("tr")
    assert "keine Sprache" in str(refused.value)
    language.use("en")
    assert language.tr("Status: {status}") == "Status: {status}"


def test_without_built_catalogues_messages_are_english_not_a_crash(monkeypatch, tmp_path):
    """A checkout where `make catalogues` never ran: the CLI and the window still work, in English."""
    monkeypatch.setattr(language, "resource_path", lambda _name: tmp_path)
    language._language.cache_clear()
    try:
        assert language.use("de") is language.ENGLISH
        assert language.tr("Status: {status}") == "Status: {status}"
    finally:
        language._language.cache_clear()
        language.use("en")
