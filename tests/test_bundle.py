"""The bundle (`make bundle`) as a shop runs it: unpacked from its .tar.gz
into a folder of its own, with no Python on the machine as far as it can
see, no venv, no project folder.

`make test-bundle` builds the bundle and runs these tests; .ci/run does so
after `make test`. Python is hidden by a private mount namespace (we run as
root here): empty folders are mounted over the interpreters' standard
libraries, the venv and the source tree, for the bundle's process only.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from tests.support import ROOT, user_env

pytestmark = pytest.mark.bundle

PASSPHRASE = "a real owner passphrase"
HIDE = """set -e
while [ "$1" != "--" ]; do mount -t tmpfs -o size=1m crmdesk-test "$1"; shift; done
shift
exec "$@"
"""


def _archive() -> Path:
    named = os.environ.get("CRMDESK_BUNDLE")
    found = [Path(named)] if named else sorted(ROOT.glob("dist/crmdesk-*-linux-*.tar.gz"))
    if not found or not found[-1].is_file():
        pytest.fail("no bundle to test: run 'make test-bundle' (it builds one first)", pytrace=False)
    return found[-1]


def _python_folders() -> list[str]:
    """Everything that would let a leftover Python run: the standard
    libraries of this interpreter and the system's, the venv, the sources."""
    places = {sysconfig.get_paths()["stdlib"], sysconfig.get_paths(vars={"base": sys.base_prefix})["stdlib"],
              sys.prefix, str(ROOT), *glob.glob("/usr/lib/python3*"), *glob.glob("/usr/local/lib/python3*")}
    places = sorted(p for p in places if Path(p).is_dir())
    return [p for p in places if not any(Path(p).is_relative_to(other) and p != other for other in places)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "--mount", "true"], capture_output=True).returncode != 0:
        pytest.fail("hiding Python needs 'unshare --mount' as root (util-linux)", pytrace=False)
    place = tmp_path_factory.mktemp("shop-computer")
    subprocess.run(["tar", "-xzf", str(_archive()), "-C", str(place)], check=True, timeout=300)
    program = place / "crmdesk" / "crmdesk"
    assert os.access(program, os.X_OK)
    return program


def _without_python(command: list[str]) -> list[str]:
    return ["unshare", "--mount", "sh", "-c", HIDE, "hide", *_python_folders(), "--", *command]


def _run(bundle: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(_without_python([str(bundle), *args]), capture_output=True, text=True,
                          env=user_env(home, **extra), cwd=home, timeout=180)


def _new_vault(bundle: Path, home: Path) -> subprocess.CompletedProcess:
    made = _run(bundle, home, "--vault", "shop", "init", "--owner", "olga", CRMDESK_PASSPHRASE=PASSPHRASE,
                CRMDESK_NEW_PASSPHRASE=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    return made


def test_no_python_is_left_to_the_bundle(tmp_path):
    seen = subprocess.run(_without_python(["sh", "-c", f"python3 -c 'import encodings' 2>/dev/null && echo python;"
                                                     f" ls -A '{ROOT}' | wc -l"]),
                          capture_output=True, text=True, env=user_env(tmp_path), timeout=60)
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.split() == ["0"], seen.stdout  # no working python3, an empty source tree


def test_the_bundle_makes_a_vault_demo_contacts_and_an_access_report(bundle, tmp_path):
    secret = {"CRMDESK_PASSPHRASE": PASSPHRASE, "CRMDESK_NEW_PASSPHRASE": PASSPHRASE}
    version = _run(bundle, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("crmdesk "), version.stderr
    about = _run(bundle, tmp_path, "about")  # the licences, read from the metadata the bundle carries
    for part in ("PySide6_Essentials 6.", "SQLCipher (in sqlcipher3) 4.", "keyring", "Python 3.", "DejaVu"):
        assert part in about.stdout, about.stdout + about.stderr
    assert "Recovery code" in _new_vault(bundle, tmp_path).stdout
    assert _run(bundle, tmp_path, "--vault", "shop", "demo", "--contacts", "3", **secret).returncode == 0
    listed = _run(bundle, tmp_path, "--vault", "shop", "contact", "list", "--json", **secret)
    first = json.loads(listed.stdout)[0]
    exported = _run(bundle, tmp_path, "--vault", "shop", "export", first["id"], "--pdf", "report.pdf", **secret)
    assert exported.returncode == 0, exported.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True).stdout
    assert first["display_name"] in text and "access report" in text
    # A Word document: python-docx's template travels with the bundle.
    reported = _run(bundle, tmp_path, "--vault", "shop", "breach", "report", "--what", "A list was lost", "--all",
                    "--not-encrypted", **secret)
    assert reported.returncode == 0, reported.stderr
    drafted = _run(bundle, tmp_path, "--vault", "shop", "breach", "draft", reported.stdout.split()[0],
                   "--docx", "draft.docx", **secret)
    assert drafted.returncode == 0 and zipfile.is_zipfile(tmp_path / "draft.docx"), drafted.stderr
    with zipfile.ZipFile(tmp_path / "draft.docx") as word:
        assert "Notification of a personal data breach" in word.read("word/document.xml").decode()
    # The catalogues and Babel's CLDR data travel too: a Polish notice with a Polish date.
    polish = _run(bundle, tmp_path, "--vault", "shop", "notice", "export", "--language", "pl", "--pdf", "pl.pdf",
                  **secret)
    assert polish.returncode == 0, polish.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "pl.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Twoje prawa" in text and "strona 1 z" in text
    # The holidays library finds its countries by name: a Bavarian holiday moves a request's due date.
    assert _run(bundle, tmp_path, "--vault", "shop", "setting", "set", "holiday_region", "DE-BY",
                **secret).returncode == 0
    opened = _run(bundle, tmp_path, "--vault", "shop", "request", "open", first["id"], "--type", "access",
                  "--received", "2025-12-06", **secret)
    assert opened.returncode == 0, opened.stderr
    shown = json.loads(_run(bundle, tmp_path, "--vault", "shop", "request", "show", opened.stdout.strip(), "--json",
                            **secret).stdout)
    assert (shown["due_on"], shown["due_moved_because"]) == ("2026-01-07", "6 January 2026 is Epiphany")
    checked = _run(bundle, tmp_path, "--vault", "shop", "verify", **secret)
    assert checked.returncode == 0 and "intact" in checked.stdout, checked.stdout + checked.stderr
    wrong = _run(bundle, tmp_path, "--vault", "shop", "verify", CRMDESK_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 3 and "Traceback" not in wrong.stderr


def test_the_bundle_starts_a_team_on_a_postgresql_server(bundle, tmp_path):
    """psycopg with its libpq, and the team server's schema, travel with the bundle."""
    from tests.support import pg_cluster

    cluster = pg_cluster.start()
    if cluster is None:
        pytest.skip("PostgreSQL is not installed here (.ci/run installs Debian's postgresql)")
    try:
        dbname, admin = cluster.new_admin_database("bundle")
        _new_vault(bundle, tmp_path)
        secret = {"CRMDESK_PASSPHRASE": PASSPHRASE}
        assert _run(bundle, tmp_path, "--vault", "shop", "demo", "--contacts", "2", **secret).returncode == 0
        started = _run(bundle, tmp_path, "--vault", "shop", "team", "init", "--server",
                       cluster.conninfo(user=admin, dbname=dbname), "--desk", "counter", **secret)
        assert started.returncode == 0, started.stderr
        synced = _run(bundle, tmp_path, "--vault", "shop", "team", "sync", **secret)
        assert synced.returncode == 0 and synced.stdout.startswith("Sent 2,"), synced.stdout + synced.stderr
        status = json.loads(_run(bundle, tmp_path, "--vault", "shop", "team", "status", "--json", **secret).stdout)
        assert status["desk"] == "counter" and status["waiting"] == 0
    finally:
        cluster.stop()


def test_the_bundle_finds_the_desktops_keyring(bundle, tmp_path):
    """No backend named: keyring finds the Secret Service by its own entry points, inside the bundle."""
    if shutil.which("dbus-run-session") is None or shutil.which("gnome-keyring-daemon") is None:
        pytest.fail("needs dbus-run-session and gnome-keyring-daemon (.ci/run installs them)", pytrace=False)
    _new_vault(bundle, tmp_path)
    script = textwrap.dedent(f"""
        printf 'login keyring password' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
        CRMDESK_PASSPHRASE='{PASSPHRASE}' '{bundle}' --vault shop remember; echo "remember=$?"
        '{bundle}' --vault shop verify </dev/null >/dev/null; echo "verify=$?"
    """)
    proc = subprocess.run(_without_python(["dbus-run-session", "--", "sh", "-c", script]), capture_output=True,
                          text=True, env=user_env(tmp_path), cwd=tmp_path, timeout=180)
    results = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    assert results == {"remember": "0", "verify": "0"}, proc.stdout + proc.stderr


def test_the_bundle_opens_its_window_and_a_second_start_raises_it(bundle, tmp_path):
    _new_vault(bundle, tmp_path)
    window = subprocess.Popen(_without_python([str(bundle), "--vault", "shop"]), env=user_env(tmp_path),
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    from crmdesk.core.vault.session import VaultPaths
    from crmdesk.ui.single import server_name

    vault_folder = VaultPaths.of(str(tmp_path / "shop")).folder
    listening = Path(user_env(tmp_path)["XDG_RUNTIME_DIR"]) / "crmdesk" / server_name(vault_folder)
    try:
        deadline = time.monotonic() + 60
        while not listening.exists() and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert window.poll() is None and listening.exists(), window.communicate()[1][-2000:]
        second = _run(bundle, tmp_path, "--vault", "shop")
        assert second.returncode == 0 and "its window was brought to the front" in second.stdout, second.stderr
    finally:
        window.send_signal(signal.SIGTERM)
        window.wait(timeout=30)


def test_the_bundle_on_a_real_display_unlocks_into_the_window(bundle, tmp_path):
    """Xvfb and xdotool: the window a person sees, typed into and closed by keyboard."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.fail("needs Xvfb and xdotool (.ci/run installs them)", pytrace=False)
    _new_vault(bundle, tmp_path)
    display = f":{200 + os.getpid() % 500}"
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path("/tmp/.X11-unix", f"X{display[1:]}")
    deadline = time.monotonic() + 30
    while not socket.exists() and screen.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    shown = subprocess.Popen(_without_python([str(bundle), "--vault", "shop"]),
                             env=user_env(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    xdo = {"DISPLAY": display, "PATH": os.environ["PATH"]}

    def xdotool(*args: str) -> str:
        return subprocess.run(["xdotool", *args], capture_output=True, text=True, env=xdo, timeout=90).stdout.strip()

    try:
        unlock = xdotool("search", "--sync", "--onlyvisible", "--name", "^Unlock shop")
        assert unlock, shown.stderr.read() if shown.poll() is not None else "no unlock window"
        xdotool("windowfocus", "--sync", unlock.split()[0])
        xdotool("type", "--delay", "5", PASSPHRASE)
        xdotool("key", "Return")
        main = xdotool("search", "--sync", "--onlyvisible", "--name", "^shop — crmdesk")
        assert main, "the main window did not open"
        _grab(display, tmp_path / "window.png")
        assert (tmp_path / "window.png").stat().st_size > 10_000
        xdotool("windowfocus", "--sync", main.split()[0])
        xdotool("key", "ctrl+q")
        assert shown.wait(timeout=60) == 0
    finally:
        if shown.poll() is None:
            shown.kill()
        screen.terminate()
        screen.wait(timeout=30)


def _grab(display: str, target: Path) -> None:
    """A screenshot of the whole display, taken by Qt in this test's interpreter."""
    script = ("from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
              f"app.primaryScreen().grabWindow(0).save({str(target)!r})")
    subprocess.run([sys.executable, "-c", script], env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                   capture_output=True, timeout=60, check=True)
