"""crmdesk's translation catalogues: gather the texts, compile the translations.

    python packaging/catalogues.py extract    # source → resources/locale/crmdesk.pot and each .po,
                                              # and the window's texts → resources/translations/*.ts
    python packaging/catalogues.py compile    # each .po → its .mo, each .ts → its .qm, beside them
                                              # (the Makefile's `catalogues`)

The wheel's build (setup.py) compiles into the wheel the same way, so an
installed crmdesk never compiles or fetches anything at run time. Texts of
core and reports (``SOURCES``) are marked with ``N_``, ``gettext``,
``ngettext`` or ``pgettext`` (crmdesk/core/language.py); the window's
(``QT_SOURCES``) with Qt's ``tr()``, gathered by ``pyside6-lupdate`` and
compiled by ``pyside6-lrelease``.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "crmdesk"
SOURCES = ("crmdesk/core", "crmdesk/reports", "crmdesk/io", "crmdesk/cli")
QT_SOURCES = "crmdesk/ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "it", "es", "pl")
KEYWORDS = {"N_": None, "NP_": ((1, "c"), 2), "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
            "tr": None, "trn": (1, 2),
            "command": (4,), "group": (2,)}  # the CLI's commands: crmdesk/cli/parser.py
# The window's own texts go through Qt (``QT_SOURCES``); a message it raises as a core error, shown by
# the same code as core's, is marked ``message_tr`` (core's ``tr``) and gathered here.
WINDOW_KEYWORDS = {"message_tr": None}


def gathered() -> Catalog:
    """Every marked text in ``SOURCES``, as a template."""
    template = Catalog(project="crmdesk", charset="utf-8")
    for source, keywords in [*((source, KEYWORDS) for source in SOURCES), (QT_SOURCES, WINDOW_KEYWORDS)]:
        for filename, lineno, message, comments, context in extract_from_dir(ROOT / source, keywords=keywords):
            template.add(message, locations=[(f"{source}/{filename}", lineno)], auto_comments=comments,
                         context=context)
    return template


def po_files(folder: Path = LOCALE) -> list[Path]:
    return sorted(folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _replace(target: Path, data: bytes) -> None:
    """``target`` holding ``data``, whole: a crmdesk running meanwhile never reads half a file."""
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    partial.replace(target)


def _write_po(path: Path, catalogue: Catalog) -> None:
    """``catalogue`` into ``path`` when its texts changed (a new creation date alone is no change)."""
    out = io.BytesIO()
    write_po(out, catalogue, width=110, include_lineno=False, omit_header=False, ignore_obsolete=True)
    undated = lambda data: b"\n".join(line for line in data.splitlines()  # noqa: E731
                                      if not line.startswith(b'"POT-Creation-Date:'))
    if not path.exists() or undated(path.read_bytes()) != undated(out.getvalue()):
        _replace(path, out.getvalue())


def extract() -> None:
    template = gathered()
    _write_po(LOCALE / f"{DOMAIN}.pot", template)
    for path in po_files():
        with path.open("rb") as source:
            catalogue = read_po(source, locale=path.parent.parent.name)
        catalogue.update(template, no_fuzzy_matching=True)
        _write_po(path, catalogue)


def _qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is missing: install PySide6 (pip install PySide6-Essentials)")
    return found


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"crmdesk_{code}.ts" for code in LANGUAGES]


def extract_qt() -> None:
    """The window's texts into each language's .ts (new ones untranslated, gone ones dropped)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / QT_SOURCES).glob("*.py"))
    for path in ts_files():
        subprocess.run([_qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources,
                        "-target-language", path.stem.split("_")[1], "-ts", str(path.relative_to(ROOT))],
                       cwd=ROOT, check=True)


def compile_qt(into: Path = TRANSLATIONS) -> list[Path]:
    written = []
    into.mkdir(parents=True, exist_ok=True)
    for path in ts_files():
        target = into / path.with_suffix(".qm").name
        partial = target.with_suffix(".qm.partial")  # a crmdesk running meanwhile never reads half a file
        subprocess.run([_qt_tool("lrelease"), "-silent", str(path), "-qm", str(partial)], check=True)
        partial.replace(target)
        written.append(target)
    return written


def compile_all(into: Path = LOCALE) -> list[Path]:
    """Each .po under resources/locale → ``into``/<code>/LC_MESSAGES/crmdesk.mo."""
    written = []
    for path in po_files():
        with path.open("rb") as source:
            catalogue = read_po(source, locale=path.parent.parent.name)
        target = into / path.relative_to(LOCALE).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        out = io.BytesIO()
        write_mo(out, catalogue, use_fuzzy=False)
        _replace(target, out.getvalue())
        written.append(target)
    return written


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "extract":
        extract()
        extract_qt()
    elif command == "compile":
        for written in compile_all() + compile_qt():
            print(f"compiled {written.relative_to(ROOT)}")
    else:
        sys.exit("usage: python packaging/catalogues.py extract|compile")
