"""The record of processing (Art. 30) from a real vault: each value the vault knows is read from it, and the
PDF (pdftotext) and the DOCX (python-docx) carry them."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import docx
import pytest

from crmdesk.core import configuration, language
from crmdesk.core import processing_record as record
from crmdesk.core.backups import backup
from crmdesk.core.errors import PermissionDenied
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, ContactInput, Labelled
from crmdesk.core.privacy import consent, processors
from crmdesk.reports import document, record_paper
from tests.conftest import OWNER, STAFF
from tests.support.tagging_language import Tagging, tags

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_the_record_reads_purposes_people_data_processors_and_measures_from_the_vault(open_as, tmp_path):
    owner = open_as(OWNER)
    configuration.change_settings(owner, {"organisation": "Bäckerei Sonne",
                                          "other_processing": "Payroll by our tax adviser\n\nVideo at the door",
                                          "backup_folder": str(tmp_path / "b")})
    for n in range(3):
        person = contacts.add_contact(owner, ContactInput(
            given_name=f"Kim{n}", family_name="Lee", emails=[Labelled(f"kim{n}@example.org")],
            phones=[Labelled("+49 30 1234567")] if n == 0 else [],
            addresses=[Address(street="Main St 1", city="Town")] if n < 2 else [])).id
        consent.record(owner, person, "newsletter-email", "granted")
    processors.add_processor(owner, "Example Mail GmbH", service="sends the newsletter", categories=["emails"],
                             purposes=["newsletter-email"])
    processors.add_processor(owner, "Cloudy Books Inc.", service="keeps the books", categories=["names"],
                             location="safeguards", country="USA", transfer_basis=processors.TRANSFER_BASES[2],
                             purposes=["bookkeeping"])
    backup.create_backup(owner)
    made = record.make(owner)
    news = next(a for a in made.activities if a.purpose.key == "newsletter-email")
    assert news.people == 3 and news.data == {"names": 3, "emails": 3, "phones": 1, "addresses": 2, "consents": 3}
    assert [p.name for p in news.recipients] == ["Example Mail GmbH"] and news.transfers == ()
    books = next(a for a in made.activities if a.purpose.key == "bookkeeping")
    assert books.people == 0 and [p.name for p in books.transfers] == ["Cloudy Books Inc."]
    assert made.other_processing == ("Payroll by our tax adviser", "Video at the door")
    measures = dict(made.measures)
    active = owner.conn.execute("SELECT count(*) FROM users WHERE active = 1").fetchone()[0]
    assert f"0 of {active} users sign in with an authenticator" in measures["Second factor"]
    assert measures["Backups"].startswith("1 good backup, the newest on")
    assert "locks after 10 minutes" in measures["Automatic lock"]
    assert made.without_basis == owner.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] - 3
    paper = record_paper.document(made)
    text = subprocess.run(["pdftotext", "-", "-"], input=document.pdf(paper), capture_output=True).stdout.decode()
    word = docx.Document(io.BytesIO(document.docx(paper)))
    word_text = "\n".join([p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows
                                                                for c in r.cells])
    for written in (text, word_text):
        assert "Record of processing activities" in written and "Bäckerei Sonne" in written
        assert "Newsletter by e-mail" in written and "Consent (Art. 6(1)(a))" in written
        assert "e-mail addresses (3)" in written and "Example Mail GmbH" in written
        assert "standard contractual clauses" in written and "Payroll by our tax adviser" in written
        assert "from the vault" in written and "written by the owner" in written
        assert "Kim" not in written  # people are counted, never named
    with pytest.raises(PermissionDenied):
        record.make(open_as(STAFF))


def test_the_record_is_written_in_the_language_given_and_what_the_shop_wrote_stays(open_as):
    """Every wording of crmdesk's goes through the record's language (a tagging one here, see
    tests/support); the shop's own words (its name, a processor's service, other processing) do not."""
    owner = open_as(OWNER)
    configuration.change_settings(owner, {"organisation": "Bäckerei Sonne", "other_processing": "Lohnbuchhaltung"})
    person = contacts.add_contact(owner, ContactInput(given_name="Kim", emails=[Labelled("kim@example.org")])).id
    consent.record(owner, person, "newsletter-email", "granted")
    processors.add_processor(owner, "Cloudy Books Inc.", service="führt die Bücher", categories=["names"],
                             location="safeguards", country="USA", transfer_basis=processors.TRANSFER_BASES[2],
                             contract_date=date(2025, 3, 2), agreement=("dpa.pdf", b"%PDF-1.4"),
                             purposes=["newsletter-email"])
    made = record.make(owner, lang=Tagging("pl"))
    assert made.lang.code == "pl" and all(tags(detail) == {"pl"} for _what, detail in made.measures)
    paper = record_paper.document(made)
    assert paper.language == "pl" and tags(paper.title) == tags(paper.subtitle) == tags(paper.header) == {"pl"}
    shop_wrote = {"Bäckerei Sonne", "Lohnbuchhaltung", "Cloudy Books Inc.", "führt die Bücher", "—"}
    for kind, content in paper.blocks:
        if kind in ("heading", "small"):
            assert content.startswith("[pl]"), content
        elif kind == "subheading":  # "2.1 " and the purpose
            assert content.split(" ", 1)[1].startswith("[pl]"), content
        elif kind in ("text", "items"):
            for line in [content] if kind == "text" else content:
                assert line.startswith("[pl]") or line in shop_wrote, line
        else:
            rows = content if kind == "fields" else [content[0], *content[1]]
            for row in rows:
                assert row[0].startswith("[pl]") or row[0] in shop_wrote, row
                assert all(tags(cell) == {"pl"} or cell in shop_wrote for cell in row), row
    assert "2 marca 2025" in paper.plain_text()  # the agreement's date, the Polish way


@needs_poppler
def test_the_record_is_in_the_shops_language_unless_another_is_chosen(open_as):
    owner = open_as(OWNER)
    configuration.change_settings(owner, {"organisation": "Sklep Łódź", "shop_language": "pl"})
    made = record.make(owner)
    assert made.lang.code == "pl"
    text = subprocess.run(["pdftotext", "-", "-"], input=document.pdf(record_paper.document(made)),
                          capture_output=True).stdout.decode()
    assert "strona 1 z" in text and "Newsletter e-mailowy" in text  # translated already: crmdesk's purposes
    assert "Zgoda (art. 6 ust. 1 lit. a RODO)" in text and "Consent (Art. 6" not in text
    german = record_paper.document(record.make(owner, lang=language.get("de")))
    assert german.language == "de" and "Newsletter per E-Mail" in german.plain_text()
