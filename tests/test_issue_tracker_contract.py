"""One contract, both issue trackers: the outbox (Markdown files) and GitHub issues (FakeGitHub through
PyGithub) must find a write by its fingerprint, put a new finding on the open issue as a comment, and
raise the issue's urgency labels when that finding is more urgent (never lower them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from doubles import InMemoryBlobStore
from fake_github import FakeGitHub, github_client
from tests_support import NOW

from job.ensure import ensure_issue, plan_issue
from job.issues_github import JOB_LABEL, GitHubIssueTracker, Pacer
from job.issues_outbox import OutboxIssueTracker
from job.model import IssueDraft, Urgency, thread_key
from job.ports import IssueTracker
from job.state import Ledger

DEPENDENT = "acme/app"
URGENCY_LABELS = {"critical": ("dependency", "urgent"), "high": ("dependency", "important"),
                  "medium": ("dependency",), "low": ("dependency", "info")}

Labels = Callable[[int], set[str]]  # an issue's labels as the tracker's backend holds them (the job's own left out)
Tracker = tuple[Callable[[], IssueTracker], Labels]  # a new tracker per run, over the same backend


def draft(fingerprint: str, urgency: Urgency = "medium") -> IssueDraft:
    thread = thread_key("acme/svc", DEPENDENT)
    return IssueDraft(
        dependent=DEPENDENT, watched="acme/svc", title=f"acme/svc changed endpoints ({fingerprint})",
        body=f"Body\n\n<!-- orchestrator:fingerprint={fingerprint} -->\n<!-- orchestrator:thread={thread} -->\n",
        comment=f"New change\n\n<!-- orchestrator:fingerprint={fingerprint} -->\n", labels=URGENCY_LABELS[urgency],
        urgency=urgency, fingerprint=fingerprint, urgency_labels=URGENCY_LABELS,
    )


@pytest.fixture(params=["outbox", "github"])
def tracker(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Tracker]:
    if request.param == "outbox":
        def outbox_labels(number: int) -> set[str]:
            [issue] = [i for i in OutboxIssueTracker(tmp_path).issues(DEPENDENT) if int(i.meta["number"]) == number]
            return set(issue.meta["labels"])

        yield lambda: OutboxIssueTracker(tmp_path), outbox_labels
        return
    with FakeGitHub() as server:
        server.add_repo(DEPENDENT)
        client = github_client(server)

        def github_labels(number: int) -> set[str]:
            return set(server.repo(DEPENDENT).issues[number].labels) - {JOB_LABEL}

        yield lambda: GitHubIssueTracker(client, pacer=Pacer(sleep=lambda _: None)), github_labels
        client.close()


def test_a_write_is_found_by_its_fingerprint_and_an_unknown_one_is_not(tracker: Tracker) -> None:
    make, _ = tracker
    issues = make()
    ref = issues.create(draft("fp1"))

    found = issues.find_by_fingerprint(DEPENDENT, "fp1")

    assert found is not None and (found.number, found.url, found.state) == (ref.number, ref.url, "open")
    assert issues.find_by_fingerprint(DEPENDENT, "fp-never-written") is None


def test_a_new_finding_goes_on_the_open_issue_as_a_comment_and_is_found_by_its_fingerprint(
    tracker: Tracker,
) -> None:
    make, _ = tracker
    ledger = Ledger(InMemoryBlobStore())
    first = ensure_issue(make(), ledger, draft("fp1"), "run-1", NOW)
    second = ensure_issue(make(), ledger, draft("fp2"), "run-2", NOW)

    assert (first.action, second.action) == ("created", "commented") and second.ref.number == first.ref.number
    issues = make()  # a later run, whose ledger may have missed the comment: the tracker still finds it
    found = issues.find_by_fingerprint(DEPENDENT, "fp2")
    assert found is not None and found.number == first.ref.number
    thread = issues.find_open_thread(DEPENDENT, thread_key("acme/svc", DEPENDENT))
    assert thread is not None and thread.number == first.ref.number


def test_plan_issue_says_what_ensure_issue_then_does_and_writes_nothing(tracker: Tracker) -> None:
    make, _ = tracker
    ledger = Ledger(InMemoryBlobStore())
    assert plan_issue(make(), ledger, draft("fp1")).action == "create"
    assert make().find_by_fingerprint(DEPENDENT, "fp1") is None and ledger.get(DEPENDENT, "fp1") is None
    first = ensure_issue(make(), ledger, draft("fp1"), "run-1", NOW)

    again = plan_issue(make(), ledger, draft("fp1"))  # the ledger knows it
    lost = plan_issue(make(), Ledger(InMemoryBlobStore()), draft("fp1"))  # the tracker's marker knows it
    new = plan_issue(make(), ledger, draft("fp2"))
    assert (again.action, lost.action, new.action) == ("unchanged", "recovered", "comment")
    assert {p.ref.number for p in (again, lost, new) if p.ref} == {first.ref.number}
    assert make().find_by_fingerprint(DEPENDENT, "fp2") is None  # planning a comment wrote none
    assert ensure_issue(make(), ledger, draft("fp2"), "run-2", NOW, new).action == "commented"


def test_a_more_urgent_comment_raises_the_labels_and_a_less_urgent_one_keeps_them(
    tracker: Tracker,
) -> None:
    make, labels = tracker
    issues = make()
    ref = issues.create(draft("fp1", "medium"))
    assert labels(ref.number) == {"dependency"}

    issues.comment(ref, draft("fp2", "critical"))
    assert labels(ref.number) == {"dependency", "urgent"}

    issues.comment(ref, draft("fp3", "low"))
    assert labels(ref.number) == {"dependency", "urgent"}
