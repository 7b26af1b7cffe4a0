"""Handlers for ``contact …`` and ``note add``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import UTC, datetime

from crmdesk.cli.common import (
    day_words,
    emit,
    moment_words,
    note,
    open_session,
    parse_birthday_option,
    parse_date,
    pgettext,
    table,
)
from crmdesk.core import language
from crmdesk.core.errors import UsageError
from crmdesk.core.language import LANGUAGES, N_, active, capitalised, tr, trn
from crmdesk.core.people import contacts, duplicates, interactions, search
from crmdesk.core.people.contact_model import (
    KIND_WORDS,
    KINDS,
    Contact,
    ContactInput,
    Labelled,
    Page,
    label_words,
)
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import consent, requests
from crmdesk.core.vault import settings
from crmdesk.io.csv_import import labelled


def add_contact_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--given", metavar="NAME", help=tr("given (first) name"))
    p.add_argument("--family", metavar="NAME", help=tr("family (last) name"))
    p.add_argument("--display-name", metavar="NAME", help=tr("how the name is shown, if not 'given family'"))
    p.add_argument("--organisation", metavar="NAME")
    p.add_argument("--job-title", metavar="TEXT")
    p.add_argument("--email", action="append", metavar="ADDRESS", help=tr("repeat for several"))
    p.add_argument("--phone", action="append", metavar="NUMBER", help=tr("repeat for several"))
    p.add_argument("--tag", action="append", metavar="TAG", help=tr("repeat for several"))
    p.add_argument("--birthday", type=parse_birthday_option, metavar="DATE",
                   help=tr("YYYY-MM-DD, or MM-DD when the year is not known; \"\" removes it"))
    p.add_argument("--website", action="append", metavar="URL", help=tr("repeat for several"))
    p.add_argument("--note", metavar="TEXT", help=tr("free notes about the contact"))
    p.add_argument("--source", metavar="TEXT", help=tr("where the data came from"))
    p.add_argument("--created", type=parse_date, metavar="DATE",
                   help=tr("when the customer relationship began (default: today)"))
    p.add_argument("--language", metavar="CODE",
                   help=tr("the language of letters and reports to them: {codes}; \"\" for the shop's "
                           "(Settings)").format(codes=", ".join(LANGUAGES)))


def _labelled(values: list[str] | None) -> list[Labelled] | None:
    """Values given as LABEL=VALUE or VALUE, as a CSV cell writes them ("work fax=030 1234")."""
    return None if values is None else [labelled(value) for value in values]


def _apply(args, data: ContactInput) -> ContactInput:
    """Fill ``data`` from the options that were given (others stay as they are)."""
    simple = {"given": "given_name", "family": "family_name", "display_name": "display_name",
              "organisation": "organisation", "job_title": "job_title",
              "note": "notes", "source": "source", "created": "since", "language": "language"}
    for option, field in simple.items():
        value = getattr(args, option)
        if value is not None:
            setattr(data, field, value)
    if args.birthday is not None:
        data.birthday = args.birthday or None  # --birthday "" clears it
    if args.email is not None:
        data.emails = _labelled(args.email)
    if args.phone is not None:
        data.phones = _labelled(args.phone)
    if args.website is not None:
        data.websites = _labelled(args.website)
    if args.tag is not None:
        data.tags = list(args.tag)
    return data


def _warn(session, data: ContactInput) -> None:
    for text in contacts.warnings(data, settings.get(session, "phone_region")):
        note(tr("{warning} It was saved as given.").format(warning=text))


def contact_add(args) -> int:
    with open_session(args) as session:
        data = _apply(args, ContactInput())
        created = contacts.add_contact(session, data, returning=args.returning)
        _warn(session, data)
        listed = [p for p in duplicates.list_possible(session) if p.added_id == created.id]
    for pair in listed:
        note(tr("Added, with the {value}; 'crmdesk contact duplicates' lists the pair to merge or keep "
                "apart.").format(value=tr(pair.reason.split(';')[0])))
    emit(args, created.id, _contact_json(created))
    return 0


def contact_edit(args) -> int:
    with open_session(args) as session:
        current = contacts.get_contact(session, args.id)
        data = _apply(args, current.as_input())
        if args.request:
            updated, changed = requests.rectify(session, args.request, current.id, data, returning=args.returning)
        else:
            updated, changed = contacts.update_contact(session, current.id, data, returning=args.returning)
        _warn(session, data)
    fields = ", ".join(tr(contacts.FIELD_WORDS[f]) if f in contacts.FIELD_WORDS else f.replace("_", " ") for f in changed)
    human = (tr("Updated {name}: {fields}.").format(name=updated.display_name, fields=fields) if changed
             else tr("Nothing changed."))
    emit(args, human, {"contact": _contact_json(updated), "changed": changed})
    return 0


def contact_show(args) -> int:
    with open_session(args) as session:
        contact = contacts.get_contact(session, args.id)
        log = interactions.list_interactions(session, contact.id, limit=args.interactions)
    if args.json:
        data = _contact_json(contact)
        data["interactions"] = [asdict(i) for i in log]
        emit(args, "", data)
        return 0
    lines = [contact.display_name, "=" * len(contact.display_name)]
    fields = [(label, value) for label, value in _labelled_fields(contact) if value]
    width = max(len(label) for label, _value in fields)
    lines += [f"{label.ljust(width)}  {value}" for label, value in fields]
    if log:
        lines += ["", tr("Interactions (newest first)")]
        lines += [f"  {moment_words(i.occurred_at)}  {_kind_words(i.kind):<8} {i.summary or i.body}" for i in log]
    print("\n".join(lines))
    return 0


def _with_label(labelled: str, plain: str, label: str) -> str:
    """A field's name, with the item's own label where it has one ("E-mail (work)"), translated."""
    return tr(labelled).format(label=label) if label else tr(plain)


def _labelled_fields(contact: Contact) -> list[tuple[str, str]]:
    """``contact show``'s lines: each field's name in the reader's language and its value."""
    lang = language.active()
    birthday = contact.birthday
    return [
        (tr("Organisation"), contact.organisation), (tr("Job title"), contact.job_title),
        *[(_with_label(N_("E-mail ({label})"), N_("E-mail"), label_words(e.label, lang)), e.value) for e in contact.emails],
        *[(_with_label(N_("Phone ({label})"), N_("Phone"), _phone_words(p)), p.value) for p in contact.phones],
        *[(_with_label(N_("Address ({label})"), N_("Address"), label_words(a.label, lang)), a.one_line()) for a in contact.addresses],
        *[(_with_label(N_("Website ({label})"), N_("Website"), label_words(w.label, lang)), w.value) for w in contact.websites],
        (tr("Birthday"), birthday.shown(lang) if birthday else ""),
        (tr("Tags"), ", ".join(contact.tags)), (tr("Notes"), contact.notes), (tr("Source"), contact.source),
        (tr("Customer since"), lang.date(contact.since) if contact.since else ""),
        (tr("Letters in"), capitalised(language.active().language_name(contact.language))), (tr("Id"), contact.id),
    ]


def _phone_words(phone: Labelled) -> str:
    """A phone's label and kind in the reader's language ("Laden mobile")."""
    return phone.described_in(active())


def _kind_words(kind: str) -> str:
    return pgettext("kind of interaction", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def _print_page(args, page: Page) -> None:
    rows = [(r.display_name, r.organisation, r.email, r.phone,
             day_words(r.last_interaction_at), r.id[:8]) for r in page.rows]
    human = table((N_("NAME"), N_("ORGANISATION"), N_("E-MAIL"), N_("PHONE"), N_("LAST CONTACT"), N_("ID")), rows)
    if page.next is not None:
        human += "\n" + tr("… more; raise {option} (now {limit}) to see them.").format(option="--limit",
                                                                                      limit=args.limit)
    emit(args, human, [
        {"id": r.id, "display_name": r.display_name, "organisation": r.organisation,
         "email": r.email, "phone": r.phone, "last_interaction_at": r.last_interaction_at or None}
        for r in page.rows
    ])


def contact_list(args) -> int:
    with open_session(args) as session:
        order = "last_interaction" if args.sort == "last" else "name"
        if args.without_basis:
            page = consent.list_without_basis(session, tag=args.tag, limit=args.limit, order=order)
        else:
            page = contacts.list_contacts(session, tag=args.tag, limit=args.limit, order=order)
    if not page.rows and not args.json:
        print(tr("No contact has the tag '{tag}'.").format(tag=args.tag) if args.tag else
              tr("Every contact has a lawful basis on record.") if args.without_basis else
              tr("No contacts yet; add one with {add} or {import_}.").format(add="'crmdesk contact add'",
                                                                            import_="'crmdesk import FILE'"),
              file=sys.stderr)
        return 0
    _print_page(args, page)
    return 0


def contact_search_cmd(args) -> int:
    with open_session(args) as session:
        page = search.search_contacts(session, args.query, limit=args.limit)
    if not page.rows and not args.json:
        print(tr("No contact matches '{query}'.").format(query=args.query), file=sys.stderr)
        return 0
    _print_page(args, page)
    return 0


def note_add(args) -> int:
    if args.kind not in KINDS:
        raise UsageError(tr("'{kind}' is not a kind of interaction; use one of "
                            "{names}.").format(kind=args.kind, names=', '.join(KINDS)))
    with open_session(args) as session:
        logged = interactions.add_interaction(
            session, args.id, kind=args.kind, summary=args.text,
            occurred_at=args.at or datetime.now(UTC),
        )
    emit(args, logged.id, asdict(logged))
    return 0


def _contact_json(contact: Contact) -> dict:
    data = asdict(contact)
    data["birthday"] = contact.birthday.isoformat() if contact.birthday else None
    data["since"] = contact.since.isoformat() if contact.since else None
    for name in ("emails", "websites"):  # only a phone number has a kind
        data[name] = [{"value": item.value, "label": item.label} for item in getattr(contact, name)]
    return data


def duplicates_list(args) -> int:
    with open_session(args) as session:
        may_edit = allows(session.role, Permission.EDIT)
        if may_edit:
            found = duplicates.look_for(session)
            if found:
                note(trn("{n} new possible duplicate found in the vault.",
                         "{n} new possible duplicates found in the vault.", found))
        pairs = duplicates.list_possible(session)
    if not pairs:
        emit(args, tr("No possible duplicates are waiting for review."), [])
        return 0
    rows = [(p.earlier_name, p.earlier_id[:8], p.added_name, p.added_id[:8], tr(p.reason), day_words(p.found_at))
            for p in pairs]
    human = table((N_("IN THE VAULT BEFORE"), "EARLIER_ID", N_("ADDED LATER"), "ADDED_ID", N_("WHY"), N_("FOUND")), rows)
    if may_edit:
        human += "\n" + tr("Merge a pair with {merge} (the earlier contact keeps its fields, but those given with "
                           "{take}, and takes the other's history), or keep them apart with {apart}.").format(
            merge="'crmdesk contact merge EARLIER_ID ADDED_ID'", take="--take FIELD",
            apart="'crmdesk contact not-duplicates EARLIER_ID ADDED_ID'")
    emit(args, human, [asdict(p) for p in pairs])
    return 0


def contact_merge(args) -> int:
    with open_session(args) as session:
        keep, other = contacts.get_contact(session, args.keep), contacts.get_contact(session, args.other)
        kept = duplicates.merge(session, keep.id, other.id, args.take)
    if kept.display_name != keep.display_name:
        human = tr("Merged {other} into {keep}, now {name}; both histories are kept under {id}.").format(
            other=other.display_name, keep=keep.display_name, name=kept.display_name, id=kept.id)
    else:
        human = tr("Merged {other} into {keep}; both histories are kept under {id}.").format(
            other=other.display_name, keep=keep.display_name, id=kept.id)
    emit(args, human,
         {"contact": _contact_json(kept), "merged": other.id})
    return 0


def not_duplicates(args) -> int:
    with open_session(args) as session:
        duplicates.dismiss(session, args.id, args.other)
    emit(args, tr("Noted: they are different people, and are not listed again."), {"dismissed": True})
    return 0
