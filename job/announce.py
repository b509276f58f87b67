"""The announce journal (issue 14): each issue a real pass writes is noted in state right after the write,
and the note stays until that pass's run record is saved and its digest delivered (or kept pending). A
pass that never got so far (a second signal, a SIGKILL, a crash), or a repo abandoned past the interrupt's
grace that wrote after the record was saved, leaves notes behind, and the next pass of the same shard
announces them in its own digest. The shard's lease makes that pass the only live writer of the shard.

It owns the objects under `announce/<shard>/<run id>/`. What an issue write is (`IssueWrite`) belongs to
the run record; when to note belongs to a repo's part of the pass (job/repo_pass.py), when to take and
clean up to the pass (job/poll.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from job import keys
from job.ensure import Written
from job.errors import StateCorrupt, StateError
from job.ports import BlobStore
from job.run_record import DecisionOutcome, IssueWrite, RunRecord
from job.state import read_json, write_json

log = logging.getLogger("job.announce")


class Journal:
    """One real pass's view of its shard's journal. `note` is called from the repo threads; `take_earlier`
    at the start of the pass, once it holds the lease; `clean_up` at its end."""

    def __init__(self, store: BlobStore, shard: str, run_id: str, record_key: str) -> None:
        self._store = store
        self._shard = shard
        self._run_id = run_id
        self._record_key = record_key  # where this pass's record will be saved: a later pass looks there
        self._noted: list[tuple[str, IssueWrite]] = []
        self._taken: list[str] = []
        self._lock = threading.Lock()

    def noter(self, watched: str, decision: DecisionOutcome, range_label: str, at: datetime) -> Callable[[Written], None]:
        """What `ensure_issue` calls right after it writes `decision`'s issue, before the ledger hears of it:
        a crash after the note leaves it for the next pass; one before it leaves the ledger without the write,
        so the next pass recovers the write by its marker and announces it itself."""

        def note(written: Written) -> None:
            self.note(IssueWrite(
                self._run_id, watched, decision.dependent, decision.kind, written.action, written.ref.number,
                written.ref.url, decision.title, decision.urgency, list(decision.matched), decision.fingerprint,
                range_label, at.isoformat(timespec="seconds")))

        return note

    def note(self, write: IssueWrite) -> None:
        key = keys.announce(self._shard, self._run_id, write.dependent, write.fingerprint)
        write_json(self._store, key, {"record": self._record_key, "write": write.to_json()})
        with self._lock:
            self._noted.append((key, write))

    def take_earlier(self) -> list[IssueWrite]:
        """The issue writes that earlier passes of this shard noted and no digest announced, for this pass's
        record. A note whose pass's saved record lists its write and says how its digest was delivered is
        announced (or its digest is pending): it is deleted now. The rest are deleted by `clean_up`, once
        this pass has announced them. An unreadable note is logged with its key and kept."""
        origins: dict[str, RunRecord | None] = {}
        out: dict[tuple[str, str, int], IssueWrite] = {}
        for key in self._store.list(keys.announce_shard(self._shard)):
            if keys.announce_run(key) == self._run_id:
                continue
            try:
                found = self._read(key)
            except StateCorrupt as exc:
                log.error("announce journal object unreadable; kept", extra={"key": key, "error": str(exc)})
                continue
            if found is None:
                continue
            record_key, write = found
            if record_key not in origins:
                origins[record_key] = self._origin(record_key)
            origin = origins[record_key]
            listed = origin is not None and origin.lists(write)
            if listed and origin is not None and origin.digest_delivery:
                self._store.delete(key)
                continue
            self._taken.append(key)
            same = (write.dependent.lower(), write.fingerprint, write.number)
            if same in out:
                # written by one pass that died and recovered by its marker by another that died too: announced
                # once, and counted by the weekly digest in neither's record only if neither lists it
                out[same] = replace(out[same], counted_in_origin=out[same].counted_in_origin or listed)
                continue
            log.warning("issue write never announced; this pass announces it", extra={
                "key": key, "origin_run": write.run_id, "dependent": write.dependent, "number": write.number})
            out[same] = replace(write, counted_in_origin=listed)
        return list(out.values())

    def clean_up(self, record: RunRecord) -> None:
        """Once this pass's record is saved and its digest delivered or kept: delete the notes of what it
        announced, its own writes that the record lists and the earlier passes' writes it took. A write the
        record does not list (a repo that failed after writing, or one abandoned past the grace) stays, for
        the next pass. A note that cannot be deleted now is deleted by the next pass, which finds it announced."""
        with self._lock:
            noted = list(self._noted)
        done = [key for key, write in noted if record.lists(write)] + self._taken
        for key in done:
            try:
                self._store.delete(key)
            except StateError as exc:
                log.warning("announce journal object not deleted; the next pass does it", extra={
                    "key": key, "error": str(exc)})

    def _read(self, key: str) -> tuple[str, IssueWrite] | None:
        found = read_json(self._store, key)
        if found is None:
            return None
        value = found[0]
        try:
            return str(value["record"]), IssueWrite.from_json(value["write"])
        except (KeyError, TypeError, ValueError) as exc:
            raise StateCorrupt(key, f"not an announce journal object ({exc!r})") from None

    def _origin(self, record_key: str) -> RunRecord | None:
        """The saved record of the pass that noted a write, or None when it saved none (or it is unreadable:
        then its notes are announced again rather than lost)."""
        try:
            found = read_json(self._store, record_key)
            return None if found is None else RunRecord.from_json(found[0])
        except (StateCorrupt, KeyError, TypeError, ValueError) as exc:
            log.error("run record unreadable; its unannounced issue writes are announced", extra={
                "key": record_key, "error": str(exc)})
            return None
