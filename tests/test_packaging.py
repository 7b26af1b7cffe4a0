"""crmdesk installed the way a shop installs it: the wheel, in a fresh
environment outside the source tree, with everything it needs inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.support import ROOT, user_env

OWNER_PASSPHRASE = "a real owner passphrase"


def test_every_package_is_in_the_wheel_list():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "crmdesk").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A wheel built from this tree, installed into a new venv in a folder of its own. Its
    dependencies come from the test environment (a path, not a second download)."""
    base = tmp_path_factory.mktemp("installed")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(base / "dist"),
                            str(ROOT)], capture_output=True, text=True, timeout=240)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((base / "dist").glob("crmdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for part in ("crmdesk/_resources/style.qss", "crmdesk/_resources/fonts/DejaVuSans.ttf",
                 "crmdesk/_resources/icons/crmdesk.svg", "crmdesk/_resources/icons/hicolor/48x48/apps/crmdesk.png",
                 "crmdesk/_resources/linux/org.crmdesk.crmdesk.desktop",
                 "crmdesk/_resources/schemas/subject-export.schema.json",
                 "crmdesk/_resources/locale/pl/LC_MESSAGES/crmdesk.mo"):  # compiled by the wheel's build
        assert part in names, part
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    put = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                          "--no-index", str(wheel)], capture_output=True, text=True, timeout=240)
    assert put.returncode == 0, put.stderr[-2000:]
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def _run(venv: Path, cwd: Path, *args: str, passphrase: str = OWNER_PASSPHRASE) -> subprocess.CompletedProcess:
    env = user_env(cwd, CRMDESK_PASSPHRASE=passphrase, CRMDESK_NEW_PASSPHRASE=passphrase,
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return subprocess.run([str(venv / "bin" / "crmdesk"), *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120)


def test_the_installed_wheel_makes_a_vault_a_pdf_and_a_window(installed, tmp_path):
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import crmdesk; print(crmdesk.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, env={"PATH": os.environ["PATH"]})
    assert where.stdout.startswith(str(installed)), where.stdout + where.stderr  # not the source tree
    assert _run(installed, tmp_path, "--version").returncode == 0
    made = _run(installed, tmp_path, "--vault", "shop", "init", "--owner", "olga")
    assert made.returncode == 0, made.stderr
    assert _run(installed, tmp_path, "--vault", "shop", "demo", "--contacts", "3").returncode == 0
    listed = json.loads(_run(installed, tmp_path, "--vault", "shop", "contact", "list", "--json").stdout)
    first = listed["rows"][0] if isinstance(listed, dict) else listed[0]
    exported = _run(installed, tmp_path, "--vault", "shop", "export", first["id"], "--pdf", "report.pdf")
    assert exported.returncode == 0, exported.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True).stdout
    assert first["display_name"].split()[0] in text
    polish = _run(installed, tmp_path, "--vault", "shop", "notice", "show", "--language", "pl")
    assert polish.returncode == 0 and "Twoje prawa" in polish.stdout, polish.stderr
    menu = _run(installed, tmp_path, "install-desktop")
    assert menu.returncode == 0, menu.stderr
    entry = (tmp_path / "data" / "applications" / "org.crmdesk.crmdesk.desktop").read_text("utf-8")
    assert f"Exec={installed / 'bin' / 'crmdesk'}\n" in entry
    shot = tmp_path / "unlock.png"
    script = ("import sys; from crmdesk.ui.app import make_application; from crmdesk.ui.unlock_dialog import "
              "UnlockDialog; from crmdesk.core.vault.session import VaultPaths; app = make_application(); "
              f"d = UnlockDialog(VaultPaths.of({str(tmp_path / 'shop')!r})); d.show(); app.processEvents(); "
              f"assert app.styleSheet() and not app.windowIcon().isNull(); d.grab().save({str(shot)!r}); print('shown')")
    shown = subprocess.run([str(installed / "bin" / "python"), "-c", script], capture_output=True, text=True,
                           cwd=tmp_path, env={"PATH": os.environ["PATH"], "QT_QPA_PLATFORM": "offscreen",
                                              "HOME": str(tmp_path)}, timeout=120)
    assert shown.stdout.strip() == "shown", shown.stderr[-2000:]
    assert shot.stat().st_size > 1000


def test_a_damaged_install_says_so_instead_of_vanishing(installed, tmp_path):
    """Started from the menu there is no terminal: a file missing from the install is
    said in a dialog (and on stderr), with where the details are."""
    site = next(installed.glob("lib/python3*/site-packages/crmdesk/_resources"))
    style = site / "style.qss"
    kept = style.read_bytes()
    style.unlink()
    try:
        window = subprocess.Popen([str(installed / "bin" / "crmdesk"), "--vault", str(tmp_path / "shop")],
                                  env=user_env(tmp_path),
                                  cwd=tmp_path, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        try:
            said = window.stderr.readline()  # then the dialog waits for OK
            assert window.poll() is None  # the dialog is up, not a silent exit
        finally:
            window.kill()
            window.wait(timeout=30)
    finally:
        style.write_bytes(kept)
    assert said.startswith("crmdesk: crmdesk could not start its window and may be damaged, so install it again; "
                           "the details are in ")
    assert "style.qss" in (tmp_path / "state" / "crmdesk" / "log" / "crmdesk.log").read_text("utf-8")


def test_without_a_desktop_the_window_says_what_is_missing(cli):
    started = cli(env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert started.code == 1 and "There is no desktop to show the window on" in started.err


@pytest.mark.parametrize(("tool", "file"), [
    (["desktop-file-validate"], "org.crmdesk.crmdesk.desktop"),
    (["appstreamcli", "validate", "--no-net"], "org.crmdesk.crmdesk.metainfo.xml"),
])
def test_the_desktop_entry_and_appstream_file_are_valid(tool, file):
    import shutil

    if shutil.which(tool[0]) is None:
        pytest.skip(f"{tool[0]} is not installed (.ci/run installs it)")
    checked = subprocess.run([*tool, str(ROOT / "packaging" / "linux" / file)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
