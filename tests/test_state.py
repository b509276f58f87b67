"""The state port's contract, run against every adapter, and the state written on top of it."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from doubles import InMemoryBlobStore
from gcs import gcs_store  # noqa: F401

from job.errors import PreconditionFailed, StateCorrupt
from job.ports import BlobStore
from job.state import Checkpoint, Checkpoints, Ledger, LedgerEntry
from job.state_local import LocalBlobStore


@pytest.fixture(params=["memory", "local", "gcs"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    if request.param == "gcs":
        gcs: BlobStore = request.getfixturevalue("gcs_store")
        return gcs
    return InMemoryBlobStore() if request.param == "memory" else LocalBlobStore(tmp_path / "state")


def test_create_only_write_fails_when_the_object_exists(store: BlobStore) -> None:
    store.write("a/b.json", b"1", if_generation=0)
    with pytest.raises(PreconditionFailed):
        store.write("a/b.json", b"2", if_generation=0)
    blob = store.read("a/b.json")
    assert blob is not None and blob.data == b"1"


def test_write_with_a_stale_generation_loses_and_overwrites_nothing(store: BlobStore) -> None:
    first = store.write("k.json", b"1")
    second = store.write("k.json", b"2", if_generation=first)
    assert second != first
    with pytest.raises(PreconditionFailed):
        store.write("k.json", b"3", if_generation=first)
    blob = store.read("k.json")
    assert blob is not None and (blob.data, blob.generation) == (b"2", second)


def test_missing_object_reads_as_none_and_lists_by_prefix(store: BlobStore) -> None:
    assert store.read("nope.json") is None
    store.write("runs/2026/01/a.json", b"{}")
    store.write("runs/2026/02/b.json", b"{}")
    store.write("ledger/x.json", b"{}")
    assert store.list("runs/") == ["runs/2026/01/a.json", "runs/2026/02/b.json"]
    assert store.list("runs/2026/02") == ["runs/2026/02/b.json"]


def test_delete_respects_the_generation(store: BlobStore) -> None:
    generation = store.write("k.json", b"1")
    with pytest.raises(PreconditionFailed):
        store.delete("k.json", if_generation=generation + 1)
    store.delete("k.json", if_generation=generation)
    assert store.read("k.json") is None


def test_corrupt_checkpoint_is_named_and_left_untouched(store: BlobStore) -> None:
    store.write("checkpoints/acme/svc.json", b"{not json")
    with pytest.raises(StateCorrupt, match="checkpoints/acme/svc.json"):
        Checkpoints(store).get("acme/svc")
    blob = store.read("checkpoints/acme/svc.json")
    assert blob is not None and blob.data == b"{not json"


def test_checkpoint_of_an_unknown_schema_version_is_corrupt(store: BlobStore) -> None:
    store.write("checkpoints/acme/svc.json", json.dumps({"schema": 99, "sha": "x"}).encode())
    with pytest.raises(StateCorrupt, match="unknown schema version 99"):
        Checkpoints(store).get("acme/svc")


def test_checkpoint_round_trips_and_guards_against_a_concurrent_move(store: BlobStore) -> None:
    checkpoints = Checkpoints(store)
    cp = Checkpoint("Acme/Svc", "main", "a" * 40, "2026-01-01T00:00:00+00:00", "now", "run-1")
    generation = checkpoints.put(cp, 0)
    found = checkpoints.get("acme/svc")
    assert found == (cp, generation)
    checkpoints.put(Checkpoint("Acme/Svc", "main", "b" * 40, "t", "now", "run-2"), generation)
    with pytest.raises(PreconditionFailed):
        checkpoints.put(Checkpoint("Acme/Svc", "main", "c" * 40, "t", "now", "run-3"), generation)


def test_ledger_records_once_and_points_the_thread_at_the_latest_issue(store: BlobStore) -> None:
    ledger = Ledger(store)
    entry = LedgerEntry("fp1", "acme/app", "acme/svc", 7, "u7", "created", "t", "run")
    ledger.record(entry, "thread-a")
    ledger.record(entry, "thread-a")  # a retried write of the same entry is a no-op
    assert ledger.get("acme/app", "fp1") == entry
    assert ledger.thread_issue("acme/app", "thread-a") == 7
    ledger.record(LedgerEntry("fp2", "acme/app", "acme/svc", 9, "u9", "created", "t", "run"), "thread-a")
    assert ledger.thread_issue("acme/app", "thread-a") == 9
    assert ledger.count() == 2


def _race(root: str, generation: int, results: multiprocessing.Queue[str]) -> None:
    try:
        LocalBlobStore(Path(root)).write("race.json", b"x", if_generation=generation)
        results.put("won")
    except PreconditionFailed:
        results.put("lost")


def test_two_processes_racing_on_one_generation_have_exactly_one_winner(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path)
    generation = store.write("race.json", b"start")
    results: multiprocessing.Queue[str] = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=_race, args=(str(tmp_path), generation, results)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(10)
    outcomes = sorted(results.get(timeout=5) for _ in procs)
    assert outcomes == ["lost", "lost", "lost", "won"]


def test_local_store_rejects_keys_that_escape_its_folder(tmp_path: Path) -> None:
    from job.errors import StateError

    with pytest.raises(StateError):
        LocalBlobStore(tmp_path).write("../outside.json", b"x")


def test_run_records_older_than_the_cutoff_are_pruned(store: BlobStore) -> None:
    from datetime import datetime, timezone

    from job.run_record import RunRecord
    from job.state import RunRecords

    runs = RunRecords(store)
    for day in (1, 20, 27):
        started = datetime(2026, 3, day, tzinfo=timezone.utc)
        runs.save(f"run-{day}", started, RunRecord(run_id=f"run-{day}", started=started.isoformat()))
    assert runs.prune(datetime(2026, 3, 20, tzinfo=timezone.utc)) == 1
    assert [k.split("/")[-1] for k in runs.keys()] == ["run-20.json", "run-27.json"]
