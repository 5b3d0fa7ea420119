"""Speed of PDF input against its floor, and memory over a long file, in one run.

Seed 003 drawn as a 12-page single-column PDF (tests/pdfgen.py). Per page:

- floor: pypdfium2 opens the file and extracts each page's text (``get_text_range``);
- pdfplumber's plain ``extract_text``, page by page, each page closed;
- ours: ``vacancy_parser.parse`` of the PDF bytes (record, issues, flat record)
  with each engine.

Target: the default engine's full parse within 2.5 x the floor per page. Then
the peak RSS of parsing a 100-page file, in a fresh process per engine, against
a fresh interpreter's: it must stay within 100 MB above it.

    python benchmarks/parse_pdf.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from timing import median_ms

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import pdfgen  # noqa: E402

TARGET = 2.5
RSS_BUDGET_MB = 100.0

# Peak RSS of the child itself. Linux carries ru_maxrss over fork+exec (a child
# starts at its parent's size), so read the high-water mark of the child's own
# memory (VmHWM) where there is one; ru_maxrss elsewhere.
_RSS = """
import resource, sys
from pathlib import Path
{work}
try:
    status = Path("/proc/self/status").read_text()
    print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
except (OSError, StopIteration):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_PARSE = """
from vacancy_parser import parse
from vacancy_parser.config import Options
result = parse(Path(sys.argv[1]), options=Options(pdf_engine=sys.argv[2]))
assert result.flat.kind == "vacancy", result.flat
"""


def floor(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    chars = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return chars


def plumber_text(data: bytes) -> int:
    import pdfplumber

    chars = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars += len(page.extract_text())
            page.close()
    return chars


def ours(engine: str) -> Callable[[bytes], object]:
    from vacancy_parser import parse
    from vacancy_parser.config import Options

    options = Options(pdf_engine=engine)  # type: ignore[arg-type]

    def run(data: bytes) -> object:
        return parse(data, name="seed003.pdf", options=options).flat

    return run


def peak_rss_mb(work: str, *args: str) -> float:
    code = _RSS.format(work=work)
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return int(out.stdout.split()[-1]) / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="runs of the fast measures")
    args = parser.parse_args()
    slow = max(3, args.repeat // 10)

    data, _ = pdfgen.single_column(pdfgen.seed_text("seed003.txt"), size=10.5)
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(data))
    rows = [
        ("pypdfium2 get_text_range (floor)", median_ms(floor, data, args.repeat)),
        ("ours, pdfium engine (default)", median_ms(ours("pdfium"), data, args.repeat)),
        ("ours, pdfplumber engine", median_ms(ours("pdfplumber"), data, slow)),
        ("pdfplumber extract_text", median_ms(plumber_text, data, slow)),
    ]
    base = rows[0][1] / pages
    print(f"seed 003 as a {pages}-page single-column PDF ({len(data) / 1024:.0f} KB), ms per page:")
    for name, ms in rows:
        print(f"  {name:36} {ms / pages:8.2f} ms/page  {ms / pages / base:6.1f} x floor")
    ratio = rows[1][1] / rows[0][1]
    verdict = "ok" if ratio <= TARGET else "OVER TARGET"
    print(f"default engine: {ratio:.2f} x the floor (target <= {TARGET}): {verdict}")

    long_pdf, _ = pdfgen.long_notice(100)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.pdf"
        path.write_bytes(long_pdf)
        baseline = peak_rss_mb("")
        print(
            f"peak RSS over a {len(pdfium.PdfDocument(long_pdf))}-page file "
            f"({len(long_pdf) / 1024:.0f} KB); interpreter alone {baseline:.0f} MB:"
        )
        for engine in ("pdfium", "pdfplumber"):
            peak = peak_rss_mb(_PARSE, str(path), engine)
            extra = peak - baseline
            verdict = "ok" if extra <= RSS_BUDGET_MB else "OVER BUDGET"
            print(
                f"  {engine:10} {peak:6.0f} MB  (+{extra:.0f} MB, budget +{RSS_BUDGET_MB:.0f}): {verdict}"
            )


if __name__ == "__main__":
    main()
