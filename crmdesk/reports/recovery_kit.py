"""The printable recovery kit: the recovery code and what to do with it."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from crmdesk.core import language
from crmdesk.core.language import N_, Language
from crmdesk.core.vault.session import VaultPaths
from crmdesk.reports import fonts


@dataclass(frozen=True)
class RecoveryKit:
    recovery_code: str
    vault_name: str
    vault_path: str
    vault_id: str
    organisation: str
    created: datetime


def kit_for(paths: VaultPaths, vault_id: str, recovery_code: str, organisation: str) -> RecoveryKit:
    """The kit for a vault, dated now."""
    return RecoveryKit(recovery_code=recovery_code, vault_name=paths.name, vault_path=str(paths.folder),
                       vault_id=vault_id, organisation=organisation, created=datetime.now().astimezone())


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=15)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=20, leading=26),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, textColor=colors.HexColor("#555555")),
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.BOLD, fontSize=12.5, leading=18, spaceBefore=10),
        "body": body,
        "code": ParagraphStyle("code", parent=body, fontName=fonts.MONO, fontSize=17, leading=24, alignment=1),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")),
    }


def _escaped(text: str) -> str:
    """A translated sentence as reportlab markup (its ``&``, ``<`` and ``>`` as entities)."""
    return escape(text)


def _command(text: str) -> str:
    return f"<font name='{fonts.MONO}'>{escape(text)}</font>"


def write_recovery_kit(kit: RecoveryKit, path: Path, lang: Language | None = None) -> None:
    """Write the kit as a one-page PDF, atomically (no half-written file), in ``lang`` (else the
    language messages are shown in: the window's, the terminal's)."""
    lang = lang or language.active()
    say = lang.gettext
    s = _styles()
    forgot = say(N_("Forgot passphrase"))  # the unlock window's button, as it names it
    heading = kit.organisation or kit.vault_name
    details = [
        [say(N_("Vault")), kit.vault_name],
        [say(N_("Location when created")), kit.vault_path],
        [say(N_("Vault id")), kit.vault_id],
        [say(N_("Created")), f"{lang.date(kit.created.date())} {kit.created.strftime('%H:%M %Z')}".strip()],
    ]
    details_table = Table(
        [[Paragraph(a, s["body"]), fonts.paragraph(b, s["body"])] for a, b in details],
        colWidths=[45 * mm, 120 * mm],
    )
    details_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    code_box = Table([[fonts.paragraph(kit.recovery_code, s["code"])]], colWidths=[165 * mm])
    code_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    story = [
        Paragraph(say(N_("crmdesk recovery kit")), s["title"]),
        fonts.paragraph(heading, s["subtitle"]),  # the shop's or the vault's name, in any script
        Spacer(1, 8 * mm),
        Paragraph(say(N_("Recovery code")), s["heading"]),
        code_box,
        Spacer(1, 4 * mm),
        details_table,
        Paragraph(say(N_("What this code does")), s["heading"]),
        Paragraph(
            _escaped(say(N_("If the owner's passphrase is lost, this code sets a new one: run {recover} or choose "
                            "{forgot} in the unlock window, and type the code. Without the passphrase and "
                            "without this code, nobody, crmdesk included, can open the vault: the customer data "
                            "in it is lost."))).format(recover=_command("crmdesk recover"),
                                                        forgot=f"<i>{escape(forgot)}</i>"),
            s["body"],
        ),
        Paragraph(say(N_("Keep it safe")), s["heading"]),
        Paragraph(
            _escaped(say(N_("Anyone holding this code and a copy of the vault can read every customer record in "
                            "it. Print this page and keep it where you keep the shop's other important papers: a "
                            "safe or a locked drawer, away from the computer. Do not store it as a file on the "
                            "same computer, or photograph it."))),
            s["body"],
        ),
        Paragraph(say(N_("If the code is exposed")), s["heading"]),
        Paragraph(
            _escaped(say(N_("As the owner, run {command} to make a new code (the old one stops working), print "
                            "the new kit, then destroy this page."))).format(
                command=_command("crmdesk recovery-code --recovery-kit FILE")),
            s["body"],
        ),
        Spacer(1, 10 * mm),
        Paragraph(_escaped(say(N_("crmdesk never sends this code anywhere and cannot show it again."))),
                  s["small"]),
    ]
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".recovery-kit.", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        doc = SimpleDocTemplate(
            tmp, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
            topMargin=22 * mm, bottomMargin=20 * mm,
            title=say(N_("crmdesk recovery kit")), author="crmdesk", subject=kit.vault_name,
        )
        doc.build(story)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
