"""Reading text files whose encoding nobody wrote down.

UTF-8 (with or without BOM), UTF-16 and UTF-32 (with a BOM, or without one as
the Mac Address Book writes UTF-16 big-endian), and Windows-1252, which is
what Excel and Outlook write on a German or Polish Windows. A vCard folded
in the middle of a UTF-8 character (some phones fold at 75 bytes, not at a
character) is still UTF-8: the fold is moved past the character, so one such
card does not make the whole file read as Windows-1252.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from crmdesk.core.language import N_, tr

MAX_FILE_BYTES = 200 * 1024 * 1024


class ImportFileError(Exception):
    """A file that cannot be imported; the message says where and why."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return tr("line {line}: {problem}").format(line=self.line, problem=self.message) if self.line \
            else self.message

    def for_file(self, name: str) -> str:
        """One sentence for the user: which file, where, why, and that nothing was imported."""
        return tr("{file}: {problem}; nothing was imported.").format(file=name, problem=str(self).rstrip("."))


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    sha256: str = ""  # of the file's bytes, when read from a file
    note: str = ""  # what a person who chose the character set should know about the reading


_BOMS = (  # longest first: a UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A fold (line break and one space or tab) between the bytes of one UTF-8 character.
_SPLIT_BY_FOLD = re.compile(rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r?\n[ \t])([\x80-\xbf]{1,3})")


def _without_bom(data: bytes) -> str | None:
    """The encoding a text without a BOM has when every other byte (UTF-16)
    or three bytes in four (UTF-32) of its first characters are zero."""
    head = data[:64]
    if len(head) >= 8 and head[0] and not any(head[1:4]):
        return "utf-32-le"
    if len(head) >= 8 and head[3] and not any(head[0:3]):
        return "utf-32-be"
    if len(head) >= 4 and head[0] and not head[1] and not head[3]:
        return "utf-16-le"
    if len(head) >= 4 and not head[0] and not head[2] and head[1]:
        return "utf-16-be"
    return None


# Legacy character sets offered by name (the import dialog's choice; the CLI takes any Python codec name).
CHARACTER_SETS = {"windows-1252": N_("Western European (Windows-1252)"),
                  "windows-1250": N_("Central European (Windows-1250)"),
                  "iso-8859-2": N_("Central European (ISO-8859-2)"),
                  "windows-1251": N_("Cyrillic (Windows-1251)"), "windows-1253": N_("Greek (Windows-1253)"),
                  "windows-1254": N_("Turkish (Windows-1254)"), "windows-1257": N_("Baltic (Windows-1257)"),
                  "shift_jis": N_("Japanese (Shift_JIS)"), "utf-8": "UTF-8", "utf-16": "UTF-16"}


# Codecs Python has that are no character set for a contact file: they rewrite the text ("\\n" in
# unicode_escape becomes a line break) or cannot read it with a stand-in for a bad byte.
_NOT_CHARACTER_SETS = frozenset({"unicode_escape", "raw_unicode_escape", "charmap", "undefined", "idna", "punycode"})


def check_character_set(name: str) -> str:
    """The character set's name as Python knows it, or ImportFileError."""
    try:
        found = codecs.lookup(name).name
    except LookupError:
        raise ImportFileError(tr("crmdesk does not know the character set '{name}'; give one such as "
                                 "windows-1250, iso-8859-2 or shift_jis.").format(name=name)) from None
    try:
        b"a\xff".decode(found, "replace")  # rot13, base64, zlib: codecs, but not for text
    except (LookupError, UnicodeError):
        found = "undefined"
    if found.replace("-", "_") in _NOT_CHARACTER_SETS:
        raise ImportFileError(tr("'{name}' is not a character set text files are written in; give one such as "
                                 "windows-1250, iso-8859-2 or shift_jis.").format(name=name))
    return found


def decode(data: bytes, character_set: str | None = None) -> DecodedText:
    """The text, in ``character_set`` when the person named one (a BOM still
    wins: it cannot be wrong), else in the encoding the bytes show."""
    marked = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE))
    if character_set is not None and not marked:
        name = check_character_set(character_set)
        try:
            text = data.decode(name)
        except UnicodeError as exc:  # idna and punycode say UnicodeError, with no position
            if isinstance(exc, UnicodeDecodeError):
                raise ImportFileError(tr("The file is not {name} text (byte {byte} does not fit); choose another "
                                         "character set.").format(name=character_set,
                                                                  byte=language_number(exc.start + 1))) from None
            raise ImportFileError(tr("The file is not {name} text; choose another character "
                                     "set.").format(name=character_set)) from None
        return DecodedText(text, name, note=_also_utf8(data, name, character_set))
    if character_set is not None:
        found = decode(data)
        return replace(found, note=tr("the file starts with a {found} byte order mark, so it was read as that, "
                                      "not as {chosen}").format(found=found.encoding.removesuffix("-sig").upper(),
                                                                chosen=character_set))
    if data.startswith(codecs.BOM_UTF8):
        try:
            return DecodedText(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFileError(tr("The file says it is UTF-8 but is not valid UTF-8; save it "
                                     "again as UTF-8.")) from exc
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise ImportFileError(tr("The file says it is {encoding} but is not; save it "
                                         "again as UTF-8.").format(encoding=encoding.upper())) from exc
    encoding = _without_bom(data)
    if encoding is not None:
        try:
            return DecodedText(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            pass
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:  # folded inside a character: the same lines, each fold just after the character
        return DecodedText(_SPLIT_BY_FOLD.sub(rb"\1\3\2", data).decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise ImportFileError(tr("This is not a text file; choose a CSV or vCard file."))
    return DecodedText(data.decode("cp1252", errors="replace"), "windows-1252")


def _also_utf8(data: bytes, name: str, chosen: str) -> str:
    """A word when the chosen character set is not UTF-8 but the file's
    letters are UTF-8 (they then read as "Å¼" for "ż" in Windows-1252)."""
    if codecs.lookup(name).name == "utf-8" or data.isascii():
        return ""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    misread = "ż".encode().decode(name, errors="replace")
    return tr("the file was read as {chosen}, as chosen, but its letters are UTF-8; if names look wrong "
              "(\"{misread}\" for \"ż\"), import it again without choosing a character set").format(
        chosen=chosen, misread=misread)


def language_number(n: int) -> str:
    """``n`` as the language messages are shown in writes it ("1,234", "1.234")."""
    from crmdesk.core import language

    return language.active().number(n)


def read_text(path: Path, character_set: str | None = None) -> DecodedText:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(tr("The file is {size} MB; split it into files under {most} MB.").format(
                size=language_number(size // 1_000_000), most=MAX_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
        return replace(decode(data, character_set), sha256=hashlib.sha256(data).hexdigest())
    except FileNotFoundError:
        raise ImportFileError(tr("There is no file {path}; check the name.").format(path=path)) from None
    except IsADirectoryError:
        raise ImportFileError(tr("{path} is a folder; choose a file.").format(path=path)) from None
    except PermissionError:
        raise ImportFileError(tr("crmdesk may not read {path}; check the file's permissions.").format(
            path=path)) from None
