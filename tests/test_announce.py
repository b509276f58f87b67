"""Issue writes that no digest announced (issue 14): a pass that dies after writing issues and before its
digest, or a repo abandoned past the interrupt's grace that writes after the record was saved, leaves
them in the announce journal, and the next pass announces them, once; the weekly digest counts each
write once. In process, with the ports' in-memory doubles: a pass "dies" by a `Died` raised from the
store at a chosen write, which nothing in the job catches, as a SIGKILL would stop it there. The same
through the CLI and a second signal is in test_cli_interrupt.py."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import InMemoryBlobStore
from test_interrupt import DONE, HELD, LATER, World, join_repo_threads

from job import keys
from job.interrupt import Interrupt
from job.lease import Task
from job.poll import PassOptions, PassResult, run_pass
from job.ports import Blob
from job.render import render_digest
from job.run_record import IssueWrite, RunRecord
from job.state import RunRecords
from job.weekly import issue_urls, summarise_week

SHARD = keys.announce_shard(Task().shard)
SECTION = "## Written by an earlier pass that stopped before its digest"


class Died(BaseException):
    """The process ending at this instant: nothing in the job catches a BaseException."""


class DyingStore:
    """The in-memory store, which raises `Died` once, at the first `op` ("write", "delete" or "list") on a
    key under `prefix`."""

    def __init__(self, inner: InMemoryBlobStore, op: str, prefix: str) -> None:
        self.inner, self.op, self.prefix = inner, op, prefix
        self.died = False

    def _maybe_die(self, op: str, key: str) -> None:
        if not self.died and op == self.op and key.startswith(self.prefix):
            self.died = True
            raise Died(f"{op} {key}")

    def describe(self) -> str:
        return "in memory, dying"

    def read(self, key: str) -> Blob | None:
        return self.inner.read(key)

    def write(self, key: str, data: bytes, if_generation: int | None = None) -> int:
        self._maybe_die("write", key)
        return self.inner.write(key, data, if_generation)

    def delete(self, key: str, if_generation: int | None = None) -> None:
        self._maybe_die("delete", key)
        self.inner.delete(key, if_generation)

    def list(self, prefix: str) -> list[str]:
        self._maybe_die("list", prefix)
        return self.inner.list(prefix)


def dies(world: World, op: str, prefix: str) -> None:
    """Run a pass that dies at the first `op` under `prefix`."""
    store = world.store
    world.store = DyingStore(store, op, prefix)  # type: ignore[assignment]
    try:
        with pytest.raises(Died):
            world.run()
    finally:
        world.store = store


def journal(world: World) -> list[str]:
    return world.store.list(keys.ANNOUNCE)


def records(world: World) -> list[RunRecord]:
    runs = RunRecords(world.store)
    return [runs.load(key) for key in runs.keys()]


def weekly(world: World) -> dict[str, object]:
    now = datetime.now(timezone.utc)
    return summarise_week(records(world), now - timedelta(days=1), now + timedelta(days=1), {})


def issue_lines(digest: str) -> list[str]:
    return [line for line in digest.splitlines() if "→ created [#" in line or "→ recovered [#" in line]


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_a_pass_that_dies_before_saving_its_record_is_announced_by_the_next_and_counted_once(world: World) -> None:
    dies(world, "write", keys.RUNS)  # every issue written, the record never saved, no digest
    assert [i.ref.dependent for i in world.tracker.issues] == [f"{DONE}-client", f"{HELD}-web", f"{HELD}-cli",
                                                                f"{LATER}-client"]
    assert world.notifier.sent == [] and len(journal(world)) == 4
    [dead_run] = {keys.announce_run(key) for key in journal(world)}

    result = world.run()
    assert result.exit_code == 0
    record = result.record
    assert {r.status for r in record.repos} == {"unchanged"} and record.decisions() == []
    assert [(w.run_id, w.dependent, w.action, w.number, w.counted_in_origin) for w in record.unannounced] == [
        (dead_run, f"{DONE}-client", "created", 1, False), (dead_run, f"{HELD}-cli", "created", 3, False),
        (dead_run, f"{HELD}-web", "created", 2, False), (dead_run, f"{LATER}-client", "created", 4, False)]
    assert world.saved(result).unannounced == record.unannounced
    [digest] = world.notifier.sent
    assert f"{SECTION} (run {dead_run})" in digest
    assert f"- {HELD}-web (consumer), of {HELD} (" in digest
    assert f"**high**, authentication → created [#2](memory://{HELD}-web/2): {HELD} changed" in digest
    assert len(issue_lines(digest)) == 4
    assert journal(world) == []

    week = weekly(world)
    assert week["totals"]["issues_created"] == 4 and len(week["issues"]) == 4  # type: ignore[index,arg-type]
    now = datetime.now(timezone.utc)
    assert len(issue_urls(records(world), now - timedelta(days=1), now + timedelta(days=1))) == 4

    third = world.run()
    assert third.record.unannounced == [] and third.digest is None and len(world.notifier.sent) == 1
    assert weekly(world)["totals"] == week["totals"]


def test_a_pass_whose_record_is_saved_and_digest_sent_but_journal_left_is_not_announced_again(world: World) -> None:
    dies(world, "delete", keys.ANNOUNCE)  # after the record, the digest and its annotation: at the clean-up
    [digest] = world.notifier.sent
    assert len(issue_lines(digest)) == 4 and len(journal(world)) == 4

    result = world.run()
    assert result.record.unannounced == [] and result.digest is None
    assert len(world.notifier.sent) == 1 and journal(world) == []
    assert weekly(world)["totals"]["issues_created"] == 4  # type: ignore[index]


def test_a_pass_that_dies_before_its_digest_is_announced_by_the_next_and_counted_in_its_own_record(
    world: World,
) -> None:
    dies(world, "list", keys.PENDING_DIGESTS)  # the record saved, the digest never sent nor kept
    [saved] = [r for r in records(world) if r.decisions()]  # the baseline's has none
    assert saved.digest_delivery == "" and len(saved.decisions()) == 4 and world.notifier.sent == []

    result = world.run()
    assert [(w.dependent, w.counted_in_origin) for w in result.record.unannounced] == [
        (f"{DONE}-client", True), (f"{HELD}-cli", True), (f"{HELD}-web", True), (f"{LATER}-client", True)]
    [digest] = world.notifier.sent
    assert f"{SECTION} (run {saved.run_id})" in digest and len(issue_lines(digest)) == 4
    # counted in the record that wrote them, not again in the one that announced them
    week = weekly(world)
    assert week["totals"]["issues_created"] == 4 and len(week["issues"]) == 4  # type: ignore[index,arg-type]
    assert journal(world) == []


def test_a_write_noted_but_not_in_the_ledger_is_recovered_and_announced_once(world: World) -> None:
    # every issue written and noted; the last one's ledger entry never written, nor the record
    dies(world, "write", f"{keys.LEDGER}{LATER}-client/")
    assert len(world.tracker.issues) == 4 and len(journal(world)) == 4

    result = world.run()
    assert [(r.repo, r.status) for r in result.record.repos] == [(DONE, "unchanged"), (HELD, "unchanged"),
                                                                  (LATER, "processed")]
    assert [(d.dependent, d.issue.action) for d in result.record.decisions() if d.issue] == [
        (f"{LATER}-client", "recovered")]
    # announced among this pass's decisions, so not again among the earlier pass's writes
    assert [w.dependent for w in result.record.unannounced] == [f"{DONE}-client", f"{HELD}-cli", f"{HELD}-web"]
    [digest] = world.notifier.sent
    assert f"{LATER}-client (consumer): **high**, authentication → recovered [#4]" in digest
    assert len(issue_lines(digest)) == 4 and digest.count(f"[#4](memory://{LATER}-client/4)") == 1
    assert journal(world) == [] and world.tracker.writes == 4
    week = weekly(world)
    assert week["totals"]["issues_created"] == 4 and len(week["issues"]) == 4  # type: ignore[index,arg-type]


def test_a_write_two_dead_passes_noted_is_announced_once(world: World) -> None:
    dies(world, "write", f"{keys.LEDGER}{LATER}-client/")  # the last write noted, not in the ledger
    dies(world, "write", keys.RUNS)  # recovers it by its marker, notes it too, and dies before its record
    assert len(journal(world)) == 5 and world.tracker.writes == 4

    result = world.run()
    assert sorted(w.dependent for w in result.record.unannounced) == [f"{DONE}-client", f"{HELD}-cli", f"{HELD}-web",
                                                                      f"{LATER}-client"]
    [digest] = world.notifier.sent
    assert len(issue_lines(digest)) == 4 and digest.count(f"[#4](memory://{LATER}-client/4)") == 1
    assert journal(world) == []
    assert weekly(world)["totals"]["issues_created"] == 4  # type: ignore[index]


@pytest.fixture
def held_write(world: World) -> Iterator[tuple[Interrupt, threading.Event]]:
    """HELD's first issue write fires the interrupt and then waits to be released, as a GitHub request in
    flight when Cloud Run's SIGTERM comes; released (and its worker thread ended) after the test."""
    interrupt, release = Interrupt(grace=0), threading.Event()

    def slow_write(call: str, dependent: str) -> None:
        if dependent == f"{HELD}-web":
            interrupt.fire(signal.SIGTERM)
            assert release.wait(30), "never released"

    world.tracker.on_write = slow_write
    yield interrupt, release
    release.set()
    join_repo_threads()


def test_a_repo_abandoned_past_the_grace_that_writes_after_the_record_is_saved_is_announced_by_the_next_pass(
    world: World, held_write: tuple[Interrupt, threading.Event],
) -> None:
    interrupt, release = held_write
    first = world.run(interrupt)
    assert first.in_flight == 1 and first.record.repos[1].status == "interrupted"
    assert len(world.notifier.sent) == 1 and f"{HELD}-web" not in world.notifier.sent[0]
    release.set()  # the write in flight ends after the record and the digest: noted, in no digest
    join_repo_threads()
    world.tracker.on_write = None
    assert [i.ref.dependent for i in world.tracker.issues] == [f"{DONE}-client", f"{HELD}-web"]
    assert [keys.announce_run(k) for k in journal(world)] == [first.record.run_id]

    result = world.run()
    assert [(w.run_id, w.dependent, w.number, w.counted_in_origin) for w in result.record.unannounced] == [
        (first.record.run_id, f"{HELD}-web", 2, False)]
    digest = world.notifier.sent[-1]
    assert f"{SECTION} (run {first.record.run_id})" in digest and f"→ created [#2](memory://{HELD}-web/2)" in digest
    assert journal(world) == []
    week = weekly(world)
    assert week["totals"]["issues_created"] == 4 and len(week["issues"]) == 4  # type: ignore[index,arg-type]


def test_a_corrupt_journal_object_is_logged_by_key_and_kept_and_the_pass_goes_on(
    world: World, caplog: pytest.LogCaptureFixture,
) -> None:
    key = f"{SHARD}20260301T000000Z-dead00/acme/app/abc.json"
    world.store.write(key, b"{not json")
    with caplog.at_level(logging.ERROR, logger="job.announce"):
        result = world.run()
    assert result.exit_code == 0 and result.record.unannounced == []
    assert len([d for d in result.record.decisions() if d.issue]) == 4  # the pass went on
    [error] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert error.getMessage() == "announce journal object unreadable; kept" and error.key == key  # type: ignore[attr-defined]
    assert "is corrupt" in error.error  # type: ignore[attr-defined]
    assert journal(world) == [key] and world.store.objects[key].data == b"{not json"


def test_a_dry_run_neither_writes_nor_takes_the_journal(world: World) -> None:
    dies(world, "write", keys.RUNS)
    left = {k: world.store.objects[k] for k in journal(world)}
    deps_result = _dry_run(world)
    assert deps_result.record.unannounced == [] and SECTION not in (deps_result.digest or "")
    assert {k: world.store.objects[k] for k in journal(world)} == left  # nothing written, taken or deleted


def test_a_dry_run_with_issues_to_write_notes_none(world: World) -> None:
    result = _dry_run(world)
    assert len([d for d in result.record.decisions() if d.would]) == 4 and journal(world) == []


def _dry_run(world: World) -> PassResult:
    from job.bootstrap import build

    deps = build(world.settings, config=world.config, source=world.source, store=world.store,
                 tracker=world.tracker, notifier=world.notifier)
    return run_pass(deps, PassOptions(dry_run=True))


def _write(run_id: str, dependent: str, number: int) -> IssueWrite:
    return IssueWrite(run_id, "acme/svc", dependent, "consumer", "created", number, f"memory://{dependent}/{number}",
                      "acme/svc changed the API contract", "high", ["api_contract"], f"fp-{number}", "a1b2c3d..e4f5a6b",
                      "2026-03-02T09:00:00+00:00")


def test_a_merged_execution_digest_shows_every_task_s_unannounced_writes() -> None:
    one = RunRecord("task-0", "2026-03-02T10:00:00+00:00", unannounced=[_write("dead-0", "acme/app", 1)])
    two = RunRecord("task-1", "2026-03-02T10:00:00+00:00", unannounced=[_write("dead-1", "acme/web", 2)])
    merged = RunRecord.merged([one, two], "execution-1")
    assert merged.has_something_to_say() and len(merged.unannounced) == 2
    digest = render_digest(merged)
    assert f"{SECTION} (run dead-0)" in digest and f"{SECTION} (run dead-1)" in digest
    assert "- acme/web (consumer), of acme/svc (a1b2c3d..e4f5a6b): **high**, the API contract → created " \
           "[#2](memory://acme/web/2): acme/svc changed the API contract" in digest


def test_unannounced_writes_survive_the_record_s_json() -> None:
    record = RunRecord("run-1", "2026-03-02T10:00:00+00:00",
                       unannounced=[_write("dead-0", "acme/app", 1)])
    assert RunRecord.from_json(record.to_json()).unannounced == record.unannounced
    assert "unannounced" not in RunRecord("run-2", "2026-03-02T10:00:00+00:00").to_json()


def test_the_lease_is_held_until_the_journal_is_cleaned_up(world: World) -> None:
    # a second pass starting while the first still sends its digest finds the shard taken: it cannot take
    # the first pass's notes for a dead pass's and announce the same issues again
    seen: list[PassResult] = []
    send = world.notifier.send

    def second_pass_meanwhile(markdown: str) -> None:
        if not seen:
            seen.append(world.run())
        send(markdown)

    world.notifier.send = second_pass_meanwhile  # type: ignore[method-assign]
    first = world.run()

    assert first.exit_code == 0 and first.record.digest_delivery == "sent"
    assert seen and seen[0].messages and seen[0].messages[0].startswith("nothing to do:")
    assert seen[0].record.unannounced == []
    assert world.store.list(f"announce/{SHARD}/") == []
