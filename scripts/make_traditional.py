"""Write kg/data/traditional.txt: traditional -> simplified character pairs, character by character.

Run at development time only (``pip install opencc``); the build reads the table, never OpenCC.
"""

from __future__ import annotations

from pathlib import Path

import opencc  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "traditional.txt"
HEADER = ("# Traditional -> simplified characters, one pair a line (generated with OpenCC's t2s,\n"
          "# character by character; scripts/make_traditional.py). Used to read traditional-character\n"
          "# text on a shadow.\n")


def pairs() -> list[str]:
    """Each CJK character (basic block and extension A) OpenCC turns into one other character."""
    convert = opencc.OpenCC("t2s").convert
    out = []
    for code in range(0x3400, 0xA000):
        char = chr(code)
        simple = convert(char)
        if len(simple) == 1 and simple != char:
            out.append(char + simple)
    return out


if __name__ == "__main__":
    OUT.write_text(HEADER + "".join(p + "\n" for p in pairs()), encoding="utf-8")
