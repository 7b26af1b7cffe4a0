"""vCard 2.1, 3.0 and 4.0 in, vCard 4.0 out.

Reads what phones and mail programs export: folded lines (in time linear
in their length, so a 10 MB photo is no trouble), QUOTED-PRINTABLE with or
without CHARSET (and its soft line breaks; a bare ``;QUOTED-PRINTABLE`` as
Evolution writes it), grouped properties (``item1.EMAIL`` with
``item1.X-ABLabel``), several TEL/EMAIL with TYPE ("work fax" stays a fax),
post office boxes, LABEL when a card has no ADR, several notes, several cards
per file, several URLs, birthdays without a year (``--0423``; Apple's
``X-APPLE-OMIT-YEAR``). Embedded photos are skipped. A value the contact has
one place for (a second organisation or job title) goes into its notes,
never lost.
Pure: no vault, no Qt.
"""

from __future__ import annotations

import itertools
import quopri
import re
from collections.abc import Iterable, Iterator

from crmdesk.core import language
from crmdesk.core.language import LANGUAGES, N_, tr
from crmdesk.core.people.contact_model import (
    Address,
    Birthday,
    Contact,
    ContactInput,
    Labelled,
    fill_or_note,
    with_kind,
    within_limits,
)
from crmdesk.io.csv_import import ImportRecord, ParsedFile, parse_birthday
from crmdesk.io.text_files import ImportFileError

_PROPERTY = re.compile(r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
_END = re.compile(r"\s*END\s*:\s*VCARD\s*", re.IGNORECASE)
_PHYSICAL = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
# A line that starts a property as vCard 2.1 writes one (its name in capitals): after a quoted-printable
# value that ends in a stray "=", it is the next property, not more of that value.
_STARTS_PROPERTY = re.compile(r"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|ORG|TITLE|ROLE|EMAIL|TEL|ADR|LABEL|BDAY|URL|"
                               r"NOTE|CATEGORIES|PHOTO|LOGO|SOUND|KEY|UID|REV|NICKNAME|GEO|TZ|AGENT|MAILER|LANG|X-[A-Z0-9-]+)"
                               r"(?:;[^:]*)?:")
_BEGIN, _END_CARD = "BEGIN:VCARD", "END:VCARD"  # a vCard's own words, never translated
MAX_VALUE = 128 * 1024  # longer values (a 7 MB note) are left out with a warning; the card comes in
_NOT_KEPT = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
# What a card says that a contact has no field for, kept in its notes as "Nickname: Johny"; a grouped
# label (Apple's "Spouse", Google's own) or an IMPP's service names it instead where there is one.
_IN_NOTES = {"NICKNAME": "Nickname", "X-ABRELATEDNAMES": "Related", "RELATED": "Related",
             "ANNIVERSARY": "Anniversary", "X-ANNIVERSARY": "Anniversary", "X-ABDATE": "Date",
             "X-SPOUSE": "Spouse", "X-MANAGER": "Manager", "X-ASSISTANT": "Assistant", "X-MAIDENNAME": "Maiden name",
             "GENDER": "Gender", "ROLE": "Role", "IMPP": "Messaging", "X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype",
             "X-JABBER": "Jabber", "X-AIM": "AIM", "X-ICQ": "ICQ", "X-MSN": "MSN", "X-YAHOO": "Yahoo",
             "X-GTALK": "Google Talk", "X-GOOGLE-TALK": "Google Talk", "X-QQ": "QQ", "X-WECHAT": "WeChat",
             "X-PHONETIC-FIRST-NAME": "Given name said as", "X-PHONETIC-MIDDLE-NAME": "Middle name said as",
             "X-PHONETIC-LAST-NAME": "Family name said as", "X-PHONETIC-ORG": "Organisation said as"}
# The properties this reader takes into a contact's fields (the branches of ``_card_to_contact``).
_READ = frozenset({"N", "FN", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "LABEL", "BDAY", "URL", "NOTE", "CATEGORIES",
                   "X-SOCIALPROFILE", "LANG"})
# What programs write about the card itself, no data of the person's (not listed as not imported).
_ABOUT_THE_CARD = frozenset({"VERSION", "PRODID", "UID", "REV", "X-ABUID", "X-ABADR", "X-ABLABEL", "CLASS",
                             "SORT-STRING", "MAILER", "KIND", "SOURCE", "NAME", "PROFILE", "X-ABSHOWAS",
                             "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-CARDPICTURE"})
_ABOUT_PREFIXES = ("X-EVOLUTION-", "X-MOZILLA-", "X-MS-", "X-GOOGLE-", "X-ANDROID-", "X-COUCHDB-")
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_TYPE_LABELS = {"cell": "mobile", "work": "work", "home": "home", "fax": "fax", "pref": "",
                "voice": "", "internet": "", "x400": "", "text": "", "msg": ""}


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines with the number of the physical line they start on, one
    at a time; each is joined once from its pieces, so a 10 MB photo or a
    long quoted-printable note takes time in proportion to its length."""
    start, pieces, soft_breaks = 0, [], False
    for number, match in enumerate(_PHYSICAL.finditer(text), start=1):
        line = match.group(1)
        if pieces and line[:1] in (" ", "\t"):
            pieces.append(line[1:])
        elif pieces and soft_breaks and pieces[-1].endswith("=") and not _STARTS_PROPERTY.match(line):
            pieces[-1] = pieces[-1][:-1]  # a quoted-printable soft line break
            pieces.append(line)
        else:
            if pieces:
                yield start, "".join(pieces)
            start, pieces = number, [line]
            soft_breaks = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
    if pieces:
        yield start, "".join(pieces)


def _params(raw: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in raw.split(";")[1:] if raw else []:
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:  # vCard 2.1: bare values such as ;WORK;VOICE or ;QUOTED-PRINTABLE
            key, value = ("ENCODING" if key.strip().upper() in _ENCODINGS else "TYPE"), key
        values = [v.strip('"').strip() for v in value.split(",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def _decode(value: str, params: dict[str, list[str]]) -> str | bytes:
    """The value as text; bytes when it is quoted-printable in no named
    character set and not UTF-8 (``_settle`` decides those for the card)."""
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding not in ("QUOTED-PRINTABLE", "QP"):
        return value
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    charset = (params.get("CHARSET") or [""])[0]
    if charset:
        try:
            return raw.decode(charset, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):  # unknown, or not a text charset (idna)
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw


# Code pages a program writes without naming them (The Bat!, Outlook 2003): Western, then Central European.
_CODE_PAGES = (("cp1252", N_("Western European (Windows-1252)")), ("cp1250", N_("Central European (Windows-1250)")))


def _not_letters(text: str) -> int:
    """How many of the text's non-ASCII characters are not letters ("³" in "ma³opolskie")."""
    return sum(1 for ch in text if ord(ch) > 127 and not ch.isalpha())


def _settle(card: list, chosen: str | None = None) -> str:
    """Drops the LABELs of addresses the card has as ADR, decodes the
    values that name no character set in ``chosen``, or else in the code page that reads them as
    words ("małopolskie", not "ma³opolskie"), and returns that code page's
    name when the code pages read them differently ("" otherwise)."""
    posted = {_label(entry[3], "") for entry in card if entry[2] == "ADR"}
    card[:] = [entry for entry in card if entry[2] != "LABEL" or _label(entry[3], "") not in posted]
    raw = [entry[4] for entry in card if isinstance(entry[4], bytes)]
    if not raw:
        return ""
    if chosen:  # the person said which
        for i, entry in enumerate(card):
            if isinstance(entry[4], bytes):
                card[i] = (*entry[:4], entry[4].decode(chosen, errors="replace"))
        return ""
    joined = b"\n".join(raw)
    readings = [joined.decode(code_page, "replace") for code_page, _ in _CODE_PAGES]
    chosen = min(range(len(_CODE_PAGES)), key=lambda i: _not_letters(readings[i]))
    for i, entry in enumerate(card):
        if isinstance(entry[4], bytes):
            card[i] = (*entry[:4], entry[4].decode(_CODE_PAGES[chosen][0], errors="replace"))
    return _CODE_PAGES[chosen][1] if len(set(readings)) > 1 else ""  # "Müller" reads the same in both


def _unescape(value: str) -> str:
    """The text of an escaped value; a line break is "\n", however it was written (quoted-printable =0D=0A)."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str, sep: str = ";") -> list[str]:
    """Split on unescaped separators, then unescape each part."""
    parts, current, escaped = [], "", False
    for ch in value:
        if escaped:
            current += "\\" + ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append(_unescape(current))
            current = ""
        else:
            current += ch
    parts.append(_unescape(current))
    return parts


def _label(params: dict[str, list[str]], group_label: str) -> str:
    """Apple's group label, else the TYPE words that say something, in their
    order: "work fax" keeps the fax apart from the work phone."""
    if group_label:
        return group_label
    words = []
    for value in params.get("TYPE", []):
        label = _TYPE_LABELS.get(value.lower(), value.lower())
        if label and label not in words:
            words.append(label)
    return " ".join(words)


def read_vcards(text: str, encoding: str, unnamed: str | None = None) -> tuple[ParsedFile, Iterator[ImportRecord]]:
    """The cards one at a time as they are read (see ``csv_import.read_csv``);
    ``unnamed``: the character set of quoted-printable text that names none,
    when the person chose one (else it is worked out per card)."""
    parsed = ParsedFile("vcard", encoding)
    return parsed, _vcard_records(text, parsed, unnamed)


def _vcard_records(text: str, parsed: ParsedFile, unnamed: str | None = None) -> Iterator[ImportRecord]:
    found = 0
    card: list[tuple[int, str, str, dict, str]] | None = None
    start_line = 0
    unkept: dict[str, None] = {}  # properties that hold data no field takes, in the order first seen
    for number, line in _unfold(text):
        if not line.strip():
            continue
        match = _PROPERTY.match(line)
        if match is None:
            if card is None:
                raise ImportFileError(tr("this is not a vCard line; a vCard file starts with {begin}").format(
                    begin=_BEGIN), number)
            continue  # a stray line inside a card: skip it, do not choke
        name = match.group("name").upper()
        if name == "BEGIN" and match.group("value").strip().upper() == "VCARD":
            if card is not None:
                raise ImportFileError(tr("a card starts before the previous one ended ({end} missing)").format(
                    end=_END_CARD), number)
            card, start_line = [], number
            continue
        if card is None:
            raise ImportFileError(tr("this line is outside any card; a vCard file starts with {begin}").format(
                begin=_BEGIN), number)
        if name == "END":
            guessed = _settle(card, unnamed)
            said: list[str] = []
            contact = _card_to_contact(card, unkept, said)
            if len(unkept) != len(parsed.ignored):
                parsed.ignored = list(unkept)
            if contact is None:
                parsed.skipped_lines.append((start_line, tr("the card has no name, e-mail or phone")))
            else:
                if guessed:
                    parsed.warnings.append((start_line, tr(
                        "the card names no character set for some of its text, which was read as {guessed}; if "
                        "names read wrong, choose the file's character set and import again").format(
                            guessed=tr(guessed))))
                parsed.warnings += [(start_line, note) for note in said + within_limits(contact)]
                found += 1
                yield ImportRecord(start_line, contact)
            card = None
            continue
        if name in _NOT_KEPT:
            continue  # photos, logos, sounds and keys are never imported
        value = match.group("value")
        if len(value) > MAX_VALUE:
            parsed.warnings.append((number, tr("the {name} is {size} KB long and was left out").format(
                name=name, size=language.active().number(len(value) // 1024))))
            continue
        params = _params(match.group("params"))
        card.append((number, (match.group("group") or "").lower(), name, params, _decode(value, params)))
    if card is not None:
        raise ImportFileError(tr("the file ends inside a card ({end} missing); it may be cut short").format(
            end=_END_CARD), start_line)
    if not found and not parsed.skipped_lines:
        raise ImportFileError(tr("The file holds no vCard; choose a .vcf file exported by a phone or mail "
                                 "program."))
    return parsed


def _address(value: str, label: str) -> Address:
    """ADR: post office box, extended address, street, locality, region, code, country."""
    parts = [p.strip() for p in _split(value)] + [""] * 7
    return Address(label, ", ".join(p for p in (parts[2], parts[1], parts[0]) if p),
                   parts[5], parts[3], parts[4], parts[6])


def _birthday(text: str, params: dict[str, list[str]]) -> Birthday | None:
    """BDAY: a date (19800423, 1980-04-23, with or without a time), or day and
    month alone (--0423, --04-23); Apple writes the year it stands for "no
    year" in X-APPLE-OMIT-YEAR. An odd value is not worth losing the card
    over: it raises ValueError, and the card comes in without it."""
    if "T" in text:
        text = text.partition("T")[0]
    try:
        birthday = parse_birthday(text)
    except ValueError:
        raise ValueError(tr("the birthday '{text}' is not a date; it was left out").format(text=text)) from None
    if birthday and birthday.year is not None and str(birthday.year) in params.get("X-APPLE-OMIT-YEAR", ()):
        return Birthday(birthday.month, birthday.day)
    return birthday


def _phone(value: str) -> str:
    """A number as text; a tel: URI's extension (;ext=102) kept as " ext. 102"."""
    number = value.strip()
    if not number.lower().startswith("tel:"):
        return _unescape(number).strip()
    number, *params = _split(number[4:])  # an escaped ; belongs to the number (crmdesk's own export)
    extension = next((p[4:] for p in params if p.lower().startswith("ext=")), "")
    return (number + (f" ext. {extension}" if extension else "")).strip()


# What crmdesk's cards say made them.
PRODID = "-//crmdesk//crmdesk//EN"
# Google's own X-ABLabel words (a person's labels come as typed).
_GOOGLE_LABELS = {"PROFILE": "profile", "BLOG": "blog", "HOME_PAGE": "home page", "FTP": "ftp",
                  "GRAND_CENTRAL": "Google Voice", "RELATIVE": "relative", "REFERRED_BY": "referred by",
                  "DOMESTIC_PARTNER": "domestic partner"}


# Apple's own X-ABLabel words that are more than one ("_$!<HomeFAX>!$_").
_APPLE_LABELS = {"homefax": "home fax", "workfax": "work fax", "otherfax": "other fax", "iphone": "iPhone mobile"}


def _group_label(text: str, google: bool = True) -> str:
    """Apple's X-ABLabel: its own labels (``_$!<HomePage>!$_``) in lower case, a person's as typed; Google's
    own words too, unless crmdesk wrote the card (a person's label "BLOG" is theirs)."""
    text = _unescape(text).strip()
    if google and text in _GOOGLE_LABELS:
        return _GOOGLE_LABELS[text]
    if text.startswith("_$!<"):
        own = text.strip("_$!<>").lower()
        return _APPLE_LABELS.get(own, own)
    return text


def _card_to_contact(card: list, unkept: dict[str, None] | None = None,
                     said: list[str] | None = None) -> ContactInput | None:
    """The contact a card holds (None without a name, e-mail or phone);
    the names of properties that hold data no field takes go in ``unkept``,
    what was left out of the card (a birthday that is no date) in ``said``."""
    data = ContactInput()
    group_labels = {g: v for _, g, n, _, v in card if n == "X-ABLABEL" and g}
    ours = any(n == "PRODID" and _unescape(v).strip() == PRODID for _, _, n, _, v in card)
    notes: list[str] = []
    more: list[str] = []  # values the contact has one place for, kept in its notes rather than lost
    labels: list[tuple[str, str]] = []  # LABEL: an address as printed, used when the card has no ADR
    languages: list[tuple[int, str]] = []  # LANG: (PREF, tag)
    for _, group, name, params, value in card:
        label = _label(params, _group_label(group_labels.get(group, ""), google=not ours))
        if name == "N":
            parts = _split(value) + [""] * 5
            data.family_name, data.given_name = parts[0].strip(), " ".join(
                p for p in (parts[1].strip(), parts[2].strip()) if p)
        elif name == "FN":
            data.display_name = _unescape(value).strip()
        elif name == "ORG":
            fill_or_note(data, "organisation", " ".join(p for p in _split(value) if p).strip(), more)
        elif name == "TITLE":
            fill_or_note(data, "job_title", _unescape(value).strip(), more)
        elif name == "EMAIL" and value.strip():
            data.emails.append(Labelled(_unescape(value).strip(), label))
        elif name == "TEL" and value.strip():
            number = _phone(value)
            if number and not number.startswith("ext."):  # "tel:" or "tel:;ext=5" holds no number
                typed = _label(params, "")  # TYPE's words; an X-ABLabel is the label, and TYPE still the kind
                kind = with_kind(Labelled(number, typed)).kind if label != typed else ""
                data.phones.append(with_kind(Labelled(number, label, kind)))
        elif name == "ADR":
            address = _address(value, label)
            if not address.is_empty():
                data.addresses.append(address)
        elif name == "LABEL" and value.strip():
            labels.append((label, _unescape(value).strip()))
        elif name == "BDAY":
            try:
                data.birthday = _birthday(_unescape(value).strip(), params)
            except ValueError as exc:
                if said is not None:
                    said.append(str(exc))
        elif name == "URL" and value.strip():
            data.websites.append(Labelled(_unescape(value).strip(), label))
        elif name == "NOTE" and value.strip():
            notes.append(_unescape(value).strip())
        elif name == "LANG" and value.strip():  # RFC 6350 6.4.4: a language tag, "de" or "pl-PL"; PREF=1 first
            languages.append((_preference(params), _unescape(value).strip()))
        elif name == "CATEGORIES":
            data.tags += [t.strip() for t in _split(value, ",") if t.strip()]
        elif name == "X-SOCIALPROFILE" and value.strip():  # Apple's: a profile's address, TYPE its network
            data.websites.append(Labelled(_unescape(value).strip(), label))
        elif name in _IN_NOTES and value.strip():
            said = _unescape(value).strip()
            if name == "IMPP":
                service = (params.get("X-SERVICE-TYPE") or [""])[0]
                said = said if not service else said.split(":", 1)[-1]
                words = service or _IN_NOTES[name]
            else:
                words = label if label and group else _IN_NOTES[name]
            more.append(f"{words[:1].upper()}{words[1:]}: {said}")
        elif (unkept is not None and value.strip() and name not in _READ and name not in _ABOUT_THE_CARD
              and not name.startswith(_ABOUT_PREFIXES)):
            unkept[name] = None
    data.addresses += [Address(label, ", ".join(line.strip() for line in text.splitlines() if line.strip()))
                       for label, text in labels]  # only those with no ADR of their kind are left (_settle)
    for _, tag in sorted(languages, key=lambda pair: pair[0]):  # the most preferred one crmdesk writes letters in
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES and not data.language:
            data.language = code
        elif code != data.language:
            more.append(f"Language: {tag}")  # one crmdesk writes no letters in, or another the person reads
    data.notes = "\n\n".join(notes + (["\n".join(dict.fromkeys(more))] if more else []))
    if not (data.display_name or data.given_name or data.family_name or data.organisation
            or data.emails or data.phones):
        return None
    return data


def _preference(params: dict[str, list[str]]) -> int:
    """RFC 6350 PREF, 1 (the most preferred) to 100; none, or anything else a program wrote ("²", "0",
    "high"): after every number."""
    value = (params.get("PREF") or [""])[0].strip()
    number = int(value) if value.isascii() and value.isdigit() else 0
    return number if 1 <= number <= 100 else 101


def _escape(text: str) -> str:
    """A value as RFC 6350 text: backslash, comma, semicolon and every line
    break escaped, so no value can end its line or start a property."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


_TYPE_TOKEN = re.compile(r"[A-Za-z0-9-]{1,40}")
# Labels written as RFC 6350's TYPE values for each property ("mobile" as "cell"); read back as they were.
_STANDARD_TYPES = {"TEL": frozenset({"work", "home", "fax", "mobile", "pager", "video", "textphone"}),
                   "EMAIL": frozenset({"work", "home"}), "ADR": frozenset({"work", "home"}),
                   "URL": frozenset({"work", "home"})}
# A number that is a valid tel: URI as written (RFC 3966: a global number, visual separators - . ( )).
_GLOBAL_NUMBER = re.compile(r"\+[0-9](?:[0-9().-]*[0-9])?")
_EXTENSION = re.compile(r"(.*?) ext\. ([0-9]+)")


def _labelled(name: str, label: str, value: str, group: int, kind: str = "", own: str = "") -> list[str]:
    """A property with its label: TYPE values when the label is made of the
    property's standard types ("work fax": TYPE=work,fax) or is one word,
    otherwise Apple's grouped X-ABLabel, whose value is escaped text (a TYPE
    parameter cannot carry spaces, ':', ';', ',' or quotes). A phone's
    ``kind`` with a label ``own`` of other words: TYPE=kind and the label."""
    if not label:
        return [f"{name}:{value}"]
    if kind and own and with_kind(Labelled("", label)) != Labelled("", own, kind):  # TYPE would read otherwise
        return [f"item{group}.{name};TYPE={'cell' if kind == 'mobile' else kind}:{value}",
                f"item{group}.X-ABLabel:{_escape(own)}"]
    words = label.split(" ")
    if set(words) <= _STANDARD_TYPES.get(name.split(";")[0], frozenset()):
        return [f"{name};TYPE={','.join('cell' if w == 'mobile' else w for w in words)}:{value}"]
    # One word as TYPE, unless reading would change it: TYPE is read in lower case ("Taverna" keeps its
    # case as a label) and some words only say what the value is ("voice", "internet", "cell").
    if _TYPE_TOKEN.fullmatch(label) and label.islower() and _TYPE_LABELS.get(label, label) == label:
        return [f"{name};TYPE={label}:{value}"]
    return [f"item{group}.{name}:{value}", f"item{group}.X-ABLabel:{_escape(label)}"]


def _tel(number: str) -> tuple[str, str]:
    """TEL's value type and value: a tel: URI when the number is one as
    written ("+49-30-1234567", with " ext. 5" as ;ext=5), else the number as
    text, exactly as typed (a URI cannot hold "030 1234567")."""
    match = _EXTENSION.fullmatch(number)
    digits, extension = match.groups() if match else (number, "")
    if _GLOBAL_NUMBER.fullmatch(digits):
        return "uri", f"tel:{digits}" + (f";ext={extension}" if extension else "")
    return "text", _escape(number)


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return "\r\n ".join(out)


def write_vcards(contacts: Iterable[Contact]) -> Iterable[str]:
    """vCard 4.0 text, one card at a time; every value escaped (RFC 6350)."""
    for c in contacts:
        lines = ["BEGIN:VCARD", "VERSION:4.0", f"PRODID:{PRODID}", f"UID:urn:uuid:{c.id}",
                 f"FN:{_escape(c.display_name)}",
                 f"N:{_escape(c.family_name)};{_escape(c.given_name)};;;"]
        if c.organisation:
            lines.append(f"ORG:{_escape(c.organisation)}")
        if c.job_title:
            lines.append(f"TITLE:{_escape(c.job_title)}")
        groups = itertools.count(1)
        for e in c.emails:
            lines += _labelled("EMAIL", e.label, _escape(e.value), next(groups))
        for p in c.phones:
            value_type, value = _tel(p.value)
            lines += _labelled(f"TEL;VALUE={value_type}", p.described, value, next(groups), p.kind, p.label)
        for a in c.addresses:
            lines += _labelled("ADR", a.label, f";;{_escape(a.street)};{_escape(a.city)};{_escape(a.region)};"
                               f"{_escape(a.postal_code)};{_escape(a.country)}", next(groups))
        if c.birthday:
            b = c.birthday  # RFC 6350 4.3.1: 19800423, or --0423 without the year
            lines.append(f"BDAY:{'--' if b.year is None else f'{b.year:04d}'}{b.month:02d}{b.day:02d}")
        for w in c.websites:
            lines += _labelled("URL", w.label, _escape(w.value), next(groups))
        if c.notes:
            lines.append(f"NOTE:{_escape(c.notes)}")
        if c.tags:
            lines.append("CATEGORIES:" + ",".join(_escape(t) for t in c.tags))
        if c.language:
            lines.append(f"LANG:{c.language}")
        lines.append("END:VCARD")
        yield "".join(_fold(line) + "\r\n" for line in lines)
