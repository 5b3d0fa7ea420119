"""vacancy_parser: bilingual vacancy notices to structured, validated records.

>>> from vacancy_parser import parse
>>> result = parse("fixtures/seed003.txt")          # doctest: +SKIP
>>> result.flat.deadline, [i.code for i in result.issues]  # doctest: +SKIP
('2024-12-15', ['acronym_halves_differ'])
"""

from .api import parse, parse_text, validate
from .config import Options
from .errors import InputError, VacancyParserError
from .export.tables import to_arrow, to_pandas
from .model import Bilingual, FlatRecord, Issue, Located, ParseResult, Record, Span

__version__ = "0.1.0"

__all__ = [
    "Bilingual",
    "FlatRecord",
    "InputError",
    "Issue",
    "Located",
    "Options",
    "ParseResult",
    "Record",
    "Span",
    "VacancyParserError",
    "__version__",
    "parse",
    "parse_text",
    "to_arrow",
    "to_pandas",
    "validate",
]
