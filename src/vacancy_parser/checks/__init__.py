"""Validation stage: plausibility of each value and agreement between the halves."""

from .codes import all_codes
from .flat import validate_flat
from .validate import validate

__all__ = ["all_codes", "validate", "validate_flat"]
