"""The ports: the few small interfaces behind which all I/O lives (DESIGN.md §3).

Each has an embedded default adapter (no credentials, no network) and, later, a cloud adapter. The
core and the pass depend on these protocols only; `bootstrap.py` picks the adapters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from job.config import Relationship
from job.errors import DependentRefuses
from job.model import ChangeSet, Classification, Decision, Fetch, IssueDraft


@dataclass(frozen=True)
class Blob:
    data: bytes
    generation: int


class BlobStore(Protocol):
    """A tiny object store. Generations are positive and change on every write; writing with
    `if_generation=0` creates only, with a positive one replaces only that generation, and a lost
    race raises `PreconditionFailed`."""

    def read(self, key: str) -> Blob | None: ...

    def write(self, key: str, data: bytes, if_generation: int | None = None) -> int: ...

    def delete(self, key: str, if_generation: int | None = None) -> None: ...

    def list(self, prefix: str) -> list[str]: ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class Since:
    """Where a fetch starts: a checkpoint sha (with its commit time, for force-pushes), or a
    user-given sha or date, or nothing (first run: baseline)."""

    sha: str | None = None
    time: str | None = None
    date: str | None = None


class CommitSource(Protocol):
    """Gives the commits of a watched repo since a point. `commits` may exceed `max_commits` when
    a merge must be kept whole; `Since.sha` takes precedence over `Since.date`."""

    def fetch(self, repo: str, branch: str | None, since: Since, max_commits: int) -> Fetch: ...

    def describe(self) -> str: ...

    def usage(self) -> dict[str, int]:
        """Counters for the run record (requests made, requests that counted against a limit...)."""
        ...


@runtime_checkable
class RepoFiles(Protocol):
    """Reads a dependent's own files at its default branch (interface files, a fork's versions of
    shared files). A missing file maps to None, never to a placeholder; text is cut at `max_bytes`."""

    def read_files(self, repo: str, paths: tuple[str, ...], max_bytes: int) -> dict[str, str | None]: ...


class TriageEngine(Protocol):
    name: str

    def decide(self, change_set: ChangeSet, relationship: Relationship) -> Decision: ...


class IssueTracker(Protocol):
    """Finds and writes issues in dependents. Every body carries the fingerprint marker, so
    `find_by_fingerprint` can tell whether a write already happened even when the ledger missed it."""

    def find_by_fingerprint(self, dependent: str, fingerprint: str) -> IssueRef | None: ...

    def find_open_thread(self, dependent: str, thread: str, hint: int | None = None) -> IssueRef | None: ...

    def create(self, draft: IssueDraft) -> IssueRef: ...

    def comment(self, issue: IssueRef, draft: IssueDraft) -> IssueRef: ...

    def issue_state(self, dependent: str, number: int) -> str:
        """'open', 'closed', or 'unknown' when the issue is gone (for the weekly digest)."""
        ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class IssueRef:
    dependent: str
    number: int
    url: str
    state: str = "open"


class Notifier(Protocol):
    def send(self, markdown: str) -> None: ...

    def describe(self) -> str: ...


# Optional capabilities: an adapter that has one is used through it; the others work without.

@runtime_checkable
class PrefetchesHeads(Protocol):
    """A commit source that learns many heads in one request, so an unchanged repo costs none."""

    def prefetch_heads(self, repos: list[tuple[str, str | None]]) -> None: ...


@runtime_checkable
class ResolvesCommits(Protocol):
    """A commit source that can say which commit on a branch a ref names (a full or short sha)."""

    def resolve_commit(self, repo: str, branch: str | None, ref: str) -> tuple[str, str] | None:
        """The full sha and ISO commit time of the commit `ref` names, if it is on `branch` (its head
        or an ancestor of it); None if it names no commit there."""
        ...


@runtime_checkable
class CountsUsage(Protocol):
    """A triage engine that counts its tokens and cost for the run record."""

    def usage(self) -> dict[str, Any]: ...


class PromptText(Protocol):
    @property
    def system(self) -> str: ...

    @property
    def user(self) -> str: ...


@runtime_checkable
class RendersPrompts(Protocol):
    """A triage engine that asks a model, and can show the prompt it would send."""

    def render_prompt(self, change_set: ChangeSet, relationship: Relationship) -> PromptText: ...


@runtime_checkable
class NamesItsModel(Protocol):
    """A triage engine whose name for humans says more than `name` (its model)."""

    engine: str


@runtime_checkable
class KnowsRenames(Protocol):
    """An issue tracker that notices when GitHub answers for a dependent under another name."""

    def renamed(self, dependent: str) -> str | None:
        """The new name ('' if not learnt yet), or None when it was not renamed (as far as it saw)."""
        ...


@runtime_checkable
class ListsPaths(Protocol):
    """A commit source that can list a watched repo's files at its branch head (for `validate --online`).
    The flag says whether the list is complete: GitHub cuts a very large tree short."""

    def list_paths(self, repo: str, branch: str | None) -> tuple[tuple[str, ...], bool]: ...


@runtime_checkable
class ChecksAccess(Protocol):
    """An issue tracker that can say what stops it writing in a dependent ('' when nothing does)."""

    def check_access(self, dependent: str) -> str: ...


@runtime_checkable
class ForeseesRefusals(Protocol):
    """An issue tracker that can tell, by reading, how a write in a dependent would be refused (for a
    dry run, which writes nothing and so cannot learn it by trying)."""

    def refusal(self, dependent: str) -> DependentRefuses | None: ...


__all__ = [
    "Blob", "BlobStore", "ChecksAccess", "Classification", "CommitSource", "CountsUsage", "ForeseesRefusals",
    "IssueRef", "IssueTracker",
    "KnowsRenames", "NamesItsModel", "Notifier", "PrefetchesHeads", "PromptText", "RendersPrompts", "RepoFiles",
    "ResolvesCommits", "Since",
    "TriageEngine",
]
