"""Normalising names, e-mail addresses and phone numbers.

Sort keys fold case and accents ("Müller" sorts with "Muller"); e-mail
addresses are compared case-insensitively; phone numbers are reduced to
E.164 digits so "030 1234567", "+49 30 1234567" and "0049301234567" are one
number. Threading: pure functions.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[\d\s()+./-]+$")


def fold(text: str) -> str:
    """Lower case without accents, for sorting and comparing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d").strip()


def email(address: str) -> str:
    return address.strip().casefold()


def email_looks_valid(address: str) -> bool:
    return bool(_EMAIL.match(address.strip()))


def looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 3 and bool(_PHONE_CHARS.match(text.strip()))


def phone(number: str, region: str) -> str:
    """E.164 digits without '+', or the bare digits when it cannot be parsed."""
    try:
        parsed = phonenumbers.parse(number, region or None)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)[1:]
    except phonenumbers.NumberParseException:
        pass
    return re.sub(r"\D", "", number)


def phone_valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region or None))
    except phonenumbers.NumberParseException:
        return False


def phone_search_terms(number: str, region: str) -> list[str]:
    """Digit strings to index for a stored number: E.164 digits and the
    national significant number, so either way of typing it is found."""
    terms = {re.sub(r"\D", "", number)}
    try:
        parsed = phonenumbers.parse(number, region or None)
        terms.add(f"{parsed.country_code}{phonenumbers.national_significant_number(parsed)}")
        terms.add(phonenumbers.national_significant_number(parsed))
    except phonenumbers.NumberParseException:
        pass
    return sorted(t for t in terms if t)


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
