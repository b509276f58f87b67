"""`orchestrator digest --weekly`: gather the last complete week's run records, ask the tracker how
the week's issues stand now, render the digest and send it once per week.

Sending is idempotent per week: a create-only marker object is claimed before sending and marked
sent after; a claim left by a crash more than an hour ago may be taken over.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from job.errors import Interrupted, NotifierError, OrchestratorError, PreconditionFailed
from job.interrupt import Interrupt
from job.ports import BlobStore, IssueTracker, Notifier
from job.settings import Settings
from job.state import RunRecords, read_json, write_json
from job.weekly import issue_urls, record_prefixes, render_weekly, summarise_week, week_bounds, weekly_key

log = logging.getLogger("job.weekly")
STALE_CLAIM = timedelta(hours=1)


def gather(store: BlobStore, tracker: IssueTracker, start: datetime, end: datetime,
           interrupt: Interrupt | None = None) -> dict[str, Any]:
    records = RunRecords(store)
    keys = [key for prefix in record_prefixes(start, end) for key in store.list(prefix)]
    loaded = [records.load(key) for key in keys]
    states: dict[str, str] = {}
    for issue in issue_urls(loaded, start, end):
        _stop_if_interrupted(interrupt)
        try:
            states[issue["url"]] = tracker.issue_state(issue["dependent"], int(issue["number"]))
        except OrchestratorError as exc:
            log.warning("issue state unknown", extra={"url": issue["url"], "error": str(exc)})
            states[issue["url"]] = "unknown"
    return summarise_week(loaded, start, end, states)


def _stop_if_interrupted(interrupt: Interrupt | None) -> None:
    """Before the week's digest is claimed nothing is written: an interrupted send stops there."""
    if interrupt is not None and interrupt.is_set():
        raise Interrupted(f"{interrupt.reason} before the weekly digest was sent; nothing was claimed or sent, "
                          "and the next attempt sends it", interrupt.exit_code)


def send_weekly(store: BlobStore, tracker: IssueTracker, notifier: Notifier, settings: Settings, run_id: str,
                *, dry_run: bool = False, force: bool = False, now: datetime | None = None,
                interrupt: Interrupt | None = None) -> int:
    now = now or datetime.now(timezone.utc)
    start, end = week_bounds(now, settings.week_start_day, settings.week_start_hour, settings.week_tz)
    markdown = render_weekly(gather(store, tracker, start, end, interrupt))
    if dry_run:
        print(markdown)
        return 0
    key = weekly_key(start)
    found = read_json(store, key)
    if found and not force:
        marker, generation = found
        claimed = datetime.fromisoformat(str(marker["at"]))
        if marker.get("status") == "sent" or now - claimed < STALE_CLAIM:
            log.info("weekly digest already handled; --force sends it again",
                     extra={"week": marker.get("week", key), "status": marker.get("status"), "key": key})
            return 0
    _stop_if_interrupted(interrupt)
    claim = {"status": "sending", "week": start.isoformat(), "at": now.isoformat(), "run_id": run_id}
    try:
        generation = write_json(store, key, claim, found[1] if found else 0)
    except PreconditionFailed:
        log.info("another execution is sending the weekly digest", extra={"key": key})
        return 0
    try:
        notifier.send(markdown)
    except NotifierError:
        store.delete(key, if_generation=generation)  # release the claim: the next attempt may send
        raise
    write_json(store, key, {**claim, "status": "sent", "end": end.isoformat(), "tz": settings.week_tz,
                            "digest": markdown}, generation)
    log.info("weekly digest sent", extra={"week": start.isoformat(), "key": key})
    return 0
