"""The access report PDF and the JSON export, read back as a recipient would."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from crmdesk.core import configuration
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import Address, ContactInput, Labelled
from crmdesk.core.people.interactions import add_interaction
from crmdesk.core.privacy import consent, requests, subject_data
from crmdesk.io import portability
from crmdesk.reports import access_report
from crmdesk.resources import resource_path
from tests.conftest import OWNER, STAFF

# Only the tests that read the PDF back need poppler; the others run anywhere.
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
NAMES = ("Zofia Łukasiewicz", "Ελένη Παπαδάκη", "Иван Петров")


def pdf_text(path: Path, password: str | None = None) -> subprocess.CompletedProcess:
    command = ["pdftotext", "-layout"] + (["-upw", password] if password else []) + [str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True)


@pytest.fixture
def subject(open_as):
    owner = open_as(OWNER)
    configuration.change_settings(owner, {
        "organisation": "Bäckerei Sonne", "controller_address": "Hauptstraße 1\n10115 Berlin",
        "controller_contact": "info@baeckerei-sonne.example", "dpo_contact": "datenschutz@baeckerei-sonne.example",
        "recipients": "Newsletter service: Post & Co GmbH, Berlin\nTax adviser: Kanzlei Weber",
        "supervisory_authority": "Berliner Beauftragte für Datenschutz und Informationsfreiheit"})
    staff = open_as(STAFF)
    zofia = contacts.add_contact(staff, ContactInput(
        given_name="Zofia", family_name="Łukasiewicz", organisation="Sklep Łódź",
        emails=[Labelled("zofia@example.pl", "work")], phones=[Labelled("+48 22 555 01 01")],
        addresses=[Address(street="ul. Piotrkowska 1", postal_code="90-001", city="Łódź")],
        notes="Lubi chleb żytni", source="trade fair 2025"))
    for text in ("Ελένη Παπαδάκη recommended her", "Иван Петров picked up the order"):
        add_interaction(staff, zofia.id, kind="call", summary=text)
    consent.record(staff, zofia.id, "newsletter-email", "granted", consent.Capture(language="de", witness="Maria"))
    consent.record(staff, zofia.id, "order-fulfilment", "recorded")
    opened = requests.open_request(staff, zofia.id, "access", channel="email")
    requests.verify(staff, opened.reference, "ID card")
    return staff, zofia, opened.reference


@needs_poppler
def test_the_report_has_every_section_and_every_script(subject, tmp_path):
    staff, zofia, reference = subject
    data = subject_data.collect(staff, zofia.id, request_reference=reference)
    path = tmp_path / "report.pdf"
    path.write_bytes(access_report.render(data))
    result = pdf_text(path)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    for expected in (*NAMES, "Bäckerei Sonne", "Hauptstraße 1", reference, "zofia@example.pl", "Sklep Łódź",
                     "ul. Piotrkowska 1", "Lubi chleb żytni", "Ich möchte den Newsletter", "witness Maria",
                     "Post & Co GmbH", "Berliner Beauftragte", "trade fair 2025", "page 1 of"):
        assert expected in text, expected
    for letter, title in access_report.SECTION_15:
        assert f"({letter}) {title}" in text
    for heading in ("1. The data we hold about you", "2. Our contacts with you (2)",
                    "3. What you agreed to", "4. Your requests to us", "Information under Article 15(1)"):
        assert heading in text
    assert "automated processing" in text and "Erasure (Art. 17)" in text


@needs_poppler
def test_a_protected_report_opens_only_with_its_password(subject, tmp_path):
    staff, zofia, _ = subject
    data = subject_data.collect(staff, zofia.id)
    path = tmp_path / "protected.pdf"
    path.write_bytes(access_report.render(data, password="correct horse battery"))
    assert pdf_text(path).returncode != 0
    assert pdf_text(path, "wrong password").returncode != 0
    opened = pdf_text(path, "correct horse battery")
    assert opened.returncode == 0 and "Zofia Łukasiewicz" in opened.stdout
    info = subprocess.run(["pdfinfo", "-upw", "correct horse battery", str(path)], capture_output=True, text=True)
    assert "AES-256" in info.stdout


def test_the_json_export_follows_its_schema(subject):
    staff, zofia, reference = subject
    data = subject_data.collect(staff, zofia.id, request_reference=reference)
    document = json.loads(portability.to_json(data))
    schema = json.loads(resource_path("schemas", "subject-export.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert document["person"]["family_name"] == "Łukasiewicz"
    assert [i["summary"] for i in document["interactions"]] == [
        "Ελένη Παπαδάκη recommended her", "Иван Петров picked up the order"]
    granted = document["consent"]["history"][0]
    assert granted["text"]["body"].startswith("Ich möchte") and granted["witness"] == "Maria"
    assert document["request"]["reference"] == reference and document["article_15"]["automated_decisions"] is False
    document["person"]["surprise"] = "not in the schema"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)


def test_collecting_needs_a_verified_request_about_the_same_person(subject, open_as):
    staff, zofia, reference = subject
    other = contacts.add_contact(staff, ContactInput(given_name="Other"))
    with pytest.raises(Exception, match="about another contact"):
        subject_data.collect(staff, other.id, request_reference=reference)
    fresh = requests.open_request(staff, zofia.id, "access")
    with pytest.raises(Exception, match="Verify the identity"):
        subject_data.collect(staff, zofia.id, request_reference=fresh.reference)
    erasure = requests.open_request(staff, zofia.id, "erasure")
    with pytest.raises(Exception, match=r"of the type Erasure \(Art. 17\); this can only be done for Access \(Art. 15\) / Portability"):
        subject_data.collect(staff, zofia.id, request_reference=erasure.reference)


@needs_poppler
def test_a_polish_customer_of_a_bavarian_shop_gets_her_report_in_polish(open_as, tmp_path):
    """The shop writes German (Settings) and keeps Bavaria's holidays; Zofia's contact says Polish. Her
    request, received on 6 December 2025, is due on 7 January 2026: 6 January is Epiphany in Bavaria. The
    report is Polish, with Polish dates; the owner may still write it in German."""
    from datetime import date

    owner = open_as(OWNER)
    configuration.change_settings(owner, {"organisation": "Bäckerei Sonne", "shop_language": "de",
                                          "holiday_region": "DE-BY", "controller_contact": "info@sonne.example"})
    from crmdesk.core.privacy import processors

    processors.add_processor(owner, "MailCo", service="sends the newsletter", categories=["emails"],
                             purposes=["newsletter-email"])
    staff = open_as(STAFF)
    zofia = contacts.add_contact(staff, ContactInput(given_name="Zofia", family_name="Łukasiewicz",
                                                     language="pl", emails=[Labelled("zofia@example.pl")]))
    add_interaction(staff, zofia.id, kind="visit", summary="kupiła chleb")
    consent.record(staff, zofia.id, "newsletter-email", "granted", consent.Capture(language="de", witness="Maria"))
    opened = requests.open_request(staff, zofia.id, "access", received_on=date(2025, 12, 6), channel="email")
    assert opened.due_on == date(2026, 1, 7) and opened.deadline.because() == "6 January 2026 is Epiphany"
    requests.verify(staff, opened.reference, "ID card")
    data = subject_data.collect(staff, zofia.id, request_reference=opened.reference)
    assert data.language == "pl"
    path = tmp_path / "raport.pdf"
    path.write_bytes(access_report.render(data))
    text = " ".join(pdf_text(path).stdout.split())
    for expected in ("7 stycznia 2026", "6 grudnia 2025", "Zofia Łukasiewicz", "art. 15", "RODO", "strona 1 z",
                     "Newsletter e-mailowy", "Ich möchte den Newsletter",  # the text she agreed to, as shown
                     "MailCo — sends the newsletter (w UE/EOG)"):  # the shop's words, crmdesk's translated
        assert expected in text, expected
    for english in ("Dear ", "Your request for access", "page 1 of", "January", "Rectification (Art. 16)"):
        assert english not in text, english
    document = portability.to_json(data)
    assert json.loads(document)["person"]["language"] == "pl"
    german = subject_data.collect(staff, zofia.id, request_reference=opened.reference, language="de")
    path.write_bytes(access_report.render(german))
    text = " ".join(pdf_text(path).stdout.split())
    assert "7. Januar 2026" in text and "Seite 1 von" in text
