"""Embedded Unicode fonts for every PDF crmdesk writes, and the choice of
font for each run of text.

The 14 standard PDF fonts cannot show Polish, Greek or Cyrillic letters, so
documents embed DejaVu Sans from ``resources/fonts``. What DejaVu Sans does
not have comes from fonts beside it: Noto Sans Arabic, Hebrew, Devanagari and
Thai (regular and bold), and WenQuanYi Micro Hei for Chinese, Japanese kana
and Korean Hangul (regular only: bold text uses it too). ``markup`` turns
plain text into paragraph markup that sets each run in the first of these
that has its letters, in display order for right-to-left text; ``paragraph``
makes the reportlab paragraph, shaped (``shaping``) where a script needs it.

A fallback font is loaded the first time a document needs it. Thread-safe.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from crmdesk.reports import shaping, text_direction
from crmdesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_CJK = ((0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
        (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))


@dataclass(frozen=True)
class Fallback:
    """A font for what DejaVu Sans lacks. Within ``preferred`` (the script it
    was drawn for) it is used before DejaVu Sans, so one word never mixes the
    two fonts' letters; elsewhere only for characters DejaVu Sans does not have."""

    name: str
    file: str
    bold_file: str | None = None
    subfont: int = 0
    preferred: tuple[tuple[int, int], ...] = ()
    shaped: bool = True  # its script changes shape with its neighbours (joining, conjuncts, marks)

    @property
    def bold(self) -> str:
        return f"{self.name}-Bold" if self.bold_file else self.name


FALLBACKS = (
    Fallback("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", preferred=_ARABIC),
    Fallback("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
             preferred=((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    Fallback("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
             preferred=((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))),
    Fallback("NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", preferred=((0x0E00, 0x0E7F),)),
    Fallback("WenQuanYiMicroHei", "WenQuanYiMicroHei.ttc", preferred=_CJK, shaped=False),
)
_SHAPED = {name for f in FALLBACKS if f.shaped for name in (f.name, f.bold)}
# Characters that belong to the letter before them and stay in its font where it has them.
_JOINERS = {"\u200c", "\u200d", "\u034f"} | {chr(c) for c in range(0xFE00, 0xFE10)}

_lock = threading.RLock()


def register() -> None:
    """Register DejaVu Sans once per process (the fallbacks load when first
    needed); safe to call again, from any thread."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name in (REGULAR, BOLD, MONO):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        shaping.install()


@functools.cache
def _glyphs(name: str) -> frozenset[int]:
    """The characters font ``name`` has a glyph for, loading a fallback font on first use."""
    with _lock:
        register()
        if name not in pdfmetrics.getRegisteredFontNames():
            fallback, file = next((f, f.file if name == f.name else f.bold_file) for f in FALLBACKS
                                  if name in (f.name, f.bold))
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file)), subfontIndex=fallback.subfont))
        return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@functools.cache
def font_for(char: str, base: str = REGULAR) -> str:
    """The registered font that shows ``char`` in text set in ``base``: the
    fallback drawn for its script, else ``base``, else the first fallback that
    has it (else ``base``, whose empty box is all there is)."""
    code = ord(char)
    bold = base == BOLD
    for fallback in FALLBACKS:
        name = fallback.bold if bold else fallback.name
        if any(low <= code <= high for low, high in fallback.preferred) and code in _glyphs(name):
            return name
    if code < 0x80 or code in _glyphs(base):
        return base
    for fallback in FALLBACKS:
        name = fallback.bold if bold else fallback.name
        if code in _glyphs(name):
            return name
    return base


def _fonts(line: str, base: str) -> list[str]:
    chosen: list[str] = []
    for char in line:
        previous = chosen[-1] if chosen else base
        belongs = char in _JOINERS or unicodedata.category(char) in ("Mn", "Mc", "Me")
        if belongs and previous != base and ord(char) in _glyphs(previous):
            chosen.append(previous)
        else:
            chosen.append(font_for(char, base))
    return chosen


def markup(text: str, font: str = REGULAR) -> str:
    """``text`` as reportlab paragraph markup for a style set in ``font``:
    escaped, line breaks kept, each run that ``font`` cannot show wrapped in
    ``<font name=…>`` of the bundled font that can, right-to-left runs in
    display order. Complex scripts also need a shaped style: ``paragraph``
    gives one where the text needs it."""
    return _layout(text, font)[0]


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain ``text`` (escaped; line breaks kept) in ``style``,
    every script in a font that has it, shaped where the script needs it."""
    register()
    marked, shaped = _layout(text, style.fontName)
    if shaped and not style.shaping:
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return Paragraph(marked, style)


def _layout(text: str, font: str) -> tuple[str, bool]:
    lines = [_line(line, font) for line in text.split("\n")]
    return "<br/>".join(marked for marked, _ in lines), any(shaped for _, shaped in lines)


def _line(line: str, base: str) -> tuple[str, bool]:
    if line.isascii():
        return escape(line), False
    register()
    chosen = _fonts(line, base)
    rtl = text_direction.has_right_to_left(line)
    if not rtl and not (shaping.AVAILABLE and _SHAPED.intersection(chosen)):
        return "".join(_wrap(run, name, base) for run, name in _runs(line, chosen)), False
    run_levels = text_direction.levels(line) if rtl else [0] * len(line)
    pieces = _pieces(line, chosen, run_levels)
    out = []
    for index in text_direction.visual_order([level for _, _, level in pieces]):
        piece, name, level = pieces[index]
        if not piece.isspace() and text_direction.is_right_to_left(level) != shaping.guessed_right_to_left(piece):
            # HarfBuzz turns the piece the other way round, so it is given reversed:
            # brackets and digits amid right-to-left text, Arabic digits amid left-to-right.
            piece = _reversed(piece)
            if text_direction.is_right_to_left(level):
                piece = text_direction.mirrored(piece)
        out.append(_wrap(piece, name, base) if piece.isspace() else f'<font name="{name}">{escape(piece)}</font>')
    # Without HarfBuzz the pieces above are in display order all the same, unjoined.
    return "".join(out), shaping.AVAILABLE


def _wrap(run: str, name: str, base: str) -> str:
    return escape(run) if name == base else f'<font name="{name}">{escape(run)}</font>'


def _runs(line: str, chosen: list[str]) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for char, name in zip(line, chosen, strict=True):
        if runs and runs[-1][1] == name:
            runs[-1] = (runs[-1][0] + char, name)
        else:
            runs.append((char, name))
    return runs


def _pieces(line: str, chosen: list[str], run_levels: list[int]) -> list[tuple[str, str, int]]:
    """Runs of one font and one level, spaces on their own: reportlab shapes a
    word at a time, so every piece is shaped by itself."""
    pieces: list[tuple[str, str, int]] = []
    for char, name, level in zip(line, chosen, run_levels, strict=True):
        if pieces and pieces[-1][1:] == (name, level) and pieces[-1][0].isspace() == char.isspace():
            pieces[-1] = (pieces[-1][0] + char, name, level)
        else:
            pieces.append((char, name, level))
    return pieces


def _reversed(text: str) -> str:
    """``text`` backwards, each letter keeping its combining marks after it."""
    clusters: list[str] = []
    for char in text:
        if clusters and unicodedata.category(char) in ("Mn", "Mc", "Me"):
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))
