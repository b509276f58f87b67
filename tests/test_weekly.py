"""The weekly digest: week boundaries under freezegun (UTC, America/New_York, across DST), what a
week's run records add up to, and the rendered digest against a golden file (UPDATE_GOLDEN=1
python -m pytest tests/test_weekly.py regenerates it)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from fake_discord import violations
from freezegun import freeze_time
from test_pass import AUTH_DIFF, CONSUMER, GPU_DIFF, PROVIDER, World

from job.errors import ConfigError
from job.model import Urgency
from job.notify_discord import discord_messages
from job.run_record import DecisionOutcome, IssueOutcome, RepoOutcome, RunRecord, Skipped
from job.state import RunRecords
from job.weekly import record_prefixes, render_weekly, summarise_week, week_bounds, weekly_key

GOLDEN = Path(__file__).parent / "golden"
UTC = timezone.utc


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def last_week(tz: str = "UTC", **kwargs: int) -> tuple[datetime, datetime]:
    """The bounds as the CLI will take them: from the (frozen) clock."""
    return week_bounds(datetime.now(UTC), tz=tz, **kwargs)


def run(started: str, repos: list[RepoOutcome] | None = None, **extra: Any) -> RunRecord:
    return RunRecord(run_id=f"run-{started}", started=started, engine="rules", repos=repos or [], **extra)


def repo(name: str, decisions: list[DecisionOutcome], range_: str = "", **extra: Any) -> RepoOutcome:
    return RepoOutcome(name, "processed", commits=1, range=range_, decisions=decisions, **extra)


def finding(dependent: str, urgency: Urgency, issue: tuple[str, int] | None = None, action: str = "create_issue",
            kind: str = "consumer", **extra: Any) -> DecisionOutcome:
    written = IssueOutcome(issue[0], issue[1], f"https://github.com/{dependent}/issues/{issue[1]}") if issue else None
    return DecisionOutcome(dependent, kind, urgency != "none", urgency, ["api_contract"],
                           **{"impact_summary": f"{dependent} is affected", **extra},
                           action=action if urgency != "none" else "none", issue=written)


def started_in(records: list[RunRecord], start: datetime, end: datetime) -> list[str]:
    return [r.run_id for r in records if summarise_week([r], start, end, {})["runs"]]


@freeze_time("2026-03-09 00:00:00")
def test_utc_week_ends_monday_midnight_and_a_run_a_second_before_belongs_to_it() -> None:
    start, end = last_week()
    assert (start, end) == (utc("2026-03-02T00:00:00"), utc("2026-03-09T00:00:00"))
    records = [run("2026-03-01T23:59:59+00:00"), run("2026-03-02T00:00:00+00:00"),
               run("2026-03-08T23:59:59+00:00"), run("2026-03-09T00:00:00+00:00")]
    assert started_in(records, start, end) == ["run-2026-03-02T00:00:00+00:00", "run-2026-03-08T23:59:59+00:00"]


@freeze_time("2026-03-08 23:59:59")
def test_a_second_before_the_boundary_the_last_complete_week_is_the_one_before() -> None:
    assert last_week() == (utc("2026-02-23T00:00:00"), utc("2026-03-02T00:00:00"))


def test_new_york_weeks_follow_local_midnight_across_the_spring_dst_change() -> None:
    # DST starts on Sunday 2026-03-08 in New York: the week runs from 05:00Z to 04:00Z, 167 hours.
    with freeze_time("2026-03-09 04:00:00"):  # Monday 00:00 EDT
        start, end = last_week("America/New_York")
    assert (start, end) == (utc("2026-03-02T05:00:00"), utc("2026-03-09T04:00:00"))
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=167)
    assert (start.utcoffset(), end.utcoffset()) == (timedelta(hours=-5), timedelta(hours=-4))
    records = [run("2026-03-02T04:59:59+00:00"), run("2026-03-02T05:00:00+00:00"),
               run("2026-03-08T23:59:59-04:00"), run("2026-03-09T04:00:00+00:00")]
    assert started_in(records, start, end) == ["run-2026-03-02T05:00:00+00:00", "run-2026-03-08T23:59:59-04:00"]
    # In UTC, the run at 03:59:59Z on the 9th is in the next week; in New York it is Sunday night.
    assert started_in(records, *week_bounds(utc("2026-03-16T00:00:00"))) == ["run-2026-03-08T23:59:59-04:00",
                                                                            "run-2026-03-09T04:00:00+00:00"]
    with freeze_time("2026-03-09 03:59:59"):  # still Sunday in New York
        assert last_week("America/New_York") == (utc("2026-02-23T05:00:00"), utc("2026-03-02T05:00:00"))


@freeze_time("2026-11-02 05:00:00")
def test_new_york_week_across_the_autumn_dst_change_is_169_hours() -> None:
    start, end = last_week("America/New_York")
    assert (start, end) == (utc("2026-10-26T04:00:00"), utc("2026-11-02T05:00:00"))
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=169)
    records = [run("2026-11-02T04:59:59+00:00"), run("2026-11-02T05:00:00+00:00")]
    assert started_in(records, start, end) == ["run-2026-11-02T04:59:59+00:00"]


@freeze_time("2026-03-08 17:00:00")
def test_a_configured_start_day_and_hour_in_another_timezone() -> None:
    # weeks from Sunday 18:00 Paris time; at 18:00 Paris (17:00Z) on Sunday the 8th one has just ended
    start, end = last_week("Europe/Paris", start_day=6, start_hour=18)
    assert (start, end) == (utc("2026-03-01T17:00:00"), utc("2026-03-08T17:00:00"))
    assert weekly_key(start) == "digests/weekly/2026-W10.json"


def test_the_weekly_key_names_the_iso_week() -> None:
    start, _ = week_bounds(utc("2026-03-09T00:00:00"))
    assert weekly_key(start) == "digests/weekly/2026-W10.json"
    start, _ = week_bounds(utc("2026-01-05T00:00:00"))
    assert weekly_key(start) == "digests/weekly/2026-W01.json"  # 2025-12-29: ISO week 1 of 2026


def test_record_prefixes_cover_every_utc_day_of_a_local_week() -> None:
    start, end = week_bounds(utc("2026-03-09T04:00:00"), tz="America/New_York")
    assert record_prefixes(start, end) == [f"runs/2026/03/{d:02d}/" for d in range(2, 10)]


def test_bad_week_settings_are_config_errors() -> None:
    now = utc("2026-03-09T00:00:00")
    for kwargs in ({"tz": "Mars/Olympus"}, {"start_day": 7}, {"start_hour": 24}):
        with pytest.raises(ConfigError):
            week_bounds(now, **kwargs)
    with pytest.raises(ValueError, match="aware"):
        week_bounds(datetime(2026, 3, 9))


A, B, C = "acme/chat-app", "acme/billing", "acme/llm-coder"
SVC, TPL = "acme/llm-service", "acme/base-template"


def week_records() -> list[RunRecord]:
    """Three runs in the week of 2026-03-02 (UTC), one retried, plus runs outside it and a dry run."""
    monday = run("2026-03-02T06:00:00+00:00", [
        repo(SVC, [finding(A, "high", ("created", 4), fingerprint="fa"), finding(B, "critical", ("created", 7),
                                                                               fingerprint="fb", degraded=True),
                   finding("acme/other", "none")], "0000000..1111111"),
        repo(TPL, [finding(C, "low", action="add_to_digest", kind="template",
                           impact_summary="`LOG_LEVEL` changed; cc @everyone <b>now</b>")], "aaaaaaa..bbbbbbb"),
    ], tokens=1200, cost_usd=0.012)
    wednesday = run("2026-03-04T06:00:00+00:00", [
        repo(SVC, [finding(A, "medium", ("commented", 4), fingerprint="fc"), finding(B, "high", ("created", 8),
                                                                                   fingerprint="fd")],
             "1111111..2222222"),
        RepoOutcome("acme/gone", "failed", reason="not_found", error="acme/gone: repository not found",
                    retryable=False),
    ], skipped=[Skipped("acme/late", "rate limit spent; left for the next run")], exit_code=2,
        tokens=800, cost_usd=0.008)
    retried = run("2026-03-04T06:10:00+00:00", [
        repo(SVC, [finding(A, "medium", ("unchanged", 4), fingerprint="fc"), finding(B, "high", ("unchanged", 8),
                                                                                   fingerprint="fd")],
             "1111111..2222222"),
        RepoOutcome("acme/gone", "failed", reason="not_found", error="acme/gone: repository not found",
                    retryable=False),
    ], exit_code=2)
    sunday = run("2026-03-08T23:00:00+00:00", [
        repo(TPL, [finding(C, "high", ("created", 2), kind="template", fingerprint="fe"),
                   finding(A, "low", action="ignore")], "bbbbbbb..ccccccc"),
    ], skipped=[Skipped("acme/late", "rate limit spent; left for the next run")])
    before = run("2026-03-01T23:00:00+00:00", [repo(SVC, [finding(A, "critical", ("created", 3))], "9..0")])
    after = run("2026-03-09T00:00:00+00:00", [repo(SVC, [finding(A, "critical", ("created", 9))], "2..3")])
    dry = run("2026-03-05T12:00:00+00:00", [repo(SVC, [finding(A, "critical")], "2..3")], dry_run=True)
    return [after, sunday, dry, retried, before, wednesday, monday]


STATES = {"https://github.com/acme/chat-app/issues/4": "closed", "https://github.com/acme/billing/issues/7": "closed",
          "https://github.com/acme/billing/issues/8": "open"}


def test_the_week_sums_by_urgency_and_relationship_once_per_finding() -> None:
    start, end = week_bounds(utc("2026-03-09T00:00:00"))
    s = summarise_week(week_records(), start, end, STATES)

    assert (s["runs"], s["runs_failed"], s["tokens"], s["cost_usd"]) == (4, 2, 2000, 0.02)
    assert s["by_urgency"] == {"critical": 1, "high": 3, "medium": 1, "low": 2}
    assert s["totals"] == {"findings": 7, "issues_created": 4, "issues_commented": 1, "digest_only": 1,
                           "ignored": 1, "degraded": 1, "no_impact": 1}
    by_rel = {r["relationship"]: r for r in s["relationships"]}
    assert by_rel[f"{SVC} → {B}"]["by_urgency"] == {"critical": 1, "high": 1, "medium": 0, "low": 0}
    assert by_rel[f"{SVC} → {A}"]["findings"] == 2 and by_rel[f"{SVC} → {A}"]["issues"] == 1
    assert [(i["url"].rsplit("/", 3)[1], i["number"], i["state"], i["actions"]) for i in s["issues"]] == [
        ("llm-coder", 2, "unknown", ["created"]),  # sorted by watched repo, then dependent
        ("billing", 7, "closed", ["created"]), ("billing", 8, "open", ["created"]),
        ("chat-app", 4, "closed", ["created", "commented"]),  # the retried run's repeats are not counted again
    ]
    assert s["follow_through"] == {"open": 1, "closed": 2, "unknown": 1}
    assert [f["relationship"] for f in s["digest_only"]] == [f"{TPL} → {C}"]
    assert s["degraded"] == [{"relationship": f"{SVC} → {B}", "count": 1}]
    assert [(f["repo"], f["count"]) for f in s["failures"]] == [("acme/gone", 2)]
    assert [(k["repo"], k["count"]) for k in s["skipped"]] == [("acme/late", 2)]


def test_the_noisiest_relationships_are_those_with_most_closed_issues_top_five() -> None:
    records = []
    for n in range(7):  # relationship n files n + 1 issues; all closed but one each
        decisions = [finding(f"acme/dep-{n}", "high", ("created", i), fingerprint=f"{n}-{i}") for i in range(n + 1)]
        records.append(run(f"2026-03-03T0{n}:00:00+00:00", [repo(SVC, decisions, f"{n}..{n + 1}")]))
    states = {f"https://github.com/acme/dep-{n}/issues/{i}": "closed" for n in range(7) for i in range(1, n + 1)}
    s = summarise_week(records, *week_bounds(utc("2026-03-09T00:00:00")), states)
    assert [(x["relationship"], x["closed"], x["issues"]) for x in s["noisiest"]] == [
        (f"{SVC} → acme/dep-{n}", n, n + 1) for n in (6, 5, 4, 3, 2)]


def test_an_empty_week_says_no_run_was_recorded() -> None:
    start, end = week_bounds(utc("2026-03-09T00:00:00"))
    text = render_weekly(summarise_week([], start, end, {}))
    assert "No run was recorded this week" in text.split("\n## ")[0]


def test_the_weekly_digest_matches_the_golden_file_and_fits_discord() -> None:
    start, end = week_bounds(utc("2026-03-09T00:00:00"))
    text = render_weekly(summarise_week(week_records(), start, end, STATES))
    path = GOLDEN / "weekly.md"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text)
    assert path.exists(), f"golden file {path} is missing; run with UPDATE_GOLDEN=1 once, then review it"
    assert text == path.read_text()
    assert "@everyone" not in text and "<b>" not in text
    messages = discord_messages(text)
    assert messages[0]["content"].startswith("# Dependency orchestrator: week 2026-W10")
    assert all(violations(m) == {} for m in messages)


def test_records_written_by_real_passes_land_in_their_week(tmp_path: Path) -> None:
    world = World(tmp_path)
    with freeze_time("2026-03-08 23:59:00"):
        world.run()  # baselines
        world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
        world.run()
    with freeze_time("2026-03-09 00:00:30"):
        world.source.push(PROVIDER, "Reserve a GPU", {"docker-compose.yml": GPU_DIFF})
        world.run()
    records = RunRecords(world.store)
    loaded = [records.load(k) for k in records.keys()]

    with freeze_time("2026-03-09 12:00:00"):
        first = summarise_week(loaded, *last_week(), {})
    with freeze_time("2026-03-16 00:00:00"):
        second = summarise_week(loaded, *last_week(), {})
    assert (first["runs"], second["runs"]) == (2, 1)
    assert [i["dependent"] for i in first["issues"]] == [CONSUMER]
    assert CONSUMER not in {i["dependent"] for i in second["issues"]}
    assert second["totals"]["findings"] >= 1
