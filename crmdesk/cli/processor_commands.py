"""Handlers for ``processor …``: the register of processors (Art. 28)."""

from __future__ import annotations

from pathlib import Path

from crmdesk.cli.common import (
    check_writable_target,
    day_words,
    emit,
    note,
    open_session,
    parse_date,
    table,
    write_file,
)
from crmdesk.core import language
from crmdesk.core.errors import NotFound
from crmdesk.core.language import N_, tr
from crmdesk.core.privacy import processors
from crmdesk.core.privacy.categories import DATA_CATEGORIES
from crmdesk.core.privacy.processors import Processor


def add_parsers(command, group) -> None:
    register = group("processor", "the register of processors: who handles customer data for the shop")
    command(register, "list", processor_list, "the processors the shop uses (--all: also retired ones)"
            ).add_argument("--all", action="store_true", help=tr("also the processors no longer used"))
    p = command(register, "show", processor_show, "one processor, with its purposes and agreement")
    p.add_argument("name")
    for name, handler, words in (("add", processor_add, N_("add a processor (owner and admin)")),
                                 ("edit", processor_edit, N_("change a processor; the options given replace"))):
        p = command(register, name, handler, words)
        p.add_argument("name")
        p.add_argument("--service", required=name == "add", metavar="TEXT",
                       help=tr("what they do for the shop, e.g. 'sends the newsletter'"))
        p.add_argument("--data", action="append", metavar="KIND", choices=list(DATA_CATEGORIES),
                       help=tr("a kind of data they get; repeatable: {kinds}").format(
                           kinds=", ".join(DATA_CATEGORIES)))
        p.add_argument("--location", choices=list(processors.LOCATIONS),
                       help=tr("eu (default), adequate (outside the EU, adequacy decision), safeguards"))
        p.add_argument("--country", metavar="NAME")
        p.add_argument("--transfer-basis", metavar="TEXT",
                       help=tr("for data outside the EU/EEA, e.g. {examples}").format(
                           examples="; ".join(f"'{b}'" for b in processors.TRANSFER_BASES[2:])))
        p.add_argument("--contract-date", type=parse_date, metavar="DATE", help=tr("the processing agreement's "
                                                                                   "date"))
        p.add_argument("--agreement", metavar="FILE", help=tr("the signed agreement's scan, kept in the "
                                                              "vault"))
        p.add_argument("--purpose", action="append", metavar="KEY", help=tr("a purpose they serve; repeatable"))
    p = command(register, "retire", processor_retire, "the shop no longer uses them (kept in the history)")
    p.add_argument("name")
    p = command(register, "agreement", processor_agreement, "write the kept agreement's scan to a file",
                json_flag=False)
    p.add_argument("name")
    p.add_argument("--to", required=True, metavar="FILE")


def _json(p: Processor) -> dict:
    return {"name": p.name, "service": p.service, "data": list(p.categories), "location": p.location,
            "country": p.country, "transfer_basis": p.transfer_basis,
            "contract_date": p.contract_date.isoformat() if p.contract_date else None,
            "agreement": p.agreement_name or None, "agreement_sha256": p.agreement_sha256 or None,
            "purposes": list(p.purposes), "active": p.active}


def _agreement(path: str | None) -> tuple[str, bytes] | None:
    if not path:
        return None
    source = Path(path).expanduser()
    try:
        return source.name, source.read_bytes()
    except OSError as exc:
        raise NotFound(tr("The agreement {source} cannot be read ({value}); give the scan's "
                          "file.").format(source=source, value=exc.strerror or exc)) from None


def processor_list(args) -> int:
    with open_session(args) as session:
        found = processors.list_processors(session, include_retired=args.all)
    if not found and not args.json:
        print(tr("The register of processors is empty; add one with {command}.").format(
            command="'crmdesk processor add NAME --service TEXT'"))
        return 0
    rows = [(p.name, p.service, _retired(tr(processors.PLACES[p.location]), p), ", ".join(p.purposes) or tr("all"),
             tr("scan kept") if p.agreement_name else tr("no scan")) for p in found]
    emit(args, table((N_("NAME"), N_("WHAT THEY DO"), N_("WHERE"), N_("PURPOSES"), N_("AGREEMENT")), rows), [_json(p) for p in found])
    return 0


def processor_show(args) -> int:
    with open_session(args) as session:
        p = processors.get_processor(session, args.name)
    day = day_words(p.contract_date) if p.contract_date else ""
    if p.agreement_name:
        agreement = (tr("Agreement: {day}; scan kept ({file}, SHA-256 {digest}…)") if day else
                     tr("Agreement: no date; scan kept ({file}, SHA-256 {digest}…)")).format(
            day=day, file=p.agreement_name, digest=p.agreement_sha256[:16])
    else:
        agreement = (tr("Agreement: {day}; no scan kept") if day else tr("Agreement: no date; no scan kept")).format(day=day)
    lines = [_retired(f"{p.name}: {p.service}", p),
             tr("Data: {kinds}").format(kinds=processors.category_words(p)),
             tr("Where: {place}").format(place=p.where(language.active())),
             tr("Purposes: {keys}").format(keys=", ".join(p.purposes)) if p.purposes
             else tr("Purposes: every purpose (linked to none)"), agreement]
    emit(args, "\n".join(lines), _json(p))
    return 0


def _retired(words: str, processor: Processor) -> str:
    return words if processor.active else tr("{words} (retired)").format(words=words)


def processor_add(args) -> int:
    agreement = _agreement(args.agreement)
    with open_session(args) as session:
        added = processors.add_processor(
            session, args.name, service=args.service, categories=args.data or [], location=args.location or "eu",
            country=args.country or "", transfer_basis=args.transfer_basis or "", contract_date=args.contract_date,
            agreement=agreement, purposes=args.purpose or [])
    emit(args, tr("{name} is in the register.").format(name=added.name), _json(added))
    return 0


def processor_edit(args) -> int:
    agreement = _agreement(args.agreement)
    with open_session(args) as session:
        current = processors.get_processor(session, args.name)
        changed = processors.update_processor(
            session, current.name, service=args.service or current.service,
            categories=args.data if args.data is not None else list(current.categories),
            location=args.location or current.location,
            country=args.country if args.country is not None else current.country,
            transfer_basis=args.transfer_basis if args.transfer_basis is not None else current.transfer_basis,
            contract_date=args.contract_date or current.contract_date, agreement=agreement,
            purposes=args.purpose if args.purpose is not None else list(current.purposes))
    emit(args, tr("{name} is changed.").format(name=changed.name), _json(changed))
    return 0


def processor_retire(args) -> int:
    with open_session(args) as session:
        retired = processors.retire_processor(session, args.name)
    emit(args, tr("{name} is retired: no longer named as a recipient, kept in the register's "
                  "history.").format(name=retired.name),
         _json(retired))
    return 0


def processor_agreement(args) -> int:
    target = check_writable_target(args.to, N_("agreement"))
    with open_session(args) as session:
        name, data = processors.agreement(session, args.name)
    write_file(target, data, N_("agreement"))
    note(tr("The agreement ({name}) is in {target}.").format(name=name, target=target))
    return 0
