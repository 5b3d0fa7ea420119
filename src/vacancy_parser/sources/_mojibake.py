"""Repair UTF-8 that was read as Windows-1252 or Latin-1 (``Ã©`` -> ``é``, ``â€™`` -> ``’``),
or as Windows-1250 (``Ă©`` -> ``é``, pages passed through Central European sites).

Hand-written rather than ftfy: ftfy costs 37 ms to import and 6-10 ms per 38 KB
page (CHANGELOG), more than the whole text path, while the one kind of damage
met in saved pages is this one. Clean text pays two failed searches (~0.01 ms).
"""

from __future__ import annotations

import contextlib
import re


def _byte_table() -> dict[str, int]:
    """Each character a high byte becomes under cp1252 or Latin-1, back to that byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        table[chr(byte)] = byte
        with contextlib.suppress(UnicodeDecodeError):
            table[bytes([byte]).decode("cp1252")] = byte
    return table


_BYTE = _byte_table()


def _chars(low: int, high: int) -> str:
    return "".join(re.escape(ch) for ch, b in sorted(_BYTE.items()) if low <= b <= high)


_CONT = f"[{_chars(0x80, 0xBF)}]"
# A UTF-8 sequence seen through cp1252: a lead byte and its continuation bytes.
_SEQUENCE = re.compile(
    f"[{_chars(0xC2, 0xDF)}]{_CONT}|[{_chars(0xE0, 0xEF)}]{_CONT}{{2}}"
    f"|[{_chars(0xF0, 0xF4)}]{_CONT}{{3}}"
)
# Only these never occur in real English or French text, so only they start a repair: a
# Latin-1 letter lead (é, « and œ) or ``â`` before a C1 byte (every U+2000-U+2FFF symbol:
# quotes, dashes, €, ™, bullets). Two patterns, so that each scans fast.
_LETTER_LEADS = ("Ã", "Â", "Å")
_LETTER_MARKER = re.compile(f"[{''.join(_LETTER_LEADS)}]{_CONT}")
_SYMBOL_MARKER = re.compile(f"â[{_chars(0x80, 0x9F)}]")
# A right quote whose last byte (0x9D, undefined in cp1252) was lost to U+FFFD.
_LOST_QUOTE = ("â€\ufffd", "\u201d")


def _decode(match: re.Match[str]) -> str:
    try:
        return bytes(_BYTE[ch] for ch in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def _cp1250_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        with contextlib.suppress(UnicodeDecodeError):
            table[bytes([byte]).decode("cp1250")] = byte
    return table


_BYTE_1250 = _cp1250_table()
_CONT_1250 = "[" + "".join(re.escape(ch) for ch, b in sorted(_BYTE_1250.items()) if b <= 0xBF) + "]"
# "Ă" (0xC3 in cp1250) before a continuation byte: é, è, à, ç… seen through cp1250. A
# Romanian capital Ă is followed by a letter, never by ©, ¨ or ‰.
_MARKER_1250 = re.compile(f"Ă{_CONT_1250}")


def _decode_1250(match: re.Match[str]) -> str:
    try:
        return bytes(_BYTE_1250[ch] for ch in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


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
    return text
