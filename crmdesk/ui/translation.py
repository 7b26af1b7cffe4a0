"""The window in its user's language.

crmdesk's own texts are translated by Qt's translator from
``resources/translations/crmdesk_<code>.qm`` (compiled from the ``.ts``
sources beside them by the build: ``make catalogues``, the wheel's build);
Qt's own (the buttons of standard dialogs) by the ``qtbase`` catalogues that
come with Qt. ``QLocale`` follows too, so dates and numbers the window
writes are the language's.

Before unlocking the window speaks the computer's language; once a user is
signed in, theirs (Settings → Your account, kept in the vault, so it
follows them to any desk).
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crmdesk.core import language
from crmdesk.core.language import LANGUAGES, Language
from crmdesk.resources import resource_path

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def system_language() -> str:
    """The computer's language when crmdesk speaks it, else English."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def current() -> str:
    return language.active().code


def lang() -> Language:
    """The window's language as core and reports take it (for the texts they make: findings, rules): the
    language core shows its messages in, set by ``install``."""
    return language.active()


def install(code: str) -> str:
    """Speak ``code`` (one of ``LANGUAGES``; "" : the computer's) from now on: windows made after this
    are in it. Returns the language now spoken."""
    code = code if code in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        catalogues = ((resource_path("translations"), f"crmdesk_{code}"),
                      (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{code}"))
        for folder, name in catalogues:
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no translation catalogue %s in %s", name, folder)
    language.use(code)  # core's messages (refusals, errors shown in dialogs) in the same language
    QLocale.setDefault(QLocale(lang().cldr))  # the same ways with dates and numbers as core (British English)
    return code


def day(value: str | date | datetime | None) -> str:
    """A day as the window's language writes it in a table or a line (``Language.day``)."""
    return lang().day(value)


def moment(value: str | datetime | None) -> str:
    """A day and a time of day, as they were stored (``Language.moment``)."""
    if not value:
        return ""
    return lang().moment(value.isoformat() if isinstance(value, datetime) else value)


def load_cldr() -> None:
    """Babel's modules imported on the window's thread, before any worker writes a date: two workers
    importing them at once for the first time can each find them half made (ImportError from a
    partially initialised module). A twentieth of a second, best spent while the unlock dialog waits."""
    import babel.core  # noqa: F401
    import babel.dates  # noqa: F401
    import babel.numbers  # noqa: F401


def install_translator(translator: QTranslator) -> None:
    """Put ``translator`` before all others (the pseudo-language the tests speak)."""
    QCoreApplication.instance().installTranslator(translator)
    _installed.append(translator)
