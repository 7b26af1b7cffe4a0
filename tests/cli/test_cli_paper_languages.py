"""The papers the command line writes are in the language they are for, whatever the terminal's: the
record and the breach draft in the shop's (or the one asked for), each breach letter in its person's."""

from __future__ import annotations

import subprocess

from tests.conftest import OWNER, STAFF


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_the_record_is_in_the_shops_language_or_the_one_asked_for(cli, tmp_path):
    assert cli("setting", "set", "shop_language", "pl", user=OWNER).code == 0
    record = tmp_path / "rejestr.pdf"
    made = cli("record", "--pdf", str(record), user=OWNER)  # the terminal speaks English
    assert made.code == 0, made.err
    text = " ".join(pdf_pages(record))
    assert "strona 1 z" in text and "Newsletter e-mailowy" in text and "page 1 of" not in text
    made = cli("record", "--language", "de-DE", "--pdf", str(record), user=OWNER)
    assert made.code == 0 and "Seite 1 von" in " ".join(pdf_pages(record))
    refused = cli("record", "--language", "tr", "--pdf", str(tmp_path / "nothing.pdf"), user=OWNER)
    assert refused.code == 2 and "'tr' is not a language" in refused.err
    assert not (tmp_path / "nothing.pdf").exists()


def test_breach_letters_are_each_in_their_persons_language(cli, tmp_path):
    cli("setting", "set", "shop_language", "de", user=OWNER)
    ids = [cli("contact", "add", "--given", given, "--family", family, "--email", f"{given.lower()}@example.org",
               *(["--language", code] if code else []), user=STAFF).out.strip()
           for given, family, code in (("Zofia", "Nowak", "pl"), ("Amélie", "Dubois", "fr"), ("Hans", "Huber", ""))]
    reported = cli("breach", "report", "--what", "Kundenliste im Bus liegen gelassen", "--discovered",
                   "2025-03-02T09:30", "--not-encrypted", *[x for i in ids for x in ("--contact", i)], user=STAFF)
    assert reported.code == 0, reported.err
    letters = tmp_path / "letters.pdf"
    assert cli("breach", "letters", "B-2025-0001", "--pdf", str(letters), user=OWNER).code == 0
    pages = {name: page for page in pdf_pages(letters) for name in ("Zofia", "Amélie", "Hans") if name in page}
    assert "2 marca 2025" in pages["Zofia"] and "2 mars 2025" in pages["Amélie"] and "2. März 2025" in pages["Hans"]
    draft = tmp_path / "draft.pdf"
    assert cli("breach", "draft", "B-2025-0001", "--pdf", str(draft), user=OWNER).code == 0
    text = " ".join(pdf_pages(draft))
    assert "2. März 2025" in text and "Seite 1 von" in text  # the shop's language, for its authority
