"""The GitHub issue tracker against FakeGitHub, through PyGithub: exactly once, threads, labels, limits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from doubles import InMemoryBlobStore
from fake_github import FakeGitHub, github_client
from github import Github
from tests_support import NOW

from job.ensure import ensure_issue
from job.errors import TrackerError
from job.issues_github import JOB_LABEL, GitHubIssueTracker, Pacer
from job.model import IssueDraft, thread_key
from job.state import Ledger

DEPENDENT = "acme/app"
URGENCY_LABELS = {"critical": ("dependency", "urgent"), "high": ("dependency", "important"),
                  "medium": ("dependency",), "low": ("dependency", "info")}


def draft(fingerprint: str, urgency: str = "medium", body: str = "") -> IssueDraft:
    thread = thread_key("acme/svc", DEPENDENT)
    text = body or f"Body\n\n<!-- orchestrator:fingerprint={fingerprint} -->\n<!-- orchestrator:thread={thread} -->\n"
    return IssueDraft(
        dependent=DEPENDENT, watched="acme/svc", title=f"acme/svc changed endpoints ({fingerprint})", body=text,
        comment=f"New change\n\n<!-- orchestrator:fingerprint={fingerprint} -->\n", labels=URGENCY_LABELS[urgency],
        urgency=urgency, fingerprint=fingerprint, urgency_labels=URGENCY_LABELS,  # type: ignore[arg-type]
    )


@pytest.fixture
def server() -> Iterator[FakeGitHub]:
    with FakeGitHub() as fake:
        fake.add_repo(DEPENDENT)
        yield fake


@pytest.fixture
def client(server: FakeGitHub) -> Iterator[Github]:
    gh = github_client(server)
    yield gh
    gh.close()


def tracker(client: Github, sleeps: list[float] | None = None) -> GitHubIssueTracker:
    recorded = sleeps if sleeps is not None else []
    return GitHubIssueTracker(client, pacer=Pacer(sleep=recorded.append))


def ensure(t: GitHubIssueTracker, ledger: Ledger, d: IssueDraft) -> str:
    return ensure_issue(t, ledger, d, "run-1", NOW).action


def test_first_finding_creates_an_issue_with_the_jobs_labels_created_when_missing(
    server: FakeGitHub, client: Github,
) -> None:
    server.repo(DEPENDENT).add_label("dependency", "0366d6")
    assert ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp1", "high")) == "created"
    repo = server.repo(DEPENDENT)
    [issue] = repo.issues.values()
    assert set(issue.labels) == {JOB_LABEL, "dependency", "important"}
    assert {name: label.description != "" for name, label in repo.labels.items()} == {
        "dependency": False, JOB_LABEL.lower(): True, "important": True}
    assert "orchestrator:fingerprint=fp1" in issue.body


def test_repeated_finding_writes_nothing_and_a_new_one_becomes_a_comment(server: FakeGitHub, client: Github) -> None:
    ledger = Ledger(InMemoryBlobStore())
    t = tracker(client)
    assert ensure(t, ledger, draft("fp1")) == "created"
    assert ensure(t, ledger, draft("fp1")) == "unchanged"
    assert ensure(tracker(client), ledger, draft("fp2", "critical")) == "commented"
    [issue] = server.repo(DEPENDENT).issues.values()
    assert len(issue.comments) == 1 and "fp2" in issue.comments[0].body
    assert "urgent" in issue.labels and "dependency" in issue.labels


def test_write_lost_by_the_ledger_is_found_on_github_not_duplicated(server: FakeGitHub, client: Github) -> None:
    ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp1"))
    ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp2"))  # a comment
    assert ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp1")) == "recovered"
    assert ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp2")) == "recovered"
    [issue] = server.repo(DEPENDENT).issues.values()
    assert len(issue.comments) == 1


def test_closed_issue_is_never_reopened(server: FakeGitHub, client: Github) -> None:
    ledger = Ledger(InMemoryBlobStore())
    ensure(tracker(client), ledger, draft("fp1"))
    server.repo(DEPENDENT).issues[1].state = "closed"
    assert ensure(tracker(client), ledger, draft("fp2")) == "created"
    states = [i.state for i in server.repo(DEPENDENT).issues.values()]
    assert states == ["closed", "open"]


def test_create_answered_502_after_github_created_it_is_not_created_twice(server: FakeGitHub, client: Github) -> None:
    server.fail("POST", r"/repos/acme/app/issues$", 502, after_effect=True)
    assert ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp1")) == "created"
    assert len(server.repo(DEPENDENT).issues) == 1


def test_create_answered_502_before_anything_happened_is_tried_once_more(server: FakeGitHub, client: Github) -> None:
    server.fail("POST", r"/repos/acme/app/issues$", 502)
    assert ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp1")) == "created"
    assert len(server.repo(DEPENDENT).issues) == 1
    assert server.count("POST", r"/issues$") == 2


def test_oversize_body_is_cut_with_a_note_instead_of_a_422(server: FakeGitHub, client: Github) -> None:
    big = "x" * 70_000 + "\n<!-- orchestrator:fingerprint=fp1 -->\n"
    ensure(tracker(client), Ledger(InMemoryBlobStore()), draft("fp1", body=big))
    [issue] = server.repo(DEPENDENT).issues.values()
    assert len(issue.body) <= 65_536 and "cut to fit" in issue.body


def test_no_access_to_the_dependent_is_a_clear_error_a_retry_cannot_fix(server: FakeGitHub, client: Github) -> None:
    server.add_repo("acme/locked", access="forbidden")
    d = draft("fp1")
    locked = IssueDraft(**{**d.__dict__, "dependent": "acme/locked"})
    with pytest.raises(TrackerError) as caught:
        ensure(tracker(client), Ledger(InMemoryBlobStore()), locked)
    assert not caught.value.retryable and "issues: write on acme/locked" in str(caught.value)


def test_content_creation_is_paced_and_stops_at_the_hourly_budget() -> None:
    now = [0.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    pacer = Pacer(per_minute=80, per_hour=3, sleep=sleep, clock=lambda: now[0])
    pacer.wait()
    pacer.wait()
    pacer.wait()
    assert sleeps == [0.75, 0.75]
    with pytest.raises(TrackerError, match="in the last hour"):
        pacer.wait()


def test_issue_state_reads_open_and_closed(server: FakeGitHub, client: Github) -> None:
    t = tracker(client)
    ensure(t, Ledger(InMemoryBlobStore()), draft("fp1"))
    assert t.issue_state(DEPENDENT, 1) == "open"
    server.repo(DEPENDENT).issues[1].state = "closed"
    assert t.issue_state(DEPENDENT, 1) == "closed"
    assert t.issue_state(DEPENDENT, 99) == "unknown"
