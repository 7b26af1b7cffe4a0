"""The command line speaks the terminal's language: LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as
gettext reads them, whether or not that locale is installed; errors, hints, notes and --help."""

from __future__ import annotations

import pytest

from crmdesk.core import language
from tests.conftest import OWNER, STAFF

GERMAN = {"LANG": "de_DE.UTF-8"}
NOT_A_LANGUAGE = "'{code}' is not a language crmdesk writes letters in; use one of {names}, or none for the shop's."
NAMES = "en, de, fr, it, es, pl"


def _said(in_language: str, text: str, **values) -> str:
    return language.get(in_language).gettext(text).format(**values)


def test_a_refusal_is_said_in_the_terminals_language(cli):
    refused = cli("contact", "add", "--given", "Ola", "--language", "tr", user=OWNER, env=GERMAN)
    assert refused.code == 2
    assert refused.err == "crmdesk: " + _said("de", NOT_A_LANGUAGE, code="tr", names=NAMES) + "\n"
    assert "Sprache" in refused.err and "is not a language" not in refused.err
    english = cli("contact", "add", "--given", "Ola", "--language", "tr", user=OWNER)
    assert english.err == "crmdesk: " + NOT_A_LANGUAGE.format(code="tr", names=NAMES) + "\n"


def test_a_role_is_refused_with_the_roles_and_the_actions_words(cli, template_vault):
    refused = cli("erase", template_vault.contact_id, "--yes", user=STAFF, env={"LANGUAGE": "fr"})
    assert refused.code == 4
    french = language.get("fr")
    expected = _said("fr", "The {role} role may not {action}; ask an owner or admin.",
                     role=french.pgettext("role", "staff"),
                     action=french.gettext("erase subjects, apply retention and set legal holds"))
    assert refused.err == f"crmdesk: {expected}\n"
    assert "staff role" not in refused.err and "ask an owner" not in refused.err


def test_a_hint_names_the_command_in_the_same_language(cli):
    missing = cli("request", "show", "R-2099-0001", user=OWNER, env={"LC_MESSAGES": "it_IT.UTF-8"})
    assert missing.code == 6
    assert missing.err == ("crmdesk: " + _said("it", "There is no request {reference}.", reference="R-2099-0001")
                           + " " + _said("it", "'crmdesk request list' shows them.") + "\n")
    assert "'crmdesk request list'" in missing.err  # the command itself is not translated


@pytest.mark.parametrize("env", [{"LANGUAGE": "pl"}, {"LANG": "pl_PL.UTF-8"}, {"LANGUAGE": "xx:pl"}])
def test_help_is_in_the_terminals_language(cli, env):
    shown = cli("contact", "add", "--help", env=env)
    words = " ".join(shown.out.split())  # --help wraps its lines
    assert shown.code == 0
    assert _said("pl", "add a contact; prints its id") in words
    assert _said("pl", "sign in as this user (default: the owner)") in words
    assert "add a contact; prints its id" not in words


def test_c_locale_and_languages_crmdesk_lacks_are_english(cli):
    for env in ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, {"LANG": "nl_NL.UTF-8"}, {"LANG": "C.UTF-8"}):
        shown = cli("contact", "add", "--help", env=env)
        assert "add a contact; prints its id" in " ".join(shown.out.split()), env


def test_a_real_process_speaks_spanish_without_the_locale_installed(cli):
    refused = cli("contact", "add", "--given", "Ola", "--language", "tr", user=OWNER,
                  env={"LANG": "es_ES.UTF-8"}, process=True)
    assert refused.code == 2
    assert refused.err == "crmdesk: " + _said("es", NOT_A_LANGUAGE, code="tr", names=NAMES) + "\n"
    assert "Traceback" not in refused.err
