"""Per-character definitions that ``kg.clean``'s run-based cleaning is checked against.

``kg.clean`` builds offset maps as runs and cleans a story's lines in one go; these keep one offset per
character, the plain way the same results are defined.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import ne, sub

from kg.clean import Piece, _space_edits
from kg.model import Span


def from_offsets(text: str, offsets: Sequence[int]) -> Piece:
    """A ``Piece`` for ``text`` whose i-th character comes from source offset ``offsets[i]``."""
    if len(text) != len(offsets):
        raise ValueError("one offset per character is needed")
    if not text:
        return Piece(text=text)
    # where the map jumps (offsets[i] != offsets[i - 1] + 1), found in C rather than per character
    cuts = compress(count(1), map(ne, map(sub, offsets[1:], offsets), repeat(1)))
    bounds = [0, *cuts, len(text)]
    return Piece(text=text, spans=tuple(Span(start=a, source_start=offsets[a], length=b - a)
                                        for a, b in zip(bounds, bounds[1:])))


def normalise_spaces(text: str, offsets: Sequence[int]) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space; drop them between CJK and digits or next to CJK punctuation."""
    chars: list[str] = []
    offs: list[int] = []
    pos = 0
    for i, j, space in _space_edits(text):
        chars.append(text[pos:i])
        offs += offsets[pos:i]
        if space:
            chars.append(space)
            offs.append(offsets[i])
        pos = j
    chars.append(text[pos:])
    offs += offsets[pos:]
    return "".join(chars), offs
