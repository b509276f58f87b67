"""Running the deployed Cloud Run job by hand: `orchestrator execute [--weekly-digest] [--wait]`.

It owns starting one execution through the Cloud Run Admin API (the pass job, or its `-weekly`
sibling that sends the weekly digest), optionally with container arguments in place of the job's,
following it to the end, and saying where its logs are. It does not deploy jobs (`cloudbuild.yaml`)
nor schedule them (`job/deploy.py`). Google API errors are mapped here to messages that name the
role to grant.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO, TypeVar

from google.api_core import exceptions as gexc

from job.deploy import api_message, require_location, rest_client
from job.errors import ConfigError, OrchestratorError, UsageError

# Imported by name, so untyped: see job/deploy.py (a typed google.cloud.* import breaks mypy on the GCS adapter).
run_v2: Any = importlib.import_module("google.cloud.run_v2")

WEEKLY_SUFFIX = "-weekly"
LOGS = "https://console.cloud.google.com/run/jobs/executions/details/{region}/{execution}/logs?project={project}"
T = TypeVar("T")


def weekly_job_name(job: str) -> str:
    """The job that sends the weekly digest: the same image, deployed with `digest --weekly` as its
    arguments, so that scheduling it needs no override permission (see scheduler.yaml)."""
    return f"{job}{WEEKLY_SUFFIX}"


def log_url(project: str, region: str, execution: str) -> str:
    return LOGS.format(project=project, region=region, execution=execution.rsplit("/", 1)[-1])


@dataclass(frozen=True)
class ExecutionResult:
    """One execution as last seen: `finished` is False when it was only started (no --wait)."""

    name: str  # projects/P/locations/R/jobs/J/executions/E
    job: str
    log_url: str
    finished: bool = False
    task_count: int = 0
    succeeded: int = 0
    failed: int = 0
    cancelled: int = 0
    error: str = ""

    @property
    def execution(self) -> str:
        return self.name.rsplit("/", 1)[-1]

    @property
    def outcome(self) -> str:
        if not self.finished:
            return "started"
        return "failed" if self.error or self.failed or self.cancelled else "succeeded"

    @property
    def exit_code(self) -> int:
        """0 started or succeeded; 1 failed (running it again may help, as Cloud Run's own retry does)."""
        return 1 if self.outcome == "failed" else 0


def jobs_client(api_endpoint: str | None = None) -> Any:
    return rest_client(run_v2.JobsClient, api_endpoint)


def execute(client: Any, project: str, region: str, job: str, weekly: bool = False, wait: bool = False,
            poll_seconds: float = 10.0, *, args: Sequence[str] = (), out: TextIO | None = None,
            sleep: Callable[[float], None] = time.sleep) -> ExecutionResult:
    """Start one execution of `job` (or of its weekly-digest sibling) and print its name and log
    link; with `wait`, follow it to the end and print the outcome. `args` replace the container's
    arguments for this execution only, which needs run.jobs.runWithOverrides on the job."""
    out = out or sys.stdout
    project, region = require_location(project, region)
    if weekly and args:
        raise UsageError("--weekly-digest runs the weekly job as deployed; it takes no arguments")
    target = weekly_job_name(job) if weekly else job
    name = f"projects/{project}/locations/{region}/jobs/{target}"
    request = run_v2.RunJobRequest(name=name)
    if args:
        override = run_v2.RunJobRequest.Overrides.ContainerOverride(args=list(args))
        request.overrides = run_v2.RunJobRequest.Overrides(container_overrides=[override])
    operation: Any = _guard(lambda: client.run_job(request=request), target, project, region, bool(args))
    started = operation.metadata
    if started is None or not started.name:
        raise OrchestratorError(f"Cloud Run accepted the run of {name} but named no execution")
    result = _result(started, target, project, region, finished=False)
    print(result.name, file=out)
    print(f"logs: {result.log_url}", file=out)
    if not wait:
        return result
    while not _follow(operation.done, result):
        sleep(poll_seconds)
    error = operation.exception()
    final = operation.metadata if error is not None else operation.result()
    result = _result(final or started, target, project, region, finished=True,
                     error=str(getattr(error, "message", "") or error or ""))
    print(f"{result.execution}: {result.outcome}: {result.succeeded} of {result.task_count} task(s) succeeded, "
          f"{result.failed} failed" + (f", {result.cancelled} cancelled" if result.cancelled else "")
          + (f" ({result.error})" if result.error else ""), file=out)
    return result


def _result(execution: Any, job: str, project: str, region: str, *, finished: bool, error: str = "") -> ExecutionResult:
    return ExecutionResult(
        name=execution.name, job=job, log_url=log_url(project, region, execution.name), finished=finished,
        task_count=execution.task_count, succeeded=execution.succeeded_count, failed=execution.failed_count,
        cancelled=execution.cancelled_count, error=error,
    )


def _guard(call: Callable[[], T], job: str, project: str, region: str, overridden: bool) -> T:
    where = f"project {project}, region {region}"
    try:
        return call()
    except gexc.NotFound:
        raise ConfigError(f"Cloud Run job {job!r} not found in {where}: deploy it with "
                          "`gcloud builds submit --config cloudbuild.yaml` (see the README's deployment guide), or set "
                          "ORCHESTRATOR_JOB_NAME and GCP_REGION to the deployed job") from None
    except gexc.Forbidden as exc:  # REST answers 403 as Forbidden, gRPC as its PermissionDenied
        detail = api_message(exc)
        if "has not been used" in detail or "is disabled" in detail:
            hint = "enable the API: gcloud services enable run.googleapis.com"
        elif overridden or "runWithOverrides" in detail:
            hint = (f"running with arguments needs run.jobs.runWithOverrides: grant roles/run.jobsExecutorWithOverrides "
                    f"(or roles/run.developer) on the job: gcloud run jobs add-iam-policy-binding {job} --region {region} "
                    "--member=user:YOU@example.com --role=roles/run.jobsExecutorWithOverrides")
        else:
            hint = (f"grant roles/run.invoker on the job: gcloud run jobs add-iam-policy-binding {job} --region {region} "
                    "--member=user:YOU@example.com --role=roles/run.invoker")
        raise ConfigError(f"permission denied: cannot run Cloud Run job {job!r} in {where}: {detail}\n  {hint}") from None
    except gexc.GoogleAPICallError as exc:
        raise OrchestratorError(f"Cloud Run could not run job {job!r} in {where}: {api_message(exc)}") from None


def _follow(done: Callable[[], bool], started: ExecutionResult) -> bool:
    try:
        return done()
    except gexc.Forbidden as exc:  # REST answers 403 as Forbidden, gRPC as its PermissionDenied
        raise ConfigError(f"execution {started.execution} started, but following it was refused: {api_message(exc)}\n"
                          f"  grant roles/run.viewer to follow executions, or read its logs: {started.log_url}") from None
    except gexc.GoogleAPICallError as exc:
        raise OrchestratorError(f"execution {started.execution} started, but following it failed: {api_message(exc)}; "
                                f"its logs: {started.log_url}") from None
