"""Legal hold, restriction of processing (Art. 18) and objection (Art. 21).

- **Legal hold** (owner/admin): nothing deletes or anonymises the person
  while it is on, neither erasure nor a retention sweep.
- **Restriction**: while it is on, only storage, the person's own requests,
  withdrawals, lifting it, and erasure touch them; edits, notes, new
  consent or bases, imports and exports (other than for their own request)
  are refused. The gate applies both rules (``Effect``); this module sets
  and lifts them.
- **Objection** stops every legitimate-interest and direct-marketing
  purpose for the person in the consent ledger, also those not asked yet,
  so no later entry starts one again without evidence.
"""

from __future__ import annotations

from crmdesk.core.people import contacts
from crmdesk.core.permissions import Permission
from crmdesk.core.privacy import consent, purposes
from crmdesk.core.privacy import requests as subject_requests
from crmdesk.core.vault import gate
from crmdesk.core.vault.gate import CONTACTS, Effect
from crmdesk.core.vault.session import Session


def set_hold(session: Session, contact_id: str, on: bool) -> None:
    """Put a contact on legal hold (or lift it): nothing erases or sweeps it. Needs ERASE."""
    with session.operation(Permission.ERASE, "contact.hold_set" if on else "contact.hold_lifted",
                           subject=contact_id, effect=Effect.STORE) as op:
        op.conn.execute("UPDATE contacts SET legal_hold = ? WHERE rowid = ?", (int(on), op.subject.rowid))
        op.changed(CONTACTS)


def set_restricted(session: Session, contact_id: str, on: bool, *, request_reference: str | None = None) -> None:
    """Restrict processing of a contact (Art. 18), or lift it. Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    if request_reference:
        subject_requests.check_usable(session, request_reference, contact_id, ("restriction",))
    with session.operation(Permission.REQUESTS, "contact.restricted" if on else "contact.restriction_lifted",
                           subject=contact_id, effect=Effect.STORE, detail={"request": request_reference}) as op:
        op.conn.execute("UPDATE contacts SET restricted = ? WHERE rowid = ?", (int(on), op.subject.rowid))
        op.changed(CONTACTS)


def flags(session: Session, contact_id: str) -> tuple[bool, bool]:
    """(legal hold, restricted) of a contact."""
    rowid, _ = contacts.resolve(session, contact_id)
    hold, restricted = session.conn.execute(
        "SELECT legal_hold, restricted FROM contacts WHERE rowid = ?", (rowid,)).fetchone()
    return bool(hold), bool(restricted)


def object_to_processing(session: Session, contact_id: str, *, request_reference: str | None = None) -> list[str]:
    """Art. 21: stop every legitimate-interest purpose and every
    direct-marketing consent purpose for the contact, in the ledger: a
    basis on record or not yet recorded is ended, a consent given is
    withdrawn, one not asked is refused. So the objection stands on every
    such purpose, and starting one again needs evidence of its own. The
    keys of the purposes stopped now. Needs REQUESTS."""
    session.require(Permission.REQUESTS)
    if request_reference:
        subject_requests.check_usable(session, request_reference, contact_id, ("objection",))
    direct = {r[0] for r in session.conn.execute("SELECT key FROM purposes WHERE direct_marketing = 1")}
    decisions = []
    for item in consent.current_states(session, contact_id):
        if item.state in gate.STOPPED:
            continue
        if item.purpose.basis == "legitimate_interests" and not item.purpose.needs_consent \
                and (item.state == "recorded" or item.purpose.active):
            decisions.append((item.purpose, "ended"))
        elif item.purpose.key in direct and item.purpose.needs_consent:
            if item.state == "granted":
                decisions.append((item.purpose, "withdrawn"))
            elif item.purpose.active and purposes.current_text(session, item.purpose.key, "en") is not None:
                decisions.append((item.purpose, "refused"))
    if decisions:
        note = "objection (Art. 21)" + (f", request {request_reference}" if request_reference else "")
        with session.operation(Permission.REQUESTS, None, subject=contact_id, effect=Effect.STORE) as op:
            consent.capture(op, op.subject, decisions, consent.Capture(method="in_person", note=note))
    return [purpose.key for purpose, _ in decisions]


