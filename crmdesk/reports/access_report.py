"""The access report (GDPR Art. 15): a letter and everything held, as a PDF.

A cover letter from the controller with the request's reference and dates,
then the person's data, interactions, consent history with the exact texts
agreed to, their requests, and the information of Art. 15(1)(a)–(h). Every
page has a header and "page N of M". Names print in any script: the text is
set in DejaVu Sans and, for what it lacks (Chinese, Japanese, Korean, Arabic,
Hebrew, Devanagari, Thai), in the bundled fonts that have it, all embedded
(``fonts.paragraph``). With a password the file is encrypted with
AES-256 (see ``encrypt``); the password travels separately.
"""

from __future__ import annotations

import io
import secrets
from datetime import date

from pypdf import PdfWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from crmdesk.core.language import ENGLISH, N_, Language, capitalised, get
from crmdesk.core.people.contact_model import KIND_WORDS, label_words
from crmdesk.core.privacy import consent, purposes, requests
from crmdesk.core.privacy.subject_data import NO_AUTOMATED_DECISIONS, RIGHTS, SubjectData
from crmdesk.reports import fonts

GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#cccccc")
MARGIN = 20 * mm
SECTION_15 = (
    ("a", N_("Purposes of the processing")),
    ("b", N_("Categories of personal data")),
    ("c", N_("Recipients")),
    ("d", N_("How long the data is kept")),
    ("e", N_("Your rights")),
    ("f", N_("Complaints")),
    ("g", N_("Where the data came from")),
    ("h", N_("Automated decisions")),
)


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=14)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=17, leading=22, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=body, fontName=fonts.BOLD, fontSize=14, leading=19, spaceBefore=6,
                             spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.BOLD, fontSize=11, leading=15, spaceBefore=8,
                             spaceAfter=3, keepWithNext=1),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "cellbold": ParagraphStyle("cellbold", parent=body, fontName=fonts.BOLD, fontSize=9, leading=12),
        "quote": ParagraphStyle("quote", parent=body, fontSize=9, leading=12.5, leftIndent=8, rightIndent=8,
                                textColor=colors.HexColor("#222222"), backColor=colors.HexColor("#f4f4f4"),
                                borderPadding=5, spaceBefore=3, spaceAfter=8),
        "right": ParagraphStyle("right", parent=body, alignment=2),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept), every script in a font that has it."""
    return fonts.paragraph(text, style)


def table(rows: list[list], widths: list[float], *, header: bool = True) -> Table:
    # A long table (a regular's thousand visits) is split page by page; LongTable measures only the rows
    # a page takes each time, where Table would measure all the rows left again for every page.
    kind = LongTable if len(rows) > 50 else Table
    # splitInRow: a cell taller than a page (a long description) goes on over the next page.
    table = kind(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]
    table.setStyle(TableStyle(style))
    return table


class _NumberedCanvas(Canvas):
    """Draws the header and "page N of M" once every page is known (two passes
    over the pages). The header is one line: ``header[shorten[0]:shorten[1]]``
    (the person's name) is cut short with "…" where it would not fit."""

    header = ""
    shorten: tuple[int, int] | None = None
    lang: Language = ENGLISH

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab naming
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        # The header names the person, so it is a paragraph: any script, in the font that has it.
        style = ParagraphStyle("header", fontName=fonts.REGULAR, fontSize=8, leading=10, textColor=GREY)
        header = fonts.one_line(self.header, style, A4[0] - 2 * MARGIN, self.shorten)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total, header)
            super().showPage()
        super().save()

    def _decorate(self, total: int, header: Paragraph) -> None:
        width, height = A4
        self.saveState()
        header.wrapOn(self, width - 2 * MARGIN, 10 * mm)
        header.drawOn(self, MARGIN, height - 12 * mm - header.height + 8)  # first baseline where drawString put it
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(GREY)
        self.drawRightString(width - MARGIN, 10 * mm, self.lang.gettext(N_("page {page} of {total}")).format(
            page=self._pageNumber, total=total))
        self.setStrokeColor(LINE)
        self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        self.restoreState()


def _when(lang: Language, text: str | None, with_time: bool = True) -> str:
    """A stored moment ("2026-03-02T14:05:…") as the reader's language writes it: "2 mars 2026 14:05"."""
    if not text:
        return ""
    written = lang.date(date.fromisoformat(text[:10]), "medium")
    return f"{written} {text[11:16]}" if with_time and len(text) >= 16 else written


def _letter(data: SubjectData, lang: Language, s) -> list:
    _ = lang.gettext
    c, ctl, req = data.contact, data.controller, data.request
    sender = [ctl.name, ctl.address, ctl.contact]
    story = [para("\n".join(x for x in sender if x), s["cellbold"]), Spacer(1, 10 * mm)]
    addressee = [c.display_name] + ([c.addresses[0].one_line()] if c.addresses else [])
    story += [para("\n".join(addressee), s["body"]), Spacer(1, 8 * mm),
              para(lang.date(date.fromisoformat(data.generated_at[:10])), s["right"]), Spacer(1, 6 * mm),
              para(_(N_("Your request for access to your personal data")), s["title"])]
    if req is not None:
        story.append(para(_(N_("Reference {reference} · received {received} · answer due {due}")).format(
            reference=req.reference, received=lang.date(req.received_on), due=lang.date(req.due_on)), s["small"]))
    contact_us = (_(N_("If anything is wrong or incomplete, tell us and we will correct it. If you have questions, "
                       "contact us at {contact}.")).format(contact=ctl.contact) if ctl.contact else
                  _(N_("If anything is wrong or incomplete, tell us and we will correct it. If you have questions, "
                       "contact us.")))
    if ctl.dpo_contact:
        contact_us += " " + _(N_("Our data protection contact: {contact}.")).format(contact=ctl.dpo_contact)
    story += [
        Spacer(1, 5 * mm),
        para(_(N_("Dear {name},")).format(name=c.display_name), s["body"]), Spacer(1, 3 * mm),
        para(_(N_("you asked which personal data we hold about you. Under Article 15 of the General Data Protection "
                  "Regulation (GDPR) you are entitled to a copy of it and to information about how we use it. "
                  "This report contains:")), s["body"]),
        para(_(N_("1. the data we hold about you; 2. our record of our contacts with you; 3. what you agreed to, "
                  "with the exact wording, and the other lawful bases for using your data; 4. your requests to us; "
                  "5. the information of Article 15(1): purposes, categories, recipients, storage periods, your "
                  "rights, complaints, sources and automated decisions.")), s["body"]),
        Spacer(1, 3 * mm),
        para(_(N_("A file in a machine-readable format (JSON) with the same data comes with this report, so you "
                  "can take it elsewhere (Article 20).")), s["body"]),
        Spacer(1, 3 * mm),
        para(contact_us, s["body"]),
        Spacer(1, 8 * mm),
        para(_(N_("Kind regards,")) + f"\n{ctl.name}", s["body"]),
        PageBreak(),
    ]
    return story


def _person(data: SubjectData, lang: Language, s) -> list:
    _ = lang.gettext
    c = data.contact

    def labelled(words: str, label: str) -> str:
        return _(N_("{field} ({label})")).format(field=words, label=label) if label else words

    fields = [(_(N_("Name")), c.display_name), (_(N_("Given name")), c.given_name),
              (_(N_("Family name")), c.family_name), (_(N_("Organisation")), c.organisation),
              (_(N_("Job title")), c.job_title)]
    fields += [(labelled(_(N_("E-mail")), label_words(e.label, lang)), e.value) for e in c.emails]
    fields += [(labelled(_(N_("Phone")), p.described_in(lang)), p.value) for p in c.phones]
    fields += [(labelled(_(N_("Address")), label_words(a.label, lang)), a.one_line()) for a in c.addresses]
    fields += [(labelled(_(N_("Website")), label_words(w.label, lang)), w.value) for w in c.websites]
    birthday = c.birthday.shown(lang) if c.birthday else ""
    fields += [(_(N_("Birthday")), birthday),
               (_(N_("Tags")), ", ".join(c.tags)), (_(N_("Notes")), c.notes),
               (_(N_("Where the data came from")), c.source),
               (_(N_("Customer since")), lang.date(c.since, "medium") if c.since else ""),
               (_(N_("Letters in")), capitalised(lang.language_name(c.language))),
               (_(N_("Record created")), _when(lang, c.created_at)), (_(N_("Last changed")), _when(lang, c.updated_at)),
               (_(N_("Our reference for you")), c.id)]
    rows = [[para(k, s["cellbold"]), para(v, s["cell"])] for k, v in fields if v]
    return [para(_(N_("1. The data we hold about you")), s["h1"]), table(rows, [45 * mm, 125 * mm], header=False)]


def _interactions(data: SubjectData, lang: Language, s) -> list:
    _ = lang.gettext
    story = [para(_(N_("2. Our contacts with you ({count})")).format(count=lang.number(len(data.interactions))),
                  s["h1"])]
    if not data.interactions:
        return story + [para(_(N_("We have no record of visits, calls, e-mails, purchases or notes about you.")),
                             s["body"])]
    rows = [[para(_(N_("When")), s["cellbold"]), para(_(N_("What")), s["cellbold"]),
             para(_(N_("Record")), s["cellbold"]), para(_(N_("Logged by")), s["cellbold"])]]
    for item in data.interactions:
        text = item.summary + (f"\n{item.body}" if item.body else "")
        # The time and the kind are plain text in the table's own font: a regular's thousand visits make a
        # table reportlab measures again for every page, and a paragraph per cell costs a second there.
        kind = lang.pgettext("kind of interaction", KIND_WORDS.get(item.kind, item.kind))
        rows.append([_when(lang, item.occurred_at).replace(" ", "\n", 1), kind, para(text, s["cell"]),
                     para(data.users.get(item.user_id or "", ""), s["cell"])])
    listed = table(rows, [30 * mm, 20 * mm, 95 * mm, 25 * mm])
    listed.setStyle(TableStyle([("FONTNAME", (0, 1), (1, -1), fonts.REGULAR), ("FONTSIZE", (0, 1), (1, -1), 9),
                                ("LEADING", (0, 1), (1, -1), 12)]))
    return story + [listed]


def _consent(data: SubjectData, lang: Language, s) -> list:
    _ = lang.gettext
    story = [para(_(N_("3. What you agreed to, and the other lawful bases")), s["h1"]),
             para(_(N_("Today")), s["h2"])]
    rows = [[para(_(N_("Purpose")), s["cellbold"]), para(_(N_("Lawful basis")), s["cellbold"]),
             para(_(N_("State")), s["cellbold"]), para(_(N_("Since / until")), s["cellbold"])]]
    for item in data.consent_states:
        rows.append([para(_(item.purpose.title), s["cell"]), para(_(purposes.BASES[item.purpose.basis]), s["cell"]),
                     para(consent.state_words(lang, item.state), s["cell"]),
                     para(" – ".join(x for x in (_when(lang, item.since, False), _when(lang, item.expires_at, False))
                                     if x), s["cell"])])
    story.append(table(rows, [50 * mm, 50 * mm, 35 * mm, 35 * mm]))
    story.append(para(_(N_("History, oldest first")), s["h2"]))
    if not data.consent_history:
        story.append(para(_(N_("Nothing has been recorded.")), s["body"]))
    for entry in data.consent_history:
        parts = [_(consent.METHODS.get(entry.method, entry.method))]
        if entry.captured_by:
            parts.append(_(N_("recorded by {name}")).format(name=entry.captured_by))
        if entry.witness:
            parts.append(_(N_("witness {name}")).format(name=entry.witness))
        parts += [_(N_("{kind} kept ({size} bytes, SHA-256 {digest}…)")).format(
            kind=lang.pgettext("kind of evidence", consent.EVIDENCE_WORDS.get(x.kind, x.kind)), size=lang.number(x.size),
            digest=x.sha256[:12]) for x in entry.evidence]
        context = "a consent was" if entry.action in consent.CONSENT_ACTIONS else "a lawful basis was"
        action = lang.pgettext(context, consent.ACTION_WORDS.get(entry.action, entry.action))
        block = [para(f"{_when(lang, entry.at)} · {_(entry.purpose_title)}: {action} ({'; '.join(parts)})",
                      s["cellbold"])]
        if entry.note:
            block.append(para(entry.note, s["cell"]))
        text = data.texts.get(entry.text_id) if entry.text_id else None
        if text is not None:
            block.append(para(_(N_("The text shown (version {version}, {language}, SHA-256 {digest}):")).format(
                version=text.version, language=lang.language_name(text.language), digest=text.sha256),
                s["small"]))
            block.append(para(text.body, s["quote"]))
        story.append(KeepTogether(block) if text is None or len(text.body) < 1500 else block[0])
        if text is not None and len(text.body) >= 1500:
            story += block[1:]
    return story


def _requests(data: SubjectData, lang: Language, s) -> list:
    _ = lang.gettext
    story = [para(_(N_("4. Your requests to us")), s["h1"])]
    rows = [[para(h, s["cellbold"]) for h in (_(N_("Reference")), _(N_("Type")), _(N_("Received")), _(N_("Due")),
                                              _(N_("Status")))]]
    rows += [[para(r.reference, s["cell"]), para(_(requests.TYPES.get(r.type, r.type)), s["cell"]),
              para(lang.date(r.received_on, "medium"), s["cell"]), para(lang.date(r.due_on, "medium"), s["cell"]),
              para(lang.pgettext("status of a request", requests.STATUS_WORDS.get(r.status, r.status)), s["cell"])]
             for r in data.requests]
    return story + ([table(rows, [28 * mm, 45 * mm, 30 * mm, 30 * mm, 37 * mm])] if data.requests else
                    [para(_(N_("None.")), s["body"])])


def _article_15(data: SubjectData, lang: Language, s) -> list:
    _ = lang.gettext
    ctl = data.controller
    story = [para(_(N_("5. Information under Article 15(1) GDPR")), s["h1"])]
    titles = dict(SECTION_15)

    def heading(letter: str) -> Paragraph:
        return para(f"({letter}) {_(titles[letter])}", s["h2"])

    story.append(heading("a"))
    if data.purposes:
        for p in data.purposes:
            described = _(p.description) if p.description else ""
            story.append(para(f"• {_(p.title)} — {_(purposes.BASES[p.basis])}" + (f": {described}" if described
                                                                                  else ""), s["body"]))
    else:
        story.append(para(_(N_("At present we have no purpose for which we use your data; we keep it only as the "
                               "periods in (d) require.")), s["body"]))
    story.append(heading("b"))
    for cat in data.categories:
        story.append(para(f"• {cat.name}: {', '.join(cat.items)}", s["body"]))
    story.append(heading("c"))
    story.append(para(_(N_("We share your data only with:")) + "\n" + "\n".join(f"• {r}" for r in ctl.recipients)
                      if ctl.recipients else _(N_("We do not pass your data to anyone else.")), s["body"]))
    story.append(heading("d"))
    for cat in data.categories:
        story.append(para(f"• {cat.name}: {cat.retention}", s["body"]))
    story.append(heading("e"))
    for name, words in RIGHTS:
        story.append(para(f"• {_(name)}: {_(words)}", s["body"]))
    story.append(heading("f"))
    if ctl.supervisory_authority:
        story.append(para(_(N_("You have the right to complain to a supervisory authority (Art. 77), in particular "
                               "where you live or work; ours is {authority}.")).format(
            authority=ctl.supervisory_authority), s["body"]))
    else:
        story.append(para(_(N_("You have the right to complain to a supervisory authority (Art. 77), in particular "
                               "where you live or work.")), s["body"]))
    story.append(heading("g"))
    story.append(para("\n".join(f"• {x}" for x in data.sources) if data.sources else
                      _(N_("You gave us the data yourself.")), s["body"]))
    story.append(heading("h"))
    story.append(para(_(NO_AUTOMATED_DECISIONS), s["body"]))
    story += [Spacer(1, 8 * mm), para(_(N_("Made by crmdesk on {when} UTC for {shop}.")).format(
        when=_when(lang, data.generated_at), shop=ctl.name), s["small"])]
    return story


def encrypt(pdf: bytes, password: str) -> bytes:
    """``pdf`` protected with ``password``: AES-256, the PDF 2.0 standard
    security handler (revision 6), which every current viewer opens. The
    owner password is random and forgotten: nobody can lift the protection."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render(data: SubjectData, *, password: str | None = None) -> bytes:
    """The report as PDF bytes; with ``password`` encrypted with AES-256."""
    s = styles()
    lang = get(data.language)
    story = [part for make in (_letter, _person, _interactions, _consent, _requests, _article_15)
             for part in make(data, lang, s)]
    reference = f" · {data.request.reference}" if data.request else ""
    # The person's name is the part of the header cut short where it would not fit.
    before, after = lang.gettext(N_("{shop} · access report for {name}")).format(
        shop=data.controller.name, name="\0").split("\0")
    made = build(story, f"{before}{data.contact.display_name}{after}{reference}",
                 (len(before), len(before) + len(data.contact.display_name)), lang=lang,
                 title=lang.gettext(N_("Access report")), author=data.controller.name,
                 subject=f"GDPR Art. 15{reference}")
    return encrypt(made, password) if password else made


def build(story: list, header: str, shorten: tuple[int, int] | None = None, lang: Language = ENGLISH,
          **info: str) -> bytes:
    """A crmdesk document as PDF bytes: A4, ``header`` on every page (the part
    ``shorten`` marks cut short where it would not fit), "page N of M" in
    ``lang``; ``info`` gives the PDF's title, author and subject."""
    out = io.BytesIO()
    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {"header": header, "shorten": shorten, "lang": lang})
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm,
                            bottomMargin=18 * mm, **info)
    doc.build(story, canvasmaker=canvas_class)
    return out.getvalue()
