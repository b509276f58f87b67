"""`ensure_issue`: make one finding exist in its dependent exactly once (DESIGN.md §4.5); `plan_issue`:
what it will do, found by reading only (a dry run says this, and `ensure_issue` follows it).

Order matters for crash safety: the ledger is checked first, then the tracker for the fingerprint
marker (a write that happened just before a crash, before the ledger heard of it), then the open
issue of the thread (the finding becomes a comment), and only then is an issue created. A closed
issue is never reopened: a new finding after it starts a new issue. A write is `noted` (the announce
journal, job/announce.py) between the tracker and the ledger, so a crash never leaves a write that is in
the ledger and in no note: the next pass either announces the note or recovers the write by its marker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from job.model import IssueDraft
from job.ports import IssueRef, IssueTracker
from job.state import Ledger, LedgerEntry


@dataclass(frozen=True)
class Written:
    action: str  # created | commented | unchanged | recovered
    ref: IssueRef


@dataclass(frozen=True)
class IssuePlan:
    """What `ensure_issue` does for a draft: `unchanged` (the ledger has it: nothing is written), `recovered`
    (the tracker has its marker: only the ledger is written), `comment` on the open issue of its thread,
    or `create`. `ref` is the issue it names (None for `create`)."""

    action: str  # unchanged | recovered | comment | create
    ref: IssueRef | None = None

    @property
    def writes_to_tracker(self) -> bool:
        return self.action in ("comment", "create")


def plan_issue(tracker: IssueTracker, ledger: Ledger, draft: IssueDraft) -> IssuePlan:
    """Decide, by reading the ledger and the tracker and writing nothing, what `ensure_issue` will do."""
    known = ledger.get(draft.dependent, draft.fingerprint)
    if known is not None:
        return IssuePlan("unchanged", IssueRef(draft.dependent, known.number, known.url))
    found = tracker.find_by_fingerprint(draft.dependent, draft.fingerprint)
    if found is not None:
        return IssuePlan("recovered", found)
    open_issue = tracker.find_open_thread(draft.dependent, draft.thread, ledger.thread_issue(draft.dependent, draft.thread))
    if open_issue is not None:
        return IssuePlan("comment", open_issue)
    return IssuePlan("create")


def ensure_issue(tracker: IssueTracker, ledger: Ledger, draft: IssueDraft, run_id: str, now: datetime,
                 plan: IssuePlan | None = None, noted: Callable[[Written], None] | None = None) -> Written:
    """Carry out `plan` (by default, `plan_issue` now), tell `noted` of each write (created, commented or
    recovered), and record it in the ledger."""
    plan = plan or plan_issue(tracker, ledger, draft)

    def record(action: str, ref: IssueRef) -> Written:
        written = Written(action, ref)
        if noted is not None:
            noted(written)
        ledger.record(LedgerEntry(draft.fingerprint, draft.dependent, draft.watched, ref.number, ref.url,
                                  action, now.isoformat(timespec="seconds"), run_id), draft.thread)
        return written

    if plan.action == "create":
        return record("created", tracker.create(draft))
    assert plan.ref is not None, plan
    if plan.action == "unchanged":
        return Written("unchanged", plan.ref)
    if plan.action == "recovered":
        return record("recovered", plan.ref)
    return record("commented", tracker.comment(plan.ref, draft))
