"""The data protection status report (``crmdesk check --pdf FILE``), for the shop's files.

A dated page or two in the style of the access report: what was checked,
each finding with its state, and what was done since the last report (from
the audit log, for owners and admins). It names no customer: findings are
counts, and what was done is counted by kind.

Written in the report's language (the one its findings were made in: the
language messages are shown in), its dates and numbers as that language
writes them.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from crmdesk.core import health
from crmdesk.core.language import N_, NP_, capitalised
from crmdesk.reports.access_report import build, para, styles, table

STATES = {health.GOOD: NP_("state of a finding", "in order"), health.ATTENTION: NP_("state of a finding", "to do"),
          health.FAILED: NP_("state of a finding", "failed")}
CHECKED = (N_("data subject requests, their deadlines and extensions to announce"), N_("consents and lawful bases"),
           N_("retention proposals"), N_("backups: their age and where they are kept"),
           N_("users: the authenticator, who signs in, and the owner's recovery code"),
           N_("the vault and its audit log, checked now"),
           N_("the vault's files, key slots, folder, keyring and disk space (owners and admins)"))


def render(report: health.StatusReport) -> bytes:
    lang = report.lang
    _ = lang.gettext
    s = styles()
    day = lang.date(report.made_at.date())
    waiting = sum(1 for f in report.findings if f.level != health.GOOD)
    title = _(N_("Data protection status"))
    made = _(N_("Made on {day} by {user} with crmdesk")).format(day=day, user=report.made_by)
    last = (_(N_("the last report was made on {day}")).format(day=lang.date(date.fromisoformat(report.since[:10])))
            if report.since else _(N_("the first report")))
    story = [
        para(report.organisation, s["cellbold"]), Spacer(1, 6 * mm),
        para(title, s["title"]),
        para(f"{made} · {last}", s["small"]),
        Spacer(1, 4 * mm),
        para(lang.ngettext("{n} thing needs doing; see the findings below.",
                           "{n} things need doing; see the findings below.", waiting) if waiting else
             _(N_("Nothing needs doing.")), s["body"]),
        para(_(N_("1. What was checked")), s["h1"]),
        para("\n".join(f"• {_(item)}" for item in CHECKED), s["body"]),
        para(_(N_("2. The findings")), s["h1"]),
    ]
    rows = [[para(_(N_("State")), s["cellbold"]), para(_(N_("Finding")), s["cellbold"])]]
    order = {health.FAILED: 0, health.ATTENTION: 1, health.GOOD: 2}
    for finding in sorted(report.findings, key=lambda f: order[f.level]):
        state = lang.pgettext("state of a finding", STATES[finding.level])
        rows.append([para(state, s["cellbold"] if finding.level != health.GOOD else s["cell"]),
                     para(finding.sentence, s["cell"])])
    story.append(table(rows, [25 * mm, 145 * mm]))
    story.append(para(_(N_("3. What was done since the last report")) if report.since else
                      _(N_("3. What was done since the vault was made")), s["h1"]))
    if report.done:
        rows = [[para(_(N_("What")), s["cellbold"]), para(_(N_("How often")), s["cellbold"])]]
        rows += [[para(capitalised(_(words)), s["cell"]), para(lang.number(number), s["cell"])]
                 for words, number in report.done]
        story.append(table(rows, [120 * mm, 50 * mm]))
    else:
        story.append(para(_(N_("Nothing was recorded in the audit log since then.")) if report.done is not None else
                          _(N_("Owners and admins see this part, from the audit log.")), s["body"]))
    story.append(Spacer(1, 6 * mm))
    story.append(para(_(N_("Keep this report with the shop's data protection records (GDPR Art. 5(2): being able "
                           "to show compliance). It names no customer.")), s["small"]))
    return build(story, _(N_("{shop} · data protection status · {day}")).format(shop=report.organisation, day=day),
                 lang=lang, title=title, author=report.organisation,
                 subject=_(N_("Data protection status on {day}")).format(day=day))
