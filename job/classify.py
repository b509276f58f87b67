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
"""

from __future__ import annotations

import re

from job.changeset import changed_lines
from job.model import ChangeSet, Classification, Evidence
from job.rules import Category, Rules, path_matches

MAX_LINE = 200
COMMENT_STARTS = ("#", "//", "/*", "*/", "* ", "<!--", "--[[")
NOT_COMMENTS = ("#!", "#define", "#include", "#if", "#endif", "#pragma")
_TOKEN = re.compile(r"[^\s'\"`,;=\\\[\]()]+")


def _is_comment(text: str) -> bool:
    s = text.strip()
    return (s.startswith(COMMENT_STARTS) and not s.startswith(NOT_COMMENTS)) or s == "*"


def _shape(text: str) -> tuple[str, ...]:
    """A line's tokens without quotes, commas, brackets, `=` or line continuations: two lines
    with the same shape say the same thing."""
    return tuple(_TOKEN.findall(text))


Shapes = set[tuple[str, ...]]


def _moves(change_set: ChangeSet, rules: Rules) -> tuple[Shapes, Shapes]:
    """The shapes of the lines removed and of those added anywhere in the change set."""
    removed: Shapes = set()
    added: Shapes = set()
    for f in change_set.files:
        if path_matches(f.path, rules.no_evidence):
            continue
        for sign, text in changed_lines(f.diff):
            if text.strip():
                (added if sign == "+" else removed).add(_shape(text))
    return removed, added


def _line_hits(category: Category, path: str, lines: list[str]) -> list[tuple[str, str]]:
    hits = []
    for pattern in category.patterns:
        if pattern.applies_to(path):
            found = [line for line in lines if pattern.regex.search(line[1:])]
            # the new state is the news: show an added line when there is one
            line = next((x for x in found if x.startswith("+")), found[0] if found else None)
            if line is not None:
                hits.append((pattern.regex.pattern, line))
    return hits


def classify(change_set: ChangeSet, rules: Rules, divergent: tuple[str, ...] = ()) -> Classification:
    evidence: list[Evidence] = []
    divergent_only: list[str] = []
    div_cats = [rules.categories[c] for c in divergent if c in rules.categories]
    removed, added = _moves(change_set, rules)
    for f in change_set.files:
        if path_matches(f.path, rules.no_evidence):
            continue
        paths = (f.path,) if not f.old_path else (f.path, f.old_path)
        changed = [(sign, text) for sign, text in changed_lines(f.diff) if text.strip()]
        lines = [
            sign + text for sign, text in changed
            if not _is_comment(text) and _shape(text) not in (removed if sign == "+" else added)
        ]
        if f.change_type == "M" and changed and all(_is_comment(text) for _, text in changed):
            continue  # comments only
        div_lines = {
            line for line in lines
            for c in div_cats for p in c.patterns if p.applies_to(f.path) and p.regex.search(line[1:])
        }
        kept = [line for line in lines if line not in div_lines]
        div_path = any(path_matches(p, c.paths) for c in div_cats for p in paths)

        file_evidence: list[Evidence] = []
        path_evidence: list[Evidence] = []
        for category in rules.categories.values():
            is_div = category.name in divergent
            seen: set[str] = set()
            for pattern, line in _line_hits(category, f.path, lines if is_div else kept):
                if line not in seen:
                    seen.add(line)
                    file_evidence.append(
                        Evidence(category.name, f.path, f"changed line matches /{pattern}/", line.strip()[:MAX_LINE])
                    )
            globs = [g for g in category.paths if any(path_matches(p, (g,)) for p in paths)]
            if globs:
                (file_evidence if is_div else path_evidence).append(
                    Evidence(category.name, f.path, f"path matches {globs[0]!r}")
                )
        shared_lines = any(e.category not in divergent for e in file_evidence)
        only_divergent = bool(div_lines or div_path) and (not kept or (div_path and not shared_lines))
        if only_divergent:
            divergent_only.append(f.path)
        else:
            file_evidence.extend(path_evidence)
        evidence.extend(file_evidence)
    return Classification(tuple(evidence), tuple(divergent_only))
