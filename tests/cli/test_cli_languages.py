"""The command line speaks the terminal's language: LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as
gettext reads them, whether or not that locale is installed; errors, hints, notes and --help."""

from __future__ import annotations

import argparse
import ast
import inspect
import json
from pathlib import Path

import pytest

from crmdesk.cli import argparse_words
from crmdesk.core import language
from tests.conftest import OWNER, STAFF
from tests.support.pseudo_language import OPEN, PseudoLanguage, untranslated_words

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


@pytest.fixture
def pseudo(monkeypatch):
    """The CLI in the pseudo-language: every text from the catalogue comes back in ⟦ ⟧; ``known``
    gives a few real translations (a German "j" for yes)."""

    def speak(known: dict | None = None) -> PseudoLanguage:
        chosen = PseudoLanguage(known)
        monkeypatch.setattr(language, "use", lambda code: language._active.__setitem__(0, chosen) or chosen)
        return chosen

    yield speak
    language._active[0] = language.ENGLISH


def test_argparses_own_words_go_through_the_catalogue(cli, pseudo):
    english = cli("user", "add", "--help")
    assert english.out.startswith("usage: crmdesk user add [-h]")
    assert "\noptions:\n  -h, --help            show this help message and exit\n" in english.out
    assert cli("--help").out.count("show program's version number and exit") == 1
    refused = cli("user", "add", "bob", user=OWNER)
    assert refused.code == 2
    assert refused.err == ("crmdesk: The following arguments are required: --role; see 'crmdesk user add "
                           "--help'.\n")

    pseudo()
    shown = cli("user", "add", "--help")
    assert shown.out.startswith(f"{OPEN}usage: \u27e7crmdesk user add [-h]")
    assert untranslated_words(shown.out, ("crmdesk", "user", "add", "help", "vault", "passphrase", "file", "new",
                                          "json", "role", "display", "name", "NAME", "PATH", "FILE", "TEXT",
                                          "owner", "admin", "staff", "viewer")) == []
    assert "\u27e6show this help message and exit\u27e7" in shown.out
    for wrong in (("user", "add", "bob"), ("user", "add", "bob", "--role", "king"), ("contact", "list", "--nope")):
        refused = cli(*wrong, user=OWNER)
        assert refused.code == 2, wrong
        assert untranslated_words(refused.err, ("crmdesk", "user", "add", "role", "king", "owner", "admin",
                                                "staff", "viewer", "contact", "list", "nope", "help")) == [], wrong


def _argparse_texts() -> tuple[set[str], set[tuple[str, str]]]:
    """Every text this Python's argparse looks up through ``_`` and ``ngettext``."""
    single, plural = set(), set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args \
                and all(isinstance(a, ast.Constant) for a in node.args[:2]):
            if node.func.id == "_":
                single.add(node.args[0].value)
            elif node.func.id == "ngettext":
                plural.add((node.args[0].value, node.args[1].value))
    return single, plural


# argparse's texts no user of crmdesk meets: a parser built wrongly, features crmdesk does not use.
NOT_MET = {"%r is not callable", "'required' is an invalid argument for positionals", ".__call__() not defined",
           "cannot have multiple subparser arguments", "cannot merge actions - two groups are named %r",
           "conflicting subparser alias: %s", "conflicting subparser: %s", "dest= is required for options like %r",
           "invalid conflict_resolution value: %r", "mutually exclusive arguments must be optional",
           "invalid option string %(option)r: must start with a character %(prefix_chars)r",
           "unexpected option string: %s", 'argument "-" with mode %r', "can't open '%(filename)s': %(error)s",
           "%(prog)s: error: %(message)s\n", "%(prog)s: warning: %(message)s\n", " (default: %(default)s)",
           "option '%(option)s' is deprecated", "argument '%(argument_name)s' is deprecated",
           "command '%(parser_name)s' is deprecated", "subcommands"}


def test_every_argparse_text_a_user_can_meet_is_marked_for_the_catalogue():
    """A newer Python's argparse with a new message fails here until the message is marked."""
    single, plural = _argparse_texts()
    assert single - NOT_MET <= set(argparse_words.WORDS)
    asked = []

    class Recording(language.Language):
        def ngettext(self, singular, plural_, n):
            asked.append((singular, plural_))
            return singular

    language._active[0] = Recording("en")
    try:
        argparse_words.plural_words(2)
    finally:
        language._active[0] = language.ENGLISH
    assert {p for p in plural if "conflicting" not in p[0]} <= set(asked)


DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def test_an_import_summary_and_a_bad_files_error_go_through_the_catalogue(cli, pseudo, tmp_path):
    english = cli("import", str(DATA / "google.csv"), "--dry-run", user=STAFF)
    english_json = cli("import", str(DATA / "google.csv"), "--dry-run", "--json", user=STAFF)
    broken = tmp_path / "broken.csv"
    broken.write_text("Name,E-mail\nAnna,anna@example.de\nBert,bert@example.de,surplus\n", encoding="utf-8")
    assert "Would import google.csv (google, utf-8): 4 added, 0 merged, 0 skipped." in english.out

    spoken = pseudo()
    shown = cli("import", str(DATA / "google.csv"), "--dry-run", user=STAFF)
    assert shown.code == 0
    # whole sentences, one for each case: no English words filled into them
    assert {"Would import {file} ({format}, {encoding}): {added} added, {merged} merged, {skipped} skipped.",
            "No lawful basis would be recorded for these contacts; give {option}, or find them later with "
            "{command}."} <= spoken.asked
    assert untranslated_words(shown.out, ("google.csv", "google", "utf-8", "--purpose KEY",
                                          "'crmdesk contact list --without-basis'")) == []
    assert shown.out.count(OPEN) >= 3  # the summary, the lawful basis, the dry run
    assert cli("import", str(DATA / "google.csv"), "--dry-run", "--json", user=STAFF).out == english_json.out
    refused = cli("import", str(broken), user=STAFF)
    assert refused.code == 1
    assert untranslated_words(refused.err, ("crmdesk", "broken.csv")) == [], refused.err


def test_a_question_takes_the_languages_yes_as_well_as_y(cli, pseudo, monkeypatch):
    from crmdesk.cli import secrets

    monkeypatch.setattr(secrets, "interactive", lambda: True)
    ids = [cli("contact", "add", "--given", name, user=OWNER).out.strip() for name in ("Ola", "Ula", "Ela", "Ala")]

    kept = cli("erase", ids[0], user=OWNER, stdin="n\n")
    assert kept.code == 0 and kept.out.endswith("Nothing was erased.\n")
    assert "Erase now? This cannot be undone. [y/N] " in kept.out
    assert cli("erase", ids[0], user=OWNER, stdin="j\n").out.endswith("Nothing was erased.\n")  # not in English
    assert "Erased Ola" in cli("erase", ids[0], user=OWNER, stdin="y\n").out

    pseudo({("answer", "y"): "j", ("answer", "yes"): "ja"})
    asked = cli("erase", ids[1], user=OWNER, stdin="J\n")
    assert asked.code == 0
    assert f"{OPEN}Erase now? This cannot be undone. [y/N] \u27e7" in asked.out
    assert f"{OPEN}Erased {{name}} ({{what}}).\u27e7" not in asked.out and "Erased Ula" in asked.out
    assert untranslated_words(asked.out.splitlines()[-1], ("Ula",)) == []
    for answer, name in (("y", "Ela"), ("ja", "Ala")):
        assert f"Erased {name}" in cli("erase", ids[2 if name == "Ela" else 3], user=OWNER,
                                       stdin=f"{answer}\n").out


def test_a_contact_and_the_contact_list_are_shown_in_the_terminals_language(cli, pseudo):
    assert cli("contact", "list", "--tag", "nikt", user=STAFF).err == "No contact has the tag 'nikt'.\n"
    person = cli("contact", "add", "--given", "Ola", "--family", "Nowak", "--organisation", "Piekarnia",
                 "--email", "Sklep=ola@example.pl", "--phone", "+48 22 555 01 99",
                 "--phone", "Laden mobile=+48 601 555 019", "--website", "https://piekarnia.example",
                 "--birthday", "04-23", "--tag", "stali", "--note", "Chleb", "--source", "Targi",
                 "--created", "2024-03-02", user=STAFF).out.strip()
    other = cli("contact", "add", "--given", "Ewa", user=STAFF).out.strip()
    assert cli("note", "add", person, "Zadzwoniła", "--kind", "call", "--at", "2025-06-01", user=STAFF).code == 0
    english = cli("contact", "show", person, user=STAFF).out
    assert "\nBirthday              23 April\nTags" in english and "Customer since        2 March 2024" in english
    assert "Phone (Laden mobile)  +48 601 555 019" in english
    assert "  1 Jun 2025 12:00  call     Zadzwoniła" in english
    edited = cli("contact", "edit", person, "--job-title", "Szefowa", "--email", "ola@example.pl", user=STAFF)
    assert edited.out == "Updated Ola Nowak: job title, e-mail addresses.\n"
    english_json = cli("contact", "show", person, "--json", user=STAFF).out
    more = "… more; raise --limit (now 1) to see them.\n"
    assert cli("contact", "list", "--limit", "1", user=STAFF).out.endswith(more)
    data = ("Theo Template", "Ola Nowak", "Ola", "Nowak", "Ewa", "Piekarnia", "Szefowa", "ola@example.pl", "+48 22 555 01 99",
            "Laden", "+48 601 555 019", "https://piekarnia.example", "stali", "Chleb", "Targi", "Zadzwoniła",
            person, person[:8], other[:8])

    spoken = pseudo()
    shown = cli("contact", "show", person, user=STAFF)
    assert shown.code == 0
    assert untranslated_words(shown.out, data) == [], shown.out
    assert {"Customer since", "Interactions (newest first)", "E-mail", "Phone ({label})", "mobile",
            "call"} <= spoken.asked
    assert cli("contact", "show", person, "--json", user=STAFF).out == english_json
    listed = cli("contact", "list", "--limit", "1", user=STAFF)
    assert listed.code == 0 and untranslated_words(listed.out, data + ("--limit",)) == [], listed.out
    assert "--limit" in listed.out  # the option itself is not translated
    nobody = cli("contact", "list", "--tag", "nikt", user=STAFF)
    assert nobody.out == "" and untranslated_words(nobody.err, ("nikt",)) == [], nobody.err
    changed = cli("contact", "edit", person, "--source", "Sklep", user=STAFF)
    assert untranslated_words(changed.out, data) == [] and OPEN in changed.out


def test_purposes_and_a_contacts_consents_are_shown_in_the_terminals_language(cli, pseudo, template_vault):
    person = template_vault.contact_id
    assert cli("consent", "grant", person, "newsletter-email", "--witness", "Maria", user=STAFF).code == 0
    english = cli("purpose", "list", user=STAFF).out
    assert "Consent (Art. 6(1)(a))" in english and "1 consent given" in english
    english_json = cli("purpose", "list", "--json", user=STAFF).out

    spoken = pseudo()
    listed = cli("purpose", "list", user=STAFF)
    assert listed.code == 0
    keys = tuple(p["key"] for p in json.loads(english_json))
    assert untranslated_words(listed.out, keys) == [], listed.out
    assert "active" in spoken.asked and cli("purpose", "list", "--json", user=STAFF).out == english_json
    shown = cli("purpose", "show", "newsletter-email", user=STAFF)
    heading, description, *texts = shown.out.split("\n\n")
    assert untranslated_words(heading + description, keys) == [], shown.out
    assert untranslated_words("".join(t.splitlines()[0] for t in texts), ("Deutsch", "English", "Español",
                                                                         "Français", "Italiano", "Polski")) == []
    consents = cli("consent", "show", person, user=STAFF)
    assert untranslated_words(consents.out, ("Theo Template", "Maria", "owner", "staff", "SHA")) == [], consents.out


def test_the_briefing_processors_and_the_notices_state_are_in_the_terminals_language(cli, pseudo):
    users = ("olga", "adam", "sam", "tess", "vic")
    english = cli("training", "status", user=OWNER).out
    assert english.startswith("Briefing version 1; confirmed again ") and "owner (writes it)" in english
    assert cli("processor", "add", "Example Mail GmbH", "--service", "Newsletter", "--contract-date", "2025-01-15",
               user=OWNER).code == 0
    assert "Agreement: 15 Jan 2025; no scan kept" in cli("processor", "show", "Example Mail GmbH", user=OWNER).out
    english_json = cli("training", "status", "--json", user=OWNER).out

    pseudo()
    status = cli("training", "status", user=OWNER)
    assert status.code == 0 and untranslated_words(status.out, users) == [], status.out
    assert cli("training", "status", "--json", user=OWNER).out == english_json
    shown = cli("training", "show", user=STAFF)
    assert shown.code == 0
    assert untranslated_words(shown.out.rstrip().splitlines()[-1], ("crmdesk training confirm",)) == [], shown.out
    for command in (("processor", "list"), ("processor", "show", "Example Mail GmbH")):
        listed = cli(*command, user=OWNER)
        assert untranslated_words(listed.out, ("Example Mail GmbH", "Newsletter", "EEA")) == [], listed.out
    notice = cli("notice", "show", user=STAFF)
    assert untranslated_words(notice.err, ("crmdesk", "'crmdesk notice publish'")) == [], notice.err


def test_requests_and_what_became_of_a_person_are_said_in_the_terminals_language(cli, pseudo, template_vault):
    person = template_vault.contact_id
    assert cli("request", "list", user=STAFF).out == "No requests yet.\n"
    late = cli("request", "open", person, "--type", "access", "--received", "2026-01-31", user=STAFF).out.strip()
    soon = cli("request", "open", person, "--type", "erasure", user=STAFF).out.strip()
    english = cli("request", "list", user=STAFF).out
    assert "OVERDUE " in english and " days left" in english
    english_json = cli("request", "list", "--json", user=STAFF).out
    names = ("Theo Template", late, soon)

    spoken = pseudo()
    listed = cli("request", "list", user=STAFF)
    assert listed.code == 0 and untranslated_words(listed.out, names) == [], listed.out
    assert {"OVERDUE {n} day", "{n} day left"} <= spoken.asked
    assert cli("request", "list", "--json", user=STAFF).out == english_json
    for view in ("--to-tell", "--due-soon"):
        nothing = cli("request", "list", view, user=STAFF)
        assert nothing.code == 0 and untranslated_words(nothing.out) == [], nothing.out
    for command in (("restrict", person, "on"), ("restrict", person, "off"), ("object", person),
                    ("contact", "hold", person, "on"), ("contact", "hold", person, "off")):
        said = cli(*command, user=OWNER)
        assert said.code == 0 and untranslated_words(said.out, names) == [], (command, said.out)
    erased = cli("erase", person, "--yes", user=OWNER)
    assert erased.code == 0 and untranslated_words(erased.out, names) == [], erased.out
    assert "{n} contact record" in spoken.asked  # what goes is counted in the reader's words
