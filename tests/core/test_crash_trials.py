"""kill -9 during writes: every trial reopens to a committed state, verify clean."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from crmdesk.core import vault
from crmdesk.core.vault import integrity, settings
from tests.conftest import OWNER, PASSPHRASES, ROOT

TRIALS = 50


@pytest.mark.slow
def test_fifty_kills_during_writes_reopen_committed_and_verified(vault_path, failures, tmp_path):
    rng = random.Random(20261129)
    for trial in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.support.writer_child", str(vault_path), OWNER,
             PASSPHRASES[OWNER], str(tmp_path / "child-failures.json")],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )
        assert child.stdout.readline().strip() == "ready", f"trial {trial}: writer did not start"
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()

        with vault.unlock(vault_path, OWNER, PASSPHRASES[OWNER], failures=failures) as session:
            written = settings.get(session, "organisation")
            changes = session.conn.execute(
                "SELECT count(*) FROM audit WHERE action = 'settings.changed'"
            ).fetchone()[0]
            assert written == f"written {changes}", f"trial {trial}: setting and audit disagree"
            assert integrity.verify_vault(session) == [], f"trial {trial}"
