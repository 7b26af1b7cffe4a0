"""A child process that disables a user and is killed (SIGKILL, as by
``kill -9`` or a power cut) at a chosen step of that: the ``N``-th call of
a named function, given as ``module:function:N``.

Arguments: vault, acting user, passphrase, failure-log file, user to
disable, kill point. Prints ``survived`` if the kill point was never reached.
"""

import importlib
import os
import signal
import sys
from pathlib import Path

from crmdesk.core import vault
from crmdesk.core.vault import users
from crmdesk.core.vault.lockout import FailureLog

path, actor, passphrase, state, target, point = sys.argv[1:7]
module_name, function, number = point.split(":")
module = importlib.import_module(module_name)
original = getattr(module, function)
calls = {"n": 0}


def killing(*args, **kwargs):
    calls["n"] += 1
    if calls["n"] == int(number):
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)


session = vault.unlock(Path(path), actor, passphrase, failures=FailureLog(Path(state)))
setattr(module, function, killing)
users.disable_user(session, target)
print("survived", flush=True)
