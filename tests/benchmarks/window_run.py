"""What a person at the window feels, measured in a process of its own (``make bench``).

Run as ``python -m tests.benchmarks.window_run VAULT TEXTS_JSON``, or with
``--import VAULT CSV PURPOSE`` for an import through the Import dialog into
an empty vault; prints one JSON object. The window runs offscreen at 1280×780 and is driven with keys
and clicks; a timer ticking every 10 ms on the UI thread records the longest
time the event loop went without running (garbage-collector pauses count).

It measures unlock → painted list, search as you type (keystroke → the list
painted with its results, for every key of the texts), scrolling to the
bottom, a backup and its check on the Backups page, and memory after each;
then a retention sweep by the window's scheduler thread.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from crmdesk.core.vault import keyslots  # noqa: E402
from crmdesk.core.vault.lifecycle import open_with_private_key  # noqa: E402
from crmdesk.core.vault.session import VaultPaths  # noqa: E402

PASSPHRASE = "benchmark passphrase"
KEY_GAP_MS = 90  # between keystrokes: a quick typist


def resident_mb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


class Stalls(QObject):
    """The longest gap between ticks of a 10 ms timer since the last ``take``."""

    def __init__(self):
        super().__init__()
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer(self, interval=10)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def take(self) -> int:
        self._tick()
        longest, self.longest = self.longest, 0
        return longest


class Paints(QObject):
    """When a widget was last painted."""

    def __init__(self, widget):
        super().__init__()
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False

    def after(self, moment: float) -> float | None:
        return next((t for t in self.times if t >= moment), None)


def wait_until(app: QApplication, condition, timeout: float = 600.0) -> None:
    """Run an event loop, as the program's own runs, until ``condition()``
    holds. (``processEvents`` waiting for events keeps the interpreter lock
    while it waits: worker threads then crawl, three times slower.)"""
    if condition():
        return
    end = time.perf_counter() + timeout
    loop = QEventLoop()
    late: list[bool] = []

    def check() -> None:
        if condition():
            loop.quit()
        elif time.perf_counter() > end:
            late.append(True)
            loop.quit()

    poll = QTimer(interval=5)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if late:
        raise TimeoutError("the window did not get there in time")


def pause(app: QApplication, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    wait_until(app, lambda: time.perf_counter() >= end)


def unlock(folder: Path):
    """The session as the window gets it after the passphrase (Argon2id done here, outside the timing)."""
    paths = VaultPaths.of(folder)
    slots = keyslots.KeySlots.load(paths.keyslots)
    slot = slots.user_slot("owner")
    private = slot.unwrap_private_key(slots.vault_id, PASSPHRASE)
    return lambda: open_with_private_key(paths, slots, slot, private, method="passphrase")


def open_window(app: QApplication, open_session, *, empty: bool = False):
    """The main window on the unlocked vault, once its list is painted
    (``empty``: a vault with no contacts yet, whose list is painted empty)."""
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.vault_access import VaultAccess

    start = time.perf_counter()
    session = open_session()
    session.release()  # as the program runs it: the window keeps no connection of its own
    window = MainWindow(VaultAccess(session))
    if window.scheduler is not None:
        window.stop_scheduler()  # sweeps are measured on their own
    if window.backup_runner is not None:
        window.backup_timer.stop()
    window.resize(1280, 780)
    page = window.show_page("Contacts")  # the window opens on Today; the list is what is measured here
    paints = Paints(page.table.viewport())
    filled: list[float] = []  # when the first page's rows came
    page.model.modelReset.connect(
        lambda: filled.append(time.perf_counter()) if page.model.rowCount() or empty else None)
    window.show()
    wait_until(app, lambda: filled and paints.after(filled[0]) is not None)
    return window, paints, paints.after(filled[0]) - start


def type_key(widget, char: str) -> None:
    """One key as the keyboard sends it (any letter, not only ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_queries(app: QApplication, window, paints: Paints, texts: list[str]) -> list[float]:
    """Each text typed key by key into the search field; for every keystroke,
    the time until the list was painted with that text's results."""
    page = window.contacts_page
    resets: list[float] = []
    page.model.modelReset.connect(lambda: resets.append(time.perf_counter()))
    latencies = []
    for text in texts:
        page.search.setFocus()
        QTest.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(page.search, Qt.Key.Key_Backspace)
        wait_until(app, lambda: not page.model.loading and page.model.query == "")
        pause(app, KEY_GAP_MS)
        for n, char in enumerate(text, start=1):
            start = time.perf_counter()
            type_key(page.search, char)
            wanted = text[:n]
            wait_until(app, lambda wanted=wanted, start=start: page.model.query == wanted and not page.model.loading
                       and resets and resets[-1] >= start and paints.after(resets[-1]) is not None, 30)
            latencies.append(paints.after(resets[-1]) - start)
            pause(app, KEY_GAP_MS)
    return latencies


def scroll_to_bottom(app: QApplication, window) -> int:
    """The scroll bar's thumb to the bottom, again and again, as a person dragging it would, until the
    last contact shows."""
    page = window.contacts_page
    page.search.clear()
    wait_until(app, lambda: not page.model.loading and page.model.query == "")
    bar = page.table.verticalScrollBar()
    while page.model.canFetchMore():
        QTest.keyClick(bar, Qt.Key.Key_End)
        # the next page is in, and the list has grown below the thumb
        wait_until(app, lambda: not page.model.loading and (bar.value() < bar.maximum()
                                                             or not page.model.canFetchMore()))
    return page.model.rowCount()


def backup_and_check(app: QApplication, window, stalls: Stalls) -> dict:
    backups = window.show_page("Backups")  # into the default folder, beside the vault
    figures = {}
    backups.refresh()
    pause(app, 300)
    before = {b.path for b in backups.model.records}
    stalls.take()
    start = time.perf_counter()
    QTest.mouseClick(backups.backup_button, Qt.MouseButton.LeftButton)
    wait_until(app, lambda: not window.backup_runner.running and backups.backup_button.isEnabled())
    figures["backup"] = time.perf_counter() - start
    figures["backup_stall_ms"] = stalls.take()
    wait_until(app, lambda: any(b.path not in before for b in backups.model.records))  # the list shows it
    backups.table.selectRow(next(n for n, b in enumerate(backups.model.records) if b.path not in before))
    start = time.perf_counter()
    QTest.mouseClick(backups.check_button, Qt.MouseButton.LeftButton)
    wait_until(app, lambda: backups.result.property("state") in ("good", "bad"))
    figures["verify"] = time.perf_counter() - start
    figures["verify_stall_ms"] = stalls.take()
    figures["verify_result"] = backups.result.text()
    return figures


def sweep(app: QApplication, window, stalls: Stalls) -> dict:
    """A retention sweep by the window's scheduler thread, as it runs every few hours."""
    from crmdesk.ui.retention_scheduler import RetentionScheduler

    scheduler = RetentionScheduler(window.access, 24)
    times: dict[str, float] = {}
    scheduler.sweep_started.connect(lambda: times.setdefault("start", time.perf_counter()))
    scheduler.sweep_finished.connect(lambda _result: times.setdefault("end", time.perf_counter()))
    stalls.take()
    scheduler.start()
    wait_until(app, lambda: "end" in times)
    scheduler.stop()
    return {"sweep": times["end"] - times["start"], "sweep_stall_ms": stalls.take()}


def browse(folder: Path, texts: list[str]) -> dict:
    from crmdesk.ui.app import make_application

    app = make_application()  # the program's style and fonts: they decide what painting costs
    stalls = Stalls()
    window, paints, painted = open_window(app, unlock(folder))
    figures = {"painted": painted, "open_stall_ms": stalls.take(), "rss_open": resident_mb()}
    pause(app, 300)
    stalls.take()
    latencies = type_queries(app, window, paints, texts)
    figures.update(search_p50=statistics.median(latencies), search_p95=p95(latencies),
                   search_stall_ms=stalls.take(), keystrokes=len(latencies), rss_search=resident_mb())
    if os.environ.get("CRMDESK_BENCH_SCROLL", "1") != "0":  # make bench-1m leaves it out
        start = time.perf_counter()
        figures["rows"] = scroll_to_bottom(app, window)
        figures.update(scroll=time.perf_counter() - start, scroll_stall_ms=stalls.take(),
                       rss_scrolled=resident_mb())
    figures.update(backup_and_check(app, window, stalls))
    figures["rss_end"] = resident_mb()
    figures.update(sweep(app, window, stalls))
    window.shutdown()
    return figures


def import_through_dialog(folder: Path, csv_path: Path, purpose: str) -> dict:
    """A CSV imported into an empty vault through the Import dialog, as a
    shop moving in would: Import…, choose the file, pick the lawful basis,
    Import. Timed from the click on Import… to the dialog's result (the file
    is read and the contacts written off the UI thread; the pause to look at
    the filled dialog is not counted). Stalls: while the dialog opens and
    shows the file, and while the import runs."""
    from crmdesk.ui.app import make_application
    from crmdesk.ui.import_dialog import ImportDialog

    app = make_application()
    stalls = Stalls()
    window, _, _ = open_window(app, unlock(folder), empty=True)
    ImportDialog.ask_file = classmethod(lambda cls, parent: str(csv_path))  # the file dialog's answer
    pause(app, 300)
    stalls.take()
    start = time.perf_counter()
    QTest.mouseClick(window.contacts_page.import_button, Qt.MouseButton.LeftButton)
    wait_until(app, lambda: window.findChildren(ImportDialog))
    dialog = window.findChildren(ImportDialog)[0]
    QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_until(app, lambda: dialog.parsed is not None and dialog.basis.findData(purpose) >= 0)
    read = time.perf_counter() - start
    pause(app, 300)  # the dialog filled with the file's columns and first rows, painted
    opened_stall = stalls.take()
    dialog.basis.setCurrentIndex(dialog.basis.findData(purpose))
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_until(app, lambda: not dialog._running and dialog.result.toPlainText().startswith("Added"))
    figures = {"import": time.perf_counter() - start - 0.3, "import_read": read, "import_stall_ms": stalls.take(),
               "import_open_stall_ms": opened_stall,
               "import_result": dialog.result.toPlainText().splitlines()[0], "rss_import": resident_mb()}
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    page = window.contacts_page
    wait_until(app, lambda: page.model.rowCount() > 0 and not page.model.loading)
    pause(app, 1000)
    figures["rss_after_import"] = resident_mb()
    window.shutdown()
    return figures


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main(argv: list[str]) -> int:
    if argv[0] == "--import":  # --import VAULT CSV PURPOSE
        print(json.dumps(import_through_dialog(Path(argv[1]), Path(argv[2]), argv[3])))
        return 0
    texts = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    print(json.dumps(browse(Path(argv[0]), texts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
