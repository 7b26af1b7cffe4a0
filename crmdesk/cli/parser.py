"""The argument parser. Global options work before or after the command."""

from __future__ import annotations

import argparse

from crmdesk import __version__
from crmdesk.cli import (
    argparse_words,
    backup_commands,
    breach_commands,
    consent_commands,
    contact_commands,
    desktop_commands,
    file_commands,
    notice_commands,
    processor_commands,
    record_commands,
    request_commands,
    retention_commands,
    team_commands,
    training_commands,
    user_commands,
    vault_commands,
)
from crmdesk.cli.common import parse_moment
from crmdesk.core.errors import UsageError
from crmdesk.core.language import LANGUAGES, tr
from crmdesk.core.people import duplicates


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no usage dump
        raise UsageError(tr("{message}; see '{prog} --help'.").format(message=message[0].upper() + message[1:],
                                                                      prog=self.prog))


def _global_options(parser: argparse.ArgumentParser, *, top: bool, json_flag: bool = True) -> None:
    default = None if top else argparse.SUPPRESS
    group = parser.add_argument_group(tr("vault and user"))
    group.add_argument("--vault", metavar="PATH", default=default,
                       help=tr("the vault folder (default: $CRMDESK_VAULT, else the user data folder)"))
    group.add_argument("--user", metavar="NAME", default=default,
                       help=tr("sign in as this user (default: the owner)"))
    group.add_argument("--passphrase-file", metavar="FILE", default=default,
                       help=tr("read the passphrase from the first line of FILE"))
    group.add_argument("--new-passphrase-file", metavar="FILE", default=default,
                       help=tr("read a new passphrase from the first line of FILE"))
    if json_flag:
        group.add_argument("--json", action="store_true", default=False if top else argparse.SUPPRESS,
                           help=tr("print machine-readable JSON"))


def build_parser() -> Parser:
    argparse_words.speak()  # before the first parser: "-h, --help" takes its words when it is made
    parser = Parser(
        prog="crmdesk",
        description=tr("crmdesk: a desktop CRM with an encrypted vault. With no command, the desktop "
                       "program starts."),
    )
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}",
                        help=tr("show program's version number and exit"))  # argparse 3.11 does not mark it
    _global_options(parser, top=True)
    sub = parser.add_subparsers(title=tr("commands"), metavar="COMMAND", parser_class=Parser)

    def command(parent, name: str, handler, help_text: str, *, json_flag: bool = True) -> argparse.ArgumentParser:
        help_text = tr(help_text)  # marked by the catalogue's extraction as command's 4th argument
        p = parent.add_parser(name, help=help_text, description=help_text)
        _global_options(p, top=False, json_flag=json_flag)
        p.set_defaults(handler=handler)
        return p

    def group(name: str, help_text: str):
        help_text = tr(help_text)  # marked as group's 2nd argument
        p = sub.add_parser(name, help=help_text, description=help_text)
        _global_options(p, top=False)
        p.set_defaults(handler=lambda args, _p=p: _missing_subcommand(_p))
        return p.add_subparsers(title=tr("commands"), metavar="COMMAND", parser_class=Parser)

    p = command(sub, "init", vault_commands.init, "create a new vault")
    p.add_argument("--owner", metavar="NAME", help=tr("the owner's user name (default: your login name)"))
    p.add_argument("--organisation", metavar="NAME", default="", help=tr("the business's name"))
    p.add_argument("--phone-region", metavar="CC",
                   help=tr("the country of phone numbers written without +code, e.g. DE or PL (default: "
                           "this computer's locale)"))
    p.add_argument("--recovery-kit", metavar="FILE", help=tr("also write a printable recovery kit PDF"))

    users = group("user", "manage user accounts")
    p = command(users, "add", user_commands.user_add, "add a user")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["owner", "admin", "staff", "viewer"])
    p.add_argument("--display-name", default="", metavar="TEXT")
    command(users, "list", user_commands.user_list, "list users")
    p = command(users, "passwd", user_commands.user_passwd, "set a new passphrase")
    p.add_argument("name", nargs="?")
    p = command(users, "disable", user_commands.user_disable,
                "disable a user and rotate the master key")
    p.add_argument("name")
    p = command(users, "totp", user_commands.user_totp, "turn the authenticator code on or off")
    p.add_argument("action", choices=["enable", "disable"])
    p.add_argument("name", nargs="?")

    team = group("team", "several desks sharing one customer list through a PostgreSQL server")
    p = command(team, "init", team_commands.team_init, "make this vault the first desk of a new team")
    p.add_argument("--server", required=True, metavar="URL",
                   help=tr("the team's database as its administrator reaches it: postgresql://USER@HOST/DATABASE"))
    p.add_argument("--desk", required=True, metavar="NAME", help=tr("what the team calls this desk, e.g. counter"))
    command(team, "ca", team_commands.team_ca,
            "print the desks' certificate authority, for the server's ssl_ca_file (README, Several desks)")
    p = command(team, "invite", team_commands.team_invite, "invite a new desk: prints its one-time code")
    p.add_argument("name", help=tr("what the team will call the new desk"))
    p.add_argument("--hours", type=int, default=24, metavar="N", help=tr("how long the code is valid (default: 24)"))
    p.add_argument("--server", metavar="URL", help=tr("the team's database as its administrator reaches it "
                                                      "(default: as this desk was set up)"))
    p = command(team, "join", team_commands.team_join, "make this vault a desk of a team, with an invitation code")
    p.add_argument("--invitation-file", metavar="FILE", help=tr("read the invitation code from the first line of FILE"))
    p.add_argument("--no-sync", action="store_true", help=tr("join without taking the team's contacts now"))
    p = command(team, "status", team_commands.team_status, "this desk, its last exchange, what waits, and the desks")
    p.add_argument("--offline", action="store_true", help=tr("do not ask the server for the list of desks"))
    command(team, "sync", team_commands.team_sync, "send this desk's changes and take the other desks'")
    command(team, "leave", team_commands.team_leave,
            "make this vault a desk of its own again, e.g. after it was removed from its team")
    p = command(team, "alarms", team_commands.team_alarms,
                "alarms about a desk's audit log that went back or was rewritten (exit code 5 while any waits)")
    p.add_argument("--explained", type=int, metavar="N", help=tr("mark alarm N as explained: you know what happened"))
    p = command(team, "remove", team_commands.team_remove,
                "remove a desk (or withdraw its invitation); the team key changes")
    p.add_argument("name")
    p.add_argument("--server", metavar="URL", help=tr("the team's database as its administrator reaches it "
                                                      "(default: as this desk was set up)"))
    p = command(team, "restore-key", team_commands.team_restore_key,
                "give a server put back from a copy made before a desk was removed the team's newer key")
    p.add_argument("--server", metavar="URL", help=tr("the team's database as its administrator reaches it "
                                                      "(default: as this desk was set up)"))

    p = command(sub, "recover", vault_commands.recover,
                "set a new owner passphrase with the recovery code")
    p = command(sub, "recovery-code", vault_commands.recovery_code,
                "replace the recovery code (owner only)")
    p.add_argument("--recovery-kit", metavar="FILE", help=tr("also write a printable recovery kit PDF"))
    command(sub, "confirm-recovery-code", vault_commands.confirm_recovery_code,
            "type the recovery code once from the kit, to confirm it is kept (owner only; replaces nothing)")

    command(sub, "remember", vault_commands.remember_key, "remember your key in this computer's keyring")
    command(sub, "forget", vault_commands.forget, "remove your remembered key from this computer")
    command(sub, "about", desktop_commands.about,
            "crmdesk's version, licence, the components it is made of with theirs, and where the log is",
            json_flag=False)
    p = command(sub, "install-desktop", desktop_commands.install_desktop,
                "add crmdesk to this user's applications menu (Linux), with its icon", json_flag=False)
    p.add_argument("--remove", action="store_true", help=tr("take the menu entry and icon away again"))

    options = group("setting", "the vault's settings (changing them: owner and admin)")
    command(options, "list", vault_commands.setting_list, "list every setting with its value")
    p = command(options, "set", vault_commands.setting_set, "change a setting")
    p.add_argument("key")
    p.add_argument("value", help=tr("the new value (several lines for addresses and recipients: use $'a\\nb')"))

    audit = group("audit", "read and check the audit log")
    p = command(audit, "list", vault_commands.audit_list, "list audit entries, newest first")
    p.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    command(audit, "verify", vault_commands.audit_verify, "check the audit log's hash chain")

    p = command(sub, "check", vault_commands.check,
                "what needs doing and how the vault stands, one line each: exit 0 all well, 1 something to do, "
                "5 an integrity failure")
    p.add_argument("--pdf", metavar="FILE", help=tr("also write a dated data protection status report (PDF)"))
    p = command(sub, "verify", backup_commands.verify, "check the vault's integrity, or a backup's with --backup")
    p.add_argument("--backup", metavar="FILE", help=tr("check this backup file instead of the vault"))

    backups = command(sub, "backup", backup_commands.backup_create,
                      "back the vault up into one encrypted file; prints its path")
    backups.add_argument("--to", metavar="DIR", help=tr("the backup folder (default: from Settings)"))
    backup_sub = backups.add_subparsers(title=tr("commands"), metavar="COMMAND", parser_class=Parser)
    p = command(backup_sub, "list", backup_commands.backup_list, "list the vault's backups")
    p.add_argument("--to", metavar="DIR", help=tr("the backup folder (default: from Settings)"))
    p = command(backup_sub, "prune", backup_commands.backup_prune,
                "delete old backups beyond the rotation settings")
    p.add_argument("--to", metavar="DIR", help=tr("the backup folder (default: from Settings)"))
    p = command(sub, "restore", backup_commands.restore,
                "restore a backup to a new vault folder, or over one with --force")
    p.add_argument("file")
    p.add_argument("--to", metavar="PATH", required=True, help=tr("the vault folder to restore into"))
    p.add_argument("--force", action="store_true",
                   help=tr("replace the vault at PATH (it is kept as a safety copy beside it)"))
    p.add_argument("--yes", action="store_true",
                   help=tr("restore even when no vault at --vault tells who was erased after the backup was "
                           "made"))

    people = group("contact", "add, find, show, edit and delete contacts")
    p = command(people, "add", contact_commands.contact_add, "add a contact; prints its id")
    contact_commands.add_contact_options(p)
    returning = tr("the person asked to be erased before and came back on their own")
    p.add_argument("--returning", action="store_true", help=returning)
    p = command(people, "edit", contact_commands.contact_edit,
                "change a contact; options given replace those fields")
    p.add_argument("id")
    contact_commands.add_contact_options(p)
    p.add_argument("--returning", action="store_true", help=returning)
    p.add_argument("--request", metavar="REF",
                   help=tr("the rectification request this answers; it records which fields changed"))
    p = command(people, "show", contact_commands.contact_show, "show a contact and its interactions")
    p.add_argument("id")
    p.add_argument("--interactions", type=_positive_int, default=20, metavar="N")
    p = command(people, "list", contact_commands.contact_list, "list contacts")
    p.add_argument("--tag", metavar="TAG")
    p.add_argument("--sort", choices=["name", "last"], default="name",
                   help=tr("by name, or by last interaction (newest first)"))
    p.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    p.add_argument("--without-basis", action="store_true",
                   help=tr("only contacts with no lawful basis on record (no consent, no other basis)"))
    p = command(people, "search", contact_commands.contact_search_cmd,
                "find contacts by name, organisation, e-mail, phone, tag or notes")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    p = command(people, "delete", request_commands.erase,
                "delete a contact, which is erasure: everything about them goes (owner and admin)")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    p.set_defaults(request=None)
    p = command(people, "duplicates", contact_commands.duplicates_list,
                "list possible duplicates: contacts sharing an e-mail, a phone, or a name and town "
                "(looked for in the whole vault first, unless you may only read)")
    p = command(people, "merge", contact_commands.contact_merge,
                "make one contact of two, keeping both histories; the first keeps its details, "
                "but for the fields given with --take")
    p.add_argument("keep", metavar="ID")
    p.add_argument("other", metavar="OTHER_ID")
    p.add_argument("--take", action="append", default=[], metavar="FIELD",
                   choices=list(duplicates.CHOSEN),
                   help=tr("take this field's value from OTHER_ID (repeat for several): {fields}").format(
                       fields=", ".join(duplicates.CHOSEN)))
    p = command(people, "not-duplicates", contact_commands.not_duplicates,
                "say two possible duplicates are different people; they are not listed again")
    p.add_argument("id")
    p.add_argument("other", metavar="OTHER_ID")

    notes = group("note", "log interactions with a contact")
    p = command(notes, "add", contact_commands.note_add, "log a note, call, visit, e-mail or purchase")
    p.add_argument("id")
    p.add_argument("text")
    p.add_argument("--kind", default="note", help=tr("note, call, visit, email or purchase"))
    p.add_argument("--at", type=parse_moment, metavar="DATE",
                   help=tr("when it happened (default: now); YYYY-MM-DD or YYYY-MM-DDTHH:MM"))

    p = command(sub, "import", file_commands.import_file,
                "import contacts from CSV (Google, Outlook, any other) or vCard")
    p.add_argument("file")
    p.add_argument("--format", choices=["csv", "vcard"], help=tr("default: recognised from the file"))
    p.add_argument("--encoding", metavar="NAME",
                   help=tr("the file's character set, e.g. windows-1250 for a CSV from a Polish Excel or an "
                           "old vCard whose names read wrong (default: recognised; a byte order mark always "
                           "wins)"))
    p.add_argument("--source", metavar="TEXT", help=tr("where the data came from (default: the file name)"))
    p.add_argument("--duplicates", choices=["merge", "skip", "new"], default="merge",
                   help=tr("what to do with a row whose e-mail or phone is already known (default: merge)"))
    p.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                   help=tr("map a CSV column to a field, e.g. 'Kundenname=display_name'; repeatable"))
    p.add_argument("--purpose", metavar="KEY",
                   help=tr("the purpose whose lawful basis applies to these contacts (see 'crmdesk purpose "
                           "list'); recorded for each with method 'imported'"))
    p.add_argument("--dry-run", action="store_true", help=tr("show what would happen; change nothing"))
    consent_commands.add_parsers(sub, command, group, _positive_int)
    request_commands.add_parsers(command, group)
    breach_commands.add_parsers(command, group)
    processor_commands.add_parsers(command, group)
    record_commands.add_parsers(sub, command)
    training_commands.add_parsers(command, group)
    notice_commands.add_parsers(command, group)
    request_commands.add_erasure_parsers(sub, command, people)
    retention_commands.add_parsers(command, group)
    # Here --json names the JSON file of a person's data (GDPR Art. 20), as
    # DESIGN.md's "export ID --pdf FILE --json FILE" has it.
    p = command(sub, "export", file_commands.export_file,
                "export one person's data (access report PDF, JSON) or all contacts (owner and admin)",
                json_flag=False)
    p.add_argument("id", nargs="?", help=tr("the person whose data to export (for an access or portability "
                                            "request)"))
    p.add_argument("--pdf", metavar="FILE", help=tr("the access report (GDPR Art. 15) as PDF"))
    p.add_argument("--json", dest="json_file", metavar="FILE",
                   help=tr("the same data as machine-readable JSON (GDPR Art. 20)"))
    p.add_argument("--zip", metavar="FILE", help=tr("the PDF and the JSON together in one ZIP file"))
    p.add_argument("--request", metavar="REF", help=tr("the request this answers; the files are recorded "
                                                       "with it"))
    p.add_argument("--language", metavar="CODE",
                   help=tr("the language of the report: {codes} (default: the person's, else the "
                           "shop's)").format(codes=", ".join(LANGUAGES)))
    p.add_argument("--pdf-password-file", metavar="FILE",
                   help=tr("protect the PDF with the password on the first line of FILE (AES-256)"))
    p.add_argument("--contacts", metavar="FILE.csv|FILE.vcf", help=tr("all contacts as CSV or vCard (owner, "
                                                                      "admin)"))
    p = command(sub, "demo", file_commands.demo_data, "add made-up demo contacts to try crmdesk")
    p.add_argument("--contacts", type=_positive_int, default=200, metavar="N")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a whole number").format(text=text)) from None
    if not 1 <= value <= 10_000_000:
        raise argparse.ArgumentTypeError(tr("give a number from 1 to 10,000,000"))
    return value


def _missing_subcommand(parser: argparse.ArgumentParser) -> int:
    raise UsageError(tr("'{command}' needs a command; see '{command} --help'.").format(command=parser.prog))
