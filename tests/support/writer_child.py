"""A child process that unlocks a vault and commits writes until killed.

Each transaction sets the 'organisation' setting to ``written N`` and appends
one audit entry, so after a crash the committed state is checkable: the
setting's number equals the count of ``settings.changed`` entries.
Prints ``ready`` after its first commit so the parent knows the WAL is hot.
An optional fifth argument pauses that many seconds between commits, so
other connections get their turn to write too.
"""

import sys
import time
from pathlib import Path

from crmdesk.core import configuration, vault
from crmdesk.core.vault.lockout import FailureLog

path, user, passphrase, state = sys.argv[1:5]
pause = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
session = vault.unlock(Path(path), user, passphrase, failures=FailureLog(Path(state)))
n = session.conn.execute(
    "SELECT count(*) FROM audit WHERE action = 'settings.changed'"
).fetchone()[0]
while True:
    n += 1
    configuration.change_setting(session, "organisation", f"written {n}")
    if n <= 1 or n % 50 == 0:
        print("ready", flush=True)
    time.sleep(pause)
