"""SIGINT (a terminal's Ctrl-C) and SIGTERM (Cloud Run stopping a task) during `orchestrator run`, end to
end: three watched repos with two dependents each (real git remotes, the outbox tracker, local state),
one repo at a time. The second repo's fetch is held by its remote (tests/gitrepos.py `HeldFetches`), so
the signal always lands while it is in flight; the test synchronises on the job's JSON log lines.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from gitrepos import HeldFetches
from test_cli import orchestrator
from test_crash import WATCHED, CrashWorld, consumer, fork

from job.state import RunRecords
from job.state_local import LocalBlobStore
from job.weekly import summarise_week

pytestmark = pytest.mark.slow

DONE, HELD, LATER = WATCHED  # processed before the signal, in flight when it lands, never started


class Running:
    """`orchestrator run` as a child process, its stderr read line by line as it is written. It leads
    its own process group, as a command started from a terminal does, so a Ctrl-C can be sent to it
    the way a terminal sends it: to the whole group."""

    def __init__(self, world: CrashWorld, env: dict[str, str], stdout: Path) -> None:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("ORCHESTRATOR_")}
        full_env.update(world.env, ORCHESTRATOR_CONCURRENCY="1", **env)
        self._stdout = stdout.open("w")
        self.stdout_path = stdout
        self.proc = subprocess.Popen([sys.executable, "-m", "job", "run"], env=full_env, cwd=world.root,
                                     stdout=self._stdout, stderr=subprocess.PIPE, text=True, start_new_session=True)
        self.lines: list[str] = []
        self._closed = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def wait_for_log(self, what: str, match: Callable[[dict[str, Any]], bool], timeout: float = 60.0) -> None:
        """Until a JSON log line that `match`es has been written; fails if the process ends first."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not any(match(r) for r in _records(self.lines)):
                left = deadline - time.monotonic()
                if self._closed or left <= 0:
                    raise AssertionError(f"no log line {what}; stderr:\n{''.join(self.lines)[-4000:]}")
                self._changed.wait(left)

    def finish(self, timeout: float = 60.0) -> int:
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout)
        return code

    @property
    def stderr(self) -> str:
        return "".join(self.lines)

    @property
    def stdout(self) -> str:
        return self.stdout_path.read_text()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(60)
        assert self.proc.stderr is not None
        self.proc.stderr.close()
        self._stdout.close()


def _records(lines: list[str]) -> Iterator[dict[str, Any]]:
    for line in lines:
        if line.startswith("{"):
            value = json.loads(line)
            if isinstance(value, dict):
                yield value


def _message(text: str, **fields: str) -> Callable[[dict[str, Any]], bool]:
    return lambda r: r.get("message") == text and all(r.get(k) == v for k, v in fields.items())


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[CrashWorld, HeldFetches]]:
    """Three watched repos at their baselines, each with a new change for both of its dependents, and
    the remote of the second holding its fetches until released."""
    crash_world = CrashWorld(tmp_path)
    held = HeldFetches(tmp_path / "hold", f"/{HELD}.git")
    try:
        assert crash_world.run() == 0  # baselines
        crash_world.commit_round(1)
        yield crash_world, held
    finally:
        held.release()  # a held fetch of a process killed before the change ends too
        crash_world.close()


def start(world: CrashWorld, held: HeldFetches, tmp_path: Path, **env: str) -> Running:
    """Start a pass and return once the first repo is done and the second one's fetch is held."""
    running = Running(world, {"GIT_CONFIG_GLOBAL": str(held.config), "GIT_CONFIG_NOSYSTEM": "1", **env},
                      tmp_path / "stdout.txt")
    running.wait_for_log(f"'repo done' for {DONE}", _message("repo done", watched=DONE))
    held.wait_in_flight()
    return running


def send(running: Running, signum: signal.Signals) -> None:
    if signum == signal.SIGINT:
        os.killpg(running.proc.pid, signum)  # as a terminal's Ctrl-C: to the whole foreground process group
    else:
        os.kill(running.proc.pid, signum)  # as Cloud Run: to the job's process


def run_records(world: CrashWorld) -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted((world.state / "runs").rglob("*.json"))]


def issue_counts(world: CrashWorld) -> dict[str, int]:
    return {d: len(world.issues(d)) for w in WATCHED for d in (consumer(w), fork(w))}


def assert_clean_stderr(running: Running) -> None:
    assert "Traceback" not in running.stderr, running.stderr[-4000:]
    for line in running.lines:
        json.loads(line)  # every line a JSON record: nothing printed raw by a crash


def assert_the_rerun_does_the_rest_and_files_nothing_twice(world: CrashWorld) -> None:
    assert world.run() == 0
    assert world.checkpoints() == {w: 1 for w in WATCHED}
    for w in WATCHED:
        for dependent in (consumer(w), fork(w)):
            [issue] = world.issues(dependent)
            assert issue["fingerprints"] and len(issue["fingerprints"]) == 1, (dependent, issue)  # type: ignore[arg-type]
            assert world.comments(dependent) == 0


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"])
def test_signal_during_run_starts_nothing_more_saves_the_record_and_digest_and_the_rerun_does_the_rest(
    world: tuple[CrashWorld, HeldFetches], tmp_path: Path, signum: signal.Signals, code: int,
) -> None:
    crash_world, held = world
    running = start(crash_world, held, tmp_path)
    try:
        send(running, signum)
        running.wait_for_log("saying it was interrupted", _message("interrupted; starting no more work",
                                                                    signal=signum.name))
        held.release()
        assert running.finish() == code, running.stderr[-4000:]
    finally:
        running.stop()
    assert_clean_stderr(running)

    # the baseline's and this one's: both may start in the same second, so tell them by run id
    run_ids = {json.loads(line).get("run_id") for line in running.lines if line.startswith("{")} - {None}
    [record] = [r for r in run_records(crash_world) if r["run_id"] in run_ids]
    reason = f"interrupted by {signum.name}"
    assert record["interrupted"] == signum.name and record["exit_code"] == code
    assert [(r["repo"], r["status"]) for r in record["repos"]] == [(DONE, "processed"), (HELD, "interrupted")]
    held_repo = record["repos"][1]
    # its git fetch was not killed by the signal: it finished, and the repo stopped before any write
    assert held_repo["commits"] == 1 and held_repo["decisions"] == [] and held_repo["reason"] == reason
    assert record["skipped"] == [{"repo": LATER, "reason": f"{reason}; left for the next run"}]
    assert crash_world.checkpoints() == {DONE: 1, HELD: 0, LATER: 0}
    assert issue_counts(crash_world) == {consumer(DONE): 1, fork(DONE): 1, consumer(HELD): 0, fork(HELD): 0,
                                         consumer(LATER): 0, fork(LATER): 0}
    # the digest went out (the console prints it) and announces the issues written before the signal
    digest = running.stdout
    assert digest.strip() and digest.strip() == record["digest"].strip()
    assert f"interrupted by {signum.name}" in digest and LATER in digest
    assert f"{consumer(DONE)} (consumer): **" in digest and "→ created [#" in digest

    assert_the_rerun_does_the_rest_and_files_nothing_twice(crash_world)


def interrupted_twice(crash_world: CrashWorld, held: HeldFetches, tmp_path: Path) -> tuple[Running, int]:
    """A pass ended by a second SIGINT while the second repo's fetch is held (a grace long enough that only
    the second signal can end it); returns it and the pid of the held git fetch."""
    running = start(crash_world, held, tmp_path, ORCHESTRATOR_INTERRUPT_GRACE_SECONDS="600")
    waiting = held.wait_in_flight()
    try:
        send(running, signal.SIGINT)
        running.wait_for_log("saying it was interrupted", _message("interrupted; starting no more work"))
        send(running, signal.SIGINT)
        assert running.finish() == 130, running.stderr[-4000:]
    finally:
        running.stop()
    return running, waiting


def test_second_signal_exits_at_once_ends_the_git_children_and_the_rerun_loses_nothing(
    world: tuple[CrashWorld, HeldFetches], tmp_path: Path,
) -> None:
    crash_world, held = world
    running, waiting = interrupted_twice(crash_world, held, tmp_path)
    assert_clean_stderr(running)
    assert any(r["message"] == "interrupted again; exiting at once" for r in _records(running.lines))
    assert len(run_records(crash_world)) == 1  # at once: this pass saved nothing more (the baseline's only)
    assert _ends(waiting), "the held git fetch outlived the job"
    assert crash_world.checkpoints() == {DONE: 1, HELD: 0, LATER: 0}

    held.release()
    assert_the_rerun_does_the_rest_and_files_nothing_twice(crash_world)


def _ends(pid: int, timeout: float = 30.0) -> bool:
    """Whether process `pid` ends (or is left a zombie) within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


def test_issues_written_before_a_second_signal_are_announced_by_the_next_run_and_counted_once(
    world: tuple[CrashWorld, HeldFetches], tmp_path: Path,
) -> None:
    crash_world, held = world
    running, _ = interrupted_twice(crash_world, held, tmp_path)
    held.release()
    dead_run = next(r["run_id"] for r in _records(running.lines) if r.get("run_id"))
    assert running.stdout == "" and len(run_records(crash_world)) == 1  # no digest, no record
    assert issue_counts(crash_world)[consumer(DONE)] == issue_counts(crash_world)[fork(DONE)] == 1

    second = orchestrator("run", env=crash_world.env, cwd=crash_world.root)
    assert second.returncode == 0, second.stderr[-4000:]
    heading = f"## Written by an earlier pass that stopped before its digest (run {dead_run})"
    assert heading in second.stdout
    announced = second.stdout.split(heading, 1)[1].split("\n## ", 1)[0]
    for dependent in (consumer(DONE), fork(DONE)):
        assert f"- {dependent} (" in announced and f"of {DONE} (" in announced
    assert announced.count("→ created [#1](") == 2
    [record] = [r for r in run_records(crash_world) if r.get("unannounced")]
    assert sorted((w["run_id"], w["dependent"], w["action"], w["counted_in_origin"]) for w in record["unannounced"]) \
        == [(dead_run, consumer(DONE), "created", False), (dead_run, fork(DONE), "created", False)]
    assert not list((crash_world.state / "announce").rglob("*.json"))

    # the weekly digest counts each issue once: DONE's two from the record that announced them, the rest
    # from the record of the run that wrote them
    now = datetime.now(timezone.utc)
    saved = RunRecords(LocalBlobStore(crash_world.state))
    week = summarise_week([saved.load(k) for k in saved.keys()], now - timedelta(days=1), now + timedelta(days=1), {})
    assert week["totals"]["issues_created"] == len(week["issues"]) == 6

    third = orchestrator("run", env=crash_world.env, cwd=crash_world.root)
    assert third.returncode == 0 and "earlier pass" not in third.stdout
    assert sum(1 for r in run_records(crash_world) if r.get("unannounced")) == 1
