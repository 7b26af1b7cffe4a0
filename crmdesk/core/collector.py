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
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block, and back on after (if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def set_aside_what_lives_on() -> None:
    """Put every object alive now out of the collector's sight, after a
    collection: for a window just opened, whose modules, classes and Qt
    wrappers live as long as it does. A full collection holds every thread,
    the UI's included, and scanning those 86,000 objects took 55 ms each
    time, a stall a person scrolling a long list sees; afterwards it scans
    only what came since. Objects set aside are still freed when nothing
    refers to them; ``bring_back`` before the window closes, so what it
    leaves in reference cycles is collected."""
    gc.collect()
    gc.freeze()


def bring_back() -> None:
    """Undo ``set_aside_what_lives_on``."""
    gc.unfreeze()
