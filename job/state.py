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


@dataclass(frozen=True)
class Report:
    """One finding written to a dependent: its range, and per file a digest of the net change reported."""

    base: str | None
    head: str
    fingerprint: str
    urgency: str
    title: str
    matched: tuple[str, ...]
    files: dict[str, str]


@dataclass
class ToldRecord:
    """What one dependent has been told about one watched repo (DESIGN.md §4.5).

    `through` is the commit up to which the dependent is settled: every change up to it was written to it
    or had nothing for it. It is the dependent's own checkpoint: a replay, or a rerun after a pass that
    stopped part-way, tells it only what came after. `reports` are the findings written (the newest
    `KEEP_REPORTS`), so a rewrite of reported history is recognised by its net change and a revert of it
    is news. `pending` says why the last finding could not be written (archived, issues_disabled,
    no_access): `through` then stays where it was, so the finding is written when it can be.
    """

    watched: str
    dependent: str
    through: str
    through_time: str
    reports: list[Report]
    pending: str = ""
    pending_reason: str = ""

    KEEP_REPORTS = 50


class Told:
    """One object per (watched repo, dependent): only the task that holds the watched repo writes it."""

    def __init__(self, store: BlobStore) -> None:
        self._store = store

    def get(self, watched: str, dependent: str) -> tuple[ToldRecord, int] | None:
        key = keys.told(watched, dependent)
        found = read_json(self._store, key)
        if found is None:
            return None
        value, generation = found
        try:
            reports = [Report(r["base"], str(r["head"]), str(r["fingerprint"]), str(r["urgency"]), str(r["title"]),
                              tuple(str(m) for m in r["matched"]), {str(k): str(v) for k, v in r["files"].items()})
                       for r in value["reports"]]
            record = ToldRecord(str(value["watched"]), str(value["dependent"]), str(value["through"]),
                                str(value["through_time"]), reports, str(value.get("pending") or ""),
                                str(value.get("pending_reason") or ""))
        except (KeyError, TypeError, AttributeError) as exc:
            raise StateCorrupt(key, f"not a told record ({exc!r})") from None
        return record, generation

    def put(self, record: ToldRecord, if_generation: int) -> None:
        value = asdict(record)
        value["reports"] = [asdict(r) for r in record.reports[-ToldRecord.KEEP_REPORTS:]]
        write_json(self._store, keys.told(record.watched, record.dependent), value, if_generation)


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
