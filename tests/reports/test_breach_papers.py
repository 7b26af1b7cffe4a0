"""The breach papers in the languages they are for: the draft for the authority in the shop's language,
each letter in its person's. A tagging language (tests/support) marks every text it translates with
its code, so a wording of crmdesk's that never went through the catalogue, or went through the wrong
language's, shows."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from crmdesk.core import configuration
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, ContactInput, Labelled
from crmdesk.core.privacy import breaches, subject_data
from crmdesk.reports import breach_papers, document
from tests.conftest import OWNER
from tests.support.tagging_language import Tagging, tags

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
DISCOVERED = datetime(2025, 3, 2, 9, 30, tzinfo=UTC)
NOW = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
WHAT = "Eine ausgedruckte Kundenliste blieb im Bus liegen"  # the shop's words, in the shop's language
MEASURES = "Wir haben das Busunternehmen gebeten, die Liste zu vernichten."


@pytest.fixture
def shop(open_as):
    """A German shop; Zofia writes Polish, Amélie French, Hans has no language of his own (the shop's)."""
    owner = open_as(OWNER)
    configuration.change_settings(owner, {
        "organisation": "Bäckerei Sonne", "shop_language": "de", "controller_address": "Hauptstraße 1, Berlin",
        "controller_contact": "info@sonne.example", "supervisory_authority": "Berliner Datenschutzbeauftragte"})
    people = [contacts.add_contact(owner, ContactInput(given_name=given, family_name=family, language=code,
                                                       emails=[Labelled(f"{given.lower()}@example.org")],
                                                       addresses=[Address(street="Rue 1", city="Paris")]
                                                       if code == "fr" else []))
              for given, family, code in (("Zofia", "Łukasiewicz", "pl"), ("Amélie", "Dubois", "fr"),
                                          ("Hans", "Müller", ""))]
    breach = breaches.report(owner, WHAT, DISCOVERED, scope="contacts", scope_detail=[p.id for p in people],
                             encrypted=False)
    breaches.assess(owner, breach.reference, risk="high", authority_needed=True, people_needed=True,
                    reason="Namen und Adressen öffentlich", measures=MEASURES)
    return owner, breaches.get_breach(owner, breach.reference)


def _letters(doc: document.Document) -> list[list[tuple[str, object]]]:
    """The blocks of each letter of a set."""
    found: list[list] = [[]]
    for kind, content in doc.blocks:
        if kind == "page":
            found.append([])
        else:
            found[-1].append((kind, content))
    return found


def test_addressees_carry_the_language_their_letter_is_written_in(shop):
    owner, breach = shop
    found = {person.name: person.language for person in breaches.addressees(owner, breach.reference)}
    assert found == {"Zofia Łukasiewicz": "pl", "Amélie Dubois": "fr", "Hans Müller": "de"}


@needs_poppler
def test_each_letter_is_in_its_persons_language_and_the_set_in_the_shops(shop, monkeypatch, tmp_path):
    owner, breach = shop
    monkeypatch.setattr(breach_papers, "get", Tagging)
    people = breaches.addressees(owner, breach.reference)
    paper = breach_papers.letters(breach, people, subject_data.controller(owner), NOW, Tagging("de"))
    assert tags(paper.title) == tags(paper.subtitle) == {"de"} and not tags(paper.header)  # on every letter
    assert "3. März 2025" in paper.subtitle
    shop_wrote = {"Bäckerei Sonne\nHauptstraße 1, Berlin", MEASURES}
    by_name = {}
    for person, blocks in zip(people, _letters(paper), strict=True):
        by_name[person.name] = person.language
        texts = [t for kind, content in blocks for t in (content if kind == "items" else [content])]
        ours = [t for t in texts if t not in shop_wrote and not t.startswith(person.name)]
        assert ours and all(t.startswith(f"[{person.language}]") for t in ours), ours
        assert set().union(*map(tags, texts)) == {person.language}
        assert any(WHAT in t for t in texts)  # what the shop wrote stays as written
    assert by_name == {"Zofia Łukasiewicz": "pl", "Amélie Dubois": "fr", "Hans Müller": "de"}
    # On paper: each page in its person's language, with the dates written their way.
    path = tmp_path / "letters.pdf"
    path.write_bytes(document.pdf(paper))
    pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                            text=True).stdout for n in (1, 2, 3)]
    for page, person in zip(pages, people, strict=True):
        assert person.name in page and "Wir haben das Busunternehmen" in page
    polish, french, german = (next(p for p in pages if name in p) for name in ("Zofia", "Amélie", "Hans"))
    assert "[pl]Dear Zofia Łukasiewicz,[/pl]" in polish and "3 marca 2025" in polish and "[de]" not in polish
    assert "[fr]Dear Amélie Dubois,[/fr]" in french and "2 mars 2025" in french and "[pl]" not in french
    assert "[de]Dear Hans Müller,[/de]" in german and "2. März 2025" in german
    assert "[pl]your e-mail address[/pl]" in polish  # the kinds of data, whole, in her language


def test_a_letter_lists_the_kinds_of_data_the_languages_way(shop):
    owner, breach = shop
    people = [replace(person, language="en") for person in breaches.addressees(owner, breach.reference)]
    english = breach_papers.letters(breach, people, subject_data.controller(owner), NOW)
    text = english.plain_text()
    assert "Your name and your e-mail address." in text
    assert "Contact us: info@sonne.example. You may also complain to Berliner Datenschutzbeauftragte." in text


def test_the_draft_for_the_authority_is_in_the_language_given(shop):
    owner, breach = shop
    german = Tagging("de")
    paper = breach_papers.notification(breach, subject_data.controller(owner), NOW, "initial", german)
    assert paper.language == "de" and tags(paper.title) == tags(paper.header) == {"de"}
    assert "3. März 2025" in paper.subtitle and "2. März 2025, 09:30 UTC" in paper.plain_text()
    shop_wrote = {"Bäckerei Sonne", "Hauptstraße 1, Berlin", "info@sonne.example", WHAT, MEASURES,
                  breach.reference}
    for kind, content in paper.blocks:
        if kind in ("heading", "subheading", "small"):
            assert content.startswith("[de]"), content
        elif kind == "text":
            assert content.startswith("[de]") or content in shop_wrote, content
        elif kind == "fields":
            for label, value in content:
                assert label.startswith("[de]"), label
                assert value in shop_wrote or tags(value) == {"de"}, value
        elif kind == "table":
            headers, rows, _widths = content
            assert all(h.startswith("[de]") for h in headers)
            assert all(r[0].startswith("[de]") for r in rows)
    assert "[de]Our assessment: {risk}.[/de]".replace("{risk}", "[de]a high risk to people[/de]") in \
        paper.plain_text()
