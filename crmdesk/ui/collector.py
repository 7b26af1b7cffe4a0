"""Python's cycle collector, run on the UI thread only.

The collector runs in whichever thread happens to allocate when a threshold
is crossed. If that is a worker thread and the cycle holds a Qt object, its
destructor takes Qt's signal lock and then waits for the interpreter lock,
while the UI thread, holding the interpreter lock, waits for Qt's signal
lock: the window freezes for good. So the window turns automatic
collection off and collects, generation by generation as Python would, from
a timer on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

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
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            generation = 0
            if middle > self.thresholds[1]:
                generation = 2 if old > self.thresholds[2] else 1
            gc.collect(generation)
