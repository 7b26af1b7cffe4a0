"""Parsing contact files as exporters write them, and files that are broken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.core.people.contact_model import Birthday
from crmdesk.io.contact_files import read_contacts_file
from crmdesk.io.csv_import import read_csv
from crmdesk.io.text_files import ImportFileError, decode
from crmdesk.io.vcard import read_vcards

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def by_name(parsed) -> dict:
    return {(r.contact.display_name or f"{r.contact.given_name} {r.contact.family_name}"): r.contact
            for r in parsed.records}


def test_google_csv():
    parsed = read_contacts_file(DATA / "google.csv")
    assert parsed.format == "google" and len(parsed.records) == 4
    people = by_name(parsed)
    jurgen = people["Jürgen Müller"]
    assert jurgen.organisation == "Bäckerei Sonne" and jurgen.job_title == "Inhaber"
    assert [(e.value, e.label) for e in jurgen.emails] == [("j.mueller@example.de", "work"),
                                                             ("jm@example.org", "home")]
    assert jurgen.phones[0].kind == "mobile" and jurgen.tags == ["VIP"]
    assert jurgen.birthday == Birthday(5, 4, 1970) and jurgen.notes == "Likes rye, dislikes spelt"
    assert jurgen.addresses[0].one_line() == "Hauptstraße 1, 10115 Berlin, Germany"
    assert {"Zofia Łukasiewicz", "Ελένη Παπαδάκη", "Иван Петров"} <= set(people)
    assert parsed.warnings == []
    assert [c.birthday for c in people.values() if c.birthday and c.birthday.year is None] == [Birthday(3, 17)]


def test_outlook_german_semicolon_windows_1252():
    parsed = read_contacts_file(DATA / "outlook_de.csv")
    assert (parsed.format, parsed.encoding) == ("outlook", "windows-1252")
    jorg = by_name(parsed)["Jörg Größe"]
    assert jorg.organisation == "Schäfer & Söhne GmbH" and jorg.tags == ["Lieferant", "Stammkunde"]
    assert [(p.value, p.described) for p in jorg.phones] == [("0211 123456", "work"), ("0170 9876543", "mobile")]
    assert jorg.addresses[0].one_line() == "Königsallee 5, 40212 Düsseldorf"
    assert jorg.birthday == Birthday(5, 4, 1970)
    assert "Renée Français" in by_name(parsed)


def test_outlook_english_utf16():
    parsed = read_contacts_file(DATA / "outlook_en_utf16.csv")
    assert parsed.encoding == "utf-16" and parsed.format == "outlook"
    dmitri = by_name(parsed)["Dmitri Смирнов"]
    assert [e.value for e in dmitri.emails] == ["dmitri@example.ru", "d.smirnov@example.com"]
    assert by_name(parsed)["Aleksandra Wiśniewska"].organisation == "Kwiaciarnia Róża"


def test_generic_csv_needs_and_takes_a_mapping():
    with pytest.raises(ImportFileError, match="Kundenname, Kontakt"):
        read_contacts_file(DATA / "generic.csv")
    parsed = read_contacts_file(DATA / "generic.csv",
                                mapping={"Kundenname": "display_name", "Kontakt": "email"})
    people = by_name(parsed)
    assert people["Anna Schmidt"].since == date(2018, 3, 15)
    assert people["Anna Schmidt"].addresses[0].city == "München"
    assert people["Paweł Kowalski"].phones[0].value == "+48 601 234 567"  # a number, not an e-mail
    assert people["Paweł Kowalski"].since == date(2020, 1, 31)
    with pytest.raises(ImportFileError, match="no column 'Nope'"):
        read_contacts_file(DATA / "generic.csv", mapping={"Nope": "email"})


def test_vcard_21_quoted_printable_charsets_and_photo():
    parsed = read_contacts_file(DATA / "contacts_v21.vcf")
    people = by_name(parsed)
    jurgen = people["Jürgen Müller"]
    assert [(p.value, p.described) for p in jurgen.phones] == [("+49 151 2345678", "mobile"), ("030 1234567", "work")]
    assert jurgen.notes == "Mag Roggenbrot, bestellt jeden Freitag für das Büro"
    zofia = by_name(parsed)["Zofia Łukasiewicz"]  # ISO-8859-2 quoted-printable
    assert zofia.family_name == "Łukasiewicz"


def test_vcard_30_grouped_labels_folding_escapes():
    people = by_name(read_contacts_file(DATA / "contacts_v30.vcf"))
    eleni = people["Ελένη Παπαδάκη"]
    assert [(e.value, e.label) for e in eleni.emails] == [("eleni@example.gr", "other")]
    assert [(p.value, p.described) for p in eleni.phones] == [("+30 21 0123 4567", "Taverna"),
                                                           ("+30 69 1234 5678", "mobile")]
    assert eleni.notes == "Orders olives, oil and feta\nevery month"
    assert eleni.addresses[0].city == "Αθήνα" and eleni.tags == ["Supplier", "Greece"]
    assert eleni.organisation == "Ταβέρνα Ο Γιάννης" and eleni.birthday == Birthday(3, 17, 1985)
    assert "longer than seventy-five octets" in people["Иван Петров"].notes


def test_vcard_40():
    renee = by_name(read_contacts_file(DATA / "contacts_v40.vcf"))["Renée Français"]
    assert renee.phones[0].value == "+33-6-12-34-56-78" and renee.birthday == Birthday(1, 1, 1990)


@pytest.mark.parametrize("name,content,where", [
    ("cut.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nEMAIL:c@example.com\r\n", "line 1"),
    ("nested.vcf", "BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n", "line 3"),
    ("ragged.csv", "Name,E-mail\nAnna,anna@example.de\nBert,bert@example.de,extra\n", "line 3"),
    ("short.csv", "Name;E-mail;Phone\nAnna;anna@example.de\n", "line 2"),
    ("quote.csv", 'Name,E-mail\nAnna,"anna@example.de\nBert,bert@example.de\n', "never closed"),
    ("empty.csv", "", "empty"),
    ("oneline.csv", "just some words\n", "name the columns"),
    ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text file"),
    ("bad16.csv", b"\xff\xfeA\x00\x00\xd8", "UTF-16"),
])
def test_broken_files_say_where_and_why(tmp_path, name, content, where):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_contacts_file(path)
    assert where in str(info.value)


def test_a_huge_field_is_left_out_and_a_field_no_contact_list_holds_is_refused(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("Name,E-mail\n" + "A" * (5 * 1024 * 1024) + ",a@example.de\n", encoding="utf-8")
    parsed = read_contacts_file(path)
    assert parsed.records[0].contact.emails[0].value == "a@example.de"
    assert parsed.warnings == [(2, "the Full name is 5,120 KB long and was left out")]
    path.write_text("Name,E-mail\n" + "A" * (20 * 1024 * 1024) + ",a@example.de\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 2: a field is longer than 16 MB"):
        read_contacts_file(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFileError, match="no file"):
        read_contacts_file(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_contacts_file(tmp_path)


def test_encodings_are_detected():
    text = "Name;E-mail\nŻółć Gęślą;z@example.pl\n"
    assert decode(("\ufeff" + text).encode("utf-8")).encoding == "utf-8-sig"
    assert decode(text.encode("utf-16")).encoding == "utf-16"
    assert decode(text.encode("utf-16-le")).encoding == "utf-16-le"
    assert decode("Name;E-mail\nJörg Größe;j@example.de\n".encode("cp1252")).text.startswith("Name;E-mail\nJörg")


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
csv_text = st.text(alphabet=st.sampled_from(list('ab,;"\n\r\tÄ@+0 .:-') + ["\x00", "é"]), max_size=300)
vcard_lines = st.lists(st.one_of(
    st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "FN:Anna", "N:Berg;Anna;;;",
                     "EMAIL;TYPE=work:a@b.de", "TEL;CELL:+49 1", "item1.EMAIL:x@y.z", "item1.X-ABLabel:Z",
                     "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=BC=", " folded", "ADR:;;a;b;c;d;e",
                     "BDAY:--0317", "CATEGORIES:a\\,b", "PHOTO;ENCODING=b:AAAA", "N;CHARSET=bogus;ENCODING=QP:=FF"]),
    st.text(max_size=40)), max_size=30)


@FUZZ
@given(csv_text)
def test_fuzzed_csv_never_crashes(text):
    try:
        list(read_csv(text, "utf-8")[1])
    except ImportFileError:
        pass


@FUZZ
@given(vcard_lines, st.sampled_from(["\r\n", "\n"]))
def test_fuzzed_vcard_never_crashes(lines, newline):
    try:
        list(read_vcards(newline.join(lines), "utf-8")[1])
    except ImportFileError:
        pass


def test_bom_with_broken_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfName,E-mail\nJ\xf6rg,j@example.de\n")
    with pytest.raises(ImportFileError, match="not valid UTF-8"):
        read_contacts_file(path)
