"""Synthetic demo contacts, made locally from small name lists.

Names are combined at random, so no real person's data is used, and nothing
is fetched from anywhere. Addresses use the reserved example domains and
fictional phone ranges. Their consents go through the same one-person
capture as at the counter, with a note saying they are made up. Needs EDIT;
one operation; audited.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from crmdesk.core import language
from crmdesk.core.language import N_
from crmdesk.core.people import suppression
from crmdesk.core.people.contact_model import KINDS, Address, ContactInput, Labelled
from crmdesk.core.people.interactions import write_interaction
from crmdesk.core.people.normalise import fold
from crmdesk.core.people.writer import ContactWriter
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import consent, purposes
from crmdesk.core.vault import database, gate, settings
from crmdesk.core.vault.gate import Operation
from crmdesk.core.vault.session import Session

GIVEN = ["Anna", "Jürgen", "Zofia", "Paweł", "Ελένη", "Νίκος", "Иван", "Ольга", "Renée", "Lukas",
         "Marie", "Mehmet", "Aylin", "Sofia", "Jan", "Katarzyna", "Dimitris", "Emma", "Noah",
         "Léa", "Jonas", "Mia", "Tomasz", "Agnieszka", "Björn", "Åsa", "Søren", "Chiara", "Luca"]
FAMILY = ["Müller", "Schmidt", "Łukasiewicz", "Kowalski", "Παπαδάκη", "Γεωργίου", "Петров",
          "Смирнова", "Français", "Weber", "Schäfer", "Yılmaz", "Nowak", "Wiśniewska", "Becker",
          "Hoffmann", "Dubois", "Rossi", "Jensen", "Lindqvist", "Novák", "Horváth", "Meyer"]
ORGS = ["Bäckerei Sonne", "Schäfer & Söhne GmbH", "Sklep Łódź", "Ταβέρνα Ο Γιάννης",
        "Kwiaciarnia Róża", "Café Central", "Weber Bau KG", "Atelier Lumière", "", "", "", ""]
CITIES = [("Berlin", "10115"), ("München", "80331"), ("Kraków", "31-001"), ("Αθήνα", "10563"),
          ("Wien", "1010"), ("Lyon", "69001"), ("Hamburg", "20095"), ("Gdańsk", "80-001")]
# What the shop would have written itself is written in the language of whoever makes the demo (the
# window's, or the terminal's), as a shop in Kraków writes its tags and notes in Polish.
TAGS = [N_("VIP"), N_("Regular customer"), N_("Supplier"), N_("Newsletter"), N_("Wholesale"), N_("New customer")]
NOTE = N_("made-up demo consent")
ORDER_NOTE = N_("made-up demo order")
CONTACT_NOTE = N_("Demo contact, made up by crmdesk demo.")
SOURCE = N_("crmdesk demo data")
SUMMARIES = {"visit": N_("Came into the shop"), "call": N_("Phoned about an order"),
             "email": N_("Wrote about opening hours"), "purchase": N_("Bought a birthday cake"),
             "note": N_("Prefers to be called in the morning")}


def make_contact(rng: random.Random, n: int, lang: language.Language = language.ENGLISH) -> ContactInput:
    """The ``n``th made-up person; tags, notes and source in ``lang``."""
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    city, postal = rng.choice(CITIES)
    names = [fold(name).encode("ascii", "ignore").decode() for name in (given, family)]
    local = ".".join([name for name in names if name] + [str(n)])
    return ContactInput(
        given_name=given, family_name=family, organisation=rng.choice(ORGS),
        emails=[Labelled(f"{local}@example.com", rng.choice(["work", "home", ""]))],
        phones=[Labelled(f"+49 30 {2_000_000 + n}", rng.choice(["mobile", "work"]))]
        if rng.random() < 0.7 else [],
        addresses=[Address("", f"Musterstraße {n % 200 + 1}", postal, city)] if rng.random() < 0.5 else [],
        tags=[lang.gettext(tag) for tag in rng.sample(TAGS, rng.randint(0, 2))],
        notes=lang.gettext(CONTACT_NOTE) if rng.random() < 0.2 else "",
        source=lang.gettext(SOURCE),
    )


def fill_demo(session: Session, count: int, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Add ``count`` made-up contacts with a few interactions each, in one
    operation; numbered on from those already in the vault, so a second
    run adds other people, and never one whose made-up address belongs to
    someone erased. Returns how many were added. Needs EDIT (and CONSENT
    for their made-up consents)."""
    session.require(Permission.EDIT)
    now = session.clock.now()
    lang = language.active()
    logged = []
    with database.large_cache(session.conn), \
            session.operation(Permission.EDIT, "demo.generated", detail={"contacts": count}) as op:
        first = op.conn.execute("SELECT coalesce(max(rowid), 0) FROM contacts").fetchone()[0]
        first += op.conn.execute("SELECT count(*) FROM tombstones").fetchone()[0]
        rng = random.Random(7 + first)
        erased = suppression.Matcher(op.conn, settings.get(session, "phone_region"))
        writer = ContactWriter(op)
        for n in range(first, first + count):
            data = make_contact(rng, n, lang)
            if erased.matches(data):
                continue
            data.since = (now - timedelta(days=rng.randint(0, 3650))).date()
            rowid, _ = writer.write(data)
            for _ in range(rng.choice([0, 0, 1, 2, 3])):
                kind = rng.choice(KINDS)
                logged.append((rowid, kind, now - timedelta(days=rng.randint(0, 700), hours=rng.randint(0, 23))))
            if progress is not None and (n - first + 1) % 1000 == 0:
                progress(n - first + 1, count)
        writer.finish()  # the contacts exist from here on; their interactions may follow
        for rowid, kind, when in logged:
            write_interaction(op, rowid, kind=kind, summary=lang.gettext(SUMMARIES[kind]), body="",
                              occurred_at=when)
        if allows(session.role, Permission.CONSENT):
            _demo_consents(op, rng, writer.written, now, lang)
        op.detail["contacts"] = len(writer.written)
        op.changed_everything()
    return len(writer.written)


def _demo_consents(op: Operation, rng: random.Random, rowids: list[int], now, lang: language.Language) -> None:
    """A believable mix of lawful bases, captured person by person as at the
    counter: most customers ordered something, about a third signed up for
    the newsletter (some withdrew since), a few said no to photos, and some
    have no basis on record yet."""
    found = {p.key: p for p in purposes.list_purposes(op.session) if p.active}
    shop = settings.get(op.session, "shop_language")
    if not {"order-fulfilment", "newsletter-email", "photos-marketing"} <= set(found):
        return  # the owner changed the purposes; leave the ledger alone
    for rowid in rowids:
        person = gate.load_subject(op.conn, rowid)
        when = now - timedelta(days=rng.randint(30, 600))
        method = rng.choice(["in_person", "in_person", "paper_form", "web_form"])
        shown = rng.choice([shop, shop, "en"])  # the text the customer read: mostly the shop's language
        note = lang.gettext(NOTE)
        if rng.random() < 0.6:
            consent.capture(op, person, [(found["order-fulfilment"], "recorded")],
                            consent.Capture(method="in_person", note=lang.gettext(ORDER_NOTE)), when)
        if rng.random() < 0.35:
            consent.capture(op, person, [(found["newsletter-email"], "granted")],
                            consent.Capture(method=method, language=shown, note=note), when)
            if rng.random() < 0.15:
                consent.capture(op, person, [(found["newsletter-email"], "withdrawn")],
                                consent.Capture(method="email", note=note),
                                when + timedelta(days=rng.randint(1, 25)))
        if rng.random() < 0.1:
            consent.capture(op, person, [(found["photos-marketing"], "refused")],
                            consent.Capture(method=method, language=shown, note=note), when)
