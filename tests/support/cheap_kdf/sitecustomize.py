"""Loaded by every Python process the tests start with ``TEST_PYTHONPATH``:
lowers crmdesk's Argon2id floor for the test vaults (see tests/support)."""

import tests.support  # noqa: F401
