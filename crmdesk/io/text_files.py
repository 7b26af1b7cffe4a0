"""Reading text files whose encoding nobody wrote down.

UTF-8 (with or without BOM), UTF-16 (with BOM) and Windows-1252, which is
what Excel and Outlook write on a German or Polish Windows.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

MAX_FILE_BYTES = 200 * 1024 * 1024


class ImportFileError(Exception):
    """A file that cannot be imported; the message says where and why."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message

    def for_file(self, name: str) -> str:
        """One sentence for the user: which file, where, why, and that nothing was imported."""
        return f"{name}: {str(self).rstrip('.')}; nothing was imported."


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    sha256: str = ""  # of the file's bytes, when read from a file


def decode(data: bytes) -> DecodedText:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return DecodedText(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFileError("The file says it is UTF-8 but is not valid UTF-8; save it "
                                  "again as UTF-8.") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFileError("The file says it is UTF-16 but is not; save it again as UTF-8.") from exc
    if len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        try:  # UTF-16 LE without a byte order mark
            return DecodedText(data.decode("utf-16-le"), "utf-16-le")
        except UnicodeDecodeError:
            pass
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise ImportFileError("This is not a text file; choose a CSV or vCard file.")
    return DecodedText(data.decode("cp1252", errors="replace"), "windows-1252")


def read_text(path: Path) -> DecodedText:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(f"The file is {size // 1_000_000} MB; split it into files under 200 MB.")
        data = path.read_bytes()
        return replace(decode(data), sha256=hashlib.sha256(data).hexdigest())
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}; check the name.") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder; choose a file.") from None
    except PermissionError:
        raise ImportFileError(f"crmdesk may not read {path}; check the file's permissions.") from None
