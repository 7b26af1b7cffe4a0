"""Keeping the vault's keys in this process's memory, and out of other hands.

SQLCipher's memory security (wiping and locking every SQLite allocation)
stays off in every connection (``database.connect``): the window and the
command line show and handle decrypted names, e-mails and notes as Python
strings, which nothing can wipe, so locking SQLite's own buffers protected
little, and it made every statement several times slower (an import through
the window took 6–9 times as long as from the command line). SQLCipher still
wipes its own key material when a connection closes, and crmdesk wipes the
keys it holds (``Session.close``).

What protects the keys in memory instead, from the first line of every
crmdesk process:
- no core dump: a crash never writes the keys and the customer data in
  memory to a file on disk;
- on Linux, the process is not dumpable: another program of the same user
  cannot attach to it or read its memory (``/proc/PID/mem``); only root can.
Swap is the operating system's: full-disk encryption covers it (README).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4  # from <linux/prctl.h>


def protect_memory() -> None:
    """No core dumps, and (Linux) no other same-user process reading this one's memory."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.info("could not make the process undumpable (errno %d)", ctypes.get_errno())
        except OSError:
            log.info("could not make the process undumpable: no C library found")


def give_back_free_memory() -> None:
    """Hand the C heap's free memory back to the system (glibc's
    ``malloc_trim``). SQLite frees a connection's page cache when it closes,
    but glibc keeps most of it in the process: in the window, a backup and
    its check left over 100 MB resident that nothing used again. A no-op
    where there is no glibc. Takes milliseconds: call it after long jobs."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # no C library, or one without malloc_trim (musl)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
