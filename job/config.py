"""The relationships config (`config/relationships.json`): its schema, validation and normalised form.

The seed schema is kept as it is, so existing configs load. Every field that real configs carry is
either implemented or rejected with a message naming the file and the JSON path; unknown fields are
errors, never silently ignored. Reading the file from disk or GCS is the caller's business.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from job.errors import ConfigError

TRIGGERS = ("api_contract", "authentication", "deployment", "configuration", "endpoints")
SHARED_CONCERNS = (
    "infrastructure", "docker", "deployment", "gpu_configuration", "health_checks", "logging", "monitoring",
)
DIVERGENT_CONCERNS = ("application_logic", "model_specific", "api_endpoints", "business_logic")
URGENCIES = ("critical", "high", "medium", "low")
SUPPORTED_MAJOR = 1

Trigger = Literal["api_contract", "authentication", "deployment", "configuration", "endpoints"]
SharedConcern = Literal[
    "infrastructure", "docker", "deployment", "gpu_configuration", "health_checks", "logging", "monitoring",
]
DivergentConcern = Literal["application_logic", "model_specific", "api_endpoints", "business_logic"]
UrgencyName = Literal["critical", "high", "medium", "low"]
Action = Literal["create_issue_immediately", "create_issue", "add_to_digest", "ignore"]

REPO_RE = r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
RepoName = Annotated[str, Field(pattern=REPO_RE)]
Label = Annotated[str, Field(min_length=1, max_length=50)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleOverride(_Strict):
    """Extra path globs and diff patterns for one category, for one relationship."""

    paths: list[str] = []
    diff_patterns: list[str] = []

    @field_validator("diff_patterns")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
        return value


def _check_relative_paths(value: list[str]) -> list[str]:
    for path in value:
        if not path or path.startswith("/") or ".." in path.split("/"):
            raise ValueError(f"{path!r} must be a path relative to the repository root")
    return value


PRIVATE_DOC = (
    "Treat the watched repo as private for this relationship, whatever its visibility: the dependent's "
    "issues carry the analysis but no diff excerpts, changed lines or commit messages (for a public "
    "dependent of a repo whose visibility the source cannot tell, such as a git URL)."
)


UNUSED_DOC = (
    "Globs over the watched repo's paths this consumer never reaches (the routes and resources its client "
    "does not wrap, an admin UI, server-side integrations): a change there is no evidence for it, and a "
    "change set that touches nothing else is not sent to the model. Shared code (auth, routing, "
    "serialisation, the models of what it uses) does not belong here. A leading `/` anchors a glob at the "
    "root (`/pyproject.toml`)."
)

UNUSED_TEMPLATE_DOC = (
    "Globs over the template's paths this fork never carried (a generator's own tests, CI, docs and "
    "packaging outside the tree it generates): a change there is no evidence for it, and a change set that "
    "touches nothing else is not sent to the model. What the fork replaced with its own belongs in a `rules` "
    "override of a divergent concern instead. A leading `/` anchors a glob at the root (`/pyproject.toml`)."
)


def _check_globs(value: list[str]) -> list[str]:
    """Globs relative to the repository root; a leading `/` anchors one there, as in .gitignore."""
    _check_relative_paths([g[1:] if g.startswith("/") else g for g in value])
    return value


class Consumer(_Strict):
    repo: RepoName
    relationship_type: Literal["api_consumer"]
    description: str = ""
    interface_files: list[str] = []
    change_triggers: list[Trigger] = Field(min_length=1)
    urgency_mapping: dict[Trigger, UrgencyName] = {}
    labels: list[Label] = []
    rules: dict[Trigger, RuleOverride] = {}
    unused_paths: list[str] = Field(default=[], description=UNUSED_DOC)
    bidirectional: Literal[False] = False
    private: bool = Field(default=False, description=PRIVATE_DOC)

    _paths = field_validator("interface_files")(_check_relative_paths)
    _globs = field_validator("unused_paths")(_check_globs)

    @model_validator(mode="after")
    def _mapping_covers_triggers_only(self) -> Consumer:
        extra = sorted(set(self.urgency_mapping) - set(self.change_triggers))
        if extra:
            raise ValueError(f"urgency_mapping names {extra}, which are not in change_triggers")
        return self


class Derivative(_Strict):
    repo: RepoName
    relationship_type: Literal["template_fork"]
    description: str = ""
    shared_concerns: list[SharedConcern] = Field(min_length=1)
    divergent_concerns: list[DivergentConcern] = []
    sync_strategy: Literal["selective", "full"] = "selective"
    bidirectional: bool = False
    labels: list[Label] = []
    rules: dict[str, RuleOverride] = {}
    unused_paths: list[str] = Field(default=[], description=UNUSED_TEMPLATE_DOC)
    private: bool = Field(default=False, description=PRIVATE_DOC)

    _globs = field_validator("unused_paths")(_check_globs)

    @field_validator("rules")
    @classmethod
    def _known_concerns(cls, value: dict[str, RuleOverride]) -> dict[str, RuleOverride]:
        unknown = sorted(set(value) - set(SHARED_CONCERNS) - set(DIVERGENT_CONCERNS))
        if unknown:
            raise ValueError(f"unknown concerns {unknown}; expected some of {SHARED_CONCERNS + DIVERGENT_CONCERNS}")
        return value


class ParentTemplate(_Strict):
    """Declared on a derivative: the template it was made from (the reverse of `derivatives`)."""

    repo: RepoName
    relationship_type: Literal["template_fork"]
    description: str = ""
    shared_concerns: list[SharedConcern] = Field(min_length=1)
    divergent_concerns: list[DivergentConcern] = []
    sync_strategy: Literal["selective", "full"] = "selective"
    bidirectional: bool = False
    private: bool = Field(default=False, description=PRIVATE_DOC)


class WatchedRepo(_Strict):
    type: Literal["service_provider", "template", "library"]
    description: str = ""
    branch: str | None = Field(default=None, min_length=1)
    ignore_paths: list[str] = []
    consumers: list[Consumer] = []
    derivatives: list[Derivative] = []
    parent_template: ParentTemplate | None = None


class Threshold(_Strict):
    action: Action
    labels: list[Label] = []
    notify_webhook: bool = False


def _default_thresholds() -> dict[UrgencyName, Threshold]:
    return {
        "critical": Threshold(action="create_issue", labels=["dependency", "urgent"], notify_webhook=True),
        "high": Threshold(action="create_issue", labels=["dependency", "important"], notify_webhook=True),
        "medium": Threshold(action="create_issue", labels=["dependency"], notify_webhook=True),
        "low": Threshold(action="add_to_digest", labels=["dependency", "info"], notify_webhook=False),
    }


class NotificationSettings(_Strict):
    default_urgency_thresholds: dict[UrgencyName, Threshold] = Field(default_factory=_default_thresholds)
    digest_schedule: Literal["weekly", "none"] = "weekly"

    @model_validator(mode="after")
    def _every_urgency(self) -> NotificationSettings:
        missing = [u for u in URGENCIES if u not in self.default_urgency_thresholds]
        if missing:
            raise ValueError(f"default_urgency_thresholds lacks {missing}; every urgency needs an action")
        return self


class RelationshipsFile(_Strict):
    version: str = "1.0.0"
    description: str = ""
    relationships: dict[RepoName, WatchedRepo] = Field(min_length=1)
    notification_settings: NotificationSettings = Field(default_factory=NotificationSettings)

    @field_validator("version")
    @classmethod
    def _supported_version(cls, value: str) -> str:
        match = re.fullmatch(r"(\d+)(\.\d+){0,2}", value)
        if not match:
            raise ValueError(f"{value!r} is not a version like '1.0.0'")
        if int(match.group(1)) != SUPPORTED_MAJOR:
            raise ValueError(f"version {value} is not supported; this job reads version {SUPPORTED_MAJOR}.x")
        return value


# --- the normalised form the rest of the job uses -------------------------------------------------


@dataclass(frozen=True)
class Relationship:
    """One (watched repo, dependent) pair, after `parent_template` and `bidirectional` are expanded.

    `private`: the relationship's `"private": true` (see `PRIVATE_DOC`); its issues never quote the
    watched repo's diffs, changed lines or commit messages.
    """

    watched: str
    dependent: str
    kind: Literal["consumer", "template"]
    description: str
    categories: tuple[str, ...]
    divergent: tuple[str, ...] = ()
    interface_files: tuple[str, ...] = ()
    urgency_mapping: dict[str, str] = field(default_factory=dict)
    sync_strategy: str = "selective"
    labels: tuple[str, ...] = ()
    rules: dict[str, RuleOverride] = field(default_factory=dict)
    origin: str = ""
    private: bool = False
    unused_paths: tuple[str, ...] = ()

    @property
    def config_hash(self) -> str:
        from job.model import digest_of

        terms: dict[str, object] = {
            "kind": self.kind, "categories": self.categories, "divergent": self.divergent,
            "interface_files": self.interface_files, "urgency_mapping": self.urgency_mapping,
            "sync_strategy": self.sync_strategy, "rules": {k: v.model_dump() for k, v in self.rules.items()},
        }
        if self.unused_paths:  # only when declared, so the answers cached before the field existed still count
            terms["unused_paths"] = self.unused_paths
        return digest_of(terms)


@dataclass(frozen=True)
class Watched:
    repo: str
    type: str
    description: str
    branch: str | None
    ignore_paths: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    source: str
    version: str
    watched: tuple[Watched, ...]
    relationships: tuple[Relationship, ...]
    notifications: NotificationSettings

    def watched_repo(self, repo: str) -> Watched | None:
        return next((w for w in self.watched if w.repo.lower() == repo.lower()), None)

    def for_watched(self, repo: str) -> tuple[Relationship, ...]:
        return tuple(r for r in self.relationships if r.watched.lower() == repo.lower())

    def find(self, watched: str, dependent: str, kind: str) -> Relationship | None:
        return next(
            (r for r in self.relationships
             if r.watched.lower() == watched.lower() and r.dependent.lower() == dependent.lower() and r.kind == kind),
            None,
        )


def parse_config(text: str, source: str) -> Config:
    """Validate the text of a relationships file; every problem names `source` and its JSON path."""
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        token = json.dumps(exc.key)
        first = text.find(token)
        line = text.count("\n", 0, text.find(token, first + 1)) + 1
        raise ConfigError(f"{source}: line {line}: duplicate key {exc.key!r} in one object; "
                          "each key may appear once") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: $: expected a JSON object with a 'relationships' key")
    try:
        parsed = RelationshipsFile.model_validate(raw)
    except ValidationError as exc:
        problems = [f"{source}: {json_path(err['loc'])}: {_explain(err)}" for err in exc.errors()]
        raise ConfigError(f"{source}: {len(problems)} problem(s) in the relationships config", problems) from None
    return _normalise(parsed, source)


def _normalise(parsed: RelationshipsFile, source: str) -> Config:
    rels: dict[tuple[str, str, str], Relationship] = {}
    problems: list[str] = []

    def add(rel: Relationship) -> None:
        key = (rel.watched.lower(), rel.dependent.lower(), rel.kind)
        if rel.watched.lower() == rel.dependent.lower():
            problems.append(f"{source}: {rel.origin}: a repository cannot depend on itself ({rel.watched})")
            return
        earlier = rels.get(key)
        if earlier is None:
            rels[key] = rel
        elif not _same_terms(earlier, rel):
            forward = rel.origin.removesuffix(".bidirectional")
            if forward != rel.origin and any(f"{forward}:" in p for p in problems):
                return  # the reverse direction of a conflict already reported
            problems.append(
                f"{source}: {rel.origin}: declares {rel.dependent} as a template fork of {rel.watched} again, "
                f"with terms that differ from {earlier.origin} ({_difference(earlier, rel)}); "
                "declare each relationship once"
            )

    for watched_name, watched in parsed.relationships.items():
        base = f'$.relationships["{watched_name}"]'
        for i, c in enumerate(watched.consumers):
            add(Relationship(
                watched=watched_name, dependent=c.repo, kind="consumer", description=c.description,
                categories=tuple(c.change_triggers), interface_files=tuple(c.interface_files),
                urgency_mapping={str(k): str(v) for k, v in c.urgency_mapping.items()}, labels=tuple(c.labels),
                rules={str(k): v for k, v in c.rules.items()},
                origin=f"{base}.consumers[{i}]", private=c.private, unused_paths=tuple(c.unused_paths),
            ))
        for i, d in enumerate(watched.derivatives):
            overlap = sorted(set(d.shared_concerns) & set(d.divergent_concerns))
            if overlap:
                problems.append(f"{source}: {base}.derivatives[{i}]: {overlap} are both shared and divergent")
            origin = f"{base}.derivatives[{i}]"
            # the template's paths the fork never carried: not the fork's paths, in the reverse direction
            add(_template(watched_name, d.repo, d, origin, tuple(d.unused_paths)))
            if d.bidirectional:
                add(_template(d.repo, watched_name, d, origin + ".bidirectional"))
        if watched.parent_template is not None:
            p = watched.parent_template
            origin = f"{base}.parent_template"
            add(_template(p.repo, watched_name, p, origin))
            if p.bidirectional:
                add(_template(watched_name, p.repo, p, origin + ".bidirectional"))
        for list_name, items in (("consumers", watched.consumers), ("derivatives", watched.derivatives)):
            for dup in _duplicates([item.repo.lower() for item in items]):
                problems.append(f"{source}: {base}.{list_name}: {dup} is listed more than once")
    if problems:
        raise ConfigError(f"{source}: {len(problems)} problem(s) in the relationships config", problems)

    watched_repos: dict[str, Watched] = {}
    for name, w in parsed.relationships.items():
        watched_repos[name.lower()] = Watched(name, w.type, w.description, w.branch, tuple(w.ignore_paths))
    for rel in rels.values():
        # bidirectional and parent_template relationships make their source a watched repo too
        watched_repos.setdefault(rel.watched.lower(), Watched(rel.watched, "template", "", None, ()))
    return Config(
        source=source, version=parsed.version, watched=tuple(watched_repos.values()),
        relationships=tuple(rels.values()), notifications=parsed.notification_settings,
    )


def _template(watched: str, dependent: str, d: Derivative | ParentTemplate, origin: str,
              unused_paths: tuple[str, ...] = ()) -> Relationship:
    return Relationship(
        watched=watched, dependent=dependent, kind="template", description=d.description,
        categories=tuple(d.shared_concerns), divergent=tuple(d.divergent_concerns),
        sync_strategy=d.sync_strategy, labels=tuple(getattr(d, "labels", ())),
        rules=dict(getattr(d, "rules", {})), origin=origin, private=d.private, unused_paths=unused_paths,
    )


def _same_terms(a: Relationship, b: Relationship) -> bool:
    return (set(a.categories), set(a.divergent), a.sync_strategy) == (set(b.categories), set(b.divergent), b.sync_strategy)


def _difference(a: Relationship, b: Relationship) -> str:
    parts = []
    for name, x, y in (("shared_concerns", a.categories, b.categories), ("divergent_concerns", a.divergent, b.divergent)):
        if set(x) != set(y):
            parts.append(f"{name} {sorted(x)} vs {sorted(y)}")
    if a.sync_strategy != b.sync_strategy:
        parts.append(f"sync_strategy {a.sync_strategy!r} vs {b.sync_strategy!r}")
    return "; ".join(parts)


def _duplicates(items: list[str]) -> list[str]:
    return sorted({item for item in items if items.count(item) > 1})


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def json_path(loc: tuple[int | str, ...]) -> str:
    """Render a pydantic error location as a JSON path: $.relationships["a/b"].consumers[0].repo."""
    out = "$"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
        else:
            out += f'["{part}"]'
    return out


_HINTS = {
    "consumers": "a consumer needs repo, relationship_type 'api_consumer' and change_triggers",
    "derivatives": "a derivative needs repo, relationship_type 'template_fork' and shared_concerns",
}


def _explain(err: Any) -> str:
    kind = err["type"]
    loc = err["loc"]
    if kind == "extra_forbidden":
        return f"unknown field {loc[-1]!r}; it is not part of the schema (check its spelling)"
    if kind == "missing":
        return "required field is missing"
    if loc[-1] == "bidirectional" and kind == "literal_error":
        return "bidirectional applies to template forks only; an API consumer relationship is one-way"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"got {err['input']!r}, expected {expected}"
    if kind == "string_pattern_mismatch":
        return f"got {err['input']!r}, expected 'owner/name'"
    if kind == "too_short":
        return "must not be empty"
    msg = str(err["msg"]).removeprefix("Value error, ")
    if kind in ("dict_type", "list_type", "model_type", "string_type", "bool_type"):
        return f"{msg} (got {type(err['input']).__name__})"
    return msg
