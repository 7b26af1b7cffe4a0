"""The privacy notice (Art. 13) from a real vault, published in versions; its PDF (pdftotext), DOCX
(python-docx) and website text carry what the vault says."""

from __future__ import annotations

import io
import subprocess

import docx
import pytest

from crmdesk.core import configuration, privacy_notice
from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.privacy import processors
from crmdesk.reports import document, notice_paper
from tests.conftest import OWNER, STAFF


def test_the_notice_reads_the_vault_and_is_published_in_versions(open_as):
    owner = open_as(OWNER)
    with pytest.raises(UsageError, match="postal address and the contact in Settings"):
        privacy_notice.publish(owner, notice_paper.current(owner)[1])  # nobody to ask: not published
    configuration.change_settings(owner, {"controller_address": "Marktplatz 1\n12345 Sonnenstadt",
                                          "controller_contact": "info@sonne.example",
                                          "supervisory_authority": "the Berlin data protection commissioner"})
    processors.add_processor(owner, "Example Mail GmbH", service="sends the newsletter", categories=["emails"],
                             purposes=["newsletter-email"])
    processors.add_processor(owner, "Cloudy Books Inc.", service="keeps the books", categories=["names"],
                             location="safeguards", country="USA", transfer_basis=processors.TRANSFER_BASES[2],
                             purposes=["bookkeeping"])
    paper, draft, same = notice_paper.current(owner)
    assert same is None and "Privacy notice (GDPR Art. 13)" in draft
    text = paper.plain_text()
    for expected in ("Newsletter by e-mail", "Consent (Art. 6(1)(a))", "up to you", "Example Mail GmbH",
                     "Cloudy Books Inc.: outside the EU/EEA, under appropriate safeguards (USA)",
                     "standard contractual clauses", "the Berlin data protection commissioner", "Marktplatz 1",
                     "to withdraw a consent at any time"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        privacy_notice.publish(open_as(STAFF), draft)
    first = privacy_notice.publish(owner, draft)
    assert first.version == 1 and notice_paper.current(owner)[2].version == 1
    with pytest.raises(UsageError, match="version 1 already"):
        privacy_notice.publish(owner, draft)
    processors.retire_processor(owner, "Example Mail GmbH")  # the notice changes with the vault
    paper, draft, same = notice_paper.current(owner)
    assert same is None and "Example Mail GmbH" not in draft
    assert privacy_notice.publish(owner, draft).version == 2
    assert [v.version for v in privacy_notice.versions(open_as(STAFF))] == [2, 1]  # staff may read them
    paper = notice_paper.current(owner)[0]
    pdf = subprocess.run(["pdftotext", "-", "-"], input=document.pdf(paper), capture_output=True).stdout.decode()
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(document.docx(paper))).paragraphs)
    for written in (pdf, word):
        assert "How we use your personal data" in written and "version 2" in written
        assert "Cloudy Books Inc." in written and "Template" not in written
