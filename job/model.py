"""Plain data that flows through a pass: commits, change sets, classifications, decisions, issue drafts.

Everything here is immutable and free of I/O, so the core (batching, classification, routing,
rendering) is pure functions over these types. Adapters build them; nothing here knows an adapter.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

ChangeType = Literal["A", "M", "D", "R"]
Urgency = Literal["critical", "high", "medium", "low", "none"]

URGENCY_ORDER: tuple[Urgency, ...] = ("none", "low", "medium", "high", "critical")


def urgency_rank(urgency: Urgency) -> int:
    return URGENCY_ORDER.index(urgency)


def max_urgency(urgencies: list[Urgency]) -> Urgency:
    return max(urgencies, key=urgency_rank, default="none")


@dataclass(frozen=True)
class FileChange:
    """One file changed by a commit, or across a range. `old_path` is set for renames."""

    path: str
    change_type: ChangeType
    diff: str = ""
    old_path: str | None = None
    binary: bool = False


@dataclass(frozen=True)
class Commit:
    sha: str
    message: str
    author: str
    committed_at: datetime
    url: str
    files: tuple[FileChange, ...] = ()
    parents: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.message.strip().splitlines()[0] if self.message.strip() else "(no message)"


@dataclass(frozen=True)
class Fetch:
    """What a commit source returns for one watched repo: the commits to process and the net diff.

    `commits` run oldest first and end at `head`; `net_files` is the diff `base..head`, so changes
    made and reverted inside the range are already gone. `baseline` is True on a first run without a
    look-back: the checkpoint is set to `head` and nothing is processed. `remaining` counts commits
    left for later passes when the per-run cap was reached. `private` is True when the source knows
    the repo is not public (issues then carry no diff excerpts, changed lines or commit messages).
    """

    repo: str
    branch: str
    base: str | None
    head: str
    head_time: datetime
    commits: tuple[Commit, ...] = ()
    net_files: tuple[FileChange, ...] = ()
    notes: tuple[str, ...] = ()
    remaining: int = 0
    baseline: bool = False
    compare_url: str = ""
    web_url: str = ""
    private: bool = False


@dataclass(frozen=True)
class NetFile:
    """A file's net change across a change set, with its diff clipped to the budget."""

    path: str
    change_type: ChangeType
    diff: str
    old_path: str | None = None
    commits: tuple[str, ...] = ()
    clipped_chars: int = 0
    url: str = ""


@dataclass(frozen=True)
class LeftOut:
    """A changed file the change set deliberately leaves out, and why (noise, binary, whitespace)."""

    path: str
    reason: str


@dataclass(frozen=True)
class ChangeSet:
    """The commits of one watched repo since its checkpoint, batched: one unit of triage. Its diffs
    and commit messages are redacted of secrets; `private` is the watched repo's (see `Fetch`)."""

    repo: str
    branch: str
    base: str | None
    head: str
    commits: tuple[Commit, ...]
    files: tuple[NetFile, ...]
    left_out: tuple[LeftOut, ...] = ()
    notes: tuple[str, ...] = ()
    compare_url: str = ""
    remaining: int = 0
    web_url: str = ""
    private: bool = False

    @property
    def key(self) -> str:
        """A stable hash of what this change set covers: the same range always gives the same key."""
        return digest_of({"repo": self.repo, "base": self.base, "head": self.head})

    @property
    def clipped(self) -> tuple[str, ...]:
        return tuple(f.path for f in self.files if f.clipped_chars)

    def commits_touching(self, paths: set[str]) -> tuple[Commit, ...]:
        """The commits that changed any of `paths` (all of them when none did, or none are given)."""
        shas = {sha for f in self.files if f.path in paths for sha in f.commits}
        return tuple(c for c in self.commits if c.sha in shas) or self.commits

    @property
    def range_label(self) -> str:
        start = self.base[:7] if self.base else "(start)"
        return f"{start}..{self.head[:7]}"


@dataclass(frozen=True)
class Evidence:
    """Why a category matched: the file, and the changed line or the path rule that matched."""

    category: str
    path: str
    reason: str
    line: str = ""


CATEGORY_WORDS = {
    "api_contract": "the API contract", "authentication": "authentication", "endpoints": "endpoints",
    "deployment": "deployment", "configuration": "configuration", "infrastructure": "the build and deploy pipeline",
    "docker": "the container image", "gpu_configuration": "GPU configuration", "health_checks": "health checks",
    "logging": "logging", "monitoring": "monitoring", "application_logic": "application logic",
    "model_specific": "model-specific settings", "api_endpoints": "API endpoints", "business_logic": "business logic",
}


def in_words(categories: tuple[str, ...] | list[str]) -> str:
    """Categories as a person says them: "the API contract, authentication and endpoints"."""
    words = [CATEGORY_WORDS.get(c, c.replace("_", " ")) for c in categories]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1] if words else ""


@dataclass(frozen=True)
class Classification:
    """What a change set touches: each matched category with its evidence.

    `divergent_only` lists files whose every change is divergent (template triage leaves their
    path-based shared evidence out); `undecided` the files with an effective change that the rules
    cannot rule out for this dependent (the pre-filter sends the change set on while any is left);
    `explained` the undecided files whose every effective line some category's pattern recognises,
    with those categories (a file that only changes log calls is a logging change, nothing more).
    """

    evidence: tuple[Evidence, ...]
    divergent_only: tuple[str, ...] = ()
    undecided: tuple[str, ...] = ()
    explained: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def open_for(self, interests: tuple[str, ...]) -> tuple[str, ...]:
        """The undecided files that may concern a dependent interested in `interests`: all but those
        whose every line is recognised as a kind of change it is not interested in."""
        known = dict(self.explained)
        return tuple(p for p in self.undecided if p not in known or set(known[p]) & set(interests))

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({e.category for e in self.evidence}))

    def for_category(self, category: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.category == category)


@dataclass(frozen=True)
class Decision:
    """The triage result for one relationship and one change set (DESIGN.md §4.2)."""

    watched: str
    dependent: str
    kind: Literal["consumer", "template"]
    requires_action: bool
    urgency: Urgency
    confidence: float
    matched: tuple[str, ...]
    impact_summary: str
    recommended_changes: tuple[str, ...]
    affected_files: tuple[str, ...]
    reasoning: str
    engine: str
    llm_called: bool = False
    would_call_llm: bool = False
    evidence: tuple[Evidence, ...] = ()
    degraded: bool = False
    digest_only: bool = False
    prompt_version: str = ""
    not_proposed: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "requires_action": self.requires_action,
            "urgency": self.urgency,
            "confidence": self.confidence,
            "matched": list(self.matched),
            "impact_summary": self.impact_summary,
            "recommended_changes": list(self.recommended_changes),
            "affected_files": list(self.affected_files),
            "reasoning": self.reasoning,
            "engine": self.engine,
            "llm_called": self.llm_called,
            "would_call_llm": self.would_call_llm,
            "degraded": self.degraded,
            "digest_only": self.digest_only,
            "prompt_version": self.prompt_version,
            "not_proposed": list(self.not_proposed),
            "evidence": [
                {"category": e.category, "path": e.path, "reason": e.reason, "line": e.line}
                for e in self.evidence
            ],
        }


@dataclass(frozen=True)
class IssueDraft:
    """An issue the pass wants to exist in a dependent, with the key that makes writing it idempotent."""

    dependent: str
    watched: str
    title: str
    body: str
    comment: str
    labels: tuple[str, ...]
    urgency: Urgency
    fingerprint: str
    urgency_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def thread(self) -> str:
        """Issues for the same (watched repo, dependent) form one thread: one open issue at a time."""
        return thread_key(self.watched, self.dependent)


def thread_key(watched: str, dependent: str) -> str:
    return digest_of({"watched": watched.lower(), "dependent": dependent.lower()})[:16]


def digest_of(value: object) -> str:
    """A stable SHA-256 of a JSON-able value (sorted keys), the same on every machine and run."""
    raw = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(raw.encode()).hexdigest()
