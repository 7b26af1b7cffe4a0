"""Python's cycle collector, run on the UI thread only.

The collector runs in whichever thread happens to allocate when a threshold
is crossed. If that is a worker thread and the cycle holds a Qt object, its
destructor takes Qt's signal lock and then waits for the interpreter lock,
while the UI thread, holding the interpreter lock, waits for Qt's signal
lock: the window freezes for good. So the window turns automatic
collection off and collects, generation by generation as Python would, from
a timer on the UI thread.

Once the window is up, everything alive (modules, classes, Qt wrappers)
lives as long as it does; ``set_aside_what_lives_on`` takes all of it out of
the collector's sight, so a full collection on the UI thread scans only
what came since and never stalls a person scrolling a long list.

A bulk job in a worker (reading or importing a file of 100,000 contacts)
pauses collection (``core.collector``); the timer then waits, since each
collection would scan the hundreds of thousands of objects the job is
making, holding the interpreter lock for hundreds of milliseconds. A job
keeps little once it ends (an import reads its file row by row), so the
next collection is short.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from crmdesk.core import collector

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        gc.disable()
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        if collector.bulk_job_running():
            return
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            generation = 0
            if middle > self.thresholds[1]:
                generation = 2 if old > self.thresholds[2] else 1
            gc.collect(generation)


def set_aside_what_lives_on() -> None:
    """Put every object alive now out of the collector's sight, after a
    collection: for a window just opened, whose modules, classes and Qt
    wrappers live as long as it does. A full collection runs on the UI
    thread, and scanning those 86,000 objects took 55 ms each time, a stall
    a person scrolling a long list sees; afterwards it scans only what came
    since. Objects set aside are still freed when nothing
    refers to them; ``bring_back`` before the window closes, so what it
    leaves in reference cycles is collected."""
    gc.collect()
    gc.freeze()


def bring_back() -> None:
    """Undo ``set_aside_what_lives_on``."""
    gc.unfreeze()
