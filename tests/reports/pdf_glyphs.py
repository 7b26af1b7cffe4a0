"""What a PDF really draws: every character code shown on a page, with the
font it is shown in, the character it stands for (the font's ToUnicode map),
the glyph the embedded font program draws for it and its width.

A viewer draws glyph 0 (.notdef: an empty box, or nothing) for a character
the font has no glyph for, while pdftotext still reads the character from
the ToUnicode map. So "the name is in the text" proves nothing about what is
on paper; glyph 0 does. Works on the simple TrueType subsets reportlab
embeds (one byte a code, a format 6 ``cmap``).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream


@dataclass(frozen=True)
class Drawn:
    font: str
    char: str
    glyph: int
    width: float = 0  # in thousandths of the font size, as the PDF gives it (/Widths)


def drawn(path: Path) -> list[Drawn]:
    """Every character drawn on every page of ``path``, in content-stream order."""
    reader = PdfReader(path)
    found: list[Drawn] = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        fonts = {name: _Font(ref.get_object()) for name, ref in resources["/Font"].get_object().items()}
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = fonts[operands[0]]
            elif operator in (b"Tj", b"'", b'"'):
                found += current.show(_raw(operands[-1]))
            elif operator == b"TJ":
                found += current.show(b"".join(_raw(item) for item in operands[0] if isinstance(item, (str, bytes))))
    return found


def actual_texts(path: Path) -> list[str]:
    """The /ActualText of every marked span on the pages of ``path``."""
    reader = PdfReader(path)
    texts = []
    for page in reader.pages:
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC" and "/ActualText" in operands[1]:
                texts.append(str(operands[1]["/ActualText"]))
    return texts


def _raw(value) -> bytes:
    return value.get_original_bytes() if hasattr(value, "get_original_bytes") else bytes(value)


class _Font:
    def __init__(self, font):
        self.name = str(font["/BaseFont"]).split("+", 1)[-1]
        widths = font["/Widths"] if "/Widths" in font else []
        self.widths = {int(font["/FirstChar"]) + n: float(w) for n, w in enumerate(widths)}
        if "/ToUnicode" not in font:  # one of the 14 standard fonts, which have every Latin-1 letter
            self.chars, self.glyphs = {code: chr(code) for code in range(256)}, dict.fromkeys(range(32, 256), 1)
            return
        to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        pairs = to_unicode.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
        # A character past U+FFFF is two UTF-16 code units.
        self.chars = {int(code, 16): bytes.fromhex(value).decode("utf-16-be")
                      for code, value in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", pairs)}
        program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        self.glyphs = _cmap_format_6(program)

    def show(self, codes: bytes) -> list[Drawn]:
        return [Drawn(self.name, self.chars.get(code, "?"), self.glyphs.get(code, 0), self.widths.get(code, 0))
                for code in codes]


def _cmap_format_6(program: bytes) -> dict[int, int]:
    """Code -> glyph id from the (only) cmap subtable of a TrueType font, format 6."""
    (tables,) = struct.unpack(">H", program[4:6])
    for i in range(tables):
        tag, _, offset, _ = struct.unpack(">4sIII", program[12 + 16 * i: 28 + 16 * i])
        if tag == b"cmap":
            (subtable,) = struct.unpack(">I", program[offset + 8: offset + 12])
            at = offset + subtable
            kind, _, _, first, count = struct.unpack(">HHHHH", program[at: at + 10])
            assert kind == 6, f"cmap format {kind}"
            ids = struct.unpack(f">{count}H", program[at + 10: at + 10 + 2 * count])
            return {first + n: glyph for n, glyph in enumerate(ids)}
    raise AssertionError("no cmap in the embedded font")
