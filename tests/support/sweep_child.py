"""A child process that runs a retention sweep in small batches, slowly, until killed.

Prints ``batch`` after each committed batch so the parent can kill it
half-way. The clock is fixed at the date given, so the same items are due.
"""

import sys
import time
from datetime import datetime
from pathlib import Path

from crmdesk.core import vault
from crmdesk.core.clock import FixedClock
from crmdesk.core.privacy import retention
from crmdesk.core.vault.lockout import FailureLog

path, user, passphrase, state, when = sys.argv[1:6]
session = vault.unlock(Path(path), user, passphrase, failures=FailureLog(Path(state)),
                       clock=FixedClock(datetime.fromisoformat(when)))
retention.BATCH = 5


def report(done: int, total: int) -> None:
    print("batch", done, total, flush=True)
    time.sleep(0.2)


retention.run(session, progress=report)
print("done", flush=True)
