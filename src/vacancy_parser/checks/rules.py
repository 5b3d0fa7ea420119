"""Which rules run and how severe they are, as linters do it.

``select`` keeps only the codes it names (a code, or a prefix such as ``salary_``),
``ignore`` switches codes off, ``severity`` changes a code's severity and
``strict`` turns every warning into an error. The same settings can stand in a
``[tool.vacancy-parser]`` table of ``pyproject.toml``. A name that matches no
code is an error: a misspelt rule must not silently switch nothing off.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, get_args

from ..errors import VacancyParserError
from ..model import Issue, Severity
from .codes import all_codes

TABLE = "vacancy-parser"
SETTINGS = ("select", "ignore", "strict", "severity")


class RuleConfigError(VacancyParserError, ValueError):
    """Rule settings that cannot be applied: an unknown rule, a bad severity or setting."""


class UnknownRuleError(RuleConfigError):
    """A rule name (code or prefix) in ``select``, ``ignore`` or ``severity`` matches no code."""


@dataclass(frozen=True)
class RuleSet:
    """Rule settings; ``origin`` says where they come from, for error messages."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    strict: bool = False
    severity: Mapping[str, Severity] = field(default_factory=dict)
    origin: str = "the rule settings"
    _effective: dict[str, Severity | None] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        codes = {c.code: c.severity for c in all_codes()}
        for setting, names in (("select", self.select), ("ignore", self.ignore)):
            for name in names:
                if not any(code.startswith(name) for code in codes):
                    raise UnknownRuleError(_unknown(name, setting, self.origin, codes))
        for name, level in self.severity.items():
            if name not in codes:
                raise UnknownRuleError(_unknown(name, "severity", self.origin, codes))
            if level not in get_args(Severity):
                raise RuleConfigError(
                    f"{self.origin}: severity of {name} is {level!r}; use error, warning or info"
                )
        for code, default in codes.items():
            kept = not self.select or any(code.startswith(s) for s in self.select)
            if not kept or any(code.startswith(s) for s in self.ignore):
                self._effective[code] = None
                continue
            level = self.severity.get(code, default)
            self._effective[code] = "error" if self.strict and level == "warning" else level

    def apply(self, issues: Iterable[Issue]) -> list[Issue]:
        """The issues these settings keep, each with its severity after them."""
        out: list[Issue] = []
        for issue in issues:
            level = self._effective.get(issue.code, issue.severity)
            if level is None:
                continue
            out.append(
                issue if level == issue.severity else issue.model_copy(update={"severity": level})
            )
        return out

    def overridden(
        self, select: Iterable[str] = (), ignore: Iterable[str] = (), strict: bool = False
    ) -> RuleSet:
        """These settings with a command line's on top: its ``select`` replaces, its
        ``ignore`` adds, its ``strict`` can only switch strictness on."""
        select = tuple(select)
        return replace(
            self,
            select=select or self.select,
            ignore=self.ignore + tuple(ignore),
            strict=self.strict or strict,
            origin="the command line" if select or ignore else self.origin,
        )


def _unknown(name: str, setting: str, origin: str, codes: Iterable[str]) -> str:
    close = sorted(c for c in codes if name.rstrip("_").split("_")[0] in c)[:5]
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return (
        f"{origin}: {setting} names {name!r}, which is no issue code or prefix of one{hint}; "
        "see `vacancy-parser codes`"
    )


def find_pyproject(start: Path) -> Path | None:
    """The first ``pyproject.toml`` from ``start`` upward that has a
    ``[tool.vacancy-parser]`` table."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and TABLE in _read(candidate).get("tool", {}):
            return candidate
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleConfigError(f"{path}: cannot be read as TOML ({exc}); fix or remove it") from None


def from_pyproject(start: Path | None = None) -> RuleSet:
    """Settings of the nearest ``[tool.vacancy-parser]`` table (none: the defaults)."""
    path = find_pyproject((start or Path.cwd()).resolve())
    if path is None:
        return RuleSet()
    table = _read(path)["tool"][TABLE]
    where = f"{path} [tool.{TABLE}]"
    unknown = sorted(set(table) - set(SETTINGS))
    if unknown:
        raise RuleConfigError(
            f"{where}: unknown setting {', '.join(unknown)}; the settings are {', '.join(SETTINGS)}"
        )
    names: dict[str, tuple[str, ...]] = {}
    for setting in ("select", "ignore"):
        value = table.get(setting, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RuleConfigError(f"{where}: {setting} must be a list of codes or prefixes")
        names[setting] = tuple(value)
    strict = table.get("strict", False)
    severity = table.get("severity", {})
    if not isinstance(strict, bool):
        raise RuleConfigError(f"{where}: strict must be true or false")
    if not isinstance(severity, dict):
        raise RuleConfigError(f'{where}: severity must be a table such as {{code = "error"}}')
    return RuleSet(
        select=names["select"],
        ignore=names["ignore"],
        strict=strict,
        severity=severity,
        origin=where,
    )
