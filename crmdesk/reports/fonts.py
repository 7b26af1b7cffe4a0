"""Embedded Unicode fonts for every PDF crmdesk writes, the choice of font
for each run of text, and the lines of text in complex and right-to-left
scripts.

The 14 standard PDF fonts cannot show Polish, Greek or Cyrillic letters, so
documents embed DejaVu Sans from ``resources/fonts``. What DejaVu Sans does
not have comes from fonts beside it: Noto Sans Arabic, Hebrew, Devanagari and
Thai (regular and bold), WenQuanYi Micro Hei for Chinese, Japanese kana and
Korean Hangul, and Symbola for emoji and other symbols, in black outlines
(these two regular only: bold text uses them too). A character that none of
them has prints as U+FFFD "�" (one that is invisible anyway, such as a
direction mark, is left out), never as an empty box.

``markup`` turns plain text into paragraph markup that sets each run in the
first of these fonts that has its letters, in display order for
right-to-left text; ``paragraph`` makes the reportlab paragraph. Text with a
right-to-left letter or in a script that changes shape with its neighbours
(Arabic, Hebrew, Devanagari, Thai) is shaped (``shaping``) and broken into
lines here, not by reportlab: in its logical order, at spaces, between
Chinese or Japanese characters and between Thai words (``thai_words``,
where libthai is installed), a word longer than a line between its
syllables (never between a letter and its marks); each line is then put in
display order by itself (``text_direction``), so a right-to-left paragraph
reads from its first line down, and aligned to the right where the style
says left. ``one_line`` shortens text with "…" to fit one line.

A fallback font is loaded the first time a document needs it. Thread-safe.
"""

from __future__ import annotations

import bisect
import functools
import threading
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from crmdesk.reports import shaping, text_direction, thai_words
from crmdesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
REPLACEMENT = "\ufffd"  # printed for a character that no bundled font has
ELLIPSIS = "\u2026"

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
    Fallback("Symbola", "Symbola-Emoji.ttf", shaped=False),
)
_SHAPED = {name for f in FALLBACKS if f.shaped for name in (f.name, f.bold)}
# Characters that belong to the letter before them and stay in its font where it has them.
_JOINERS = {"\u200c", "\u200d", "\u034f"} | {chr(c) for c in range(0xFE00, 0xFE10)}
# Invisible characters besides formatting ones (category Cf): left out where no font has them.
_INVISIBLE = _JOINERS | {"\u115f", "\u1160", "\u3164", "\uffa0"} | {chr(c) for c in range(0x180B, 0x1810)}
_NO_BREAK_SPACES = {"\u00a0", "\u2007", "\u202f"}
# Thai vowels written before the consonant they follow, and signs that never start a line.
_THAI_LEADING = set("\u0e40\u0e41\u0e42\u0e43\u0e44")
_THAI_FOLLOWING = set("\u0e30\u0e32\u0e33\u0e45\u0e2f\u0e46")
_MARKS = ("Mn", "Mc", "Me")
_UNBOUNDED = 1e9  # the width reportlab is given for lines broken here, so it breaks none of them
_FUZZ = 1e-6

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
    has it (else ``base``, which has no glyph for it either)."""
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
        belongs = char in _JOINERS or unicodedata.category(char) in _MARKS
        if belongs and previous != base and ord(char) in _glyphs(previous):
            chosen.append(previous)
        else:
            chosen.append(font_for(char, base))
    return chosen


def _characters(line: str, base: str) -> list[tuple[str, str]]:
    """Each character of ``line`` as printed, with its font: U+FFFD for one
    that no bundled font has, nothing for an invisible one that none has."""
    shown = []
    for char, name in zip(line, _fonts(line, base), strict=True):
        if ord(char) in _glyphs(name):
            shown.append((char, name))
        elif char.isspace():  # a tab, a line separator: a space as reportlab draws one
            shown.append(("\u00a0" if char in _NO_BREAK_SPACES else " ", name))
        elif char in _INVISIBLE or unicodedata.category(char) in ("Cf", "Cc"):
            shown.append(("", name))
        else:
            shown.append((REPLACEMENT, font_for(REPLACEMENT, base)))
    return shown


def markup(text: str, font: str = REGULAR) -> str:
    """``text`` as reportlab paragraph markup for a style set in ``font``:
    escaped, line breaks kept, each run that ``font`` cannot show wrapped in
    ``<font name=…>`` of the bundled font that can, right-to-left runs in
    display order (as one line each). Complex scripts also need a shaped
    style and their own line breaking: ``paragraph`` gives both."""
    return "<br/>".join(_Line(line, font).markup() for line in text.split("\n"))


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain ``text`` (escaped; line breaks kept) in ``style``,
    every script in a font that has it, shaped where the script needs it;
    right-to-left and complex scripts broken into lines as they are read, a
    right-to-left line aligned right where ``style`` aligns left."""
    register()
    lines = [_Line(line, style.fontName) for line in text.split("\n")]
    if not any(line.broken_here for line in lines):
        return Paragraph("<br/>".join(line.markup() for line in lines), style)
    by_direction = style.alignment == TA_LEFT and any(line.level for line in lines)
    # Lines end where _Line breaks them, so reportlab needs no room for squeezing spaces.
    style = ParagraphStyle(f"{style.name}-laid-out", parent=style, spaceShrinkage=0,
                           shaping=1 if any(line.shaped for line in lines) else style.shaping,
                           alignment=TA_RIGHT if by_direction else style.alignment)
    return _LaidOutParagraph(None, style, lines=lines, by_direction=by_direction)


def one_line(text: str, style: ParagraphStyle, width: float, shorten: tuple[int, int] | None = None) -> Paragraph:
    """``paragraph(text, style)`` on one line of ``width``: where it does not
    fit, the part ``text[start:end]`` of ``shorten`` (all of it by default) is
    cut short, between letters, and ends in "…"; if that is not enough, all of
    ``text`` is."""
    start, end = shorten or (0, len(text))
    whole = paragraph(text, style)
    if _fits(whole, width):
        return whole
    for before, part, after in ((text[:start], text[start:end], text[end:]), ("", text, "")):
        shortened = [before + part[:cut].rstrip() + ELLIPSIS + after for cut in (0, *_clusters(part))]
        # The longest that fits (a paragraph is made for every guess).
        fitting = bisect.bisect_left(shortened, True, key=lambda guess: not _fits(paragraph(guess, style), width))
        if fitting:
            return paragraph(shortened[fitting - 1], style)
    return paragraph(ELLIPSIS, style)


def _fits(flowable: Paragraph, width: float) -> bool:
    flowable.wrap(width, _UNBOUNDED)
    return len(flowable.blPara.lines) <= 1


class _Line:
    """One line of the text given (a paragraph in the sense of UAX #9): its
    characters as printed, their fonts and their embedding levels."""

    def __init__(self, text: str, base: str):
        self.text, self.base = text, base
        if text.isascii():
            self.chars, self.rtl, used = [(c, base) for c in text], False, set()
        else:
            register()
            self.chars = _characters(text, base)
            self.rtl = text_direction.has_right_to_left(text)
            used = {name for _, name in self.chars}
        self.level = text_direction.paragraph_level(text) if self.rtl else 0
        self.levels = text_direction.levels(text, self.level) if self.rtl else [0] * len(text)
        complex_script = bool(_SHAPED.intersection(used))
        self.broken_here = self.rtl or complex_script  # else reportlab finds its lines
        # Without HarfBuzz right-to-left text is in display order all the same, unjoined.
        self.shaped = shaping.AVAILABLE and self.broken_here

    def markup(self, start: int = 0, end: int | None = None) -> str:
        """Characters ``start`` to ``end`` as markup of one line in display order."""
        end = len(self.text) if end is None else end
        if self.text.isascii():
            return escape(self.text[start:end])
        if not self.broken_here:
            return "".join(_wrap(run, name, self.base) for run, name in _runs(self.chars[start:end]))
        pieces = _pieces(self.chars[start:end], self.levels[start:end])
        out = []
        for index in text_direction.visual_order([level for _, _, level in pieces]):
            piece, name, level = pieces[index]
            if not piece.isspace() and text_direction.is_right_to_left(level) != shaping.guessed_right_to_left(piece):
                # HarfBuzz turns the piece the other way round, so it is given reversed:
                # brackets and digits amid right-to-left text, Arabic digits amid left-to-right.
                piece = _reversed(piece)
                if text_direction.is_right_to_left(level):
                    piece = text_direction.mirrored(piece)
            out.append(_wrap(piece, name, self.base) if piece.isspace() else
                       f'<font name="{name}">{escape(piece)}</font>')
        return "".join(out)

    def words(self) -> list[tuple[int, int, int]]:
        """Where a line may end: (start, end of its letters, end with the spaces after) of each word."""
        text, found, start = self.text, [], 0
        thai = _thai_word_ends(text)
        for i in range(1, len(text) + 1):
            if i == len(text) or _breaks_before(text, i) or i in thai:
                letters = i
                while letters > start and _space(text[letters - 1]):
                    letters -= 1
                if letters > start:
                    found.append((start, letters, i))
                start = i
        return found

    def width(self, start: int, end: int, size: float, shaped: bool) -> float:
        """The width of characters ``start`` to ``end`` (no spaces at either end) as printed."""
        return sum(_measure(piece, name, size, shaped)
                   for piece, name, _ in _pieces(self.chars[start:end], self.levels[start:end]))

    def space(self, size: float) -> float:
        """The widest space of the fonts the line uses (reportlab takes the font of the word before it)."""
        return max(pdfmetrics.stringWidth(" ", name, size) for name in {self.base, *(n for _, n in self.chars)})

    def broken(self, widths: list[float], first: int, size: float, shaped: bool) -> list[tuple[int, int]]:
        """The characters (start, end) of each line the text takes, the first
        of them line ``first`` of the paragraph, lines ``widths`` wide."""
        lines: list[tuple[int, int]] = []
        space = self.space(size)
        start: int | None = None
        end, used, gap = 0, 0.0, 0.0

        def room(later: int = 0) -> float:
            return widths[min(first + len(lines) + later, len(widths) - 1)] + _FUZZ

        for word_start, letters, word_end in self.words():
            wide = self.width(word_start, letters, size, shaped)
            if start is not None and used + gap + wide <= room():
                end, used = letters, used + gap + wide
            else:
                if start is not None:
                    # A word longer than a whole line begins on this one, as far as it goes.
                    cut = self._cut(word_start, letters, room() - used - gap, size, shaped, True) \
                        if wide > room(1) else None
                    if cut is not None:
                        end, word_start = cut, cut
                        wide = self.width(word_start, letters, size, shaped)
                    lines.append((start, end))
                # A word longer than a line is broken between its syllables.
                while wide > room():
                    cut = self._cut(word_start, letters, room(), size, shaped, False)
                    if cut is None:
                        break
                    lines.append((word_start, cut))
                    word_start = cut
                    wide = self.width(word_start, letters, size, shaped)
                start, end, used = word_start, letters, wide
            gap = space if word_end > letters else 0.0
        if start is not None:
            lines.append((start, end))
        return lines or [(0, 0)]

    def _cut(self, start: int, end: int, width: float, size: float, shaped: bool, may_be_none: bool) -> int | None:
        """The end of the longest beginning of characters ``start`` to ``end``
        that fits ``width``, between syllables: at least one syllable unless
        ``may_be_none`` (then None if none fits); None if there is one only."""
        cuts = [start + n for n in _clusters(self.text[start:end])][:-1]
        fitting = bisect.bisect_right(cuts, width, key=lambda cut: self.width(start, cut, size, shaped))
        if fitting:
            return cuts[fitting - 1]
        return cuts[0] if cuts and not may_be_none else None


class _LaidOutParagraph(Paragraph):
    """A reportlab paragraph whose lines are found by ``_Line`` and given to
    reportlab one by one, in display order, with explicit line breaks:
    reportlab measures, draws and splits them between pages."""

    def __init__(self, text, style=None, bulletText=None, frags=None, caseSensitive=1,  # noqa: N803 - reportlab's
                 encoding="utf8", *, lines=(), by_direction=False):
        self._lines = list(lines)  # none in the parts reportlab splits off: they keep their shown lines
        self._shown: list[tuple[str, int]] = []  # the markup of each line as printed, and its direction
        self._by_direction = by_direction  # a left-to-right line at the left, though the style aligns right
        self._laid: tuple[list[float], object] | None = None  # the widths last laid out for, and the lines
        if self._lines:
            text = "<br/>".join(line.markup() for line in self._lines)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def breakLines(self, width):  # noqa: N802 - reportlab naming
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        if self._laid is not None and self._laid[0] == widths:  # frames and tables ask again and again
            return self._laid[1]
        if self._lines:
            size, shaped = self.style.fontSize, bool(self.style.shaping and shaping.AVAILABLE)
            self._shown = []
            for line in self._lines:
                self._shown += [(line.markup(start, end), line.level)
                                for start, end in line.broken(widths, len(self._shown), size, shaped)]
        self._setup("<br/>".join(markup for markup, _ in self._shown), self.style, self.bulletText, None,
                    cleanBlockQuotedText)
        laid = super().breakLines([_UNBOUNDED])
        for index, (line, (_, level)) in enumerate(zip(laid.lines, self._shown, strict=False)):
            room = widths[min(index, len(widths) - 1)]
            left = self._by_direction and not level
            if laid.kind == 1:
                line.extraSpace = 0 if left else room - (_UNBOUNDED - line.extraSpace)
                line.maxWidth = room
            else:
                laid.lines[index] = (0 if left else room - (_UNBOUNDED - line[0]), line[1])
        self._laid = (widths, laid)
        return laid

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab naming
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            count = len(parts[0].blPara.lines)
            for part, shown in zip(parts, (self._shown[:count], self._shown[count:]), strict=True):
                part._shown, part._by_direction = shown, self._by_direction
        return parts


def _breaks_before(text: str, i: int) -> bool:
    """Whether a line may start at ``text[i]``: after spaces, and between Chinese or Japanese characters."""
    before, char = text[i - 1], text[i]
    if _space(before):
        return not _space(char)
    if _cjk(before) and _cjk(char):
        return (unicodedata.category(char) not in (*_MARKS, "Pe", "Pf", "Po", "Lm")
                and unicodedata.category(before) not in ("Ps", "Pi"))
    return False


def _thai_word_ends(text: str) -> set[int]:
    """Where a Thai word ends inside a run of Thai letters of ``text`` (where libthai is installed)."""
    ends: set[int] = set()
    start = None
    for i, char in enumerate(f"{text} "):
        if "\u0e00" <= char <= "\u0e7f":
            start = i if start is None else start
        elif start is not None:
            ends.update(start + end for end in thai_words.ends(text[start:i]))
            start = None
    return ends


def _space(char: str) -> bool:
    return char.isspace() and char not in _NO_BREAK_SPACES


def _cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK) or 0x20000 <= code <= 0x3FFFF


def _clusters(text: str) -> list[int]:
    """The end of each syllable of ``text``: a letter with its marks, joiners
    and modifiers (a whole emoji sequence, a Devanagari conjunct), a Thai
    vowel with the consonant it belongs to."""
    ends = []
    for i in range(1, len(text)):
        before, char = text[i - 1], text[i]
        if (unicodedata.category(char) in _MARKS or char in _JOINERS or before in ("\u200d", "\u200c")
                or 0x1F3FB <= ord(char) <= 0x1F3FF or 0xE0020 <= ord(char) <= 0xE007F
                or char in _THAI_FOLLOWING or before in _THAI_LEADING
                or unicodedata.combining(before) == 9 and unicodedata.category(char).startswith("L")
                or _regional(char) and _regional(before) and _regional_run(text, i) % 2):
            continue
        ends.append(i)
    return [*ends, len(text)] if text else []


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _regional_run(text: str, i: int) -> int:
    """How many regional indicators (flag letters) come right before ``text[i]``."""
    count = 0
    while i - count > 0 and _regional(text[i - count - 1]):
        count += 1
    return count


@functools.lru_cache(maxsize=8192)
def _measure(text: str, name: str, size: float, shaped: bool) -> float:
    return shaping.width(text, name, size) if shaped else pdfmetrics.stringWidth(text, name, size)


def _wrap(run: str, name: str, base: str) -> str:
    return escape(run) if name == base else f'<font name="{name}">{escape(run)}</font>'


def _runs(chars: list[tuple[str, str]]) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for char, name in chars:
        if runs and runs[-1][1] == name:
            runs[-1] = (runs[-1][0] + char, name)
        elif char:
            runs.append((char, name))
    return runs


def _pieces(chars: list[tuple[str, str]], run_levels: list[int]) -> list[tuple[str, str, int]]:
    """Runs of one font and one level, spaces on their own: reportlab shapes a
    word at a time, so every piece is shaped by itself."""
    pieces: list[tuple[str, str, int]] = []
    for (char, name), level in zip(chars, run_levels, strict=True):
        if not char:
            continue
        if pieces and pieces[-1][1:] == (name, level) and pieces[-1][0].isspace() == char.isspace():
            pieces[-1] = (pieces[-1][0] + char, name, level)
        else:
            pieces.append((char, name, level))
    return pieces


def _reversed(text: str) -> str:
    """``text`` backwards, each letter keeping its combining marks after it."""
    clusters: list[str] = []
    for char in text:
        if clusters and unicodedata.category(char) in _MARKS:
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))
