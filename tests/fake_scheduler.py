"""A local stand-in for the subset of the Cloud Scheduler v1 REST API that `orchestrator schedule
apply` uses, speaking real HTTP on 127.0.0.1 for `scheduler_v1.CloudSchedulerClient(transport="rest")`.

`GET`, `POST` (create) and `PATCH` (update, honouring `updateMask`) on
`/v1/projects/P/locations/L/jobs[/J]`. Like Cloud Scheduler it answers 404 for a missing job, 409
when creating one that exists, 400 for an HTTP target body that is not base64 (the body travels
base64 in JSON), and 403 for a permission the caller lacks (`denied`: `cloudscheduler.jobs.get`,
`.create`, `.update`, or `iam.serviceAccounts.actAs` for a target's OAuth service account). It
refuses with 400, as the API does, a `retryConfig.retryCount` above 5 or below 0, an HTTP target's
`attemptDeadline` outside 15s to 30 minutes, and durations that are not `"<seconds>s"`. It fills in
what the server owns (state, the retry settings not given, attempt deadline, its User-Agent
header), so a client that compares everything sees a difference where there is none. Scripted
statuses answer the requests a test names.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local_server import Served

STATUS = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 409: "ALREADY_EXISTS",
          500: "INTERNAL", 503: "UNAVAILABLE"}
HTTP_METHODS = ["HTTP_METHOD_UNSPECIFIED", "POST", "GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"]
STATES = ["STATE_UNSPECIFIED", "ENABLED", "PAUSED", "DISABLED", "UPDATE_FAILED"]
USER_FIELDS = ("description", "schedule", "timeZone", "httpTarget", "retryConfig", "attemptDeadline")
_JOBS = re.compile(r"^/v1/(projects/[^/]+/locations/[^/]+)/jobs$")
_JOB = re.compile(r"^/v1/((projects/[^/]+/locations/[^/]+)/jobs/[^/]+)$")
_DURATION = re.compile(r"^\d+(?:\.\d{1,9})?s$")
RETRY_DEFAULTS = {"maxRetryDuration": "0s", "minBackoffDuration": "5s", "maxBackoffDuration": "3600s", "maxDoublings": 5}
RETRY_FIELDS = {"retryCount", *RETRY_DEFAULTS}
_PERMISSION = {"GET": "cloudscheduler.jobs.get", "POST": "cloudscheduler.jobs.create", "PATCH": "cloudscheduler.jobs.update"}


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    body: dict[str, Any] | None
    status: int


@dataclass
class FakeScheduler(Served):
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)  # job name -> the job as stored (names for enums)
    denied: set[str] = field(default_factory=set)  # permissions the caller lacks
    scripted: dict[int, int] = field(default_factory=dict)  # request number (1-based) -> error status
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    server_name = "fake-scheduler"

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler(self)

    def body_of(self, name: str) -> bytes:
        """The HTTP target body of a stored job, decoded."""
        return base64.b64decode(self.jobs[name].get("httpTarget", {}).get("body", ""))

    def writes(self) -> list[Seen]:
        return [s for s in self.seen if s.method in ("POST", "PATCH") and s.status == 200]

    def answer(self, method: str, path: str, query: dict[str, list[str]], raw: bytes) -> tuple[int, dict[str, Any]]:
        with self._lock:
            body = json.loads(raw) if raw else None
            status, payload = self._decide(len(self.seen) + 1, method, path, query, body)
            self.seen.append(Seen(method, path, query, body, status))
            if status == 200 and "enum-encoding=int" in ";".join(query.get("$alt", [])):
                payload = _enums_as_numbers(payload)
            return status, payload

    def _decide(self, number: int, method: str, path: str, query: dict[str, list[str]], body: dict[str, Any] | None
                ) -> tuple[int, dict[str, Any]]:
        if scripted := self.scripted.get(number):
            return _error(scripted, "scripted failure")
        one, many = _JOB.match(path), _JOBS.match(path)
        resource = one.group(1) if one else many.group(1) if many else ""
        if not resource or method not in _PERMISSION:
            return _error(404, f"Not found: {method} {path}")
        if _PERMISSION[method] in self.denied:
            return _error(403, f'The principal (user or service account) lacks IAM permission "{_PERMISSION[method]}" '
                               f'for the resource "{resource}" (or the resource may not exist).')
        if method == "GET" and one:
            job = self.jobs.get(resource)
            return (200, copy.deepcopy(job)) if job else _error(404, "Job not found.")
        if method == "POST" and many and body is not None:
            return self._create(resource, body)
        if method == "PATCH" and one and body is not None:
            return self._update(resource, body, query.get("updateMask", [""])[-1])
        return _error(400, "Invalid request.")

    def _create(self, parent: str, job: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        name = job.get("name", "")
        if not name.startswith(f"{parent}/jobs/"):
            return _error(400, f"Job name {name!r} is not under {parent}.")
        if problem := self._invalid(job):
            return problem
        if name in self.jobs:
            return _error(409, "Job already exists.")
        stored = {"name": name, **{k: copy.deepcopy(job[k]) for k in USER_FIELDS if k in job}}
        self.jobs[name] = self._server_fields(stored, fresh=True)
        return 200, copy.deepcopy(self.jobs[name])

    def _update(self, name: str, patch: dict[str, Any], mask: str) -> tuple[int, dict[str, Any]]:
        current = self.jobs.get(name)
        if current is None:
            return _error(404, "Job not found.")
        paths = [p for p in mask.split(",") if p] or [k for k in USER_FIELDS if k in patch]
        unknown = [p for p in paths if p.split(".")[0] not in USER_FIELDS]
        if unknown:
            return _error(400, f"Invalid update mask paths: {unknown}.")
        merged = copy.deepcopy(current)
        for path in paths:
            if path in patch:
                merged[path] = copy.deepcopy(patch[path])
            else:
                merged.pop(path, None)
        if problem := self._invalid(merged):
            return problem
        self.jobs[name] = self._server_fields(merged, fresh=False)
        return 200, copy.deepcopy(self.jobs[name])

    def _invalid(self, job: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        if len(str(job.get("schedule", "")).split()) != 5:
            return _error(400, f"Schedule has an invalid format: {job.get('schedule')!r}.")
        target = job.get("httpTarget")
        if not isinstance(target, dict) or not str(target.get("uri", "")).startswith(("http://", "https://")):
            return _error(400, "HttpTarget.uri must be an http or https URL.")
        try:
            base64.b64decode(target.get("body", ""), validate=True)
        except (binascii.Error, ValueError):
            return _error(400, "Invalid value at 'job.http_target.body' (TYPE_BYTES), Base64 decoding failed.")
        if problem := _invalid_retry(job):
            return problem
        account = target.get("oauthToken", {}).get("serviceAccountEmail")
        if account and "iam.serviceAccounts.actAs" in self.denied:
            return _error(403, f'The principal (user or service account) lacks IAM permission "iam.serviceAccounts.actAs" '
                               f'for the resource "{account}" (or the resource may not exist).')
        return None

    def _server_fields(self, job: dict[str, Any], fresh: bool) -> dict[str, Any]:
        target = job["httpTarget"]
        target["httpMethod"] = _name(HTTP_METHODS, target.get("httpMethod", "POST"))
        target.setdefault("headers", {})["User-Agent"] = "Google-Cloud-Scheduler"
        if target.get("oauthToken"):
            target["oauthToken"].setdefault("scope", "https://www.googleapis.com/auth/cloud-platform")
        job.setdefault("timeZone", "Etc/UTC")
        retry = job.setdefault("retryConfig", {})
        for key, value in RETRY_DEFAULTS.items():
            retry.setdefault(key, value)
        job.setdefault("attemptDeadline", "180s")
        job["state"] = "ENABLED" if fresh else job.get("state", "ENABLED")
        job["userUpdateTime"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return job


def _invalid_retry(job: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """Cloud Scheduler's documented limits on the retry settings of a job with an HTTP target."""
    retry = job.get("retryConfig", {})
    unknown = sorted(set(retry) - RETRY_FIELDS)
    if unknown:
        return _error(400, f'Invalid JSON payload received. Unknown name "{unknown[0]}" at \'job.retry_config\': '
                           "Cannot find field.")
    count = retry.get("retryCount", 0)
    if not isinstance(count, int) or not 0 <= count <= 5:
        return _error(400, f"retry_count must be between 0 and 5, got {count!r}.")
    durations = {f"retry_config.{k}": v for k, v in retry.items() if k.endswith("Duration")}
    if "attemptDeadline" in job:
        durations["attempt_deadline"] = job["attemptDeadline"]
    for where, value in durations.items():
        if not isinstance(value, str) or not _DURATION.match(value):
            return _error(400, f"Invalid value at 'job.{where}' (type.googleapis.com/google.protobuf.Duration), {value!r}")
    if "attemptDeadline" in job and not 15 <= float(job["attemptDeadline"][:-1]) <= 1800:
        return _error(400, "attempt_deadline must be between 15 seconds and 30 minutes for HTTP targets, "
                           f"got {job['attemptDeadline']}.")
    return None


def _name(names: list[str], value: object) -> str:
    return names[value] if isinstance(value, int) else str(value)


def _enums_as_numbers(job: dict[str, Any]) -> dict[str, Any]:
    """What the server sends back to a client that asked for `enum-encoding=int` (the Python client does)."""
    job = copy.deepcopy(job)
    if isinstance(job.get("state"), str):
        job["state"] = STATES.index(job["state"])
    target = job.get("httpTarget")
    if isinstance(target, dict) and isinstance(target.get("httpMethod"), str):
        target["httpMethod"] = HTTP_METHODS.index(target["httpMethod"])
    return job


def _error(status: int, message: str) -> tuple[int, dict[str, Any]]:
    return status, {"error": {"code": status, "message": message, "status": STATUS.get(status, "UNKNOWN")}}


def _handler(fake: FakeScheduler) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            parts = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, payload = fake.answer(self.command, parts.path, parse_qs(parts.query), raw)
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PATCH = _answer  # noqa: N815 (the stdlib's names)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
            pass  # keep test output quiet; the fake records what it saw

    return Handler
