"""The job's state, written once on top of any `BlobStore`: checkpoints, the issue ledger, thread
pointers and run records (DESIGN.md §4.4).

Every object is JSON with a `schema` number. An object that cannot be read is `StateCorrupt`, named,
and never overwritten. The triage cache and the lease come later, on the same footing.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from job import keys
from job.errors import PreconditionFailed, StateCorrupt
from job.ports import BlobStore
from job.run_record import RunRecord

SCHEMA = 1


def read_json(store: BlobStore, key: str) -> tuple[dict[str, Any], int] | None:
    blob = store.read(key)
    if blob is None:
        return None
    try:
        value = json.loads(blob.data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StateCorrupt(key, f"not valid JSON ({exc})") from None
    if not isinstance(value, dict):
        raise StateCorrupt(key, "expected a JSON object")
    if value.get("schema") != SCHEMA:
        raise StateCorrupt(key, f"unknown schema version {value.get('schema')!r}; this job reads {SCHEMA}")
    return value, blob.generation


def write_json(store: BlobStore, key: str, value: dict[str, Any], if_generation: int | None = None) -> int:
    data = json.dumps({"schema": SCHEMA, **value}, indent=2, sort_keys=True, default=str).encode() + b"\n"
    return store.write(key, data, if_generation)


@dataclass(frozen=True)
class Checkpoint:
    repo: str
    branch: str
    sha: str
    committed_at: str
    updated_at: str
    run_id: str
    note: str = ""


class Checkpoints:
    """One object per watched repo, so parallel tasks never write the same one."""

    def __init__(self, store: BlobStore) -> None:
        self._store = store

    def get(self, repo: str) -> tuple[Checkpoint, int] | None:
        key = keys.checkpoint(repo)
        found = read_json(self._store, key)
        if found is None:
            return None
        value, generation = found
        try:
            fields = {k: value[k] for k in ("repo", "branch", "sha", "committed_at", "updated_at", "run_id")}
        except KeyError as exc:
            raise StateCorrupt(key, f"missing field {exc.args[0]!r}") from None
        return Checkpoint(**fields, note=str(value.get("note", ""))), generation

    def put(self, checkpoint: Checkpoint, if_generation: int | None) -> int:
        """Write the checkpoint if nobody else moved it since it was read (0: create only)."""
        return write_json(self._store, keys.checkpoint(checkpoint.repo), asdict(checkpoint),
                          if_generation if if_generation is not None else 0)

    def delete(self, repo: str) -> bool:
        key = keys.checkpoint(repo)
        found = self._store.read(key)
        if found is None:
            return False
        self._store.delete(key, found.generation)
        return True

    def all(self) -> list[Checkpoint]:
        out = []
        for key in self._store.list(keys.CHECKPOINTS):
            value, _ = read_json(self._store, key) or ({}, 0)
            if value:
                out.append(Checkpoint(**{k: value[k] for k in Checkpoint.__dataclass_fields__ if k in value}))
        return out


@dataclass(frozen=True)
class LedgerEntry:
    fingerprint: str
    dependent: str
    watched: str
    number: int
    url: str
    action: str
    at: str
    run_id: str


class Ledger:
    """Issue writes keyed by fingerprint, and per (watched repo, dependent) thread the last issue
    written, so deduplication never relies on the tracker's search alone."""

    def __init__(self, store: BlobStore) -> None:
        self._store = store

    def get(self, dependent: str, fingerprint: str) -> LedgerEntry | None:
        found = read_json(self._store, keys.ledger(dependent, fingerprint))
        if found is None:
            return None
        value = found[0]
        return LedgerEntry(**{k: value[k] for k in LedgerEntry.__dataclass_fields__})

    def record(self, entry: LedgerEntry, thread: str) -> None:
        key = keys.ledger(entry.dependent, entry.fingerprint)
        try:
            write_json(self._store, key, asdict(entry), if_generation=0)
        except PreconditionFailed:
            pass  # recorded already by an earlier attempt of the same write: the entry is the same
        thread_key = keys.thread(entry.dependent, thread)
        current = self._store.read(thread_key)
        write_json(self._store, thread_key, {"number": entry.number, "url": entry.url, "watched": entry.watched},
                   current.generation if current else 0)

    def thread_issue(self, dependent: str, thread: str) -> int | None:
        found = read_json(self._store, keys.thread(dependent, thread))
        return int(found[0]["number"]) if found else None

    def count(self) -> int:
        return len(self._store.list(keys.LEDGER))


class RunRecords:
    """What each run saw, decided, wrote, skipped and failed; the weekly digest reads these."""

    def __init__(self, store: BlobStore) -> None:
        self._store = store

    def save(self, run_id: str, started: datetime, record: RunRecord) -> str:
        key = keys.run(run_id, started)
        write_json(self._store, key, record.to_json(), if_generation=0)
        return key

    def keys(self) -> list[str]:
        return self._store.list(keys.RUNS)

    def annotate(self, key: str, **fields: Any) -> None:
        """Add what happened after the record was saved (the digest's delivery)."""
        found = read_json(self._store, key)
        if found is not None:
            write_json(self._store, key, {**{k: v for k, v in found[0].items() if k != "schema"}, **fields}, found[1])

    def prune(self, before: datetime) -> int:
        """Delete run records of days before `before` (the weekly digest needs five weeks at least)."""
        cutoff = keys.run_day(before)
        removed = 0
        for key in self.keys():
            if key < cutoff and re.match(keys.RUN_DAY, key):
                self._store.delete(key)
                removed += 1
        return removed

    def load(self, key: str) -> RunRecord:
        found = read_json(self._store, key)
        if found is None:
            raise StateCorrupt(key, "listed but missing")
        try:
            return RunRecord.from_json(found[0])
        except (KeyError, TypeError, ValueError) as exc:
            raise StateCorrupt(key, f"not a run record ({exc})") from None


class PendingDigests:
    """Digests that could not be delivered, kept until a later pass delivers them (oldest first)."""

    def __init__(self, store: BlobStore) -> None:
        self._store = store

    def keep(self, run_id: str, markdown: str) -> None:
        try:
            self._store.write(keys.pending_digest(run_id), markdown.encode(), if_generation=0)
        except PreconditionFailed:
            pass  # kept already by an earlier attempt of this run

    def all(self) -> list[tuple[str, str, int]]:
        out = []
        for key in self._store.list(keys.PENDING_DIGESTS):
            blob = self._store.read(key)
            if blob is not None:
                out.append((key, blob.data.decode("utf-8", "replace"), blob.generation))
        return out

    def done(self, key: str, generation: int) -> None:
        try:
            self._store.delete(key, if_generation=generation)
        except PreconditionFailed:
            pass  # another execution delivered and removed it
