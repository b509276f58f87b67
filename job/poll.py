"""One pass over the watched repos: fetch, batch, triage each dependent, ensure issues, then advance
the checkpoint; record the run and send the digest.

Per watched repo the checkpoint is written only after every issue write for its change set is done,
so a crash at any instant loses nothing, and the rerun re-derives the same fingerprints, which the
ledger turns into no-ops. One repo's failure is recorded and the pass goes on with the others.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from job.changeset import Budget, batch_changes
from job.config import Config, Relationship, Watched
from job.ensure import ensure_issue
from job.errors import NotifierError, OrchestratorError, PreconditionFailed, RateLimited, SourceError
from job.lease import Lease, LeaseHeld, LeaseLost, Task, finish_task
from job.logs import bind_run
from job.model import ChangeSet, Decision, Fetch
from job.ports import (
    BlobStore,
    CommitSource,
    CountsUsage,
    IssueTracker,
    Notifier,
    PrefetchesHeads,
    RepoFiles,
    Since,
    TriageEngine,
)
from job.redact import redact
from job.render import render_digest
from job.routing import Routed, route
from job.rules import Rules
from job.run_record import DecisionOutcome, IssueOutcome, LeftOut, RepoOutcome, RunRecord, Skipped
from job.state import Checkpoint, Checkpoints, Ledger, PendingDigests, RunRecords
from job.triage_rules import in_own_terms

log = logging.getLogger("job.pass")


@dataclass
class Deps:
    """Everything a pass needs, wired by `bootstrap.build`."""

    config: Config
    rules: Rules
    source: CommitSource
    store: BlobStore
    engine: TriageEngine
    tracker: IssueTracker
    notifier: Notifier
    run_id: str
    max_commits: int = 500
    max_issues_per_dependent: int = 10
    budget: Budget = field(default_factory=Budget)
    clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    adapters: dict[str, str] = field(default_factory=dict)
    files: RepoFiles | None = None
    file_max_bytes: int = 100_000
    digest_quiet_passes: bool = False
    task: Task = field(default_factory=Task)
    lease_ttl: timedelta = timedelta(minutes=15)
    keep_runs_days: int = 42
    concurrency: int = 8


@dataclass(frozen=True)
class PassOptions:
    dry_run: bool = False
    repos: tuple[str, ...] = ()
    since: str | None = None
    on_progress: Callable[[int, int], None] | None = None  # (repos done, repos selected), as each finishes


@dataclass
class PassResult:
    """What the pass did, and what to tell the person who started it (`messages`, for stderr)."""

    record: RunRecord
    digest: str | None
    exit_code: int
    messages: list[str] = field(default_factory=list)


def _since(option: str | None, checkpoint: Checkpoint | None) -> Since:
    if option:
        is_sha = len(option) >= 7 and all(c in "0123456789abcdef" for c in option.lower())
        return Since(sha=option) if is_sha else Since(date=option)
    if checkpoint is None:
        return Since()
    return Since(sha=checkpoint.sha, time=checkpoint.committed_at)


def _moves_forward(fetch: Fetch, checkpoint: Checkpoint | None) -> bool:
    """A replay from an earlier `--since` must not move the checkpoint backwards."""
    if checkpoint is None or any(c.sha == checkpoint.sha for c in fetch.commits):
        return True
    return fetch.head_time >= datetime.fromisoformat(checkpoint.committed_at)


def _decision_outcome(routed: Routed, missing: list[str], problem: str) -> DecisionOutcome:
    d = routed.decision
    return DecisionOutcome(
        dependent=d.dependent, kind=d.kind, requires_action=d.requires_action, urgency=d.urgency,
        confidence=d.confidence, matched=list(d.matched), impact_summary=d.impact_summary,
        engine=d.engine, degraded=d.degraded, llm_called=d.llm_called, would_call_llm=d.would_call_llm, action=routed.action,
        digest_only=d.digest_only, prompt_version=d.prompt_version,
        alert=routed.alert, title=routed.draft.title if routed.draft else "",
        fingerprint=routed.draft.fingerprint if routed.draft else "", missing_files=missing, files_problem=problem,
    )


def _process(deps: Deps, watched: Watched, options: PassOptions, now: datetime, quota: Quota) -> RepoOutcome:
    checkpoints = Checkpoints(deps.store)
    found = checkpoints.get(watched.repo)
    checkpoint, generation = found if found else (None, 0)
    fetch = deps.source.fetch(watched.repo, watched.branch, _since(options.since, checkpoint), deps.max_commits)
    entry = RepoOutcome(watched.repo, "", notes=list(fetch.notes))
    if fetch.baseline:
        entry.status = "baseline"
        entry.range = fetch.head[:7]
    elif not fetch.commits:
        entry.status = "unchanged"
    else:
        change_set = batch_changes(fetch, deps.rules.noise, watched.ignore_paths, deps.budget)
        entry.status, entry.commits, entry.range = "processed", len(change_set.commits), change_set.range_label
        entry.left_out = [LeftOut(x.path, x.reason) for x in change_set.left_out]
        entry.remaining, entry.head = change_set.remaining, change_set.head
        entry.decisions = _triage_and_file(deps, change_set, options, now, quota)
    if not options.dry_run and not (checkpoint and checkpoint.sha == fetch.head) and _moves_forward(fetch, checkpoint):
        _advance(checkpoints, watched, fetch, generation, deps.run_id, now)
    return entry


def _triage_and_file(deps: Deps, change_set: ChangeSet, options: PassOptions, now: datetime,
                     quota: Quota) -> list[DecisionOutcome]:
    out = []
    for rel in deps.config.for_watched(change_set.repo):
        decision, missing, problem = _check_files(deps, rel, change_set, deps.engine.decide(change_set, rel))
        routed = route(change_set, decision, rel, deps.config.notifications)
        item = _decision_outcome(routed, missing, problem)
        if routed.draft is not None and not options.dry_run:
            ledger = Ledger(deps.store)
            known = ledger.get(rel.dependent, routed.draft.fingerprint) is not None
            if not known and not quota.take(rel.dependent):
                # over the cap: reported in the digest, deliberately not filed, so the checkpoint may move
                item.action = "over_cap"
                out.append(item)
                continue
            result = ensure_issue(deps.tracker, ledger, routed.draft, deps.run_id, now)
            if not known and result.action not in ("created", "commented"):
                quota.give_back(rel.dependent)
            item.issue = IssueOutcome(result.action, result.ref.number, result.ref.url)
            log.info("issue ensured", extra={"dependent": rel.dependent, "status": result.action,
                                             "number": result.ref.number, "watched": change_set.repo})
        out.append(item)
    return out


def _check_files(deps: Deps, rel: Relationship, change_set: ChangeSet,
                 decision: Decision) -> tuple[Decision, list[str], str]:
    """Name only the dependent's files that exist: a consumer's interface files, a fork's own
    versions of the changed shared files. Missing ones are reported, never passed on. The files
    read also let the rules say what changes in the dependent's own terms."""
    paths = rel.interface_files if rel.kind == "consumer" else decision.affected_files
    if not decision.requires_action or not paths or deps.files is None:
        return decision, [], ""
    try:
        found = deps.files.read_files(rel.dependent, paths, deps.file_max_bytes)
    except RateLimited:
        raise
    except SourceError as exc:
        return replace(decision, affected_files=()), [], f"could not read the files of {rel.dependent}: {redact(str(exc))}"
    present = tuple(p for p in paths if found.get(p) is not None)
    missing = [p for p in paths if found.get(p) is None]
    return replace(in_own_terms(decision, change_set, found), affected_files=present), missing, ""


def _advance(checkpoints: Checkpoints, watched: Watched, fetch: Fetch, generation: int, run_id: str, now: datetime) -> None:
    checkpoint = Checkpoint(
        repo=watched.repo, branch=fetch.branch, sha=fetch.head, committed_at=fetch.head_time.isoformat(),
        updated_at=now.isoformat(timespec="seconds"), run_id=run_id, note="; ".join(fetch.notes),
    )
    try:
        checkpoints.put(checkpoint, generation)
    except PreconditionFailed:
        # Another execution moved it meanwhile: re-read and re-decide, never overwrite.
        current = checkpoints.get(watched.repo)
        if current is None or current[0].sha != fetch.head:
            raise


def run_pass(deps: Deps, options: PassOptions = PassOptions()) -> PassResult:
    started = deps.clock()
    bind_run(deps.run_id)
    task = deps.task
    wanted = {r.lower() for r in options.repos}
    selected = [w for w in deps.config.watched
                if (not wanted or w.repo.lower() in wanted) and (task.count == 1 or task.owns(w.repo))]
    record = RunRecord(
        run_id=deps.run_id, started=started.isoformat(timespec="seconds"), dry_run=options.dry_run,
        engine=deps.engine.name, adapters=deps.adapters, config=deps.config.source,
        execution=task.execution, task_index=task.index, task_count=task.count, attempt=task.attempt,
    )
    lease = Lease(deps.store, task, deps.run_id, deps.lease_ttl)
    if not options.dry_run:
        try:
            lease.acquire(started)
        except LeaseHeld as exc:
            log.warning("another execution holds the lease; nothing to do", extra={"lease": str(exc)})
            return PassResult(record, None, 0, [f"nothing to do: {exc}"])
    log.info("pass started", extra={"watched": len(selected), "dry_run": options.dry_run, **deps.adapters})
    if isinstance(deps.source, PrefetchesHeads) and selected:
        # one query for many heads; a failure only costs the shortcut
        deps.source.prefetch_heads([(w.repo, w.branch) for w in selected])
    try:
        exit_code = _each_repo(deps, options, selected, record, lease, started)
    finally:
        if not options.dry_run:
            lease.release()
    record.usage = {"source": deps.source.usage()}
    if isinstance(deps.engine, CountsUsage):
        usage = record.triage_usage = deps.engine.usage()
        record.tokens = int(usage.get("tokens", 0))
        record.cost_usd = float(usage.get("cost_usd", 0.0))
        # why the model stopped being asked (a refused key, a rejected request, a spent budget): said once
        record.triage_stopped = str((usage.get("budget") or {}).get("stopped") or "")
    record.finished = deps.clock().isoformat(timespec="seconds")
    record.exit_code = exit_code
    wanted_digest = options.dry_run or deps.digest_quiet_passes or record.has_something_to_say()
    digest = render_digest(record) if wanted_digest else None
    record.digest = digest or ""
    if options.dry_run:
        return PassResult(record, digest, exit_code)
    runs = RunRecords(deps.store)
    record.record_key = runs.save(deps.run_id, started, record)
    if task.count > 1:
        digest = _execution_digest(deps, task, record.record_key)
    delivery = _deliver(deps, digest)
    if delivery.startswith("refused") and exit_code == 0:
        exit_code = 2  # a webhook that refuses us is a configuration problem
    runs.annotate(record.record_key, digest_delivery=delivery, exit_code=exit_code)
    record.digest_delivery, record.exit_code = delivery, exit_code
    runs.prune(started - timedelta(days=deps.keep_runs_days))
    log.info("pass finished", extra=record.summary())
    return PassResult(record, digest, exit_code)


class Quota:
    """Issue writes per dependent in this run, for the cap; shared by the worker threads."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._used: dict[str, int] = {}
        self._lock = threading.Lock()

    def take(self, dependent: str) -> bool:
        with self._lock:
            used = self._used.get(dependent.lower(), 0)
            if used >= self._limit:
                return False
            self._used[dependent.lower()] = used + 1
            return True

    def give_back(self, dependent: str) -> None:
        with self._lock:
            self._used[dependent.lower()] -= 1


def _failed(watched: Watched, exc: OrchestratorError) -> RepoOutcome:
    status = exc.status if isinstance(exc, SourceError) else "failed"
    error = redact(str(exc))  # an error may quote a URL or a response: the run record keeps no secret
    log.error("repo failed", extra={"watched": watched.repo, "error": error, "retryable": exc.retryable,
                                    "reason": status})
    return RepoOutcome(watched.repo, "failed", reason=status, error=error, retryable=exc.retryable)


def _each_repo(deps: Deps, options: PassOptions, selected: list[Watched], record: RunRecord, lease: Lease,
               started: datetime) -> int:
    """Process the watched repos, `deps.concurrency` at a time (the work is I/O: GitHub, git, Claude).
    A spent rate limit stops new work; what is left is skipped with its checkpoint untouched."""
    quota = Quota(deps.max_issues_per_dependent)
    stop = threading.Event()
    entries: dict[int, RepoOutcome] = {}
    skipped: dict[int, Skipped] = {}

    def one(index: int, watched: Watched) -> None:
        if stop.is_set():
            skipped[index] = Skipped(watched.repo, "rate limit spent; left for the next run")
            return
        try:
            entry = _process(deps, watched, options, started, quota)
        except RateLimited as exc:
            stop.set()
            skipped[index] = Skipped(watched.repo, f"rate limit spent: {redact(str(exc))}")
            log.warning("rate limit spent; stopping", extra={"watched": watched.repo, "reset_at": exc.reset_at})
            return
        except OrchestratorError as exc:
            entry = _failed(watched, exc)
        else:
            log.info("repo done", extra={"watched": watched.repo, "status": entry.status, "commits": entry.commits})
        entries[index] = entry

    lost: LeaseLost | None = None
    with ThreadPoolExecutor(max_workers=max(1, deps.concurrency), thread_name_prefix="repo") as pool:
        # each task runs in a copy of this context, so its log lines carry this pass's run id
        futures = [pool.submit(contextvars.copy_context().run, one, i, w) for i, w in enumerate(selected)]
        for done, future in enumerate(as_completed(futures), start=1):
            future.result()
            if options.on_progress is not None:
                options.on_progress(done, len(selected))
            if not options.dry_run and lost is None:
                try:
                    lease.renew(deps.clock())
                except LeaseLost as exc:
                    lost = exc
                    stop.set()  # another execution owns these repos now: start nothing more
    for index in range(len(selected)):
        if index in entries:
            record.repos.append(entries[index])
        elif index in skipped:
            reason = "lease lost" if lost is not None and not skipped[index].reason.startswith("rate limit spent:") \
                else skipped[index].reason
            record.skipped.append(Skipped(skipped[index].repo, reason))
    if lost is not None:
        log.error("lease lost; stopping", extra={"error": str(lost)})
        return 1
    return record.failure_exit_code()


def _execution_digest(deps: Deps, task: Task, record_key: str) -> str | None:
    """With parallel tasks, the last one to finish sends one digest for the whole execution."""
    keys = finish_task(deps.store, task, record_key)
    if keys is None:
        return None
    runs = RunRecords(deps.store)
    merged = RunRecord.merged([runs.load(key) for key in sorted(keys)], task.execution or deps.run_id)
    if deps.digest_quiet_passes or merged.has_something_to_say():
        return render_digest(merged)
    return None


def _deliver(deps: Deps, digest: str | None) -> str:
    """Send digests that earlier passes could not deliver, then this one. A digest that cannot be
    delivered is kept in state for the next pass; it never makes anything else happen again."""
    pending = PendingDigests(deps.store)
    status = "sent" if digest else "nothing to say"
    try:
        for key, markdown, generation in pending.all():
            deps.notifier.send(markdown)
            pending.done(key, generation)
            log.info("held digest delivered", extra={"key": key})
        if digest:
            deps.notifier.send(digest)
    except NotifierError as exc:
        if digest:
            pending.keep(deps.run_id, digest)
        log.error("digest not delivered; kept for the next pass", extra={"error": str(exc), "retryable": exc.retryable})
        status = f"{'failed' if exc.retryable else 'refused'}: {redact(str(exc))}; kept for the next pass"
    return status
