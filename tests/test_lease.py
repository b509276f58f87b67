"""Overlapping executions and parallel tasks: shards, the lease, and exactly one digest."""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import subprocess
import sys
from datetime import timedelta
from multiprocessing.queues import Queue
from pathlib import Path

import pytest
from doubles import InMemoryBlobStore, InMemoryIssueTracker, RecordingNotifier, ScriptedCommitSource
from gcs import GcsSandbox, fixture_gcs_sandbox, gcs_client  # noqa: F401
from test_pass import AUTH_DIFF, World
from tests_support import NOW

from job.bootstrap import build
from job.config import parse_config
from job.errors import ConfigError
from job.lease import Lease, LeaseHeld, LeaseLost, Task, shard_of
from job.poll import PassOptions, run_pass
from job.ports import BlobStore
from job.settings import load_settings
from job.state_gcs import GcsBlobStore

SPAWN = multiprocessing.get_context("spawn")
TTL = timedelta(minutes=15)


def test_shard_is_stable_across_runs_and_spreads_repos() -> None:
    # pinned values: a change here moves repos between shards on the next deploy
    assert [shard_of(r, 4) for r in ("acme/llm-service", "ACME/llm-service", "acme/a", "acme/b")] == [0, 0, 1, 2]
    counts = [0, 0, 0, 0]
    for n in range(400):
        counts[shard_of(f"acme/repo-{n}", 4)] += 1
    assert min(counts) > 70


@pytest.fixture(params=["memory", "gcs"])
def lease_store(request: pytest.FixtureRequest) -> BlobStore:
    if request.param == "memory":
        return InMemoryBlobStore()
    sandbox: GcsSandbox = request.getfixturevalue("gcs_sandbox")
    return sandbox.store("leases-test")


def test_second_execution_finds_the_lease_held_and_takes_over_only_when_it_expires(lease_store: BlobStore) -> None:
    store = lease_store
    first = Lease(store, Task(execution="exec-1"), "run-1", TTL)
    first.acquire(NOW)
    second = Lease(store, Task(execution="exec-2"), "run-2", TTL)
    with pytest.raises(LeaseHeld, match="held by run-1"):
        second.acquire(NOW + timedelta(minutes=5))
    second.acquire(NOW + timedelta(minutes=16))  # expired: taken over by compare-and-swap
    with pytest.raises(LeaseLost):
        first.renew(NOW + timedelta(minutes=17))  # the first ran past its expiry: it must stop
    second.release()
    assert store.list("leases/") == []


def test_a_retried_task_takes_over_its_own_lease_at_once(lease_store: BlobStore) -> None:
    store = lease_store
    Lease(store, Task(execution="exec-1", attempt=0), "run-1", TTL).acquire(NOW)
    Lease(store, Task(execution="exec-1", attempt=1), "run-2", TTL).acquire(NOW + timedelta(minutes=1))


def test_lease_is_renewed_when_half_spent() -> None:
    store = InMemoryBlobStore()
    lease = Lease(store, Task(execution="e"), "run-1", TTL)
    lease.acquire(NOW)
    before = store.objects[lease.key].generation
    lease.renew(NOW + timedelta(minutes=2))
    assert store.objects[lease.key].generation == before
    lease.renew(NOW + timedelta(minutes=8))
    assert json.loads(store.objects[lease.key].data)["expires"] == (NOW + timedelta(minutes=23)).isoformat()


def test_pass_finding_the_lease_held_does_nothing_and_exits_0(tmp_path: Path) -> None:
    world = World(tmp_path)
    other_host = {"schema": 1, "owner": "run-x", "execution": "other", "task": 0, "host": "elsewhere", "pid": 1,
                  "taken": NOW.isoformat(), "expires": "2999-01-01T00:00:00+00:00"}
    world.store.write("leases/shard-0-of-1.json", json.dumps(other_host).encode())
    result = run_pass(world.deps(), PassOptions())
    assert result.exit_code == 0 and result.record.repos == [] and world.source.calls == []
    assert result.messages == ["nothing to do: leases/shard-0-of-1.json is held by run-x until 2999-01-01T00:00:00+00:00"]


REPOS = [f"acme/svc-{n:02d}" for n in range(50)]


def _config() -> str:
    return json.dumps({"relationships": {repo: {"type": "service_provider", "consumers": [{
        "repo": f"{repo}-client", "relationship_type": "api_consumer", "change_triggers": ["authentication"]}]}
        for repo in REPOS}})


def _task(endpoint: str, bucket: str, execution: str, index: int, count: int, changed: bool,
          results: Queue[dict[str, object]]) -> None:
    os.environ["DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA"] = "true"
    source = ScriptedCommitSource()
    for repo in REPOS:  # the same histories in every task, as the same remote repos would be
        source.push(repo, "Initial import", {"README.md": "+hello\n"}, "A")
        if changed:
            source.push(repo, "Require an API key", {"app.py": AUTH_DIFF})
    client = gcs_client(endpoint)
    store = GcsBlobStore(client, bucket, "state")
    tracker, notifier = InMemoryIssueTracker(), RecordingNotifier()
    settings = load_settings({"CLOUD_RUN_EXECUTION": execution, "CLOUD_RUN_TASK_INDEX": str(index),
                              "CLOUD_RUN_TASK_COUNT": str(count), "ORCHESTRATOR_STATE": "unused"})
    deps = build(settings, config=parse_config(_config(), "c.json"), source=source, store=store, tracker=tracker,
                 notifier=notifier)
    result = run_pass(deps, PassOptions())
    client.close()
    results.put({"index": index, "repos": [r.repo for r in result.record.repos], "digests": notifier.sent,
                 "issues": tracker.writes, "exit": result.exit_code,
                 "fetched": [repo for repo, _ in source.calls]})


def _execution(sandbox: GcsSandbox, execution: str, count: int, changed: bool) -> list[dict[str, object]]:
    results: Queue[dict[str, object]] = SPAWN.Queue()
    procs = [SPAWN.Process(target=_task, args=(sandbox.endpoint, sandbox.bucket, execution, i, count, changed, results))
             for i in range(count)]
    for p in procs:
        p.start()
    outcome = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    return sorted(outcome, key=lambda r: int(r["index"]))  # type: ignore[call-overload]


@pytest.mark.slow
def test_three_tasks_share_fifty_repos_each_once_and_send_exactly_one_digest(gcs_sandbox: GcsSandbox) -> None:
    baseline = _execution(gcs_sandbox, "exec-1", 3, changed=False)
    assert all(r["exit"] == 0 for r in baseline)
    seen = [repo for r in baseline for repo in r["repos"]]  # type: ignore[attr-defined]
    assert sorted(seen) == REPOS  # every repo once, none twice
    assert sum(len(r["digests"]) for r in baseline) == 0  # baselines only: nothing to say  # type: ignore[arg-type]

    changed = _execution(gcs_sandbox, "exec-2", 3, changed=True)
    assert sorted(repo for r in changed for repo in r["repos"]) == REPOS  # type: ignore[attr-defined]
    assert sorted(repo for r in changed for repo in r["fetched"]) == REPOS  # type: ignore[attr-defined]
    assert sum(int(r["issues"]) for r in changed) == 50  # type: ignore[call-overload]
    digests = [d for r in changed for d in r["digests"]]  # type: ignore[attr-defined]
    assert len(digests) == 1
    assert all(repo in digests[0] for repo in REPOS)
    records = gcs_sandbox.client.list_blobs(gcs_sandbox.bucket, prefix="state/runs/")
    assert len(list(records)) == 6  # each task writes its own run record


# --- identity and TTL on Cloud Run ---------------------------------------------------------------

def _gone_pid() -> int:
    """The pid of a process of this machine that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(done.stdout)


def _held_here(store: BlobStore, pid: int, cloud_run: bool | None) -> None:
    """A live lease of another execution, written on this hostname by a process `pid`."""
    body: dict[str, object] = {"schema": 1, "owner": "run-x", "execution": "exec-x", "task": 0, "host": socket.gethostname(),
                               "pid": pid, "taken": NOW.isoformat(), "expires": (NOW + TTL).isoformat()}
    if cloud_run is not None:
        body["cloud_run"] = cloud_run
    found = store.read("leases/shard-0-of-1.json")
    store.write("leases/shard-0-of-1.json", json.dumps(body).encode(), found.generation if found else 0)


def test_on_cloud_run_a_live_lease_is_never_taken_over_for_a_gone_pid_on_the_same_hostname() -> None:
    # every Cloud Run instance is `localhost`; pid numbers repeat from container to container
    store = InMemoryBlobStore()
    _held_here(store, _gone_pid(), cloud_run=None)
    with pytest.raises(LeaseHeld, match="held by run-x"):
        Lease(store, Task(execution="exec-y", cloud_run=True), "run-y", TTL).acquire(NOW + timedelta(minutes=1))


def test_off_cloud_run_a_lease_whose_process_is_gone_here_is_taken_over_unless_cloud_run_wrote_it() -> None:
    store = InMemoryBlobStore()
    _held_here(store, _gone_pid(), cloud_run=True)
    with pytest.raises(LeaseHeld):
        Lease(store, Task(execution="run-y"), "run-y", TTL).acquire(NOW + timedelta(minutes=1))
    _held_here(store, _gone_pid(), cloud_run=False)
    Lease(store, Task(execution="run-y"), "run-y", TTL).acquire(NOW + timedelta(minutes=1))
    assert json.loads(store.objects["leases/shard-0-of-1.json"].data)["owner"] == "run-y"


def test_a_bootstrapped_pass_on_cloud_run_marks_its_lease_and_outlasts_the_task_timeout(tmp_path: Path) -> None:
    env = {"CLOUD_RUN_EXECUTION": "exec-1", "ORCHESTRATOR_STATE": str(tmp_path / "state"),
           "ORCHESTRATOR_TASK_TIMEOUT_SECONDS": "3600"}
    deps = build(load_settings(env), config=parse_config(_config(), "c.json"), store=InMemoryBlobStore(),
                 source=ScriptedCommitSource(), tracker=InMemoryIssueTracker(), notifier=RecordingNotifier())
    assert deps.task.cloud_run and deps.lease_ttl >= timedelta(hours=1)
    off = build(load_settings({"ORCHESTRATOR_STATE": str(tmp_path / "state")}), config=parse_config(_config(), "c.json"),
                store=InMemoryBlobStore(), source=ScriptedCommitSource(), tracker=InMemoryIssueTracker(),
                notifier=RecordingNotifier())
    assert not off.task.cloud_run


def test_a_slow_repo_within_the_task_timeout_keeps_another_execution_out(tmp_path: Path) -> None:
    # the default settings, as deployed: 29 minutes into a 30-minute attempt, the lease still holds
    settings = load_settings({"CLOUD_RUN_EXECUTION": "exec-1", "ORCHESTRATOR_STATE": str(tmp_path)})
    ttl = timedelta(seconds=settings.lease_seconds)
    store = InMemoryBlobStore()
    Lease(store, Task(execution="exec-1", cloud_run=True), "run-1", ttl).acquire(NOW)
    with pytest.raises(LeaseHeld):
        Lease(store, Task(execution="exec-2", cloud_run=True), "run-2", ttl).acquire(
            NOW + timedelta(seconds=settings.task_timeout_seconds - 60))


def test_a_lease_shorter_than_the_task_timeout_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="ORCHESTRATOR_LEASE_SECONDS=900 is below ORCHESTRATOR_TASK_TIMEOUT_SECONDS=1800"):
        load_settings({"ORCHESTRATOR_LEASE_SECONDS": "900"})
    assert load_settings({"ORCHESTRATOR_TASK_TIMEOUT_SECONDS": "600"}).lease_seconds == 660
