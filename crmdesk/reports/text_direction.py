"""Right-to-left text inside the left-to-right documents crmdesk writes.

reportlab lays text out left to right and leaves the Unicode Bidirectional
Algorithm (UAX #9) to an optional library that is not on PyPI, so a Hebrew
or Arabic name would print with its letters and words backwards. This module
resolves the embedding level of every character of one line of text whose
paragraph direction is left to right (rules W1–W7, N0–N2, I1–I2 and L1 of
UAX #9, N0 for the common brackets; explicit embeddings and isolates are rare
in names and are read as neutral characters) and orders runs for display
(rule L2). The tests check it against python-bidi.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_STRONG_RIGHT = {"R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"}
# Formatting characters that UAX #9 removes (X9): they take their neighbour's level.
_REMOVED = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF"}

# Bidi_Mirrored pairs that occur in everyday text: an opening bracket in right-to-left
# text is drawn as the glyph of its closing partner (rule L4).
_MIRRORS = dict(zip("()<>[]{}«»‹›⁅⁆⁽⁾₍₎≤≥", ")(><][}{»«›‹⁆⁅⁾⁽₎₍≥≤", strict=True))
# Bidi_Paired_Bracket pairs (rule N0), opening to closing.
_OPENING = {"(": ")", "[": "]", "{": "}", "⁅": "⁆", "⁽": "⁾", "₍": "₎", "〈": "〉", "（": "）", "［": "］", "｛": "｝"}
_CLOSING = set(_OPENING.values())


def levels(line: str) -> list[int]:
    """The embedding level of each character of ``line`` (no line breaks in it)
    in a left-to-right paragraph: 0 left to right, 1 right to left, 2 a number
    inside right-to-left text."""
    types = [unicodedata.bidirectional(c) or "L" for c in line]
    removed = [t in _REMOVED for t in types]
    # W1: a combining mark (and a removed character) takes the type of the character before it.
    previous = "L"
    for i, t in enumerate(types):
        if t == "NSM" or removed[i]:
            types[i] = "ON" if previous in ("LRI", "RLI", "FSI", "PDI") else previous
        previous = types[i]
    # W2, W3: European digits after Arabic letters are Arabic numbers; Arabic letters are R.
    strong = "L"
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            strong = t
        elif t == "EN" and strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, len(types) - 1):
        before, t, after = types[i - 1], types[i], types[i + 1]
        if t == "ES" and before == after == "EN" or t == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    # W5: currency and percent signs next to a European number belong to it.
    for i, t in enumerate(types):
        if t == "EN":
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(types) and types[j] == "ET":
                    types[j] = "EN"
                    j += step
    # W6, W7: other separators are neutral; European numbers in left-to-right text are L.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    strong = "L"
    for i, t in enumerate(types):
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    _pair_brackets(line, types)
    # N1, N2: neutrals between text of one direction take it, others the paragraph's (L).
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _direction(types[i - 1]) if i > 0 else "L"
        after = _direction(types[end]) if end < len(types) else "L"
        for j in range(i, end):
            types[j] = before if before == after else "L"
        i = end
    # I1; L1: whitespace at the end of the line goes back to the paragraph level.
    resolved = [0 if t == "L" else 1 if t == "R" else 2 for t in types]
    for i in range(len(line) - 1, -1, -1):
        if unicodedata.bidirectional(line[i]) not in ("WS", "S", "B", "BN", *_REMOVED):
            break
        resolved[i] = 0
    return resolved


def _direction(t: str) -> str:
    return "R" if t in ("R", "AN", "EN") else "L"


def _pair_brackets(line: str, types: list[str]) -> None:
    """N0: a pair of brackets around right-to-left text, after right-to-left
    text, is right to left too, so "דוד (רחוב 5)" keeps its brackets together."""
    pairs, stack = [], []
    for i, char in enumerate(line):
        if types[i] != "ON":
            continue
        if char in _OPENING:
            if len(stack) == 63:
                break
            stack.append((_OPENING[char], i))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        inside = {_direction(t) for t in types[opening + 1:closing] if t in ("L", "R", "EN", "AN")}
        if not inside:
            continue
        if "L" in inside:
            direction = "L"
        else:
            before = next((_direction(t) for t in reversed(types[:opening]) if t in ("L", "R", "EN", "AN")), "L")
            direction = "R" if before == "R" else "L"
        for i in (opening, closing):
            types[i] = direction
            j = i + 1
            while j < len(line) and unicodedata.bidirectional(line[j]) == "NSM":
                types[j] = direction
                j += 1


def visual_order(run_levels: Sequence[int]) -> list[int]:
    """Indices of runs (characters, or pieces of one level each) in display
    order, left to right (rule L2): every sequence at level k or above is
    reversed, from the highest level down to 1."""
    order = list(range(len(run_levels)))
    highest = max(run_levels, default=0)
    for level in range(highest, 0, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] < level:
                i += 1
                continue
            end = i
            while end < len(order) and run_levels[order[end]] >= level:
                end += 1
            order[i:end] = order[i:end][::-1]
            i = end
    return order


def mirrored(text: str) -> str:
    """``text`` with brackets swapped for their partners, as right-to-left text shows them."""
    return "".join(_MIRRORS.get(c, c) for c in text)


def is_right_to_left(level: int) -> bool:
    return level % 2 == 1


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` has a letter written right to left (Hebrew, Arabic, …)."""
    return any(unicodedata.bidirectional(c) in _STRONG_RIGHT for c in text)
