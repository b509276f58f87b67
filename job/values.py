"""Concrete value changes and the steps they ask of one dependent, in its own terms (pure).

From the changed lines the rules matched, this module pairs each removed line with the added line of
the same shape and keeps the literals that differ (a port 8000 that became 9000, a route, an
environment variable's name), and from added lines alone the names a caller must now send or set
(a header, an environment variable). It then looks for each old value in the dependent's own files,
so a step can say "`src/llm_client.py` uses 8000; the service now uses 9000" rather than give advice
per category. Reading the dependent's files is the caller's business.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from job.changeset import changed_lines
from job.model import ChangeSet, Evidence

# literals whose change a caller notices: quoted strings, numbers, UPPER_CASE names, paths
_LITERAL = re.compile(
    r"\"[^\"\n]{1,120}\"|'[^'\n]{1,120}'|`[^`\n]{1,120}`"  # quoted
    r"|(?<==)[^\s\"'`#,;)]{1,120}"  # an unquoted value after `=`
    r"|(?<![\w.])\d{2,5}(?![\w.])|\b[A-Z][A-Z0-9_]{2,}\b|/[\w{}:.-]+(?:/[\w{}:.-]+)*"  # a number, a NAME, a path
)
_HEADER = re.compile(r"\b(X-[A-Za-z0-9-]{2,}|Authorization|Proxy-Authorization|Api-Key|X-Auth-Token)\b", re.IGNORECASE)
_ENV = re.compile(
    r"""(?:environ(?:\.get)?\s*[\[(]\s*|getenv\(\s*|process\.env\.|os\.Getenv\(\s*|\$\{?)["']?([A-Z][A-Z0-9_]{2,})""")
_PARAM = re.compile(r"[:{<\[*]\w")  # where a route's parameters begin: /users/:id, /users/{id}, /users/<id>
VALUED = ("endpoints", "authentication", "api_contract", "configuration", "deployment")  # what a caller sets
MAX_STEPS = 6


@dataclass(frozen=True)
class ValueChange:
    """One value the watched repo changed (`old` empty when it is new), where, and of which kind."""

    category: str
    path: str
    old: str
    new: str
    line: str


@dataclass(frozen=True)
class Use:
    """Where the dependent uses an old value: its file and the line."""

    path: str
    line: str


def _skeleton(text: str) -> str:
    return _LITERAL.sub("\0", text.strip())


def _literals(text: str) -> list[str]:
    return [m.strip("\"'`") for m in _LITERAL.findall(text.strip())]


def value_changes(change_set: ChangeSet, evidence: tuple[Evidence, ...]) -> tuple[ValueChange, ...]:
    """The values behind the matched lines: changed literals of lines with the same shape, and the
    headers and environment variables that added lines introduce."""
    found: dict[tuple[str, str, str], ValueChange] = {}
    files = {f.path: f for f in change_set.files}
    for e in evidence:
        f = files.get(e.path)
        if f is None or e.line[:1] not in ("+", "-") or e.category not in VALUED:
            continue
        lines = changed_lines(f.diff)
        sign, text = e.line[0], e.line[1:]
        other = [t for s, t in lines if s != sign and _skeleton(t) == _skeleton(text)]
        paired = False
        for counterpart in other[:1]:
            old, new = (counterpart, text) if sign == "+" else (text, counterpart)
            for a, b in zip(_literals(old), _literals(new), strict=False):
                if a != b:
                    paired = True
                    found.setdefault((e.category, a, b), ValueChange(e.category, e.path, a, b, new.strip()))
        if sign == "+" and not paired:
            before = " ".join(t for s, t in lines if s == "-")
            for name in _HEADER.findall(text) + _ENV.findall(text):
                if name not in before:
                    found.setdefault((e.category, "", name), ValueChange(e.category, e.path, "", name, text.strip()))
    return tuple(found.values())


def uses(old: str, files: Mapping[str, str | None]) -> tuple[Use, ...]:
    """The dependent's lines that contain `old` as a whole value (8000 is not in 18000); for a route
    with parameters, its fixed part (a client builds `/api/users/${id}` for `/api/users/:id`)."""
    param = _PARAM.search(old) if old.startswith("/") else None
    if param is not None and param.start() > 1:  # a route with parameters: its fixed part, `/api/users/`
        pattern = re.compile(rf"(?<![\w.]){re.escape(old[:param.start()])}")
    else:
        pattern = re.compile(rf"(?<![\w.]){re.escape(old)}(?![\w])")
    out = []
    for path, text in files.items():
        for line in (text or "").splitlines():
            if pattern.search(line):
                out.append(Use(path, line.strip()[:160]))
                break
    return tuple(out)


def _code_file(files: Mapping[str, str | None]) -> str | None:
    """The dependent's interface file that holds code (not docs or an example environment)."""
    for path, text in files.items():
        if text is not None and not path.lower().endswith((".md", ".rst", ".txt", ".example", ".sample", ".env")):
            return path
    return None


def concrete_steps(changes: tuple[ValueChange, ...], files: dict[str, str | None],
                   watched: str) -> tuple[tuple[str, str], ...]:
    """Steps that name the dependent's own file and the value that changes in it, each with the
    category it answers for (a value two categories matched gives the same step twice)."""
    steps: list[tuple[str, str]] = []
    present = {p: t for p, t in files.items() if t is not None}
    target = _code_file(present)
    for c in changes:
        where = f"(`{c.line}` in {c.path})"
        if c.old:
            found = uses(c.old, present)
            for u in found:
                steps.append((c.category, f"`{u.path}` uses `{c.old}` (`{u.line}`); {watched} now uses `{c.new}` "
                                          f"{where}: change it to `{c.new}`."))
            if not found and present:
                steps.append((c.category, f"{watched} changed `{c.old}` to `{c.new}` {where}; "
                                          f"{', '.join(f'`{p}`' for p in present)} do not name `{c.old}`: "
                                          "check whether you rely on it elsewhere."))
        elif c.category == "authentication":
            sender = f"from `{target}`" if target else "with every request"
            if _HEADER.fullmatch(c.new):
                steps.append((c.category, f"Send the `{c.new}` header {sender}: {watched} now requires it {where}."))
            else:
                steps.append((c.category, f"Provide `{c.new}` {sender}: {watched} now reads it for authentication "
                                          f"{where}."))
        elif target is not None and not uses(c.new, present):
            steps.append((c.category, f"Check whether `{target}` must set `{c.new}`, which {watched} now reads {where}."))
    return tuple(steps)
