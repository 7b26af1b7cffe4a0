"""A rough strength estimate for a new passphrase, for the hint shown while typing.

It counts character variety and length and punishes the obvious (repeats,
sequences, common words). It is a hint, not a guarantee; the hard rule is
the minimum length in ``vault.check_new_passphrase``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from crmdesk.core.language import N_, tr

COMMON = {
    "password", "passwort", "passphrase", "123456", "qwerty", "qwertz", "letmein",
    "welcome", "admin", "secret", "iloveyou", "monkey", "dragon", "sunshine", "shop",
}


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (weak) to 4 (very strong)
    label: str
    advice: str


LABELS = [N_("Too weak"), N_("Weak"), N_("Fair"), N_("Strong"), N_("Very strong")]
ADVICE = [N_("Use at least 10 characters; several words are easy to remember."),
          N_("Add another word or two, or mix in digits and punctuation."),
          N_("Good; one more word would make it much harder to guess."),
          N_("Hard to guess."),
          N_("Very hard to guess.")]


def _rated(score: int) -> Strength:
    """The hint for ``score``, in the language messages are shown in."""
    return Strength(score, tr(LABELS[score]), tr(ADVICE[score]))


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return _rated(0)
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", passphrase):
        pool += 33
    unique = len(set(passphrase))
    effective_length = min(len(passphrase), unique * 2)
    bits = effective_length * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in COMMON):
        bits -= 20
    if re.search(r"(.)\1\1", passphrase) or re.search(r"(012|123|234|345|456|567|678|789|abc|bcd)", lowered):
        bits -= 10
    score = 0 if len(passphrase) < 10 else 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    return _rated(score)
