"""The outbox issue tracker: Markdown files with front matter, read back as the tracker's truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from doubles import InMemoryBlobStore
from tests_support import NOW

from job.ensure import ensure_issue
from job.errors import TrackerError
from job.issues_outbox import OutboxIssueTracker, parse
from job.model import IssueDraft, thread_key
from job.state import Ledger

URGENCY_LABELS = {"critical": ("dependency", "urgent"), "high": ("dependency", "important"),
                  "medium": ("dependency",), "low": ("dependency", "info")}


def draft(fingerprint: str, urgency: str = "medium", title: str = "acme/svc changed endpoints") -> IssueDraft:
    return IssueDraft(
        dependent="Acme/App", watched="acme/svc", title=title, body=f"Body {fingerprint}\n",
        comment=f"Comment {fingerprint}\n", labels=URGENCY_LABELS[urgency], urgency=urgency,  # type: ignore[arg-type]
        fingerprint=fingerprint, urgency_labels=URGENCY_LABELS,
    )


def test_created_issue_is_a_markdown_file_with_front_matter(tmp_path: Path) -> None:
    tracker = OutboxIssueTracker(tmp_path)
    ref = tracker.create(draft("fp1", title="acme/svc changed endpoints: Serve on port 9000"))
    files = list((tmp_path / "acme" / "app").glob("*.md"))
    assert [f.name for f in files] == ["0001-acme-svc-changed-endpoints-serve-on-port-9000.md"]
    issue = parse(files[0], files[0].read_text())
    assert issue.meta["title"] == "acme/svc changed endpoints: Serve on port 9000"
    assert issue.meta["labels"] == ["dependency"] and issue.meta["state"] == "open"
    assert issue.meta["fingerprint"] == "fp1" and issue.text == "Body fp1\n"
    assert ref.number == 1 and ref.url.startswith("file://")


def test_comment_appends_and_raises_the_urgency_labels(tmp_path: Path) -> None:
    tracker = OutboxIssueTracker(tmp_path)
    ref = tracker.create(draft("fp1", "medium"))
    tracker.comment(ref, draft("fp2", "critical"))
    issue = tracker.issues("acme/app")[0]
    assert issue.meta["urgency"] == "critical"
    assert issue.meta["labels"] == ["dependency", "urgent"]
    assert issue.meta["fingerprints"] == ["fp1", "fp2"]
    assert "Body fp1" in issue.text and "Comment fp2" in issue.text


def test_lower_urgency_comment_keeps_the_labels(tmp_path: Path) -> None:
    tracker = OutboxIssueTracker(tmp_path)
    ref = tracker.create(draft("fp1", "high"))
    tracker.comment(ref, draft("fp2", "low"))
    issue = tracker.issues("acme/app")[0]
    assert issue.meta["urgency"] == "high" and issue.meta["labels"] == ["dependency", "important"]


def test_ensure_issue_is_idempotent_and_threads_findings(tmp_path: Path) -> None:
    tracker = OutboxIssueTracker(tmp_path)
    ledger = Ledger(InMemoryBlobStore())
    assert ensure_issue(tracker, ledger, draft("fp1"), "run", NOW).action == "created"
    assert ensure_issue(tracker, ledger, draft("fp1"), "run", NOW).action == "unchanged"
    assert ensure_issue(tracker, ledger, draft("fp2"), "run", NOW).action == "commented"
    assert len(tracker.issues("acme/app")) == 1


def test_closing_by_hand_makes_the_next_finding_a_new_issue(tmp_path: Path) -> None:
    tracker = OutboxIssueTracker(tmp_path)
    ledger = Ledger(InMemoryBlobStore())
    ensure_issue(tracker, ledger, draft("fp1"), "run", NOW)
    path = next((tmp_path / "acme" / "app").glob("*.md"))
    path.write_text(path.read_text().replace('state: "open"', 'state: "closed"'))
    written = ensure_issue(tracker, ledger, draft("fp2"), "run", NOW)
    assert written.action == "created" and written.ref.number == 2
    states = [i.meta["state"] for i in tracker.issues("acme/app")]
    assert states == ["closed", "open"]


def test_issue_written_before_a_crash_is_found_by_its_fingerprint(tmp_path: Path) -> None:
    tracker = OutboxIssueTracker(tmp_path)
    tracker.create(draft("fp1"))  # written, but the ledger never heard of it
    written = ensure_issue(tracker, Ledger(InMemoryBlobStore()), draft("fp1"), "run", NOW)
    assert written.action == "recovered"
    assert len(tracker.issues("acme/app")) == 1


def test_damaged_front_matter_is_an_error_naming_the_file(tmp_path: Path) -> None:
    tracker = OutboxIssueTracker(tmp_path)
    tracker.create(draft("fp1"))
    path = next((tmp_path / "acme" / "app").glob("*.md"))
    path.write_text(path.read_text().replace('state: "open"', "state: open"))
    with pytest.raises(TrackerError, match=str(path)):
        tracker.find_by_fingerprint("acme/app", "fp1")


def test_thread_key_ignores_case_and_keeps_direction() -> None:
    assert thread_key("Acme/Svc", "acme/APP") == thread_key("acme/svc", "acme/app")
    assert thread_key("acme/svc", "acme/app") != thread_key("acme/app", "acme/svc")
