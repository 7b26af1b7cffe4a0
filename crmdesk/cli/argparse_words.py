"""argparse's own words ("usage:", "options", "the following arguments are required: …") in the
language of the terminal.

argparse looks its texts up through two globals of its module, ``_`` and ``ngettext`` (imported from
gettext, which knows nothing of crmdesk's catalogue). ``speak`` points them at crmdesk's catalogue for
the active language; the texts a person can meet are marked here exactly as argparse's source writes
them (Python 3.11 to 3.13), so the catalogue gathers them. The texts argparse raises for a parser built
wrongly (a programming error, never a user's), and those of features crmdesk's parser does not use
(file arguments, deprecated options, argparse's own error exit), are left in English.
"""

from __future__ import annotations

import argparse

from crmdesk.core.language import N_, tr, trn

# Exactly as in Lib/argparse.py, placeholders and all (``%(value)r`` is argparse's, filled in by it).
WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),  # 3.10 and later ("optional arguments" before)
    N_("%(heading)s:"),  # 3.13: a section's heading ("options:")
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
)


def plural_words(n: int) -> tuple[str, ...]:
    """argparse's texts with a number in them, for ``n``; written out here so the catalogue gathers
    them as plurals (argparse asks for them through its ``ngettext``)."""
    return (trn("expected %s argument", "expected %s arguments", n),)


def _gettext(text: str) -> str:
    return tr(text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return trn(singular, plural, n)


def speak() -> None:
    """argparse's words from crmdesk's catalogue, in the language messages are shown in when argparse
    asks for them (help, errors). For the whole process: the CLI is its only user of argparse."""
    argparse._ = _gettext
    argparse.ngettext = _ngettext
