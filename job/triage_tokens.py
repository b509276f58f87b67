"""The daily token count behind Claude triage's daily budget: counted in memory, saved as one object
per writer (one pass of one task) under `cache/tokens/<day>/`, and summed over the writers on read.

GCS takes about one write a second to one object name and answers 429 beyond it; one object per
writer, saved at most every `interval` seconds and once at the end of the pass, stays far below that.
A save that fails after a bounded backoff is logged and reported (`problem`), never raised: the
answers it counted are paid for and already in the triage cache. It does not decide budgets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from job import keys
from job.errors import StateCorrupt, StateError
from job.ports import BlobStore
from job.state import read_json, write_json
from job.triage_cost import COUNTERS, Price, cost_usd

log = logging.getLogger("job.triage")

SAVE_ATTEMPTS = 4  # on top of the store's own attempts: 1 + 2 + 4 s of backoff at the default


class DailyTokens:
    """Tokens counted per UTC day. `used(day)` is this writer's count plus the others' as last read
    (read again after `interval` seconds), so parallel tasks see each other within that delay."""

    def __init__(self, store: BlobStore | None, writer: str, price: Price, *, interval: float = 30.0,
                 backoff: float = 1.0, monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._store = store
        self.writer = writer
        self._price = price
        self._interval = interval
        self._backoff = backoff
        self._monotonic = monotonic
        self._sleep = sleep
        self._lock = threading.Lock()  # the counts; saving holds `_saving`, never both for long
        self._saving = threading.Lock()
        self._own: dict[str, dict[str, int]] = {}
        self._unsaved: set[str] = set()
        self._others: dict[str, tuple[float, int]] = {}  # day -> (read at, tokens)
        self._saved_at = monotonic()  # a pass shorter than `interval` saves once, at its end
        self.saves = 0
        self.problem = ""

    def used(self, day: str) -> int:
        """Tokens spent on `day` by every writer. Raises StateCorrupt when another's count is unreadable."""
        with self._lock:
            own = self._own.get(day, {}).get("tokens", 0)
        return own + self._other_tokens(day)

    def add(self, day: str, counts: dict[str, int]) -> None:
        with self._lock:
            mine = self._own.setdefault(day, dict.fromkeys(COUNTERS, 0))
            for name, n in counts.items():
                mine[name] += n
            self._unsaved.add(day)
            due = self._monotonic() - self._saved_at >= self._interval
        if due:
            self.save()

    def save(self) -> None:
        """Write this writer's unsaved days; at the end of a pass, and from `add` when one is due."""
        if self._store is None:
            return
        with self._saving:
            with self._lock:
                days = sorted(self._unsaved)
                values = {d: {"date": d, "writer": self.writer, **self._own[d],
                              "cost_usd": cost_usd(self._own[d], self._price)} for d in days}
                self._unsaved.clear()
                self._saved_at = self._monotonic()
            for day in days:
                if not self._write(keys.tokens(day, self.writer), values[day]):
                    with self._lock:
                        self._unsaved.add(day)  # the next save tries again

    def _write(self, key: str, value: dict[str, object]) -> bool:
        assert self._store is not None
        for attempt in range(1, SAVE_ATTEMPTS + 1):
            try:
                write_json(self._store, key, value)  # this writer's own object: no one else writes it
                self.saves += 1
                self.problem = ""
                return True
            except StateError as exc:
                if exc.retryable and attempt < SAVE_ATTEMPTS:
                    self._sleep(self._backoff * 2 ** (attempt - 1))
                    continue
                self.problem = f"the daily token count was not saved to {key}: {exc}"
                log.error("token counter not saved", extra={"key": key, "attempts": attempt, "problem": str(exc),
                                                            "tokens": value.get("tokens")})
                return False
        raise AssertionError("unreachable: the last attempt returns")

    def _other_tokens(self, day: str) -> int:
        if self._store is None:
            return 0
        now = self._monotonic()
        with self._lock:
            cached = self._others.get(day)
        if cached is not None and now - cached[0] < self._interval:
            return cached[1]
        total = 0
        mine = keys.tokens(day, self.writer)
        for key in [keys.tokens_legacy(day), *self._store.list(keys.tokens_day(day))]:
            if key == mine:
                continue
            found = read_json(self._store, key)
            if found is not None:
                try:
                    total += int(found[0].get("tokens", 0))
                except (TypeError, ValueError):
                    raise StateCorrupt(key, "tokens is not a number") from None
        with self._lock:
            self._others[day] = (now, total)
        return total
