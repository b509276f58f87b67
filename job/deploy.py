"""The schedules in `scheduler.yaml`, made so in Cloud Scheduler: `orchestrator schedule apply`.

It owns reading and checking the file, turning each schedule into a Cloud Scheduler job whose HTTP
target runs a Cloud Run job (`POST https://run.googleapis.com/v2/.../jobs/NAME:run`, with an OAuth
token of the scheduler's service account), and the create-or-update that makes a second apply a
no-op. It does not deploy the Cloud Run jobs themselves (`cloudbuild.yaml` does) nor run them
(`job/gcloud_execute.py`). Google API errors are mapped here to messages that name the role to grant.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from google.api_core import exceptions as gexc

from job.errors import ConfigError, OrchestratorError

# Imported by name, so untyped: once mypy sees a typed `google.cloud.*` package it resolves
# `google.cloud` as a namespace and rejects the untyped `from google.cloud import storage` of the
# GCS adapter (google-cloud-storage ships no type information).
scheduler_v1: Any = importlib.import_module("google.cloud.scheduler_v1")

RUN_API = "https://run.googleapis.com"
SCOPE = "https://www.googleapis.com/auth/cloud-platform"
SCHEDULE_KEYS = {"name", "job", "schedule", "time_zone", "description", "overrides", "retry_config", "attempt_deadline"}
RETRY_KEYS = {"retry_count", "min_backoff_duration", "max_backoff_duration", "max_doublings"}
TOP_KEYS = {"service_account", "schedules"}
_SCHEDULE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,500}$")
# Cloud Run job names: lowercase letters, digits and hyphens, starting with a letter, at most 63.
_JOB_NAME = re.compile(r"^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_REQUEST_PREFIX = re.compile(r"^(?:GET|POST|PATCH|PUT|DELETE) \S+: ")
_MANAGED = ("description", "schedule", "time_zone", "http_target", "retry_config", "attempt_deadline")
_DURATION = re.compile(r"^(\d+)s$")
# Cloud Scheduler's limits (google.cloud.scheduler_v1 RetryConfig and Job.attempt_deadline): at most 5
# retries; an HTTP target's attempt deadline from 15 seconds to 30 minutes.
MAX_RETRY_COUNT = 5
ATTEMPT_DEADLINE_RANGE = (15, 1800)


@dataclass(frozen=True)
class RetryPolicy:
    """How Cloud Scheduler retries a run that Cloud Run refused or did not answer (a 5xx, a 429, a
    deadline). Its default retry count is 0: one failed request and that run is lost. Seconds."""

    retry_count: int = 3
    min_backoff_duration: int = 30
    max_backoff_duration: int = 600
    max_doublings: int = 3


@dataclass(frozen=True)
class Schedule:
    """One Cloud Scheduler job that runs one Cloud Run job."""

    name: str
    job: str
    schedule: str
    time_zone: str
    description: str = ""
    # The `overrides` of a RunJobRequest, or None: a plain run, for which roles/run.invoker suffices.
    overrides: Mapping[str, Any] | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    attempt_deadline: int = 180  # seconds; Cloud Run answers a jobs:run at once (a long-running operation)

    @property
    def body(self) -> bytes:
        return b"" if self.overrides is None else json.dumps({"overrides": self.overrides}, sort_keys=True).encode()


@dataclass(frozen=True)
class ScheduleSpec:
    service_account: str  # may hold `{project}`, filled in at apply time
    schedules: tuple[Schedule, ...]
    source: str = "scheduler.yaml"


def run_uri(project: str, region: str, job: str) -> str:
    """The Cloud Run Admin API v2 endpoint that starts an execution of `job`."""
    return f"{RUN_API}/v2/projects/{project}/locations/{region}/jobs/{job}:run"


def api_message(exc: gexc.GoogleAPICallError) -> str:
    """The server's message, without the method and URL that the REST transport puts first."""
    return _REQUEST_PREFIX.sub("", exc.message or str(exc))


def require_location(project: str, region: str) -> tuple[str, str]:
    """The project and region of the deployed job, or a message naming the settings to set."""
    missing = [name for name, value in (("GCP_PROJECT_ID", project), ("GCP_REGION", region)) if not value.strip()]
    if missing:
        raise ConfigError(f"{' and '.join(missing)} not set: the project and region of the deployed Cloud Run job "
                          "(for example GCP_PROJECT_ID=my-project GCP_REGION=us-central1)")
    return project.strip(), region.strip()


def load_spec(path: str | Path) -> ScheduleSpec:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: schedules file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the schedules file: {exc}") from None
    return parse_spec(text, str(path))


def parse_spec(text: str, source: str = "scheduler.yaml") -> ScheduleSpec:
    """Check the whole file and report every problem at once, each with its path in the file."""
    try:
        import yaml  # type: ignore[import-untyped]  # PyYAML: needed only by `schedule apply`
    except ImportError:
        raise ConfigError(f"{source}: reading it needs PyYAML (pip install pyyaml)") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from None
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping with service_account and schedules")
    problems += [f"{source}: {key}: unknown key; expected one of {sorted(TOP_KEYS)}" for key in data if key not in TOP_KEYS]
    account = data.get("service_account")
    if not isinstance(account, str) or not _EMAIL.match(account.replace("{project}", "p")):
        problems.append(f"{source}: service_account: expected a service account email, "
                        "like scheduler@{project}.iam.gserviceaccount.com")
        account = ""
    items = data.get("schedules")
    if not isinstance(items, list) or not items:
        problems.append(f"{source}: schedules: expected a non-empty list")
        items = []
    schedules = []
    for index, item in enumerate(items):
        schedule = _schedule(item, f"{source}: schedules[{index}]", problems)
        if schedule is not None:
            schedules.append(schedule)
    names = [s.name for s in schedules]
    problems += [f"{source}: schedules: {name!r} is named twice" for name in sorted({n for n in names if names.count(n) > 1})]
    if problems:
        raise ConfigError(f"{source}: {len(problems)} problem(s) in the schedules file", problems)
    return ScheduleSpec(service_account=str(account), schedules=tuple(schedules), source=source)


def _schedule(item: object, where: str, problems: list[str]) -> Schedule | None:
    if not isinstance(item, dict):
        problems.append(f"{where}: expected a mapping")
        return None
    before = len(problems)
    problems += [f"{where}.{key}: unknown key; expected one of {sorted(SCHEDULE_KEYS)}"
                 for key in item if key not in SCHEDULE_KEYS]
    text: dict[str, str] = {}
    for key in ("name", "job", "schedule", "time_zone", "description"):
        value = item.get(key, "Etc/UTC" if key == "time_zone" else "")
        if not isinstance(value, str) or (key != "description" and not value.strip()):
            problems.append(f"{where}.{key}: expected a string")
            value = ""
        text[key] = value.strip()
    if text["name"] and not _SCHEDULE_NAME.match(text["name"]):
        problems.append(f"{where}.name: {text['name']!r}: letters, digits, hyphens and underscores only")
    if text["job"] and not _JOB_NAME.match(text["job"]):
        problems.append(f"{where}.job: {text['job']!r} is not a Cloud Run job name (lowercase letters, digits, hyphens)")
    if text["schedule"] and len(text["schedule"].split()) != 5:
        problems.append(f"{where}.schedule: {text['schedule']!r}: expected a cron expression with 5 fields")
    if text["time_zone"]:
        try:
            ZoneInfo(text["time_zone"])
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"{where}.time_zone: {text['time_zone']!r} is not a time zone name like 'Etc/UTC'")
    overrides = item.get("overrides")
    if overrides is not None and not isinstance(overrides, dict):
        problems.append(f"{where}.overrides: expected a mapping (a RunJobRequest's overrides)")
    retry = _retry(item.get("retry_config", {}), f"{where}.retry_config", problems)
    low, high = ATTEMPT_DEADLINE_RANGE
    deadline = _seconds(item.get("attempt_deadline", "180s"), f"{where}.attempt_deadline", problems)
    if deadline is not None and not low <= deadline <= high:
        problems.append(f"{where}.attempt_deadline: {deadline}s: Cloud Scheduler allows {low}s to {high}s for an HTTP target")
    if len(problems) > before or retry is None or deadline is None:
        return None
    return Schedule(name=text["name"], job=text["job"], schedule=text["schedule"], time_zone=text["time_zone"],
                    description=text["description"], overrides=overrides, retry=retry, attempt_deadline=deadline)


def _seconds(value: object, where: str, problems: list[str]) -> int | None:
    """A duration as Cloud Scheduler writes it, `"30s"` (whole seconds), or a number of seconds."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    match = _DURATION.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        problems.append(f"{where}: {value!r}: expected a duration in whole seconds, like '30s'")
        return None
    return int(match.group(1))


def _retry(value: object, where: str, problems: list[str]) -> RetryPolicy | None:
    if not isinstance(value, dict):
        problems.append(f"{where}: expected a mapping with {', '.join(sorted(RETRY_KEYS))}")
        return None
    before = len(problems)
    problems += [f"{where}.{key}: unknown key; expected one of {sorted(RETRY_KEYS)}" for key in value if key not in RETRY_KEYS]
    default = RetryPolicy()
    numbers: dict[str, int] = {}
    for key in ("retry_count", "max_doublings"):
        number = value.get(key, getattr(default, key))
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            problems.append(f"{where}.{key}: {number!r}: expected a whole number, 0 or more")
            number = 0
        numbers[key] = number
    if numbers["retry_count"] > MAX_RETRY_COUNT:
        problems.append(f"{where}.retry_count: {numbers['retry_count']}: Cloud Scheduler allows at most {MAX_RETRY_COUNT}")
    for key in ("min_backoff_duration", "max_backoff_duration"):
        seconds = _seconds(value.get(key, f"{getattr(default, key)}s"), f"{where}.{key}", problems)
        numbers[key] = seconds if seconds is not None else 0
    if numbers["min_backoff_duration"] > numbers["max_backoff_duration"]:
        problems.append(f"{where}: min_backoff_duration is longer than max_backoff_duration")
    return None if len(problems) > before else RetryPolicy(**numbers)


def scheduler_job(schedule: Schedule, service_account: str, project: str, region: str) -> Any:
    """The Cloud Scheduler job that runs `schedule.job` in the same project and region."""
    target = scheduler_v1.HttpTarget(
        uri=run_uri(project, region, schedule.job),
        http_method=scheduler_v1.HttpMethod.POST,
        body=schedule.body,
        headers={"Content-Type": "application/json"} if schedule.body else {},
        oauth_token=scheduler_v1.OAuthToken(service_account_email=service_account.format(project=project), scope=SCOPE),
    )
    retry = schedule.retry
    return scheduler_v1.Job(
        name=f"projects/{project}/locations/{region}/jobs/{schedule.name}",
        description=schedule.description,
        schedule=schedule.schedule,
        time_zone=schedule.time_zone,
        http_target=target,
        retry_config=scheduler_v1.RetryConfig(
            retry_count=retry.retry_count,
            min_backoff_duration=timedelta(seconds=retry.min_backoff_duration),
            max_backoff_duration=timedelta(seconds=retry.max_backoff_duration),
            max_doublings=retry.max_doublings,
        ),
        attempt_deadline=timedelta(seconds=schedule.attempt_deadline),
    )


def _retry_fields(job: Any) -> tuple[Any, ...]:
    """The retry settings a schedule manages. `max_retry_duration` is left to the server (0: no limit)."""
    retry = job.retry_config
    return (retry.retry_count, retry.min_backoff_duration, retry.max_backoff_duration, retry.max_doublings)


def differences(desired: Any, current: Any) -> list[str]:
    """The managed fields of `current` that differ from `desired`. Fields the server fills in
    (state, `max_retry_duration`, its own User-Agent header) are not ours and never count."""
    changed = [key for key in _MANAGED[:3] if getattr(desired, key) != getattr(current, key)]
    want, have = desired.http_target, current.http_target
    if (want.uri != have.uri or want.http_method != have.http_method or want.body != have.body
            or want.oauth_token.service_account_email != have.oauth_token.service_account_email
            or (want.oauth_token.scope or SCOPE) != (have.oauth_token.scope or SCOPE)
            or any(have.headers.get(k) != v for k, v in want.headers.items())):
        changed.append("http_target")
    if _retry_fields(desired) != _retry_fields(current):
        changed.append("retry_config")
    if desired.attempt_deadline != current.attempt_deadline:
        changed.append("attempt_deadline")
    return changed


def rest_client(client_class: Any, api_endpoint: str | None = None) -> Any:
    """A Google Cloud client over REST (the transport the tests drive). With `api_endpoint` (a
    local stand-in) it sends no credentials; otherwise it uses Application Default Credentials."""
    from google.api_core.client_options import ClientOptions
    from google.auth.credentials import AnonymousCredentials
    from google.auth.exceptions import DefaultCredentialsError

    if api_endpoint:
        return client_class(transport="rest", credentials=AnonymousCredentials(),  # type: ignore[no-untyped-call]
                            client_options=ClientOptions(api_endpoint=api_endpoint))
    try:
        return client_class(transport="rest")
    except DefaultCredentialsError:
        raise ConfigError("no Google credentials: run `gcloud auth application-default login` "
                          "or set GOOGLE_APPLICATION_CREDENTIALS") from None


def scheduler_client(api_endpoint: str | None = None) -> Any:
    return rest_client(scheduler_v1.CloudSchedulerClient, api_endpoint)


def apply_schedules(client: Any, spec: ScheduleSpec, project: str, region: str, dry_run: bool = False) -> list[str]:
    """Make every schedule of `spec` exist as written, idempotently: get, create when missing,
    update only the fields that differ. Returns one line per schedule saying what was (or, with
    `dry_run`, would be) done. Schedules that exist but are not in the file are left alone."""
    project, region = require_location(project, region)
    parent = f"projects/{project}/locations/{region}"
    return [_apply_one(client, parent, s, scheduler_job(s, spec.service_account, project, region), dry_run)
            for s in spec.schedules]


def _apply_one(client: Any, parent: str, schedule: Schedule, desired: Any, dry_run: bool) -> str:
    target = f"{schedule.name} ({schedule.schedule} {schedule.time_zone} -> jobs/{schedule.job}:run)"
    call = _calls(desired.name, desired.http_target.oauth_token.service_account_email)
    current = call("read", lambda: _get(client, desired.name))
    if current is None and dry_run:
        return f"would create {target}"
    if current is None:
        current = call("create", lambda: _create(client, parent, desired))
        if current is None:
            return f"created {target}"
    changed = differences(desired, current)
    paused = " (paused: resume it with `gcloud scheduler jobs resume`)" if current.state == scheduler_v1.Job.State.PAUSED else ""
    if not changed:
        return f"unchanged {target}{paused}"
    if dry_run:
        return f"would update {target}: {', '.join(changed)}{paused}"
    call("update", lambda: client.update_job(job=desired, update_mask={"paths": changed}))
    return f"updated {target}: {', '.join(changed)}{paused}"


def _get(client: Any, name: str) -> Any | None:
    try:
        return client.get_job(name=name)
    except gexc.NotFound:
        return None


def _create(client: Any, parent: str, job: Any) -> Any | None:
    """None when created; the existing job when another apply (or a person) created it meanwhile,
    so the caller updates it instead."""
    try:
        client.create_job(parent=parent, job=job)
        return None
    except gexc.Conflict:  # 409: REST gives Conflict, gRPC its AlreadyExists
        return client.get_job(name=job.name)


def _calls(name: str, account: str) -> Callable[[str, Callable[[], Any]], Any]:
    def call(action: str, do: Callable[[], Any]) -> Any:
        try:
            return do()
        except gexc.Forbidden as exc:  # REST answers 403 as Forbidden, gRPC as its PermissionDenied
            raise ConfigError(_permission_message(action, name, account, api_message(exc))) from None
        except (gexc.BadRequest, gexc.NotFound) as exc:
            raise ConfigError(f"Cloud Scheduler refused to {action} {name}: {api_message(exc)}") from None
        except gexc.GoogleAPICallError as exc:
            raise OrchestratorError(f"Cloud Scheduler failed to {action} {name}: {api_message(exc)}") from None

    return call


def _permission_message(action: str, name: str, account: str, detail: str) -> str:
    head = f"permission denied: cannot {action} Cloud Scheduler job {name}: {detail}"
    if "has not been used" in detail or "is disabled" in detail:
        return f"{head}\n  enable the API: gcloud services enable cloudscheduler.googleapis.com"
    if "actAs" in detail:
        return (f"{head}\n  the account running `schedule apply` must be allowed to act as {account}: grant it "
                f"roles/iam.serviceAccountUser on that service account")
    return (f"{head}\n  grant the account running `schedule apply` roles/cloudscheduler.admin on the project, "
            f"and roles/iam.serviceAccountUser on {account}")
