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
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from crmdesk.core.backups import backup, schedule
from crmdesk.core.clock import iso
from crmdesk.core.permissions import Permission, Role
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
    basis: str  # in words, with its article
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
    retention_rules: tuple[str, ...]
    measures: tuple[tuple[str, str], ...]  # (measure, what the vault says of it)
    made_at: datetime
    made_by: str
    without_basis: int = 0  # contacts kept with no purpose at present


def make(session: Session, now: datetime | None = None) -> Record:
    """The record as the vault says it now. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    now = now or session.clock.now()
    moment = iso(now)
    activities = []
    for purpose in purposes.list_purposes(session, include_retired=False):
        people = session.conn.execute(f"SELECT count(*) FROM ({_HOLDERS})", (purpose.id, moment)).fetchone()[0]
        data = counted(session.conn, _HOLDERS, (purpose.id, moment)) if people else {}
        activities.append(Activity(purpose, purposes.BASES[purpose.basis], people, data,
                                   tuple(processors.recipients_for(session, [purpose.key]))))
    rules = tuple(f"{p.title}: {p.explained()}" + ("" if p.mode == "automatic" else " (proposed for review first)")
                  for p in retention.list_policies(session) if p.enabled)
    others = tuple(line.strip() for line in settings.get(session, "other_processing").splitlines() if line.strip())
    without = session.conn.execute(f"SELECT count(*) FROM contacts c WHERE {consent.WITHOUT_BASIS}",
                                   (moment,)).fetchone()[0]
    return Record(controller(session), settings.get(session, "representative"), others, tuple(activities), rules,
                  _measures(session, now), now, session.user.display_name or session.user.name, without)


def _measures(session: Session, now: datetime) -> tuple[tuple[str, str], ...]:
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
    return (
        ("Encryption at rest", "The customer database is one SQLCipher file (AES-256, every page authenticated); "
         "it opens only with a user's passphrase or the recovery code. Backups are encrypted the same way."),
        ("Access by person and role", f"{len(users):,} user accounts, each with its own passphrase (Argon2id key "
         f"slots): {', '.join(f'{n} {role.value}' for role, n in roles.items() if n)}. Roles limit what each may "
         "do; disabling an account changes the database key."),
        ("Second factor", f"{with_totp:,} of {len(users):,} users sign in with an authenticator app (TOTP)."),
        ("Automatic lock", f"The window locks after {lock} minutes without use." if lock else
         "The window does not lock by itself (switched off in Settings)."),
        ("Backups", (f"{good[0]:,} good backup{'' if good[0] == 1 else 's'}, the newest on {good[1][:10]}" if good[0]
                     else "No good backup yet")
         + ("; " + ("kept on another drive than the vault" if apart else "kept on the same drive as the vault"))
         + ("; the newest is older than the schedule promises." if late and good[0] else ".")),
        ("Audit log", f"{audit_entries:,} entries, each signed by the user who acted and chained by hash; "
         + (f"last checked on {checked[0][:10]}: "
            + ("problems found." if json.loads(checked[1] or "{}").get("problems") else "sound.")
            if checked else "not checked yet.")),
        ("Retention", "Retention sweeps " + (f"last ran on {sweeps[0][0][:10]}" if sweeps else "have not run yet")
         + "; see the retention rules."),
        ("Requests and breaches", f"A register of data subject requests ({request_count:,} in all, "
         f"{open_requests:,} open) and a breach log ({breach_count:,} entries) are kept in the vault."),
    )


def data_words(activity: Activity) -> str:
    return "; ".join(f"{DATA_CATEGORIES[key]} ({number:,})" for key, number in activity.data.items()) or "—"
