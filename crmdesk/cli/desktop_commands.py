"""``crmdesk about`` (what the program is made of), and
``crmdesk install-desktop``: the menu entry and icon for this user on a
Linux desktop, pointing at the crmdesk that runs the command (a bundle, a
pipx or pip install, or the source tree's .venv).

Desktops watch the user's applications and icon folders, so no cache is
written: a cache in the user's icon folder would hide icons that other
programs add there later without refreshing it.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from crmdesk.core.errors import OperationFailed
from crmdesk.resources import resource_path

APP_ID = "org.crmdesk.crmdesk"
ICON = "crmdesk"

# Characters that make an argument of Exec= need quoting (Desktop Entry
# Specification, "The Exec key"); inside quotes these four take a backslash.
_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')
_ESCAPED_IN_QUOTES = '"`$\\'


def exec_argument(text: str) -> str:
    """One argument as the Exec= key wants it, before the key's own string
    escaping (which doubles each backslash once more)."""
    text = text.replace("%", "%%")
    if not any(c in _RESERVED for c in text):
        return text
    return '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in text) + '"'


def desktop_string(text: str) -> str:
    """A value of type string in a desktop file."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def this_program() -> list[str]:
    """The command that starts this crmdesk again."""
    if getattr(sys, "frozen", False):  # the bundle's own executable
        return [str(Path(sys.executable).resolve())]
    script = shutil.which("crmdesk", path=str(Path(sys.executable).parent))
    if script:  # the console script beside this interpreter (a venv, pipx)
        return [str(Path(script).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "crmdesk"]


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _targets(home: Path) -> dict[Path, Path]:
    """Installed file -> the file it is copied from (the entry is written, not copied)."""
    icons = resource_path("icons")
    found = {home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON}.svg": icons / "crmdesk.svg"}
    for png in sorted((icons / "hicolor").glob(f"*/apps/{ICON}.png")):
        found[home / "icons" / "hicolor" / png.relative_to(icons / "hicolor")] = png
    return found


def entry_text(command: list[str]) -> str:
    lines = []
    for line in resource_path("linux", f"{APP_ID}.desktop").read_text("utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + desktop_string(" ".join(exec_argument(part) for part in command))
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def about(args) -> int:
    from crmdesk import applog
    from crmdesk.licences import about_text

    print(about_text())
    print(f"\nLog (no personal data): {applog.log_file()}")
    return 0


def install_desktop(args) -> int:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise OperationFailed("The menu entry is for Linux desktops; on Windows and macOS the bundle's own "
                         "installer adds crmdesk to the menu.")
    home = data_home()
    entry = home / "applications" / f"{APP_ID}.desktop"
    files = [entry, *_targets(home)]
    try:
        if args.remove:
            removed = [path for path in files if path.is_file()]
            for path in removed:
                path.unlink()
            print("Removed crmdesk's menu entry and icon." if removed else
                  "crmdesk had no menu entry for this user; nothing was removed.")
            return 0
        for target, source in _targets(home).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_name(entry.name + ".part")
        partial.write_text(entry_text(this_program()), encoding="utf-8")
        os.replace(partial, entry)
    except OSError as exc:
        raise OperationFailed(f"The menu entry could not be written ({exc.strerror or 'the disk refused it'}); "
                              f"check that {home} is yours and has room, then try again.") from None
    print(f"crmdesk is in the applications menu (Office). Entry: {entry}")
    return 0

