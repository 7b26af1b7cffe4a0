"""The privacy notice (Art. 13) from a real vault, published in versions; its PDF (pdftotext), DOCX
(python-docx) and website text carry what the vault says."""

from __future__ import annotations

import io
import subprocess

import docx
import pytest

from crmdesk.core import configuration, language, privacy_notice
from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.privacy import processors
from crmdesk.reports import document, notice_paper
from tests.conftest import OWNER, STAFF


def test_the_notice_reads_the_vault_and_is_published_in_versions(open_as):
    owner = open_as(OWNER)
    with pytest.raises(UsageError, match="postal address and the contact in Settings"):
        privacy_notice.publish(owner, notice_paper.drafts(owner))  # nobody to ask: not published
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
    assert notice_paper.drafts(owner) == {"en": draft}  # the shop writes in English
    with pytest.raises(PermissionDenied):
        privacy_notice.publish(open_as(STAFF), {"en": draft})
    [first] = privacy_notice.publish(owner, {"en": draft})
    assert first.version == 1 and notice_paper.current(owner)[2].version == 1
    with pytest.raises(UsageError, match="English 1\\); nothing changed"):
        privacy_notice.publish(owner, {"en": draft})
    processors.retire_processor(owner, "Example Mail GmbH")  # the notice changes with the vault
    paper, draft, same = notice_paper.current(owner)
    assert same is None and "Example Mail GmbH" not in draft
    assert privacy_notice.publish(owner, {"en": draft})[0].version == 2
    assert [v.version for v in privacy_notice.versions(open_as(STAFF))] == [2, 1]  # staff may read them
    paper = notice_paper.current(owner)[0]
    pdf = subprocess.run(["pdftotext", "-", "-"], input=document.pdf(paper), capture_output=True).stdout.decode()
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(document.docx(paper))).paragraphs)
    for written in (pdf, word):
        assert "How we use your personal data" in written and "version 2" in written
        assert "Cloudy Books Inc." in written and "Template" not in written


def test_a_german_shop_publishes_its_notice_in_german_and_english(open_as):
    """The catalogue's wording and the purposes crmdesk made come out in German, with German dates and
    periods; what the shop wrote itself stays as written; both languages are versioned on their own."""
    from crmdesk.core.privacy import purposes

    owner = open_as(OWNER)
    configuration.change_settings(owner, {"controller_address": "Marktplatz 1\n12345 Sonnenstadt",
                                          "controller_contact": "info@sonne.example", "shop_language": "de"})
    processors.add_processor(owner, "Cloudy Books Inc.", service="keeps the books", categories=["names"],
                             location="safeguards", country="USA", transfer_basis=processors.TRANSFER_BASES[2],
                             purposes=["bookkeeping"])
    purposes.add_purpose(owner, "tastings", title="Verkostungen am Samstag", basis="legitimate_interests",
                         retention_days=183)
    drafts = notice_paper.drafts(owner)
    assert list(drafts) == ["de", "en"]
    published = privacy_notice.publish(owner, drafts)
    assert [(v.language, v.version) for v in published] == [("de", 1), ("en", 1)]
    paper, _draft, same = notice_paper.current(owner, "de")
    assert same.version == 1
    pdf = subprocess.run(["pdftotext", "-", "-"], input=document.pdf(paper), capture_output=True).stdout.decode()
    pdf = " ".join(pdf.split())  # pdftotext breaks the long title
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(document.docx(paper))).paragraphs)
    day = language.get("de").date(owner.clock.now().date())
    assert "Seite 1 von " in pdf and "page" not in pdf
    for written in (pdf, word):
        for expected in ("Wie wir Ihre personenbezogenen Daten verwenden", f"Fassung 1 · {day}",
                         "Newsletter per E-Mail", "Verkostungen am Samstag", "Marktplatz 1", "Ihre Rechte"):
            assert expected in written, expected
    text = paper.plain_text()
    for expected in ("Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", "bis zum Widerruf", "9 Jahre", "6 Monate",
                     "Cloudy Books Inc.: außerhalb der EU/des EWR, mit geeigneten Garantien (USA); Grundlage der "
                     "Übermittlung: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)",
                     "Kontakte ohne aktuelle Einwilligung", "24 Monate lang"):
        assert expected in text, expected
    assert "Your rights" not in text and "Privacy notice" not in text
    polish = notice_paper.current(owner, "pl")[0].plain_text()
    assert "Twoje prawa" in polish and "9 lat" in polish and "24 miesiące" in polish
    configuration.change_settings(owner, {"controller_contact": "laden@sonne.example"})
    [second] = privacy_notice.publish(owner, notice_paper.drafts(owner))[:1]
    assert (second.language, second.version) == ("de", 2)
    assert {(v.language, v.version) for v in privacy_notice.versions(owner)} == {("de", 1), ("de", 2), ("en", 1),
                                                                                  ("en", 2)}
    with pytest.raises(UsageError, match=r"Deutsch 2, English 2\); nothing changed"):
        privacy_notice.publish(owner, notice_paper.drafts(owner))
    with pytest.raises(UsageError, match="'tr' is not a language crmdesk writes documents in"):
        privacy_notice.publish(owner, {"tr": "Kişisel verileriniz"})


def test_notices_published_before_languages_are_kept_as_english(tmp_path):
    from crmdesk.core.vault import database, migrations

    conn = database.connect(tmp_path / "t.db", b"k" * 32, create=True)
    migrations.migrate(conn, upto=22, creating=True)
    conn.execute("INSERT INTO notices (version, body, sha256, published_at) VALUES (1, 'the notice', 'x', '2026-01')")
    conn.commit()
    migrations.migrate(conn)
    assert conn.execute("SELECT language, version, body FROM notices").fetchall() == [("en", 1, "the notice")]
    with pytest.raises(database.DatabaseError, match="never changes"):
        conn.execute("UPDATE notices SET body = 'another'")
    conn.close()


def test_older_vaults_get_the_consent_texts_in_six_languages_but_keep_their_own(tmp_path):
    """Schema 25 adds the default texts in French, Italian, Spanish and Polish; a text the shop already
    published in one of them stays version 1 as written."""
    from crmdesk.core.vault import database, migrations

    conn = database.connect(tmp_path / "t.db", b"k" * 32, create=True)
    migrations.migrate(conn, upto=24, creating=True)
    conn.execute("INSERT INTO consent_texts (purpose, language, version, body, sha256, published_at)"
                 " SELECT id, 'pl', 1, 'Nasz własny tekst.', 'x', '2026-01' FROM purposes WHERE key = 'newsletter-email'")
    conn.commit()
    migrations.migrate(conn)
    texts = dict(((key, lang), body) for key, lang, body in conn.execute(
        "SELECT p.key, t.language, t.body FROM consent_texts t JOIN purposes p ON p.id = t.purpose"))
    assert {lang for key, lang in texts if key == "photos-marketing"} == {"en", "de", "fr", "it", "es", "pl"}
    assert texts[("newsletter-email", "pl")] == "Nasz własny tekst."
    assert texts[("newsletter-email", "fr")].startswith("Je souhaite recevoir la newsletter")
    conn.close()
