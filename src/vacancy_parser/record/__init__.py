"""Record stage: the fields found in each half, assembled into a :class:`~vacancy_parser.model.Record`."""

from .build import build_record

__all__ = ["build_record"]
