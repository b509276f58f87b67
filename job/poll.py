"""One pass over the watched repos: take the shard's lease, run each watched repo's part
(`repo_pass.py`: fetch, batch, triage each dependent, ensure issues, advance the checkpoint), a few
at a time, then record the run and send the digest.

One repo's failure is recorded and the pass goes on with the others; a spent rate limit starts no more.
Once interrupted (a first SIGINT or SIGTERM), the pass starts no more repos, and those in flight stop at
their next safe point (before a triage or an issue write), their checkpoints where they were.
Each issue write of a real pass is noted in the announce journal (job/announce.py) until the pass's record
is saved and its digest out; the next pass announces what an earlier one left there.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from job import keys
from job.announce import Journal
from job.config import Watched
from job.errors import NotifierError, OrchestratorError, RateLimited, SourceError
from job.interrupt import Interrupt
from job.lease import Lease, LeaseHeld, LeaseLost, Task, finish_task
from job.logs import bind_run
from job.ports import CountsUsage, PrefetchesHeads
from job.redact import redact
from job.render import render_digest
from job.repo_pass import Deps as Deps  # the pass's inputs, named here for its callers
from job.repo_pass import PassOptions as PassOptions
from job.repo_pass import Quota, process_repo
from job.run_record import RepoOutcome, RunRecord, Skipped
from job.state import PendingDigests, RunRecords

log = logging.getLogger("job.pass")
DEFAULT_OPTIONS = PassOptions()


@dataclass
class PassResult:
    """What the pass did, and what to tell the person who started it (`messages`, for stderr)."""

    record: RunRecord
    digest: str | None
    exit_code: int
    messages: list[str] = field(default_factory=list)
    in_flight: int = 0  # repos still at work when an interrupted pass stopped waiting for them (past the grace)


def run_pass(deps: Deps, options: PassOptions = DEFAULT_OPTIONS) -> PassResult:
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
    # a dry run neither writes nor takes the journal of issue writes not yet announced
    journal = None if options.dry_run else Journal(deps.store, task.shard, deps.run_id, keys.run(deps.run_id, started))
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
    # the lease is held until the journal is cleaned up: a pass starting meanwhile would take this
    # pass's notes for an earlier pass's and announce its issues twice
    try:
        if journal is not None:  # holding the lease: no other live pass writes this shard's journal
            record.unannounced = journal.take_earlier()
        exit_code, in_flight = _each_repo(deps, options, selected, record, lease, started, journal)
        return _finish(deps, options, record, journal, started, exit_code, in_flight)
    finally:
        if not options.dry_run:
            lease.release()


def _finish(deps: Deps, options: PassOptions, record: RunRecord, journal: Journal | None, started: datetime,
            exit_code: int, in_flight: int) -> PassResult:
    """Complete the record, save it, send the digest (or keep it pending) and clean up the journal."""
    task = deps.task
    if options.interrupt.is_set():
        record.interrupted = options.interrupt.signal_name
        exit_code = options.interrupt.exit_code
    record.usage = {"source": deps.source.usage()}
    if isinstance(deps.engine, CountsUsage):
        usage = record.triage_usage = deps.engine.usage()
        record.tokens = int(usage.get("tokens", 0))
        record.cost_usd = float(usage.get("cost_usd", 0.0))
        # why the model stopped being asked (a refused key, a rejected request, a spent budget): said once
        record.triage_stopped = str((usage.get("budget") or {}).get("stopped") or "")
    # a write an earlier pass noted and this one recovered by its marker is announced among its decisions
    record.unannounced = [w for w in record.unannounced if not record.recovered(w)]
    record.finished = deps.clock().isoformat(timespec="seconds")
    record.exit_code = exit_code
    wanted_digest = options.dry_run or deps.digest_quiet_passes or record.has_something_to_say()
    digest = render_digest(record) if wanted_digest else None
    record.digest = digest or ""
    if options.dry_run:
        return PassResult(record, digest, exit_code, in_flight=in_flight)
    runs = RunRecords(deps.store)
    record.record_key = runs.save(deps.run_id, started, record)
    if task.count > 1:
        digest = _execution_digest(deps, task, record.record_key)
    delivery = _deliver(deps, digest)
    if delivery.startswith("refused") and exit_code == 0:
        exit_code = 2  # a webhook that refuses us is a configuration problem
    runs.annotate(record.record_key, digest_delivery=delivery, exit_code=exit_code)
    record.digest_delivery, record.exit_code = delivery, exit_code
    if journal is not None:
        journal.clean_up(record)  # saved, and announced or kept: the journal has done its work
    runs.prune(started - timedelta(days=deps.keep_runs_days))
    log.info("pass finished", extra=record.summary())
    return PassResult(record, digest, exit_code, in_flight=in_flight)


def _failed(watched: Watched, exc: OrchestratorError) -> RepoOutcome:
    status = exc.status if isinstance(exc, SourceError) else "failed"
    error = redact(str(exc))  # an error may quote a URL or a response: the run record keeps no secret
    log.error("repo failed", extra={"watched": watched.repo, "error": error, "retryable": exc.retryable,
                                    "reason": status})
    return RepoOutcome(watched.repo, "failed", reason=status, error=error, retryable=exc.retryable)


def _interrupted_by_error(watched: Watched, exc: OrchestratorError, interrupt: Interrupt) -> RepoOutcome:
    """A repo whose work failed once the pass was interrupted: most likely of the interruption, so not a
    failure; the error is kept in a note, and the checkpoint stays for the next run."""
    error = redact(str(exc))
    log.warning("repo interrupted", extra={"watched": watched.repo, "error": error})
    return RepoOutcome(watched.repo, "interrupted", reason=interrupt.reason,
                       notes=[f"{interrupt.reason} while in flight, and then stopped with: {error}; "
                              "its checkpoint stays where it was, and the next run does it again"])


_TICK = 0.1  # seconds between looks at the interrupt while repos are in flight


def _each_repo(deps: Deps, options: PassOptions, selected: list[Watched], record: RunRecord, lease: Lease,
               started: datetime, journal: Journal | None) -> tuple[int, int]:
    """Process the watched repos, `deps.concurrency` at a time (the work is I/O: GitHub, git, Claude).
    A spent rate limit or an interruption stops new work; what is left is skipped with its checkpoint
    untouched. Once interrupted, the repos in flight get the interrupt's grace to reach a safe point;
    those still at work after it are recorded as interrupted and left running (the process exits soon).
    Returns the exit code and how many repos were left running."""
    quota = Quota(deps.max_issues_per_dependent)
    stop = threading.Event()
    interrupt = options.interrupt
    entries: dict[int, RepoOutcome] = {}
    skipped: dict[int, Skipped] = {}

    def one(index: int, watched: Watched) -> None:
        if interrupt.is_set():
            skipped[index] = Skipped(watched.repo, f"{interrupt.reason}; left for the next run")
            return
        if stop.is_set():
            skipped[index] = Skipped(watched.repo, "rate limit spent; left for the next run")
            return
        try:
            entry = process_repo(deps, watched, options, started, quota, journal, ahead)
        except RateLimited as exc:
            stop.set()
            skipped[index] = Skipped(watched.repo, f"rate limit spent: {redact(str(exc))}")
            log.warning("rate limit spent; stopping", extra={"watched": watched.repo, "reset_at": exc.reset_at})
            return
        except OrchestratorError as exc:
            entry = _interrupted_by_error(watched, exc, interrupt) if interrupt.is_set() else _failed(watched, exc)
        else:
            log.info("repo done", extra={"watched": watched.repo, "status": entry.status, "commits": entry.commits})
        entries[index] = entry

    lost: LeaseLost | None = None
    pool = ThreadPoolExecutor(max_workers=max(1, deps.concurrency), thread_name_prefix="repo")
    # each repo's next dependent is decided here while its worker writes the last one's issue: at most
    # one decision per repo at a time, so no more than `concurrency` in flight
    ahead = ThreadPoolExecutor(max_workers=max(1, deps.concurrency), thread_name_prefix="decide")
    abandoned = False
    try:
        # each task runs in a copy of this context, so its log lines carry this pass's run id
        futures = [pool.submit(contextvars.copy_context().run, one, i, w) for i, w in enumerate(selected)]
        pending: set[Future[None]] = set(futures)
        done = 0
        while pending:
            finished, pending = wait(pending, timeout=_TICK, return_when=FIRST_COMPLETED)
            for future in finished:
                future.result()
                done += 1
                if options.on_progress is not None:
                    options.on_progress(done, len(selected))
                if not options.dry_run and lost is None:
                    try:
                        lease.renew(deps.clock())
                    except LeaseLost as exc:
                        lost = exc
                        stop.set()  # another execution owns these repos now: start nothing more
            if pending and interrupt.past_grace():
                abandoned = True
                break
    finally:
        pool.shutdown(wait=not abandoned, cancel_futures=abandoned)
        ahead.shutdown(wait=not abandoned, cancel_futures=True)
    in_flight = 0
    for index, future in enumerate(futures):
        repo = selected[index].repo
        if future.cancelled():  # abandoned past the grace before it started
            record.skipped.append(Skipped(repo, f"{interrupt.reason}; left for the next run"))
        elif not future.done():  # abandoned past the grace while at work: whatever it still finishes is safe
            in_flight += 1
            record.repos.append(RepoOutcome(repo, "interrupted", reason=interrupt.reason, notes=[
                f"{interrupt.reason}; still at work {interrupt.grace:g} s later, so left unfinished: "
                "the next run picks up whatever it did not finish"]))
        elif index in entries:
            record.repos.append(entries[index])
        elif index in skipped:
            kept = ("rate limit spent:", "interrupted by")
            reason = "lease lost" if lost is not None and not skipped[index].reason.startswith(kept) \
                else skipped[index].reason
            record.skipped.append(Skipped(skipped[index].repo, reason))
    if lost is not None:
        log.error("lease lost; stopping", extra={"error": str(lost)})
        return 1, in_flight
    return record.failure_exit_code(), in_flight


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
