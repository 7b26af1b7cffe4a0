"""Text as people type or paste it, made safe to keep and to show again.

Text pasted from Word or Outlook carries manual line breaks and other
control characters; a terminal's escape sequences can repaint a screen when
printed again. What crmdesk keeps from such text (the breach log, the
staff briefing) has every kind of line break as a plain one and no control
characters.
"""

from __future__ import annotations

import re

_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Line breaks made plain, control characters left out, the ends trimmed."""
    return _CONTROLS.sub("", _BREAKS.sub("\n", text)).strip()
