"""`ensure_issue`: make one finding exist in its dependent exactly once (DESIGN.md §4.5).

Order matters for crash safety: the ledger is checked first, then the tracker for the fingerprint
marker (a write that happened just before a crash, before the ledger heard of it), then the open
issue of the thread (the finding becomes a comment), and only then is an issue created. A closed
issue is never reopened: a new finding after it starts a new issue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from job.model import IssueDraft
from job.ports import IssueRef, IssueTracker
from job.state import Ledger, LedgerEntry


@dataclass(frozen=True)
class Written:
    action: str  # created | commented | unchanged | recovered
    ref: IssueRef


def ensure_issue(tracker: IssueTracker, ledger: Ledger, draft: IssueDraft, run_id: str, now: datetime) -> Written:
    known = ledger.get(draft.dependent, draft.fingerprint)
    if known is not None:
        return Written("unchanged", IssueRef(draft.dependent, known.number, known.url))

    def record(action: str, ref: IssueRef) -> Written:
        ledger.record(LedgerEntry(draft.fingerprint, draft.dependent, draft.watched, ref.number, ref.url,
                                  action, now.isoformat(timespec="seconds"), run_id), draft.thread)
        return Written(action, ref)

    found = tracker.find_by_fingerprint(draft.dependent, draft.fingerprint)
    if found is not None:
        return record("recovered", found)
    open_issue = tracker.find_open_thread(draft.dependent, draft.thread, ledger.thread_issue(draft.dependent, draft.thread))
    if open_issue is not None:
        return record("commented", tracker.comment(open_issue, draft))
    return record("created", tracker.create(draft))
