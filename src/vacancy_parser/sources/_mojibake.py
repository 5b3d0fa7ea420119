"""Repair UTF-8 that was read as Windows-1252 or Latin-1 (``Ã©`` -> ``é``, ``â€™`` -> ``’``),
or as Windows-1250 (``Ă©`` -> ``é``, pages passed through Central European sites); and the
ideographic spaces that indent Chinese pages' lines, read as Latin-1 (``¡¡¡¡``).

Hand-written rather than ftfy: ftfy costs 37 ms to import and 6-10 ms per 38 KB
page (CHANGELOG), more than the whole text path, while the one kind of damage
met in saved pages is this one. Clean text pays two failed searches (~0.01 ms).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable


def _byte_table(*codecs: str) -> dict[str, int]:
    """Each character a high byte becomes under ``codecs`` (later ones win), back to
    that byte."""
    table: dict[str, int] = {}
    for codec in codecs:
        for byte in range(0x80, 0x100):
            with contextlib.suppress(UnicodeDecodeError):
                table[bytes([byte]).decode(codec)] = byte
    return table


def _chars(table: dict[str, int], low: int, high: int) -> str:
    return "".join(re.escape(ch) for ch, b in sorted(table.items()) if low <= b <= high)


def _decoder(table: dict[str, int]) -> Callable[[re.Match[str]], str]:
    """The match's characters back to their bytes, read as UTF-8; left alone if they
    are no UTF-8."""

    def decode(match: re.Match[str]) -> str:
        try:
            return bytes(table[ch] for ch in match.group()).decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    return decode


_BYTE = _byte_table("latin-1", "cp1252")
_CONT = f"[{_chars(_BYTE, 0x80, 0xBF)}]"
# A UTF-8 sequence seen through cp1252: a lead byte and its continuation bytes.
_SEQUENCE = re.compile(
    f"[{_chars(_BYTE, 0xC2, 0xDF)}]{_CONT}|[{_chars(_BYTE, 0xE0, 0xEF)}]{_CONT}{{2}}"
    f"|[{_chars(_BYTE, 0xF0, 0xF4)}]{_CONT}{{3}}"
)
# Only these never occur in real English or French text, so only they start a repair: a
# Latin-1 letter lead (é, « and œ) or ``â`` before a C1 byte (every U+2000-U+2FFF symbol:
# quotes, dashes, €, ™, bullets). Two patterns, so that each scans fast.
_LETTER_LEADS = ("Ã", "Â", "Å")
_LETTER_MARKER = re.compile(f"[{''.join(_LETTER_LEADS)}]{_CONT}")
_SYMBOL_MARKER = re.compile(f"â[{_chars(_BYTE, 0x80, 0x9F)}]")
# A right quote whose last byte (0x9D, undefined in cp1252) was lost to U+FFFD.
_LOST_QUOTE = ("â€\ufffd", "\u201d")
_decode = _decoder(_BYTE)

_BYTE_1250 = _byte_table("cp1250")
# "Ă" (0xC3 in cp1250) before a continuation byte: é, è, à, ç… seen through cp1250. A
# Romanian capital Ă is followed by a letter, never by ©, ¨ or ‰.
_MARKER_1250 = re.compile(f"Ă[{_chars(_BYTE_1250, 0x80, 0xBF)}]")
_decode_1250 = _decoder(_BYTE_1250)


# Chinese pages indent paragraphs with two ideographic spaces, bytes A1 A1 A1 A1 in GBK,
# which Latin-1 shows as "¡¡¡¡" at the start of every line.
_GBK_INDENT = "¡¡¡¡"
_GBK_INDENT_RUN = re.compile(r"^[ \t]*(?:¡¡){2,}", re.M)


def has_mojibake(text: str) -> bool:
    if _SYMBOL_MARKER.search(text):
        return True
    return any(lead in text for lead in _LETTER_LEADS) and bool(_LETTER_MARKER.search(text))


def repair(text: str) -> str:
    """``text`` with mis-decoded UTF-8 sequences decoded again; twice-garbled text too."""
    for _ in range(2):
        if not has_mojibake(text):
            break
        text = _SEQUENCE.sub(_decode, text.replace(*_LOST_QUOTE))
    if "Ă" in text:
        text = _MARKER_1250.sub(_decode_1250, text)
    if _GBK_INDENT in text:
        text = _GBK_INDENT_RUN.sub("", text)
    return text
