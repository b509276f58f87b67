"""The run record: what one pass saw, decided, wrote, skipped and failed, and what it cost.

It owns the record's shape (`RunRecord`, with a `RepoOutcome` per watched repo and a
`DecisionOutcome` per relationship), its JSON form (`to_json`/`from_json`, schema-versioned, reading
what earlier versions wrote), and what is computed from it: whether it has something to say, its
totals, the log summary, and the merge of parallel tasks' records into one. It does no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from job.model import Urgency

SCHEMA = 1  # the record's JSON shape; `from_json` refuses another


@dataclass
class IssueOutcome:
    """The issue write for one decision: created, commented, unchanged, recovered... In a dry run, the write
    the real run would make (`DecisionOutcome.would`): create (number 0), comment, unchanged, recovered."""

    action: str
    number: int
    url: str

    def to_json(self) -> dict[str, Any]:
        return {"action": self.action, "number": self.number, "url": self.url}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> IssueOutcome:
        return cls(str(value.get("action", "")), int(value.get("number") or 0), str(value.get("url", "")))


@dataclass
class DecisionOutcome:
    """One relationship's decision in the pass, what routing made of it, and the issue written."""

    dependent: str
    kind: str
    requires_action: bool
    urgency: Urgency
    matched: list[str] = field(default_factory=list)
    impact_summary: str = ""
    action: str = "none"
    confidence: float = 0.0
    engine: str = "rules"
    degraded: bool = False
    llm_called: bool = False
    would_call_llm: bool = False  # whether the pre-filter sent (or would send) the pair to the model
    digest_only: bool = False
    prompt_version: str = ""
    alert: bool = False
    title: str = ""
    fingerprint: str = ""
    issue: IssueOutcome | None = None
    missing_files: list[str] = field(default_factory=list)
    files_problem: str = ""
    refused: str = ""  # the dependent takes no issues: archived, issues_disabled, no_access (finding kept)
    refused_reason: str = ""
    range: str = ""  # the dependent's own range, when it differs from the watched repo's (what is new to it)
    # a dry run's answer for `issue`: what the real run would do (create, comment, unchanged, recovered)
    would: IssueOutcome | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "dependent": self.dependent, "kind": self.kind, "requires_action": self.requires_action,
            "urgency": self.urgency, "confidence": self.confidence, "matched": list(self.matched),
            "impact_summary": self.impact_summary, "engine": self.engine, "degraded": self.degraded,
            "llm_called": self.llm_called, "would_call_llm": self.would_call_llm, "action": self.action,
            "digest_only": self.digest_only,
            "prompt_version": self.prompt_version, "alert": self.alert, "title": self.title,
            "fingerprint": self.fingerprint, "issue": self.issue.to_json() if self.issue else None,
            "missing_files": list(self.missing_files), "files_problem": self.files_problem,
            "refused": self.refused, "refused_reason": self.refused_reason, "range": self.range,
        }
        return out | ({"would": self.would.to_json()} if self.would else {})

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> DecisionOutcome:
        issue, would = value.get("issue"), value.get("would")
        urgency = value.get("urgency", "none")
        return cls(
            dependent=str(value["dependent"]), kind=str(value.get("kind", "")),
            requires_action=bool(value.get("requires_action")),
            urgency=urgency if urgency in ("critical", "high", "medium", "low", "none") else "none",
            matched=[str(m) for m in value.get("matched", [])], impact_summary=str(value.get("impact_summary", "")),
            action=str(value.get("action", "none")), confidence=float(value.get("confidence") or 0.0),
            engine=str(value.get("engine", "rules")), degraded=bool(value.get("degraded")),
            llm_called=bool(value.get("llm_called")), would_call_llm=bool(value.get("would_call_llm")),
            digest_only=bool(value.get("digest_only")),
            prompt_version=str(value.get("prompt_version", "")), alert=bool(value.get("alert")),
            title=str(value.get("title", "")), fingerprint=str(value.get("fingerprint") or ""),
            issue=IssueOutcome.from_json(issue) if isinstance(issue, dict) else None,
            missing_files=[str(m) for m in value.get("missing_files") or []],
            files_problem=str(value.get("files_problem") or ""), refused=str(value.get("refused") or ""),
            refused_reason=str(value.get("refused_reason") or ""), range=str(value.get("range") or ""),
            would=IssueOutcome.from_json(would) if isinstance(would, dict) else None,
        )


@dataclass
class LeftOut:
    """A file of the change set left out of triage, and why (noise, ignored path, budget)."""

    path: str
    reason: str


@dataclass
class Skipped:
    """A watched repo this pass did not start (a spent rate limit, a lost lease, an interruption)."""

    repo: str
    reason: str


@dataclass
class RepoOutcome:
    """One watched repo in the pass. `status` is baseline, unchanged, processed, failed or interrupted
    (stopped at a safe point by a SIGINT or SIGTERM, its checkpoint unmoved); a processed repo has
    `remaining` and `head`, a failed one `reason` and `retryable`, an interrupted one `reason`."""

    repo: str
    status: str
    commits: int = 0
    range: str = ""
    notes: list[str] = field(default_factory=list)
    decisions: list[DecisionOutcome] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    error: str | None = None
    remaining: int | None = None
    head: str | None = None
    reason: str | None = None
    retryable: bool | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "repo": self.repo, "status": self.status, "commits": self.commits, "range": self.range,
            "notes": list(self.notes), "decisions": [d.to_json() for d in self.decisions],
            "left_out": [{"path": x.path, "reason": x.reason} for x in self.left_out], "error": self.error,
        }
        optional = {"remaining": self.remaining, "head": self.head, "reason": self.reason, "retryable": self.retryable}
        return out | {k: v for k, v in optional.items() if v is not None}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> RepoOutcome:
        return cls(
            repo=str(value["repo"]), status=str(value.get("status", "")), commits=int(value.get("commits") or 0),
            range=str(value.get("range") or ""), notes=[str(n) for n in value.get("notes") or []],
            decisions=[DecisionOutcome.from_json(d) for d in value.get("decisions") or []],
            left_out=[LeftOut(str(x["path"]), str(x["reason"])) for x in value.get("left_out") or []],
            error=None if value.get("error") is None else str(value["error"]),
            remaining=None if value.get("remaining") is None else int(value["remaining"]),
            head=None if value.get("head") is None else str(value["head"]),
            reason=None if value.get("reason") is None else str(value["reason"]),
            retryable=None if value.get("retryable") is None else bool(value["retryable"]),
        )


@dataclass
class IssueWrite:
    """One issue written to a dependent (created, commented, or recovered from its marker), as the announce
    journal keeps it until a digest has announced it. In a run record's `unannounced`, one that an earlier
    pass (`run_id`) wrote and never announced; `counted_in_origin` says that pass's own saved record lists
    it, so the weekly digest has counted it there already."""

    run_id: str
    watched: str
    dependent: str
    kind: str
    action: str  # created | commented | recovered
    number: int
    url: str
    title: str
    urgency: Urgency
    matched: list[str]
    fingerprint: str
    range: str
    at: str
    counted_in_origin: bool = False

    def is_write(self, decision: DecisionOutcome, *actions: str) -> bool:
        """Whether `decision` wrote this (its dependent, fingerprint and issue), by one of `actions` (by
        default, this write's own)."""
        issue = decision.issue
        return (issue is not None and decision.dependent.lower() == self.dependent.lower()
                and decision.fingerprint == self.fingerprint and issue.number == self.number
                and issue.action in (actions or (self.action,)))

    def as_decision(self) -> DecisionOutcome:
        """The write as a decision of the pass that announces it (what the weekly digest counts)."""
        return DecisionOutcome(self.dependent, self.kind, True, self.urgency, list(self.matched), self.title,
                               action="create_issue", title=self.title, fingerprint=self.fingerprint,
                               issue=IssueOutcome(self.action, self.number, self.url), range=self.range)

    def to_json(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "watched": self.watched, "dependent": self.dependent, "kind": self.kind,
                "action": self.action, "number": self.number, "url": self.url, "title": self.title,
                "urgency": self.urgency, "matched": list(self.matched), "fingerprint": self.fingerprint,
                "range": self.range, "at": self.at, "counted_in_origin": self.counted_in_origin}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> IssueWrite:
        """Raises KeyError, TypeError or ValueError on a value that is not one."""
        urgency = value["urgency"]
        if urgency not in ("critical", "high", "medium", "low", "none"):
            raise ValueError(f"unknown urgency {urgency!r}")
        return cls(
            run_id=str(value["run_id"]), watched=str(value["watched"]), dependent=str(value["dependent"]),
            kind=str(value.get("kind") or ""), action=str(value["action"]), number=int(value["number"]),
            url=str(value["url"]), title=str(value.get("title") or ""), urgency=urgency,
            matched=[str(m) for m in value.get("matched") or []], fingerprint=str(value["fingerprint"]),
            range=str(value.get("range") or ""), at=str(value.get("at") or ""),
            counted_in_origin=bool(value.get("counted_in_origin")),
        )


@dataclass
class RunRecord:
    """The whole pass. `triage_usage` and `triage_stopped` are there when the engine counts usage;
    `record_key` and `digest_delivery` once the record is saved and the digest sent; `unannounced`, the issue
    writes of earlier passes that no digest announced (job/announce.py), which this pass's digest announces."""

    run_id: str
    started: str
    dry_run: bool = False
    engine: str = "rules"
    adapters: dict[str, str] = field(default_factory=dict)
    config: str = ""
    execution: str = ""
    task_index: int = 0
    task_count: int = 1
    attempt: int = 0
    repos: list[RepoOutcome] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    tokens: int = 0
    cost_usd: float = 0.0
    usage: dict[str, Any] = field(default_factory=dict)
    triage_usage: dict[str, Any] | None = None
    triage_stopped: str = ""  # why the model stopped being asked in this run (said once, in the digest)
    interrupted: str = ""  # the signal that stopped the pass early (SIGINT, SIGTERM), said in the digest
    unannounced: list[IssueWrite] = field(default_factory=list)
    finished: str = ""
    exit_code: int = 0
    digest: str = ""
    record_key: str = ""
    digest_delivery: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA, "run_id": self.run_id, "started": self.started, "dry_run": self.dry_run,
            "engine": self.engine, "adapters": dict(self.adapters), "config": self.config,
            "execution": self.execution, "task_index": self.task_index, "task_count": self.task_count,
            "attempt": self.attempt, "repos": [r.to_json() for r in self.repos],
            "skipped": [{"repo": s.repo, "reason": s.reason} for s in self.skipped], "tokens": self.tokens,
            "cost_usd": self.cost_usd, "usage": self.usage, "finished": self.finished, "exit_code": self.exit_code,
            "digest": self.digest,
        }
        if self.triage_usage is not None:
            out.update(triage_usage=self.triage_usage, triage_stopped=self.triage_stopped)
        if self.digest_delivery:
            out["digest_delivery"] = self.digest_delivery
        if self.interrupted:
            out["interrupted"] = self.interrupted
        if self.unannounced:
            out["unannounced"] = [w.to_json() for w in self.unannounced]
        return out

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> RunRecord:
        """Read a record as any version of the job wrote it (schema 1; later fields default)."""
        if value.get("schema", SCHEMA) != SCHEMA:
            raise ValueError(f"unknown run record schema {value.get('schema')!r}; this job reads {SCHEMA}")
        usage = value.get("triage_usage")
        return cls(
            run_id=str(value["run_id"]), started=str(value["started"]), dry_run=bool(value.get("dry_run")),
            engine=str(value.get("engine", "rules")), adapters=dict(value.get("adapters") or {}),
            config=str(value.get("config") or ""), execution=str(value.get("execution") or ""),
            task_index=int(value.get("task_index") or 0), task_count=int(value.get("task_count") or 1),
            attempt=int(value.get("attempt") or 0),
            repos=[RepoOutcome.from_json(r) for r in value.get("repos") or []],
            skipped=[Skipped(str(s["repo"]), str(s["reason"])) for s in value.get("skipped") or []],
            tokens=int(value.get("tokens") or 0), cost_usd=float(value.get("cost_usd") or 0.0),
            usage=dict(value.get("usage") or {}), triage_usage=dict(usage) if isinstance(usage, dict) else None,
            triage_stopped=str(value.get("triage_stopped") or ""), interrupted=str(value.get("interrupted") or ""),
            unannounced=[IssueWrite.from_json(w) for w in value.get("unannounced") or []],
            finished=str(value.get("finished") or ""),
            exit_code=int(value.get("exit_code") or 0), digest=str(value.get("digest") or ""),
            record_key=str(value.get("record_key") or ""), digest_delivery=str(value.get("digest_delivery") or ""),
        )

    def decisions(self) -> list[DecisionOutcome]:
        return [d for r in self.repos for d in r.decisions]

    def lists(self, write: IssueWrite) -> bool:
        """Whether this record holds `write` among its own decisions' issue writes."""
        return any(write.is_write(d) for d in self.decisions())

    def recovered(self, write: IssueWrite) -> bool:
        """Whether this pass found `write` in its tracker by its marker (the ledger lacked it) and so
        announces it among its own decisions."""
        return any(write.is_write(d, "recovered") for d in self.decisions())

    def has_something_to_say(self) -> bool:
        """Whether a digest is worth sending: an interruption, a skip, a failure, a note on processed
        commits, a degraded decision, a new finding that alerts, or an earlier pass's unannounced issue write."""
        if self.skipped or self.interrupted or self.unannounced:
            return True
        for repo in self.repos:
            if repo.error or repo.notes and repo.status == "processed":
                return True
            for d in repo.decisions:
                repeated = d.issue is not None and d.issue.action == "unchanged"
                if d.refused or d.degraded or (d.requires_action and d.alert and not repeated):
                    return True
        return False

    def failure_exit_code(self) -> int:
        """1 when a failed repo may succeed on a retry, 2 when none can, 0 without failures."""
        failures = [r for r in self.repos if r.status == "failed"]
        if failures:
            return 1 if any(r.retryable is not False for r in failures) else 2
        return 0

    def totals(self) -> dict[str, Any]:
        """The digest's headline numbers."""
        actions = [d.issue.action for d in self.decisions() if d.issue]
        would = [d.would.action for d in self.decisions() if d.would]
        return {
            "commits": sum(r.commits for r in self.repos), "issues_created": actions.count("created"),
            "would_create": would.count("create"), "would_comment": would.count("comment"),
            "issues_commented": actions.count("commented"), "failures": sum(1 for r in self.repos if r.error),
            "refused": sum(1 for d in self.decisions() if d.refused),
            "tokens": self.tokens, "cost_usd": self.cost_usd,
        }

    def summary(self) -> dict[str, Any]:
        """The fields of the `pass finished` log line."""
        statuses: dict[str, int] = {}
        for repo in self.repos:
            statuses[repo.status] = statuses.get(repo.status, 0) + 1
        actions = [d.issue.action for d in self.decisions() if d.issue]
        return {
            "repos": statuses, "issues_created": actions.count("created"), "issues_commented": actions.count("commented"),
            "issues_unchanged": actions.count("unchanged") + actions.count("recovered"), "exit_code": self.exit_code,
        }

    @classmethod
    def merged(cls, records: list[RunRecord], run_id: str) -> RunRecord:
        """One record for an execution's parallel tasks (for its one digest): the first task's
        settings, everyone's repos, skips, unannounced writes, tokens and cost, and each distinct reason triage
        stopped."""
        first = records[0]
        return cls(
            run_id=run_id, started=first.started, dry_run=first.dry_run, engine=first.engine,
            adapters=first.adapters, config=first.config, execution=first.execution, task_index=first.task_index,
            task_count=first.task_count, attempt=first.attempt,
            repos=[repo for r in records for repo in r.repos], skipped=[s for r in records for s in r.skipped],
            unannounced=[w for r in records for w in r.unannounced],
            tokens=sum(r.tokens for r in records), cost_usd=sum(r.cost_usd for r in records),
            usage=first.usage, triage_usage=first.triage_usage,
            triage_stopped="; ".join(dict.fromkeys(r.triage_stopped for r in records if r.triage_stopped)),
            interrupted=", ".join(dict.fromkeys(r.interrupted for r in records if r.interrupted)),
            finished=first.finished, exit_code=first.exit_code, digest=first.digest, record_key=first.record_key,
            digest_delivery=first.digest_delivery,
        )
