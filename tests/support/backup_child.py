"""A child process that backs a vault up slowly, so a test can kill it mid-way.

Copies one database page per step and prints ``step`` after each, pausing a
little, so the parent can send SIGKILL while the backup is half-written.
"""

import sys
import time
from pathlib import Path

from crmdesk.core import vault
from crmdesk.core.backups import backup
from crmdesk.core.vault.lockout import FailureLog

path, user, passphrase, state, folder = sys.argv[1:6]
backup.STEP_PAGES = 1
session = vault.unlock(Path(path), user, passphrase, failures=FailureLog(Path(state)))


def slowly(done: int, total: int) -> None:
    print("step", flush=True)
    time.sleep(0.05)


backup.create_backup(session, folder, progress=slowly)
print("done", flush=True)
