"""Batching: one change set per watched repo from the commits of a fetch (pure).

The net file changes come from the source's `base..head` diff, so a file added then modified is
added, and a change reverted inside the range is gone. This module leaves noise out (lock files,
generated and minified files, binaries, whitespace-only edits), links each file to the commits that
touched it, and clips diffs to a budget, recording what was clipped. Every diff and commit message
passes the redactor here, where untrusted text enters the core, so the model, issues, digests, run
records and logs only ever see the redacted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from job.model import ChangeSet, Commit, Fetch, FileChange, LeftOut, NetFile
from job.redact import redact
from job.rules import kind_matches, path_matches


@dataclass(frozen=True)
class Budget:
    """How much diff text a change set keeps: per file and in all, in characters."""

    per_file: int = 20_000
    total: int = 120_000


def changed_lines(diff: str) -> list[tuple[str, str]]:
    """The added and removed lines of a unified diff, as ('+'|'-', text), headers left out."""
    out = []
    for line in diff.splitlines():
        if line.startswith(("+++", "---")):
            continue
        if line[:1] in ("+", "-"):
            out.append((line[0], line[1:]))
    return out


# git's id of the empty blob: an empty file added or removed (a package's placeholder `__init__.py`) has no diff
# lines, so the sources give it the `index` line git prints for it, which says what the file held: nothing
EMPTY_BLOB = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"


def empty_file_diff(change_type: str) -> str:
    """The diff git prints for an empty file added (`A`) or removed (`D`): its index line alone."""
    return "index 0000000..e69de29\n" if change_type == "A" else "index e69de29..0000000\n"


# git's index line of an empty file, added or removed, at any abbreviation of the blob id (7 characters by default)
_EMPTY_FILE_INDEX = re.compile(r"^index 0+\.\.e69de29\w*(\s|$)|^index e69de29\w*\.\.0+(\s|$)", re.MULTILINE)


def is_empty_file_diff(diff: str) -> bool:
    """Whether the diff is git's for an empty file added or removed (as `empty_file_diff` gives it, or as
    `git show` prints it, headers and all)."""
    return _EMPTY_FILE_INDEX.search(diff) is not None


def is_binary_diff(diff: str) -> bool:
    """Whether git gave the file's diff as binary: its marker comes before any hunk, after the
    `diff --git`/`index` header lines when the text has them."""
    for line in diff.splitlines():
        if line.startswith("@@"):
            return False
        if line.startswith(("Binary files ", "GIT binary patch")):
            return True
    return False


def is_whitespace_only(diff: str) -> bool:
    """Whether the change only re-spaces or re-wraps the text: the same characters in the same order
    once whitespace is gone. Lines that moved are a change (the order of plugins, middleware or
    routes can matter), so they are not whitespace-only."""
    if not changed_lines(diff):
        return False
    old: list[str] = []
    new: list[str] = []
    for line in diff.splitlines():
        if line.startswith(("+++", "---", "@@")):
            old.append("\n")  # a hunk boundary: the text on either side of it is not adjacent
            new.append("\n")
            continue
        text = "".join(line[1:].split())
        if line[:1] in ("-", " "):
            old.append(text)
        if line[:1] in ("+", " "):
            new.append(text)
    return "".join(old) == "".join(new)


def clip(text: str, limit: int) -> tuple[str, int]:
    """Cut `text` at a line boundary to at most `limit` characters; return it and what was cut."""
    if len(text) <= limit:
        return text, 0
    cut = text.rfind("\n", 0, limit)
    if cut >= 0:
        kept = text[: cut + 1]
    else:  # one long line (minified text): a large budget keeps its start, a sliver keeps nothing
        kept = text[:limit] if limit >= 200 else ""
    return kept, len(text) - len(kept)


def _left_out_reason(f: FileChange, noise: tuple[str, ...], ignored: tuple[str, ...]) -> str | None:
    if path_matches(f.path, ignored):
        return "ignored by the watched repo's ignore_paths"
    if kind_matches(f.path, noise):
        return "noise (lock, generated or minified file)"
    if f.binary:
        return "binary file"
    if f.change_type == "M" and is_whitespace_only(f.diff):
        return "whitespace-only change"
    return None


def redact_commit(commit: Commit) -> Commit:
    """The commit with its message and its files' diffs redacted of secrets."""
    files = tuple(replace(f, diff=redact(f.diff)) if f.diff else f for f in commit.files)
    return replace(commit, message=redact(commit.message), files=files)


def batch_changes(
    fetch: Fetch,
    noise: tuple[str, ...] = (),
    ignored: tuple[str, ...] = (),
    budget: Budget = Budget(),
    no_evidence: tuple[str, ...] = (),
) -> ChangeSet:
    """The change set of `fetch`. Diffs share `budget`; files under the `no_evidence` globs (docs, tests,
    translations) get what the others leave, so forty translation files never take the diff of the one
    model file beside them. The files keep their path order either way."""
    touched: dict[str, list[str]] = {}
    for commit in fetch.commits:  # oldest first, so a renamed file inherits its earlier history
        for f in commit.files:
            history = touched.setdefault(f.path, [])
            if f.old_path:
                history.extend(touched.get(f.old_path, []))
            history.append(commit.sha)

    kept: list[FileChange] = []
    left_out: list[LeftOut] = []
    for f in sorted(fetch.net_files, key=lambda f: f.path):
        reason = _left_out_reason(f, noise, ignored)
        if reason:
            left_out.append(LeftOut(f.path, reason))
        else:
            kept.append(f)
    clipped: dict[int, tuple[str, int]] = {}
    remaining_budget = budget.total
    # sorted() is stable: path order within the files that may carry evidence, then within the others
    for i in sorted(range(len(kept)), key=lambda i: kind_matches(kept[i].path, no_evidence)):
        # redacted before clipping: the budget counts what is kept, and no clip splits a secret
        clipped[i] = clip(redact(kept[i].diff), min(budget.per_file, max(remaining_budget, 0)))
        remaining_budget -= len(clipped[i][0])
    files: list[NetFile] = []
    for i, f in enumerate(kept):
        diff, cut = clipped[i]
        shas = tuple(dict.fromkeys(reversed(touched.get(f.path, []) + touched.get(f.old_path or "", []))))
        url = f"{fetch.web_url}/blob/{fetch.head}/{f.path}" if fetch.web_url.startswith("http") else ""
        files.append(NetFile(f.path, f.change_type, diff, f.old_path, shas, cut, url))

    return ChangeSet(
        repo=fetch.repo, branch=fetch.branch, base=fetch.base, head=fetch.head,
        commits=tuple(redact_commit(c) for c in fetch.commits), files=tuple(files), left_out=tuple(left_out),
        notes=fetch.notes, compare_url=fetch.compare_url, remaining=fetch.remaining, web_url=fetch.web_url,
        private=fetch.private,
    )


def text_of(raw: bytes, max_bytes: int) -> str:
    """UTF-8 text of at most `max_bytes`; a cut inside a character drops that character."""
    if len(raw) <= max_bytes:
        return raw.decode("utf-8", "replace")
    cut = raw[:max_bytes]
    for trim in range(4):
        try:
            return cut[: len(cut) - trim].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return cut.decode("utf-8", "replace")


# A dependent's files are read up to this size (the most GitHub's contents API quotes) to tell whether they
# name what changed: a name past a prompt's cut (ORCHESTRATOR_FILE_MAX_BYTES) still counts. A prompt cuts
# its copy from this read, so a source is asked for each file once.
NAMES_MAX_BYTES = 1_000_000


def may_be_cut(text: str, max_bytes: int) -> bool:
    """Whether `text_of` under a cap of `max_bytes` may have cut the file: its text is within a character
    (up to 3 bytes, which the cut drops rather than split) of the cap."""
    return len(text.encode("utf-8")) > max_bytes - 4
