"""Validation stage: plausibility of each value and agreement between the halves."""

from .codes import all_codes
from .report import ValidationReport
from .rules import RuleConfigError, RuleSet, UnknownRuleError
from .validate import validate

__all__ = [
    "RuleConfigError",
    "RuleSet",
    "UnknownRuleError",
    "ValidationReport",
    "all_codes",
    "validate",
]
