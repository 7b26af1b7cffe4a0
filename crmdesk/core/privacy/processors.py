"""The register of processors (Art. 28): who handles customer data for the shop.

A processor is a business that works with the shop's customer data on its
behalf: the newsletter service, the booking app, the payment terminal's
provider, the accountant. For each: what they do, which kinds of data they
get, where they keep it (in the EU/EEA, or elsewhere, and then on which
basis: an adequacy decision, standard contractual clauses…, Art. 44–46),
the date of the data processing agreement and a scan of it, kept inside
the encrypted vault.

Purposes name their processors. The access report's "recipients" and the
record of processing come from here: a person's data goes to the
processors of the purposes it is used for, and to those linked to no
purpose (they serve the whole shop, like the IT provider). A processor
the shop stops using is retired, not deleted, so the record keeps what
was true.

Managing the register needs ACCOUNTABILITY (owner, admin); reading who the
recipients are needs READ (a business's name is not a customer's data).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from crmdesk.core.errors import NotFound, UsageError
from crmdesk.core.language import ENGLISH, N_, Language, active, tr
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy.categories import DATA_CATEGORIES, check_categories
from crmdesk.core.vault.gate import PROCESSORS
from crmdesk.core.vault.session import Session

LOCATIONS = {"eu": N_("in the EU/EEA"),
             "adequate": N_("outside the EU/EEA, in a country with an adequacy decision"),
             "safeguards": N_("outside the EU/EEA, under appropriate safeguards")}
# The same, short, beside a processor's name.
PLACES = {"eu": N_("in the EU/EEA"), "adequate": N_("outside the EU/EEA"), "safeguards": N_("outside the EU/EEA")}
# The usual bases of a transfer outside the EU/EEA, offered as choices; the owner may write another
# (and it is shown as written: only these have translations).
TRANSFER_BASES = (N_("adequacy decision (Art. 45)"), N_("EU-US Data Privacy Framework (adequacy decision, Art. 45)"),
                  N_("standard contractual clauses (Art. 46(2)(c))"), N_("binding corporate rules (Art. 47)"))
MAX_AGREEMENT_BYTES = 20 * 1024 * 1024  # a scanned agreement of a few pages


@dataclass(frozen=True)
class Processor:
    id: int
    name: str
    service: str  # what they do for the shop
    categories: tuple[str, ...]  # DATA_CATEGORIES keys
    location: str  # LOCATIONS key
    country: str
    transfer_basis: str
    contract_date: date | None
    agreement_name: str  # the scan's file name ("" when none is kept)
    agreement_sha256: str
    purposes: tuple[str, ...]  # purpose keys
    active: bool
    added_at: str

    @property
    def outside_eu(self) -> bool:
        return self.location != "eu"

    def where(self, lang: Language = ENGLISH) -> str:
        place = lang.gettext(LOCATIONS[self.location]) + (f" ({self.country})" if self.country else "")
        if not (self.outside_eu and self.transfer_basis):
            return place
        return place + "; " + lang.gettext(N_("transfer basis: {basis}")).format(
            basis=lang.gettext(self.transfer_basis))

    def recipient_line(self, lang: Language = ENGLISH) -> str:
        """How the access report and the privacy notice name them."""
        return f"{self.name} — {self.service} ({lang.gettext(PLACES[self.location])})"


_SQL = ("SELECT p.id, p.name, p.service, p.categories, p.location, p.country, p.transfer_basis, p.contract_date,"
        " p.agreement_name, p.agreement_sha256, p.active, p.added_at FROM processors p")


def _processor(session: Session, row) -> Processor:
    purposes = tuple(r[0] for r in session.conn.execute(
        "SELECT pu.key FROM purpose_processors l JOIN purposes pu ON pu.id = l.purpose WHERE l.processor = ?"
        " ORDER BY pu.key", (row[0],)))
    return Processor(row[0], row[1], row[2], tuple(c for c in row[3].split(",") if c), row[4], row[5], row[6],
                     date.fromisoformat(row[7]) if row[7] else None, row[8], row[9], purposes, bool(row[10]),
                     row[11])


def list_processors(session: Session, *, include_retired: bool = False) -> list[Processor]:
    """The register, by name. Needs READ."""
    session.require(Permission.READ)
    where = "" if include_retired else " WHERE p.active = 1"
    return [_processor(session, row) for row in session.conn.execute(
        _SQL + where + " ORDER BY p.active DESC, p.name COLLATE NOCASE")]


def get_processor(session: Session, name: str) -> Processor:
    session.require(Permission.READ)
    row = session.conn.execute(_SQL + " WHERE p.name = ? COLLATE NOCASE", (name.strip(),)).fetchone()
    if row is None:
        raise NotFound(tr("There is no processor '{name}' in the register; 'crmdesk processor list' shows "
                          "them.").format(name=name.strip()))
    return _processor(session, row)


def recipients_for(session: Session, purpose_keys: list[str] | None = None) -> list[Processor]:
    """The processors a person's data goes to: those of ``purpose_keys``
    (None: of every purpose) and those linked to no purpose. Needs READ."""
    found = list_processors(session)
    if purpose_keys is None:
        return found
    wanted = set(purpose_keys)
    return [p for p in found if not p.purposes or wanted & set(p.purposes)]


def _checked(name: str, service: str, categories, location: str, transfer_basis: str,
             agreement: tuple[str, bytes] | None) -> tuple[str, str, str, str]:
    name, service, transfer_basis = name.strip(), service.strip(), transfer_basis.strip()
    if not name or len(name) > 200:
        raise UsageError(tr("Give the processor's name (the business), up to 200 characters."))
    if not service:
        raise UsageError(tr("Say what the processor does for the shop, e.g. 'sends the newsletter'."))
    if location not in LOCATIONS:
        raise UsageError(tr("'{location}' is not a place of processing; use one of "
                            "{names}.").format(location=location, names=', '.join(LOCATIONS)))
    if location != "eu" and not transfer_basis:
        raise UsageError(tr("Data kept outside the EU/EEA needs a transfer basis, e.g. 'standard "
                            "contractual clauses (Art. 46(2)(c))'."))
    if agreement is not None and len(agreement[1]) > MAX_AGREEMENT_BYTES:
        raise UsageError(tr("The agreement's scan is larger than {value} MB; scan it at a lower resolution "
                            "or as a PDF.").format(value=MAX_AGREEMENT_BYTES // (1024 * 1024)))
    return name, service, ",".join(check_categories(categories)), transfer_basis if location != "eu" else ""


def add_processor(session: Session, name: str, *, service: str, categories: list[str], location: str = "eu",
                  country: str = "", transfer_basis: str = "", contract_date: date | None = None,
                  agreement: tuple[str, bytes] | None = None, purposes: list[str] = ()) -> Processor:
    """A new processor, with the agreement's scan (file name, bytes) when
    given, linked to ``purposes``. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    name, service, kinds, transfer_basis = _checked(name, service, categories, location, transfer_basis, agreement)
    if session.conn.execute("SELECT 1 FROM processors WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
        raise UsageError(tr("'{name}' is already in the register; change it instead.").format(name=name))
    purpose_ids = _purpose_ids(session, purposes)
    with session.operation(Permission.ACCOUNTABILITY, "processor.added", target=name) as op:
        cursor = op.conn.execute(
            "INSERT INTO processors (name, service, categories, location, country, transfer_basis, contract_date,"
            " agreement, agreement_name, agreement_sha256, active, added_at, added_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (name, service, kinds, location, country.strip(), transfer_basis,
             contract_date.isoformat() if contract_date else None, agreement[1] if agreement else None,
             agreement[0] if agreement else "", hashlib.sha256(agreement[1]).hexdigest() if agreement else "",
             op.now, op.user_id))
        op.conn.executemany("INSERT INTO purpose_processors (purpose, processor) VALUES (?, ?)",
                            [(pid, cursor.lastrowid) for pid in purpose_ids])
        op.changed(PROCESSORS)
    return get_processor(session, name)


def update_processor(session: Session, name: str, *, service: str, categories: list[str], location: str,
                     country: str = "", transfer_basis: str = "", contract_date: date | None = None,
                     agreement: tuple[str, bytes] | None = None, purposes: list[str] = ()) -> Processor:
    """Change what is known of a processor; a new scan replaces the old one
    (``agreement`` None keeps it). Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    current = get_processor(session, name)
    _, service, kinds, transfer_basis = _checked(current.name, service, categories, location, transfer_basis,
                                                 agreement)
    purpose_ids = _purpose_ids(session, purposes)
    with session.operation(Permission.ACCOUNTABILITY, "processor.changed", target=current.name) as op:
        op.conn.execute(
            "UPDATE processors SET service = ?, categories = ?, location = ?, country = ?, transfer_basis = ?,"
            " contract_date = ? WHERE id = ?",
            (service, kinds, location, country.strip(), transfer_basis,
             contract_date.isoformat() if contract_date else None, current.id))
        if agreement is not None:
            op.conn.execute("UPDATE processors SET agreement = ?, agreement_name = ?, agreement_sha256 = ?"
                            " WHERE id = ?", (agreement[1], agreement[0], hashlib.sha256(agreement[1]).hexdigest(),
                                              current.id))
        op.conn.execute("DELETE FROM purpose_processors WHERE processor = ?", (current.id,))
        op.conn.executemany("INSERT INTO purpose_processors (purpose, processor) VALUES (?, ?)",
                            [(pid, current.id) for pid in purpose_ids])
        op.changed(PROCESSORS)
    return get_processor(session, name)


def retire_processor(session: Session, name: str) -> Processor:
    """The shop no longer uses them: out of the recipients, kept in the
    register's history. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    current = get_processor(session, name)
    if not current.active:
        raise UsageError(tr("'{current.name}' is already retired.").format(current=current))
    with session.operation(Permission.ACCOUNTABILITY, "processor.retired", target=current.name) as op:
        op.conn.execute("UPDATE processors SET active = 0 WHERE id = ?", (current.id,))
        op.changed(PROCESSORS)
    return get_processor(session, name)


def agreement(session: Session, name: str) -> tuple[str, bytes]:
    """The scan of the agreement (file name, bytes), to open or save. Needs ACCOUNTABILITY."""
    session.require(Permission.ACCOUNTABILITY)
    current = get_processor(session, name)
    row = session.conn.execute("SELECT agreement FROM processors WHERE id = ?", (current.id,)).fetchone()
    if row is None or row[0] is None:
        raise NotFound(tr("No agreement is kept for '{current.name}'; add its scan when you "
                          "change it.").format(current=current))
    return current.agreement_name, bytes(row[0])


def _purpose_ids(session: Session, keys) -> list[int]:
    ids = []
    for key in dict.fromkeys(k.strip().lower() for k in keys if k.strip()):
        row = session.conn.execute("SELECT id FROM purposes WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise UsageError(tr("There is no purpose '{key}'; 'crmdesk purpose list' "
                                "shows them.").format(key=key))
        ids.append(row[0])
    return ids


def category_words(processor: Processor, lang: Language | None = None) -> str:
    """The kinds of data a processor receives, in ``lang`` (the language messages are shown in)."""
    lang = lang or active()
    return ", ".join(lang.gettext(DATA_CATEGORIES[c]) for c in processor.categories) or "—"
