"""One watched repo's part of a pass: fetch its new commits (once for every dependent that is at the
same point), plan per dependent what is new to it, triage each, ensure its issue, settle what it was
told, and advance the checkpoint once every write for the change set is done.

So a crash at any instant loses nothing: the rerun re-derives the same fingerprints, which the ledger
turns into no-ops. Once interrupted, a repo stops at its next safe point (before a triage or an issue
write), its checkpoint where it was. `poll.py` runs these for every watched repo and records the pass.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from job.announce import Journal
from job.changeset import NAMES_MAX_BYTES, Budget, batch_changes, may_be_cut
from job.config import Config, Relationship, Watched
from job.ensure import IssuePlan, Written, ensure_issue, plan_issue
from job.errors import (
    DependentRefuses,
    PreconditionFailed,
    RateLimited,
    SourceError,
)
from job.interrupt import Interrupt
from job.lease import Task
from job.model import URGENCY_ORDER, ChangeSet, Decision, Fetch, digest_of, max_urgency
from job.ports import (
    BlobStore,
    CommitSource,
    ForeseesRefusals,
    IssueTracker,
    KnowsRenames,
    Notifier,
    RepoFiles,
    ResolvesCommits,
    Since,
    TriageEngine,
)
from job.redact import redact
from job.render import TITLE_MAX, plain
from job.routing import Routed, route
from job.rules import Rules
from job.run_record import DecisionOutcome, IssueOutcome, LeftOut, RepoOutcome
from job.state import Checkpoint, Checkpoints, Ledger, Report, Told, ToldRecord
from job.triage_rules import in_own_terms

log = logging.getLogger("job.pass")  # one logger for the whole pass


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
    since_shas: dict[str, str] = field(default_factory=dict)  # --since resolved per watched repo (lower case)
    on_progress: Callable[[int, int], None] | None = None  # (repos done, repos selected), as each finishes
    interrupt: Interrupt = field(default_factory=Interrupt)  # fired by a first SIGINT/SIGTERM: start nothing more


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


def process_repo(deps: Deps, watched: Watched, options: PassOptions, now: datetime, quota: Quota,
             journal: Journal | None, ahead: Executor | None = None) -> RepoOutcome:
    """One watched repo's part of the pass. With `ahead`, the next dependent's decision is made there
    while this one's issue is written (see `_triage_and_file`)."""
    checkpoints = Checkpoints(deps.store)
    found = checkpoints.get(watched.repo)
    checkpoint, generation = found if found else (None, 0)
    since = _since(options.since_shas.get(watched.repo.lower(), options.since), checkpoint)
    fetch = deps.source.fetch(watched.repo, watched.branch, since, deps.max_commits)
    entry = RepoOutcome(watched.repo, "", notes=list(fetch.notes))
    if fetch.baseline:
        entry.status = "baseline"
        entry.range = fetch.head[:7]
    else:
        fetches = _Fetches(deps, watched, fetch, since.sha)
        plans = [_plan(deps, rel, fetches, options.dry_run) for rel in deps.config.for_watched(watched.repo)]
        if fetch.commits or any(p.fetch is not None and p.fetch.commits or p.gone for p in plans):
            change_set = fetches.change_set(fetch)
            entry.status, entry.commits, entry.range = "processed", len(change_set.commits), change_set.range_label
            entry.left_out = [LeftOut(x.path, x.reason) for x in change_set.left_out]
            entry.remaining, entry.head = change_set.remaining, change_set.head
            try:
                entry.decisions = _triage_and_file(deps, plans, fetches, options, now, quota, journal, ahead)
            except _Interrupted as stopped:
                # what was written is reported (the digest announces it); the rest waits for the next run
                entry.status, entry.reason, entry.decisions = "interrupted", options.interrupt.reason, stopped.decisions
                entry.notes.append(f"{options.interrupt.reason} before every dependent was told; its checkpoint "
                                   "stays where it was, and the next run tells the others")
                log.warning("repo interrupted", extra={"watched": watched.repo, "decisions": len(stopped.decisions)})
                return entry
            for note in _rename_notes(deps, plans):
                entry.notes.append(note)
        else:
            entry.status = "unchanged"
        if not options.dry_run:
            for plan in plans:
                _settle_quietly(deps, plan, now)
    if not options.dry_run and not (checkpoint and checkpoint.sha == fetch.head) and _moves_forward(fetch, checkpoint):
        _advance(checkpoints, watched, fetch, generation, deps.run_id, now)
    return entry


class _Fetches:
    """The watched repo's fetches in this pass: the pass's own, and one per distinct point a dependent
    was told through (so each dependent hears only what is new to it), each batched once."""

    def __init__(self, deps: Deps, watched: Watched, main: Fetch, since_sha: str | None) -> None:
        self.deps, self.watched, self.main = deps, watched, main
        self._by_start: dict[str, Fetch] = {since_sha: main} if since_sha else {}
        self._batched: dict[int, ChangeSet] = {}

    def since(self, sha: str, time: str) -> Fetch:
        if sha not in self._by_start:
            self._by_start[sha] = self.deps.source.fetch(self.watched.repo, self.watched.branch,
                                                         Since(sha=sha, time=time or None), self.deps.max_commits)
        return self._by_start[sha]

    def change_set(self, fetch: Fetch) -> ChangeSet:
        if id(fetch) not in self._batched:
            self._batched[id(fetch)] = batch_changes(fetch, self.deps.rules.noise, self.watched.ignore_paths,
                                                     self.deps.budget, self.deps.rules.no_evidence)
        return self._batched[id(fetch)]


@dataclass
class _Plan:
    """One dependent in this pass: what it was told (`record`), the fetch of what is new to it (None:
    nothing is), the reports a rewrite of history took away (`gone`), and whether it was settled."""

    rel: Relationship
    record: ToldRecord | None
    generation: int
    fetch: Fetch | None
    gone: list[Report] = field(default_factory=list)
    settled: bool = False


def _plan(deps: Deps, rel: Relationship, fetches: _Fetches, dry_run: bool) -> _Plan:
    found = Told(deps.store).get(rel.watched, rel.dependent)
    record, generation = found if found else (None, 0)
    main = fetches.main
    if record is None or record.through == main.base:
        return _Plan(rel, record, generation, main)
    if record.through == main.head:
        return _Plan(rel, record, generation, None)  # told everything up to the head already
    own = fetches.since(record.through, record.through_time)
    if own.baseline:
        return _Plan(rel, record, generation, None)
    gone: list[Report] = []
    if own.base != record.through and isinstance(deps.source, ResolvesCommits):
        # History was rewritten under what it was told: which reported commits are no longer on the branch.
        # Reports run oldest first along the history it was told, so the newest one still on the branch
        # has every older one on it too: look from the newest back, and stop there.
        for report in reversed(record.reports):
            if deps.source.resolve_commit(rel.watched, fetches.watched.branch, report.head) is not None:
                break
            gone.insert(0, report)
    return _Plan(rel, record, generation, own, gone)


def file_digests(change_set: ChangeSet, paths: set[str] | None = None) -> dict[str, str]:
    """Per file, a digest of its net change in the change set: the same change gives the same digest
    whatever the commits that made it (a rewrite that keeps the content keeps the digest)."""
    return {f.path: digest_of({"path": f.path, "type": f.change_type, "diff": f.diff})[:24]
            for f in change_set.files if paths is None or f.path in paths}


def _news(change_set: ChangeSet, gone: list[Report]) -> tuple[ChangeSet, list[tuple[Report, list[str]]]]:
    """After a rewrite: the change set without the files whose net change the dependent was told already,
    and per report taken away, its files whose reported change is gone (reverted)."""
    now = file_digests(change_set)
    told = {(path, digest) for r in gone for path, digest in r.files.items()}
    kept = tuple(f for f in change_set.files if (f.path, now[f.path]) not in told)
    reverted = [(r, [p for p, d in r.files.items() if now.get(p) != d]) for r in gone]
    return replace(change_set, files=kept), [(r, paths) for r, paths in reverted if paths]


def _reverted_decision(decision: Decision, reverted: list[tuple[Report, list[str]]], branch: str) -> Decision:
    """The finding that something the dependent was told is gone, joined to what else is new to it."""
    lines = [f"Reverted: {r.title} is gone from {branch} (its change to {', '.join(paths)} is no longer there)"
             for r, paths in reverted]
    steps = [f"If you changed anything for \"{r.title}\", check whether to undo it: that change was taken back"
             for r, _ in reverted]
    urgency = max_urgency([decision.urgency if decision.requires_action else "none",
                           *[r.urgency for r, _ in reverted if r.urgency in URGENCY_ORDER]])
    matched = tuple(dict.fromkeys([*decision.matched, *[m for r, _ in reverted for m in r.matched]]))
    summary = "; ".join(lines) + (f". Also: {decision.impact_summary}" if decision.requires_action else "")
    return replace(decision, requires_action=True, urgency=urgency if urgency != "none" else "medium",
                   matched=matched, impact_summary=summary,
                   recommended_changes=(*steps, *(decision.recommended_changes if decision.requires_action else ())),
                   digest_only=False)


class _Interrupted(Exception):
    """Raised at a safe point of a repo in flight once the pass is interrupted, with its decisions so far."""

    def __init__(self, decisions: list[DecisionOutcome]) -> None:
        super().__init__("interrupted")
        self.decisions = decisions


def _safe_point(options: PassOptions, out: list[DecisionOutcome]) -> None:
    """Nothing of the next dependent is written yet: stopping here loses nothing."""
    if options.interrupt.is_set():
        raise _Interrupted(out)


@dataclass
class _News:
    """What one dependent is to be told about in this pass: the full change set of its fetch, the part
    that is news to it (less what a rewrite kept), the reports a rewrite took away, and whether it was
    rewritten at all."""

    full: ChangeSet
    change_set: ChangeSet
    reverted: list[tuple[Report, list[str]]]
    rewritten: bool

    @property
    def told_already(self) -> bool:
        """A rewrite that kept what the dependent was told: nothing new to it, nothing to decide."""
        return self.rewritten and not (self.change_set.files or self.reverted)


class _Ahead:
    """Each dependent's news, worked out once, and the next dependent's decision, made on `executor`
    while this dependent's issue is written. Decisions stay one at a time per watched repo (the next
    starts once this one is made), so Claude sees them in the order of a sequential pass; only the
    writes overlap them. A decision made for a dependent the pass then stops before is dropped, never
    written."""

    def __init__(self, deps: Deps, plans: list[_Plan], fetches: _Fetches, executor: Executor | None) -> None:
        self.deps, self.plans, self.fetches, self.executor = deps, plans, fetches, executor
        self.started: dict[int, Future[Decision]] = {}
        self._news: dict[int, _News | None] = {}

    def news(self, index: int) -> _News | None:
        """The plan's news; None when it has no fetch of anything new."""
        if index not in self._news:
            plan = self.plans[index]
            if plan.fetch is None or not (plan.fetch.commits or plan.gone):
                self._news[index] = None
            else:
                full = self.fetches.change_set(plan.fetch)
                change_set, reverted = _news(full, plan.gone) if plan.gone else (full, [])
                self._news[index] = _News(full, change_set, reverted, bool(plan.gone))
        return self._news[index]

    def start_after(self, index: int) -> None:
        if self.executor is None:
            return
        for later in range(index + 1, len(self.plans)):
            news = self.news(later)
            if news is None or news.told_already:
                continue
            self.started[later] = self.executor.submit(contextvars.copy_context().run, self.deps.engine.decide,
                                                       news.change_set, self.plans[later].rel)
            return

    def decision(self, index: int) -> Decision:
        started = self.started.pop(index, None)
        if started is not None:
            return started.result()
        news = self.news(index)
        assert news is not None  # decided only for a plan with news
        return self.deps.engine.decide(news.change_set, self.plans[index].rel)


def _triage_and_file(deps: Deps, plans: list[_Plan], fetches: _Fetches, options: PassOptions, now: datetime,
                     quota: Quota, journal: Journal | None, executor: Executor | None = None) -> list[DecisionOutcome]:
    out: list[DecisionOutcome] = []
    ahead = _Ahead(deps, plans, fetches, executor)
    for index, plan in enumerate(plans):
        _safe_point(options, out)
        rel = plan.rel
        if plan.fetch is None and fetches.main.commits:
            out.append(DecisionOutcome(rel.dependent, rel.kind, False, "none", action="already_told"))
        news = ahead.news(index)
        if news is None:
            continue
        assert plan.fetch is not None  # there is news only in a fetch
        full, change_set, reverted = news.full, news.change_set, news.reverted
        if news.told_already:
            out.append(DecisionOutcome(rel.dependent, rel.kind, False, "none", action="already_told",
                                       range=change_set.range_label))
            if not options.dry_run:
                _settle(deps, plan, plan.fetch, change_set, None, now)
            continue
        decision, missing, problem = _check_files(deps, rel, change_set, ahead.decision(index))
        if reverted:
            decision = _reverted_decision(decision, reverted, change_set.branch)
        routed = route(change_set, decision, rel, deps.config.notifications)
        if reverted and routed.draft is not None:
            title = plain(f"{change_set.repo} reverted: {'; '.join(r.title for r, _ in reverted)}")
            routed = replace(routed, draft=replace(routed.draft, title=title[:TITLE_MAX]))
        item = _decision_outcome(routed, missing, problem)
        if plan.fetch is not fetches.main:
            item.range = change_set.range_label
        # A dry run goes the same way as the real run and stops short of each write: the same cap, the same
        # ledger and tracker lookups (`plan_issue`, which `ensure_issue` then carries out), the same refusals.
        written: Written | None = None
        if routed.draft is None:
            ahead.start_after(index)
        else:
            _safe_point(options, out)
            ahead.start_after(index)  # past the safe point: this dependent's issue is written whatever comes
            ledger = Ledger(deps.store)
            known = ledger.get(rel.dependent, routed.draft.fingerprint) is not None
            if not known and not quota.take(rel.dependent):
                # over the cap: reported in the digest, deliberately not filed, so the checkpoint may move
                item.action = "over_cap"
                out.append(item)
                if not options.dry_run:
                    _settle(deps, plan, plan.fetch, full, None, now)
                continue
            try:
                planned = plan_issue(deps.tracker, ledger, routed.draft)
                if options.dry_run:
                    _foresee_refusal(deps.tracker, rel.dependent, planned)
                else:
                    noted = journal.noter(change_set.repo, item, item.range or change_set.range_label, now) \
                        if journal is not None else None
                    written = ensure_issue(deps.tracker, ledger, routed.draft, deps.run_id, now, planned, noted)
            except DependentRefuses as exc:
                # kept for a later pass: the dependent's own checkpoint stays; the rest goes on
                if not known:
                    quota.give_back(rel.dependent)
                item.refused, item.refused_reason = exc.status, redact(str(exc))
                log.warning("dependent refuses issues; finding kept", extra={
                    "dependent": rel.dependent, "reason": exc.status, "watched": change_set.repo,
                    "dry_run": options.dry_run})
                if not options.dry_run:
                    _keep_pending(deps, plan, exc.status, item.refused_reason)
                out.append(item)
                continue
            if not known and not planned.writes_to_tracker:
                quota.give_back(rel.dependent)
            if written is None:
                item.would = IssueOutcome(planned.action, planned.ref.number if planned.ref else 0,
                                          planned.ref.url if planned.ref else "")
            else:
                item.issue = IssueOutcome(written.action, written.ref.number, written.ref.url)
                log.info("issue ensured", extra={"dependent": rel.dependent, "status": written.action,
                                                 "number": written.ref.number, "watched": change_set.repo})
        if not options.dry_run:
            _settle(deps, plan, plan.fetch, full, routed if written is not None else None, now)
        out.append(item)
    return out


def _foresee_refusal(tracker: IssueTracker, dependent: str, planned: IssuePlan) -> None:
    """In a dry run, raise the refusal the write would meet, when the tracker can tell it by reading."""
    if planned.writes_to_tracker and isinstance(tracker, ForeseesRefusals):
        refused = tracker.refusal(dependent)
        if refused is not None:
            raise refused


def _settle(deps: Deps, plan: _Plan, fetch: Fetch, change_set: ChangeSet, routed: Routed | None,
            now: datetime) -> None:
    """The dependent has been told what `fetch` holds for it: its own checkpoint moves to the fetch's head.
    Written after the issue, so a crash in between re-ensures (a no-op by fingerprint), never skips."""
    reports = [r for r in (plan.record.reports if plan.record else []) if r not in plan.gone]
    kept = [r for r in plan.gone if not _news(change_set, [r])[1]]  # rewritten, content still there
    if kept:
        reports.append(Report(change_set.base, change_set.head, "", max_urgency(
            [r.urgency for r in kept if r.urgency in URGENCY_ORDER]),
            "; ".join(r.title for r in kept), tuple(m for r in kept for m in r.matched),
            {p: d for r in kept for p, d in r.files.items()}))
    if routed is not None and routed.draft is not None:
        decision = routed.decision
        paths = {e.path for e in decision.evidence} | set(decision.affected_files) or None
        digests = file_digests(change_set, paths) or file_digests(change_set)
        reports.append(Report(change_set.base, change_set.head, routed.draft.fingerprint, decision.urgency,
                              decision.impact_summary[:200] or routed.draft.title, tuple(decision.matched),
                              {p: d for p, d in digests.items()}))
    record = ToldRecord(plan.rel.watched, plan.rel.dependent, fetch.head, fetch.head_time.isoformat(), reports)
    Told(deps.store).put(record, plan.generation)
    plan.settled = True


def _keep_pending(deps: Deps, plan: _Plan, status: str, reason: str) -> None:
    """Say why the dependent's finding waits; its `through` stays, so a later pass writes it."""
    main = plan.fetch
    assert main is not None
    base = plan.record.through if plan.record else (main.base or "")
    time = plan.record.through_time if plan.record else ""
    if not plan.record and main.base and main.commits:
        time = (main.commits[0].committed_at - timedelta(seconds=1)).isoformat()
    record = ToldRecord(plan.rel.watched, plan.rel.dependent, base, time,
                        list(plan.record.reports) if plan.record else [], status, reason)
    if base:
        Told(deps.store).put(record, plan.generation)
    plan.settled = True


def _settle_quietly(deps: Deps, plan: _Plan, now: datetime) -> None:
    """A dependent with nothing new to it (or nothing at all in this pass) moves with the watched repo."""
    if plan.settled or plan.record is None or plan.fetch is None:
        return
    if plan.fetch.commits or plan.gone or plan.record.through == plan.fetch.head or plan.record.pending:
        return
    _settle(deps, plan, plan.fetch, replace(_EMPTY, base=plan.fetch.base, head=plan.fetch.head), None, now)


def _rename_notes(deps: Deps, plans: list[_Plan]) -> list[str]:
    if not isinstance(deps.tracker, KnowsRenames):
        return []
    notes = []
    for plan in plans:
        new = deps.tracker.renamed(plan.rel.dependent)
        if new is not None:
            now_named = f" (now {new})" if new else ""
            notes.append(f"dependent {plan.rel.dependent} has been renamed{now_named}: GitHub redirects to it, "
                         "but the config names an old name; update the config")
    return notes


_EMPTY = ChangeSet(repo="", branch="", base=None, head="", commits=(), files=())


def _check_files(deps: Deps, rel: Relationship, change_set: ChangeSet,
                 decision: Decision) -> tuple[Decision, list[str], str]:
    """`with_dependent_files`, with what goes wrong reading them said in words: the decision then
    names none of the dependent's files."""
    if deps.files is None:
        return decision, [], ""
    try:
        seen, missing = with_dependent_files(decision, change_set, rel, deps.files, max(deps.file_max_bytes, NAMES_MAX_BYTES))
    except RateLimited:
        raise
    except SourceError as exc:
        return replace(decision, affected_files=()), [], f"could not read the files of {rel.dependent}: {redact(str(exc))}"
    return seen, missing, ""


def with_dependent_files(decision: Decision, change_set: ChangeSet, rel: Relationship, files: RepoFiles,
                         max_bytes: int) -> tuple[Decision, list[str]]:
    """A decision that asks for action, seen with the dependent's files: it names only those that exist
    (a consumer's interface files, a fork's own versions of the changed shared files), and the files
    read let the rules say what changes in the dependent's own terms, or that it calls none of what
    changed (`in_own_terms`). Returns it with the files that are missing; reads nothing otherwise."""
    paths = rel.interface_files if rel.kind == "consumer" else decision.affected_files
    if not decision.requires_action or not paths:
        return decision, []
    found = files.read_files(rel.dependent, paths, max_bytes)
    present = tuple(p for p in paths if found.get(p) is not None)
    missing = [p for p in paths if found.get(p) is None]
    seen = in_own_terms(decision, change_set, found, cut=[p for p in present if may_be_cut(found[p] or "", max_bytes)])
    return (replace(seen, affected_files=present) if seen.requires_action else seen), missing


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


