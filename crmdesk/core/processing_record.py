"""The record of processing activities (Art. 30(1)), generated from the vault.

One activity per purpose in use: its description and lawful basis, the
people it concerns and the kinds of data kept about them (counted from the
vault: of the contacts with a current consent or basis for the purpose,
how many have e-mail addresses, phone numbers…), the recipients and
processors (the register), transfers outside the EU/EEA and their basis,
and how long the data is kept (the purpose's period and the retention
policies).

The technical and organisational measures are those actually on, read
from the vault when the record is made: encryption at rest, per-user keys
and roles, who signs in with a second factor, the automatic lock, backups
(how many good ones, the newest, on another drive or not), the signed
audit log and its last check, the retention sweeps, the breach log and
the request register.

What crmdesk cannot know, the owner writes in Settings: the
representative in the EU (Art. 27) where there is one, the data
protection officer or contact, and other processing the shop does outside
crmdesk (payroll, the video camera…). The record says which parts came
from the vault and when, and which the owner wrote.

It is made in one of crmdesk's languages (the shop's, unless the caller
chooses another): the lawful bases, the measures and the retention rules
are words in it, and the paper is written in it too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from crmdesk.core.backups import backup, schedule
from crmdesk.core.clock import iso
from crmdesk.core.language import ENGLISH, N_, Language, get
from crmdesk.core.permissions import ROLE_WORDS, Permission, Role
from crmdesk.core.privacy import consent, processors, purposes, requests, retention
from crmdesk.core.privacy.categories import DATA_CATEGORIES, counted
from crmdesk.core.privacy.processors import Processor
from crmdesk.core.privacy.purposes import Purpose
from crmdesk.core.privacy.subject_data import Controller, controller
from crmdesk.core.vault import settings
from crmdesk.core.vault.session import Session

# The contacts with a current consent or other basis for one purpose.
_HOLDERS = ("SELECT s.contact FROM consent_state s WHERE s.purpose = ? AND (s.action = 'recorded'"
            " OR (s.action = 'granted' AND (s.expires_at IS NULL OR s.expires_at > ?)))")


@dataclass(frozen=True)
class Activity:
    purpose: Purpose
    basis: str  # in words, with its article, in the record's language
    people: int  # contacts with a current consent or basis for it
    data: dict[str, int]  # kind of data: how many of them have it
    recipients: tuple[Processor, ...]

    @property
    def transfers(self) -> tuple[Processor, ...]:
        return tuple(p for p in self.recipients if p.outside_eu)


@dataclass(frozen=True)
class Record:
    controller: Controller
    representative: str  # written by the owner
    other_processing: tuple[str, ...]  # written by the owner, one activity a line
    activities: tuple[Activity, ...]
    retention_rules: tuple[str, ...]  # in the record's language
    measures: tuple[tuple[str, str], ...]  # (measure, what the vault says of it), in the record's language
    made_at: datetime
    made_by: str
    without_basis: int = 0  # contacts kept with no purpose at present
    lang: Language = ENGLISH  # the language its words are in, and its paper is written in


def make(session: Session, now: datetime | None = None, lang: Language | None = None) -> Record:
    """The record as the vault says it now, in ``lang`` (default: the shop's language, in Settings).
    Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    now = now or session.clock.now()
    lang = lang or get(settings.get(session, "shop_language"))
    moment = iso(now)
    activities = []
    for purpose in purposes.list_purposes(session, include_retired=False):
        people = session.conn.execute(f"SELECT count(*) FROM ({_HOLDERS})", (purpose.id, moment)).fetchone()[0]
        data = counted(session.conn, _HOLDERS, (purpose.id, moment)) if people else {}
        activities.append(Activity(purpose, lang.gettext(purposes.BASES[purpose.basis]), people, data,
                                   tuple(processors.recipients_for(session, [purpose.key]))))
    rules = tuple(_rule(p, lang) for p in retention.list_policies(session) if p.enabled)
    others = tuple(line.strip() for line in settings.get(session, "other_processing").splitlines() if line.strip())
    without = session.conn.execute(f"SELECT count(*) FROM contacts c WHERE {consent.WITHOUT_BASIS}",
                                   (moment,)).fetchone()[0]
    return Record(controller(session), settings.get(session, "representative"), others, tuple(activities), rules,
                  _measures(session, now, lang), now, session.user.display_name or session.user.name, without,
                  lang)


def _rule(policy: retention.Policy, lang: Language) -> str:
    if policy.mode == "apply":  # done by the sweep itself; "propose" asks a person first
        words = N_("{rule}: {explanation}")
    else:
        words = N_("{rule}: {explanation} (proposed for review first)")
    return lang.gettext(words).format(rule=lang.gettext(policy.title), explanation=policy.explained(lang))


def _measures(session: Session, now: datetime, lang: Language = ENGLISH) -> tuple[tuple[str, str], ...]:
    conn = session.conn
    users = conn.execute("SELECT role, totp_secret IS NOT NULL AND totp_secret != '' FROM users WHERE active = 1"
                         ).fetchall()
    roles = {role: sum(1 for r, _ in users if r == role.value) for role in Role}
    with_totp = sum(1 for _, totp in users if totp)
    lock = settings.get(session, "auto_lock_minutes")
    good = conn.execute("SELECT count(*), max(created_at) FROM backups WHERE problems IS NULL OR problems = 0"
                        ).fetchone()
    late, _newest = schedule.overdue(session)
    folder = backup.backup_folder(session)
    place = backup.reachable(folder)
    apart = place is not None and not backup.same_drive(place, session.paths.folder)
    audit_entries = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    checked = conn.execute("SELECT at, detail FROM audit WHERE action IN ('vault.verified', 'audit.verified')"
                           " ORDER BY seq DESC LIMIT 1").fetchone()
    sweeps = retention.last_runs(session, limit=1)
    breach_count = conn.execute("SELECT count(*) FROM breaches").fetchone()[0]
    request_count = conn.execute("SELECT count(*) FROM requests").fetchone()[0]
    open_requests = len(requests.list_requests(session, view="open"))
    _, number = lang.gettext, lang.number

    def day(stored: str) -> str:
        return lang.date(date.fromisoformat(stored[:10]))

    roles_words = ", ".join(_(N_("{role}: {n}")).format(role=lang.pgettext("role", ROLE_WORDS[role]),
                                                        n=number(n)) for role, n in roles.items() if n)
    backups = [lang.ngettext("{n} good backup, the newest on {date}.", "{n} good backups, the newest on {date}.",
                             good[0]).format(date=day(good[1])) if good[0] else _(N_("No good backup yet.")),
               _(N_("The backup folder is on another drive than the vault.")) if apart else
               _(N_("The backup folder is on the same drive as the vault."))]
    if late and good[0]:
        backups.append(_(N_("The newest backup is older than the schedule promises.")))
    if checked:
        problems = json.loads(checked[1] or "{}").get("problems")
        audit_checked = (_(N_("Last checked on {date}: problems found.")) if problems else
                         _(N_("Last checked on {date}: sound."))).format(date=day(checked[0]))
    else:
        audit_checked = _(N_("Not checked yet."))
    return (
        (_(N_("Encryption at rest")), _(N_(
            "The customer database is one SQLCipher file (AES-256, every page authenticated); it opens only with "
            "a user's passphrase or the recovery code. Backups are encrypted the same way."))),
        (_(N_("Access by person and role")), " ".join((
            lang.ngettext("{n} user account, with its own passphrase (Argon2id key slots): {roles}.",
                          "{n} user accounts, each with its own passphrase (Argon2id key slots): {roles}.",
                          len(users)).format(roles=roles_words),
            _(N_("Roles limit what each may do; disabling an account changes the database key."))))),
        (_(N_("Second factor")), lang.ngettext(
            "{count} of {n} user signs in with an authenticator app (TOTP).",
            "{count} of {n} users sign in with an authenticator app (TOTP).", len(users)).format(
                count=number(with_totp))),
        (_(N_("Automatic lock")), lang.ngettext("The window locks after {n} minute without use.",
                                               "The window locks after {n} minutes without use.", lock)
         if lock else _(N_("The window does not lock by itself (switched off in Settings)."))),
        (_(N_("Backups")), " ".join(backups)),
        (_(N_("Audit log")), " ".join((
            lang.ngettext("{n} entry, signed by the user who acted and chained by hash.",
                          "{n} entries, each signed by the user who acted and chained by hash.", audit_entries),
            audit_checked))),
        (_(N_("Retention")), _(N_("Retention sweeps last ran on {date}; see the retention rules.")).format(
            date=day(sweeps[0][0])) if sweeps else
         _(N_("Retention sweeps have not run yet; see the retention rules."))),
        (_(N_("Requests and breaches")), " ".join((
            lang.ngettext("The register of data subject requests in the vault holds {n} request, {open} of "
                          "them open.",
                          "The register of data subject requests in the vault holds {n} requests, {open} of "
                          "them open.", request_count).format(open=number(open_requests)),
            lang.ngettext("The breach log in the vault has {n} entry.",
                          "The breach log in the vault has {n} entries.", breach_count)))),
    )


def data_words(activity: Activity, lang: Language = ENGLISH) -> str:
    """The kinds of data kept for an activity, each with how many people have it, in ``lang``."""
    return "; ".join(f"{lang.gettext(DATA_CATEGORIES[key])} ({lang.number(number)})"
                     for key, number in activity.data.items()) or "—"
