"""Names in every script a customer's name can be written in, printed in the
access report and the recovery kit: read back with pdftotext, and drawn with
real glyphs (no empty boxes), joined and ordered as the script is written;
long notes in those scripts wrapped as their readers read them."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from bidi import get_display
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from crmdesk.core import configuration
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import subject_data
from crmdesk.core.vault.session import VaultPaths
from crmdesk.reports import access_report, fonts, recovery_kit, text_direction, thai_words
from tests.conftest import OWNER, STAFF
from tests.reports.pdf_glyphs import actual_texts, drawn

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

# script: (the name, more text about the person in that script, the font it must be drawn in)
SCRIPTS = {
    "Chinese": ("张伟", "张伟的电话", "WenQuanYiMicroHei"),
    "Japanese": ("山田太郎", "やまだ たろう", "WenQuanYiMicroHei"),
    "Korean": ("김민준", "김민준 고객님", "WenQuanYiMicroHei"),
    "Arabic": ("محمد", "محمد علي", "NotoSansArabic"),
    "Hebrew": ("דוד", "דוד כהן", "NotoSansHebrew"),
    "Devanagari": ("अर्जुन", "अर्जुन क्षत्रिय", "NotoSansDevanagari"),
    "Thai": ("สมชาย", "สมชาย ใจดี", "NotoSansThai"),
}


def read_back(path: Path) -> str:
    """The PDF's text as pdftotext gives it, in compatibility form (Arabic comes out
    as the presentation forms its glyphs stand for) and with no spaces at all: around
    right-to-left words pdftotext moves them (and adds direction marks)."""
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return squashed(unicodedata.normalize("NFKC", result.stdout).replace("\u202b", "").replace("\u202c", ""))


def squashed(text: str) -> str:
    return "".join(text.split())


def empty_boxes(path: Path) -> list[str]:
    return [f"{d.char!r} (U+{ord(d.char):04X}) in {d.font}" for d in drawn(path) if d.glyph == 0]


@pytest.fixture
def report_for(open_as, tmp_path):
    """The access report of a new contact called ``name`` (with ``notes``), from a
    shop of that name too, so the name is also in bold and in every page's header."""
    owner, staff = open_as(OWNER), open_as(STAFF)

    def render(name: str, notes: str, shop: str | None = None, **fields: str) -> Path:
        configuration.change_settings(owner, {"organisation": f"Shop {name}" if shop is None else shop})
        person = contacts.add_contact(staff, ContactInput(display_name=name, notes=notes,
                                                          tags=[name], source=notes, **fields))
        path = tmp_path / "report.pdf"
        path.write_bytes(access_report.render(subject_data.collect(staff, person.id)))
        return path

    return render


@needs_poppler
@pytest.mark.parametrize("script", SCRIPTS)
def test_a_name_in_any_script_prints_with_real_glyphs_and_reads_back(report_for, script):
    name, notes, font = SCRIPTS[script]
    path = report_for(name, notes)
    assert empty_boxes(path) == []
    text = read_back(path)
    # pdftotext moves neutral punctuation next to right-to-left words ("Shop·محمد"), so the
    # header, "Shop NAME · access report for NAME", is looked for in two parts.
    for expected in (f"Dear {name},", f"Shop {name}", f"access report for {name}", notes):
        assert squashed(expected) in text, (expected, text[:400])
    # Every letter of the name is drawn in the font made for its script, regular and bold.
    used = {d.font.split("-")[0] for d in drawn(path) if unicodedata.normalize("NFKC", d.char) in name.split()[0]}
    assert used == {font}


@needs_poppler
def test_arabic_joins_and_runs_right_to_left(report_for):
    path = report_for("محمد", "محمد علي")
    arabic = [d for d in drawn(path) if d.font == "NotoSansArabic-Regular"]
    # Each glyph maps to its letter (so a search finds the name), drawn left to right.
    text = "".join(d.char for d in arabic)
    assert "دمحم" in text and "يلعدمحم" in text  # "محمد علي": the second word to the left of the first
    # The glyphs drawn are the joined forms (final dal, medial meem, medial hah, initial meem;
    # final yeh, medial lam, initial ain), told apart from the letters alone by their widths.
    face = pdfmetrics.getFont("NotoSansArabic").face
    widths = [d.width for d in arabic]

    def drawn_as(forms: str) -> bool:
        wanted = [face.charWidths[ord(c)] for c in forms]
        return any(widths[i:i + len(wanted)] == wanted for i in range(len(widths)))

    assert drawn_as("\ufeaa\ufee4\ufea4\ufee3") and drawn_as("\ufef2\ufee0\ufecb\ufeaa\ufee4\ufea4\ufee3")
    assert not drawn_as("\u062f\u0645\u062d\u0645")  # the letters alone, unjoined


@needs_poppler
def test_devanagari_forms_its_conjuncts_and_copies_as_written(report_for):
    path = report_for("अर्जुन", "अर्जुन क्षत्रिय")
    devanagari = [d.char for d in drawn(path) if d.font == "NotoSansDevanagari-Regular"]
    # The reph (र् drawn above the next consonant) and the conjunct क्ष are glyphs of their own.
    assert "\u094d" not in devanagari
    assert "अर्जुन" in actual_texts(path) and "क्षत्रिय" in actual_texts(path)
    assert squashed("अर्जुन क्षत्रिय") in read_back(path)


def test_without_the_fallback_fonts_the_check_sees_the_empty_boxes(tmp_path):
    """The empty-box check is real: text in DejaVu Sans alone (as before) has them."""
    path = tmp_path / "dejavu.pdf"
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10)
    SimpleDocTemplate(str(path)).build([Paragraph("张伟 김민준 अर्जुन สมชาย", style)])
    assert len(empty_boxes(path)) == len("张伟김민준अर्जुनสมชาย")


def test_a_character_no_font_has_prints_as_a_replacement_character_not_an_empty_box(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "FALLBACKS", ())
    fonts.font_for.cache_clear()
    try:
        path = tmp_path / "dejavu.pdf"
        style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10)
        SimpleDocTemplate(str(path)).build([fonts.paragraph("张伟 김민준 Zofia", style)])
    finally:
        fonts.font_for.cache_clear()
    assert empty_boxes(path) == []
    assert "".join(d.char for d in drawn(path)) == "\ufffd\ufffd \ufffd\ufffd\ufffd Zofia"


def test_the_recovery_kit_prints_the_shop_and_vault_name_in_any_script(tmp_path):
    kit = recovery_kit.kit_for(VaultPaths.of(str(tmp_path / "محمد")), "id-1", "ABCD-EFGH", "김민준 상점 · 张伟")
    kit = recovery_kit.RecoveryKit(**{**kit.__dict__, "created": datetime(2026, 1, 2, 3, 4)})
    path = tmp_path / "kit.pdf"
    recovery_kit.write_recovery_kit(kit, path)
    assert empty_boxes(path) == []
    if shutil.which("pdftotext"):
        assert squashed("김민준 상점 · 张伟") in read_back(path) and "محمد" in read_back(path)


@pytest.mark.parametrize(("text", "shown"), [
    ("A & B <c>", "A &amp; B &lt;c&gt;"),
    ("Zofia Łukasiewicz\nΕλένη", "Zofia Łukasiewicz<br/>Ελένη"),
    ("Dear 张伟,", 'Dear <font name="WenQuanYiMicroHei">张伟</font>,'),
])
def test_markup_escapes_keeps_line_breaks_and_names_the_font(text, shown):
    assert fonts.markup(text) == shown


def test_bold_text_uses_the_bold_fallback_where_there_is_one():
    assert fonts.font_for("م", fonts.BOLD) == "NotoSansArabic-Bold"
    assert fonts.font_for("张", fonts.BOLD) == "WenQuanYiMicroHei"
    assert fonts.font_for("ł", fonts.BOLD) == fonts.BOLD


@pytest.mark.parametrize("text", [
    "abc محمد علي, 12 def", "شارع 12", "x (محمد) y", "Hebrew: דוד בן-גוריון (רחוב 5)", "abc ١٢ محمد",
    "a 50% דוד", "דוד 3.5 אבי", "a (b [דוד] c) ד", "דוד (abc) אבי", "(דוד)", "דוד!  ", "مُحَمَّد ok",
])
def test_right_to_left_runs_are_ordered_as_the_bidi_algorithm_says(text):
    assert _visual(text) == get_display(text, base_dir="L")


def test_random_mixed_text_is_ordered_as_python_bidi_orders_it():
    alphabet = "ab דוהمحد١٢12.,-%()[] \u064e"
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert _visual(text) == get_display(text, base_dir="L"), repr(text)


def _visual(text: str, base: int = 0) -> str:
    levels = text_direction.levels(text, base)
    return "".join(text[i] for i in text_direction.visual_order(levels))


# Long text, wrapped: read back with the position of every word (pdftotext -bbox).

@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    page: int


def words(path: Path) -> list[Word]:
    result = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    found = []
    for page, content in enumerate(result.stdout.split("<page ")[1:]):
        for left, top, right, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', content):
            found.append(Word(text, float(left), float(top), float(right), page))
    return found


def lines_of(found: list[Word]) -> list[list[Word]]:
    """The words in lines, top down, each line's words left to right (words in
    different fonts on one line have tops a few points apart)."""
    lines: list[list[Word]] = []
    for word in sorted(found, key=lambda w: (w.page, w.top)):
        if lines and lines[-1][0].page == word.page and word.top - lines[-1][0].top < 6:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.left) for line in lines]


CELL_LEFT, CELL_WIDTH, PADDING = 20 * mm + 6, 125 * mm, 6  # the personal data column (the frame pads it by 6)


def in_a_cell(tmp_path: Path, text: str, width: float = CELL_WIDTH) -> Path:
    """``text`` printed as the access report prints a note: in a table cell of that width, in its style."""
    path = tmp_path / "cell.pdf"
    cell = Table([[fonts.paragraph(text, access_report.styles()["cell"])]], colWidths=[width], hAlign="LEFT")
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=CELL_LEFT - 6).build([cell])
    return path


@needs_poppler
def test_a_long_right_to_left_note_reads_from_its_first_line_down_aligned_right(tmp_path):
    note = " ".join(f"جملة رقم {n}." for n in range(60))
    lines = lines_of(words(in_a_cell(tmp_path, note)))
    assert len(lines) >= 5
    # An Arabic reader reads the lines top down, each from the right.
    numbers = [int(n) for line in lines for word in reversed(line) for n in re.findall(r"\d+", word.text)]
    assert numbers == list(range(60))
    # Every line ends at the right edge of the cell, the last (short) one too.
    for line in lines:
        assert line[-1].right == pytest.approx(CELL_LEFT + CELL_WIDTH - PADDING, abs=1.5)
    assert lines[-1][0].left > CELL_LEFT + CELL_WIDTH / 2


@needs_poppler
@pytest.mark.parametrize("text", [
    "مرحبا بالعالم. رقم الطلب 4567 (order) تم الشحن في 12.03.2024",
    "שלום עולם. מספר הזמנה 4567 (order) נשלח ב-12.03.2024",
    "(محمد) Shop 12",
])
def test_a_paragraph_that_begins_right_to_left_is_laid_out_right_to_left(tmp_path, text):
    (line,) = lines_of(words(in_a_cell(tmp_path, text)))
    # As the Unicode bidi algorithm orders it with the paragraph's own direction (its first
    # letter's), brackets drawn mirrored; pdftotext gives right-to-left words in drawing order too.
    expected = get_display(text).translate(str.maketrans("()", ")(")).split()
    assert [word.text for word in line] == expected
    assert line[-1].right == pytest.approx(CELL_LEFT + CELL_WIDTH - PADDING, abs=1.5)


@needs_poppler
def test_text_in_lines_of_both_directions_aligns_each_line_by_its_own(tmp_path):
    lines = lines_of(words(in_a_cell(tmp_path, "Called about the order\nמספר הזמנה 4567\n\nThanks")))
    assert [line[0].text for line in lines] == ["Called", "4567", "Thanks"]
    assert lines[0][0].left == pytest.approx(lines[2][0].left) == pytest.approx(CELL_LEFT + PADDING, abs=1.5)
    assert lines[1][-1].right == pytest.approx(CELL_LEFT + CELL_WIDTH - PADDING, abs=1.5)


THAI = "สวัสดีครับผมชื่อสมชายผมชอบกินข้าวผัดและต้มยำกุ้งที่สุดในโลก"


@needs_poppler
@pytest.mark.parametrize("width", [100 * mm, 113 * mm, CELL_WIDTH])
def test_thai_that_wraps_keeps_its_marks_and_breaks_between_syllables(tmp_path, width):
    path = in_a_cell(tmp_path, THAI * 6, width)
    assert empty_boxes(path) == []
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    lines = [line for line in result.stdout.split("\n") if line.strip()]
    assert len(lines) > 3 and "".join(lines) == THAI * 6
    # No line starts with a mark or a vowel written after its consonant, nor ends
    # with a vowel written before the consonant it follows.
    assert not [line for line in lines if unicodedata.category(line[0]) in ("Mn", "Mc") or line[0] in "ะาำๅฯๆ"]
    assert not [line for line in lines if line[-1] in "เแโใไ"]


# THAI in words (the name สมชาย as two, as libthai's dictionary has it).
THAI_WORDS = "สวัสดี ครับ ผม ชื่อ สม ชาย ผม ชอบ กิน ข้าว ผัด และ ต้ม ยำ กุ้ง ที่ สุด ใน โลก".split()


@needs_poppler
@pytest.mark.skipif(not thai_words.available(), reason="needs libthai")
@pytest.mark.parametrize("width", [100 * mm, 113 * mm, CELL_WIDTH])
def test_thai_breaks_between_words_where_libthai_is_installed(tmp_path, width):
    assert "".join(THAI_WORDS) == THAI
    word_ends = {len("".join(THAI_WORDS[:n])) for n in range(len(THAI_WORDS) + 1)}
    result = subprocess.run(["pdftotext", str(in_a_cell(tmp_path, THAI * 6, width)), "-"],
                            capture_output=True, text=True)
    lines = [line for line in result.stdout.split("\n") if line.strip()]
    line_ends = [len("".join(lines[:n])) % len(THAI) for n in range(1, len(lines))]
    assert len(lines) > 3 and set(line_ends) <= word_ends, lines


EMOJI = "Anna 👩\u200d👩\u200d👧\u200d👦 🇩🇪 🧑🏽\u200d💻 😀"


@needs_poppler
def test_emoji_print_in_black_outlines_and_read_back(report_for):
    path = report_for(EMOJI, "Mag 🎉 und ❤️", organisation="Team 🚀", job_title="Entwicklerin 🧑🏽\u200d💻")
    assert empty_boxes(path) == []
    used = {d.font for d in drawn(path) if d.char in "👩👧👦🇩🇪🧑🏽💻🎉🚀"}
    assert used == {"Symbola"}
    text = read_back(path)
    for expected in (EMOJI, "Team 🚀", "Entwicklerin 🧑🏽\u200d💻"):
        assert squashed(expected) in text


def test_an_emoji_no_bundled_font_has_prints_as_a_replacement_character(tmp_path):
    path = in_a_cell(tmp_path, "Party 🥳 🫠")  # Unicode 11 and 14: newer than Symbola
    assert empty_boxes(path) == []
    assert "".join(d.char for d in drawn(path)) == "Party \ufffd \ufffd"


def header_lines(path: Path) -> list[list[Word]]:
    """The lines above the header rule (13.5 mm from the top of the page), of every page."""
    return lines_of([w for w in words(path) if w.top < A4[1] - (A4[1] - 13.5 * mm)])


@needs_poppler
@pytest.mark.parametrize("shop", ["Bäckerei Sonne", None])  # None: a shop with as long a name
def test_a_very_long_name_is_shortened_to_keep_the_header_on_one_line(report_for, shop):
    name = ("Maria Magdalena von Hohenzollern-Sigmaringen und Habsburg-Lothringen " * 8)[:500]
    path = report_for(name, "Notes", shop=shop)
    pages = {w.page for w in words(path)}
    lines = header_lines(path)
    assert len(lines) == len(pages)  # one line a page
    for line in lines:
        text = " ".join(w.text for w in line)
        assert text.endswith("…") and line[-1].right <= A4[0] - 20 * mm + 0.5
    if shop:
        assert " ".join(w.text for w in lines[0]).startswith("Bäckerei Sonne · access report for Maria Magdalena")


@needs_poppler
def test_a_short_name_is_not_shortened_in_the_header(report_for):
    path = report_for("Zofia Łukasiewicz", "Notes", shop="Sklep")
    line = " ".join(w.text for w in header_lines(path)[0])
    assert line == "Sklep · access report for Zofia Łukasiewicz"


@needs_poppler
def test_arabic_reads_back_as_its_letters_so_a_search_finds_it(report_for):
    raw = subprocess.run(["pdftotext", str(report_for("محمد", "محمد علي")), "-"],
                         capture_output=True, text=True).stdout
    # The letters themselves, not their presentation forms (ﻣﺤﻤﺪ), with no normalisation.
    assert "محمد" in raw and "محمد علي" in raw.replace("\u202b", "").replace("\u202c", "")


@pytest.mark.parametrize(("text", "level"), [
    ("مرحبا abc", 1), ("abc مرحبا", 0), ("123 (דוד)", 1), ("123 ...", 0), ("\u2067abc\u2069 דוד", 1),
])
def test_a_paragraph_takes_the_direction_of_its_first_letter(text, level):
    assert text_direction.paragraph_level(text) == level


@pytest.mark.parametrize("text", [
    "مرحبا بالعالم. رقم الطلب 4567 (order) تم الشحن في 12.03.2024", "(محمد)", "דוד (abc) 12", "abc (דוד) 5",
])
def test_right_to_left_paragraphs_are_ordered_as_the_bidi_algorithm_says(text):
    assert _visual(text, base=1) == get_display(text, base_dir="R")


def test_random_right_to_left_paragraphs_are_ordered_as_python_bidi_orders_them():
    alphabet = "ab דוהمحد١٢12.,-%()[] \u064e"
    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert _visual(text, base=1) == get_display(text, base_dir="R"), repr(text)
