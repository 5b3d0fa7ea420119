"""Every pattern runs in linear time on adversarial input.

Each shape is parsed at two sizes in one run; the time at 8x the input must stay
under 20x the time at 1x (linear growth would be 8x). A growth ratio with a wide
margin, never an absolute time, so that a slow machine cannot fail it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from vacancy_parser import Options, parse_text
from vacancy_parser.layout._vocab import CHROME_LINE

GROWTH = 8
_MAX_LINE = Options().max_line_chars
MAX_RATIO = 20
# Below this, timer noise dominates; the base input is grown until it takes longer.
_FLOOR_SECONDS = 0.02

SHAPES: dict[str, Callable[[int], str]] = {
    "dash, spaces, word": lambda n: "-" + " " * 400 * n + "text",
    "blank lines in a contract section": lambda n: (
        "Title\n\n6. CONTRACT\n" + "\n" * 400 * n + "contract of three years"
    ),
    "blank lines": lambda n: "\n" * 2000 * n + "x",
    "spaced blank lines before a label": lambda n: " \n" * 2000 * n + "Primary Location",
    "grade mentions on one line": lambda n: "Grade: " + "G15 and grade G17 " * 400 * n,
    "spaces": lambda n: " " * 5000 * n,
    "spaces under a title": lambda n: "Officer (Registry)\n" + " " * 5000 * n + "x\n",
    "digits": lambda n: "1" * 5000 * n,
    "dots": lambda n: "." * 5000 * n,
    "repeated labels": lambda n: "Grade: G15\n" * 300 * n,
    "one huge line of words": lambda n: "word " * 2000 * n,
    "colons and capitals": lambda n: "Location: Brussels Grade: G15 Salary: " * 200 * n,
    "salary words": lambda n: "salary salaire pay " * 500 * n,
    "spaces after vacancy": lambda n: "Staff vacancy" + " " * 5000 * n + "x",
    "spaces after grade": lambda n: "The grade" + " " * 5000 * n + "x",
    "spaces between amounts": lambda n: "Salary: 4,000" + " " * 5000 * n + "5,000",
    "spaces after a notice's heading": lambda n: "Vacancy notice" + " " * 5000 * n + "12x",
    "spaces in a dated headline": lambda n: "Poste au Bureau" + " " * 5000 * n + "x (12 mai 2025)",
    "spaces before a counted employer": lambda n: "12 positions" + " " * 5000 * n + "x",
    "spaces after an offering body's name": lambda n: "The European Agency" + " " * 5000 * n + "x",
    "spaces under a related-documents heading": lambda n: "Similar documents\n" + " " * 5000 * n,
    "spaces in a gazette headline": lambda n: "Vacance d'un emploi de " + " " * 5000 * n + "x",
}


def _best(run: Callable[[str], object], text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return min(times)


def _growth(make: Callable[[int], str], run: Callable[[str], object]) -> float:
    base = 1
    small = _best(run, make(base))
    # The large input stays within the default line limit, or it is refused unread.
    while small < _FLOOR_SECONDS and len(make(base * 2 * GROWTH)) <= _MAX_LINE:
        base *= 2
        small = _best(run, make(base))
    large = _best(run, make(base * GROWTH))
    return large / small


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parsing_grows_linearly(shape: str) -> None:
    ratio = _growth(SHAPES[shape], parse_text)
    assert ratio < MAX_RATIO, f"{shape}: {GROWTH}x the input took {ratio:.1f}x the time"


# A run the chrome line's alternatives could split two ways: after a number, a date,
# a bracket or a deadline label (the fuzzer's "3" and 20,000 tabs took 3 s).
CHROME_SHAPES: dict[str, Callable[[int], str]] = {
    "a dash and spaces": lambda n: "-" + " " * 2000 * n + "text",
    "a number and tabs": lambda n: "3" + "\t" * 2000 * n + "x",
    "a date and tabs": lambda n: "12 May 2024" + "\t" * 2000 * n + "x",
    "a bracket and spaces": lambda n: "(" + " " * 2000 * n + "x",
    "a deadline and dots": lambda n: "deadline:" + "." * 2000 * n + "x",
}


@pytest.mark.parametrize("shape", sorted(CHROME_SHAPES))
def test_the_chrome_pattern_grows_linearly(shape: str) -> None:
    ratio = _growth(CHROME_SHAPES[shape], CHROME_LINE.match)
    assert ratio < MAX_RATIO, f"{shape}: {GROWTH}x the input took {ratio:.1f}x the time"
