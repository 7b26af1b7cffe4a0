"""Exports that carry attacks: a contact's text must stay data in every
program that opens the file (a spreadsheet, another address book, crmdesk
itself), and a protected export must protect everything in it."""

from __future__ import annotations

import csv
import re
import zipfile
from datetime import date

import pytest
import pyzipper
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.core.people.contact_model import (
    PHONE_KINDS,
    Address,
    Birthday,
    Contact,
    Labelled,
    with_kind,
)
from crmdesk.io.contact_files import CSV_COLUMNS, read_contacts_file, write_contacts_file
from crmdesk.io.vcard import read_vcards, write_vcards
from tests.conftest import ADMIN, STAFF

CRAFTED_URL = "https://shop.example\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected\r\nEMAIL:x@evil.example"
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"Click\")", "+49 30 1234", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "'already quoted", "''two", "plain"]


def _contact(number: int, **fields) -> Contact:
    return Contact(id=f"00000000-0000-4000-8000-{number:012d}", **fields)


def test_a_label_that_is_one_of_googles_own_words_comes_back_as_typed():
    """Google writes its own labels as "BLOG" or "PROFILE" and crmdesk reads them as words ("blog"); a
    label a person typed that way, in crmdesk's own card, stays theirs."""
    card = _contact(1, display_name="Card One", emails=[Labelled("a@example.org", "BLOG")],
                    phones=[Labelled("+49 30 1234567", "PROFILE")])
    parsed, records = read_vcards("".join(write_vcards([card])), "utf-8")
    parsed.keep_all(records)
    back = parsed.records[0].contact
    assert ([e.label for e in back.emails], [p.label for p in back.phones]) == (["BLOG"], ["PROFILE"])
    google = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Two\r\nitem1.URL:https://example.org\r\n"
              "item1.X-ABLabel:BLOG\r\nEND:VCARD\r\n")
    parsed, records = read_vcards(google, "utf-8")
    parsed.keep_all(records)
    assert [w.label for w in parsed.records[0].contact.websites] == ["blog"]


def test_a_crafted_website_cannot_add_cards_to_a_vcard_export(tmp_path):
    people = [_contact(1, given_name="Anna", family_name="Berg", websites=[Labelled(CRAFTED_URL)],
                       notes="line one\r\nline two\rline three",
                       emails=[Labelled("anna@example.de", "work: private;x")]),
              _contact(2, given_name="Ben", family_name="Kurz")]
    target = tmp_path / "out.vcf"
    write_contacts_file(target, people)
    parsed = read_contacts_file(target)
    assert [r.contact.display_name or r.contact.given_name for r in parsed.records] == ["Anna", "Ben"]
    anna = parsed.records[0].contact
    assert [w.value for w in anna.websites] == [CRAFTED_URL.replace("\r\n", "\n")]
    assert anna.notes == "line one\nline two\nline three"
    assert [(e.value, e.label) for e in anna.emails] == [("anna@example.de", "work: private;x")]
    for line in target.read_bytes().decode("utf-8").split("\r\n"):
        assert "\r" not in line and "\n" not in line


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


# Labels as people give them; any text at all, but for what reading trims or takes as Apple's own label.
_label = st.one_of(st.sampled_from(["", "work", "home", "mobile", "work fax", "pager", "voice", "cell", "pref",
                                    "Taverna", "@work", "monkey tree", "work: private;x", "Büro, 2. Stock"]),
                   _text.filter(lambda t: t == t.strip() and "\r" not in t and not t.startswith("_$!<")))
TEL_URI = re.compile(r"tel:\+[0-9](?:[0-9().-]*[0-9])?(?:;ext=[0-9]+)?")
_phone = st.one_of(_text, st.from_regex(r"\+[0-9][0-9 ().-]{0,14}[0-9]( ext\. [0-9]{1,4})?", fullmatch=True))


_birthday = st.one_of(st.none(), st.builds(Birthday.of, st.dates(date(1900, 1, 1), date(2026, 1, 1))),
                      st.dates(date(2000, 1, 1), date(2000, 12, 31)).map(lambda d: Birthday(d.month, d.day)))


@settings(max_examples=150, deadline=None)
@given(given_name=_text, family_name=_text, organisation=_text, job_title=_text,
       websites=st.lists(st.tuples(_text.filter(str.strip), _label), max_size=3), birthday=_birthday,
       notes=_text, email=_text, phone=_phone, label=_label, kind=st.sampled_from(("", *PHONE_KINDS)),
       street=_text, city=_text, tags=st.lists(_text.filter(lambda t: t.strip(" ,;") == t and t), max_size=3))
def test_any_text_survives_a_vcard_round_trip(given_name, family_name, organisation, job_title, websites,
                                             birthday, notes, email, phone, label, kind, street, city, tags):
    """Whatever a person (or an attacker) types comes back as it was, and
    never as more or fewer cards or properties."""
    contact = _contact(1, given_name=given_name, family_name=family_name, display_name="Card One",
                       organisation=organisation, job_title=job_title, notes=notes, birthday=birthday,
                       websites=[Labelled(url, site_label) for url, site_label in websites],
                       emails=[Labelled(email, label)] if email.strip() else [],
                       phones=[Labelled(phone, label, kind)] if phone.strip() else [],
                       addresses=[Address("", street, "", city)], tags=tags)
    text = "".join(write_vcards([contact, _contact(2, display_name="Card Two")]))
    assert [card.fn.value for card in vobject.readComponents(text, validate=True)] == ["Card One", "Card Two"]
    for line in text.replace("\r\n ", "").split("\r\n"):
        if line.startswith("TEL;VALUE=uri"):  # a tel: URI is one (RFC 3966); other numbers are text
            assert TEL_URI.fullmatch(line.split(":", 1)[1]), line
    parsed, records = read_vcards(text, "utf-8")
    parsed.keep_all(records)
    assert [r.contact.display_name for r in parsed.records] == ["Card One", "Card Two"]
    back = parsed.records[0].contact

    def same(value: str) -> str:
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()

    assert back.family_name == same(family_name)
    assert (back.organisation, back.job_title, back.notes, back.birthday) == (
        same(organisation), same(job_title), same(notes), birthday)
    assert [(w.value, w.label) for w in back.websites] == [(same(url), lbl) for url, lbl in websites]
    assert [e.value for e in back.emails] == ([same(email)] if email.strip() else [])
    assert [p.value for p in back.phones] == ([same(phone)] if phone.strip() else [])
    stored = with_kind(Labelled("", label, kind))  # as the vault keeps it
    assert [(p.label, p.kind) for p in back.phones] == ([(stored.label, stored.kind)] if phone.strip() else [])
    assert [e.label for e in back.emails] == ([label] if email.strip() else [])
    assert back.tags == [same(t) for t in tags if same(t)]
    if street.strip() or city.strip():
        assert (back.addresses[0].street, back.addresses[0].city) == (same(street), same(city))


# What a cell of a list holds in crmdesk's CSV: values apart by "; ", each "label=value" when labelled; so
# no "; " or " ::: " inside, and a label of word characters (what people give: "work", "Büro 2").
_cell = _text.filter(lambda t: t == t.strip() and t and "; " not in t and " ::: " not in t and not t.endswith(";")
                     and "\r" not in t and "\n" not in t and "=" not in t and ";" not in t)
_cell_label = st.one_of(st.just(""), st.from_regex(r"[A-Za-zÄÖÜäöüß][\w .-]{0,20}[\w.]", fullmatch=True))


@settings(max_examples=100, deadline=None)
@given(given_name=_text, notes=_text, birthday=_birthday,
       emails=st.lists(st.tuples(_cell.map(lambda t: t + "@x.example"), _cell_label), max_size=3),
       phones=st.lists(st.tuples(_phone.filter(lambda t: ";" not in t and "=" not in t and t.strip() == t and t),
                                 _cell_label), max_size=3),
       websites=st.lists(st.tuples(_cell, _cell_label), max_size=3),
       addresses=st.lists(st.builds(Address, _cell_label, _cell, st.just(""), _cell), max_size=3))
def test_any_contact_survives_a_csv_round_trip(tmp_path_factory, given_name, notes, birthday, emails, phones,
                                               websites, addresses):
    """crmdesk's CSV export read back by crmdesk: every list with its labels, the birthday with or without
    its year; values that would run as formulas come back as typed."""
    contact = _contact(1, given_name=given_name, display_name="Row One", notes=notes, birthday=birthday,
                       emails=[Labelled(*e) for e in emails], phones=[Labelled(*p) for p in phones],
                       websites=[Labelled(*w) for w in websites], addresses=addresses)
    target = tmp_path_factory.mktemp("csv") / "out.csv"
    write_contacts_file(target, [contact, _contact(2, display_name="Row Two")])
    parsed = read_contacts_file(target)
    assert [r.contact.display_name for r in parsed.records] == ["Row One", "Row Two"]
    back = parsed.records[0].contact
    def same(text: str) -> str:  # a line break comes back as "\n", however it was written
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()

    assert (back.given_name, back.notes, back.birthday) == (same(given_name), same(notes), birthday)
    for name, expected in (("emails", emails), ("phones", phones), ("websites", websites)):
        assert [(x.value, x.label) for x in getattr(back, name)] == expected, name
    assert back.addresses == [a for a in addresses if not a.is_empty()]


def test_csv_cells_that_would_run_as_formulas_are_neutralised_and_come_back_whole(tmp_path):
    people = [_contact(n, given_name=value, family_name=f"Person {n}", notes=value, websites=[Labelled(value)],
                       phones=[Labelled("+49 30 1234567", "")])
              for n, value in enumerate(FORMULAS, start=1)]
    target = tmp_path / "out.csv"
    write_contacts_file(target, people)
    with open(target, encoding="utf-8-sig", newline="") as handle:  # as a spreadsheet reads it
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://evil.example\",\"Click\")" in cells and "'+49 30 1234567" in cells
    parsed = read_contacts_file(target)
    assert parsed.format == "crmdesk"
    back = [r.contact for r in parsed.records]
    assert [c.given_name for c in back] == [v.strip() for v in FORMULAS]
    assert [c.notes for c in back] == [v.strip() for v in FORMULAS]
    assert {p.value for c in back for p in c.phones} == {"+49 30 1234567"}


def test_a_zip_under_a_password_encrypts_the_json_too(cli, template_vault, tmp_path):
    contact = template_vault.contact_id
    reference = cli("request", "open", contact, "--type", "access", user=STAFF).out.strip()
    cli("request", "verify", reference, "--method", "ID card", user=STAFF)
    password = tmp_path / "pw.txt"
    password.write_text("a good long password\n", encoding="utf-8")
    done = cli("export", contact, "--zip", str(tmp_path / "a.zip"), "--request", reference,
               "--pdf-password-file", str(password), user=STAFF)
    assert done.code == 0, done.err
    assert "encrypted (AES-256)" in done.out and "not protected" not in done.out
    with zipfile.ZipFile(tmp_path / "a.zip") as plain:
        assert all(info.flag_bits & 0x1 for info in plain.infolist())  # every member encrypted
    raw = (tmp_path / "a.zip").read_bytes()
    assert b"personal-data" in raw and b'"contact"' not in raw and b"%PDF" not in raw
    with pyzipper.AESZipFile(tmp_path / "a.zip") as archive:
        archive.setpassword(b"a good long password")
        names = archive.namelist()
        document = archive.read(next(n for n in names if n.endswith(".json")))
        assert b'"contact"' in document and archive.read(next(n for n in names if n.endswith(".pdf")))[:4] == b"%PDF"


def test_erase_without_a_terminal_and_without_yes_refuses(cli, template_vault, open_as):
    result = cli("erase", template_vault.contact_id, user=ADMIN)
    assert result.code == 2 and "--yes" in result.err and "Traceback" not in result.err
    assert cli("contact", "show", template_vault.contact_id, user=STAFF).code == 0


def test_odd_input_gets_one_sentence_not_unexpectedly(cli, tmp_path):
    """Overflowing dates, a charset that is not text, bytes that are not UTF-8."""
    vcard = tmp_path / "idna.vcf"
    vcard.write_text("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=idna;ENCODING=QUOTED-PRINTABLE:=C3=A9;A\nEND:VCARD\n",
                     encoding="ascii")
    table = tmp_path / "dates.csv"
    table.write_text("Name,Birthday,Created\nA B,99999999999999999999.1.1,1.1.99999999999999999\n", encoding="utf-8")
    for args, code, words in [
        (("import", str(vcard)), 0, "1 added"),
        (("import", str(table)), 0, "is not a date crmdesk understands"),
        (("contact", "add", "--given", "A", "--family", "B", "--created", "99999999999999999999.1.1"), 2,
         "is not a date"),
        (("contact", "add", "--given", "\udcff", "--family", "x"), 2, "not valid UTF-8 text"),
        (("contact", "search", "\udcff\udcfe"), 2, "not valid UTF-8 text"),
    ]:
        result = cli(*args, user=STAFF)
        assert result.code == code and words in result.out + result.err, (args, result.err)
        assert "unexpectedly" not in result.err


def test_labels_and_values_with_separators_come_back_from_a_csv_export(tmp_path):
    """crmdesk's own list cells escape what would split them: a label with "=" or "; ", a web address
    with "; " or "=", a number's kind apart from a label ending in a kind word."""
    websites = [Labelled("https://x.example/a; b=c", "my=label"), Labelled("https://y.example/q?id=5", "a; b"),
                Labelled("https://z.example/", "c:\\d")]
    phones = [Labelled("030 1", "Laden", "fax"), Labelled("0170 2", "", "mobile"), Labelled("030 3", "Taverna home"),
              Labelled("mobile:1")]
    target = tmp_path / "out.csv"
    write_contacts_file(target, [_contact(1, display_name="Anna", websites=websites, phones=phones,
                                          emails=[Labelled("srs0=abc=x.example=u@relay.example", "a=b")])])
    back = read_contacts_file(target).records[0].contact
    assert (back.websites, back.phones) == (websites, phones)
    assert back.emails == [Labelled("srs0=abc=x.example=u@relay.example", "a=b")]


def test_tags_with_commas_and_my_contacts_come_back_from_a_csv_export(tmp_path):
    """"My Contacts" is Google's group of everyone only in a Google file; in crmdesk's own export it is a
    tag like any other, and a tag may hold a comma."""
    target = tmp_path / "out.csv"
    write_contacts_file(target, [_contact(1, display_name="Anna Berg", tags=["Bread, rolls", "My Contacts", "VIP"])])
    assert read_contacts_file(target).records[0].contact.tags == ["Bread, rolls", "My Contacts", "VIP"]


def test_every_address_and_label_comes_back_from_a_csv_export(tmp_path):
    """Each address in columns of its own, as many as the contact with the most needs, read back apart."""
    three = [Address("work", "Hauptstraße 5", "80331", "München", "Bayern", "Deutschland"),
             Address("home", "Lindenweg 2", "80333", "München"), Address("Lager, hinten", "Am Hafen 7", city="Hamburg")]
    people = [_contact(1, display_name="Hanna Schäfer", addresses=three,
                       emails=[Labelled("h@x.example", "work"), Labelled("h@y.example", "")]),
              _contact(2, display_name="Tom Ng"), _contact(3, display_name="Anna Berg", addresses=three[1:2])]
    target = tmp_path / "out.csv"
    assert write_contacts_file(target, people) == 3
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[-6:] == ["Address 3 - Label", "Address 3 - Street", "Address 3 - Postal Code", "Address 3 - City",
                           "Address 3 - Region", "Address 3 - Country"]
    assert {len(row) for row in rows} == {len(header)}
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # nothing left beside it
    parsed = read_contacts_file(target)
    assert parsed.format == "crmdesk" and parsed.ignored == []  # its id and times are the record's, not data
    back = {r.contact.display_name: r.contact for r in parsed.records}
    assert back["Hanna Schäfer"].addresses == three
    assert [(e.value, e.label) for e in back["Hanna Schäfer"].emails] == [("h@x.example", "work"), ("h@y.example", "")]
    assert back["Tom Ng"].addresses == [] and back["Anna Berg"].addresses == three[1:2]


CSV_NOTES = CSV_COLUMNS.index("notes")


def test_a_csv_export_of_notes_longer_than_a_csv_field_may_be(tmp_path):
    """Merged notes may outgrow the 128 KB a single import takes: the export still writes them whole."""
    long_notes = "=" + "a" * 200_000
    target = tmp_path / "out.csv"
    assert write_contacts_file(target, [_contact(1, display_name="Anna", notes=long_notes)]) == 1
    with open(target, encoding="utf-8-sig", newline="") as handle:
        csv.field_size_limit(1_000_000)
        try:
            rows = list(csv.reader(handle))
        finally:
            csv.field_size_limit(131072)
    assert rows[1][CSV_NOTES] == "'" + long_notes and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_the_language_of_letters_travels_in_a_vcard_as_lang(tmp_path):
    """RFC 6350 LANG: written for a contact who has one, read by an independent parser, and read back;
    a tag crmdesk writes no letters in is kept in the notes, not lost."""
    target = tmp_path / "out.vcf"
    write_contacts_file(target, [_contact(1, given_name="Zofia", family_name="Nowak", language="pl"),
                                 _contact(2, given_name="Ben", family_name="Kurz")])
    cards = list(vobject.readComponents(target.read_text("utf-8")))
    assert cards[0].lang.value == "pl" and not hasattr(cards[1], "lang")
    assert [r.contact.language for r in read_contacts_file(target).records] == ["pl", ""]
    other = tmp_path / "other.vcf"
    other.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ayşe Yılmaz\r\nLANG;PREF=1:tr-TR\r\nLANG;PREF=2:de-DE\r\n"
                     "END:VCARD\r\n", "utf-8")
    [ayse] = [r.contact for r in read_contacts_file(other).records]
    assert ayse.language == "de" and ayse.notes == "Language: tr-TR"


def test_the_most_preferred_language_of_a_vcard_comes_first(tmp_path):
    other = tmp_path / "pref.vcf"
    other.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan Nowak\r\nLANG;PREF=2:pl\r\nLANG;PREF=1:de\r\nEND:VCARD\r\n",
                     "utf-8")
    [jan] = [r.contact for r in read_contacts_file(other).records]
    assert jan.language == "de" and jan.notes == "Language: pl"


@pytest.mark.parametrize("pref", ["²", "0", "high", "999999999999999999999", "-1", ""])
def test_a_preference_no_program_should_write_ranks_last_and_breaks_nothing(tmp_path, pref):
    """RFC 6350 allows PREF 1 to 100; a card from another program may say anything there."""
    odd = tmp_path / "odd.vcf"
    odd.write_text(f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan Nowak\r\nLANG;PREF={pref}:pl\r\nLANG;PREF=1:de\r\n"
                   "END:VCARD\r\n", "utf-8")
    [jan] = [r.contact for r in read_contacts_file(odd).records]
    assert jan.language == "de" and jan.notes == "Language: pl"
