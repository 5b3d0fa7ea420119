"""Errors a user can hit: each says what was wrong, where, and what to do."""

from __future__ import annotations


class VacancyParserError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(VacancyParserError):
    """The input cannot be read as a notice (missing, unreadable, unsupported).

    ``error`` is a stable class for batch reports: ``unreadable``, ``empty``, ``not_found``
    or ``too_large`` (over one of :class:`~vacancy_parser.config.Options`' limits).
    """

    def __init__(self, where: str, what: str, todo: str, error: str = "unreadable") -> None:
        self.where = where
        self.what = what
        self.todo = todo
        self.error = error
        super().__init__(f"{where}: {what}; {todo}")
