"""Errors a user can hit: each says what was wrong, where, and what to do."""

from __future__ import annotations


class VacancyParserError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(VacancyParserError):
    """The input cannot be read as a notice (missing, unreadable, unsupported)."""

    def __init__(self, where: str, what: str, todo: str) -> None:
        self.where = where
        self.what = what
        self.todo = todo
        super().__init__(f"{where}: {what}; {todo}")
