"""The program's log file, shared by the desktop program and the CLI.

Log lines name operations and record ids, never personal data, keys or
passphrases. Unexpected errors are written here in full so the user sees one
sentence and a developer still has the traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs


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
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
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
