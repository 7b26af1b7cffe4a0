"""The data protection status report (``crmdesk check --pdf FILE``), for the shop's files.

A dated page or two in the style of the access report: what was checked,
each finding with its state, and what was done since the last report (from
the audit log, for owners and admins). It names no customer: findings are
counts, and what was done is counted by kind.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from crmdesk.core import health
from crmdesk.reports.access_report import build, para, styles, table

STATES = {health.GOOD: "in order", health.ATTENTION: "to do", health.FAILED: "failed"}
CHECKED = ("data subject requests, their deadlines and extensions to announce", "consents and lawful bases",
           "retention proposals", "backups: their age and where they are kept",
           "users: the authenticator, who signs in, and the owner's recovery code", "the vault and its audit log, checked now",
           "the vault's files, key slots, folder, keyring and disk space (owners and admins)")


def render(report: health.StatusReport) -> bytes:
    s = styles()
    day = report.made_at.date().isoformat()
    waiting = sum(1 for f in report.findings if f.level != health.GOOD)
    story = [
        para(report.organisation, s["cellbold"]), Spacer(1, 6 * mm),
        para("Data protection status", s["title"]),
        para(f"Made on {day} by {report.made_by} with crmdesk · "
             + (f"the last report was made on {report.since[:10]}" if report.since else "the first report"),
             s["small"]),
        Spacer(1, 4 * mm),
        para("Nothing needs doing." if not waiting else
             f"{waiting} {'thing needs' if waiting == 1 else 'things need'} doing; see the findings below.",
             s["body"]),
        para("1. What was checked", s["h1"]),
        para("\n".join(f"• {item}" for item in CHECKED), s["body"]),
        para("2. The findings", s["h1"]),
    ]
    rows = [[para("State", s["cellbold"]), para("Finding", s["cellbold"])]]
    order = {health.FAILED: 0, health.ATTENTION: 1, health.GOOD: 2}
    for finding in sorted(report.findings, key=lambda f: order[f.level]):
        rows.append([para(STATES[finding.level], s["cellbold"] if finding.level != health.GOOD else s["cell"]),
                     para(finding.sentence, s["cell"])])
    story.append(table(rows, [25 * mm, 145 * mm]))
    story.append(para(f"3. What was done since {'the last report' if report.since else 'the vault was made'}",
                      s["h1"]))
    if report.done:
        rows = [[para("What", s["cellbold"]), para("How often", s["cellbold"])]]
        rows += [[para(words[:1].upper() + words[1:], s["cell"]), para(f"{number:,}", s["cell"])]
                 for words, number in report.done]
        story.append(table(rows, [120 * mm, 50 * mm]))
    else:
        story.append(para("Nothing was recorded in the audit log since then." if report.done is not None else
                          "Owners and admins see this part, from the audit log.", s["body"]))
    story.append(Spacer(1, 6 * mm))
    story.append(para("Keep this report with the shop's data protection records (GDPR Art. 5(2): being able to "
                      "show compliance). It names no customer.", s["small"]))
    return build(story, f"{report.organisation} · data protection status · {day}", title="Data protection status",
                 author=report.organisation, subject=f"Data protection status on {day}")
