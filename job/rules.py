"""The rules data (`config/rules.json`): which paths and changed lines signal each category.

This module loads and validates the data and compiles its globs and patterns; `classify.py` applies
them. Per-relationship overrides from the relationships config are merged here too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from job.config import DIVERGENT_CONCERNS, SHARED_CONCERNS, TRIGGERS, RuleOverride, json_path
from job.errors import ConfigError
from job.model import ChangeSet

CATEGORIES = tuple(dict.fromkeys(TRIGGERS + SHARED_CONCERNS + DIVERGENT_CONCERNS))


@lru_cache(maxsize=4096)
def glob_regex(glob: str) -> re.Pattern[str]:
    """Compile a gitignore-style glob: `*` stays within a folder, `**/` spans folders, a glob
    without a slash matches the file name in any folder, and a leading slash anchors a glob at the
    repository's root (`/pyproject.toml` is the top-level file only)."""
    if glob.startswith("/"):
        glob = glob[1:]
    elif "/" not in glob:
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


@lru_cache(maxsize=4096)
def _any_glob(globs: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a list of globs: a path is matched once, not once a glob."""
    return re.compile("|".join(f"(?:{glob_regex(g).pattern})" for g in globs), re.IGNORECASE)


@lru_cache(maxsize=4096)
def _split(globs: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    return tuple(g for g in globs if not g.startswith("!")), any(g.startswith("!") for g in globs)


def path_matches(path: str, globs: tuple[str, ...] | list[str]) -> bool:
    """Whether the globs take in `path`. As in .gitignore, a `!glob` takes back out what the globs before
    it took in, and the last glob that matches decides (`docs/**`, `!docs/**/openapi*.json`, `tests/**`)."""
    if not globs:
        return False
    globs = tuple(globs)
    positive, negated = _split(globs)
    if not positive or _any_glob(positive).match(path) is None:
        return False
    if not negated:
        return True
    for glob in reversed(globs):  # only for a path some glob took in: the rare, slow case
        if _any_glob((glob.removeprefix("!"),)).match(path) is not None:
            return not glob.startswith("!")
    return False


@lru_cache(maxsize=4096)
def generated_root(path: str) -> str | None:
    """The path below a generator template's placeholder folder (`{{cookiecutter.project_slug}}/`,
    mason's `__brick__/{{project_name.snakeCase()}}/`), or below a top-level `template/` folder (where
    cargo-generate and copier keep the project when the repository's top is the template's own): where
    it sits in the project it generates."""
    parts = path.split("/")
    marks = [i for i, part in enumerate(parts[:-1]) if "{{" in part or "{%" in part]
    if marks:
        return "/".join(parts[marks[-1] + 1:])
    return "/".join(parts[1:]) if len(parts) > 1 and parts[0] == "template" else None


# a template engine's suffix on a file it renders (Jinja's in copier, Ansible and makejinja; create-tauri-app's
# `.lte`; `.tmpl`, `.template`), and a generator's condition in a file's name (`%(beta)%tauri.conf.json.lte`,
# copier's and cookiecutter's `{% if test %}jest.config.js{% endif %}`)
_ENGINE_SUFFIX = re.compile(r"^(.+\.[A-Za-z0-9]+)\.(j2|jinja2?|lte|tmpl|tpl|template|mustache|ejs|njk)$")
_CONDITION = re.compile(r"%\([\w-]*\)%|\{%.*?%\}")


@lru_cache(maxsize=4096)
def rendered_path(path: str) -> str:
    """The path of the file a generator template renders from `path`: `Cargo.toml.lte` is `Cargo.toml`,
    `helmrelease.yaml.j2` is `helmrelease.yaml` (only a name with its own extension left), and
    `{% if test %}jest.config.js{% endif %}` is `jest.config.js`."""
    folder, _, name = path.rpartition("/")
    name = _ENGINE_SUFFIX.sub(r"\1", _CONDITION.sub("", name))
    return f"{folder}/{name}" if folder else name


def kind_matches(path: str, globs: tuple[str, ...] | list[str]) -> bool:
    """A glob of the rules (a kind of file) matches a path, or the same path in the project a generator
    template makes: `.github/workflows/**` is the generated project's CI too, and `helmrelease.yaml.j2`
    is the `helmrelease.yaml` it renders. A config's own globs (`unused_paths`, a fork's areas) mean
    the paths they say, and use `path_matches`."""
    if path_matches(path, globs):
        return True
    rendered = rendered_path(path)
    if rendered != path and path_matches(rendered, globs):
        return True
    root = generated_root(rendered)
    if root is None and rendered != path:
        # a file an engine renders sits in the project a folder of the template makes (copier's `_subdirectory`,
        # often `project/`): `project/.github/workflows/ci.yml.jinja` is the generated project's CI
        root = rendered.partition("/")[2] or None
    return root is not None and path_matches(root, globs)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
    return value


class DiffPattern(_Strict):
    """A changed-line pattern, limited to some paths, and not counted where `unless` matches the line
    too (a route for a health probe is no endpoint; a header set on an outgoing request is the
    service calling someone else, not how its callers authenticate). With `new_keys`, a line counts
    only when the key it sets (the pattern's `key` group) is added or dropped in that file: a setting
    that appears or goes, not one whose value is rewritten."""

    pattern: str
    paths: list[str] = []
    unless: str | None = None
    new_keys: bool = False

    _pattern = field_validator("pattern")(_compiles)

    @model_validator(mode="after")
    def _keyed(self) -> DiffPattern:
        if self.new_keys and "key" not in re.compile(self.pattern).groupindex:
            raise ValueError(f"pattern {self.pattern!r}: `new_keys` needs a group named `key`")
        return self

    @field_validator("unless")
    @classmethod
    def _unless(cls, value: str | None) -> str | None:
        return None if value is None else _compiles(value)


class CategoryRules(_Strict):
    description: str = ""
    paths: list[str] = []
    diff_patterns: list[DiffPattern | str] = []


class Dependencies(_Strict):
    """Dependency manifests, and the shape of a line in them that only names a dependency and its
    version: a bump is no change of kind, and the dependent's own bot proposes it. `identity`: a
    manifest's line about the package itself (its name, description, authors, links), which a fork
    replaces with its own. `fork_majors`: dependency lines whose major upgrade is news for a fork
    rather than for the model alone (a CI action its copied workflows use). `documents`: API documents
    (an OpenAPI or AsyncAPI file) whose `document_version` line is the document's own release number,
    no change to the contract it describes (a generated client takes it as its version: a bump)."""

    manifests: list[str] = []
    documents: list[str] = []
    document_version: str = ""
    locks: list[str] = []
    spec_lines: list[str] = []
    security: str = r"\b(CVE-\d{4}-\d+|GHSA-[\w-]+|security|vulnerab\w*)\b"
    runtimes: str = r"^\s*[\"']?(node|npm|python|requires-python|go|toolchain|php|ruby|rust-version)[\"']?\s*[:=\s]"
    identity: str = ""
    fork_majors: str = ""

    @field_validator("spec_lines")
    @classmethod
    def _lines(cls, value: list[str]) -> list[str]:
        return [_compiles(v) for v in value]

    _security = field_validator("security", "runtimes", "identity", "fork_majors", "document_version")(_compiles)


class Announcements(_Strict):
    """A commit message that announces a change to come (a deprecation, a breaking change) together
    with a change to the documents that carry such news: the model reads it, though docs alone are
    no evidence."""

    message: str
    paths: list[str]

    _message = field_validator("message")(_compiles)


class RulesFile(_Strict):
    """`path_sets` names lists of globs that several entries share (`"@api_code"` in a `paths` list stands
    for the set's globs; a set may name other sets), so a kind of file is said once. `line_sets` names
    regular expressions that several patterns share as their `unless` (`"unless": "@sends_credentials"`, or
    `"@sends_credentials|@log_call"` for a line of either), so a kind of line is said once."""

    version: int
    path_sets: dict[str, list[str]] = {}
    line_sets: dict[str, str] = {}
    noise: list[str]
    no_evidence: list[str] = []
    not_interface: list[str] = []
    announcements: Announcements | None = None
    dependencies: Dependencies = Dependencies()
    categories: dict[str, CategoryRules]

    @field_validator("categories")
    @classmethod
    def _known(cls, value: dict[str, CategoryRules]) -> dict[str, CategoryRules]:
        unknown = sorted(set(value) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown categories {unknown}; expected some of {list(CATEGORIES)}")
        return value

    @field_validator("line_sets")
    @classmethod
    def _line_sets(cls, value: dict[str, str]) -> dict[str, str]:
        return {name: _compiles(regex) for name, regex in value.items()}

    @model_validator(mode="after")
    def _sets_known(self) -> RulesFile:
        for name in self.path_sets:
            _expand([f"@{name}"], self.path_sets, f"path_sets.{name}")
        for cname, cat in self.categories.items():
            _expand(cat.paths, self.path_sets, f"categories.{cname}.paths")
            for i, p in enumerate(cat.diff_patterns):
                if isinstance(p, DiffPattern):
                    where = f"categories.{cname}.diff_patterns[{i}]"
                    _expand(p.paths, self.path_sets, f"{where}.paths")
                    _line_set(p.unless, self.line_sets, f"{where}.unless")
        return self


def _line_set(value: str | None, sets: dict[str, str], where: str) -> str | None:
    """An `unless` as written, or the regular expression of the line sets it names (`@name`, or
    `@one|@other` for a line of either set)."""
    if value is None or not value.startswith("@"):
        return value
    names = value.split("|")
    for name in names:
        if not name.startswith("@") or name[1:] not in sets:
            raise ValueError(f"{where}: unknown line set {name!r} in {value!r}; line_sets has {sorted(sets)}")
    if len(names) == 1:
        return sets[value[1:]]
    return "|".join(f"(?:{sets[name[1:]]})" for name in names)


def _expand(globs: list[str], sets: dict[str, list[str]], where: str, seen: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A `paths` list with each `@name` replaced by the globs of that path set."""
    out: list[str] = []
    for glob in globs:
        if not glob.startswith("@"):
            out.append(glob)
            continue
        name = glob[1:]
        if name not in sets:
            raise ValueError(f"{where}: unknown path set {glob!r}; path_sets has {sorted(sets)}")
        if name in seen:
            raise ValueError(f"{where}: path set {glob!r} names itself through {' -> '.join(seen + (name,))}")
        out.extend(_expand(sets[name], sets, where, seen + (name,)))
    return tuple(out)


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    paths: tuple[str, ...] = ()
    unless: re.Pattern[str] | None = None
    new_keys: bool = False

    def applies_to(self, path: str) -> bool:
        return not self.paths or kind_matches(path, self.paths)

    def matches(self, text: str) -> bool:
        return self.regex.search(text) is not None and (self.unless is None or self.unless.search(text) is None)

    def hits(self, lines: list[str]) -> list[str]:
        """The signed lines of one file's change that this pattern counts."""
        found = [line for line in lines if self.matches(line[1:])]
        if not self.new_keys:
            return found
        keyed = [(line, m["key"].lower()) for line in found if (m := self.regex.search(line[1:])) is not None]
        on_both_sides = {key for line, key in keyed if line[0] == "+"} & {key for line, key in keyed if line[0] == "-"}
        return [line for line, key in keyed if key not in on_both_sides]


@dataclass(frozen=True)
class Category:
    """A category's path globs and changed-line patterns. `declared` holds the globs a relationship
    added for itself (a fork's own `frontend/**`): an area its maintainers named, which outranks a
    kind of file that another category claims by name."""

    name: str
    paths: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    declared: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rules:
    """Compiled rules: noise globs (left out of change sets), no-evidence globs (kept, but never
    evidence: docs and tests), the provider's files that are never its consumers' interface (its
    CI, UI, translations, its own client SDKs), dependency manifests, lock files and the shape of a
    dependency line, the words of a commit message that announce a change to come (a deprecation, a
    breaking change), and per category its path globs and changed-line patterns."""

    noise: tuple[str, ...]
    no_evidence: tuple[str, ...]
    categories: dict[str, Category] = field(default_factory=dict)
    version: int = 1
    not_interface: tuple[str, ...] = ()
    manifests: tuple[str, ...] = ()
    locks: tuple[str, ...] = ()
    spec_lines: tuple[re.Pattern[str], ...] = ()
    security: re.Pattern[str] | None = None
    runtimes: re.Pattern[str] | None = None
    identity: re.Pattern[str] | None = None
    fork_majors: re.Pattern[str] | None = None
    documents: tuple[str, ...] = ()
    document_version: re.Pattern[str] | None = None
    announcements: re.Pattern[str] | None = None
    announcement_paths: tuple[str, ...] = ()

    def announces(self, change_set: ChangeSet) -> bool:
        """Whether the change set announces a deprecation or a breaking change in its documents."""
        if self.announcements is None or not any(path_matches(f.path, self.announcement_paths) for f in change_set.files):
            return False
        return any(self.announcements.search(c.message) for c in change_set.commits)

    def is_dependency_line(self, text: str) -> bool:
        """A line naming a dependency and its version; a runtime's version (an `engines.node`
        floor, `requires-python`, composer's `php`, a `go` directive) is no dependency bump: it changes
        what every copy must run on."""
        if self.runtimes is not None and self.runtimes.search(text):
            return False
        return any(p.search(text) for p in self.spec_lines)

    def named_areas(self, divergent: tuple[str, ...]) -> tuple[str, ...]:
        """The areas a fork named its own (its `rules` override, under any of its divergent concerns):
        once it names some, they are all it replaced."""
        return tuple(g for c in divergent if c in self.categories for g in self.categories[c].declared)

    def with_overrides(self, overrides: dict[str, RuleOverride]) -> Rules:
        """The rules for one relationship, with its own areas added to its categories. A top folder the
        rules read as no evidence (`example/**`, `docs/**`) stops being so once the relationship names an
        area inside it: Home Assistant's add-on template keeps the add-on itself in `example/`."""
        if not overrides:
            return self
        merged = dict(self.categories)
        for name, extra in overrides.items():
            base = merged.get(name, Category(name))
            merged[name] = Category(
                name,
                base.paths + tuple(extra.paths),
                base.patterns + tuple(Pattern(re.compile(p, re.IGNORECASE)) for p in extra.diff_patterns),
                base.declared + tuple(extra.paths),
            )
        tops = (glob.removeprefix("/").partition("/") for extra in overrides.values() for glob in extra.paths)
        named = {top.lower() for top, slash, _ in tops if slash}
        no_evidence = tuple(g for g in self.no_evidence if not (g.endswith("/**") and g[:-3].lower() in named))
        return replace(self, categories=merged, no_evidence=no_evidence)


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
            unless_text = _line_set(dp.unless, parsed.line_sets, name)
            unless = re.compile(unless_text, re.IGNORECASE) if unless_text else None
            paths = _expand(dp.paths, parsed.path_sets, name)
            patterns.append(Pattern(re.compile(dp.pattern, re.IGNORECASE), paths, unless, dp.new_keys))
        categories[name] = Category(name, _expand(cat.paths, parsed.path_sets, name), tuple(patterns))
    deps = parsed.dependencies
    return Rules(
        tuple(parsed.noise), tuple(parsed.no_evidence), categories, parsed.version,
        not_interface=tuple(parsed.not_interface), manifests=tuple(deps.manifests), locks=tuple(deps.locks),
        spec_lines=tuple(re.compile(p) for p in deps.spec_lines), security=re.compile(deps.security, re.IGNORECASE),
        runtimes=re.compile(deps.runtimes), identity=re.compile(deps.identity) if deps.identity else None,
        fork_majors=re.compile(deps.fork_majors) if deps.fork_majors else None,
        documents=tuple(deps.documents),
        document_version=re.compile(deps.document_version) if deps.document_version else None,
        announcements=re.compile(parsed.announcements.message, re.IGNORECASE) if parsed.announcements else None,
        announcement_paths=tuple(parsed.announcements.paths) if parsed.announcements else (),
    )
