"""The typed run record: it reads the JSON earlier versions of the job wrote, writes the same shape
back, and holds the digest's summary and the merge of parallel tasks' records."""

from __future__ import annotations

import json
from typing import Any

import pytest
from doubles import InMemoryBlobStore

from job.errors import StateCorrupt
from job.run_record import DecisionOutcome, IssueOutcome, RepoOutcome, RunRecord, Skipped
from job.state import RunRecords

# A run record exactly as the job wrote it before the record was typed (`runs/2026/03/02/...json`).
WRITTEN_BEFORE = """{
  "adapters": {"engine": "claude", "notifier": "discord", "source": "github", "state": "gs://b/state",
               "tracker": "github"},
  "attempt": 0,
  "config": "config/relationships.json",
  "cost_usd": 0.0123,
  "digest": "# Dependency orchestrator: run 20260302T120000Z-abc123\\n",
  "digest_delivery": "sent",
  "dry_run": false,
  "engine": "claude",
  "execution": "orchestrator-x7k2p",
  "exit_code": 1,
  "finished": "2026-03-02T12:00:09+00:00",
  "repos": [
    {"commits": 2, "decisions": [
      {"action": "create_issue", "alert": true, "confidence": 0.9, "degraded": false, "dependent": "acme/chat-app",
       "digest_only": false, "engine": "claude:claude-sonnet", "files_problem": "", "fingerprint": "f00d",
       "impact_summary": "The API now requires a key.", "issue": {"action": "created", "number": 4,
       "url": "https://github.com/acme/chat-app/issues/4"}, "kind": "consumer", "llm_called": true,
       "matched": ["authentication"], "missing_files": ["src/missing.py"], "prompt_version": "v3+0123456789ab",
       "requires_action": true, "title": "acme/llm-service changed authentication: Require a key",
       "urgency": "high"},
      {"action": "none", "alert": false, "confidence": 0.8, "degraded": true, "dependent": "acme/other",
       "digest_only": false, "engine": "rules", "files_problem": "", "fingerprint": "", "impact_summary": "",
       "issue": null, "kind": "consumer", "llm_called": false, "matched": [], "missing_files": [],
       "prompt_version": "", "requires_action": false, "title": "", "urgency": "none"}],
     "error": null, "head": "2222222222222222222222222222222222222222",
     "left_out": [{"path": "package-lock.json", "reason": "noise (lock, generated or minified file)"}],
     "notes": [], "range": "0000000..2222222", "remaining": 0, "repo": "acme/llm-service", "status": "processed"},
    {"commits": 0, "decisions": [], "error": "acme/gone: repository not found", "left_out": [], "notes": [],
     "range": "", "reason": "not_found", "repo": "acme/gone", "retryable": false, "status": "failed"},
    {"commits": 0, "decisions": [], "error": null, "left_out": [], "notes": [], "range": "2222222",
     "repo": "acme/new", "status": "baseline"}
  ],
  "run_id": "20260302T120000Z-abc123",
  "schema": 1,
  "skipped": [{"reason": "rate limit spent; left for the next run", "repo": "acme/late"}],
  "started": "2026-03-02T12:00:00+00:00",
  "task_count": 2,
  "task_index": 1,
  "tokens": 1234,
  "triage_stopped": "Claude is not usable in this run: HTTP 400",
  "triage_usage": {"budget": {"stopped": "Claude is not usable in this run: HTTP 400"}, "cost_usd": 0.0123,
                   "tokens": 1234},
  "usage": {"source": {"requests": 3}}
}"""


def test_a_record_written_before_the_record_was_typed_reads_and_writes_back_the_same() -> None:
    written = json.loads(WRITTEN_BEFORE)
    record = RunRecord.from_json(written)
    assert record.triage_stopped == "Claude is not usable in this run: HTTP 400"
    assert record.repos[0].decisions[0].issue == IssueOutcome("created", 4, "https://github.com/acme/chat-app/issues/4")
    assert record.repos[1].retryable is False and record.repos[2].remaining is None
    assert without_later_fields(record.to_json()) == written


def without_later_fields(out: dict[str, Any]) -> dict[str, Any]:
    """A record as written now, less the fields added after WRITTEN_BEFORE (each at its default)."""
    added = [d.pop("would_call_llm") for repo in out["repos"] for d in repo["decisions"]]
    assert added == [False] * len(added)
    later = [(d.pop("refused"), d.pop("refused_reason"), d.pop("range")) for repo in out["repos"] for d in repo["decisions"]]
    assert later == [("", "", "")] * len(later)
    return out


def test_a_record_from_before_triage_stopped_and_without_triage_usage_reads_with_defaults() -> None:
    written = json.loads(WRITTEN_BEFORE)
    del written["triage_stopped"], written["triage_usage"], written["digest_delivery"]
    record = RunRecord.from_json(written)
    assert (record.triage_stopped, record.triage_usage, record.digest_delivery) == ("", None, "")
    assert without_later_fields(record.to_json()) == written


def test_a_record_of_another_schema_is_refused_by_name_in_state() -> None:
    store = InMemoryBlobStore()
    store.write("runs/2026/03/02/r.json", json.dumps({"schema": 1, "started": "x"}).encode())
    with pytest.raises(StateCorrupt, match="not a run record"):
        RunRecords(store).load("runs/2026/03/02/r.json")
    with pytest.raises(ValueError, match="schema"):
        RunRecord.from_json({**json.loads(WRITTEN_BEFORE), "schema": 2})


def test_parallel_tasks_merge_into_one_record_for_the_execution() -> None:
    one = RunRecord(run_id="t0", started="2026-03-02T12:00:00+00:00", tokens=10, cost_usd=0.5,
                    repos=[RepoOutcome("acme/a", "unchanged")], triage_stopped="budget spent")
    two = RunRecord(run_id="t1", started="2026-03-02T12:00:01+00:00", tokens=5, cost_usd=0.25,
                    repos=[RepoOutcome("acme/b", "baseline")], skipped=[Skipped("acme/c", "lease lost")],
                    triage_stopped="budget spent")
    merged = RunRecord.merged([one, two], "execution-1")
    assert (merged.run_id, merged.started, merged.tokens, merged.cost_usd) == ("execution-1", one.started, 15, 0.75)
    assert [r.repo for r in merged.repos] == ["acme/a", "acme/b"] and merged.skipped == two.skipped
    assert merged.triage_stopped == "budget spent" and merged.has_something_to_say()


def test_a_repeated_finding_has_nothing_to_say_and_a_new_alerting_one_has() -> None:
    def with_issue(action: str) -> RunRecord:
        decision = DecisionOutcome("acme/app", "consumer", True, "high", ["authentication"], alert=True,
                                   issue=IssueOutcome(action, 1, "u"))
        return RunRecord(run_id="r", started="s", repos=[RepoOutcome("acme/svc", "processed", decisions=[decision])])

    assert not with_issue("unchanged").has_something_to_say()
    assert with_issue("created").has_something_to_say()
    assert with_issue("created").summary()["issues_created"] == 1
