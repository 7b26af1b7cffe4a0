"""Handlers for ``import``, ``export`` and ``demo``."""

from __future__ import annotations

import sys
from pathlib import Path

from crmdesk.cli import secrets
from crmdesk.cli.common import check_writable_target, emit, open_session
from crmdesk.core import collector
from crmdesk.core.errors import OperationFailed, UsageError
from crmdesk.core.imports import demo, importing
from crmdesk.core.language import N_, tr, trn
from crmdesk.core.people import contacts
from crmdesk.io.contact_files import read_contacts_file, write_contacts_file
from crmdesk.io.csv_import import FIELD_KEYS, not_read
from crmdesk.io.text_files import ImportFileError, check_character_set


def _mapping(pairs: list[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        column, sep, key = pair.rpartition("=")
        if not sep or key not in FIELD_KEYS:
            raise UsageError(tr("--map takes COLUMN=FIELD with FIELD one of "
                                "{names}.").format(names=', '.join(FIELD_KEYS)))
        mapping[column] = key
    return mapping


def import_file(args) -> int:
    with collector.paused():  # from the first row read to the last one written (see collector)
        return _import_file(args)


def _import_file(args) -> int:
    path = Path(args.file).expanduser()
    try:
        if args.encoding is not None:
            check_character_set(args.encoding)
    except ImportFileError as exc:
        raise UsageError(exc.message) from None
    try:
        parsed = read_contacts_file(path, kind=args.format, mapping=_mapping(args.map), character_set=args.encoding)
    except ImportFileError as exc:
        raise OperationFailed(exc.for_file(path.name)) from None
    with open_session(args) as session:
        summary = importing.import_contacts(
            session, parsed.hand_over(), total=len(parsed.records), duplicates=args.duplicates,
            source=args.source or tr("imported from {file}").format(file=path.name), file_format=parsed.format,
            dry_run=args.dry_run, purpose=args.purpose, every_row=args.json,
        )
    unreadable = [(line, "skipped", reason) for line, reason in parsed.skipped_lines]
    if args.json:
        emit(args, "", {
            "file": str(path), "format": parsed.format, "encoding": parsed.encoding,
            "dry_run": args.dry_run, "purpose": summary.basis or None, "added": summary.added, "merged": summary.merged,
            "skipped": summary.skipped + len(unreadable),
            "rows": [{"line": o.line, "action": o.action, "name": o.name, "reason": o.reason}
                     for o in summary.outcomes]
            + [{"line": line, "action": a, "name": "", "reason": r} for line, a, r in unreadable],
            "warnings": [{"line": line, "warning": w} for line, w in parsed.warnings + summary.warnings],
            "possible_duplicates": summary.possible_duplicates, "basis_kept_ended": summary.basis_kept_ended,
            "columns_not_read": parsed.ignored,
        })
        return 0
    skipped = summary.skipped + len(unreadable)
    print((tr("Would import {file} ({format}, {encoding}): {added} added, {merged} merged, {skipped} skipped.")
           if args.dry_run else
           tr("Imported {file} ({format}, {encoding}): {added} added, {merged} merged, {skipped} skipped.")).format(
        file=path.name, format=parsed.format, encoding=parsed.encoding, added=summary.added, merged=summary.merged,
        skipped=skipped))
    for o in summary.notable:
        print(_row_line(o.line, o.action, o.name, o.reason))
    for line, _, reason in unreadable:
        print(tr("  line {line}: skipped ({reason})").format(line=line, reason=reason))
    for line, warning in sorted(parsed.warnings + summary.warnings):
        print(tr("  line {line}: note: {warning}").format(line=line, warning=warning))
    if parsed.ignored:
        print(not_read(parsed.ignored, tr("map a column with {option}").format(option="--map 'COLUMN=FIELD'"),
                       vcard=parsed.format == "vcard"))
    written = summary.added + summary.merged
    if summary.basis and written:
        sentence = _basis_sentence(summary.basis, written - summary.basis_kept_ended, written, args.dry_run)
        if summary.basis_kept_ended:
            sentence += " " + trn("{n} had ended it and keeps it ended.", "{n} had ended it and keep it ended.",
                                  summary.basis_kept_ended)
        print(sentence)
    elif written:
        print((tr("No lawful basis would be recorded for these contacts; give {option}, or find them later with "
                  "{command}.") if args.dry_run else
               tr("No lawful basis was recorded for these contacts; give {option}, or find them later with "
                  "{command}.")).format(option="--purpose KEY", command="'crmdesk contact list --without-basis'"))
    if summary.possible_duplicates:
        print(trn("{n} added contact may be someone already in the vault: review it with {command}.",
                  "{n} added contacts may be someone already in the vault: review them with {command}.",
                  summary.possible_duplicates).format(command="'crmdesk contact duplicates'"))
    if args.dry_run:
        print(tr("Nothing was changed (dry run)."))
    return 0


# What became of a row, one whole sentence for each outcome (the action stays English in --json).
_ROW = {"added": (N_("  line {line}: added {name}"), N_("  line {line}: added {name} ({reason})")),
        "merged": (N_("  line {line}: merged {name}"), N_("  line {line}: merged {name} ({reason})")),
        "skipped": (N_("  line {line}: skipped {name}"), N_("  line {line}: skipped {name} ({reason})"))}


def _row_line(line: int, action: str, name: str, reason: str) -> str:
    plain, with_reason = _ROW[action]
    return tr(with_reason if reason else plain).format(line=line, name=name, reason=reason)


def _basis_sentence(purpose: str, recorded: int, written: int, dry_run: bool) -> str:
    if dry_run:
        text = trn("The lawful basis of '{purpose}' would be recorded for {recorded} of the {n} contact, method "
                   "'{method}'.", "The lawful basis of '{purpose}' would be recorded for {recorded} of the {n} "
                   "contacts, method '{method}'.", written)
    else:
        text = trn("The lawful basis of '{purpose}' was recorded for {recorded} of the {n} contact, method "
                   "'{method}'.", "The lawful basis of '{purpose}' was recorded for {recorded} of the {n} "
                   "contacts, method '{method}'.", written)
    return text.format(purpose=purpose, recorded=recorded, method="imported")


def export_file(args) -> int:
    if args.id is not None:
        if args.contacts:
            raise UsageError(tr("Export either one person (ID with --pdf/--json) or all contacts "
                                "(--contacts), not both."))
        return export_subject(args)
    if not args.contacts:
        raise UsageError(tr("Say what to export: 'crmdesk export ID --pdf FILE' for one person's data, or "
                            "'crmdesk export --contacts FILE.csv' for all contacts."))
    target = check_writable_target(args.contacts, N_("export"))
    if target.suffix.lower() not in (".csv", ".vcf"):
        raise UsageError(tr("Name the export file .csv (spreadsheet) or .vcf (vCard 4.0)."))
    with open_session(args) as session:
        everyone = contacts.contacts_for_export(session, file_format=target.suffix.lstrip(".").lower())
        try:
            count = write_contacts_file(target, everyone)
        except OSError as exc:
            raise OperationFailed(tr("{target} cannot be written ({value}); choose another folder. "
                                     "Nothing was exported.").format(target=target,
                                                                     value=exc.strerror or 'error')) from None
    emit(args, tr("Exported {count} contacts to {target}. The "
                  "file is not encrypted; keep it safe and delete "
                  "it when done.").format(count=count, target=target), {"file": str(target), "contacts": count})
    return 0


def demo_data(args) -> int:
    with open_session(args) as session:
        count = demo.fill_demo(session, args.contacts,
                               progress=lambda done, total: print(
                                   tr("\r{done:,} of {total:,} "
                                      "contacts…").format(done=done, total=total), end="", file=sys.stderr)
                               if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    emit(args, trn("Added {n} made-up demo contact (no real people's data).",
                   "Added {n} made-up demo contacts (no real people's data).", count),
         {"contacts": count})
    return 0


def export_subject(args) -> int:
    """One person's data: the access report PDF, the JSON export, or both in a ZIP."""
    from crmdesk.reports.subject_files import write_subject_files

    targets = {kind: check_writable_target(getattr(args, option), f"{kind.upper()} file")
               for kind, option in (("pdf", "pdf"), ("json", "json_file"), ("zip", "zip"))}
    if not any(targets.values()):
        raise UsageError(tr("Give --pdf FILE, --json FILE or --zip FILE for the export."))
    if targets["pdf"] is None and targets["zip"] is None and args.pdf_password_file:
        raise UsageError(tr("--pdf-password-file protects the PDF; give --pdf FILE or --zip FILE as well."))
    password = secrets.pdf_password(args.pdf_password_file)
    with open_session(args) as session:
        data, written = write_subject_files(session, args.id, request_reference=args.request, pdf=targets["pdf"],
                                            json_file=targets["json"], zip_file=targets["zip"], password=password,
                                            language=args.language)
    names = ", ".join(str(w.path) for w in written)
    said = [tr("Exported the data of {name} to {names}.").format(name=data.contact.display_name, names=names)]
    if password and targets["zip"]:
        said.append(tr("The ZIP is encrypted (AES-256) with the password from the file; it opens in 7-Zip, "
                       "WinZip or The Unarchiver, not in Windows' own ZIP folders; send the password separately."))
    elif password:
        said.append(tr("The PDF is protected with the password from the file; send the password separately."))
    if password and targets["json"]:
        said.append(tr("The JSON file is not protected by the password."))
    said.append(tr("The files are not encrypted by the vault; delete them once they are handed over."))
    emit(args, " ".join(said),
         {"files": [{"path": str(w.path), "kind": w.kind, "sha256": w.sha256} for w in written],
          "request": data.request.reference if data.request else None})
    return 0
