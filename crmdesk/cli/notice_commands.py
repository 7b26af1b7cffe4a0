"""Handlers for ``notice …``: the privacy notice (Art. 13)."""

from __future__ import annotations

from crmdesk.cli.common import (
    check_writable_target,
    day_words,
    emit,
    note,
    open_session,
    write_file,
    write_papers,
)
from crmdesk.core import language, privacy_notice
from crmdesk.core.errors import UsageError
from crmdesk.core.language import N_, tr


def add_parsers(command, group) -> None:
    notice = group("notice", "the privacy notice (Art. 13), made from the vault, published in versions, in the "
                             "shop's language and English")
    show = command(notice, "show", notice_show, "print the notice as it reads now, as text for a website",
                   json_flag=False)
    command(notice, "publish", notice_publish, "keep the notice as it reads now as a new version, in the shop's "
                                               "language and English (owner, admin)")
    p = command(notice, "export", notice_export, "write the notice as PDF, DOCX or plain text", json_flag=False)
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--docx", metavar="FILE")
    p.add_argument("--text", metavar="FILE", help=tr("plain UTF-8 text, for the shop's website"))
    for parser in (show, p):
        parser.add_argument("--language", metavar="CODE",
                            help=tr("one of {codes} (default: the shop's, in "
                                    "Settings)").format(codes=", ".join(language.LANGUAGES)))


def _current(args, session):
    from crmdesk.reports import notice_paper  # reportlab loads only for the notice

    code = language.get(args.language).code if args.language else privacy_notice.languages(session)[0]
    paper, _draft, same = notice_paper.current(session, code)
    if same:
        state = tr("This is version {version} in {language}, published {day}.").format(
            version=same.version, language=language.active().language_name(code), day=day_words(same.published_at))
    elif code in privacy_notice.languages(session):
        state = tr("This text is not published yet: {command} keeps it as a version.").format(
            command="'crmdesk notice publish'")
    else:
        state = tr("The notice is published in the shop's language and English ({command}); this one can be "
                   "written, not published.").format(command="crmdesk setting set shop_language CODE")
    return paper, state


def notice_show(args) -> int:
    with open_session(args) as session:
        paper, state = _current(args, session)
    print(paper.plain_text())
    note(state)
    return 0


def notice_publish(args) -> int:
    from crmdesk.reports import notice_paper  # reportlab loads only for the notice

    with open_session(args) as session:
        published = privacy_notice.publish(session, notice_paper.drafts(session))
    words = ", ".join(tr("{language} version {version}").format(language=language.active().language_name(v.language),
                                                                  version=v.version) for v in published)
    emit(args, tr("The privacy notice is published ({words}); put it on the website and at the "
                  "counter.").format(words=words),
         {"published": [{"language": v.language, "version": v.version, "sha256": v.sha256} for v in published]})
    return 0


def notice_export(args) -> int:
    if not (args.pdf or args.docx or args.text):
        raise UsageError(tr("Say where to write the notice: --pdf FILE, --docx FILE or --text FILE."))
    text_target = check_writable_target(args.text, N_("notice"))
    targets = [(check_writable_target(path, N_("notice")), kind) for path, kind in ((args.pdf, "pdf"),
                                                                                  (args.docx, "docx")) if path]
    with open_session(args) as session:
        paper, state = _current(args, session)
    if targets:
        write_papers(targets, N_("notice"), lambda: paper)
    if text_target is not None:
        write_file(text_target, paper.plain_text().encode("utf-8"), N_("notice"))
        note(tr("The notice is in {text_target}.").format(text_target=text_target))
    note(state)
    return 0
