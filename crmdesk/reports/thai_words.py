"""Where Thai words end, for breaking lines: Thai puts no spaces between
words, so only a dictionary knows where one ends and the next begins.

libthai (the dictionary-based word breaker that Pango and LibreOffice use)
is asked where the system has it: Linux desktops do, as the C library
``libthai.so.0`` with its dictionary. Elsewhere, or if it cannot be loaded,
``ends`` knows no word ends and Thai text is broken between syllables only
where it must be (``fonts``). Thread-safe.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import threading

_lock = threading.Lock()


@functools.cache
def _breaker() -> tuple[ctypes.CDLL, int] | None:
    """libthai and a word breaker with its default dictionary, or None without them."""
    name = ctypes.util.find_library("thai")
    if not name:
        return None
    try:
        library = ctypes.CDLL(name)
        library.th_brk_new.restype = ctypes.c_void_p
        library.th_brk_new.argtypes = [ctypes.c_char_p]
        library.th_brk_wc_find_breaks.restype = ctypes.c_int
        library.th_brk_wc_find_breaks.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p, ctypes.POINTER(ctypes.c_int),
                                                  ctypes.c_size_t]
    except (OSError, AttributeError):  # not loadable, or older than libthai 0.1.25
        return None
    breaker = library.th_brk_new(None)  # kept for the life of the process
    return (library, breaker) if breaker else None


def available() -> bool:
    """Whether Thai words can be told apart here (libthai is installed)."""
    return _breaker() is not None


def ends(text: str) -> list[int]:
    """The offsets inside ``text`` (a run of Thai) where one word ends and
    the next begins, in order; none without libthai."""
    found = _breaker()
    if found is None or len(text) < 2 or ctypes.sizeof(ctypes.c_wchar) != 4:  # libthai's wchar_t is UCS-4
        return []
    library, breaker = found
    positions = (ctypes.c_int * len(text))()
    with _lock:
        count = library.th_brk_wc_find_breaks(breaker, text, positions, len(text))
    return sorted({p for p in positions[:max(count, 0)] if 0 < p < len(text)})
