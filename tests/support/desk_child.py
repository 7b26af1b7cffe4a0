"""A desk of a team that keeps changing contacts and syncing until killed (tests/team/test_desks.py).

Each round renames a few contacts ("round N") at this desk and syncs; it prints ``ready`` once its
first sync is done, so the parent kills it while it pushes, receives or writes.
"""

import sys
from pathlib import Path

from crmdesk.core import vault
from crmdesk.core.people import contacts
from crmdesk.core.team import desk
from crmdesk.core.team.server import DeskLink
from crmdesk.core.vault.lockout import FailureLog

path, user, passphrase, state, conninfo, team_vault = sys.argv[1:7]
session = vault.unlock(Path(path), user, passphrase, failures=FailureLog(Path(state)))
link = DeskLink(conninfo, team_vault)
ids = [row[0] for row in session.conn.execute("SELECT id FROM contacts ORDER BY id")]
n = 0
while True:
    n += 1
    for contact_id in ids[n % 5::5]:
        data = contacts.get_contact(session, contact_id).as_input()
        data.notes = f"round {n}"
        contacts.update_contact(session, contact_id, data)
    desk.sync(session, link)
    if n == 1:
        print("ready", flush=True)
