"""Contacts from files other programs wrote (tests/data/real, see SOURCES.md):
every e-mail, phone with its kind, address, web address, note and birthday comes in, or
the import says what it left out."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from crmdesk.core.people.contact_model import Birthday, Labelled
from crmdesk.io.contact_files import read_contacts_file
from crmdesk.io.csv_import import not_read
from crmdesk.io.text_files import ImportFileError, decode
from crmdesk.io.vcard import read_vcards

REAL = Path(__file__).resolve().parent.parent / "data" / "real"


def people(name: str) -> dict:
    parsed = read_contacts_file(REAL / name)
    return {r.contact.display_name or f"{r.contact.given_name} {r.contact.family_name}": r.contact
            for r in parsed.records}


def phones(contact) -> list[tuple[str, str]]:
    return [(p.value, p.described) for p in contact.phones]


def test_gmail_vcard_keeps_fax_kinds_every_address_and_every_website():
    card = people("gmail_export.vcf")["VCard Test"]
    assert ("5555551117", "home fax") in phones(card) and ("5555551118", "work fax") in phones(card)
    assert len(card.phones) == 11 and len(card.emails) == 5 and len(card.addresses) == 5
    assert [(w.value, w.label) for w in card.websites] == [
        ("http://www.example1.com", ""), ("http://www.example2.com", "profile"), ("http://www.example3.com", "blog"),
        ("http://www.example4.com", "homepage"), ("http://www.example5.com", "work"),
        ("http://www.example6.com", "CustomWebsiteCategory")]
    assert "Website" not in card.notes


def test_what_a_card_says_that_has_no_field_is_kept_in_the_notes():
    """Nicknames, instant-messaging names, anniversaries and related people (Google's and Apple's own
    labels, or a person's) go into the notes, as "Spouse: Name2"; nothing of the card is dropped unsaid."""
    parsed = read_contacts_file(REAL / "gmail_export.vcf")
    notes = parsed.records[0].contact.notes.splitlines()
    for line in ("Nickname: TheNickname", "Skype: IM5", "Google Talk: IM2", "Anniversary: 1930-03-20",
                 "CustomDateCategory: 2000-09-12", "Spouse: Name2", "Referred by: Name13",
                 "CustomRelationCategory: Name16", "Given name said as: ThePhoneticFirstName"):
        assert line in notes, line
    assert parsed.ignored == []


def test_mac_address_book_keeps_every_number_with_its_kind():
    parsed = read_contacts_file(REAL / "mac_address_book.vcf")
    john = parsed.records[0].contact
    assert [(p.value, p.label, p.kind) for p in john.phones] == [
        ("905-777-1234", "", "work"), ("905-666-1234", "", "home"), ("905-555-1234", "", "mobile"),
        ("905-888-1234", "home", "fax"), ("905-999-1234", "work", "fax"), ("905-111-1234", "", "pager"),
        ("905-222-1234", "AssistantPhone", "")]
    assert [a.label for a in john.addresses] == ["home", "work"] and john.emails[0].label == "work"
    assert [(w.value, w.label) for w in john.websites] == [("http://www.ibm.com", "homepage")]
    assert john.birthday == Birthday(6, 6, 2012) and john.notes.endswith("Nickname: Johny\nGiven name said as: "
                                                                        "Jon\nFamily name said as: Dow\nSpouse: Jenny")
    assert parsed.ignored == [] and parsed.warnings == []


def test_a_birthday_that_is_no_date_is_named_and_1604_stands_for_no_year(tmp_path):
    text = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{n}\r\nBDAY:{b}\r\nEND:VCARD\r\n"
                   for n, b in enumerate(["--0230", "1980-04", "1604-04-16", "2012-06-06T00:00:00Z"]))
    parsed, records = read_vcards(text, "utf-8")
    parsed.keep_all(records)
    assert [r.contact.birthday for r in parsed.records] == [None, None, Birthday(4, 16), Birthday(6, 6, 2012)]
    assert parsed.warnings == [(1, "the birthday '--0230' is not a date; it was left out"),
                               (6, "the birthday '1980-04' is not a date; it was left out")]
    outlook = read_contacts_file(_csv(tmp_path, "First Name,E-mail Address,Birthday\nAnna,a@x.example,4/23/1604\n"))
    assert outlook.records[0].contact.birthday == Birthday(4, 23)


def test_phone_kinds_named_among_other_words(tmp_path):
    """A device is named among a person's words ("Büro Fax"), as Apple writes its own ("HomeFAX")."""
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola\r\nitem1.TEL:030 1\r\nitem1.X-ABLabel:_$!<HomeFAX>!$_\r\n"
            "item2.TEL:030 2\r\nitem2.X-ABLabel:Home office\r\nitem3.TEL:0170 3\r\nitem3.X-ABLabel:Laden Mobil\r\n"
            "END:VCARD\r\n")
    parsed, records = read_vcards(card, "utf-8")
    parsed.keep_all(records)
    assert [(p.label, p.kind) for p in parsed.records[0].contact.phones] == [
        ("home", "fax"), ("Home office", ""), ("Laden Mobil", "")]
    google = read_contacts_file(_csv(tmp_path, "Name,Phone 1 - Type,Phone 1 - Value\nOla,Büro Fax,030 4\n"))
    assert [(p.label, p.kind) for p in google.records[0].contact.phones] == [("Büro", "fax")]


def test_a_card_property_no_field_takes_is_named(tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola\r\nX-SHOE-SIZE:38\r\nX-ABUID:1\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\nX-SHOE-SIZE:44\r\nEXPERTISE:baking\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    parsed = read_contacts_file(path)
    assert parsed.ignored == ["X-SHOE-SIZE", "EXPERTISE"]
    assert not_read(parsed.ignored, vcard=True) == ("Not imported: 2 card properties hold data no field takes "
                                                    "(X-SHOE-SIZE, EXPERTISE).")


def test_android_vcard_keeps_both_notes_every_organisation_and_the_fax():
    cards = {r.line: r.contact for r in read_contacts_file(REAL / "android_export_21.vcf").records}
    assert len(cards[18].notes.split("\n\n")) == 2 and cards[18].notes.startswith("Ñ Ñ Ñ")  # two NOTEs
    work = cards[36]
    assert ("123456", "work fax") in phones(work)
    assert work.organisation == "Ñ" * 12 and "Organisation: " + "Ñ" * 12 not in work.notes  # the same twice
    assert [w.value for w in work.websites] == ["www.comapny.com", "http://www.company.com"]
    # Three ORGs, two of them alike: the first is the organisation, the different one is in the notes.
    assert cards[71].organisation.startswith("ÑÑÑ") and cards[71].notes.count("Organisation: ÑÑÑ") == 1


def test_evolution_vcard_keeps_the_post_office_box_and_the_long_note():
    card = next(iter(people("evolution_export.vcf").values()))
    home = card.addresses[0]
    assert home.street == "15 Crescent moon drive, ASB-123" and home.city == "Albaney"
    assert card.notes.startswith("THIS SOFTWARE IS PROVIDED") and len(card.notes) > 700
    assert card.birthday == Birthday(3, 22, 1980)


def test_apple_and_vcard_4_birthdays_without_a_year_get_no_made_up_year():
    cards = people("apple_shape.vcf")
    ola = cards["Ola Nowak"]
    assert ola.birthday == Birthday(4, 16) and cards["Jan Kowal"].birthday == Birthday(2, 3)
    assert cards["Anna Berg"].birthday == Birthday(2, 3, 1986)
    assert [(w.value, w.label) for w in ola.websites] == [("https://nowak.example", "homepage"),
                                                          ("https://sklep.nowak.example", "Sklep")]


def test_outlook_2003_label_in_no_named_charset_is_read_as_words():
    text = (REAL / "outlook2003_export.vcf").read_bytes().decode("ascii")
    card = people("outlook2003_export.vcf")["Antoni Jozef Mylka jun."]
    assert [a.label for a in card.addresses] == ["work", "home"]  # ADR wins; its LABEL is the same address
    assert card.notes == "These are some notes about antoni.\n\nNickname: Ant\nRole: Software-Developer"
    # Without its ADR lines, the card's addresses come from LABEL, whose bytes are Windows-1250.
    without_adr = "\n".join(line for line in text.splitlines() if not line.startswith("ADR"))
    parsed, records = read_vcards(without_adr, "utf-8")
    label_only = next(records).contact
    assert [a.street for a in label_only.addresses][1] == "Budryka 2/1110, Kraków, małopolskie 30-072, Polen"
    assert "Central European (Windows-1250)" in parsed.warnings[0][1]


def test_thunderbird_vcard_with_a_bare_quoted_printable_parameter():
    contacts = people("thunderbird_export.vcf")
    assert contacts["contact number two"].notes == "here's some unicode text…"
    assert contacts["contact number two"].job_title == '"worker"'


def test_thunderbird_csv_every_column_or_a_word_about_it():
    parsed = read_contacts_file(REAL / "thunderbird_export.csv")
    assert parsed.format == "thunderbird" and parsed.ignored == ["Custom 1", "Custom 2", "Custom 3", "Custom 4"]
    parsed = read_contacts_file(REAL / "thunderbird_shape.csv")
    anna = people("thunderbird_shape.csv")["Anna Kowalska"]
    assert [e.value for e in anna.emails] == ["anna@kowalska.example", "a.kowalska@work.example"]
    assert phones(anna) == [("+48 22 1234567", "work"), ("+48 22 7654321", "home"), ("+48 22 1234568", "fax"),
                            ("+48 600 000111", "pager"), ("+48 601 234567", "mobile")]
    assert [(a.label, a.one_line()) for a in anna.addresses] == [
        ("home", "ul. Lipowa 3, m. 12, 00-001 Warszawa, mazowieckie, Polska"),
        ("work", "ul. Prosta 20, 00-850 Warszawa, Polska")]
    assert anna.birthday == Birthday(7, 14, 1982) and anna.organisation == "Biuro Rachunkowe"
    assert [(w.value, w.label) for w in anna.websites] == [("https://kowalska.example", "work"),
                                                           ("https://biuro.example", "home")]
    assert parsed.ignored == ["Nickname", "Department"]  # a dry run lists them
    assert parsed.warnings == []
    assert [r.contact.birthday for r in parsed.records if r.line == 3] == [Birthday(2, 29)]  # no year made up


def test_german_outlook_2013_csv_short_rows_private_phone_and_empty_dates():
    parsed = read_contacts_file(REAL / "outlook2013_de_shape.csv")
    assert (parsed.format, parsed.encoding, len(parsed.records)) == ("outlook", "windows-1252", 3)
    assert parsed.warnings == []  # 0.0.00 is Outlook's empty date, not a date to warn about
    assert parsed.ignored == ["Jahrestag"]  # Outlook's defaults and derived columns are not data
    hanna = people("outlook2013_de_shape.csv")["Hanna Schäfer"]
    assert phones(hanna) == [("089 1234569", "work fax"), ("089 1234560", "work"), ("089 7654321", "home"),
                             ("0171 2345678", "mobile")]
    assert [(a.label, a.one_line()) for a in hanna.addresses] == [
        ("work", "Hauptstraße 5, 80331 München, Deutschland"), ("home", "Lindenweg 2, 80333 München, Deutschland")]
    assert hanna.birthday == Birthday(3, 12, 1975) and hanna.tags == ["Lieferant", "Stammkunde"]
    jorg = people("outlook2013_de_shape.csv")["Jörg Weiß"]
    assert [(a.label, a.street) for a in jorg.addresses] == [("home", "Postfach 1120"), ("other", "Am Hafen 7")]
    assert phones(jorg) == [("040 555123", "home")] and jorg.websites == [Labelled("https://weiss.example.de")]


def test_google_csv_keeps_two_addresses_apart_with_their_types():
    lena = people("google_shape.csv")["Lena Maria Vogel"]
    assert lena.given_name == "Lena Maria"  # the middle name is kept with the given name
    assert [(a.label, a.one_line()) for a in lena.addresses] == [
        ("work", "Marktplatz 1, Büro 3, 04109 Leipzig, Sachsen, Deutschland"),
        ("home", "Postfach 4711, 04001 Leipzig")]
    assert [(w.value, w.label) for w in lena.websites] == [("https://vogel.example", "profile"),
                                                           ("https://blog.vogel.example", "blog")]
    tom = people("google_shape.csv")["Tom Ng"]
    assert tom.addresses[0].street == "5 Quay Street, Dublin 2, Ireland"  # only the formatted address given


def test_encodings_without_a_mark_and_a_fold_inside_a_character():
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Groß\r\nEND:VCARD\r\n"
    for encoding in ("utf-16-be", "utf-16-le", "utf-32-le", "utf-32-be", "utf-32", "utf-16"):
        decoded = decode(card.encode(encoding))
        assert decoded.text == card, encoding
    name = "FN:Jürgen Groß".encode()
    cut = name.index("ü".encode()) + 1  # a phone folding at 75 bytes, in the middle of ü
    folded = b"BEGIN:VCARD\r\n" + name[:cut] + b"\r\n " + name[cut:] + b"\r\nNOTE:M\xc3\xbcller\r\nEND:VCARD\r\n"
    decoded = decode(folded)
    assert decoded.encoding == "utf-8"
    contact = next(read_vcards(decoded.text, decoded.encoding)[1]).contact
    assert (contact.display_name, contact.notes) == ("Jürgen Groß", "Müller")  # not Windows-1252 for all


def test_phone_extension_and_a_huge_photo_and_note():
    photo = "\r\n ".join(["QUJD" * 18] * 140_000)  # a 10 MB photo, folded at 75 as phones do
    note = "=\r\n".join(["=C3=BC" * 12] * 100_000)  # a 7 MB quoted-printable note
    text = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Big\r\nTEL;VALUE=uri:tel:+1-555-555-5555;ext=102\r\n"
            f"PHOTO:data:image/jpeg;base64,{photo}\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{note}\r\nEND:VCARD\r\n")
    started = time.process_time()
    parsed, records = read_vcards(text, "utf-8")
    contact = next(records).contact
    assert time.process_time() - started < 60  # quadratic work took minutes; linear work takes a second
    assert contact.phones[0].value == "+1-555-555-5555 ext. 102"
    assert contact.notes == "" and parsed.warnings[0][1].startswith("the NOTE is 7,")


def _csv(tmp_path, text: str, name: str = "list.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_value_too_long_for_a_contact_costs_a_note_not_the_file(tmp_path):
    """A 200 KB organisation is left out with a note on its line, notes are trimmed to 128 KB (crmdesk's
    own export can hold longer merged notes), and the other rows come in; an unclosed quote is named at
    the line it opens on."""
    parsed = read_contacts_file(_csv(tmp_path, "Name,E-mail,Notes,Organisation\n"
                                               f"Anna,a@x.example,{'n' * 300_000},{'O' * 200_000}\n"
                                               "Ben,b@x.example,short,Shop\n"))
    anna, ben = (r.contact for r in parsed.records)
    assert (len(anna.notes), anna.organisation, ben.organisation) == (128 * 1024, "", "Shop")
    assert parsed.warnings == [(2, "the Organisation is 195 KB long and was left out"),
                               (2, "the notes are 292 KB long: the first 128 KB were kept")]
    with pytest.raises(ImportFileError, match="line 3: a quoted field that begins on this line is never closed"):
        read_contacts_file(_csv(tmp_path, 'Name,E-mail\nZed,z@x.example\n"Anna,a@x.example\nBen,b@x.example\n'))


def test_a_stray_equals_sign_at_the_end_of_a_quoted_printable_value_does_not_swallow_the_next_property():
    """A soft line break joins the next line to the value, unless that line starts a property of its
    own (a vCard 2.1 property name in capitals); a note's own "Tel:" line is still part of the note."""
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nowak;Ola\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Zahlt bar=\r\n"
            "TEL;CELL:0170 1234567\r\nNOTE;QUOTED-PRINTABLE:Line one=0D=0A=\r\nTel: 030 5550=\r\n1 ask\r\n"
            "END:VCARD\r\n")
    parsed, records = read_vcards(text, "utf-8")
    parsed.keep_all(records)
    ola = parsed.records[0].contact
    assert [(p.value, p.kind) for p in ola.phones] == [("0170 1234567", "mobile")]
    assert ola.notes == "Zahlt bar\n\nLine one\nTel: 030 55501 ask"


def test_a_chosen_character_set_that_the_file_says_otherwise_gets_a_note(tmp_path):
    """A byte order mark wins over the choice, and says so; a choice that reads UTF-8 letters as
    Windows-1250 is kept (the person chose), with a word on how to read it right."""
    path = tmp_path / "list.csv"
    path.write_bytes(codecs.BOM_UTF8 + "Name,E-mail\nŻaneta,z@x.example\n".encode())
    marked = read_contacts_file(path, character_set="windows-1250")
    assert marked.records[0].contact.display_name == "Żaneta"
    assert marked.warnings == [(1, "the file starts with a UTF-8 byte order mark, so it was read as that, "
                                   "not as windows-1250")]
    path.write_bytes("Name,E-mail\nŻaneta,z@x.example\n".encode())
    chosen = read_contacts_file(path, character_set="windows-1250")
    assert chosen.records[0].contact.display_name == "Ĺ»aneta"
    assert chosen.warnings == [(1, 'the file was read as windows-1250, as chosen, but its letters are UTF-8; if '
                                   'names look wrong ("ĹĽ" for "ż"), import it again without choosing a character set')]
    assert read_contacts_file(path, character_set="utf-8").warnings == []
    path.write_bytes("Name,E-mail\nŻaneta,z@x.example\n".encode("cp1250"))
    assert read_contacts_file(path, character_set="windows-1250").warnings == []


def test_what_a_hostile_or_odd_csv_does(tmp_path):
    # A semicolon row under Outlook's comma header is a wrong delimiter, not a short Outlook row.
    with pytest.raises(ImportFileError, match="has 1 field but the header has 5"):
        read_contacts_file(_csv(tmp_path, "First Name,Last Name,E-mail Address,Mobile Phone,Notes\n"
                                          "John;Doe;john@x.example;0170 1234567;note\n"))
    huge = read_contacts_file(_csv(tmp_path, "First Name,Last Name,Primary Email,Birth Year,Birth Month,Birth Day\n"
                                             "T,B,tb@x.example,99999999999999999999,1,1\n"))
    assert huge.records[0].contact.birthday is None and "is not a date" in huge.warnings[0][1]
    german = read_contacts_file(_csv(tmp_path, "Name;E-Mail;Telefon;Adresse;PLZ;Ort\n"
                                               "Karl Klein;karl@x.example;030 987654;Lindenstr. 3;10115;Berlin\n"))
    assert german.records[0].contact.addresses[0].one_line() == "Lindenstr. 3, 10115 Berlin"
    mixed = read_contacts_file(_csv(tmp_path, "Name,E-mail,Home Street,City,Postal code\n"
                                              "A,a@x.example,Lindenweg 2,Hamburg,20457\n"))
    assert [(a.label, a.one_line()) for a in mixed.records[0].contact.addresses] == [
        ("home", "Lindenweg 2, 20457 Hamburg")]  # one address, not two halves
    path = _csv(tmp_path, "Name,E-mail,Kundennummer,Rabatt\nA,a@x.example,K-1,5%\n")
    assert read_contacts_file(path).ignored == ["Kundennummer", "Rabatt"]
    assert read_contacts_file(path, mapping={"Rabatt": "ignore"}).ignored == ["Kundennummer"]  # chosen: no note


def test_a_chosen_character_set_reads_what_the_file_never_named(tmp_path):
    """The Bat!-style quoted-printable name in no named charset reads "Iksiñski" when guessed; told the
    file's character set, it is "Iksiński"; a BOM wins over the choice, an unknown name is refused."""
    card = tmp_path / "card.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\r\n"
                     b"EMAIL;PREF;INTERNET:piotr@x.example\r\nEND:VCARD\r\n")
    guessed = read_contacts_file(card)
    assert guessed.records[0].contact.family_name == "Iksiñski" and "Windows-1252" in guessed.warnings[0][1]
    told = read_contacts_file(card, character_set="windows-1250")
    assert told.records[0].contact.family_name == "Iksiński" and told.warnings == []
    marked = tmp_path / "marked.csv"
    marked.write_bytes("\ufeffName,E-mail\nŁukasz,l@x.example\n".encode("utf-8"))
    assert read_contacts_file(marked, character_set="windows-1250").records[0].contact.display_name == "Łukasz"
    with pytest.raises(ImportFileError, match="does not know the character set 'klingon'"):
        read_contacts_file(card, character_set="klingon")
    for name in ("rot13", "base64", "zlib", "idna", "unicode_escape", ""):  # codecs, but not for text files
        with pytest.raises(ImportFileError, match=f"'{name}' is not a character set text files are written in"
                           if name else "does not know the character set ''"):
            read_contacts_file(card, character_set=name)


def test_no_card_holds_more_than_a_person_has():
    emails = "".join(f"EMAIL:p{n}@x.example\r\n" for n in range(150))
    notes = "".join(f"NOTE:line {n} of a long history\r\n" for n in range(20_000))
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n{emails}{notes}END:VCARD\r\n"
    parsed, records = read_vcards(text, "utf-8")
    contact = next(records).contact
    assert len(contact.emails) == 100 and len(contact.notes) == 128 * 1024
    assert parsed.warnings == [(1, "150 e-mail addresses: the first 100 were kept, the rest left out"),
                               (1, "the notes are 575 KB long: the first 128 KB were kept")]  # 20,000 notes joined


def test_a_quoted_printable_soft_break_before_the_end_of_the_card():
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anna\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=C3=9Fe=\r\n"
            "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ben\r\nEND:VCARD\r\n")
    parsed, records = read_vcards(text, "utf-8")
    assert [(r.contact.display_name, r.contact.notes) for r in records] == [("Anna", "Grüße"), ("Ben", "")]
