"""Traditional-character text read as simplified: a shadow of the same length, character for character."""

from __future__ import annotations

import functools
from pathlib import Path

from kg.compiled import regex

# Common characters printed only in traditional text (國, 區, 會, 與…): three distinct ones mark a
# traditional-character article, which is then read on a simplified shadow of the same length
TRADITIONAL_MARK = regex("[國區會與為這發於說們個來時對業經開產資記報簽雙後電進醫術過還應際長門間關東書黨"
                         "設實現協議訊幣億萬擴園範圍辦處廳廠項員學專導講]")
TRADITIONAL_TABLE = Path(__file__).resolve().parent / "data" / "traditional.txt"


@functools.cache
def _simplified_table() -> dict[int, int]:
    """kg/data/traditional.txt as a ``str.translate`` table: each traditional character to its simplified
    one (one for one, so that a translated text keeps every offset)."""
    pairs = TRADITIONAL_TABLE.read_text(encoding="utf-8").splitlines()
    return {ord(line[0]): ord(line[1]) for line in pairs if len(line) == 2}


def is_traditional(text: str) -> bool:
    """Whether ``text`` is printed in traditional characters: three distinct common traditional-only
    characters in it (a simplified article quoting one firm's traditional name is not)."""
    return len({match[0] for match in TRADITIONAL_MARK.finditer(text)}) >= 3


def simplify(text: str) -> str:
    """``河源高新區`` → ``河源高新区``: a traditional-character text as a simplified shadow of the same
    length, character for character (offsets stay valid); any other text is returned as it is."""
    if not is_traditional(text):
        return text
    return text.translate(_simplified_table())
