"""Recognising people who asked to be erased, without keeping anything of them.

When a person is erased, their e-mail addresses and phone numbers are kept
only as *suppression digests*: HMAC-SHA256 of each normalised value under a
random secret of the vault (``meta.suppression_secret``, which survives
master-key rotation), **cut short**: 12 bits for a phone number, 16 for an
e-mail address. Everyone with a key to the vault can read the secret, and
there are few enough phone numbers to try them all in a second; a short
digest matches hundreds of thousands of numbers, so trying them all says
"one of these", never which. The same address still gives the same digest,
so a match means *maybe* this person:

- an import skips a row that matches one and says it may be a person who
  asked to be erased (someone else now and then, which staff can add);
- a contact added by hand that matches one is saved only when the user
  confirms the person came back on their own, or is someone else.

Threading: the caller's connection and thread.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

import sqlcipher3

from crmdesk.core.errors import OperationFailed, UsageError
from crmdesk.core.language import N_, tr
from crmdesk.core.people import normalise
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.vault.gate import Operation

RETURNING = (N_("This e-mail address or phone number may belong to a person who asked to be erased; add them again "
             "only if they came back to you on their own (or are someone else), and confirm that."))

# Hex digits of a digest that are kept, by kind (see the module notes).
KEPT_HEX = {"phone": 3, "email": 4}


def _secret(conn: sqlcipher3.Connection) -> bytes:
    row = conn.execute("SELECT value FROM meta WHERE key = 'suppression_secret'").fetchone()
    if row is None:
        raise OperationFailed(tr("This vault has no suppression secret; check the vault and restore a "
                                 "backup."),
                              hint="verify-vault")
    return bytes.fromhex(row[0])


def digests(conn: sqlcipher3.Connection, emails: Iterable[str], phones: Iterable[str],
            region: str) -> list[tuple[str, str]]:
    """(digest, kind) of the normalised e-mail addresses and phone numbers."""
    key = _secret(conn)
    values = [("email", normalise.email(e)) for e in emails if e.strip()]
    values += [("phone", normalise.phone(p, region)) for p in phones if p.strip()]
    return [(hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:KEPT_HEX[kind]], kind)
            for kind, value in values if value]


def record(op: Operation, emails: Iterable[str], phones: Iterable[str], region: str) -> None:
    """Keep the digests of an erased person's addresses and numbers."""
    op.conn.executemany("INSERT OR IGNORE INTO suppressions (digest, kind, erased_at) VALUES (?, ?, ?)",
                        [(digest, kind, op.now) for digest, kind in digests(op.conn, emails, phones, region)])


class Matcher:
    """Tells whether a contact belongs to a person who asked to be erased;
    the digests are read once (an import asks for every row)."""

    def __init__(self, conn: sqlcipher3.Connection, region: str):
        self.conn = conn
        self.region = region
        self.known = {r[0] for r in conn.execute("SELECT digest FROM suppressions")}

    def matches(self, data: ContactInput) -> bool:
        if not self.known:
            return False
        found = digests(self.conn, (e.value for e in data.emails), (p.value for p in data.phones), self.region)
        return not self.known.isdisjoint(d for d, _ in found)


def check_new_person(conn: sqlcipher3.Connection, data: ContactInput, region: str, *, returning: bool) -> None:
    """Refuse a new contact who asked to be erased, unless the user confirmed
    that they came back on their own (``returning``)."""
    if not returning and Matcher(conn, region).matches(data):
        raise UsageError(tr(RETURNING), hint="returning-person")
