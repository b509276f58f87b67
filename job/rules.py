"""The rules data (`config/rules.json`): which paths and changed lines signal each category.

This module loads and validates the data and compiles its globs and patterns; `classify.py` applies
them. Per-relationship overrides from the relationships config are merged here too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from job.config import DIVERGENT_CONCERNS, SHARED_CONCERNS, TRIGGERS, RuleOverride, json_path
from job.errors import ConfigError

CATEGORIES = tuple(dict.fromkeys(TRIGGERS + SHARED_CONCERNS + DIVERGENT_CONCERNS))


@lru_cache(maxsize=4096)
def glob_regex(glob: str) -> re.Pattern[str]:
    """Compile a gitignore-style glob: `*` stays within a folder, `**/` spans folders, and a glob
    without a slash matches the file name in any folder."""
    if "/" not in glob:
        glob = "**/" + glob
    out = ""
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif glob.startswith("**", i):
            out += ".*"
            i += 2
        elif glob[i] == "*":
            out += "[^/]*"
            i += 1
        elif glob[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(glob[i])
            i += 1
    return re.compile(out + r"\Z", re.IGNORECASE)


def path_matches(path: str, globs: tuple[str, ...] | list[str]) -> bool:
    return any(glob_regex(g).match(path) for g in globs)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DiffPattern(_Strict):
    pattern: str
    paths: list[str] = []

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
        return value


class CategoryRules(_Strict):
    description: str = ""
    paths: list[str] = []
    diff_patterns: list[DiffPattern | str] = []


class RulesFile(_Strict):
    version: int
    noise: list[str]
    no_evidence: list[str] = []
    categories: dict[str, CategoryRules]

    @field_validator("categories")
    @classmethod
    def _known(cls, value: dict[str, CategoryRules]) -> dict[str, CategoryRules]:
        unknown = sorted(set(value) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown categories {unknown}; expected some of {list(CATEGORIES)}")
        return value


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    paths: tuple[str, ...] = ()

    def applies_to(self, path: str) -> bool:
        return not self.paths or path_matches(path, self.paths)


@dataclass(frozen=True)
class Category:
    name: str
    paths: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class Rules:
    """Compiled rules: noise globs (left out of change sets), no-evidence globs (kept, but never
    evidence: docs and tests), and per category its path globs and changed-line patterns."""

    noise: tuple[str, ...]
    no_evidence: tuple[str, ...]
    categories: dict[str, Category] = field(default_factory=dict)
    version: int = 1

    def with_overrides(self, overrides: dict[str, RuleOverride]) -> Rules:
        if not overrides:
            return self
        merged = dict(self.categories)
        for name, extra in overrides.items():
            base = merged.get(name, Category(name))
            merged[name] = Category(
                name,
                base.paths + tuple(extra.paths),
                base.patterns + tuple(Pattern(re.compile(p, re.IGNORECASE)) for p in extra.diff_patterns),
            )
        return Rules(self.noise, self.no_evidence, merged, self.version)


def parse_rules(text: str, source: str) -> Rules:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    try:
        parsed = RulesFile.model_validate(raw)
    except ValidationError as exc:
        problems = [f"{source}: {json_path(e['loc'])}: {str(e['msg']).removeprefix('Value error, ')}" for e in exc.errors()]
        raise ConfigError(f"{source}: {len(problems)} problem(s) in the rules", problems) from None
    if parsed.version != 1:
        raise ConfigError(f"{source}: $.version: rules version {parsed.version} is not supported; expected 1")
    categories = {}
    for name, cat in parsed.categories.items():
        patterns = []
        for p in cat.diff_patterns:
            dp = p if isinstance(p, DiffPattern) else DiffPattern(pattern=p)
            patterns.append(Pattern(re.compile(dp.pattern, re.IGNORECASE), tuple(dp.paths)))
        categories[name] = Category(name, tuple(cat.paths), tuple(patterns))
    return Rules(tuple(parsed.noise), tuple(parsed.no_evidence), categories, parsed.version)
