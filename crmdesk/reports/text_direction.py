"""Right-to-left text inside the left-to-right documents crmdesk writes.

reportlab lays text out left to right and leaves the Unicode Bidirectional
Algorithm (UAX #9) to an optional library that is not on PyPI, so a Hebrew
or Arabic name would print with its letters and words backwards. This module
finds a paragraph's direction from its first strong letter (rules P2, P3),
resolves the embedding level of every character of it (rules W1–W7, N0–N2,
I1–I2 and L1 of UAX #9, N0 for the common brackets; explicit embeddings and
isolates are rare in names and are read as neutral characters) and orders
the runs of one line for display (rule L2): a paragraph is broken into lines
first, in its logical order, and each line is then ordered by itself. The
tests check it against python-bidi.
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


def paragraph_level(text: str) -> int:
    """The direction of a paragraph (no line breaks in it) as its embedding
    level: 1 (right to left) if its first strong letter, outside isolates, is
    Hebrew, Arabic or another right-to-left script, else 0 (rules P2, P3)."""
    isolated = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            isolated += 1
        elif kind == "PDI":
            isolated = max(0, isolated - 1)
        elif not isolated and kind == "L":
            return 0
        elif not isolated and kind in _STRONG_RIGHT:
            return 1
    return 0


def levels(line: str, base: int = 0) -> list[int]:
    """The embedding level of each character of ``line`` (a paragraph, no line
    breaks in it) whose direction is ``base`` (0 left to right, 1 right to
    left): even levels are left to right, odd ones right to left; numbers
    inside right-to-left text and left-to-right text inside a right-to-left
    paragraph are at level 2."""
    sos = "R" if base % 2 else "L"  # the paragraph's direction, also at its start and end
    types = [unicodedata.bidirectional(c) or "L" for c in line]
    removed = [t in _REMOVED for t in types]
    # W1: a combining mark (and a removed character) takes the type of the character before it.
    previous = sos
    for i, t in enumerate(types):
        if t == "NSM" or removed[i]:
            types[i] = "ON" if previous in ("LRI", "RLI", "FSI", "PDI") else previous
        previous = types[i]
    # W2, W3: European digits after Arabic letters are Arabic numbers; Arabic letters are R.
    strong = sos
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
    strong = sos
    for i, t in enumerate(types):
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    _pair_brackets(line, types, sos)
    # N1, N2: neutrals between text of one direction take it, others the paragraph's.
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _direction(types[i - 1]) if i > 0 else sos
        after = _direction(types[end]) if end < len(types) else sos
        for j in range(i, end):
            types[j] = before if before == after else sos
        i = end
    # I1, I2; L1: whitespace at the end of the line goes back to the paragraph level.
    if sos == "L":
        resolved = [0 if t == "L" else 1 if t == "R" else 2 for t in types]
    else:
        resolved = [1 if t == "R" else 2 for t in types]
    level = 1 if sos == "R" else 0
    for i in range(len(line) - 1, -1, -1):
        if unicodedata.bidirectional(line[i]) not in ("WS", "S", "B", "BN", *_REMOVED):
            break
        resolved[i] = level
    return resolved


def _direction(t: str) -> str:
    return "R" if t in ("R", "AN", "EN") else "L"


def _pair_brackets(line: str, types: list[str], embedding: str) -> None:
    """N0: a pair of brackets takes the paragraph's direction (``embedding``)
    if the text inside has it; around text of the other direction only, the
    direction of the text before them, so "דוד (רחוב 5)" keeps its brackets
    together."""
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
        if embedding in inside:
            direction = embedding
        else:
            before = next((_direction(t) for t in reversed(types[:opening]) if t in ("L", "R", "EN", "AN")),
                          embedding)
            direction = embedding if before == embedding else before
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
