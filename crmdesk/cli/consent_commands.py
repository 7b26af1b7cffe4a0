"""Handlers for ``purpose …``, ``consent …`` and ``basis …``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from crmdesk.cli.common import day_words, emit, moment_words, open_session, pgettext, table
from crmdesk.core import language
from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import N_, tr, trn
from crmdesk.core.people import contacts
from crmdesk.core.privacy import consent, purposes


def add_parsers(sub, command, group, positive_int) -> None:
    """The purpose, consent and basis commands, on the main parser."""
    register = group("purpose", "the purposes contacts are processed for, and their lawful basis")
    p = command(register, "add", purpose_add, "add a purpose")
    p.add_argument("key", help=tr("a short name of letters, digits and dashes, like newsletter-email"))
    p.add_argument("--title", required=True, metavar="TEXT")
    p.add_argument("--basis", required=True, choices=list(purposes.BASES), help=tr("the lawful basis"))
    p.add_argument("--description", default="", metavar="TEXT")
    p.add_argument("--text-file", metavar="FILE", help=tr("the consent text (needed for consent purposes)"))
    p.add_argument("--language", default="en", choices=list(purposes.LANGUAGES), help=tr("the text's language"))
    p.add_argument("--retention-days", type=positive_int, metavar="N", help=tr("how long the data is kept"))
    p.add_argument("--reconsent-months", type=positive_int, metavar="N",
                   help=tr("a consent counts for N months, then it must be given again"))
    command(register, "list", purpose_list, "list purposes")
    p = command(register, "show", purpose_show, "show a purpose with every version of its text")
    p.add_argument("key")
    p = command(register, "publish", purpose_publish, "publish a new version of a purpose's consent text")
    p.add_argument("key")
    p.add_argument("--text-file", required=True, metavar="FILE")
    p.add_argument("--language", default="en", choices=list(purposes.LANGUAGES))
    p = command(register, "retire", purpose_retire, "stop offering a purpose (its history stays)")
    p.add_argument("key")

    consents = group("consent", "record and show what a contact agreed to")
    for name, handler, help_text in (
            ("grant", consent_grant, N_("record that a contact gave consent for a purpose")),
            ("withdraw", consent_withdraw, N_("record that a contact withdrew consent")),
            ("refuse", consent_refuse, N_("record that a contact was asked and said no"))):
        p = command(consents, name, handler, help_text)
        p.add_argument("id", help=tr("the contact's id (or its first 8 characters)"))
        p.add_argument("purpose", help=tr("the purpose's key"))
        _capture_options(p, evidence=name == "grant")
    p = command(consents, "show", consent_show, "a contact's current consents and full history")
    p.add_argument("id")

    bases = group("basis", "record that another lawful basis (contract, legal obligation…) applies")
    for name, handler, help_text in (("record", basis_record, N_("record that a purpose's basis applies")),
                                     ("end", basis_end, N_("record that it no longer applies"))):
        p = command(bases, name, handler, help_text)
        p.add_argument("id")
        p.add_argument("purpose")
        p.add_argument("--note", default="", metavar="TEXT", help=tr("why, e.g. the order number"))


def _capture_options(p: argparse.ArgumentParser, *, evidence: bool) -> None:
    p.add_argument("--method", default="in_person", choices=[m for m in consent.METHODS if m != "imported"])
    p.add_argument("--language", default="en", choices=list(purposes.LANGUAGES),
                   help=tr("the language of the text the customer read"))
    p.add_argument("--witness", default="", metavar="NAME")
    if evidence:
        p.add_argument("--evidence", default="", metavar="TEXT", help=tr("a note on how it was given"))
        p.add_argument("--evidence-file", metavar="FILE",
                       help=tr("a scanned form or signature (PNG, JPEG, TIFF or PDF), kept inside the vault"))
    else:
        p.add_argument("--note", default="", metavar="TEXT")


def _read_text(path_text: str) -> str:
    path = Path(path_text).expanduser()
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise OperationFailed(tr("There is no file {path}; check the name.").format(path=path)) from None
    except UnicodeDecodeError:
        raise OperationFailed(tr("{name} is not UTF-8 text; save it as UTF-8 and try "
                                 "again.").format(name=path.name)) from None
    except OSError as exc:
        raise OperationFailed(tr("{path} cannot be read "
                                 "({reason}).").format(path=path, reason=exc.strerror or exc)) from None


def _purpose_json(p: purposes.Purpose) -> dict:
    return {k: v for k, v in asdict(p).items() if k != "id"}


def purpose_add(args) -> int:
    text = _read_text(args.text_file) if args.text_file else None
    with open_session(args) as session:
        added = purposes.add_purpose(
            session, args.key, title=args.title, basis=args.basis, description=args.description, text=text,
            language=args.language, retention_days=args.retention_days, reconsent_months=args.reconsent_months)
    emit(args, tr("Added the purpose {key} "
                  "({value}).").format(key=added.key, value=tr(purposes.BASES[added.basis])), _purpose_json(added))
    return 0


def _state(purpose: purposes.Purpose) -> str:
    return pgettext("state of a purpose", "active") if purpose.active else pgettext("state of a purpose", "retired")


def _tally(counts: dict[str, int]) -> str:
    """How many contacts are in each state of a purpose ("3 consent given, 1 withdrawn")."""
    return ", ".join(tr("{n} {state}").format(n=language.active().number(n), state=consent.state_words(language.active(), state))
                     for state, n in sorted(counts.items())) or "—"


def purpose_list(args) -> int:
    with open_session(args) as session:
        found = purposes.list_purposes(session)
        tallies = consent.counts(session)
    lang = language.active()
    rows = [(p.key, lang.gettext(p.title), tr(purposes.BASES[p.basis]), p.kept(lang),
             lang.duration(p.reconsent_months, "months") if p.reconsent_months else "—", _state(p),
             _tally(tallies.get(p.key, {})))
            for p in found]
    emit(args, table((N_("KEY"), N_("TITLE"), N_("BASIS"), N_("KEPT"), N_("RE-CONSENT"), N_("STATE"), N_("CONTACTS")), rows),
         [_purpose_json(p) | {"contacts": tallies.get(p.key, {})} for p in found])
    return 0


def purpose_show(args) -> int:
    with open_session(args) as session:
        purpose = purposes.get_purpose(session, args.key)
        versions = purposes.texts(session, purpose.key)
    if args.json:
        emit(args, "", _purpose_json(purpose) | {"texts": [asdict(t) for t in versions]})
        return 0
    lang = language.active()
    lines = [f"{lang.gettext(purpose.title)} ({purpose.key})",
             tr("Lawful basis: {basis}").format(basis=tr(purposes.BASES[purpose.basis])),
             tr("Kept: {period}").format(period=purpose.kept(lang)), tr("State: {state}").format(state=_state(purpose))]
    if purpose.reconsent_months:
        lines.append(trn("Consent lasts {n} month, then it is asked again.",
                         "Consent lasts {n} months, then it is asked again.", purpose.reconsent_months))
    if purpose.description:
        lines += ["", lang.gettext(purpose.description)]  # seeded purposes' are in the catalogue
    for text in versions:
        lines += ["", tr("Text {language} version {version}, published {day}, SHA-256 {digest}…").format(
            language=lang.language_name(text.language), version=text.version,
            day=day_words(text.published_at), digest=text.sha256[:16]),
            *("  " + line for line in text.body.splitlines())]
    print("\n".join(lines))
    return 0


def purpose_publish(args) -> int:
    text = _read_text(args.text_file)
    with open_session(args) as session:
        published = purposes.publish_text(session, args.key, text, language=args.language)
    emit(args, tr("Published version {version} ({language}) of "
                  "{key}.").format(version=published.version, language=published.language, key=published.purpose_key),
         asdict(published))
    return 0


def purpose_retire(args) -> int:
    with open_session(args) as session:
        retired = purposes.retire_purpose(session, args.key)
    emit(args, tr("Retired {key}; its history stays, and it is no longer "
                  "offered.").format(key=retired.key), _purpose_json(retired))
    return 0


def _record(args, action: str) -> int:
    evidence = []
    note = getattr(args, "note", "") or getattr(args, "evidence", "")
    if getattr(args, "evidence_file", None):
        evidence.append(consent.scan_from_file(Path(args.evidence_file).expanduser()))
    capture = consent.Capture(method=getattr(args, "method", "in_person"), language=getattr(args, "language", "en"),
                              witness=getattr(args, "witness", ""), note=note, evidence=evidence)
    with open_session(args) as session:
        entry = consent.record(session, args.id, args.purpose, action, capture)
        name = contacts.get_contact(session, args.id).display_name
    emit(args, tr("Recorded: {name} — {purpose}: "
                  "{action}.").format(name=name, purpose=language.active().gettext(entry.purpose_title),
                                      action=_action_words(entry.action)), _entry_json(entry))
    return 0


def consent_grant(args) -> int:
    return _record(args, "granted")


def consent_withdraw(args) -> int:
    return _record(args, "withdrawn")


def consent_refuse(args) -> int:
    return _record(args, "refused")


def basis_record(args) -> int:
    return _record(args, "recorded")


def basis_end(args) -> int:
    return _record(args, "ended")


def _action_words(action: str) -> str:
    context = "a consent was" if action in consent.CONSENT_ACTIONS else "a lawful basis was"
    return pgettext(context, consent.ACTION_WORDS.get(action, action))


def _entry_json(entry: consent.LedgerEntry) -> dict:
    data = asdict(entry)
    data["evidence"] = [asdict(e) for e in entry.evidence]
    return data


def consent_show(args) -> int:
    with open_session(args) as session:
        contact = contacts.get_contact(session, args.id)
        states = consent.current_states(session, contact.id)
        entries = consent.history(session, contact.id)
        shown = {e.text_id: purposes.get_text(session, e.text_id) for e in entries if e.text_id}
    if args.json:
        emit(args, "", {
            "contact": contact.id,
            "current": [{"purpose": s.purpose.key, "basis": s.purpose.basis, "state": s.state,
                         "since": s.since, "expires_at": s.expires_at} for s in states],
            "history": [_entry_json(e) | {"text": shown[e.text_id].body if e.text_id else None} for e in entries],
        })
        return 0
    lang = language.active()
    lines = [tr("{name}: purposes and lawful bases").format(name=contact.display_name), ""]
    lines += table((N_("PURPOSE"), N_("BASIS"), N_("STATE"), N_("SINCE"), N_("UNTIL")), [
        (lang.gettext(s.purpose.title), tr(purposes.BASES[s.purpose.basis]),
         consent.state_words(lang, s.state) if s.state != "none" else "—", day_words(s.since), day_words(s.expires_at))
        for s in states]).splitlines()
    if not any(s.active for s in states):
        lines += ["", tr("No lawful basis on record: record consent or another basis before using this data.")]
    lines += ["", tr("History (oldest first)")] if entries else ["", tr("No entries yet.")]
    for e in entries:
        parts = [tr(consent.METHODS.get(e.method, e.method))]
        if e.captured_by:
            parts.append(tr("by {name}").format(name=e.captured_by))
        if e.witness:
            parts.append(tr("witness {name}").format(name=e.witness))
        if e.text_id:
            parts.append(tr("text {language} v{version}").format(language=shown[e.text_id].language,
                                                                 version=shown[e.text_id].version))
        parts += [tr("{kind} {size} KB").format(kind=pgettext("kind of evidence", consent.EVIDENCE_WORDS.get(x.kind, x.kind)),
                                                size=lang.number(x.size // 1024 or 1)) for x in e.evidence]
        lines.append(f"  {moment_words(e.at)}  {lang.gettext(e.purpose_title)}: {_action_words(e.action)} "
                     f"({', '.join(parts)})")
        if e.note:
            lines.append(f"      {e.note}")
    print("\n".join(lines))
    return 0

