"""Write the bad-PDF fixtures of fixtures/pdf/bad (committed; run again to rebuild them).

    python -m tests.make_bad_pdfs

Each file is one way a PDF goes wrong in an archive; tests/test_pdf.py holds the
error or issue each must give.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from . import pdfgen

BAD = Path(__file__).resolve().parent.parent / "fixtures" / "pdf" / "bad"
NOTICE = "seed004.txt"


def _scanned_pages(count: int) -> bytes:
    """Pages holding only an image of text: what a scanner without OCR makes."""
    pdf = pdfgen._Pdf(pdfgen.PLAIN, 10.0)
    for number in range(count):
        image = Image.new("L", (420, 594), 255)
        draw = ImageDraw.Draw(image)
        for row in range(40, 560, 14):
            draw.line((40, row, 380 - (row * 7 + number * 31) % 90, row), fill=60, width=3)
        pdf.add_page()
        pdf.image(image, x=pdfgen.MARGIN, y=pdfgen.TOP, w=pdfgen.WIDTH - 2 * pdfgen.MARGIN)
    return bytes(pdf.output())


def _encrypted(user_password: str) -> bytes:
    """The notice, encrypted; an empty user password opens without asking."""
    data, _ = pdfgen.single_column(
        pdfgen.seed_text(NOTICE), furniture=pdfgen.DASHES, password=user_password
    )
    return data


def _partly_scanned() -> bytes:
    """The notice with three scanned pages spliced in as pages 3-5."""
    data, _ = pdfgen.single_column(pdfgen.seed_text(NOTICE), furniture=pdfgen.DASHES)
    notice = pdfium.PdfDocument(data)
    scans = pdfium.PdfDocument(_scanned_pages(3))
    notice.import_pages(scans, index=2)
    out = io.BytesIO()
    notice.save(out)
    return out.getvalue()


def _zero_pages() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def fixtures() -> dict[str, bytes]:
    notice, _ = pdfgen.single_column(pdfgen.seed_text(NOTICE), furniture=pdfgen.DASHES)
    return {
        "encrypted_password.pdf": _encrypted("secret"),
        "encrypted_empty_password.pdf": _encrypted(""),
        "truncated.pdf": notice[: len(notice) // 2],
        "zero_pages.pdf": _zero_pages(),
        "scanned.pdf": _scanned_pages(2),
        "partly_scanned.pdf": _partly_scanned(),
        "not_a_pdf.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 8,
    }


def main() -> None:
    BAD.mkdir(parents=True, exist_ok=True)
    for name, data in fixtures().items():
        (BAD / name).write_bytes(data)
        print(f"{BAD / name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
