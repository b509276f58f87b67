"""The GCS state store against a real fake-gcs-server: what the shared contract in test_state.py cannot
show (a second client, separate processes, the start-of-run check, bounded failures, URLs)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

import pytest
import requests
from freezegun import freeze_time
from gcs import QUICK, FailingGcsServer, GcsSandbox, fixture_gcs_outage, fixture_gcs_sandbox, gcs_client  # noqa: F401

from job.errors import ConfigError, PreconditionFailed, StateCorrupt, StateError
from job.state import Checkpoint, Checkpoints
from job.state_gcs import GcsBlobStore, parse_gs_url, read_gs_text

# Each child process imports this module afresh: no client, connection or lock is inherited.
SPAWN = multiprocessing.get_context("spawn")


def test_create_only_write_refuses_an_object_another_client_made(gcs_sandbox: GcsSandbox) -> None:
    gcs_sandbox.store().write("markers/digest.json", b"task-0", if_generation=0)
    other = gcs_client(gcs_sandbox.endpoint)
    try:
        with pytest.raises(PreconditionFailed, match="markers/digest.json"):
            GcsBlobStore(other, gcs_sandbox.bucket, "state/test", QUICK).write("markers/digest.json", b"task-1", 0)
    finally:
        other.close()
    blob = gcs_sandbox.raw("state/test/markers/digest.json")
    assert blob is not None and blob.download_as_bytes() == b"task-0"


def test_a_stale_generation_is_refused_and_the_newer_object_survives(gcs_sandbox: GcsSandbox) -> None:
    store = gcs_sandbox.store()
    read_at = store.write("checkpoints/acme/svc.json", b"mine")
    newer = gcs_sandbox.store().write("checkpoints/acme/svc.json", b"theirs", if_generation=read_at)
    with pytest.raises(PreconditionFailed) as lost:
        store.write("checkpoints/acme/svc.json", b"stale", if_generation=read_at)
    assert lost.value.expected == read_at
    blob = store.read("checkpoints/acme/svc.json")
    assert blob is not None and (blob.data, blob.generation) == (b"theirs", newer)


def test_generations_are_the_objects_gcs_generations(gcs_sandbox: GcsSandbox) -> None:
    generation = gcs_sandbox.store().write("k.json", b"{}")
    raw = gcs_sandbox.raw("state/test/k.json")
    assert raw is not None and raw.generation == generation


class LosesTheFirstUploadAnswer(requests.Session):
    """A transport whose first upload reaches GCS but whose answer never comes back."""

    dropped = 0

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        answer = super().request(method, url, *args, **kwargs)
        if method == "POST" and "/upload/" in url and not self.dropped:
            self.dropped += 1
            answer.close()
            raise requests.ConnectionError("connection reset before the answer arrived")
        return answer


def test_a_create_whose_answer_was_lost_is_retried_and_not_taken_for_a_lost_race(gcs_sandbox: GcsSandbox) -> None:
    session = LosesTheFirstUploadAnswer()
    client = gcs_client(gcs_sandbox.endpoint, _http=session)
    try:
        generation = GcsBlobStore(client, gcs_sandbox.bucket, "p", QUICK).write("ledger/fp.json", b"entry", 0)
    finally:
        client.close()
    assert session.dropped == 1
    blob = gcs_sandbox.store("p").read("ledger/fp.json")
    assert blob is not None and (blob.data, blob.generation) == (b"entry", generation)


def test_corrupt_checkpoint_is_named_and_its_object_left_as_it_was(gcs_sandbox: GcsSandbox) -> None:
    store = gcs_sandbox.store()
    generation = store.write("checkpoints/acme/svc.json", b'{"schema": 1, "sha": ')
    with pytest.raises(StateCorrupt, match="checkpoints/acme/svc.json"):
        Checkpoints(store).get("Acme/Svc")
    raw = gcs_sandbox.raw("state/test/checkpoints/acme/svc.json")
    assert raw is not None and raw.generation == generation
    assert raw.download_as_bytes() == b'{"schema": 1, "sha": '


def test_list_gives_sorted_keys_under_the_store_prefix_only(gcs_sandbox: GcsSandbox) -> None:
    bucket = gcs_sandbox.client.bucket(gcs_sandbox.bucket)
    for name in ["state/test/runs/2026/02/b.json", "state/test/runs/2026/01/a.json", "state/test/ledger/x.json",
                 "state/test2/runs/2026/01/neighbour.json", "runs/2026/01/outside.json", "state/test/runs/"]:
        bucket.blob(name).upload_from_string(b"{}")
    store = gcs_sandbox.store()
    assert store.list("runs/") == ["runs/2026/01/a.json", "runs/2026/02/b.json"]
    assert store.list("runs/2026/02") == ["runs/2026/02/b.json"]
    assert store.list("") == ["ledger/x.json", "runs/2026/01/a.json", "runs/2026/02/b.json"]
    assert gcs_sandbox.store("").list("runs/") == ["runs/2026/01/outside.json"]


Outage = Callable[..., FailingGcsServer]


def test_describe_names_the_url_and_the_constructor_does_no_io(gcs_outage: Outage) -> None:
    server = gcs_outage(500)
    store = GcsBlobStore(server.client(), "bucket", "state/prod/", QUICK)
    assert store.describe() == "GCS gs://bucket/state/prod"
    assert server.requests == 0


def test_check_passes_on_a_writable_bucket_and_leaves_nothing_behind(gcs_sandbox: GcsSandbox) -> None:
    gcs_sandbox.store().check()
    assert list(gcs_sandbox.client.list_blobs(gcs_sandbox.bucket)) == []


def test_check_names_a_missing_bucket_and_no_retry_can_help(gcs_sandbox: GcsSandbox) -> None:
    store = GcsBlobStore(gcs_sandbox.client, "no-such-bucket-here", "state", QUICK)
    with pytest.raises(StateError, match="gs://no-such-bucket-here does not exist") as failed:
        store.check()
    assert not failed.value.retryable


def test_check_without_permission_names_the_bucket_and_the_role_to_grant(gcs_outage: Outage) -> None:
    server = gcs_outage(403, "caller does not have storage.objects.list access")
    with pytest.raises(StateError, match=r"roles/storage\.objectUser on bucket locked-bucket") as failed:
        GcsBlobStore(server.client(), "locked-bucket", "state", QUICK).check()
    assert not failed.value.retryable and "storage.objects.list" in str(failed.value)
    assert server.requests == 1


def test_an_unavailable_service_fails_retryably_after_a_bounded_number_of_attempts(gcs_outage: Outage) -> None:
    server = gcs_outage(503, "backend unavailable")
    with freeze_time("2026-03-02"), pytest.raises(StateError, match="after 3 attempts") as failed:
        GcsBlobStore(server.client(), "bucket", "state", replace(QUICK, count=3)).read("checkpoints/a/b.json")
    assert failed.value.retryable and server.requests == 3


def test_a_dead_server_fails_retryably_instead_of_hanging(gcs_outage: Outage) -> None:
    server = gcs_outage(503)
    server.stop()
    with freeze_time("2026-03-02"), pytest.raises(StateError, match="no usable answer from GCS after 2 attempts") as failed:
        GcsBlobStore(server.client(), "bucket", "state", QUICK).write("k.json", b"x", 0)
    assert failed.value.retryable and server.requests == 0


def _race(endpoint: str, bucket: str, generation: int, start: Barrier, results: Queue[str]) -> None:
    client = gcs_client(endpoint)
    try:
        start.wait(10)
        GcsBlobStore(client, bucket, "state/test", QUICK).write("race.json", b"x", if_generation=generation)
        results.put("won")
    except PreconditionFailed:
        results.put("lost")
    finally:
        client.close()


def test_processes_racing_on_one_generation_have_exactly_one_winner(gcs_sandbox: GcsSandbox) -> None:
    generation = gcs_sandbox.store().write("race.json", b"start")
    start, results = SPAWN.Barrier(4), SPAWN.Queue()
    procs = [SPAWN.Process(target=_race, args=(gcs_sandbox.endpoint, gcs_sandbox.bucket, generation, start, results))
             for _ in range(4)]
    for p in procs:
        p.start()
    outcomes = sorted(results.get(timeout=20) for _ in procs)
    for p in procs:
        p.join(10)
    assert outcomes == ["lost", "lost", "lost", "won"]


def _bump(endpoint: str, bucket: str, times: int, start: Barrier, results: Queue[int]) -> None:
    """Move the checkpoint `times` times, each by re-reading and retrying until its write wins."""
    client = gcs_client(endpoint)
    lost = 0
    try:
        checkpoints = Checkpoints(GcsBlobStore(client, bucket, "state/test", QUICK))
        start.wait(10)
        for _ in range(times):
            while True:
                found = checkpoints.get("acme/svc")
                assert found is not None
                current, generation = found
                try:
                    checkpoints.put(replace(current, note=str(int(current.note) + 1)), generation)
                    break
                except PreconditionFailed:
                    lost += 1
    finally:
        client.close()
    results.put(lost)


def test_two_processes_moving_one_checkpoint_lose_no_update(gcs_sandbox: GcsSandbox) -> None:
    checkpoints = Checkpoints(gcs_sandbox.store())
    checkpoints.put(Checkpoint("acme/svc", "main", "a" * 40, "t", "t", "run-0", note="0"), 0)
    start, results = SPAWN.Barrier(2), SPAWN.Queue()
    procs = [SPAWN.Process(target=_bump, args=(gcs_sandbox.endpoint, gcs_sandbox.bucket, 20, start, results))
             for _ in range(2)]
    for p in procs:
        p.start()
    lost = [results.get(timeout=30) for _ in procs]
    for p in procs:
        p.join(10)
    assert [p.exitcode for p in procs] == [0, 0]
    found = checkpoints.get("acme/svc")
    assert found is not None and found[0].note == "40", f"lost races retried: {lost}"


@pytest.mark.parametrize("url, expected", [
    ("gs://bucket", ("bucket", "")),
    ("gs://bucket/", ("bucket", "")),
    ("gs://my-bucket.example/state/prod/", ("my-bucket.example", "state/prod")),
    ("gs://b_1/a", ("b_1", "a")),
])
def test_gs_urls_give_bucket_and_prefix(url: str, expected: tuple[str, str]) -> None:
    assert parse_gs_url(url) == expected


@pytest.mark.parametrize("url, reason", [
    ("state/", "not a GCS URL"),
    ("s3://bucket/x", "not a GCS URL"),
    ("gs:/bucket/x", "not a GCS URL"),
    ("gs://", "not a valid bucket name"),
    ("gs://Bucket/x", "not a valid bucket name"),
    ("gs://ab/x", "not a valid bucket name"),
    ("gs://-bucket/x", "not a valid bucket name"),
    ("gs://" + "b" * 64, "not a valid bucket name"),
    ("gs://bucket//x", "empty, '.' or '..' segment"),
    ("gs://bucket/a/../b", "empty, '.' or '..' segment"),
])
def test_malformed_gs_urls_are_config_errors_naming_the_url(url: str, reason: str) -> None:
    with pytest.raises(ConfigError, match=reason) as failed:
        parse_gs_url(url)
    assert repr(url) in str(failed.value)


def test_config_text_is_read_from_a_gs_url(gcs_sandbox: GcsSandbox) -> None:
    gcs_sandbox.client.bucket(gcs_sandbox.bucket).blob("config/relationships.json").upload_from_string(
        '{"relationships": {"acme/svc": {"type": "service — ü"}}}'.encode())
    url = f"gs://{gcs_sandbox.bucket}/config/relationships.json"
    assert read_gs_text(gcs_sandbox.client, url) == '{"relationships": {"acme/svc": {"type": "service — ü"}}}'


def test_a_missing_config_object_is_a_config_error_naming_the_url(gcs_sandbox: GcsSandbox) -> None:
    url = f"gs://{gcs_sandbox.bucket}/config/missing.json"
    with pytest.raises(ConfigError, match=f"{url}: no such object"):
        read_gs_text(gcs_sandbox.client, url, QUICK)


def test_a_config_url_must_name_an_object_holding_utf8_text(gcs_sandbox: GcsSandbox) -> None:
    with pytest.raises(ConfigError, match="names a bucket, not an object"):
        read_gs_text(gcs_sandbox.client, f"gs://{gcs_sandbox.bucket}/", QUICK)
    gcs_sandbox.client.bucket(gcs_sandbox.bucket).blob("config.json").upload_from_string(b"\xff\xfe{}")
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        read_gs_text(gcs_sandbox.client, f"gs://{gcs_sandbox.bucket}/config.json", QUICK)


def test_config_without_permission_names_the_role_to_grant(gcs_outage: Outage) -> None:
    server = gcs_outage(403)
    with pytest.raises(ConfigError, match=r"roles/storage\.objectViewer on bucket cfg"):
        read_gs_text(server.client(), "gs://cfg/relationships.json", QUICK)
