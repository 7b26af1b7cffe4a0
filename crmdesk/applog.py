"""The program's log file, shared by the desktop program and the CLI.

Log lines name operations and record ids, never personal data, keys or
passphrases. Unexpected errors are written here in full so the user sees one
sentence and a developer still has the traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The log, and each file it rotates to, readable by this user only from
    its first byte (the log holds no personal data, but says what was done)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # a log left by an older version
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115 - the handler closes it


def log_file() -> Path:
    return Path(platformdirs.user_log_dir("crmdesk")) / "crmdesk.log"


def setup(level: int = logging.INFO) -> Path:
    """Send log records to the rotating log file; returns its path."""
    path = log_file()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "crmdesk", False)]:
        if getattr(handler, "crmdesk_path", None) == path:
            return path
        root.removeHandler(handler)  # the user's folders moved (a test's, or XDG settings changed)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = PrivateLogFile(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.crmdesk = True  # type: ignore[attr-defined]
    handler.crmdesk_path = path  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def where_details_are() -> str:
    """Where an unexpected error's details went, as the end of the sentence
    the user reads: the log, or why there is none."""
    path = log_file()
    if any(getattr(h, "crmdesk", False) and isinstance(h, PrivateLogFile) for h in logging.getLogger().handlers):
        return f"the details are in {path}, a log without personal data"
    return f"the details could not be logged, because {path.parent} cannot be written"
