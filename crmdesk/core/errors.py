"""Typed errors raised by core operations.

Every error a user can cause is one of these. Its message is one sentence
saying what went wrong and what to do; it never holds personal data, a key or
a passphrase. ``exit_code`` is the CLI exit code from DESIGN.md.
"""

from __future__ import annotations


class CrmdeskError(Exception):
    """Base class: a failure the user can understand and act on.

    ``hint`` names what the user can do next, for front ends that know how
    it is done there (the CLI adds the command, the window its own words):
    "find-contact", "lift-restriction", "lift-hold", "verify-request", …
    Core messages never name a command or flag themselves.
    """

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class OperationFailed(CrmdeskError):
    """The operation could not be done; nothing was changed."""

    exit_code = 1


class Cancelled(CrmdeskError):
    """The user stopped a long operation; what it was making was thrown away."""

    exit_code = 1


class UsageError(CrmdeskError):
    """The request itself is malformed (bad option, bad value)."""

    exit_code = 2


class AuthenticationFailed(CrmdeskError):
    """Unknown user, wrong passphrase or code."""

    exit_code = 3


class TotpRequired(AuthenticationFailed):
    """The passphrase was right but this user also needs an authenticator code."""


class LockedOut(AuthenticationFailed):
    """Too many wrong tries; ``retry_after`` seconds must pass first."""

    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after


class PermissionDenied(CrmdeskError):
    """The user's role does not allow this operation."""

    exit_code = 4


class IntegrityFailure(CrmdeskError):
    """Tampered or corrupt vault, backup or audit chain.

    ``problems`` lists one line per problem found.
    """

    exit_code = 5

    def __init__(self, message: str, problems: list[str] | None = None, *, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.problems = problems or [message]


class NotFound(CrmdeskError):
    """A vault, user or record that was named does not exist."""

    exit_code = 6
