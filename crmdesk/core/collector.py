"""Pausing Python's cycle collector for a bulk job.

Reading and importing 100,000 contacts creates about half a million small
objects (contacts, their addresses and numbers) that all stay alive until
the job ends. The cycle collector scans them again and again as they pile
up, and frees nothing: that was over a second of a 100,000-row import. A
bulk job makes no reference cycles that must be reclaimed before it ends,
so the collector is paused for its duration. Threading: any thread; the
collector is per process, so a job in a worker pauses it for the window
too, which is harmless for the few seconds a job lasts.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_jobs = 0  # bulk jobs running now, in any thread


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block, and back on after (if it was on)."""
    global _jobs
    with _lock:
        _jobs += 1
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        with _lock:
            _jobs -= 1


def bulk_job_running() -> bool:
    """Whether a bulk job is inside ``paused`` now: a program that runs the
    collector itself (the window does, on its UI thread) waits until none is."""
    return _jobs > 0



def let_go(*containers: dict | list | set) -> None:
    """Empty large containers a thousand entries at a time. Freeing a
    container frees all it holds in one step, during which no other thread
    runs Python: the matching keys of a 100,000-row import took 50 ms to
    free (half a second at a million), and a window's UI thread waited
    that long. Emptied piece by piece, other threads get their turn."""
    for container in containers:
        if isinstance(container, list):
            while container:
                del container[-1000:]
        elif isinstance(container, dict):
            while container:
                for _ in range(min(1000, len(container))):
                    container.popitem()
        else:
            while container:
                for _ in range(min(1000, len(container))):
                    container.pop()
