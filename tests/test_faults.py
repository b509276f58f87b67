"""Faults injected at random, through the command line against the local counterparts: GitHub 5xx and
429 (FakeGitHub), Claude overloaded (FakeAnthropic), GCS 503 (a proxy in front of fake-gcs-server),
Discord 429 and 5xx (FakeDiscord). Each pass completes, or exits 1 with its state intact (no
checkpoint moved backwards, no issue twice); the reruns end with the issues of a fault-free run."""

from __future__ import annotations

import http.client
import json
import random
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fake_anthropic import FakeAnthropic, overloaded, server_error, tool
from fake_discord import FakeDiscord
from fake_github import FakeGitHub
from gcs import GcsSandbox, fixture_gcs_sandbox  # noqa: F401
from test_cli import orchestrator, outbox_issues, world  # noqa: F401
from test_cli_claude import CONSUMER_ANSWER, claude_env
from test_cli_github import CONFIG, CONSUMER, FORK, PROVIDER

from job.demo import CHANGES, _provider_files, build_world
from job.demo import CONSUMER as DEMO_CONSUMER
from job.demo import FORK as DEMO_FORK
from job.demo import PROVIDER as DEMO_PROVIDER

pytestmark = pytest.mark.slow

# --- GitHub 5xx and 429 -----------------------------------------------------------------------------

READS = [("POST", r"^/graphql$"), ("GET", r"/compare/"), ("GET", r"/commits/[0-9a-f]{40}$"), ("GET", r"/contents/"),
         ("GET", r"/issues$"), ("GET", r"/labels$")]
TARGETS = {  # what a pass asks GitHub: the first round files issues, the second comments on them
    1: [*READS, ("POST", r"/labels$"), ("POST", r"/issues$")],
    2: [*READS, ("POST", r"/comments$"), ("PATCH", r"/issues/\d+$"), ("POST", r"/issues/\d+/labels$")],
}


class GitHubWorld:
    """FakeGitHub with the watched repo and its two dependents, and the job's environment for it."""

    def __init__(self, server: FakeGitHub, root: Path) -> None:
        self.server, self.root = server, root
        server.add_repo(PROVIDER).commit("Initial import", dict(_provider_files(readme="typo")))
        server.add_repo(CONSUMER).commit("init", {"src/llm_client.py": "BASE_URL = 'http://llm:8000/v1'\n"})
        server.add_repo(FORK).commit("init", _provider_files(readme="fork"))
        root.mkdir(parents=True, exist_ok=True)
        (root / "relationships.json").write_text(json.dumps(CONFIG))
        self.env = {"GITHUB_TOKEN": "ghp_" + "f" * 36, "GITHUB_API_URL": server.url,
                    "ORCHESTRATOR_CONFIG": str(root / "relationships.json"), "ORCHESTRATOR_STATE": str(root / "state"),
                    "ORCHESTRATOR_LOG_FORMAT": "json", "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE": "60000"}
        self.order: list[str] = []

    def run(self) -> int:
        result = orchestrator("run", env=self.env, cwd=self.root)
        assert result.returncode in (0, 1), result.stderr[-3000:]
        return result.returncode

    def commit(self, round_: int) -> None:
        repo = self.server.repo(PROVIDER)
        state = {"readme": "typo", "auth": "yes", "port": str(9000 + round_), "gpu": "yes" if round_ % 2 else ""}
        self.order.append(repo.commit(f"Round {round_}: port {9000 + round_}", _provider_files(**state)))

    def checkpoint(self) -> int:
        path = self.root / "state" / "checkpoints" / f"{PROVIDER}.json"
        if not path.exists():
            return -1
        sha = json.loads(path.read_text())["sha"]
        return self.order.index(sha) if sha in self.order else -1

    def issues(self) -> dict[str, list[tuple[str, str, int, tuple[str, ...]]]]:
        return {d: [(i.title, i.state, len(i.comments), tuple(sorted(i.labels)))
                    for i in self.server.repo(d).issues.values()] for d in (CONSUMER, FORK)}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_github_5xx_and_429_then_reruns_end_with_the_fault_free_issues(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    with FakeGitHub() as faulty_server, FakeGitHub() as clean_server:
        faulty, clean = GitHubWorld(faulty_server, tmp_path / "faulty"), GitHubWorld(clean_server, tmp_path / "clean")
        for w in (faulty, clean):
            assert w.run() == 0  # baselines
        injected, fired = [], 0
        for round_ in (1, 2):
            for w in (faulty, clean):
                w.commit(round_)
            assert clean.run() == 0
            before = faulty.checkpoint()
            faulty_server.clear_log()
            for _ in range(rng.randint(2, 4)):
                method, path = rng.choice(TARGETS[round_])
                status = rng.choice([500, 502, 503, 429])
                times, after = rng.randint(1, 2), method != "GET" and rng.random() < 0.5
                if status == 429:
                    faulty_server.secondary_limit(method, path, status=429, retry_after=1, times=times)
                else:
                    faulty_server.fail(method, path, status, times=times, after_effect=after)
                injected.append((round_, method, path, status, times, after))
            code = faulty.run()
            fired += sum(1 for e in faulty_server.log if e.status == 429 or e.status >= 500)
            assert faulty.checkpoint() >= before
            assert all(len(found) <= 1 for found in faulty.issues().values())  # never an issue twice
            faulty_server.rules.clear()
            for _ in range(3):
                if code == 0:
                    break
                code = faulty.run()
                assert faulty.checkpoint() >= before
            assert code == 0, injected
            assert faulty.issues() == clean.issues(), injected
        print(f"GitHub (seed {seed}): {fired} faulty answers from {injected}")
        assert fired > 0


# --- Claude overloaded ------------------------------------------------------------------------------

FORK_ANSWER = {"requires_action": True, "urgency": "medium", "confidence": 0.9,
               "impact_summary": "docker-compose.yml reserves an NVIDIA GPU.",
               "recommended_changes": ["Port the GPU reservation."], "affected_files": ["docker-compose.yml"],
               "reasoning": "Shared GPU configuration.", "not_proposed": ["the model"]}


def titles(state: Path) -> dict[str, list[str]]:
    return {d: sorted(text.split("title: ", 1)[1].split("\n", 1)[0] for text in outbox_issues(state, d).values())
            for d in (DEMO_CONSUMER, DEMO_FORK)}


def demo_world(root: Path) -> tuple[dict[str, str], Path]:
    config_path, built = build_world(root / "world")
    env = {"ORCHESTRATOR_STATE": str(root / "state"), "ORCHESTRATOR_CONFIG": str(config_path),
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (root / "world" / "remotes").as_uri() + "/{owner}/{repo}.git",
           "ORCHESTRATOR_LOG_FORMAT": "json"}
    assert orchestrator("run", env=env, cwd=root).returncode == 0
    from git import Repo

    with Repo(built.work / DEMO_PROVIDER) as provider:
        state = {"readme": "typo"}
        for message, change in CHANGES:
            state.update(change)
            built.commit(provider, _provider_files(**state), message)
    return env, root / "state"


@pytest.mark.parametrize("seed", [1, 2])
def test_claude_overloaded_at_random_degrades_and_files_the_fault_free_issues(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    replies = {DEMO_CONSUMER: tool(CONSUMER_ANSWER), DEMO_FORK: tool(FORK_ANSWER)}
    with FakeAnthropic() as api:
        clean_env, clean_state = demo_world(tmp_path / "clean")
        api.add(replies[DEMO_CONSUMER], replies[DEMO_FORK])
        assert orchestrator("run", env={**clean_env, **claude_env(api)}, cwd=tmp_path).returncode == 0
        faulty_env, faulty_state = demo_world(tmp_path / "faulty")
        faults = [rng.choice([overloaded(), server_error(503), None]) for _ in replies]
        if not any(faults):
            faults[rng.randrange(2)] = overloaded()
        api.add(*[fault or reply for fault, reply in zip(faults, replies.values(), strict=True)])
        result = orchestrator("run", env={**faulty_env, **claude_env(api)}, cwd=tmp_path)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "(degraded)" in result.stdout
        rerun = orchestrator("run", env={**faulty_env, **claude_env(api)}, cwd=tmp_path)
        assert rerun.returncode == 0 and api.problems == []
    assert titles(faulty_state) == titles(clean_state)
    assert all(len(found) == 1 for found in titles(faulty_state).values())


# --- GCS 503 ----------------------------------------------------------------------------------------

class FlakyGcsProxy:
    """Forwards to fake-gcs-server and answers 503 at random instead (before the request, or after it was
    carried out: the write happened, the answer is lost)."""

    def __init__(self, upstream: str, seed: int, rate: float) -> None:
        self.rng, self.rate, self.lock = random.Random(seed), rate, threading.Lock()
        self.injected = 0
        target = urlsplit(upstream)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with proxy.lock:
                    fault = proxy.rng.random() < proxy.rate
                    after = proxy.rng.random() < 0.5
                    proxy.injected += fault
                if fault and not after:
                    return self._send(503, {}, b'{"error": {"code": 503, "message": "injected"}}')
                upstream_conn = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                upstream_conn.request(self.command, self.path, body=body, headers=headers)
                answer = upstream_conn.getresponse()
                data = answer.read()
                upstream_conn.close()
                if fault:
                    return self._send(503, {}, b'{"error": {"code": 503, "message": "injected after"}}')
                kept = {k: v for k, v in answer.getheaders()
                        if k.lower() not in ("transfer-encoding", "connection", "content-length")}
                self._send(answer.status, kept, data)

            def _send(self, status: int, headers: dict[str, str], data: bytes) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", headers.get("Content-Type", "application/json"))
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


@pytest.fixture
def gcs_proxy(gcs_sandbox: GcsSandbox) -> Iterator[tuple[GcsSandbox, FlakyGcsProxy]]:
    proxy = FlakyGcsProxy(gcs_sandbox.endpoint, seed=5, rate=0.0)
    yield gcs_sandbox, proxy
    proxy.close()


def test_random_gcs_503_leaves_state_intact_and_reruns_file_the_fault_free_issues(
    gcs_proxy: tuple[GcsSandbox, FlakyGcsProxy], tmp_path: Path,
) -> None:
    sandbox, proxy = gcs_proxy
    config_path, built = build_world(tmp_path / "world")
    env = {"STORAGE_EMULATOR_HOST": proxy.endpoint, "GCP_PROJECT_ID": "test",
           "DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA": "true",
           "ORCHESTRATOR_STATE": f"gs://{sandbox.bucket}/orchestrator", "ORCHESTRATOR_CONFIG": str(config_path),
           "ORCHESTRATOR_OUTBOX": str(tmp_path / "outbox"), "ORCHESTRATOR_GIT_CACHE": str(tmp_path / "git"),
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (tmp_path / "world" / "remotes").as_uri() + "/{owner}/{repo}.git",
           "ORCHESTRATOR_LOG_FORMAT": "json"}
    assert orchestrator("run", env=env, cwd=tmp_path).returncode == 0  # baseline, no faults
    found = sandbox.raw("orchestrator/checkpoints/demo-org/llm-service.json")
    assert found is not None
    baseline = json.loads(found.download_as_bytes())["sha"]
    from git import Repo

    with Repo(built.work / DEMO_PROVIDER) as provider:
        state = {"readme": "typo"}
        for message, change in CHANGES:
            state.update(change)
            built.commit(provider, _provider_files(**state), message)
    proxy.rate = 0.25
    codes = []
    for _ in range(8):
        result = orchestrator("run", env=env, cwd=tmp_path)
        codes.append(result.returncode)
        assert result.returncode in (0, 1), result.stderr[-3000:]
        assert all(len(outbox_issues(tmp_path, d)) <= 1 for d in (DEMO_CONSUMER, DEMO_FORK))
        checkpoint = sandbox.raw("orchestrator/checkpoints/demo-org/llm-service.json")
        assert checkpoint is not None  # never lost, never corrupt
        json.loads(checkpoint.download_as_bytes())
        if result.returncode == 0 and len(outbox_issues(tmp_path, DEMO_CONSUMER)) == 1:
            break
    proxy.rate = 0.0
    final = orchestrator("run", env=env, cwd=tmp_path)
    assert final.returncode == 0, final.stderr[-3000:]
    print(f"GCS: {proxy.injected} 503s injected; exit codes {codes}")
    assert proxy.injected > 0
    for dependent in (DEMO_CONSUMER, DEMO_FORK):
        assert len(outbox_issues(tmp_path, dependent)) == 1
        assert "orchestrator:comment" not in next(iter(outbox_issues(tmp_path, dependent).values()))
    moved = sandbox.raw("orchestrator/checkpoints/demo-org/llm-service.json")
    assert moved is not None and json.loads(moved.download_as_bytes())["sha"] != baseline


# --- Discord 429 and 5xx ----------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2])
def test_random_discord_429_and_5xx_deliver_the_digest_once_without_touching_issues(
    world: tuple[dict[str, str], Path], seed: int,  # noqa: F811
) -> None:
    env, state = world
    rng = random.Random(seed)
    scripted = {n: rng.choice([429, 429, 502, 503]) for n in sorted(rng.sample(range(1, 6), 3))}
    with FakeDiscord(scripted=scripted) as discord:
        first = orchestrator("run", env={**env, "WEBHOOK_URL": discord.url}, cwd=state.parent)
        assert first.returncode in (0, 1), first.stderr[-3000:]
        issues = {d: outbox_issues(state, d) for d in (DEMO_CONSUMER, DEMO_FORK)}
        assert all(len(found) == 1 for found in issues.values())
        rerun = orchestrator("run", env={**env, "WEBHOOK_URL": discord.url}, cwd=state.parent)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert {d: outbox_issues(state, d) for d in (DEMO_CONSUMER, DEMO_FORK)} == issues
        delivered = [m for m in discord.accepted if "Dependency orchestrator: run" in json.dumps(m)]
        assert len(delivered) == 1, scripted  # held if it failed, sent by the rerun; never twice
        assert discord.pinged == []
        assert any(s.status == 429 for s in discord.seen) or any(s.status >= 500 for s in discord.seen)
