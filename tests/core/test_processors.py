"""The register of processors: who gets which data, where, under which agreement; and the access report's
recipients that come from it."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import consent, processors, subject_data
from crmdesk.reports import access_report
from tests.conftest import ADMIN, OWNER, STAFF
from tests.support.raw import raw_connection


def test_register_link_retire_and_the_recipients_of_a_person(open_as):
    owner = open_as(OWNER)
    mail = processors.add_processor(owner, "Example Mail GmbH", service="sends the newsletter",
                                    categories=["emails", "names"], purposes=["newsletter-email"],
                                    contract_date=date(2026, 1, 15), agreement=("dpa.pdf", b"%PDF-1.4 signed"))
    assert mail.categories == ("names", "emails") and mail.purposes == ("newsletter-email",)
    assert processors.agreement(owner, "example mail gmbh") == ("dpa.pdf", b"%PDF-1.4 signed")
    books = processors.add_processor(open_as(ADMIN), "Cloudy Books Inc.", service="keeps the books",
                                     categories=["names", "addresses"], location="safeguards", country="USA",
                                     transfer_basis=processors.TRANSFER_BASES[2])
    assert books.outside_eu and "standard contractual clauses" in books.where() and books.purposes == ()
    anna = contacts.add_contact(owner, ContactInput(given_name="Anna", family_name="Nowak")).id
    consent.record(owner, anna, "customer-care", "recorded")
    care_only = subject_data.collect(owner, anna).controller.recipients
    assert care_only[0].startswith("Cloudy Books Inc. — keeps the books") and len(care_only) == 1
    consent.record(owner, anna, "newsletter-email", "granted")
    both = subject_data.collect(owner, anna).controller.recipients
    assert [r.split(" — ")[0] for r in both] == ["Cloudy Books Inc.", "Example Mail GmbH"]
    pdf = access_report.render(subject_data.collect(owner, anna))
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "Example Mail GmbH — sends the newsletter" in text
    processors.retire_processor(owner, "Example Mail GmbH")
    assert [p.name for p in processors.list_processors(owner)] == ["Cloudy Books Inc."]
    assert [p.name for p in processors.list_processors(owner, include_retired=True)] == [
        "Cloudy Books Inc.", "Example Mail GmbH"]
    assert len(subject_data.collect(owner, anna).controller.recipients) == 1
    changed = processors.update_processor(owner, "cloudy books inc.", service="keeps the books", categories=["names"],
                                          location="adequate", country="Japan",
                                          transfer_basis=processors.TRANSFER_BASES[0], purposes=["bookkeeping"])
    assert changed.purposes == ("bookkeeping",) and changed.categories == ("names",)
    audit = owner.conn.execute("SELECT group_concat(action) FROM audit WHERE action LIKE 'processor.%'").fetchone()[0]
    assert audit.split(",") == ["processor.added", "processor.added", "processor.retired", "processor.changed"]


def test_mistakes_and_roles(open_as):
    owner, staff = open_as(OWNER), open_as(STAFF)
    for kwargs, words in (({"name": " "}, "Give the processor's name"),
                          ({"service": ""}, "Say what the processor does"),
                          ({"location": "moon"}, "not a place"),
                          ({"location": "safeguards"}, "needs a transfer basis"),
                          ({"categories": ["shoe size"]}, "not a kind of data"),
                          ({"purposes": ["nothing"]}, "no purpose 'nothing'"),
                          ({"agreement": ("big.pdf", b"x" * (processors.MAX_AGREEMENT_BYTES + 1))}, "larger than")):
        args = {"name": "Shop IT", "service": "hosts the backups", "categories": ["names"], **kwargs}
        with pytest.raises(UsageError, match=words):
            processors.add_processor(owner, args.pop("name"), **args)
    assert processors.list_processors(owner) == []
    processors.add_processor(owner, "Shop IT", service="hosts the backups", categories=[])
    with pytest.raises(UsageError, match="already in the register"):
        processors.add_processor(owner, "shop it", service="x", categories=[])
    with pytest.raises(PermissionDenied):
        processors.add_processor(staff, "Other", service="x", categories=[])
    with pytest.raises(PermissionDenied):
        processors.agreement(staff, "Shop IT")
    assert [p.name for p in processors.list_processors(staff)] == ["Shop IT"]  # staff may see who gets data
    raw = raw_connection(owner)
    assert raw.execute("SELECT count(*) FROM processors").fetchone()[0] == 1
    raw.close()
