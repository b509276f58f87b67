"""A first SIGINT or SIGTERM during a pass, in process: no repo starts after it, the repos in flight stop
at a safe point (or are left after the grace), the record and the digest are saved; the signal handlers;
the weekly digest; the git source's children out of a terminal's reach. The CLI's exit codes and the
second signal are tested end to end in test_cli_interrupt.py."""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from doubles import InMemoryBlobStore, InMemoryIssueTracker, RecordingNotifier, ScriptedCommitSource
from gitrepos import HeldFetches, commit, isolate_git, make_remote, push, url_template

from job.bootstrap import build
from job.config import parse_config
from job.errors import Interrupted, SourceError
from job.interrupt import Interrupt, handling_signals
from job.poll import PassOptions, PassResult, run_pass
from job.ports import Since
from job.run_record import RunRecord
from job.settings import load_settings
from job.source_git import GitCommitSource, end_git_children
from job.state import Checkpoints, RunRecords
from job.weekly_send import send_weekly

DONE, HELD, LATER = "acme/svc-a", "acme/svc-b", "acme/svc-c"
AUTH_DIFF = '@@ -1,2 +1,3 @@\n def chat(body):\n+    require_header("X-API-Key")\n     return body\n'


def _consumer(repo: str) -> dict[str, object]:
    return {"repo": repo, "relationship_type": "api_consumer", "interface_files": ["src/client.py"],
            "change_triggers": ["authentication"]}


CONFIG = {"relationships": {
    DONE: {"type": "service_provider", "consumers": [_consumer(f"{DONE}-client")]},
    HELD: {"type": "service_provider", "consumers": [_consumer(f"{HELD}-web"), _consumer(f"{HELD}-cli")]},
    LATER: {"type": "service_provider", "consumers": [_consumer(f"{LATER}-client")]},
}}


class World:
    """Three watched repos, one at a time, each with a change its consumers must hear of."""

    def __init__(self, tmp_path: Path) -> None:
        self.source = ScriptedCommitSource()
        self.store = InMemoryBlobStore()
        self.tracker = InMemoryIssueTracker()
        self.notifier = RecordingNotifier()
        self.settings = load_settings({"ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_CONCURRENCY": "1"})
        self.config = parse_config(json.dumps(CONFIG), "test-config.json")
        for repo in (DONE, HELD, LATER):
            self.source.push(repo, "Initial import", {"README.md": "+hello\n"}, "A")
            self.source.contents[f"{repo}-client"] = self.source.contents[f"{repo}-web"] = \
                self.source.contents[f"{repo}-cli"] = {"src/client.py": "client()\n"}
        assert self.run().exit_code == 0  # baselines
        self.baselines = {repo: self.checkpoint(repo) for repo in (DONE, HELD, LATER)}
        for repo in (DONE, HELD, LATER):
            self.source.push(repo, "Require an API key", {"app.py": AUTH_DIFF})

    def run(self, interrupt: Interrupt | None = None) -> PassResult:
        deps = build(self.settings, config=self.config, source=self.source, store=self.store,
                     tracker=self.tracker, notifier=self.notifier)
        return run_pass(deps, PassOptions(interrupt=interrupt or Interrupt()))

    def checkpoint(self, repo: str) -> str | None:
        found = Checkpoints(self.store).get(repo)
        return found[0].sha if found else None

    def issues(self) -> list[str]:
        return [issue.ref.dependent for issue in self.tracker.issues]

    def saved(self, result: PassResult) -> RunRecord:
        return RunRecords(self.store).load(result.record.record_key)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_interrupt_in_flight_stops_the_repo_before_its_next_write_and_starts_no_other(world: World) -> None:
    interrupt = Interrupt()

    def signal_arrives(call: str, repo: str) -> None:
        if (call, repo) == ("read_files", f"{HELD}-cli"):  # HELD's first consumer is told, its second is next
            interrupt.fire(signal.SIGINT)

    world.source.on_call = signal_arrives
    result = world.run(interrupt)

    assert result.exit_code == 130 and result.in_flight == 0
    record = result.record
    assert record.interrupted == "SIGINT"
    assert [(r.repo, r.status) for r in record.repos] == [(DONE, "processed"), (HELD, "interrupted")]
    held = record.repos[1]
    assert held.reason == "interrupted by SIGINT"
    assert [(d.dependent, d.issue.action if d.issue else None) for d in held.decisions] == [(f"{HELD}-web", "created")]
    assert [(s.repo, s.reason) for s in record.skipped] == [(LATER, "interrupted by SIGINT; left for the next run")]
    assert world.issues() == [f"{DONE}-client", f"{HELD}-web"]
    assert world.checkpoint(DONE) != world.baselines[DONE]
    assert world.checkpoint(HELD) == world.baselines[HELD] and world.checkpoint(LATER) == world.baselines[LATER]
    # saved and sent, announcing what was written before the signal
    assert world.saved(result).interrupted == "SIGINT" and world.saved(result).exit_code == 130
    [digest] = world.notifier.sent
    assert "This pass was interrupted by SIGINT" in digest
    assert f"{HELD}-web (consumer): **high**, authentication → created [#2]" in digest

    world.source.on_call = None
    rerun = world.run()
    assert rerun.exit_code == 0 and not rerun.record.interrupted
    assert world.issues() == [f"{DONE}-client", f"{HELD}-web", f"{HELD}-cli", f"{LATER}-client"]  # none twice
    assert world.tracker.writes == 4
    assert {r.repo: r.status for r in rerun.record.repos} == {DONE: "unchanged", HELD: "processed", LATER: "processed"}


@pytest.fixture
def held_fetch(world: World) -> Iterator[tuple[Interrupt, threading.Event]]:
    """HELD's fetch fires the interrupt and then waits to be released; released (and its worker thread
    ended) after the test."""
    interrupt, release = Interrupt(grace=0), threading.Event()

    def slow_fetch(call: str, repo: str) -> None:
        if (call, repo) == ("fetch", HELD):
            interrupt.fire(signal.SIGTERM)
            assert release.wait(30), "never released"

    world.source.on_call = slow_fetch
    yield interrupt, release
    release.set()
    join_repo_threads()


def join_repo_threads() -> None:
    """Wait for the worker threads a pass abandoned past its grace, so no test leaves one running."""
    for thread in threading.enumerate():
        if thread.name.startswith("repo_"):
            thread.join(30)


def test_repo_still_at_work_after_the_grace_is_left_and_the_record_and_digest_are_saved(
    world: World, held_fetch: tuple[Interrupt, threading.Event],
) -> None:
    interrupt, release = held_fetch
    result = world.run(interrupt)
    assert result.exit_code == 143 and result.in_flight == 1
    assert [(r.repo, r.status) for r in result.record.repos] == [(DONE, "processed"), (HELD, "interrupted")]
    assert "still at work 0 s later" in result.record.repos[1].notes[0]
    assert [s.repo for s in result.record.skipped] == [LATER]
    assert world.saved(result).interrupted == "SIGTERM"
    assert len(world.notifier.sent) == 1 and "interrupted by SIGTERM" in world.notifier.sent[0]

    release.set()  # the abandoned repo reaches its safe point and writes nothing
    for thread in threading.enumerate():
        if thread.name.startswith("repo_"):
            thread.join(30)
    assert world.checkpoint(HELD) == world.baselines[HELD] and world.issues() == [f"{DONE}-client"]


def test_first_signal_fires_the_interrupt_instead_of_raising_and_the_handlers_come_back() -> None:
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    for signum, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
        with handling_signals(grace=5) as interrupt:
            assert not interrupt.is_set()
            signal.raise_signal(signum)  # runs the handler before it returns
            assert interrupt.is_set() and interrupt.exit_code == code
            assert interrupt.reason == f"interrupted by {signum.name}"
        assert {s: signal.getsignal(s) for s in before} == before


def test_weekly_digest_interrupted_before_it_is_claimed_claims_and_sends_nothing() -> None:
    store, notifier = InMemoryBlobStore(), RecordingNotifier()
    interrupt = Interrupt()
    interrupt.fire(signal.SIGTERM)
    with pytest.raises(Interrupted) as stopped:
        send_weekly(store, InMemoryIssueTracker(), notifier, load_settings({}), "run-1",
                    now=datetime.fromisoformat("2026-03-11T09:00:00+00:00"), interrupt=interrupt)
    assert stopped.value.exit_code == 143 and "nothing was claimed or sent" in str(stopped.value)
    assert notifier.sent == [] and store.objects == {}


def test_git_children_lead_their_own_session_so_a_terminal_ctrl_c_misses_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    isolate_git(monkeypatch, tmp_path)
    _, work = make_remote(tmp_path, "acme/service")
    with work:
        commit(work, {"app.py": "x = 1\n"}, "Initial import", datetime(2026, 3, 1, 12))
        push(work)
    held = HeldFetches(tmp_path / "hold", "/acme/service.git")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(held.config))
    source = GitCommitSource(tmp_path / "cache", url_template(tmp_path))
    failures: list[SourceError] = []

    def clone() -> None:
        try:
            source.fetch("acme/service", None, Since(), 10)
        except SourceError as exc:
            failures.append(exc)

    cloning = threading.Thread(target=clone)
    cloning.start()
    try:
        waiting = held.wait_in_flight()  # the remote's side of the clone, a grandchild of ours
        assert _session_of(waiting) != os.getsid(0)  # not in our session: a Ctrl-C to our group misses it
        end_git_children()  # what a second signal does before the job exits
        cloning.join(30)
        assert not cloning.is_alive() and len(failures) == 1 and "cloning" in str(failures[0])
    finally:
        held.release()
        cloning.join(30)


def _session_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[3])
