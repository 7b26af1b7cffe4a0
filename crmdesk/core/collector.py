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

