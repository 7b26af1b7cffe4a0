"""Normalising names, e-mail addresses and phone numbers.

Sort keys fold case and accents ("Müller" sorts with "Muller"); e-mail
addresses are compared case-insensitively; phone numbers are reduced to
E.164 digits so "030 1234567", "+49 30 1234567" and "0049301234567" are one
number. Threading: pure functions.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import phonenumbers

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[\d\s()+./-]+$")


class _Unaccent(dict):
    """A ``str.translate`` table that drops combining marks (accents, once
    decomposed) and turns letters with no decomposition into their base
    letter; filled in as characters are first met."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        self[code] = None if unicodedata.combining(char) else char
        return self[code]


_UNACCENT = _Unaccent({ord("ø"): "o", ord("ł"): "l", ord("đ"): "d"})


def fold(text: str) -> str:
    """Lower case without accents, for sorting and comparing."""
    if text.isascii():
        return text.lower().strip()
    # Decompose before and after case folding: compatibility forms such as
    # mathematical letters only become ordinary letters once decomposed.
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return folded.translate(_UNACCENT).strip()


def email(address: str) -> str:
    return address.strip().casefold()


def email_looks_valid(address: str) -> bool:
    return bool(_EMAIL.match(address.strip()))


def looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 3 and bool(_PHONE_CHARS.match(text.strip()))


_INTERNATIONAL = re.compile(r"^\+[\d\s()./-]+$")


def _international_keys(number: str) -> tuple[str, tuple[str, ...]] | None:
    """The keys of a number written as +CC…, without the full parser.

    Country codes are prefix-free, so the digits after '+' name their
    country. Numbers with a national 0 after the code ("+44 (0)20…",
    "+49 030…") are left to ``phonenumbers``, which knows when to drop it.
    """
    text = number.strip()
    if not _INTERNATIONAL.match(text) or "(0)" in text:
        return None
    digits = re.sub(r"\D", "", text)
    for size in (1, 2, 3):
        code = int(digits[:size] or 0)
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[size:]
            prefix = _national_prefix(code)
            if (not national or national[0] == "0" or not 7 <= len(digits) <= 15
                    or prefix is None or prefix.match(national)):
                return None
            return digits, tuple(sorted({digits, national}))
    return None


@functools.lru_cache(maxsize=512)
def _national_prefix(code: int) -> re.Pattern | None:
    """The pattern of the national (trunk) prefix the parser would strip after
    this country code ("8" in Lithuania); one that never matches when there
    is none; None when the country's rules are unknown, so the full parser
    must decide."""
    region = phonenumbers.region_code_for_country_code(code)
    metadata = (phonenumbers.PhoneMetadata.metadata_for_region(region)
                if region != phonenumbers.UNKNOWN_REGION else None)
    if metadata is None:
        return None
    pattern = metadata.national_prefix_for_parsing or metadata.national_prefix
    return re.compile(pattern) if pattern else re.compile(r"(?!)")


@functools.lru_cache(maxsize=65536)
def phone_keys(number: str, region: str) -> tuple[str, tuple[str, ...]]:
    """``phone()`` and ``phone_search_terms()`` of a number, parsed once
    (an import asks for the same number several times)."""
    return _international_keys(number) or parsed_phone_keys(number, region)


def parsed_phone_keys(number: str, region: str) -> tuple[str, tuple[str, ...]]:
    """``phone_keys`` through the full ``phonenumbers`` parser."""
    digits = re.sub(r"\D", "", number)
    try:
        parsed = phonenumbers.parse(number, region or None)
    except phonenumbers.NumberParseException:
        return digits, (digits,) if digits else ()
    national = phonenumbers.national_significant_number(parsed)
    full = f"{parsed.country_code}{national}"
    key = full if phonenumbers.is_possible_number(parsed) else digits
    return key, tuple(sorted({t for t in (digits, full, national) if t}))


def phone(number: str, region: str) -> str:
    """E.164 digits without '+', or the bare digits when it cannot be parsed."""
    return phone_keys(number, region)[0]


def phone_valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region or None))
    except phonenumbers.NumberParseException:
        return False


def phone_search_terms(number: str, region: str) -> list[str]:
    """Digit strings to index for a stored number: as typed, E.164 and the
    national significant number, so either way of typing it is found."""
    return list(phone_keys(number, region)[1])


def phone_query_terms(text: str) -> list[str]:
    """Digit prefixes to look for when someone types a (partial) number."""
    stripped = text.strip()
    digits = re.sub(r"\D", "", stripped)
    if not digits:
        return []
    if stripped.startswith("+"):
        return [digits]
    if digits.startswith("00"):
        return [digits[2:]]
    if digits.startswith("0"):
        return [digits[1:], digits] if len(digits) > 1 else [digits]
    return [digits]
