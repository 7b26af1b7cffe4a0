"""vCard 2.1, 3.0 and 4.0 in, vCard 4.0 out.

Reads what phones and mail programs export: folded lines, QUOTED-PRINTABLE
with CHARSET (and its soft line breaks), grouped properties
(``item1.EMAIL`` with ``item1.X-ABLabel``), several TEL/EMAIL with TYPE,
embedded photos (skipped), several cards per file. Pure: no vault, no Qt.
"""

from __future__ import annotations

import itertools
import quopri
import re
from collections.abc import Iterable, Iterator

from crmdesk.core.people.contact_model import Address, Contact, ContactInput, Labelled
from crmdesk.io.csv_import import ImportRecord, ParsedFile, parse_date
from crmdesk.io.text_files import ImportFileError

_PROPERTY = re.compile(r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
_TYPE_LABELS = {"cell": "mobile", "work": "work", "home": "home", "fax": "fax", "pref": "",
                "voice": "", "internet": "", "x400": "", "text": "", "msg": ""}


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line they start on."""
    lines: list[tuple[int, str]] = []
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(physical, start=1):
        if line[:1] in (" ", "\t") and lines:
            start, previous = lines[-1]
            lines[-1] = (start, previous + line[1:])
        elif lines and lines[-1][1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1][1].upper().split(":", 1)[0]:
            start, previous = lines[-1]  # a quoted-printable soft line break
            lines[-1] = (start, previous[:-1] + line)
        else:
            lines.append((number, line))
    return lines


def _params(raw: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in raw.split(";")[1:] if raw else []:
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:  # vCard 2.1: bare TYPE values such as ;WORK;VOICE
            key, value = "TYPE", key
        values = [v.strip('"').strip() for v in value.split(",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def _decode(value: str, params: dict[str, list[str]]) -> str:
    encoding = (params.get("ENCODING") or [""])[0].upper()
    charset = (params.get("CHARSET") or ["utf-8"])[0]
    if encoding in ("QUOTED-PRINTABLE", "QP"):
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            return raw.decode(charset, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):  # unknown, or not a text charset (idna)
            return raw.decode("utf-8", errors="replace")
    return value


def _unescape(value: str) -> str:
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
    if group_label:
        return group_label
    for value in params.get("TYPE", []):
        label = _TYPE_LABELS.get(value.lower(), value.lower())
        if label:
            return label
    return ""


def read_vcards(text: str, encoding: str) -> tuple[ParsedFile, Iterator[ImportRecord]]:
    """The cards one at a time as they are read (see ``csv_import.read_csv``)."""
    parsed = ParsedFile("vcard", encoding)
    return parsed, _vcard_records(text, parsed)


def _vcard_records(text: str, parsed: ParsedFile) -> Iterator[ImportRecord]:
    found = 0
    card: list[tuple[int, str, str, dict, str]] | None = None
    start_line = 0
    for number, line in _unfold(text):
        if not line.strip():
            continue
        match = _PROPERTY.match(line)
        if match is None:
            if card is None:
                raise ImportFileError("this is not a vCard line; a vCard file starts with BEGIN:VCARD", number)
            continue  # a stray line inside a card: skip it, do not choke
        name = match.group("name").upper()
        if name == "BEGIN" and match.group("value").strip().upper() == "VCARD":
            if card is not None:
                raise ImportFileError("a card starts before the previous one ended (END:VCARD missing)", number)
            card, start_line = [], number
            continue
        if card is None:
            raise ImportFileError("this line is outside any card; a vCard file starts with BEGIN:VCARD", number)
        if name == "END":
            contact = _card_to_contact(card)
            if contact is None:
                parsed.skipped_lines.append((start_line, "the card has no name, e-mail or phone"))
            else:
                found += 1
                yield ImportRecord(start_line, contact)
            card = None
            continue
        params = _params(match.group("params"))
        card.append((number, (match.group("group") or "").lower(), name, params,
                     _decode(match.group("value"), params)))
    if card is not None:
        raise ImportFileError("the file ends inside a card (END:VCARD missing); it may be cut short",
                              start_line)
    if not found and not parsed.skipped_lines:
        raise ImportFileError("The file holds no vCard; choose a .vcf file exported by a phone or mail program.")
    return parsed


def _card_to_contact(card: list) -> ContactInput | None:
    data = ContactInput()
    group_labels = {g: v for _, g, n, _, v in card if n == "X-ABLABEL" and g}
    for _, group, name, params, value in card:
        label = _label(params, _unescape(group_labels.get(group, "")).strip("_$!<>").lower())
        if name == "N":
            parts = _split(value) + [""] * 5
            data.family_name, data.given_name = parts[0].strip(), " ".join(
                p for p in (parts[1].strip(), parts[2].strip()) if p)
        elif name == "FN":
            data.display_name = _unescape(value).strip()
        elif name == "ORG":
            data.organisation = " ".join(p for p in _split(value) if p).strip()
        elif name == "TITLE":
            data.job_title = _unescape(value).strip()
        elif name == "EMAIL" and value.strip():
            data.emails.append(Labelled(_unescape(value).strip(), label))
        elif name == "TEL" and value.strip():
            number = value.strip()
            number = _unescape(number[4:] if number.lower().startswith("tel:") else number).strip()
            data.phones.append(Labelled(number, label))
        elif name == "ADR":
            parts = _split(value) + [""] * 7
            address = Address(label, " ".join(p for p in (parts[1], parts[2]) if p).strip(),
                              parts[5].strip(), parts[3].strip(), parts[4].strip(), parts[6].strip())
            if not address.is_empty():
                data.addresses.append(address)
        elif name == "BDAY":
            try:
                data.birthday = parse_date(value.strip().replace("--", "1904-")) if value.strip() else None
            except ValueError:
                data.birthday = None  # a partial or odd date is not worth losing the card over
        elif name == "URL":
            data.website = _unescape(value).strip()
        elif name == "NOTE":
            data.notes = _unescape(value).strip()
        elif name == "CATEGORIES":
            data.tags += [t.strip() for t in _split(value, ",") if t.strip()]
    if not (data.display_name or data.given_name or data.family_name or data.organisation
            or data.emails or data.phones):
        return None
    return data


def _escape(text: str) -> str:
    """A value as RFC 6350 text: backslash, comma, semicolon and every line
    break escaped, so no value can end its line or start a property."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


_TYPE_TOKEN = re.compile(r"[A-Za-z0-9-]{1,40}")


def _labelled(name: str, label: str, value: str, group: int) -> list[str]:
    """A property with its label: a plain TYPE when the label is a word,
    otherwise Apple's grouped X-ABLabel, whose value is escaped text (a TYPE
    parameter cannot carry ':', ';', ',' or quotes)."""
    if not label:
        return [f"{name}:{value}"]
    if _TYPE_TOKEN.fullmatch(label):
        return [f"{name};TYPE={label}:{value}"]
    return [f"item{group}.{name}:{value}", f"item{group}.X-ABLabel:{_escape(label)}"]


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
        lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{c.id}",
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
            lines += _labelled("TEL;VALUE=uri", "cell" if p.label == "mobile" else p.label,
                               "tel:" + _escape(p.value), next(groups))
        for a in c.addresses:
            lines += _labelled("ADR", a.label, f";;{_escape(a.street)};{_escape(a.city)};{_escape(a.region)};"
                               f"{_escape(a.postal_code)};{_escape(a.country)}", next(groups))
        if c.birthday:
            lines.append(f"BDAY:{c.birthday.strftime('%Y%m%d')}")
        if c.website:
            lines.append(f"URL:{_escape(c.website)}")
        if c.notes:
            lines.append(f"NOTE:{_escape(c.notes)}")
        if c.tags:
            lines.append("CATEGORIES:" + ",".join(_escape(t) for t in c.tags))
        lines.append("END:VCARD")
        yield "".join(_fold(line) + "\r\n" for line in lines)
