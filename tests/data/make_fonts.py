"""Subset DejaVu Sans (regular and bold) to the characters of English and French notices.

Run once; the outputs are committed so that the PDF tests need no system fonts:
``.venv/bin/python tests/data/make_fonts.py /usr/share/fonts/truetype/dejavu``.
DejaVu's licence (LICENSE-DejaVu.txt) allows modified copies under a name without
"Bitstream" or "Vera".
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

HERE = Path(__file__).resolve().parent
# ASCII, Latin-1 and Latin Extended-A, dashes/quotes/bullets, euro, ligatures.
UNICODES = "U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+FB00-FB06"


def main(source_dir: str) -> None:
    for name in ("DejaVuSans", "DejaVuSans-Bold"):
        options = subset.Options()
        options.layout_features = []
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(Path(source_dir) / f"{name}.ttf"), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
        subsetter.subset(font)
        font.save(str(HERE / f"{name}-subset.ttf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
