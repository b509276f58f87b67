"""`orchestrator validate --online`: check the config against the real repositories before a run.

For each relationship: the watched repo and its branch can be read, the dependent can be read and
written (when the tracker can tell), the consumer's interface files exist, and each of its
`unused_paths` globs matches a file of the watched repo (a glob that matches nothing is a typo or an
old layout, and silently leaves out nothing). It reports every problem in one table and writes
nothing but the source's own caches.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from job.config import Config
from job.errors import RateLimited, SourceError
from job.ports import ChecksAccess, CommitSource, IssueTracker, ListsPaths, RepoFiles, Since
from job.rules import path_matches

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    repo: str
    role: str
    problem: str


def check_online(config: Config, source: CommitSource, files: RepoFiles | None, tracker: IssueTracker,
                 max_bytes: int = 1_000) -> list[Problem]:
    problems: list[Problem] = []
    unreadable: set[str] = set()
    for watched in config.watched:
        try:
            source.fetch(watched.repo, watched.branch, Since(), max_commits=1)
        except RateLimited:
            raise
        except SourceError as exc:
            problems.append(Problem(watched.repo, "watched", f"{exc.status}: {exc}"))
            continue
        problems.extend(_unused_paths_unmatched(config, source, watched.repo, watched.branch))

    for rel in config.relationships:
        dependent = rel.dependent
        if dependent.lower() in unreadable:
            continue
        if isinstance(tracker, ChecksAccess):
            problem = tracker.check_access(dependent)
            if problem:
                problems.append(Problem(dependent, f"{rel.kind} of {rel.watched}", problem))
        if files is None or not rel.interface_files:
            continue
        try:
            found = files.read_files(dependent, rel.interface_files, max_bytes)
        except RateLimited:
            raise
        except SourceError as exc:
            unreadable.add(dependent.lower())
            problems.append(Problem(dependent, f"{rel.kind} of {rel.watched}", f"{exc.status}: {exc}"))
            continue
        missing = [path for path in rel.interface_files if found.get(path) is None]
        if missing:
            problems.append(Problem(dependent, f"{rel.kind} of {rel.watched}",
                                    f"interface files not found: {', '.join(missing)}"))
    return problems


def _unused_paths_unmatched(config: Config, source: CommitSource, repo: str, branch: str | None) -> list[Problem]:
    declared = [r for r in config.relationships if r.watched == repo and r.unused_paths]
    if not declared or not isinstance(source, ListsPaths):
        return []
    paths, complete = source.list_paths(repo, branch)
    if not complete:  # a partial list cannot show that a glob matches nothing
        log.warning("unused_paths not checked: the source listed only part of the tree",
                    extra={"repo": repo, "files": len(paths)})
        return []
    return [Problem(repo, f"unused_paths of {rel.dependent}", f"{glob!r} matches no file on the watched branch")
            for rel in declared for glob in rel.unused_paths if not any(path_matches(p, (glob,)) for p in paths)]
