"""Classification: which categories a change set touches, with evidence (pure).

A category matches a file by its path globs, or by a pattern on a changed (added or removed) line.
Files under the rules' `no_evidence` globs (docs, tests) stay in the change set but are never
evidence. Given a relationship's divergent categories, changed lines that match them are not
evidence for any other category, and a file whose every change is divergent gives no path evidence
either: a model-name edit in a Dockerfile is model-specific, not a docker change. Deciding what the
matches mean for one dependent is triage's job, not this module's.

Only effective changes are evidence: comment lines, and lines that merely moved or were reformatted
(the same tokens removed in one place and added in another, anywhere in the change set, e.g. a flag
list rewritten from `'--region', 'x',` to `--region=x`), match no pattern; and a modified file whose
every changed line is a comment gives no path evidence either (a moved line still changes the file:
order can matter).

The same pass says which files the rules cannot rule out (`Classification.undecided`): every file
with an effective change that is not docs or tests, not outside the dependent's interface, not only
a dependency bump, and not only divergent, and for a fork every file whose moved lines now run in
another order (a statement moved out of a loop; not a reformat, nor a sorted block of imports). The
pre-filter sends a change set on when any is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from job.changeset import changed_lines, is_empty_file_diff
from job.model import ChangeSet, Classification, Evidence, NetFile
from job.rules import Category, Pattern, Rules, kind_matches, path_matches

MAX_LINE = 200
COMMENT_STARTS = ("#", "//", "/*", "*/", "* ", "<!--", "--[[", "-- ", "--|")  # `-- `: Haskell, SQL, Lua
NOT_COMMENTS = ("#!", "#[", "#define", "#include", "#if", "#endif", "#pragma")  # `#[...]`: a Rust attribute
_TOKEN = re.compile(r"[^\s'\"`,;=\\\[\]()]+")
_ESCAPED_QUOTE = re.compile(r"\\[\"']")
_SUBMODULE = re.compile(r"Subproject commit [0-9a-f]{7,64}")  # a git submodule's pinned commit, as a diff shows it
# a comment at the end of a line of code (`int port = 1;  // the port`): whitespace before the mark and
# after it, so a URL's `//` or a colour's `#fff` is none
_TRAILING_COMMENT = re.compile(r"(?<=\S)\s+(//|#)\s.*$")
# a line that only brings a name into scope: sorting these (isort, StyleCI) reorders nothing that runs
_IMPORT = re.compile(r"""^\s*(import\b|from\s+\S+\s+import\b|use\s+[\w\\:{}, ]+;|require(_once)?\b
                     |(const|let|var)\s+[\w{}, ]+\s*=\s*require\(|\#include\b|using\s+[\w.]+;|@(import|use)\b
                     |export\s+(\*|\{[^}]*\})\s+from\b)""", re.VERBOSE)
_WORDS_IN_STRING = re.compile(r"([\"'`])([^\"'`\\\n,;]*\s[^\"'`\\\n,;]*)\1")


# a comment that tells a tool what to do is no comment: it changes what is checked or built (a checker's
# directive, go.mod's `// indirect`, which the go command reads, a Go file's build constraint, or a Dockerfile's
# parser directive: `# syntax=docker/dockerfile:1` picks the frontend that builds it, or the annotation an
# OpenAPI generator reads, swag's `// @Param limit query int false "..."` or `// @Router /v1/items [get]`:
# what it describes is the API's contract; a summary or a description is prose)
_DIRECTIVE = re.compile(r"@ts-(expect-error|ignore|nocheck)|eslint-disable|\btype:\s*ignore|\bnoqa\b|\bnolint\b|//\s*indirect\b"
                        r"|\bpragma\b|\bistanbul\s+ignore|\bprettier-ignore|\b(pylint|mypy|pyright):|^//go:[a-z]|^// \+build\b"
                        r"|^#\s*(syntax|escape|check)=|^//\s*@(Param|Router|Success|Failure|Accept|Produce|Security)\s")
# a linter's suppression at a line's end (Ruff's `noqa: EM101` or Go's `nolint:errcheck` after the comment mark, or
# `eslint-disable-line`) tells the linter to look away from that line: the line runs the same, so adding or
# dropping one is no change to it
_SUPPRESSION = re.compile(r"(?<=\S)\s+(#|//)\s*(noqa|nolint|eslint-disable-line|type:\s*ignore|pylint:\s*disable"
                          r"|pyright:\s*ignore|NOSONAR|nosec)\b.*$")


def _is_comment(text: str) -> bool:
    s = text.strip()
    if _DIRECTIVE.search(s):
        return False
    return (s.startswith(COMMENT_STARTS) and not s.startswith(NOT_COMMENTS)) or s in ("*", "--")


def _shape(text: str) -> tuple[str, ...]:
    """A line's tokens without quotes, commas, brackets, `=` or line continuations, and with the
    words of a string of several words in sorted order (a formatter sorting a class list): two
    lines with the same shape say the same thing. Quotes escaped inside a string stay: no formatter
    adds them, and in a script's command they decide what the shell expands. A comment at the line's
    end is no part of its shape (unless it is a directive to a tool): rewording it changes nothing."""
    if "//" in text or "#" in text:
        text = _SUPPRESSION.sub("", text)
        comment = _TRAILING_COMMENT.search(text)
        if comment and not _DIRECTIVE.search(comment[0]):
            text = text[:comment.start()]
    return tuple(_TOKEN.findall(_WORDS_IN_STRING.sub(_sorted_words, text))) + tuple(_ESCAPED_QUOTE.findall(text))


def _reordered(diff: str) -> bool:
    """Whether a file whose changed lines all moved or were reformatted now runs in another order: a
    statement moved out of a loop, or below another, changes what the code does, while a reformat
    keeps the order and sorting a block of imports runs nothing. Each hunk is read with its context,
    old side against new side; none of it is evidence of a kind."""
    sides: tuple[list[tuple[str, ...]], list[tuple[str, ...]]] = ([], [])
    for line in diff.splitlines():
        if line.startswith(("+++", "---", "@@")):
            sides[0].append(("@@",))
            sides[1].append(("@@",))
            continue
        sign, text = line[:1], line[1:]
        if sign not in (" ", "-", "+") or not text.strip() or _is_comment(text) or _IMPORT.match(text):
            continue
        for side in ((0,) if sign == "-" else (1,) if sign == "+" else (0, 1)):
            sides[side].append(_shape(text))
    return sides[0] != sides[1]


def _sorted_words(string: re.Match[str]) -> str:
    return " ".join(sorted(string[2].split()))


Shapes = set[tuple[str, ...]]


def _no_evidence(f: NetFile, rules: Rules, skip: tuple[str, ...]) -> bool:
    """Whether a file is nothing to the dependent at every place it had: a file moved out of what the
    dependent has (into the template's examples it deleted) is gone from where the dependent had it."""
    return all(kind_matches(p, rules.no_evidence) or path_matches(p, skip) for p in _places(f))


def _places(f: NetFile) -> tuple[str, ...]:
    """Where a file is now, and where it was before a rename."""
    return (f.path,) if not f.old_path else (f.path, f.old_path)


def _moves(change_set: ChangeSet, rules: Rules, skip: tuple[str, ...]) -> tuple[Shapes, Shapes]:
    """The shapes of the lines removed and of those added anywhere in the change set."""
    removed: Shapes = set()
    added: Shapes = set()
    for f in change_set.files:
        if _no_evidence(f, rules, skip):
            continue
        for sign, text in changed_lines(f.diff):
            if text.strip():
                (added if sign == "+" else removed).add(_shape(text))
    return removed, added


_VERSION = re.compile(r"v?(\d+)[\w.+-]*")
_INDIRECT = re.compile(r"\s*//\s*indirect\s*$")
_PSEUDO = re.compile(r"\bv\d+\.\d+\.\d+-(\d+\.)?\d{14}-[0-9a-f]{12}\b")  # Go's pseudo-version of a commit
_DIGEST = re.compile(r"\b(sha256:[0-9a-f]{64}|[0-9a-f]{40})\b")
_Key = tuple[str, tuple[int, ...]]  # a dependency line's name and the major version it names


def _names_own(own: str, name: str) -> bool:
    """Whether a dependency's name (`@bullet-train/bullet-train`, `BULLET_TRAIN_VERSION`,
    `laravel/framework`) holds the watched repo's name as whole words (`bullet_train`, `laravel`)."""
    def segments(text: str) -> str:
        return " " + " ".join(w for w in re.split(r"[^a-z0-9]+", text.lower()) if w) + " "
    return len(own) >= 3 and segments(own) in segments(name)


_NAMESPACE = re.compile(r"""^\s*["']?@?([a-z0-9][\w.-]*)/""", re.IGNORECASE)
_STARTER = ("project", "app", "skeleton", "starter", "template", "boilerplate", "layout", "example")
# a Go module path names its repository third: `github.com/go-kratos/kratos/v2`, `require github.com/google/docsy`
_GO_MODULE = re.compile(r"^\s*(require\s+)?[\w-]+(\.[\w-]+)+/[\w.-]+/(?P<repo>[\w.-]+)")


def _own_namespace(repo: str) -> str:
    """The package namespace a project template is named for: `drupal` of drupal-composer/drupal-project,
    whose `drupal/core` and `drupal/core-recommended` are the framework the template is built on, or
    `cakephp` of cakephp/app, a skeleton named only for what it is, or `kratos` of go-kratos/kratos-layout,
    whose Go module `github.com/go-kratos/kratos/v2` is the framework (`docsy` of google/docsy-example: the
    theme the example site is built on)."""
    owner, _, name = repo.lower().replace("_", "-").rpartition("/")
    if name in _STARTER:
        return owner
    head, _, tail = name.partition("-")
    return head if tail in _STARTER else ""


def _without_bumps(lines: list[str], rules: Rules, own: str = "") -> tuple[list[str], set[str]]:
    """A manifest's changed lines less its dependency bumps (a dependency line whose name is both
    removed and added at the same major version, not pinned back), and which of the rest are for the
    model to judge, without an issue from the rules: major upgrades (the same name at a higher major)
    and versions pinned back within their major (often the undo of a bot's bump, sometimes a fix the
    dependent needs). A new, dropped or replaced dependency and a downgrade across majors are neither
    (a person chose them: they can change how the project builds or behaves). Nor is a dependency
    named for the watched project itself (`own`, the watched repo, for a fork: `BULLET_TRAIN_VERSION`
    or `@bullet-train/bullet-train` in bullet-train-co/bullet_train), or in the namespace a starter
    project is named for (`drupal/core` in drupal-composer/drupal-project): that is the template's own
    framework releasing, which its forks take with it."""
    def key(line: str) -> _Key:
        # a pinned commit or image digest names no version: the version is the one beside it (`# v4.2.1`)
        text = _DIGEST.sub("", _INDIRECT.sub("", line[1:]))
        # a note after a version (pip-compile's `jinja2==2.11.2  # via flask`) is no part of the name
        comment = _TRAILING_COMMENT.search(text)
        if comment and _VERSION.search(text[:comment.start()]):
            text = text[:comment.start()]
        return _VERSION.sub("", text).strip(), _major(text)

    namespace = _own_namespace(own) if own else ""

    def owned(name: str) -> bool:
        found, module = _NAMESPACE.match(name), _GO_MODULE.match(name)
        return _names_own(own.rpartition("/")[2], name) or bool(namespace and (
            (found and found[1].lower() == namespace) or (module and module["repo"].lower() == namespace)))

    every = [line for line in lines if rules.is_dependency_line(line[1:])]
    deps = [line for line in every if not (own and owned(key(line)[0]))]
    # Go's `// indirect` requirements are the resolver's, like a lock file's: one added, dropped or
    # moved is nobody's choice, nor is a requirement turning direct or indirect (`go mod tidy`); so is
    # the template's own module at a pseudo-version (an example site pinning the theme's last commit),
    # while its tagged release stays news
    indirect = [line for line in every if _INDIRECT.search(line) and (line in deps or _PSEUDO.search(line))]
    moved = {(line[0], key(line)) for line in indirect}
    resolver = set(indirect) | {line for line in deps if ("+" if line[0] == "-" else "-", key(line)) in moved}
    lines = [line for line in lines if line not in resolver]
    deps = [line for line in deps if line not in resolver]
    removed = {key(line) for line in deps if line.startswith("-")}
    added = {key(line) for line in deps if line.startswith("+")}
    pinned_back = _downgrades(deps, key)
    bumps = (removed & added) - pinned_back  # same name and major on both sides
    # a name on several lines (pre-commit's `rev:`) keeps its highest major on each side, whatever the set's order
    old_major = {name: major for name, major in sorted(removed - bumps)}
    new_major = {name: major for name, major in sorted(added - bumps)}
    upgraded = {name for name in old_major.keys() & new_major.keys()
                if old_major[name] and new_major[name] and new_major[name] > old_major[name]}
    kept = [line for line in lines if line not in deps or key(line) not in bumps]
    return kept, {line for line in kept if line in deps and (key(line)[0] in upgraded or key(line) in pinned_back)}


def _major(text: str) -> tuple[int, ...]:
    """The breaking part of the version a line names, as semver and Cargo read it: (4,) of `4.2.1`, but
    (0, 6) of `0.6.3` (below 1.0 a minor release may break); () when it names none."""
    version = _version(text)
    return version[:2] if version[:1] == (0,) else version[:1]


def _version(text: str) -> tuple[int, ...]:
    found = _VERSION.search(_DIGEST.sub("", text))
    return tuple(int(n) for n in re.findall(r"\d+", found[0])) if found else ()


def _downgrades(deps: list[str], key: Callable[[str], _Key]) -> set[_Key]:
    """The dependencies (name, major) pinned back within their major version (`mysql:9.3` to `9.2`), or
    pinned to another commit at the same version (an action's pin that did not resolve, re-pointed): no
    bump, and for the model to judge. Only a name on one line each side is compared."""
    sides: dict[_Key, dict[str, list[str]]] = {}
    for line in deps:
        sides.setdefault(key(line), {}).setdefault(line[0], []).append(line[1:])
    return {k for k, side in sides.items()
            if len(side.get("-", ())) == 1 and len(side.get("+", ())) == 1
            and (_version(side["+"][0]) < _version(side["-"][0]) or _repinned(side["-"][0], side["+"][0]))}


def _repinned(old: str, new: str) -> bool:
    pins = _DIGEST.findall(old), _DIGEST.findall(new)
    return all(pins) and pins[0] != pins[1] and _version(old) == _version(new)


def _line_hits(category: Category, lines: list[str],
               hits_in: Callable[[Pattern, list[str]], list[str]]) -> list[tuple[str, str]]:
    hits = []
    for pattern in category.patterns:
        found = hits_in(pattern, lines)
        # the new state is the news: show an added line when there is one
        line = next((x for x in found if x.startswith("+")), found[0] if found else None)
        if line is not None:
            hits.append((pattern.regex.pattern, line))
    return hits


class _Hits:
    """One file's lines that each pattern counts, worked out once: the same lines are asked about for
    what explains them, what is divergent and what is evidence."""

    def __init__(self, path: str, lines: list[str]) -> None:
        self._path, self._lines = path, lines
        self._found: dict[int, list[str]] = {}

    def __call__(self, pattern: Pattern, among: list[str]) -> list[str]:
        if among is not self._lines:
            return pattern.hits(among) if pattern.applies_to(self._path) else []
        found = self._found.get(id(pattern))
        if found is None:
            found = self._found[id(pattern)] = pattern.hits(among) if pattern.applies_to(self._path) else []
        return found


def classify(change_set: ChangeSet, rules: Rules, divergent: tuple[str, ...] = (),
             skip: tuple[str, ...] = (), locks: bool = False) -> Classification:
    """`skip`: more globs that are never evidence for this dependent (a consumer's: what is not the
    provider's interface). `locks`: whether the dependent is a fork, whose resolved dependency tree
    is the template's too (it copied the lock file): lock files changed with no manifest are then
    undecided, since that is an indirect dependency moving, usually for a security fix; and a
    dependency named for the template itself moving is its own release, not a bump."""
    evidence: list[Evidence] = []
    divergent_only: list[str] = []
    undecided: list[str] = []
    explained: dict[str, tuple[str, ...]] = {}
    div_cats = [rules.categories[c] for c in divergent if c in rules.categories]
    own = rules.named_areas(divergent)
    removed, added = _moves(change_set, rules, skip)
    if locks and not any(kind_matches(f.path, rules.manifests) for f in change_set.files):
        undecided.extend(x.path for x in change_set.left_out if kind_matches(x.path, rules.locks))
    for f in change_set.files:
        if _no_evidence(f, rules, skip):
            continue
        paths = _places(f)
        changed = [(sign, text) for sign, text in changed_lines(f.diff) if text.strip()]
        lines = [
            sign + text for sign, text in changed
            if not _is_comment(text) and _shape(text) not in (removed if sign == "+" else added)
        ]
        if f.change_type == "M" and changed and all(_is_comment(text) for _, text in changed):
            continue  # comments only
        if f.change_type in ("A", "D") and is_empty_file_diff(f.diff):
            continue  # an empty file added or removed (a package's `__init__.py`, a placeholder): nothing in it
        if f.change_type == "M" and lines and all(_SUBMODULE.fullmatch(line[1:].strip()) for line in lines):
            # a submodule moved to another commit: a dependency pinned by commit, bumped. Whether it is a
            # library the fork's own bot bumps too or the framework the template is built on (pybind11 in
            # a pybind11 template), or for a consumer the server's own core kept in another repository
            # (TheHive's ScalliGraph), the rules cannot tell from a commit id: the model judges it from
            # the messages, without an issue (a submodule the dependent never reaches is in its
            # `unused_paths`)
            undecided.append(f.path)
            continue
        itself = [p for p, globs in ((rules.document_version, rules.documents), (rules.identity, rules.manifests))
                  if p is not None and kind_matches(f.path, globs)]
        if itself:
            # lines about the file itself: an API document's own release number (`info.version`, no change
            # to what it describes), a package's own name, description, authors and links (a fork has its own)
            other = [line for line in lines if not any(p.search(line[1:]) for p in itself)]
            if f.change_type == "M" and lines and not other:
                continue
            lines = other
        if kind_matches(f.path, rules.manifests):
            if not locks and rules.runtimes is not None:
                # the runtime the provider builds and runs on (its Node, its Kotlin compiler) is its own
                # business: its callers speak to its API, not to its toolchain
                lines = [line for line in lines if not rules.runtimes.search(line[1:])]
            lines, upgrades = _without_bumps(lines, rules, change_set.repo if locks else "")
            if f.change_type == "M" and not lines:
                if not changed or f.clipped_chars or (locks and any(
                        rules.is_dependency_line(text) and _shape(text) in removed and _shape(text) in added
                        for _, text in changed)):
                    # the diff (or its rest) clipped to the run's budget, or, for a fork, whose manifest it is
                    # too, a dependency moved as it was (from devDependencies to dependencies: what a
                    # production install gets): not known to be bumps only; the model judges it, without
                    # an issue from the rules
                    undecided.append(f.path)
                    continue
                messages = " ".join(c.message for c in change_set.commits_touching({f.path}))
                if rules.security is None or not rules.security.search(messages):
                    continue  # dependency bumps only
                undecided.append(f.path)  # a bump for a security fix: worth a closer look
                if not locks:
                    continue
                # a fork shares the dependency tree: a security fix in it is news for it too (the
                # manifest's path is the evidence below)
            if f.change_type == "M" and lines and all(line in upgrades for line in lines):
                # major upgrades or pin-backs and nothing else: the dependent's own bot proposes majors
                # too, and a pin-back is as often an undo as a fix, so the rules decide nothing; the
                # model judges whether one changes how the project builds
                undecided.append(f.path)
                told = rules.fork_majors
                majors = ({_major(line[1:]) for line in lines if line[0] == "+"}
                          != {_major(line[1:]) for line in lines if line[0] == "-"})
                if not (locks and told is not None and majors and all(told.search(line[1:]) for line in lines)):
                    continue
                # except a CI action's major in a fork's copied workflows: its inputs and runtime move with it
                # (not one pinned back or re-pinned within its version)
        hits_in = _Hits(f.path, lines)
        if lines or f.change_type != "M" or not changed or (locks and _reordered(f.diff)):
            # an effective change (or one the diff does not show), or for a fork, which runs this code
            # itself, the same lines in a new order
            undecided.append(f.path)
            counted = {(c.name, line) for c in rules.categories.values() for p in c.patterns
                       for line in hits_in(p, lines)}
            kinds = [{name for name, hit in counted if hit == line} for line in lines]
            if lines and all(kinds):
                explained[f.path] = tuple(sorted(set().union(*kinds)))
        div_lines = {line for c in div_cats for p in c.patterns for line in hits_in(p, lines)}
        kept = [line for line in lines if line not in div_lines] if div_lines else lines
        # a divergent area the dependent named (its `rules` override) is that area: the category's
        # generic globs (every `*.js`) would make the shared code the fork kept divergent too; once it
        # named its own areas of any divergent concern, those areas are all it replaced
        declared = bool(own) and any(path_matches(p, own) for p in paths)
        div_path = declared if own else any(kind_matches(p, c.paths) for c in div_cats for p in paths)

        file_evidence: list[Evidence] = []
        path_evidence: list[Evidence] = []
        for category in rules.categories.values():
            is_div = category.name in divergent
            seen: set[str] = set()
            for pattern, line in _line_hits(category, lines if is_div else kept, hits_in):
                if line not in seen:
                    seen.add(line)
                    file_evidence.append(
                        Evidence(category.name, f.path, f"changed line matches /{pattern}/", line.strip()[:MAX_LINE])
                    )
            # one match against all the category's globs; which glob it was only for a file that matches
            if any(kind_matches(p, category.paths) for p in paths):
                glob = next(g for g in category.paths if any(kind_matches(p, (g,)) for p in paths))
                (file_evidence if is_div else path_evidence).append(
                    Evidence(category.name, f.path, f"path matches {glob!r}")
                )
        shared_lines = any(e.category not in divergent for e in file_evidence)
        # a shared category's own file (a Dockerfile, a CI workflow) in a divergent folder stays shared,
        # unless the folder is an area the dependent declared its own (its `frontend/**` keeps its package.json)
        shared_path = bool(path_evidence) and not declared
        only_divergent = bool(div_lines or div_path) and (not kept or (div_path and not shared_lines and not shared_path))
        if only_divergent:
            divergent_only.append(f.path)
            if undecided and undecided[-1] == f.path:
                undecided.pop()
        else:
            file_evidence.extend(path_evidence)
        evidence.extend(file_evidence)
    return Classification(tuple(evidence), tuple(divergent_only), tuple(undecided), tuple(explained.items()))
