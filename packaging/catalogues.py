"""crmdesk's translation catalogues: gather the texts, compile the translations.

    python packaging/catalogues.py extract    # source → resources/locale/crmdesk.pot, and each .po updated
    python packaging/catalogues.py compile    # each .po → its .mo beside it (the Makefile's `catalogues`)

The wheel's build (setup.py) compiles into the wheel the same way, so an
installed crmdesk never compiles or fetches anything at run time. Texts are
gathered from core, the CLI and reports (see ``SOURCES``), marked with
``N_``, ``gettext``, ``ngettext`` or ``pgettext`` (crmdesk/core/language.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "crmdesk"
SOURCES = ("crmdesk/core", "crmdesk/reports")
KEYWORDS = {"N_": None, "NP_": ((1, "c"), 2), "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def gathered() -> Catalog:
    """Every marked text in ``SOURCES``, as a template."""
    template = Catalog(project="crmdesk", charset="utf-8")
    for source in SOURCES:
        for filename, lineno, message, comments, context in extract_from_dir(ROOT / source, keywords=KEYWORDS):
            template.add(message, locations=[(f"{source}/{filename}", lineno)], auto_comments=comments,
                         context=context)
    return template


def po_files(folder: Path = LOCALE) -> list[Path]:
    return sorted(folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _write_po(path: Path, catalogue: Catalog) -> None:
    with path.open("wb") as out:
        write_po(out, catalogue, width=110, include_lineno=False, omit_header=False, ignore_obsolete=True)


def extract() -> None:
    template = gathered()
    _write_po(LOCALE / f"{DOMAIN}.pot", template)
    for path in po_files():
        with path.open("rb") as source:
            catalogue = read_po(source, locale=path.parent.parent.name)
        catalogue.update(template, no_fuzzy_matching=True)
        _write_po(path, catalogue)


def compile_all(into: Path = LOCALE) -> list[Path]:
    """Each .po under resources/locale → ``into``/<code>/LC_MESSAGES/crmdesk.mo."""
    written = []
    for path in po_files():
        with path.open("rb") as source:
            catalogue = read_po(source, locale=path.parent.parent.name)
        target = into / path.relative_to(LOCALE).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as out:
            write_mo(out, catalogue, use_fuzzy=False)
        written.append(target)
    return written


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "extract":
        extract()
    elif command == "compile":
        for written in compile_all():
            print(f"compiled {written.relative_to(ROOT)}")
    else:
        sys.exit("usage: python packaging/catalogues.py extract|compile")
