"""Deterministic English/French identification of text blocks.

Measured (shared/MEASUREMENTS.md): langdetect with all profiles misreads short
lines (``Grade NATO Grade G20`` as Portuguese) and costs about 4 ms a call;
restricted to the English and French profiles it is right on every paragraph
at about 1 ms. So function-word counts decide first (microseconds, and right on
any line with two or more function words), and a seeded en/fr-only langdetect
is asked only about blocks the lexicon leaves open. Same input, same answer,
in any process.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from ..model import Lang
from ._vocab import ACCENTED, FUNCTION_WORDS

_ACCENTED = re.compile("[" + "".join(sorted(ACCENTED)) + "]")

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MIN_DETECTOR_WORDS = 4


def lexicon_scores(text: str) -> tuple[int, int]:
    """Count English and French function words (and French-only letters)."""
    en = fr = 0
    for word in _WORD.findall(text.lower()):
        if "'" in word:
            head = word.split("'", 1)[0]
            if head in ("l", "d", "qu", "n", "s", "j", "c", "m", "t"):
                fr += 1
                continue
        lang = FUNCTION_WORDS.get(word)
        if lang == "en":
            en += 1
        elif lang == "fr":
            fr += 1
    fr += len(_ACCENTED.findall(text)) // 3
    return en, fr


def detect(text: str) -> Lang | None:
    """The language of ``text``, or ``None`` when it cannot be told."""
    en, fr = lexicon_scores(text)
    if en + fr >= 2 and (en >= 2 * fr + 1 or fr >= 2 * en + 1):
        return "en" if en > fr else "fr"
    if len(text.split()) >= _MIN_DETECTOR_WORDS:
        return _detector_language(text)
    if en != fr:
        return "en" if en > fr else "fr"
    return None


def _detector_language(text: str) -> Lang | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text[:2000])
    try:
        lang = detector.detect()
    except LangDetectException:
        return None
    return "en" if lang == "en" else "fr" if lang == "fr" else None


@lru_cache(maxsize=1)
def _factory() -> Any:
    """A langdetect factory with only the en and fr profiles, seeded.

    Loaded on first use: most notices never need it, and loading all 55
    profiles costs half a second and 75 MB.
    """
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    factory.seed = 0
    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    profiles = []
    for code in ("en", "fr"):
        with open(os.path.join(folder, code), encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory.load_json_profile(profiles)
    return factory
