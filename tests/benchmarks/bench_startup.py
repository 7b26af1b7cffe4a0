"""Start-up time to the unlock window (``make bench``): from starting the
program until its unlock window is on a real X display (Xvfb), for the
source tree's venv and, when `make bundle` has made one, the bundle.

Each start is a new process on a new vault folder's unlock window, measured
with xdotool waiting for the window to be mapped. Not a test: it prints
numbers and asserts nothing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support import ROOT, user_env

REPEATS = 7


def _time_to_window(command: list[str], display: str, home: Path) -> float:
    env = user_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    start = time.perf_counter()
    program = subprocess.Popen([*command, "--vault", str(home / "shop")], env=env, cwd=home,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Unlock shop"],
                       env={"DISPLAY": display}, capture_output=True, timeout=120, check=True)
        return time.perf_counter() - start
    finally:
        program.terminate()
        program.wait(timeout=30)


def main() -> None:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        print("start-up: skipped (needs Xvfb and xdotool)")
        return
    display = ":93"
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    programs = {"source tree (venv)": [sys.executable, "-m", "crmdesk"]}
    bundle = ROOT / "dist" / "crmdesk" / "crmdesk"
    if bundle.is_file():
        programs["bundle (make bundle)"] = [str(bundle)]
    try:
        with tempfile.TemporaryDirectory() as scratch:
            home = Path(scratch)
            env = {**os.environ, "CRMDESK_PASSPHRASE": "bench passphrase", "CRMDESK_NEW_PASSPHRASE": "bench passphrase",
                   "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
            subprocess.run([sys.executable, "-m", "crmdesk", "--vault", str(home / "shop"), "init", "--owner", "o"],
                           env=env, capture_output=True, check=True)
            for name, command in programs.items():
                _time_to_window(command, display, home)  # the first start fills the disk cache
                samples = [_time_to_window(command, display, home) for _ in range(REPEATS)]
                print(f"start-up to the unlock window, {name}: median {statistics.median(samples) * 1000:.0f} ms, "
                      f"slowest {max(samples) * 1000:.0f} ms ({REPEATS} starts)")
    finally:
        screen.terminate()
        screen.wait(timeout=30)


if __name__ == "__main__":
    main()
