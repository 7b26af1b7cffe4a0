"""Names in every script a customer's name can be written in, printed in the
access report and the recovery kit: read back with pdftotext, and drawn with
real glyphs (no empty boxes), joined and ordered as the script is written."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from bidi import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from crmdesk.core import configuration
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import subject_data
from crmdesk.core.vault.session import VaultPaths
from crmdesk.reports import access_report, fonts, recovery_kit, text_direction
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

    def render(name: str, notes: str) -> Path:
        configuration.change_settings(owner, {"organisation": f"Shop {name}"})
        person = contacts.add_contact(staff, ContactInput(display_name=name, notes=notes,
                                                          tags=[name], source=notes))
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
    arabic = "".join(d.char for d in drawn(path) if d.font == "NotoSansArabic-Regular")
    # Drawn left to right: final dal, medial meem, medial hah, initial meem; no letter
    # on its own (isolated meem is U+0645).
    mohammad = "\ufeaa\ufee4\ufea4\ufee3"
    assert mohammad in arabic and "\u0645" not in arabic
    # "محمد علي": the second word is drawn to the left of the first (final yeh, medial lam, initial ain).
    assert "\ufef2\ufee0\ufecb" + mohammad in arabic


@needs_poppler
def test_devanagari_forms_its_conjuncts_and_copies_as_written(report_for):
    path = report_for("अर्जुन", "अर्जुन क्षत्रिय")
    devanagari = [d.char for d in drawn(path) if d.font == "NotoSansDevanagari-Regular"]
    # The reph (र् drawn above the next consonant) and the conjunct क्ष are glyphs of their own.
    assert "\u094d" not in devanagari
    assert "अर्जुन" in actual_texts(path) and "क्षत्रिय" in actual_texts(path)
    assert squashed("अर्जुन क्षत्रिय") in read_back(path)


def test_without_the_fallback_fonts_the_check_sees_the_empty_boxes(tmp_path, monkeypatch):
    """The empty-box check is real: with DejaVu Sans alone (as before) it finds them."""
    monkeypatch.setattr(fonts, "FALLBACKS", ())
    fonts.font_for.cache_clear()
    try:
        path = tmp_path / "dejavu.pdf"
        style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10)
        SimpleDocTemplate(str(path)).build([fonts.paragraph("张伟 김민준 अर्जुन สมชาย", style)])
        boxes = empty_boxes(path)
    finally:
        fonts.font_for.cache_clear()
    assert len(boxes) == len("张伟김민준अर्जुनสมชาย"), boxes


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


def _visual(text: str) -> str:
    levels = text_direction.levels(text)
    return "".join(text[i] for i in text_direction.visual_order(levels))
