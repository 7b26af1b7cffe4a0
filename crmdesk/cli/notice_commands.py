"""Handlers for ``notice …``: the privacy notice (Art. 13)."""

from __future__ import annotations

from crmdesk.cli.common import (
    check_writable_target,
    emit,
    note,
    open_session,
    write_file,
    write_papers,
)
from crmdesk.core import privacy_notice
from crmdesk.core.errors import UsageError


def add_parsers(command, group) -> None:
    notice = group("notice", "the privacy notice (Art. 13), made from the vault, published in versions")
    command(notice, "show", notice_show, "print the notice as it reads now, as text for a website", json_flag=False)
    command(notice, "publish", notice_publish, "keep the notice as it reads now as a new version (owner, admin)")
    p = command(notice, "export", notice_export, "write the notice as PDF, DOCX or plain text", json_flag=False)
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--docx", metavar="FILE")
    p.add_argument("--text", metavar="FILE", help="plain UTF-8 text, for the shop's website")


def notice_show(args) -> int:
    from crmdesk.reports import notice_paper  # reportlab loads only for the notice

    with open_session(args) as session:
        paper, _draft, same = notice_paper.current(session)
    print(paper.plain_text())
    note(f"This is version {same.version}, published {same.published_at[:10]}." if same else
         "This text is not published yet: 'crmdesk notice publish' keeps it as a version.")
    return 0


def notice_publish(args) -> int:
    from crmdesk.reports import notice_paper  # reportlab loads only for the notice

    with open_session(args) as session:
        _paper, draft, _same = notice_paper.current(session)
        published = privacy_notice.publish(session, draft)
    emit(args, f"Version {published.version} of the privacy notice is published; put it on the website and at "
               "the counter.", {"version": published.version, "sha256": published.sha256})
    return 0


def notice_export(args) -> int:
    from crmdesk.reports import notice_paper  # reportlab loads only for the notice

    if not (args.pdf or args.docx or args.text):
        raise UsageError("Say where to write the notice: --pdf FILE, --docx FILE or --text FILE.")
    text_target = check_writable_target(args.text, "notice")
    targets = [(check_writable_target(path, "notice"), kind) for path, kind in ((args.pdf, "pdf"),
                                                                                  (args.docx, "docx")) if path]
    with open_session(args) as session:
        paper, _draft, same = notice_paper.current(session)
    if targets:
        write_papers(targets, "notice", lambda: paper)
    if text_target is not None:
        write_file(text_target, paper.plain_text().encode("utf-8"), "notice")
        note(f"The notice is in {text_target}.")
    if same is None:
        note("This text is not published yet: 'crmdesk notice publish' keeps it as a version.")
    return 0
