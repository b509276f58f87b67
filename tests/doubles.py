"""Working in-memory stand-ins for the ports (DESIGN.md §8: doubles of ports, never of our own logic)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from job.errors import NotifierError, PreconditionFailed, SourceError
from job.model import Commit, Fetch, FileChange, IssueDraft, urgency_rank
from job.ports import Blob, IssueRef, Since

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


class InMemoryBlobStore:
    def __init__(self) -> None:
        self.objects: dict[str, Blob] = {}
        self._generation = 0

    def describe(self) -> str:
        return "in memory"

    def read(self, key: str) -> Blob | None:
        return self.objects.get(key)

    def write(self, key: str, data: bytes, if_generation: int | None = None) -> int:
        current = self.objects[key].generation if key in self.objects else 0
        if if_generation is not None and if_generation != current:
            raise PreconditionFailed(key, if_generation, current)
        self._generation += 1
        self.objects[key] = Blob(data, self._generation)
        return self._generation

    def delete(self, key: str, if_generation: int | None = None) -> None:
        current = self.objects[key].generation if key in self.objects else 0
        if if_generation is not None and if_generation != current:
            raise PreconditionFailed(key, if_generation, current)
        self.objects.pop(key, None)

    def list(self, prefix: str) -> list[str]:
        return sorted(k for k in self.objects if k.startswith(prefix))


@dataclass
class ScriptedCommitSource:
    """A linear history per repo; `fetch` answers like a real source (baseline, ranges, cap)."""

    histories: dict[str, list[Commit]] = field(default_factory=dict)
    failures: dict[str, SourceError] = field(default_factory=dict)
    calls: list[tuple[str, Since]] = field(default_factory=list)
    contents: dict[str, dict[str, str]] = field(default_factory=dict)
    # called as each fetch or read_files starts, with ("fetch" or "read_files", repo): a test's way to act
    # while a repo is in flight (a signal arriving, a source that is slow)
    on_call: Callable[[str, str], None] | None = None

    def describe(self) -> str:
        return "scripted"

    def usage(self) -> dict[str, int]:
        return {"fetches": len(self.calls)}

    def read_files(self, repo: str, paths: tuple[str, ...], max_bytes: int) -> dict[str, str | None]:
        if self.on_call is not None:
            self.on_call("read_files", repo)
        if repo in self.failures:
            raise self.failures[repo]
        files = self.contents.get(repo, {})
        return {p: files[p][:max_bytes] if p in files else None for p in paths}

    def push(self, repo: str, message: str, files: dict[str, str], change_type: str = "M") -> Commit:
        history = self.histories.setdefault(repo, [])
        n = len(history)
        commit = Commit(
            sha=hashlib.sha1(f"{repo}#{n}".encode()).hexdigest(), message=message, author="dev",
            committed_at=T0 + timedelta(hours=n), url="",
            files=tuple(FileChange(p, change_type, d) for p, d in files.items()),  # type: ignore[arg-type]
        )
        history.append(commit)
        return commit

    def fetch(self, repo: str, branch: str | None, since: Since, max_commits: int) -> Fetch:
        self.calls.append((repo, since))
        if self.on_call is not None:
            self.on_call("fetch", repo)
        if repo in self.failures:
            raise self.failures[repo]
        history = self.histories.get(repo, [])
        if not history:
            raise SourceError(f"{repo}: no such repository", retryable=False)
        head = history[-1]
        if since.sha is None and since.date is None:
            return Fetch(repo, branch or "main", None, head.sha, head.committed_at, baseline=True)
        shas = [c.sha for c in history]
        start = shas.index(since.sha) + 1 if since.sha in shas else 0
        todo = history[start:]
        taken = todo[:max_commits]
        if not taken:
            return Fetch(repo, branch or "main", head.sha, head.sha, head.committed_at)
        net: dict[str, FileChange] = {}
        for commit in taken:
            for f in commit.files:
                earlier = net.get(f.path)
                net[f.path] = replace(f, change_type="A") if earlier and earlier.change_type == "A" else f
        base = history[start - 1].sha if start else None
        return Fetch(repo, branch or "main", base, taken[-1].sha, taken[-1].committed_at, tuple(taken),
                     tuple(net.values()), remaining=len(todo) - len(taken))


@dataclass
class InMemoryIssue:
    ref: IssueRef
    draft: IssueDraft
    comments: list[str] = field(default_factory=list)
    fingerprints: list[str] = field(default_factory=list)
    state: str = "open"
    labels: list[str] = field(default_factory=list)
    urgency: str = "none"


class InMemoryIssueTracker:
    def __init__(self) -> None:
        self.issues: list[InMemoryIssue] = []
        self.writes = 0
        # called as each create or comment starts, with ("create" or "comment", dependent): a test's way to act
        # while a write is in flight (a signal arriving, a tracker that is slow)
        self.on_write: Callable[[str, str], None] | None = None

    def describe(self) -> str:
        return "in memory"

    def find_by_fingerprint(self, dependent: str, fingerprint: str) -> IssueRef | None:
        return next((i.ref for i in self.issues if i.ref.dependent == dependent and fingerprint in i.fingerprints), None)

    def find_open_thread(self, dependent: str, thread: str, hint: int | None = None) -> IssueRef | None:
        return next((i.ref for i in self.issues
                     if i.ref.dependent == dependent and i.draft.thread == thread and i.state == "open"), None)

    def create(self, draft: IssueDraft) -> IssueRef:
        if self.on_write is not None:
            self.on_write("create", draft.dependent)
        self.writes += 1
        ref = IssueRef(draft.dependent, len(self.issues) + 1, f"memory://{draft.dependent}/{len(self.issues) + 1}")
        self.issues.append(InMemoryIssue(ref, draft, [], [draft.fingerprint], "open", list(draft.labels), draft.urgency))
        return ref

    def issue_state(self, dependent: str, number: int) -> str:
        return next((i.state for i in self.issues if i.ref.dependent == dependent and i.ref.number == number),
                    "unknown")

    def comment(self, issue: IssueRef, draft: IssueDraft) -> IssueRef:
        if self.on_write is not None:
            self.on_write("comment", draft.dependent)
        self.writes += 1
        found = next(i for i in self.issues if i.ref == issue)
        found.comments.append(draft.comment)
        found.fingerprints.append(draft.fingerprint)
        if urgency_rank(draft.urgency) > urgency_rank(found.urgency):  # type: ignore[arg-type]
            found.urgency = draft.urgency
            found.labels = list(dict.fromkeys([*found.labels, *draft.labels]))
        return issue


class RecordingNotifier:
    def __init__(self) -> None:
        self.sent: list[str] = []
        self.down: NotifierError | None = None

    def describe(self) -> str:
        return "recording"

    def send(self, markdown: str) -> None:
        if self.down is not None:
            raise self.down
        self.sent.append(markdown)
