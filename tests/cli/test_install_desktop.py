"""`crmdesk install-desktop`: the menu entry and icon for this user, pointing
at the crmdesk that ran the command, valid by the desktop's own checker."""

from __future__ import annotations

import shlex
import shutil
import subprocess

import pytest

from crmdesk.cli.desktop_commands import exec_argument


def test_the_entry_runs_this_crmdesk_and_remove_takes_it_away(cli, tmp_path):
    data = tmp_path / "data"
    made = cli("install-desktop", vault=None, env={"XDG_DATA_HOME": str(data)})
    assert made.code == 0, made.err
    entry = data / "applications" / "org.crmdesk.crmdesk.desktop"
    assert str(entry) in made.out
    for size in (16, 32, 48, 128, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "crmdesk.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "crmdesk.svg").is_file()
    lines = dict(line.split("=", 1) for line in entry.read_text("utf-8").splitlines() if "=" in line)
    assert lines["Icon"] == "crmdesk" and lines["Terminal"] == "false"
    started = subprocess.run([*shlex.split(lines["Exec"]), "--version"], capture_output=True, text=True, timeout=60)
    assert started.stdout.startswith("crmdesk "), started.stderr
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout
    again = cli("install-desktop", vault=None, env={"XDG_DATA_HOME": str(data)})
    assert again.code == 0  # a second install replaces the first
    removed = cli("install-desktop", "--remove", vault=None, env={"XDG_DATA_HOME": str(data)})
    assert removed.code == 0 and "Removed" in removed.out
    assert not entry.exists() and not list(data.rglob("crmdesk.png"))
    nothing = cli("install-desktop", "--remove", vault=None, env={"XDG_DATA_HOME": str(data)})
    assert nothing.code == 0 and "no menu entry" in nothing.out


def test_a_folder_that_refuses_gives_one_sentence(cli, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "applications").write_text("a file where the folder should be")
    made = cli("install-desktop", vault=None, env={"XDG_DATA_HOME": str(data)})
    assert made.code == 1 and made.err.count("\n") == 1 and "could not be written" in made.err
    assert "a file is in the way of a folder" in made.err and "Traceback" not in made.err
    assert not (data / "icons").exists() or not list((data / "icons").rglob("*.png"))  # nothing left half-done
    removed = cli("install-desktop", "--remove", vault=None, env={"XDG_DATA_HOME": str(data)})
    assert "no menu entry" in removed.out


@pytest.mark.parametrize(("path", "written"), [
    ("/opt/crmdesk/crmdesk", "/opt/crmdesk/crmdesk"),
    ("/home/ana/My Programs/crmdesk", '"/home/ana/My Programs/crmdesk"'),
    ('/home/ana/a"b$c`d\\e/crmdesk', '"/home/ana/a\\"b\\$c\\`d\\\\e/crmdesk"'),
    ("/home/ana/100%/crmdesk", "/home/ana/100%%/crmdesk"),
])
def test_paths_are_quoted_as_the_desktop_entry_specification_says(path, written):
    assert exec_argument(path) == written


def test_about_names_the_components_their_licences_and_the_log(cli):
    shown = cli("about", vault=None)
    assert shown.code == 0
    assert "sqlcipher3" in shown.out and "zlib" in shown.out and "Log (no personal data):" in shown.out


def test_a_percent_sign_in_the_programs_path_is_refused_in_one_sentence(cli, tmp_path, monkeypatch):
    """Desktops (GLib's launcher) drop an entry whose program path has a % in it, valid or not."""
    from crmdesk.cli import desktop_commands

    monkeypatch.setattr(desktop_commands, "this_program", lambda: ["/home/ana/100% sure/crmdesk/crmdesk"])
    made = cli("install-desktop", vault=None, env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert made.code == 1 and "% sign" in made.err and not (tmp_path / "data").exists()



def test_an_error_names_the_log_or_says_why_there_is_none(tmp_path, monkeypatch):
    """Never a log that does not exist: where the log folder cannot be made, the
    sentence says so and names the folder."""
    from crmdesk import applog

    blocked = tmp_path / "state"
    blocked.write_text("a file where a folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))
    applog.setup()
    assert applog.where_details_are() == (
        f"the details could not be logged, because {applog.log_file().parent} cannot be written")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "fine"))
    applog.setup()
    assert applog.where_details_are() == f"the details are in {applog.log_file()}, a log without personal data"
