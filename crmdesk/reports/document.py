"""A document written once and given as PDF or as an editable Word file (DOCX).

The shop's data-protection papers (a breach notification draft, letters to
the people a breach affects, the record of processing, the privacy notice)
are kept by the shop and often finished by hand: a lawyer adds a sentence,
the regulator's form wants its own order. So each is described once as a
``Document`` of headings, paragraphs, lists and tables, and rendered to PDF
(in the style of the access report, every script in a font that has it) or
to DOCX with python-docx, which Word, LibreOffice and the regulators'
portals open. A ``page_break`` starts each letter of a set on its own page.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from crmdesk.core import language
from crmdesk.reports.access_report import build, para, styles, table

PAGE_WIDTH_MM = 170  # A4 less the margins


@dataclass
class Document:
    title: str
    organisation: str
    subtitle: str = ""
    header: str = ""  # on every page of the PDF
    language: str = "en"  # what the document is written in (its page numbers follow)
    blocks: list[tuple[str, object]] = field(default_factory=list)

    def heading(self, text: str) -> Document:
        self.blocks.append(("heading", text))
        return self

    def subheading(self, text: str) -> Document:
        self.blocks.append(("subheading", text))
        return self

    def text(self, text: str) -> Document:
        self.blocks.append(("text", text))
        return self

    def small(self, text: str) -> Document:
        self.blocks.append(("small", text))
        return self

    def items(self, lines: list[str]) -> Document:
        self.blocks.append(("items", list(lines)))
        return self

    def table(self, headers: list[str], rows: list[list[str]], widths_mm: list[float] | None = None) -> Document:
        """A table; ``widths_mm`` share the page's width (default: equal)."""
        widths = widths_mm or [PAGE_WIDTH_MM / len(headers)] * len(headers)
        self.blocks.append(("table", (list(headers), [list(r) for r in rows], widths)))
        return self

    def fields(self, pairs: list[tuple[str, str]]) -> Document:
        """A two-column table of a name and its value, without a header."""
        self.blocks.append(("fields", [list(p) for p in pairs]))
        return self

    def page_break(self) -> Document:
        self.blocks.append(("page", None))
        return self

    def plain_text(self) -> str:
        """The document as plain text (for a web page, or to check it)."""
        lines = [self.organisation, self.title, self.subtitle, ""]
        for kind, content in self.blocks:
            if kind in ("heading", "subheading", "text", "small"):
                lines += [str(content), ""]
            elif kind == "items":
                lines += [f"- {item}" for item in content] + [""]
            elif kind == "table":
                headers, rows, _ = content
                lines += [" | ".join(headers), *(" | ".join(r) for r in rows), ""]
            elif kind == "fields":
                lines += [f"{name}: {value}" for name, value in content] + [""]
        return "\n".join(lines).strip() + "\n"


def _cleaned(doc: Document) -> Document:
    """``doc`` with only text a Word document can hold."""
    def fix(content):
        if isinstance(content, str):
            return _xml(content)
        if isinstance(content, list | tuple):
            return type(content)(fix(c) for c in content)
        return content

    return Document(_xml(doc.title), _xml(doc.organisation), _xml(doc.subtitle), _xml(doc.header), doc.language,
                    [(kind, fix(content)) for kind, content in doc.blocks])


def pdf(doc: Document) -> bytes:
    s = styles()
    story: list = []
    if doc.organisation:
        story += [para(doc.organisation, s["cellbold"]), Spacer(1, 4 * mm)]
    story.append(para(doc.title, s["title"]))
    if doc.subtitle:
        story.append(para(doc.subtitle, s["small"]))
    story.append(Spacer(1, 3 * mm))
    for kind, content in doc.blocks:
        if kind == "heading":
            story.append(para(str(content), s["h1"]))
        elif kind == "subheading":
            story.append(para(str(content), s["h2"]))
        elif kind == "text":
            story.append(para(str(content), s["body"]))
            story.append(Spacer(1, 2 * mm))
        elif kind == "small":
            story.append(para(str(content), s["small"]))
        elif kind == "items":
            story.append(para("\n".join(f"• {item}" for item in content), s["body"]))
            story.append(Spacer(1, 2 * mm))
        elif kind == "table":
            headers, rows, widths = content
            cells = [[para(h, s["cellbold"]) for h in headers]] + [[para(c, s["cell"]) for c in r] for r in rows]
            story.append(table(cells, [w * mm for w in widths]))
            story.append(Spacer(1, 3 * mm))
        elif kind == "fields":
            cells = [[para(name, s["cellbold"]), para(value or "—", s["cell"])] for name, value in content]
            story.append(table(cells, [55 * mm, 115 * mm], header=False))
            story.append(Spacer(1, 3 * mm))
        elif kind == "page":
            story.append(PageBreak())
    return build(story, doc.header or f"{doc.organisation} · {doc.title}", lang=language.get(doc.language),
                 title=doc.title,
                 author=doc.organisation, subject=doc.subtitle or doc.title)


# What XML 1.0, and so a Word document, cannot hold: control characters other than tab and line breaks.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_IN_XML.sub("", text)


def docx(doc: Document) -> bytes:
    from docx import Document as WordDocument
    from docx.shared import Mm, Pt

    doc = _cleaned(doc)
    word = WordDocument()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    word.styles["Normal"].font.size = Pt(10)
    word.core_properties.title = doc.title
    word.core_properties.author = doc.organisation
    word.core_properties.subject = doc.subtitle or doc.title
    word.core_properties.language = doc.language
    if doc.organisation:
        word.add_paragraph().add_run(doc.organisation).bold = True
    word.add_heading(doc.title, level=0)
    if doc.subtitle:
        word.add_paragraph(doc.subtitle).runs[0].italic = True
    for kind, content in doc.blocks:
        if kind == "heading":
            word.add_heading(str(content), level=1)
        elif kind == "subheading":
            word.add_heading(str(content), level=2)
        elif kind == "text":
            word.add_paragraph(str(content))
        elif kind == "small":
            word.add_paragraph(str(content)).runs[0].font.size = Pt(8)
        elif kind == "items":
            for item in content:
                word.add_paragraph(item, style="List Bullet")
        elif kind in ("table", "fields"):
            headers, rows = (content[0], content[1]) if kind == "table" else (None, content)
            grid = word.add_table(rows=0, cols=len(headers or rows[0]))
            grid.style = "Table Grid"
            for number, values in enumerate([headers, *rows] if headers else rows):
                cells = grid.add_row().cells
                for cell, value in zip(cells, values, strict=True):
                    cell.text = value or ("" if headers else "—")
                    if (headers and number == 0) or (not headers and cell is cells[0]):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            word.add_paragraph()
        elif kind == "page":
            word.add_page_break()
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
