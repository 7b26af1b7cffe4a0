"""Handler for ``record``: the record of processing activities (Art. 30)."""

from __future__ import annotations

from crmdesk.cli.common import open_session, paper_targets, write_papers
from crmdesk.core import processing_record as record
from crmdesk.core.language import LANGUAGES, N_, get, tr


def add_parsers(sub, command) -> None:
    p = command(sub, "record", record_of_processing,
                "write the record of processing activities (Art. 30), read from the vault (owner and admin)",
                json_flag=False)
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--docx", metavar="FILE", help=tr("an editable Word document"))
    p.add_argument("--language", metavar="CODE", help=tr("the language of the record: {codes} (default: the "
                                                         "shop's, in Settings)").format(codes=", ".join(LANGUAGES)))


def record_of_processing(args) -> int:
    from crmdesk.reports import record_paper

    lang = get(args.language) if args.language else None  # a language crmdesk has no texts in: before anything
    targets = paper_targets(args, N_("record of processing"))
    with open_session(args) as session:
        made = record.make(session, lang=lang)
    write_papers(targets, N_("record of processing"), lambda: record_paper.document(made))
    return 0
