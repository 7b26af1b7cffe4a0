"""The breach log (GDPR Art. 33, 34): every personal-data breach, told or not, with the reasoning.

Anyone signed in may report a suspected breach (permission REPORT): what
happened, when it was discovered (the 72-hour clock of Art. 33(1) starts
then), which people it touches (the whole vault, the contacts with a tag,
or named contacts; crmdesk counts them and the kinds of data they have),
and whether the copy that got away was encrypted (a stolen laptop with a
crmdesk vault is; an exported CSV is not).

The owner or an admin (ACCOUNTABILITY) then assesses it: likely
consequences, measures taken, the risk to people (none, a risk, a high
risk), whether the supervisory authority must be told (Art. 33: unless the
breach is unlikely to result in a risk) and whether the people must be
told (Art. 34: a high risk, unless the data was unreadable to whoever has
it), and why. crmdesk suggests an answer from what it knows; a person
decides. Notifications are recorded in stages (initial, follow-up, final).

The clock: a breach the authority must hear about (or that is not assessed
yet) and has not heard about is due 72 hours after its discovery; after
that it is late and a notification must give the reasons for the delay.

Nothing is ever deleted: the log is what shows compliance (Art. 33(5)).
The contacts a breach touches are linked by row, so erasing a person also
takes them out of the link (their count stays in the breach's record).
Audit entries name the breach's reference and counts, never people.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from crmdesk.core.clock import iso, parse_iso
from crmdesk.core.errors import NotFound, OperationFailed, UsageError
from crmdesk.core.language import N_, NP_, active, capitalised, tr, trn
from crmdesk.core.people import contacts
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy.categories import DATA_CATEGORIES, counted
from crmdesk.core.texts import clean
from crmdesk.core.vault.gate import BREACHES
from crmdesk.core.vault.session import Session

CLOCK_HOURS = 72
GDPR_APPLIES = datetime(2018, 5, 25, tzinfo=UTC)  # no breach log is kept of earlier breaches
# Who a breach touches: everyone in the vault, the contacts with a tag, or contacts named by id.
SCOPES = {"all": N_("every contact in the vault"), "tag": N_("the contacts with the tag"),
          "contacts": N_("named contacts")}
RISKS = {"none": N_("unlikely to result in a risk to people"), "risk": N_("a risk to people"),
         "high": N_("a high risk to people")}
# The same in a word, for a list of breaches.
RISK_WORDS = {"none": NP_("risk of a breach", "unlikely"), "risk": NP_("risk of a breach", "a risk"),
              "high": NP_("risk of a breach", "a high risk")}
RECIPIENTS = {"authority": N_("the supervisory authority"), "people": N_("the people affected")}
STAGES = {"initial": N_("initial notification"), "follow_up": N_("follow-up"), "final": N_("final notification")}
CATEGORY_WORDS = DATA_CATEGORIES
# The same, for one person's letter, each whole with its own "your" (German and Polish decline it).
ONE_PERSONS = {"names": N_("your name"), "emails": N_("your e-mail address"), "phones": N_("your phone number"),
               "addresses": N_("your postal address"), "birthdays": N_("your date of birth"),
               "notes": N_("the notes we keep about you"),
               "interactions": N_("your history with us (visits, calls, purchases)"),
               "consents": N_("what you agreed to, and when")}


def one_line(text: str) -> str:
    """Logged text on one line, for a listing where a line break could pass for another line."""
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


@dataclass(frozen=True)
class Assessment:
    risk: str
    authority: bool
    people: bool
    reason: str
    consequences: str
    measures: str
    by: str | None
    at: str


@dataclass(frozen=True)
class Notification:
    to: str  # "authority" or "people"
    stage: str  # "initial", "follow_up", "final"
    at: str
    by: str | None
    note: str


@dataclass(frozen=True)
class Breach:
    reference: str  # "B-2026-0001"
    what: str  # what happened, in the reporter's words
    discovered_at: datetime  # the clock starts here
    occurred: str  # when it happened, as far as known ("" unknown)
    how_discovered: str
    scope: str  # "all", "tag" or "contacts"
    scope_detail: str  # the tag's name; "" otherwise
    people: int  # how many contacts it touched when reported
    categories: dict[str, int]  # kind of data: how many of them had it
    encrypted: bool  # the copy that got away was encrypted
    encryption_note: str
    reported_by: str | None
    reported_at: str
    consequences: str = ""
    measures: str = ""
    risk: str = ""  # "" until assessed
    authority_needed: bool | None = None  # None until assessed
    people_needed: bool | None = None
    decision_reason: str = ""
    decided_by: str | None = None
    decided_at: str | None = None
    notifications: tuple[Notification, ...] = ()
    assessments: tuple[Assessment, ...] = ()  # every one made, oldest first; the last is the one in force

    @property
    def due_at(self) -> datetime:
        """72 hours after discovery: the authority is told by then (Art. 33(1))."""
        return self.discovered_at + timedelta(hours=CLOCK_HOURS)

    @property
    def assessed(self) -> bool:
        return bool(self.risk)

    def told(self, to: str) -> bool:
        return any(n.to == to for n in self.notifications)

    def finished(self, to: str) -> bool:
        """The final notification to ``to`` was made: nothing more is recorded for them."""
        return any(n.to == to and n.stage == "final" for n in self.notifications)

    @property
    def clock_running(self) -> bool:
        """The authority may have to be told and has not been."""
        return self.authority_needed is not False and not self.told("authority")

    def hours_left(self, now: datetime) -> int:
        """Whole hours left before the 72 hours end; below zero once they have (a late one is never "0 left")."""
        return math.floor((self.due_at - now).total_seconds() / 3600)

    @property
    def people_to_tell(self) -> bool:
        return bool(self.people_needed) and not self.told("people")


def suggestion(breach: Breach, risk: str | None = None) -> tuple[bool, bool, str]:
    """What the law suggests for ``risk`` (default: the breach's, or what the
    encryption implies): whether to tell the authority and the people, and why."""
    risk = risk or breach.risk or ("none" if breach.encrypted else "risk")
    if risk == "none":
        if breach.encrypted:
            return False, False, tr("The copy that got away is encrypted and its key is safe, so the data is "
                                    "unreadable to whoever has it: record it here; telling the authority is not "
                                    "required (Art. 33(1)).")
        return False, False, tr("The breach is unlikely to result in a risk to the people: record it here; telling "
                                "the authority is not required (Art. 33(1)).")
    if risk == "risk":
        return True, False, tr("The breach may put people at risk: tell the supervisory authority within 72 hours "
                               "of its discovery (Art. 33(1)).")
    if breach.encrypted:
        return True, False, tr("A high risk, but the data is encrypted and unreadable to whoever has it: tell the "
                               "authority; the people need not be told (Art. 34(3)(a)).")
    return True, True, tr("A high risk to people: tell the authority within 72 hours and the people affected "
                          "without undue delay, in plain language (Art. 33, 34).")


_SQL = ("SELECT b.id, b.reference, b.what, b.discovered_at, b.occurred, b.how_discovered, b.scope, b.scope_detail,"
        " b.people, b.categories, b.encrypted, b.encryption_note, u.name, b.reported_at, b.consequences,"
        " b.measures, b.risk, b.authority_needed, b.people_needed, b.decision_reason, d.name, b.decided_at"
        " FROM breaches b LEFT JOIN users u ON u.id = b.reported_by LEFT JOIN users d ON d.id = b.decided_by")


def _breach(session: Session, row) -> Breach:
    notes = tuple(Notification(*n) for n in session.conn.execute(
        "SELECT n.recipient, n.stage, n.at, u.name, n.note FROM breach_notifications n"
        " LEFT JOIN users u ON u.id = n.notified_by WHERE n.breach = ? ORDER BY n.id", (row[0],)))
    assessments = tuple(Assessment(a[0], bool(a[1]), bool(a[2]), *a[3:]) for a in session.conn.execute(
        "SELECT a.risk, a.authority, a.people, a.reason, a.consequences, a.measures, u.name, a.at"
        " FROM breach_assessments a LEFT JOIN users u ON u.id = a.assessed_by WHERE a.breach = ? ORDER BY a.id",
        (row[0],)))
    yes_no = {None: None, 0: False, 1: True}
    return Breach(row[1], row[2], parse_iso(row[3]), row[4], row[5], row[6], row[7], row[8], json.loads(row[9]),
                  bool(row[10]), row[11], row[12], row[13], row[14], row[15], row[16], yes_no[row[17]],
                  yes_no[row[18]], row[19], row[20], row[21], notes, assessments)


def list_breaches(session: Session) -> list[Breach]:
    """Every breach, newest discovery first. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    return [_breach(session, row) for row in session.conn.execute(_SQL + " ORDER BY b.discovered_at DESC, b.id DESC")]


def get_breach(session: Session, reference: str) -> Breach:
    session.require(Permission.ACCOUNTABILITY)
    row = session.conn.execute(_SQL + " WHERE b.reference = ?", (reference.strip().upper(),)).fetchone()
    if row is None:
        raise NotFound(tr("There is no breach {reference} in the log; 'crmdesk breach list' shows "
                          "them.").format(reference=reference.strip()))
    return _breach(session, row)


def _touched(session: Session, scope: str, detail: str | list[str]) -> tuple[list[int], str]:
    """The contacts' rows a scope names, and the scope's detail as stored."""
    conn = session.conn
    if scope == "all":
        return [r[0] for r in conn.execute("SELECT rowid FROM contacts")], ""
    if scope == "tag":
        name = str(detail).strip()
        tag = conn.execute("SELECT id, name FROM tags WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        if tag is None:
            raise UsageError(tr("There is no tag '{name}'; give a tag the contacts have, or the whole "
                                "vault.").format(name=name))
        return [r[0] for r in conn.execute("SELECT contact FROM contact_tags WHERE tag = ?", (tag[0],))], tag[1]
    if scope == "contacts":
        ids = [i for i in ([detail] if isinstance(detail, str) else list(detail)) if i and i.strip()]
        if not ids:
            raise UsageError(tr("Name the contacts the breach touches, or give a tag or the whole vault."))
        return sorted({contacts.resolve(session, contact_id)[0] for contact_id in ids}), ""
    raise UsageError(tr("'{scope}' is not a scope of a breach; use one of "
                        "{names}.").format(scope=scope, names=', '.join(SCOPES)))


def report(session: Session, what: str, discovered_at: datetime, *, scope: str = "all",
           scope_detail: str | list[str] = "", encrypted: bool, encryption_note: str = "", occurred: str = "",
           how_discovered: str = "") -> Breach:
    """Log a suspected breach; the 72-hour clock runs from ``discovered_at``.
    Needs REPORT (anyone signed in)."""
    session.require(Permission.REPORT)
    what, occurred, how_discovered, encryption_note = map(clean, (what, occurred, how_discovered, encryption_note))
    if not what:
        raise UsageError(tr("Say what happened (what was lost, seen or changed, and how), so it can be "
                            "assessed."))
    now = session.clock.now()
    if discovered_at > now + timedelta(minutes=5):
        raise UsageError(tr("A breach cannot be discovered in the future; give the time it was noticed."))
    if discovered_at < GDPR_APPLIES:
        raise UsageError(tr("The breach log starts with the GDPR, on 25 May 2018; check the year of the "
                            "time it was noticed."))
    rows, stored_detail = _touched(session, scope, scope_detail)
    with session.operation(Permission.REPORT, "breach.reported") as op:
        year = discovered_at.year
        number = op.conn.execute("SELECT count(*) + 1 FROM breaches WHERE reference LIKE ?",
                                 (f"B-{year}-%",)).fetchone()[0]
        reference = f"B-{year}-{number:04d}"
        cursor = op.conn.execute(
            "INSERT INTO breaches (reference, what, discovered_at, occurred, how_discovered, scope, scope_detail,"
            " people, categories, encrypted, encryption_note, reported_by, reported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)",
            (reference, what, iso(discovered_at), occurred, how_discovered, scope, stored_detail,
             len(rows), int(encrypted), encryption_note, op.user_id, op.now))
        op.conn.executemany("INSERT INTO breach_contacts (breach, contact) VALUES (?, ?)",
                            [(cursor.lastrowid, row) for row in rows])
        counts = counted(op.conn, "SELECT contact FROM breach_contacts WHERE breach = ?", (cursor.lastrowid,))
        op.conn.execute("UPDATE breaches SET categories = ? WHERE id = ?", (json.dumps(counts), cursor.lastrowid))
        op.detail.update({"reference": reference, "people": len(rows), "encrypted": encrypted})
        op.changed(BREACHES)
    if allows(session.role, Permission.ACCOUNTABILITY):
        return get_breach(session, reference)
    return _reported(reference, what, discovered_at, len(rows), counts, encrypted)


def _reported(reference, what, discovered_at, people, counts, encrypted) -> Breach:
    """What a reporter who may not read the log learns of their own report."""
    return Breach(reference, what, discovered_at, "", "", "", "", people, counts, encrypted, "", None, "")


def assess(session: Session, reference: str, *, risk: str, authority_needed: bool, people_needed: bool,
           reason: str, consequences: str = "", measures: str = "") -> Breach:
    """The owner's or an admin's assessment and decision, with its reasons
    (kept also when nobody is told). May be made again as more is known;
    every one stays in the log. A risk to people is told to the authority.
    Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    current = get_breach(session, reference)
    if risk not in RISKS:
        raise UsageError(tr("'{risk}' is not a level of risk; use one of "
                            "{names}.").format(risk=risk, names=', '.join(RISKS)))
    reason, consequences, measures = clean(reason), clean(consequences), clean(measures)
    if not reason:
        raise UsageError(tr("Say why the authority and the people are told or not; the log keeps the "
                            "reasoning (Art. 33(5))."))
    if risk != "none" and not authority_needed:
        raise UsageError(tr("A breach that may put people at risk is told to the supervisory authority "
                            "(Art. 33(1)); choose 'yes', or assess the risk as none and say why."))
    if risk == "none" and people_needed:
        raise UsageError(tr("People are told of a breach that puts them at a high risk (Art. 34); with no "
                            "risk, choose 'no' for them, or raise the risk."))
    with session.operation(Permission.ACCOUNTABILITY, "breach.assessed",
                           detail={"reference": current.reference, "risk": risk, "authority": authority_needed,
                                   "people": people_needed}) as op:
        consequences, measures = consequences or current.consequences, measures or current.measures
        op.conn.execute(
            "UPDATE breaches SET risk = ?, authority_needed = ?, people_needed = ?, decision_reason = ?,"
            " consequences = ?, measures = ?, decided_by = ?, decided_at = ? WHERE reference = ?",
            (risk, int(authority_needed), int(people_needed), reason, consequences, measures, op.user_id,
             op.now, current.reference))
        op.conn.execute(
            "INSERT INTO breach_assessments (breach, risk, authority, people, reason, consequences, measures,"
            " assessed_by, at) SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM breaches WHERE reference = ?",
            (risk, int(authority_needed), int(people_needed), reason, consequences, measures, op.user_id, op.now,
             current.reference))
        op.changed(BREACHES)
    return get_breach(session, reference)


def notified(session: Session, reference: str, to: str, stage: str = "initial", note: str = "") -> Breach:
    """Record that the authority or the people were told (in stages: an
    initial notification, follow-ups, a final one). Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    current = get_breach(session, reference)
    if to not in RECIPIENTS:
        raise UsageError(tr("'{to}' is not someone a breach is told to; use authority or "
                            "people.").format(to=to))
    if stage not in STAGES:
        raise UsageError(tr("'{stage}' is not a stage of a notification; use one of "
                            "{names}.").format(stage=stage, names=', '.join(STAGES)))
    who = capitalised(tr(RECIPIENTS[to]))
    if stage != "initial" and not current.told(to):
        raise UsageError((tr("The supervisory authority has not had an initial notification of {reference} yet; "
                             "record that first.") if to == "authority" else
                          tr("The people affected have not had an initial notification of {reference} yet; "
                             "record that first.")).format(reference=current.reference))
    if stage == "initial" and current.told(to):
        raise UsageError(tr("{who} already had the initial notification of {current.reference}; record a "
                            "follow-up or the final one.").format(who=who, current=current))
    if current.finished(to):
        raise UsageError(tr("{who} already had the final notification of {current.reference}; nothing "
                            "follows it.").format(who=who, current=current))
    note = clean(note)
    now = session.clock.now()
    late = to == "authority" and stage == "initial" and now > current.due_at
    if late and not note:
        raise UsageError(tr("The 72 hours ended on {replace} UTC: a late notification "
                            "gives the reasons for the delay (Art. 33(1)); write them in "
                            "the note.").format(replace=active().moment(iso(current.due_at))))
    with session.operation(Permission.ACCOUNTABILITY, "breach.notified",
                           detail={"reference": current.reference, "to": to, "stage": stage, "late": late}) as op:
        op.conn.execute("INSERT INTO breach_notifications (breach, recipient, stage, at, notified_by, note)"
                        " SELECT id, ?, ?, ?, ?, ? FROM breaches WHERE reference = ?",
                        (to, stage, op.now, op.user_id, note, current.reference))
        op.changed(BREACHES)
    return get_breach(session, reference)


@dataclass(frozen=True)
class Addressee:
    name: str
    address: str  # the first postal address on one line ("" when there is none)
    email: str  # the first e-mail address ("")
    kinds: tuple[str, ...]  # the kinds of data (CATEGORIES' keys) the breach took of this person
    language: str = ""  # the code of the language their letter is written in ("": the shop's)


def addressees(session: Session, reference: str) -> list[Addressee]:
    """The people a breach touches, still in the vault, with where to write
    to them and in which language (their own, else the shop's): the letters of Art. 34 are made from this, so reading it is
    audited as an export (by count). Needs ACCOUNTABILITY."""
    breach = get_breach(session, reference)
    ids = touched_contacts(session, breach.reference)
    if not ids:
        raise OperationFailed(tr("No one {breach.reference} touches is in the vault any more; there is no "
                                 "one to write to.").format(breach=breach))
    found = [contacts.get_contact(session, contact_id) for contact_id in ids]
    with session.operation(Permission.ACCOUNTABILITY, "breach.letters",
                           detail={"reference": breach.reference, "people": len(ids)}):
        pass
    return [Addressee(c.display_name, c.addresses[0].one_line() if c.addresses else "",
                      c.emails[0].value if c.emails else "", _kinds_of(session, breach, c),
                      contacts.letter_language(session, c)) for c in found]


def _kinds_of(session: Session, breach: Breach, contact) -> tuple[str, ...]:
    rowid = contacts.resolve(session, contact.id)[0]
    has = {"names": True, "emails": bool(contact.emails), "phones": bool(contact.phones),
           "addresses": bool(contact.addresses), "birthdays": contact.birthday is not None,
           "notes": bool(contact.notes),
           "interactions": session.conn.execute("SELECT 1 FROM interactions WHERE contact = ? LIMIT 1",
                                                (rowid,)).fetchone() is not None,
           "consents": session.conn.execute("SELECT 1 FROM consent_ledger WHERE contact = ? LIMIT 1",
                                            (rowid,)).fetchone() is not None}
    return tuple(key for key in breach.categories if has.get(key))


def touched_contacts(session: Session, reference: str) -> list[str]:
    """The ids of the contacts a breach touches that are still in the vault
    (for the letters to them). Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    return [row[0] for row in session.conn.execute(
        "SELECT c.id FROM breach_contacts b JOIN breaches r ON r.id = b.breach JOIN contacts c ON c.rowid = b.contact"
        " WHERE r.reference = ? ORDER BY c.sort_name, c.rowid", (reference.strip().upper(),))]


def clocks(session: Session, now: datetime | None = None) -> list[Breach]:
    """Breaches whose authority may still have to be told, soonest due first. Needs ACCOUNTABILITY."""
    return sorted((b for b in list_breaches(session) if b.clock_running), key=lambda b: b.due_at)


def clock_words(breach: Breach, now: datetime) -> str:
    """The authority's clock in a few words: "51 h left", "LATE by 3 h", "authority told"…"""
    if not breach.clock_running:
        return tr("authority told") if breach.told("authority") else tr("need not be told")
    hours = int(breach.hours_left(now))
    return tr("{hours} h left").format(hours=hours) if hours >= 0 else tr("LATE by {hours} h").format(hours=-hours)


def describe(breach: Breach, now: datetime) -> list[str]:
    """A breach in a few lines of words, for the window and the command line (no person is named)."""
    authority, people, why = suggestion(breach)
    yes_no = {True: tr("yes"), False: tr("no")}
    told = {True: tr("must be told"), False: tr("need not be told")}
    scope = tr(SCOPES[breach.scope]) + (f" '{breach.scope_detail}'" if breach.scope_detail else "")
    kinds = ", ".join(f"{tr(CATEGORY_WORDS[k])} {n:,}" for k, n in breach.categories.items()) or "—"
    lines = [f"{breach.reference}: {one_line(breach.what)}",
             tr("Discovered {moment} UTC, reported by {user}; authority: {clock}").format(
                 moment=active().moment(iso(breach.discovered_at)),
                 user=breach.reported_by or tr("a former user"), clock=clock_words(breach, now)),
             trn("Touches {n} person ({scope}): {kinds}", "Touches {n} people ({scope}): {kinds}",
                 breach.people).format(scope=scope, kinds=kinds),
             tr("Encrypted: {answer}").format(answer=yes_no[bool(breach.encrypted)])
             + (f" ({one_line(breach.encryption_note)})" if breach.encryption_note else "")]
    if breach.occurred or breach.how_discovered:
        lines.append(tr("Happened: {occurred}; noticed: {noticed}").format(
            occurred=one_line(breach.occurred) or tr("not known"), noticed=one_line(breach.how_discovered) or "—"))
    for number, a in enumerate(breach.assessments):
        earlier = number < len(breach.assessments) - 1
        lines.append((tr("Earlier assessed by {user} on {day}: {risk}; the authority {authority}, the people "
                         "{people}: {reason}") if earlier else
                      tr("Assessed by {user} on {day}: {risk}; the authority {authority}, the people {people}: "
                         "{reason}")).format(user=a.by, day=active().date(date.fromisoformat(a.at[:10]), "medium"), risk=tr(RISKS[a.risk]),
                                             authority=told[bool(a.authority)], people=told[bool(a.people)],
                                             reason=one_line(a.reason)))
    if breach.assessed:
        lines += [f"{label}: {one_line(text)}" for label, text in ((tr("Consequences"), breach.consequences),
                                                                   (tr("Measures"), breach.measures)) if text]
    else:
        lines.append(tr("Not assessed yet. crmdesk suggests: authority {authority}, people {people}. {why}").format(
            authority=yes_no[authority], people=yes_no[people], why=why))
    lines += [tr("{stage} to {recipient} on {moment} by {user}").format(
                  stage=capitalised(tr(STAGES[n.stage])), recipient=tr(RECIPIENTS[n.to]),
                  moment=active().moment(n.at), user=n.by)
              + (f": {one_line(n.note)}" if n.note else "") for n in breach.notifications]
    return lines
