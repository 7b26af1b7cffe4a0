"""How the shop stands: what needs doing, and a health check (``crmdesk check``).

Each finding is one count and one sentence, never a customer's data (user
accounts are named by their user names, for the admin to act on), with the
place in the window to act on it (a page and a view of it). ``today`` gives
the findings the Today page shows to a role; ``check`` adds what only a
check of the vault's files and keys can see, for the admin and for cron:

- requests overdue, due within a week, and extended ones whose person must
  hear why within the first month (Art. 12(3));
- consents running out within 30 days, contacts with no lawful basis;
- retention proposals waiting for review, and when the last sweep ran
  (none for twice the sweep interval: sweep now);
- the age of the newest good backup against the schedule's promise, and
  whether backups are kept on another drive than the vault;
- users without the authenticator, users not signed in for 90 days, and
  an owner who has not confirmed the recovery code (typed it once from the
  kit) since it was made;
- the last check of the vault and its audit log's hash chain, and its
  result (``check`` checks them now);
- breaches within the 72-hour clock (or past it) whose supervisory
  authority may have to be told, and breaches whose people must be told;
- users who have not confirmed the current data-protection briefing;
- with ``check``: folder and file permissions, each key slot's Argon2id
  parameters against the floor, a vault in a synced cloud folder, free
  disk space for the next backup, and whether this computer's keyring
  remembers the user's key.

Each sentence is in the language messages are shown in (``language.active()``:
the window's, or the terminal's for the CLI) unless a ``Language`` is given;
keys, levels, pages and views are the same in every language.

A finding's level is "good", "attention" (something to do) or "failed" (the
vault's integrity). ``exit_code`` turns them into the CLI's exit code: 0
all well, 1 something needs action, 5 an integrity failure. ``today``
reads only; ``check`` records its check of the vault in the audit log, as
``crmdesk verify`` does.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from crmdesk.core import language
from crmdesk.core.backups import backup, schedule
from crmdesk.core.clock import iso, parse_iso
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.language import ENGLISH, N_, Language
from crmdesk.core.permissions import Permission, Role, allows
from crmdesk.core.privacy import breaches, consent, requests, retention
from crmdesk.core.team import witness
from crmdesk.core.vault import crypto, integrity, recovery, remember, settings, training, users
from crmdesk.core.vault.keyslots import KeySlots
from crmdesk.core.vault.session import Session

GOOD, ATTENTION, FAILED = "good", "attention", "failed"
DUE_SOON_DAYS = requests.DUE_SOON_DAYS
EXPIRING_DAYS = consent.EXPIRING_DAYS
IDLE_DAYS = users.IDLE_DAYS
CHECKED_DAYS = 31  # a vault not checked for a month: check it (the audit log's chain, the database)
# Folders that sync programs keep in step with a server: SQLite's files there can be copied half-written.
SYNCED_FOLDERS = ("dropbox", "onedrive", "icloud drive", "iclouddrive", "mobile documents", "google drive",
                  "googledrive", "my drive", "nextcloud", "owncloud", "box sync", "pcloud")


@dataclass(frozen=True)
class Finding:
    key: str  # "requests.overdue"
    level: str  # GOOD, ATTENTION or FAILED
    count: int | None  # how many things it is about (None: not a count)
    sentence: str  # what it is and what to do, with no person's data
    page: str = ""  # the window's page to act on it
    view: str = ""  # a view of that page ("overdue", "without_basis", …)

    def as_dict(self) -> dict:
        return {"key": self.key, "level": self.level, "count": self.count, "sentence": self.sentence,
                "page": self.page, "view": self.view}


def _when(moment: datetime, lang: Language) -> str:
    """A moment in UTC as the language writes its date, with the time."""
    return f"{lang.date(moment.date(), 'medium')} {moment.isoformat()[11:16]}"


def _requests(session: Session, today: date, lang: Language) -> list[Finding]:
    _ = lang.gettext
    overdue, soon, to_tell = (requests.list_requests(session, view=view, today=today)
                              for view in ("overdue", "due_soon", "to_tell"))
    found = [
        Finding("requests.overdue", ATTENTION if overdue else GOOD, len(overdue), lang.ngettext(
            "{n} request is past the date the law allows; answer it now.",
            "{n} requests are past the date the law allows; answer them now.", len(overdue))
            if overdue else _(N_("No request is overdue.")), "Requests", "overdue"),
        Finding("requests.due_soon", ATTENTION if soon else GOOD, len(soon), lang.ngettext(
            "{n} request is due within {days}.", "{n} requests are due within {days}.", len(soon)).format(
            days=lang.duration(DUE_SOON_DAYS, "days"))
            if soon else _(N_("No request is due within {days}.")).format(days=lang.duration(DUE_SOON_DAYS, "days")),
            "Requests", "due_soon"),
    ]
    if to_tell:
        first = min(requests.tell_extension_by(r) for r in to_tell)
        by = (_(N_("by {day} at the latest")) if first >= today else _(N_("which was due by {day}: tell them now"))
              ).format(day=lang.date(first, "medium"))
        found.append(Finding("requests.extension_to_tell", ATTENTION, len(to_tell), lang.ngettext(
            "{n} extended request needs the person told why, {by}; then record it (Person told of the extension).",
            "{n} extended requests need the person told why, {by}; then record it (Person told of the extension).",
            len(to_tell)).format(by=by), "Requests", "to_tell"))
    return found


def _consent(session: Session, now: datetime, lang: Language) -> list[Finding]:
    _ = lang.gettext
    moment, until = iso(now), iso(now + timedelta(days=EXPIRING_DAYS))
    expiring = session.conn.execute(f"SELECT count(*) FROM contacts c WHERE {consent.EXPIRING}",
                                    (moment, until)).fetchone()[0]
    without = session.conn.execute(
        f"SELECT count(*) FROM contacts c WHERE {consent.WITHOUT_BASIS}", (moment,)).fetchone()[0]
    return [
        Finding("consent.expiring", ATTENTION if expiring else GOOD, expiring, lang.ngettext(
            "{n} contact has a consent running out within {days}; ask again (re-consent) before then.",
            "{n} contacts have consents running out within {days}; ask again (re-consent) before then.", expiring
        ).format(days=lang.duration(EXPIRING_DAYS, "days")) if expiring else
            _(N_("No consent runs out within {days}.")).format(days=lang.duration(EXPIRING_DAYS, "days")),
            "Contacts", "expiring"),
        Finding("consent.without_basis", ATTENTION if without else GOOD, without, lang.ngettext(
            "{n} contact has no lawful basis on record; record one, or let retention erase them.",
            "{n} contacts have no lawful basis on record; record one, or let retention erase them.", without)
            if without else _(N_("Every contact has a lawful basis on record.")), "Contacts", "without_basis"),
    ]


def _retention(session: Session, now: datetime, lang: Language) -> list[Finding]:
    _ = lang.gettext
    waiting = len(retention.proposals(session))
    runs = retention.last_runs(session, limit=1)
    hours = settings.get(session, "retention_interval_hours")
    if not runs:
        sweep = Finding("retention.sweep", ATTENTION, None, _(N_(
            "No retention sweep has run yet; run one now (the Retention page, or crmdesk retention run).")),
            "Retention", "")
    else:
        last = parse_iso(runs[0][0])
        late = now - last > timedelta(hours=hours * 2)
        sweep = Finding("retention.sweep", ATTENTION if late else GOOD, None, _(N_(
            "The last retention sweep ran on {day}; the next is due by {due} (UTC) and runs while the window is "
            "open or from cron.")).format(day=lang.date(last.date(), "medium"),
                                           due=_when(last + timedelta(hours=hours), lang))
            + (" " + _(N_("Run one now.")) if late else ""), "Retention", "")
    return [Finding("retention.proposals", ATTENTION if waiting else GOOD, waiting, lang.ngettext(
        "{n} retention proposal waits for review.", "{n} retention proposals wait for review.", waiting)
        if waiting else _(N_("No retention proposal waits for review.")), "Retention", "proposals"), sweep]


def _unreachable(key: str, folder: Path, lang: Language = ENGLISH) -> Finding:
    return Finding(key, ATTENTION, None, lang.gettext(N_(
        "The backup folder {folder} cannot be reached; connect its drive or choose another folder.")).format(
        folder=folder), "Backups", "folder")


def _backups(session: Session, now: datetime, lang: Language) -> list[Finding]:
    _ = lang.gettext
    late, last = schedule.overdue(session)
    days = schedule.promised_days(session)
    if last is None:
        age = Finding("backups.age", ATTENTION, None, _(N_("This vault has no good backup yet; make one now.")),
                      "Backups", "")
    else:
        old = (now - last).days
        age = Finding("backups.age", ATTENTION if late else GOOD, old,
                      _(N_("The newest good backup is {age} old; the schedule promises one every {every}. Make one "
                           "now.")).format(age=lang.duration(old, "days"), every=lang.duration(days, "days"))
                      if late else _(N_("The newest good backup was made today.")) if old == 0 else
                      _(N_("The newest good backup is {age} old.")).format(age=lang.duration(old, "days")),
                      "Backups", "")
    folder = backup.backup_folder(session)
    place = backup.reachable(folder)
    if place is None:
        offsite = _unreachable("backups.offsite", folder, lang)
    elif backup.same_drive(place, session.paths.folder):
        offsite = Finding("backups.offsite", ATTENTION, None, _(N_(
            "Backups are kept on the same drive as the vault: a broken or stolen disk takes both; choose a backup "
            "folder on another drive.")), "Backups", "folder")
    else:
        offsite = Finding("backups.offsite", GOOD, None, _(N_("Backups are kept on another drive than the vault.")),
                          "Backups", "folder")
    return [age, offsite]


def _accounts(found: list, lang: Language = ENGLISH) -> str:
    """User names, for the admin to act on (accounts, never customers)."""
    names = [user.name for user in found]
    if len(names) <= 5:
        return ", ".join(names)
    return ", ".join(names[:5]) + " " + lang.ngettext("and {n} more", "and {n} more", len(names) - 5)


def _users(session: Session, now: datetime, lang: Language) -> list[Finding]:
    _ = lang.gettext
    without = [user for user in users.list_users(session) if user.active and not user.totp_enabled]
    idle = users.idle_users(session, now)
    return [
        Finding("users.no_authenticator", ATTENTION if without else GOOD, len(without), lang.ngettext(
            "{n} user signs in without the authenticator (a second factor): {accounts}; set it up for each.",
            "{n} users sign in without the authenticator (a second factor): {accounts}; set it up for each.",
            len(without)).format(accounts=_accounts(without, lang)) if without else
            _(N_("Every user signs in with the authenticator.")), "Users", "no_authenticator"),
        Finding("users.idle", ATTENTION if idle else GOOD, len(idle), lang.ngettext(
            "{n} user has not signed in for {days}: {accounts}; switch off accounts nobody uses.",
            "{n} users have not signed in for {days}: {accounts}; switch off accounts nobody uses.",
            len(idle)).format(days=lang.duration(IDLE_DAYS, "days"), accounts=_accounts(idle, lang)) if idle else
            _(N_("Every user signed in within {days}.")).format(days=lang.duration(IDLE_DAYS, "days")), "Users",
            "idle"),
        _recovery_kit(session, lang),
    ]


def _breaches(session: Session, now: datetime, lang: Language) -> list[Finding]:
    _ = lang.gettext
    running = breaches.clocks(session)
    to_tell = [b for b in breaches.list_breaches(session) if b.people_to_tell]
    if not running:
        clock = Finding("breaches.clock", GOOD, 0, _(N_("No breach waits to be told to the supervisory authority.")),
                        "Data protection", "breaches")
    else:
        first = running[0]
        due = _when(first.due_at, lang)
        hours = int(first.hours_left(now))
        when = (lang.ngettext(
            "{n} hour left (until {due} UTC) to tell the supervisory authority (Art. 33), or to record why it need "
            "not be told", "{n} hours left (until {due} UTC) to tell the supervisory authority (Art. 33), or to "
            "record why it need not be told", hours).format(due=due) if hours >= 0 else
                _(N_("the 72 hours ended on {due} UTC: tell the supervisory authority now, with the reasons for the "
                     "delay, or record why it need not be told")).format(due=due))
        clock = Finding("breaches.clock", ATTENTION, len(running), lang.ngettext(
            "{n} breach waits for the authority; {reference}: {when}.",
            "{n} breaches wait for the authority; {reference}: {when}.", len(running)).format(
            reference=first.reference, when=when), "Data protection", "breaches")
    people = Finding("breaches.people", ATTENTION if to_tell else GOOD, len(to_tell), lang.ngettext(
        "{n} breach puts people at a high risk and they have not been told; tell them without undue delay, in "
        "plain language (Art. 34).", "{n} breaches put people at a high risk and they have not been told; tell "
        "them without undue delay, in plain language (Art. 34).", len(to_tell))
        if to_tell else _(N_("No breach waits to be told to the people it affects.")), "Data protection", "breaches")
    return [clock, people]


def _training(session: Session, now: datetime, lang: Language) -> Finding:
    waiting = [t for t in training.standing(session, now) if t.due]
    if not waiting:
        return Finding("training.due", GOOD, 0, lang.gettext(N_(
            "Every user confirmed the shop's data-protection briefing.")), "Data protection", "training")
    return Finding("training.due", ATTENTION, len(waiting), lang.ngettext(
        "{n} user has not confirmed the current data-protection briefing: {accounts}; they cannot open customers' "
        "data until they do (it opens at their next sign-in).",
        "{n} users have not confirmed the current data-protection briefing: {accounts}; they cannot open "
        "customers' data until they do (it opens at their next sign-in).", len(waiting)).format(
        accounts=_accounts(waiting, lang)), "Data protection", "training")


def _recovery_kit(session: Session, lang: Language = ENGLISH) -> Finding:
    _ = lang.gettext
    try:
        confirmed = recovery.confirmed_at(session)
    except CrmdeskError as exc:  # the key slots no longer load: changed or damaged since the unlock
        return Finding("users.recovery_kit", FAILED, None, str(exc), "Audit log", "verify")
    if confirmed:
        return Finding("users.recovery_kit", GOOD, None, _(N_("The owner confirmed the recovery code on {day}.")).format(
            day=lang.date(date.fromisoformat(confirmed[:10]), "medium")), "Users", "recovery")
    if session.role != Role.OWNER:  # an admin sees it, to remind the owner, who alone can confirm it
        return Finding("users.recovery_kit", ATTENTION, None, _(N_(
            "The owner has not confirmed the recovery code since it was made; ask the owner to type it once from "
            "the printed kit (Users, Recovery code…; or crmdesk confirm-recovery-code) to be sure it is kept and "
            "readable, or make a new one if the kit is lost.")), "", "recovery")
    return Finding("users.recovery_kit", ATTENTION, None, _(N_(
        "You have not confirmed the recovery code since it was made: type it once from the printed kit (Users, "
        "Recovery code…; or crmdesk confirm-recovery-code) to be sure it is kept and readable, or make a new one "
        "if the kit is lost.")), "Users", "recovery")


def _audit_as_last_checked(session: Session, now: datetime, lang: Language = ENGLISH) -> Finding:
    """The last check of the vault (``crmdesk verify``, ``check``, the Audit log page) and its result."""
    _ = lang.gettext
    row = session.conn.execute(
        "SELECT at, detail FROM audit WHERE action IN ('vault.verified', 'audit.verified') ORDER BY seq DESC"
        " LIMIT 1").fetchone()
    if row is None or row[0] < iso(now - timedelta(days=CHECKED_DAYS)):
        return Finding("audit.chain", ATTENTION, None,
                       _(N_("The vault and its audit log were not checked for {days}; check them now.")).format(
                           days=lang.duration(CHECKED_DAYS, "days")) if row else
                       _(N_("The vault and its audit log were never checked; check them now.")), "Audit log", "verify")
    at, detail = row
    day = lang.date(date.fromisoformat(at[:10]), "medium")
    if json.loads(detail or "{}").get("problems"):
        return Finding("audit.chain", FAILED, None, _(N_(
            "The last check ({day}) found the vault or its audit log altered or damaged; check it again, and "
            "restore a good backup if it says so.")).format(day=day), "Audit log", "verify")
    return Finding("audit.chain", GOOD, None, _(N_(
        "The vault and its audit log were last checked on {day}: sound.")).format(day=day), "Audit log", "verify")


def _team_audit(session: Session, lang: Language) -> list[Finding]:
    """Alarms about the audit log of a desk of the team (this one, or another): one finding, the first
    alarm in words, until a person explained each."""
    found = witness.alarms(session)
    if not found:
        return []
    sentence = witness.sentence(found[0], lang)
    if len(found) > 1:
        sentence += " " + lang.ngettext("({n} more: {command} lists them all)", "({n} more: {command} lists them all)",
                                        len(found) - 1).format(command="crmdesk team alarms")
    return [Finding("team.audit", FAILED, len(found), sentence, "Settings", "team_alarms")]


def today(session: Session, now: datetime | None = None, lang: Language | None = None) -> list[Finding]:
    """The findings the Today page shows, those that concern the session's
    role: staff see requests and consent, owners and admins everything; in ``lang``
    (default: the language messages are shown in)."""
    now = now or session.clock.now()
    lang = lang or language.active()
    role = session.role
    found: list[Finding] = []
    if allows(role, Permission.REQUESTS):
        found += _requests(session, now.date(), lang)
    if allows(role, Permission.READ):
        found += _consent(session, now, lang)
    if allows(role, Permission.ERASE):
        found += _retention(session, now, lang)
    if allows(role, Permission.ACCOUNTABILITY):
        found += _breaches(session, now, lang)
        found.append(_training(session, now, lang))
    if allows(role, Permission.ADMINISTER):
        found += _backups(session, now, lang)
        found += _users(session, now, lang)
        found.append(_audit_as_last_checked(session, now, lang))
        found += _team_audit(session, lang)
    return found


def _permissions(session: Session, lang: Language) -> Finding:
    loose = []
    for path in (session.paths.folder, *sorted(p for p in session.paths.folder.iterdir() if p.is_file())):
        mode = path.stat().st_mode
        if stat.S_IMODE(mode) & (stat.S_IRWXG | stat.S_IRWXO):
            loose.append(path.name)
    if os.name != "posix" or not loose:
        return Finding("security.permissions", GOOD, None, lang.gettext(N_(
            "Only your user account may open the vault's files.")))
    return Finding("security.permissions", ATTENTION, len(loose), lang.ngettext(
        "Other accounts on this computer may read {n} file of the vault ({files}); run: {command}.",
        "Other accounts on this computer may read {n} files of the vault ({files}); run: {command}.",
        len(loose)).format(files=", ".join(loose[:5]), command=f"chmod -R go= '{session.paths.folder}'"))


def _key_slots(session: Session, lang: Language) -> Finding:
    """Every key slot's Argon2id parameters against crmdesk's floor: a slot
    below it does not even load (someone weakened the file, or it is
    damaged), which is an integrity failure."""
    try:
        slots = KeySlots.load(session.paths.keyslots)
    except CrmdeskError as exc:
        return Finding("security.key_slots", FAILED, None, str(exc), "Audit log", "verify")
    floor = crypto.KDF_FLOOR
    return Finding("security.key_slots", GOOD, len(slots.slots), lang.ngettext(
        "Every key slot ({n}) meets the Argon2id floor ({memory} MiB, {passes} passes or more).",
        "Every key slot ({n}) meets the Argon2id floor ({memory} MiB, {passes} passes or more).",
        len(slots.slots)).format(memory=lang.number(floor.memory_kib // 1024), passes=lang.number(floor.iterations)))


def _synced(session: Session, lang: Language) -> Finding:
    # The folders the vault is in, not its own name; a name within a longer one too ("My Dropbox").
    parts = [part.casefold() for part in session.paths.folder.resolve().parent.parts]
    found = [name for name in SYNCED_FOLDERS if any(name in part for part in parts)]
    if found:
        return Finding("security.synced_folder", ATTENTION, None, lang.gettext(N_(
            "The vault is in a folder a sync program keeps in step with a server; it may copy the database "
            "half-written. Move the vault out of it and back up to that folder instead.")))
    return Finding("security.synced_folder", GOOD, None, lang.gettext(N_(
        "The vault is not in a synced cloud folder.")))


def _keyring(session: Session, lang: Language) -> Finding:
    """Whether this computer's keyring opens the vault for the signed-in user
    (a choice, for unattended backups and sweeps; worth knowing)."""
    available = remember.status()
    if not available.available:  # nothing to do: the passphrase is asked each time
        return Finding("security.keyring", GOOD, None, available.reason)
    try:
        remembered, trouble = remember.is_remembered(session)
    except CrmdeskError:
        remembered, trouble = False, None
    if trouble:
        return Finding("security.keyring", ATTENTION, None, trouble)
    if remembered:
        return Finding("security.keyring", GOOD, None, lang.gettext(N_(
            "This computer's keyring remembers your key: whoever uses this computer account opens the vault "
            "without a passphrase ({command} ends that).")).format(command="'crmdesk forget'"))
    return Finding("security.keyring", GOOD, None, lang.gettext(N_(
        "Your key is not remembered on this computer: the vault asks for the passphrase.")))


def _disk_space(session: Session, lang: Language) -> Finding:
    folder = backup.backup_folder(session)
    place = backup.reachable(folder)
    needed = int(session.paths.db.stat().st_size * 1.2) + 1024 * 1024
    try:
        free = shutil.disk_usage(place).free if place else -1
    except OSError:
        free = -1
    if free < 0:
        return _unreachable("security.disk_space", folder, lang)
    megabytes = lang.number(free // (1024 * 1024))
    if free < needed:
        return Finding("security.disk_space", ATTENTION, None, lang.gettext(N_(
            "The backup folder's drive has {free} MB free; the next backup needs about {needed} MB. Free space or "
            "choose another folder.")).format(free=megabytes, needed=lang.number(needed // (1024 * 1024))),
            "Backups", "folder")
    return Finding("security.disk_space", GOOD, None, lang.gettext(N_(
        "The backup folder's drive has room for the next backup ({free} MB free).")).format(free=megabytes))


def _verified(session: Session, lang: Language) -> Finding:
    problems = integrity.verify_vault(session)
    if problems:
        first = problems[0].rstrip(".")
        # A problem that says to restore already (a damaged key slot file) is not told it twice.
        restore = lang.pgettext("a word every advice to restore the vault from a backup holds, in lower case",
                                "restore")
        advised = any(word.casefold() in first.casefold() for word in ("restore", restore))
        sentence = (lang.gettext(N_("The vault or its audit log is altered or damaged: {problem}.")) if advised else
                    lang.gettext(N_("The vault or its audit log is altered or damaged: {problem}; restore a good "
                                    "backup."))).format(problem=first)
        if len(problems) > 1:
            sentence += " " + lang.ngettext("({n} more: {command} lists them all)",
                                            "({n} more: {command} lists them all)",
                                            len(problems) - 1).format(command="crmdesk verify")
        return Finding("audit.chain", FAILED, len(problems), sentence, "Audit log", "verify")
    return Finding("audit.chain", GOOD, None, lang.gettext(N_("The vault and its audit log are sound.")),
                   "Audit log", "verify")


def check(session: Session, now: datetime | None = None, lang: Language | None = None) -> list[Finding]:
    """Everything ``today`` finds for the role, the audit chain verified now
    (owners and admins), and the checks of the vault's files and keys; in
    ``lang`` (default: the language messages are shown in)."""
    lang = lang or language.active()
    found = [f for f in today(session, now, lang) if f.key != "audit.chain"]
    if allows(session.role, Permission.ADMINISTER):
        found.append(_verified(session, lang))
        slots = _key_slots(session, lang)
        if slots.level == FAILED:  # said once, by the key slots' own check
            found = [f for f in found if not (f.key == "users.recovery_kit" and f.level == FAILED)]
        found += [_permissions(session, lang), slots, _synced(session, lang), _disk_space(session, lang)]
    found.append(_keyring(session, lang))
    return found


# What the audit log says was done, in words, for the status report ("done since the last report"); marked
# here, translated where the report is written.
DONE_WORDS = {
    "vault.unlocked": N_("sign-ins"), "contact.added": N_("contacts added"),
    "contact.updated": N_("contacts changed"), "contacts.imported": N_("imports"),
    "contacts.exported": N_("exports of the contact list"), "contacts.merged": N_("duplicates merged"),
    "interaction.added": N_("interactions logged"), "consent.granted": N_("consents given"),
    "consent.refused": N_("consents refused"), "consent.withdrawn": N_("consents withdrawn"),
    "consent.recorded": N_("other lawful bases recorded"), "consent.ended": N_("lawful bases ended"),
    "request.opened": N_("requests received"), "request.extended": N_("requests extended"),
    "request.fulfilled": N_("requests answered"), "request.refused": N_("requests refused"),
    "request.rectified": N_("corrections under a request"), "subject.erased": N_("people erased"),
    "contact.restricted": N_("processing restricted"), "contact.hold_set": N_("legal holds set"),
    "retention.run": N_("retention sweeps"), "retention.applied": N_("retention proposals applied"),
    "purpose.text_published": N_("consent texts published"), "backup.created": N_("backups made"),
    "backup.checked": N_("backups checked"), "backup.restored": N_("backups restored"),
    "user.added": N_("users added"), "recovery.replaced": N_("new recovery codes"),
    "recovery.confirmed": N_("recovery codes confirmed"), "user.disabled": N_("users switched off"),
    "key.rotated": N_("master key rotations"), "vault.verified": N_("checks of the vault"),
    "audit.verified": N_("checks of the audit log"), "health.reported": N_("status reports"),
    "breach.reported": N_("breaches reported"), "breach.assessed": N_("breach assessments"),
    "breach.notified": N_("breach notifications"), "training.confirmed": N_("briefings confirmed"),
    "training.published": N_("new briefings"),
}


@dataclass(frozen=True)
class StatusReport:
    """The data protection status of the shop on a day, for its files."""

    organisation: str
    made_at: datetime
    made_by: str
    since: str | None  # when the last report was made; None: this is the first
    findings: list[Finding]
    done: list[tuple[str, int]] | None  # what was done since (DONE_WORDS, in English), how often (None: not for this role)
    lang: Language = ENGLISH  # the language of the findings, and of the report written from them


def status_report(session: Session, now: datetime | None = None, lang: Language | None = None) -> StatusReport:
    """``check``'s findings with what the audit log says was done since the
    last report (for owners and admins), in ``lang`` (default: the language
    messages are shown in). Once the report is written, ``report_made``
    records it, so the next one starts where it ends."""
    now = now or session.clock.now()
    lang = lang or language.active()
    findings = check(session, now, lang)
    conn = session.conn
    last = conn.execute("SELECT seq, at FROM audit WHERE action = 'health.reported' ORDER BY seq DESC LIMIT 1"
                        ).fetchone()
    since = last[1] if last else None
    done: list[tuple[str, int]] | None = None
    if allows(session.role, Permission.ADMINISTER):
        done = [(DONE_WORDS[action], number) for action, number in conn.execute(
            "SELECT action, count(*) FROM audit WHERE seq > ? GROUP BY action ORDER BY min(seq)",
            (last[0] if last else 0,)) if action in DONE_WORDS]
    return StatusReport(settings.get(session, "organisation") or session.paths.name, now,
                        session.user.display_name or session.user.name, since, findings, done, lang)


def report_made(session: Session, report: StatusReport) -> None:
    """Record in the audit log that ``report`` was made and kept."""
    with session.operation(Permission.READ, "health.reported", detail={"findings": len(report.findings)}):
        pass


def exit_code(findings: list[Finding]) -> int:
    """0 all well, 1 something needs action, 5 an integrity failure."""
    levels = {f.level for f in findings}
    return 5 if FAILED in levels else 1 if ATTENTION in levels else 0

