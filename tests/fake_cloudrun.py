"""A local stand-in for the subset of the Cloud Run Admin API v2 (REST) that `orchestrator execute`
uses, speaking real HTTP on 127.0.0.1 for `run_v2.JobsClient(transport="rest")`.

`POST /v2/projects/P/locations/R/jobs/J:run` starts an execution and answers a long-running
Operation whose metadata is the Execution; `GET .../operations/ID` reports it running until it has
been polled `polls_to_finish` times, then done with the Execution as its response (or an error when
the job is scripted to fail); `GET .../jobs/J/executions/E` answers the Execution. Like Cloud Run it
answers 404 for an unknown job, 403 for a caller without `run.jobs.run` on a job, 403 for a run
with overrides by a caller who has only `run.jobs.run` (`invoker_only`), and scripted statuses on
the requests a test names. Every run is recorded with its request body.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from local_server import Served

EXECUTION_TYPE = "type.googleapis.com/google.cloud.run.v2.Execution"
STATUS = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 409: "ALREADY_EXISTS",
          429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}
_RUN = re.compile(r"^/v2/projects/([^/]+)/locations/([^/]+)/jobs/([^/:]+):run$")
_OPERATION = re.compile(r"^/v2/projects/([^/]+)/locations/([^/]+)/operations/([^/]+)$")
_EXECUTION = re.compile(r"^/v2/projects/([^/]+)/locations/([^/]+)/jobs/([^/]+)/executions/([^/]+)$")


@dataclass
class Run:
    """One accepted `jobs/J:run`: the job, the request body as sent, and what it started."""

    job: str
    body: dict[str, Any]
    execution: str
    operation: str

    @property
    def args(self) -> list[str] | None:
        """The container arguments this run overrides, or None for a plain run."""
        overrides = self.body.get("overrides", {}).get("containerOverrides", [])
        return list(overrides[0].get("args", [])) if overrides else None


@dataclass
class FakeCloudRun(Served):
    project: str = "demo-project"
    region: str = "europe-west1"
    jobs: dict[str, int] = field(default_factory=lambda: {"dependency-orchestrator": 1})  # job -> task count
    failing: set[str] = field(default_factory=set)  # jobs whose executions fail (one task failed)
    forbidden: set[str] = field(default_factory=set)  # jobs the caller may not run (no run.jobs.run)
    invoker_only: bool = False  # the caller has run.jobs.run but not run.jobs.runWithOverrides
    polls_to_finish: int = 2  # GETs of an operation before it is done
    scripted: dict[int, int] = field(default_factory=dict)  # request number (1-based) -> error status
    runs: list[Run] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path) in order

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._executions: dict[str, dict[str, Any]] = {}  # execution name -> Execution JSON
        self._operations: dict[str, dict[str, Any]] = {}  # operation name -> {execution, polls}

    server_name = "fake-cloudrun"

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler(self)

    def answer(self, method: str, path: str, raw: bytes) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.requests.append((method, path))
            scripted = self.scripted.get(len(self.requests))
            if scripted:
                return _error(scripted, "scripted failure" if scripted != 403 else "The caller does not have permission")
            if method == "POST" and (m := _RUN.match(path)):
                return self._run(m.group(1), m.group(2), m.group(3), raw)
            if method == "GET" and (m := _OPERATION.match(path)) and self._here(m.group(1), m.group(2)):
                return self._poll(path.removeprefix("/v2/"))
            if method == "GET" and (m := _EXECUTION.match(path)) and self._here(m.group(1), m.group(2)):
                execution = self._executions.get(path.removeprefix("/v2/"))
                if execution is not None:
                    return 200, execution
            return _error(404, f"Requested entity was not found: {method} {path}")

    def _here(self, project: str, region: str) -> bool:
        return project == self.project and region == self.region

    def _run(self, project: str, region: str, job: str, raw: bytes) -> tuple[int, dict[str, Any]]:
        resource = f"namespaces/{project}/jobs/{job}"
        if job in self.forbidden:
            return _error(403, f"Permission 'run.jobs.run' denied on resource '{resource}' (or resource may not exist).")
        if not self._here(project, region) or job not in self.jobs:
            return _error(404, f"Resource '{job}' of kind 'JOB' in region '{region}' in project '{project}' does not exist.")
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            return _error(400, "Invalid JSON payload received.")
        if not isinstance(body, dict):
            return _error(400, "Invalid JSON payload received.")
        if body.get("overrides") and self.invoker_only:
            return _error(403, f"Permission 'run.jobs.runWithOverrides' denied on resource '{resource}' "
                               "(or resource may not exist).")
        short = f"{job}-{uuid.uuid4().hex[:5]}"
        name = f"projects/{project}/locations/{region}/jobs/{job}/executions/{short}"
        tasks = int(body.get("overrides", {}).get("taskCount") or self.jobs[job])
        self._executions[name] = {
            "name": name, "uid": str(uuid.uuid4()), "job": job, "createTime": _now(), "taskCount": tasks,
            "parallelism": tasks, "runningCount": 0, "succeededCount": 0, "failedCount": 0, "cancelledCount": 0,
            "reconciling": True,
            "logUri": f"https://console.cloud.google.com/logs/viewer?project={project}&resource=cloud_run_job",
        }
        operation = f"projects/{project}/locations/{region}/operations/{uuid.uuid4()}"
        self._operations[operation] = {"execution": name, "polls": 0}
        self.runs.append(Run(job=job, body=body, execution=name, operation=operation))
        return 200, {"name": operation, "metadata": {"@type": EXECUTION_TYPE, **self._executions[name]}, "done": False}

    def _poll(self, operation: str) -> tuple[int, dict[str, Any]]:
        state = self._operations.get(operation)
        if state is None:
            return _error(404, f"Operation {operation} not found.")
        state["polls"] += 1
        execution = self._executions[state["execution"]]
        answer: dict[str, Any] = {"name": operation, "done": False}
        if state["polls"] < self.polls_to_finish:
            execution.update(startTime=execution.get("startTime") or _now(), runningCount=execution["taskCount"])
        else:
            failed = 1 if execution["job"] in self.failing else 0
            execution.update(runningCount=0, succeededCount=execution["taskCount"] - failed, failedCount=failed,
                             completionTime=execution.get("completionTime") or _now(), reconciling=False)
            answer["done"] = True
            if failed:
                short = execution["name"].rsplit("/", 1)[-1]
                answer["error"] = {"code": 2, "message": f"Task {short}-task0 failed with message: "
                                                         "The container exited with an error (exit code 1)."}
            else:
                answer["response"] = {"@type": EXECUTION_TYPE, **execution}
        answer["metadata"] = {"@type": EXECUTION_TYPE, **execution}
        return 200, answer


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _error(status: int, message: str) -> tuple[int, dict[str, Any]]:
    return status, {"error": {"code": status, "message": message, "status": STATUS.get(status, "UNKNOWN")}}


def _handler(fake: FakeCloudRun) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, payload = fake.answer(self.command, urlsplit(self.path).path, raw)
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer  # noqa: N815 (the stdlib's names)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
            pass  # keep test output quiet; the fake records what it saw

    return Handler
