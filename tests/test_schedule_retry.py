"""Cloud Scheduler retries: its default retry count is 0, so one 5xx from run.googleapis.com loses a
run. `scheduler.yaml` sets a retry config and an attempt deadline on every schedule, and `schedule
apply` creates them and keeps them in sync, through the real client against the local stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fake_scheduler import FakeScheduler
from google.api_core import exceptions as gexc
from google.cloud import scheduler_v1

from job.deploy import apply_schedules, load_spec, parse_spec, scheduler_client
from job.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
PROJECT, REGION = "demo-project", "europe-west1"
PASS = f"projects/{PROJECT}/locations/{REGION}/jobs/dependency-orchestrator-pass"
WEEKLY = f"projects/{PROJECT}/locations/{REGION}/jobs/dependency-orchestrator-weekly-digest"


@pytest.fixture
def scheduler() -> Iterator[FakeScheduler]:
    with FakeScheduler() as fake:
        yield fake


def _apply(fake: FakeScheduler) -> list[str]:
    return apply_schedules(scheduler_client(fake.endpoint), load_spec(ROOT / "scheduler.yaml"), PROJECT, REGION)


def test_every_schedule_in_scheduler_yaml_retries_and_has_an_attempt_deadline() -> None:
    for schedule in load_spec(ROOT / "scheduler.yaml").schedules:
        assert 1 <= schedule.retry.retry_count <= 5, schedule.name
        assert schedule.retry.min_backoff_duration <= schedule.retry.max_backoff_duration
        assert 15 <= schedule.attempt_deadline <= 1800


def test_apply_creates_the_schedules_with_their_retry_config_and_attempt_deadline(scheduler: FakeScheduler) -> None:
    _apply(scheduler)
    assert scheduler.jobs[PASS]["retryConfig"] == {"retryCount": 3, "minBackoffDuration": "30s",
                                                    "maxBackoffDuration": "600s", "maxDoublings": 3,
                                                    "maxRetryDuration": "0s"}
    assert scheduler.jobs[WEEKLY]["retryConfig"]["retryCount"] == 5
    assert scheduler.jobs[PASS]["attemptDeadline"] == scheduler.jobs[WEEKLY]["attemptDeadline"] == "180s"
    assert all(line.startswith("unchanged ") for line in _apply(scheduler))


def test_a_schedule_with_the_default_no_retry_is_brought_in_sync(scheduler: FakeScheduler) -> None:
    _apply(scheduler)
    job = scheduler.jobs[PASS]
    job["retryConfig"] = {"maxRetryDuration": "0s", "minBackoffDuration": "5s", "maxBackoffDuration": "3600s",
                          "maxDoublings": 5}  # as made by hand: retryCount 0
    job["attemptDeadline"] = "60s"
    lines = _apply(scheduler)
    assert lines[0].startswith("updated dependency-orchestrator-pass") and lines[0].endswith(": retry_config, attempt_deadline")
    patch = scheduler.writes()[-1]
    assert (patch.method, patch.query["updateMask"]) == ("PATCH", ["retryConfig,attemptDeadline"])
    assert scheduler.jobs[PASS]["retryConfig"]["retryCount"] == 3 and scheduler.jobs[PASS]["attemptDeadline"] == "180s"
    assert lines[1].startswith("unchanged ")


@pytest.mark.parametrize(("retry", "deadline", "refused"), [
    ({"retry_count": 6}, 180, "retry_count must be between 0 and 5"),
    ({"retry_count": 3}, 10, "attempt_deadline must be between 15 seconds and 30 minutes"),
    ({"retry_count": 3}, 3600, "attempt_deadline must be between 15 seconds and 30 minutes"),
])
def test_the_stand_in_refuses_what_cloud_scheduler_refuses(scheduler: FakeScheduler, retry: dict[str, int],
                                                           deadline: int, refused: str) -> None:
    job = scheduler_v1.Job(
        name=PASS, schedule="0 * * * *", time_zone="Etc/UTC",
        http_target=scheduler_v1.HttpTarget(uri="https://run.googleapis.com/v2/x:run"),
        retry_config=scheduler_v1.RetryConfig(**retry), attempt_deadline=timedelta(seconds=deadline))
    with pytest.raises(gexc.BadRequest, match=refused):
        scheduler_client(scheduler.endpoint).create_job(parent=PASS.rsplit("/jobs/", 1)[0], job=job)
    assert scheduler.jobs == {}


def test_retry_settings_out_of_cloud_schedulers_limits_are_refused_with_their_place() -> None:
    text = """
service_account: scheduler@{project}.iam.gserviceaccount.com
schedules:
  - name: pass
    job: dependency-orchestrator
    schedule: "0 * * * *"
    attempt_deadline: 5s
    retry_config: {retry_count: 6, min_backoff_duration: 5m, max_backoff_duration: 10s, color: blue}
  - name: weekly
    job: dependency-orchestrator-weekly
    schedule: "0 9 * * 1"
    retry_config: {min_backoff_duration: 600s, max_backoff_duration: 60s}
"""
    with pytest.raises(ConfigError) as caught:
        parse_spec(text, "scheduler.yaml")
    message = str(caught.value)
    for expected in ("schedules[0].attempt_deadline: 5s", "schedules[0].retry_config.retry_count: 6",
                     "schedules[0].retry_config.min_backoff_duration: '5m'", "schedules[0].retry_config.color: unknown key",
                     "schedules[1].retry_config: min_backoff_duration is longer than max_backoff_duration"):
        assert expected in message, expected


def test_the_guide_gcloud_schedules_set_the_same_retries_as_scheduler_yaml() -> None:
    guide = (ROOT / "docs" / "deploy.md").read_text()
    for schedule in load_spec(ROOT / "scheduler.yaml").schedules:
        command = guide.split(f"gcloud scheduler jobs create http {schedule.name} ", 1)[1].split("\n\n", 1)[0]
        retry = schedule.retry
        for flag in (f"--attempt-deadline={schedule.attempt_deadline}s", f"--max-retry-attempts={retry.retry_count}",
                     f"--min-backoff={retry.min_backoff_duration}s", f"--max-backoff={retry.max_backoff_duration}s",
                     f"--max-doublings={retry.max_doublings}"):
            assert flag in command, (schedule.name, flag)
