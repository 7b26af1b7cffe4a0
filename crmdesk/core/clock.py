"""Time as an injectable dependency, so tests can travel in time."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, date, datetime, timedelta
from typing import Protocol, TypeVar


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware in UTC."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start, never going backwards."""


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock that only moves when told to; for tests."""

    def __init__(self, start: datetime | None = None):
        self._now = start or datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float = 0, **kwargs: float) -> None:
        delta = timedelta(seconds=seconds, **kwargs)
        self._now += delta
        self._mono += delta.total_seconds()


def iso(moment: datetime) -> str:
    """The canonical text form of a moment: UTC, seconds, ISO 8601."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    """The moment written by ``iso`` (a time without zone counts as UTC)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


When = TypeVar("When", date, datetime)


def add_months(moment: When, months: int) -> When:
    """The same day ``months`` later, or that month's last day when it has
    no such day (31 January + 1 month → 28 or 29 February)."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))
