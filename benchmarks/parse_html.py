"""Speed of the HTML path against lxml parsing alone, in one run (ratios are the stable numbers).

Page: fixtures/html/board_en_fr.html, seed 003 (English and French) saved from a
job board with its chrome, scripts, cookie banner, related jobs and JSON-LD
(45 KB). Floor: read the file and ``lxml.html.document_fromstring`` it. Ours:
``vacancy_parser.parse`` of the same file with the JSON of the full and flat
records, as benchmarks/parse_text.py measures the text path; and the HTML
source alone (decode, repair, extract, anchors, JSON-LD).

    python benchmarks/parse_html.py [PAGE.html] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from timing import median_ms

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = ROOT / "fixtures" / "html" / "board_en_fr.html"


def lxml_alone(path: Path) -> object:
    import lxml.html

    return lxml.html.document_fromstring(path.read_bytes())


def source_alone(path: Path) -> object:
    from vacancy_parser.sources import load

    return load(path)


def ours(path: Path) -> str:
    from vacancy_parser import parse

    result = parse(path)
    return result.record.model_dump_json() + json.dumps(result.flat.model_dump(mode="json"))


def bench_html(page: Path = DEFAULT_PAGE, repeat: int = 200) -> list[tuple[str, float]]:
    """(name, median ms): ours first, lxml parsing alone second, then the HTML source alone."""
    return [
        (f"parse + JSON ({page.name})", median_ms(ours, page, repeat)),
        ("lxml parsing alone (read + parse)", median_ms(lxml_alone, page, repeat)),
        ("HTML source alone (sources.load)", median_ms(source_alone, page, repeat)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path, default=DEFAULT_PAGE)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    rows = bench_html(args.page, args.repeat)
    print(f"page: {args.page.name} ({args.page.stat().st_size / 1024:.1f} KB)")
    for name, ms in rows:
        print(f"{name:42} {ms:8.3f} ms")
    print(f"html ratio: {rows[0][1] / rows[1][1]:.1f} x lxml parsing alone")


if __name__ == "__main__":
    main()
