"""``crmdesk about`` (what the program is made of), and
``crmdesk install-desktop``: the menu entry and icon for this user on a
Linux desktop, pointing at the crmdesk that runs the command (a bundle, a
pipx or pip install, or the source tree's .venv).

Desktops watch the user's applications and icon folders, so no cache is
written: a cache in the user's icon folder would hide icons that other
programs add there later without refreshing it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
from pathlib import Path

from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import N_, tr
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


def _remove(home: Path, entry: Path) -> int:
    had_entry = entry.is_file()
    for path in (entry, *_targets(home)):
        if path.is_file():
            path.unlink()
    print(tr("Removed crmdesk's menu entry and icon.") if had_entry else
          tr("crmdesk had no menu entry for this user; nothing else was changed."))
    return 0


def _why(exc: OSError) -> str:
    why = {errno.EEXIST: N_("a file is in the way of a folder"), errno.ENOTDIR: N_("a file is in the way of a folder"),
           errno.EACCES: N_("not allowed"), errno.EPERM: N_("not allowed"), errno.ENOSPC: N_("the disk is full"),
           errno.EROFS: N_("the disk is read-only")}.get(exc.errno or 0)
    return tr(why) if why else exc.strerror or tr("the disk refused it")


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
    print(tr("\nLog (no personal data): {applog}").format(applog=applog.log_file()))
    return 0


def install_desktop(args) -> int:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise OperationFailed(tr("The menu entry is for Linux desktops; on Windows and macOS the bundle's "
                                 "own installer adds crmdesk to the menu."))
    home = data_home()
    entry = home / "applications" / f"{APP_ID}.desktop"
    if args.remove:
        return _remove(home, entry)
    command = this_program()
    if any("%" in part for part in command):
        raise OperationFailed(tr("crmdesk's folder has a % sign in its path, which desktops do not accept "
                                 "in a menu entry; move crmdesk to a folder without one and run this again."))
    partial = entry.with_name(entry.name + ".part")
    replacing = entry.is_file()
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(entry_text(command), encoding="utf-8")
        for target, source in _targets(home).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        os.replace(partial, entry)  # the entry last: it is never there without its icon
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else home
        leftovers = [partial] if replacing else [partial, *_targets(home)]  # a first install leaves nothing
        for path in leftovers:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        raise OperationFailed(tr("The menu entry could not be written to {where} ({why}); make sure "
                                 "{home} and the folders in it are yours and the disk has room, then "
                                 "try again.").format(where=where, why=_why(exc), home=home)) from None
    print(tr("crmdesk is in the applications menu (Office). Entry: {entry}").format(entry=entry))
    return 0

