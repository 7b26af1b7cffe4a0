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
            source=args.source or f"imported from {path.name}", file_format=parsed.format,
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
    verb = "Would import" if args.dry_run else "Imported"
    print(tr("{verb} {path.name} ({parsed.format}, {parsed.encoding}): {summary.added} added, "
             "{summary.merged} merged, {value} skipped.").format(verb=verb, path=path, parsed=parsed,
                                                                 summary=summary,
                                                                 value=summary.skipped + len(unreadable)))
    for o in summary.notable:
        print(f"  line {o.line}: {o.action} {o.name}" + (f" ({o.reason})" if o.reason else ""))
    for line, _, reason in unreadable:
        print(tr("  line {line}: skipped ({reason})").format(line=line, reason=reason))
    for line, warning in sorted(parsed.warnings + summary.warnings):
        print(tr("  line {line}: note: {warning}").format(line=line, warning=warning))
    if parsed.ignored:
        print(not_read(parsed.ignored, "map a column with --map 'COLUMN=FIELD'", vcard=parsed.format == "vcard"))
    written = summary.added + summary.merged
    would = "would be" if args.dry_run else "was"
    if summary.basis and written:
        recorded = written - summary.basis_kept_ended
        print(f"The lawful basis of '{summary.basis}' {would} recorded for {recorded} of the {written} contacts, "
              "method 'imported'." + (f" {summary.basis_kept_ended} had ended it and keep it ended."
                                      if summary.basis_kept_ended else ""))
    elif written:
        print(tr("No lawful basis {would} recorded for these contacts; give --purpose KEY, or find them "
                 "later with 'crmdesk contact list --without-basis'.").format(would=would))
    if summary.possible_duplicates:
        print(tr("{summary.possible_duplicates} added contact(s) may be someone already in the vault: "
                 "review them with 'crmdesk contact duplicates'.").format(summary=summary))
    if args.dry_run:
        print(tr("Nothing was changed (dry run)."))
    return 0


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
    protected = ""
    if password and targets["zip"]:
        protected = (" The ZIP is encrypted (AES-256) with the password from the file; it opens in 7-Zip, "
                     "WinZip or The Unarchiver, not in Windows' own ZIP folders; send the password separately.")
    elif password:
        protected = " The PDF is protected with the password from the file; send the password separately."
    if password and targets["json"]:
        protected += " The JSON file is not protected by the password."
    emit(args, tr("Exported the data of {data.contact.display_name} to "
                  "{names}.{protected} The files are not encrypted by the vault; delete "
                  "them once they are handed over.").format(data=data, names=names, protected=protected),
         {"files": [{"path": str(w.path), "kind": w.kind, "sha256": w.sha256} for w in written],
          "request": data.request.reference if data.request else None})
    return 0
