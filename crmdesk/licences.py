"""What crmdesk is made of, and under which licences: read from the
installed packages' own metadata (so it is true for the source tree, a wheel
and a bundle alike), plus the fonts it carries."""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
import sys
from dataclasses import dataclass

from crmdesk import __version__
from crmdesk.resources import resource_path

LICENCE = "Proprietary"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    declared = meta.get("License-Expression") or next(iter((meta.get("License") or "").strip().splitlines()), "")
    if declared and len(declared) <= 80:
        return declared
    classified = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classified:
        return ", ".join(classified)
    for file in dist.files or []:
        if "LICEN" in file.name.upper():
            text = file.read_text(encoding="utf-8") or ""
            known = next((name for phrase, name in _KNOWN_TEXTS if phrase in text), None)
            if known:
                return known
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            if first:
                return first[:80]
    return "see the package"


# Phrases that name a licence in its full text, for packages whose metadata does not.
_KNOWN_TEXTS = (("provided 'as-is'", "zlib"), ("Permission is hereby granted, free of charge", "MIT"),
                ("Redistribution and use in source and binary forms", "BSD"), ("Apache License", "Apache-2.0"),
                ("GNU LESSER GENERAL PUBLIC", "LGPL"))


def components() -> list[Component]:
    """Everything crmdesk runs on as installed (its dependencies and theirs),
    each with its licence, then what is built into those, then the fonts."""
    found = [Component(dist.metadata["Name"], dist.version, _licence(dist)) for dist in _dependencies()]
    found += _built_in()
    found += [Component(name, "", _font_licence(file, phrase, licence)) for name, file, phrase, licence in _FONTS]
    return found


def _dependencies() -> list[metadata.Distribution]:
    """crmdesk's runtime dependencies and all of theirs that are installed (extras left out)."""
    found: dict[str, metadata.Distribution] = {}
    asking = ["crmdesk"]
    while asking:
        for requirement in metadata.requires(asking.pop()) or []:
            if "extra ==" in requirement.replace('"', "").replace("'", ""):
                continue
            name = re.split(r"[<>=!~;\[ (]", requirement, maxsplit=1)[0]
            key = re.sub(r"[-_.]+", "-", name).lower()
            if key in found:
                continue
            try:
                found[key] = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue  # for another system (pywin32-ctypes on Linux)
            asking.append(name)
    return sorted(found.values(), key=lambda dist: dist.metadata["Name"].lower())


def _built_in() -> list[Component]:
    """Components carried inside others: SQLCipher and SQLite in sqlcipher3,
    HarfBuzz in uharfbuzz and, in the bundle, Python itself."""
    import sqlcipher3
    import uharfbuzz

    connection = sqlcipher3.connect(":memory:")
    try:
        cipher = (connection.execute("PRAGMA cipher_version").fetchone() or [""])[0].split()[0]
    finally:
        connection.close()
    found = [Component("SQLCipher (in sqlcipher3)", cipher, "BSD-3-Clause"),
             Component("SQLite (in SQLCipher)", sqlcipher3.sqlite_version, "public domain"),
             Component("HarfBuzz (in uharfbuzz)", uharfbuzz.version_string(), "MIT")]
    if getattr(sys, "frozen", False):
        found.append(Component("Python", platform.python_version(), "PSF-2.0"))
    return found


# The fonts in resources/fonts: name, licence file, a phrase of that licence, how to call it.
_FONTS = (
    ("DejaVu fonts (in the PDFs)", "LICENSE-DejaVu.txt", "Bitstream", "Bitstream Vera licence (free to use and embed)"),
    ("Noto Sans Arabic, Hebrew, Devanagari and Thai fonts (in the PDFs)", "LICENSE-Noto.txt",
     "SIL OPEN FONT LICENSE Version 1.1", "OFL-1.1"),
    ("WenQuanYi Micro Hei font (in the PDFs)", "LICENSE-WenQuanYi.txt", "Apache License", "Apache-2.0"),
    ("Symbola font, emoji and symbols (in the PDFs)", "LICENSE-Symbola.txt", "free for any use",
     "free for any use, to modify and redistribute (Symbola licence)"),
)


def _font_licence(file: str, phrase: str, licence: str) -> str:
    text = resource_path("fonts", file).read_text("utf-8", errors="replace")
    return licence if phrase in text else text.splitlines()[0]


def title() -> str:
    return f"crmdesk {__version__} ({LICENCE})"


def components_text() -> str:
    lines = ["Made with:"]
    lines += [f"  {' '.join(p for p in (c.name, c.version) if p)}: {c.licence}" for c in components()]
    return "\n".join(lines)


def about_text() -> str:
    return f"{title()}\n\n{components_text()}"
