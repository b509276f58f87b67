"""One execution on Cloud Run: which watched repos this task owns, the lease that keeps an
overlapping execution off them, and the markers that let exactly one task send the digest.

All of it is written on the `BlobStore` with generation preconditions, so it holds on the local
folder and on GCS alike. A lease is a create-only object with an owner and an expiry; an expired
one is taken over by compare-and-swap on its generation, never by overwriting.

Its TTL is at least the task timeout (`Settings.lease_seconds`), rather than renewed by a timer
thread: Cloud Run kills an attempt at its timeout, so a lease taken (or renewed) by a live attempt
cannot expire while that attempt still works, however long one repo takes. A crashed attempt's
lease is taken over at once by its own retry (same execution and task); another execution waits out
the TTL. "Same host, and its process is gone" is evidence only off Cloud Run: there every instance's
hostname is `localhost` and the entry process is PID 1.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from job import keys
from job.errors import OrchestratorError, PreconditionFailed
from job.ports import BlobStore
from job.state import read_json, write_json

log = logging.getLogger("job.execution")


def shard_of(repo: str, count: int) -> int:
    """A stable shard for a watched repo: the same on every machine and run (not Python's hash())."""
    digest = hashlib.sha256(repo.lower().encode()).digest()
    return int.from_bytes(digest[:8], "big") % count


@dataclass(frozen=True)
class Task:
    index: int = 0
    count: int = 1
    attempt: int = 0
    execution: str = ""
    cloud_run: bool = False  # CLOUD_RUN_EXECUTION was set: hostnames and pids identify nothing

    def owns(self, repo: str) -> bool:
        return shard_of(repo, self.count) == self.index

    @property
    def shard(self) -> str:
        return f"shard-{self.index}-of-{self.count}"


class LeaseHeld(OrchestratorError):
    """Another execution holds this shard's lease: this one has nothing to do."""

    def __init__(self, key: str, owner: str, expires: str) -> None:
        super().__init__(f"{key} is held by {owner} until {expires}")
        self.owner = owner
        self.expires = expires


class LeaseLost(OrchestratorError):
    """The lease was taken over while this execution still worked (it ran past its expiry)."""


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Lease:
    def __init__(self, store: BlobStore, task: Task, owner: str, ttl: timedelta) -> None:
        self._store = store
        self._task = task
        self.key = keys.lease(task.shard)
        self._owner = owner
        self._ttl = ttl
        self._generation = 0
        self._expires: datetime | None = None

    def _body(self, now: datetime) -> dict[str, Any]:
        self._expires = now + self._ttl
        return {"owner": self._owner, "execution": self._task.execution, "task": self._task.index,
                "host": socket.gethostname(), "pid": os.getpid(), "cloud_run": self._task.cloud_run,
                "taken": now.isoformat(), "expires": self._expires.isoformat()}

    def _stale(self, held: dict[str, Any], now: datetime) -> str:
        """Why a held lease may be taken over: it expired; it is this task's own, from an attempt
        that failed (Cloud Run retries a task within its execution); or, off Cloud Run (for either
        holder), its process died on this machine."""
        if datetime.fromisoformat(str(held["expires"])) <= now:
            return "expired"
        if self._task.execution and held.get("execution") == self._task.execution and held.get("task") == self._task.index:
            return "an earlier attempt of this task"
        if self._task.cloud_run or held.get("cloud_run"):
            return ""
        if held.get("host") == socket.gethostname() and isinstance(held.get("pid"), int) and _process_gone(held["pid"]):
            return "its process is gone"
        return ""

    def acquire(self, now: datetime) -> None:
        found = read_json(self._store, self.key)
        if found is not None:
            held, generation = found
            why = self._stale(held, now)
            if not why:
                raise LeaseHeld(self.key, str(held.get("owner")), str(held["expires"]))
            expected = generation  # take it over by compare-and-swap, never by overwriting
            log.info("taking over a lease", extra={"lease": self.key, "previous_owner": held.get("owner"), "why": why})
        else:
            expected = 0
        try:
            self._generation = write_json(self._store, self.key, self._body(now), expected)
        except PreconditionFailed:
            current = read_json(self._store, self.key)
            owner, expires = (str(current[0].get("owner")), str(current[0].get("expires"))) if current else ("?", "?")
            raise LeaseHeld(self.key, owner, expires) from None

    def renew(self, now: datetime) -> None:
        """Extend the lease when half of it is spent; losing the race means another execution took
        over (this one ran past its expiry) and this one must stop."""
        if self._expires is None or self._expires - now > self._ttl / 2:
            return
        try:
            self._generation = write_json(self._store, self.key, self._body(now), self._generation)
        except PreconditionFailed:
            raise LeaseLost(f"{self.key} was taken over by another execution; stopping") from None

    def release(self) -> None:
        try:
            self._store.delete(self.key, if_generation=self._generation)
        except PreconditionFailed:
            log.warning("lease was taken over before release", extra={"lease": self.key})


def finish_task(store: BlobStore, task: Task, record_key: str) -> list[str] | None:
    """Mark this task done. When it is the last of its execution to finish, and the first to
    claim the digest, return every task's run record key (it sends the one digest); else None."""
    base = keys.execution(task.execution)
    write_json(store, f"{base}/done/{task.index}.json", {"record": record_key, "attempt": task.attempt})
    done = store.list(f"{base}/done/")
    if len(done) < task.count:
        return None
    try:
        write_json(store, f"{base}/digest.json", {"by_task": task.index}, if_generation=0)
    except PreconditionFailed:
        return None  # another task finished at the same moment and sends it
    record_keys = []
    for key in done:
        found = read_json(store, key)
        if found is not None:
            record_keys.append(str(found[0]["record"]))
    return record_keys
