"""Normalising phone numbers: the quick path agrees with the full parser."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.core.people import normalise

CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
separators = st.sampled_from(["", " ", "-", ".", "/"])


@st.composite
def international(draw):
    code = str(draw(st.sampled_from(CODES)))
    rest = draw(st.text(alphabet="0123456789", min_size=4, max_size=12))
    groups = [rest[i:i + draw(st.integers(2, 4))] for i in range(0, len(rest), 3)]
    sep = draw(separators)
    return f"+{code} " + sep.join(g for g in groups if g)


@settings(max_examples=2000, deadline=None)
@given(international(), st.sampled_from(["DE", "PL", "GB", "US", "IT"]))
def test_quick_path_agrees_with_phonenumbers(number, region):
    quick = normalise._international_keys(number)
    if quick is not None:
        assert quick == normalise.parsed_phone_keys(number, region), number


def test_national_prefix_after_the_country_code():
    # Lithuania's trunk prefix is 8: phonenumbers drops it, so must the quick path.
    assert normalise.phone_keys.__wrapped__("+370 800000000", "DE") == \
        normalise.parsed_phone_keys("+370 800000000", "DE")


def test_same_number_written_three_ways():
    keys = {normalise.phone(n, "DE") for n in ("030 2000123", "+49 30 2000123", "0049 30 2000123")}
    assert keys == {"49302000123"}
    assert normalise.phone("+44 (0)20 7946 0000", "DE") == "442079460000"


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=40))
def test_fold_is_lower_case_without_accents(text):
    folded = normalise.fold(text)
    assert folded == normalise.fold(folded)  # folding twice changes nothing
    if text.isascii():
        assert folded == text.lower().strip()


def test_fold_examples():
    assert normalise.fold(" Müller ") == "muller"
    assert normalise.fold("Łukasiewicz") == "lukasiewicz"
    assert normalise.fold("Größe") == "grosse"
    assert normalise.fold("Παπαδάκη") == "παπαδακη"
    assert normalise.fold("𝜜𝜷") == "αβ"  # mathematical letters, found by the fuzz test



def test_fold_agrees_with_dropping_combining_characters_one_by_one():
    # fold strips accents with a translate table filled in as characters are
    # met; it must give what the plain definition gives, for every character.
    import unicodedata

    def plain(text: str) -> str:
        folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
        kept = "".join(ch for ch in folded if not unicodedata.combining(ch))
        return kept.replace("ø", "o").replace("ł", "l").replace("đ", "d").strip()

    for code in range(0x80, 0x30000):
        if not 0xD800 <= code < 0xE000:
            text = f"Á{chr(code)}ø"
            assert normalise.fold(text) == plain(text), hex(code)
    assert normalise.fold("Ødegård Đorđe Łódź") == "odegard dorde lodz"
