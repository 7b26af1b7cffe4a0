"""Complex scripts through reportlab's HarfBuzz shaping (``uharfbuzz``).

Arabic letters join, Devanagari forms its conjuncts and Thai stacks its
marks only when the text is shaped: a paragraph style with ``shaping=1``
asks reportlab to shape each word with HarfBuzz. ``install`` mends three
things about that, for the whole process:

- reportlab shapes a whole word with the font of its first piece, so a word
  set in two fonts ("(محمد)": brackets from DejaVu Sans, letters from Noto
  Sans Arabic) gets glyphs of the wrong font or fails outright. Here each
  piece of a word (one ``<font>`` run of ``fonts.markup``) is shaped on its
  own, in its own font, without discretionary or standard ligatures, which
  would print a name otherwise than it is written ("ﬃ" for "ffi").
- A shaped glyph that stands for no single character (a Devanagari conjunct,
  a reph drawn after the consonant it precedes) has no Unicode value, so a
  PDF reader would copy it as a private-use character. Left-to-right shaped
  text is therefore marked with its real text (``/ActualText``), which
  readers (pdftotext, search, copy and paste) use instead. Right-to-left
  text is not: it is drawn in display order and readers turn it back
  themselves, from the characters each glyph maps to (its ``ToUnicode``
  entry). poppler (pdftotext, Evince) would turn real text of a
  right-to-left span back once more, as if it were drawn left to right.
- A joined Arabic letter's glyph maps to its presentation form (ﻣ, U+FEE3),
  which a search for the letter (م, U+0645) does not find. Each such glyph
  maps to its letter instead; a ligature of two letters (lam-alef) keeps
  its form, which a reader would otherwise put in the wrong order. And a
  character past U+FFFF (an emoji) is written in UTF-16, as a PDF reader
  expects, not as its bare code point.
"""

from __future__ import annotations

import re
import threading
import unicodedata

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import textobject
from reportlab.platypus import paragraph

try:
    import uharfbuzz
except ImportError:  # pragma: no cover - a declared dependency; without it text is not shaped
    uharfbuzz = None

AVAILABLE = uharfbuzz is not None and getattr(ttfonts, "uharfbuzz", None) is not None
FEATURES = {"liga": False, "dlig": False}  # HarfBuzz's defaults otherwise: kerning, required forms

_original_shape = ttfonts.shapeFragWord
_original_format = textobject.PDFTextObject._formatText
_original_cmap = ttfonts.makeToUnicodeCMap
_lock = threading.Lock()


def install() -> None:
    """Make reportlab's paragraphs shape one font run at a time, mark shaped
    text with its real text and map glyphs to the characters a reader
    searches for; safe to call again."""
    with _lock:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        if AVAILABLE and paragraph.shapeFragWord is not _shape_by_run:
            paragraph.shapeFragWord = _shape_by_run
            textobject.PDFTextObject._formatText = _format_text


def width(text: str, font: str, size: float) -> float:
    """The width of ``text`` (no spaces) in ``font`` at ``size`` as a shaped
    paragraph prints it, shaped as one piece."""
    plain = pdfmetrics.stringWidth(text, font, size)
    if not AVAILABLE or not text:
        return plain
    return _original_shape([plain, (ABag(fontName=font, fontSize=size), text)], FEATURES)[0]


class SpokenStr(ttfonts.ShapedStr):
    """Shaped glyphs (as reportlab's ``ShapedStr``) with the text they show."""

    def __new__(cls, glyphs: str, shape_data=None, actual: str = ""):
        self = super().__new__(cls, glyphs, shape_data)
        self.actual = actual
        return self

    def __add__(self, other):
        joined = super().__add__(other)
        return SpokenStr(joined, joined.__shapeData__, self.actual + _actual(other))

    def __radd__(self, other):
        joined = super().__radd__(other)
        return SpokenStr(joined, joined.__shapeData__, _actual(other) + self.actual)


def _actual(text) -> str:
    return getattr(text, "actual", None) or str(text)


def _shape_by_run(word, features=None, force=False):
    """``word`` (reportlab's [width, (frag, text), …]) shaped piece by piece."""
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    pieces = word[1:]
    if any(hasattr(frag, "cbDefn") for frag, _ in pieces):
        return _original_shape(word, FEATURES, force)
    width, shaped, changed = 0.0, [], False
    for frag, text in pieces:
        one = [pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize), (frag, text)]
        result = _original_shape(one, FEATURES, force) if text else one
        if result is not one:
            changed = True
            rtl = guessed_right_to_left(text)
            result = [result[0], *((f, _spoken(glyphs, text, rtl)) for f, glyphs in result[1:])]
        width += result[0]
        shaped.extend(tuple(piece) for piece in result[1:])
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *shaped])


def _spoken(glyphs, text: str, rtl: bool):
    if rtl or not isinstance(glyphs, ttfonts.ShapedStr) or str(glyphs) == text:
        return glyphs
    return SpokenStr(glyphs, glyphs.__shapeData__, text)


def _format_text(self, text):
    """reportlab's text operators, inside a marked span with the real text where it differs."""
    code = _original_format(self, text)
    actual = getattr(text, "actual", None)
    if not actual or actual == str(text):
        return code
    encoded = ("\ufeff" + actual).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{encoded}>>> BDC {code} EMC"


def _to_unicode_cmap(fontname, subset):
    """reportlab's ToUnicode map of a font subset, each code mapped to the text a reader should find."""
    head, found, rest = _original_cmap(fontname, subset).partition("beginbfchar")
    pairs, end, tail = rest.partition("endbfchar")
    pairs = re.sub(r"^<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>$", lambda m: f"<{m[1]}> <{_utf16(int(m[2], 16))}>",
                   pairs, flags=re.MULTILINE)
    return head + found + pairs + end + tail


def _utf16(code: int) -> str:
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        letter = unicodedata.normalize("NFKC", char)
        char = letter if len(letter) == 1 else char
    return char.encode("utf-16-be").hex().upper()


def guessed_right_to_left(text: str) -> bool:
    """Whether HarfBuzz, guessing from the script of ``text`` as reportlab lets
    it, lays ``text`` out right to left (it does for Arabic digits too)."""
    if not AVAILABLE or not text:
        return False
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    return buffer.direction == "rtl"
