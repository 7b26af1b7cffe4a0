"""Vault-wide settings kept inside the encrypted database.

Reading needs only an open session. Changing goes through
``configuration.change_settings`` (some settings change more than their
value: a new phone region re-reads every number in the search index); it
needs ``Permission.CONFIGURE`` and is audited by key name (never the value,
which may be personal data).
"""

from __future__ import annotations

import json
import locale
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import phonenumbers

from crmdesk.core import deadlines, language
from crmdesk.core.errors import UsageError
from crmdesk.core.language import tr
from crmdesk.core.vault.gate import SETTINGS, Operation
from crmdesk.core.vault.session import Session


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type
    minimum: int | None = None
    maximum: int | None = None


def locale_region() -> str:
    """The country of the system locale ("de_DE" → "DE"), else "DE" (a C or
    POSIX locale names no country, and never means the United States)."""
    name = (locale.getlocale()[0] or "").replace("-", "_")
    region = name.split("_")[1].upper() if "_" in name else ""
    return region if region in phonenumbers.SUPPORTED_REGIONS else "DE"


SPECS = {
    spec.key: spec
    for spec in (
        SettingSpec("organisation", "", str),
        SettingSpec("auto_lock_minutes", 10, int, minimum=0, maximum=24 * 60),
        # The language of the shop's documents (the privacy notice is written in it and in English).
        SettingSpec("shop_language", language.system_language(), str),
        # Whose public holidays deadlines skip (Regulation 1182/71): a country ("DE") or a region ("DE-BY").
        SettingSpec("holiday_region", deadlines.default_region(locale_region()), str),
        # Country for phone numbers written without +country code.
        SettingSpec("phone_region", locale_region(), str),
        # Backups: where they go (empty: beside the vault), when the program
        # makes them by itself, and how many the rotation keeps.
        SettingSpec("backup_folder", "", str),
        SettingSpec("backup_daily", True, bool),
        SettingSpec("backup_on_quit", False, bool),
        SettingSpec("backup_keep_daily", 7, int, minimum=1, maximum=365),
        SettingSpec("backup_keep_weekly", 4, int, minimum=0, maximum=520),
        SettingSpec("backup_keep_monthly", 12, int, minimum=0, maximum=240),
        # The controller, as access reports name it (GDPR Art. 13/15): postal
        # address, how to reach the shop and its data-protection contact,
        # who receives data (one per line), and where to complain.
        SettingSpec("controller_address", "", str),
        SettingSpec("controller_contact", "", str),
        SettingSpec("dpo_contact", "", str),
        SettingSpec("recipients", "", str),
        SettingSpec("supervisory_authority", "", str),
        # For the record of processing (Art. 30): what crmdesk cannot know. The representative in the
        # EU (Art. 27), where the shop has one; other processing outside crmdesk, one activity a line.
        SettingSpec("representative", "", str),
        SettingSpec("other_processing", "", str),
        # Staff confirm the data-protection briefing again after this many months (0: only a new version).
        SettingSpec("training_refresh_months", 12, int, minimum=0, maximum=60),
        # How often the window's retention scheduler sweeps (after each unlock, then every N hours).
        SettingSpec("retention_interval_hours", 24, int, minimum=1, maximum=24 * 30),
    )
}


def get(session: Session, key: str) -> Any:
    spec = SPECS[key]
    row = session.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return spec.default
    if spec.kind is str:
        return row[0]
    return json.loads(row[0])


def changes(session: Session, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Every value checked (UsageError on the first bad one): (the values as
    settings hold them, the stored text of those that differ from now)."""
    checked = {key: _checked(key, value) for key, value in values.items()}
    differing = {key: stored for key, (value, stored) in checked.items() if get(session, key) != value}
    return {key: value for key, (value, _) in checked.items()}, differing


def store(op: Operation, stored: dict[str, str]) -> None:
    """Write settings (as ``changes`` gives them) in the operation, each
    audited by key name, never by value."""
    for key, text in stored.items():
        op.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, text))
        op.audit("settings.changed", detail={"key": key})
    op.changed(SETTINGS)


def _checked(key: str, value: Any) -> tuple[Any, str]:
    """The value as a setting holds it, and its stored text; UsageError if invalid."""
    spec = SPECS.get(key)
    if spec is None:
        raise UsageError(tr("'{key}' is not a setting; known settings: "
                            "{names}.").format(key=key, names=', '.join(sorted(SPECS))))
    if spec.kind is bool:
        value = _boolean(key, value)
        return value, json.dumps(value)
    if spec.kind is int:
        try:
            value = int(value)
        except (TypeError, ValueError):
            raise UsageError(tr("The setting {key} needs a whole number.").format(key=key)) from None
        if not spec.minimum <= value <= spec.maximum:
            raise UsageError(
                tr("The setting {key} must be between {spec.minimum} and {spec.maximum}.").format(key=key,
                                                                                                  spec=spec)
            )
        return value, json.dumps(value)
    value = str(value).strip()
    if key == "backup_folder" and value:
        value = str(Path(value).expanduser().absolute())
    if key == "holiday_region":
        value = deadlines.check_region(value)
    if key == "shop_language":
        value = language.get(value).code
    if key == "phone_region":
        value = value.upper()
        if value not in phonenumbers.SUPPORTED_REGIONS:
            raise UsageError(tr("'{value}' is not a country code; use two letters such as DE or "
                                "PL.").format(value=value))
    return value, value


def checked_region(value: str) -> str:
    """A phone region as stored ("pl" → "PL"); UsageError if it is no country code."""
    return _checked("phone_region", value)[1]


def _boolean(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "on", "yes", "true"):
        return True
    if text in ("0", "off", "no", "false"):
        return False
    raise UsageError(tr("The setting {key} is on or off; give 'on' or 'off'.").format(key=key))
