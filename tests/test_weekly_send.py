"""`orchestrator digest --weekly`: the last complete week, sent once, through the ports."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from doubles import InMemoryBlobStore, InMemoryIssueTracker, RecordingNotifier
from fake_discord import FakeDiscord
from test_cli import orchestrator, world  # noqa: F401

from job.errors import NotifierError
from job.run_record import DecisionOutcome, IssueOutcome, RepoOutcome, RunRecord
from job.settings import load_settings
from job.state import RunRecords
from job.weekly_send import send_weekly

NOW = datetime(2026, 3, 11, 9, 0, tzinfo=timezone.utc)  # a Wednesday: the last full week is 2 to 9 March


def record(run_id: str, started: str, issue_url: str = "") -> RunRecord:
    decision = DecisionOutcome("acme/app", "consumer", True, "high", ["authentication"], "auth changed",
                               "create_issue", title="t", fingerprint=run_id,
                               issue=IssueOutcome("created", 1, issue_url) if issue_url else None)
    return RunRecord(run_id=run_id, started=started, engine="rules",
                     repos=[RepoOutcome("acme/svc", "processed", commits=2, range="a..b", decisions=[decision])])


@pytest.fixture
def store() -> InMemoryBlobStore:
    store = InMemoryBlobStore()
    runs = RunRecords(store)
    for run_id, started in (("in-week", "2026-03-04T10:00:00+00:00"), ("too-early", "2026-03-01T23:59:00+00:00"),
                            ("too-late", "2026-03-09T00:00:00+00:00")):
        runs.save(run_id, datetime.fromisoformat(started), record(run_id, started, f"memory://acme/app/{run_id}"))
    return store


def test_weekly_digest_covers_the_last_complete_week_and_is_sent_once(store: InMemoryBlobStore) -> None:
    notifier = RecordingNotifier()
    settings = load_settings({})
    assert send_weekly(store, InMemoryIssueTracker(), notifier, settings, "run-1", now=NOW) == 0
    assert send_weekly(store, InMemoryIssueTracker(), notifier, settings, "run-2", now=NOW) == 0
    assert len(notifier.sent) == 1
    digest = notifier.sent[0]
    assert "memory://acme/app/in-week" in digest
    assert "too-early" not in digest and "too-late" not in digest
    marker = json.loads(store.objects["digests/weekly/2026-W10.json"].data)
    assert marker["status"] == "sent" and marker["digest"] == digest
    send_weekly(store, InMemoryIssueTracker(), notifier, settings, "run-3", force=True, now=NOW)
    assert len(notifier.sent) == 2


def test_weekly_dry_run_prints_and_records_nothing(store: InMemoryBlobStore, capsys: pytest.CaptureFixture[str]) -> None:
    notifier = RecordingNotifier()
    send_weekly(store, InMemoryIssueTracker(), notifier, load_settings({}), "run-1", dry_run=True, now=NOW)
    assert "memory://acme/app/in-week" in capsys.readouterr().out
    assert notifier.sent == [] and "digests/weekly/2026-W10.json" not in store.objects


def test_failed_weekly_send_releases_its_claim_for_the_next_attempt(store: InMemoryBlobStore) -> None:
    notifier = RecordingNotifier()
    notifier.down = NotifierError("discord: HTTP 503")
    with pytest.raises(NotifierError):
        send_weekly(store, InMemoryIssueTracker(), notifier, load_settings({}), "run-1", now=NOW)
    assert "digests/weekly/2026-W10.json" not in store.objects
    notifier.down = None
    send_weekly(store, InMemoryIssueTracker(), notifier, load_settings({}), "run-2", now=NOW)
    assert len(notifier.sent) == 1


def test_pass_digest_reaches_discord_through_the_cli(world: tuple[dict[str, str], Path]) -> None:  # noqa: F811
    env, state = world
    with FakeDiscord() as discord:
        result = orchestrator("run", env={**env, "WEBHOOK_URL": discord.url}, cwd=state.parent)
        assert result.returncode == 0, result.stderr
        assert discord.token not in result.stderr + result.stdout
        assert len(discord.accepted) >= 1 and discord.pinged == []
        text = json.dumps(discord.accepted)
        assert "demo-org/chat-app" in text and "demo-org/llm-service-coder" in text
        weekly = orchestrator("digest", "--weekly", "--dry-run", env={**env, "WEBHOOK_URL": discord.url},
                              cwd=state.parent)
        assert weekly.returncode == 0, weekly.stderr
        assert weekly.stdout.startswith("# ") and len(discord.accepted) == len(json.loads(text))
