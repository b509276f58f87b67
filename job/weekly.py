"""The weekly digest (DESIGN.md §4.6) as pure functions: which week (`week_bounds`), what the week's
run records hold (`summarise_week`), and its Markdown (`render_weekly`).

Reading the records, asking the tracker for each issue's state now, sending, and the once-per-week
marker (`weekly_key`) belong to the CLI; nothing here does I/O or reads the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from job import keys
from job.errors import ConfigError
from job.render import render
from job.run_record import DecisionOutcome, IssueOutcome, RepoOutcome, RunRecord

URGENCIES = ("critical", "high", "medium", "low")
ISSUE_STATES = ("open", "closed")
NOISIEST = 5
LIST_MAX = 50  # issues and digest-only findings listed in the digest; the rest are counted
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"unknown timezone {tz!r}; expected an IANA name such as UTC or Europe/Paris") from None


def _at(day: date, hour: int, tz: ZoneInfo) -> datetime:
    # Wall-clock time, so a week across a DST change is 167 or 169 hours long and still starts at
    # `hour` local time; a start hour that a spring-forward skips resolves to the hour after it.
    return datetime.combine(day, time(hour), tzinfo=tz)


def week_bounds(now: datetime, start_day: int = 0, start_hour: int = 0, tz: str = "UTC") -> tuple[datetime, datetime]:
    """The last complete week before `now`, as [start, end) in `tz`: a week starts on `start_day`
    (0 is Monday) at `start_hour` local time. At the boundary itself, the week just ended is complete.
    Both share one tzinfo, so `end - start` is wall-clock time (7 days); convert to UTC for hours."""
    if now.tzinfo is None:
        raise ValueError("week_bounds needs an aware datetime (the clock in UTC)")
    if not 0 <= start_day <= 6:
        raise ConfigError(f"week start day {start_day}: expected 0 (Monday) to 6 (Sunday)")
    if not 0 <= start_hour <= 23:
        raise ConfigError(f"week start hour {start_hour}: expected 0 to 23")
    where = zone(tz)
    local = now.astimezone(where)
    day = local.date() - timedelta(days=(local.weekday() - start_day) % 7)
    if _at(day, start_hour, where) > local:
        day -= timedelta(days=7)
    return _at(day - timedelta(days=7), start_hour, where), _at(day, start_hour, where)


def week_label(start: datetime) -> str:
    """The ISO week holding most of the week (Monday starts: the start's own ISO week)."""
    year, week, _ = (start + timedelta(days=3)).isocalendar()
    return f"{year}-W{week:02d}"


def weekly_key(start: datetime) -> str:
    """Where the CLI keeps the marker that makes the weekly digest go out once per week."""
    return keys.weekly_digest(week_label(start))


def record_prefixes(start: datetime, end: datetime) -> list[str]:
    """The `runs/YYYY/MM/DD/` prefixes (UTC days, as `RunRecords` keys them) that can hold the week's runs."""
    first = start.astimezone(timezone.utc).date()
    last = (end - timedelta(microseconds=1)).astimezone(timezone.utc).date()
    return [keys.run_day(first + timedelta(days=n)) for n in range((last - first).days + 1)]


def _started(record: RunRecord) -> datetime:
    started = datetime.fromisoformat(record.started)
    return started if started.tzinfo else started.replace(tzinfo=timezone.utc)


def _relationship(watched: str, dependent: str, kind: str) -> dict[str, Any]:
    return {"relationship": f"{watched} → {dependent}", "watched": watched, "dependent": dependent, "kind": kind,
            "findings": 0, "by_urgency": dict.fromkeys(URGENCIES, 0), "issues": 0, "closed": 0,
            "digest_only": 0, "ignored": 0, "degraded": 0}


def _rank(urgency: str) -> int:
    return URGENCIES.index(urgency) if urgency in URGENCIES else len(URGENCIES)


class _Week:
    """Accumulates the week's run records; `summary` gives the plain data the template renders."""

    def __init__(self, issue_states: dict[str, str]) -> None:
        self.states = issue_states
        self.runs = self.runs_failed = self.commits = self.tokens = 0
        self.cost = 0.0
        self.relationships: dict[tuple[str, str], dict[str, Any]] = {}
        self.by_urgency = dict.fromkeys(URGENCIES, 0)
        self.counts = {"findings": 0, "issues_created": 0, "issues_commented": 0, "digest_only": 0, "ignored": 0,
                       "degraded": 0, "no_impact": 0}
        self.issues: dict[str, dict[str, Any]] = {}
        self.digest_only: list[dict[str, Any]] = []
        self.failures: dict[tuple[str, str], dict[str, Any]] = {}
        self.skipped: dict[tuple[str, str], dict[str, Any]] = {}
        self.seen: set[tuple[str, ...]] = set()

    def add(self, record: RunRecord) -> None:
        started = _started(record).astimezone(timezone.utc).isoformat(timespec="seconds")
        self.runs += 1
        self.runs_failed += 1 if record.exit_code else 0
        self.tokens += record.tokens
        self.cost += record.cost_usd
        for repo in record.repos:
            self.commits += repo.commits
            if repo.status == "failed":
                self._count(self.failures, (repo.repo, repo.error or repo.reason or "failed"),
                            started, repo=repo.repo, reason=repo.reason or "failed", error=repo.error or "")
            for decision in repo.decisions:
                self._decision(repo, decision, started)
        for skip in record.skipped:
            self._count(self.skipped, (skip.repo, skip.reason), started, repo=skip.repo, reason=skip.reason)
        # an earlier pass's issue write that this pass announced: counted here unless that pass's own record has it
        for write in record.unannounced:
            if not write.counted_in_origin:
                self._decision(RepoOutcome(write.watched, "processed", range=write.range), write.as_decision(), started)

    @staticmethod
    def _count(into: dict[tuple[str, str], dict[str, Any]], key: tuple[str, str], started: str, **fields: str) -> None:
        entry = into.setdefault(key, {**fields, "count": 0, "last": started})
        entry["count"] += 1
        entry["last"] = max(entry["last"], started)

    def _decision(self, repo: RepoOutcome, d: DecisionOutcome, started: str) -> None:
        watched, dependent = repo.repo, d.dependent
        # A retried pass re-decides the same change set: count each finding once.
        key = (watched, dependent, d.fingerprint or repo.range or started)
        if key in self.seen:
            return
        self.seen.add(key)
        rel = self.relationships.setdefault((watched, dependent), _relationship(watched, dependent, d.kind))
        if d.degraded:
            rel["degraded"] += 1
            self.counts["degraded"] += 1
        urgency = d.urgency
        if not d.requires_action or urgency not in URGENCIES:
            self.counts["no_impact"] += 1
            return
        rel["findings"] += 1
        rel["by_urgency"][urgency] += 1
        self.by_urgency[urgency] += 1
        self.counts["findings"] += 1
        if d.issue:
            self._issue(rel, d.issue, urgency, started)
        elif d.action == "add_to_digest":
            rel["digest_only"] += 1
            self.counts["digest_only"] += 1
            self.digest_only.append({"relationship": rel["relationship"], "urgency": urgency,
                                     "matched": list(d.matched), "summary": d.impact_summary,
                                     "started": started})
        elif d.action == "ignore":
            rel["ignored"] += 1
            self.counts["ignored"] += 1

    def _issue(self, rel: dict[str, Any], issue: IssueOutcome, urgency: str, started: str) -> None:
        action = issue.action
        if action == "commented":
            self.counts["issues_commented"] += 1
        elif action in ("created", "recovered"):
            self.counts["issues_created"] += 1
        url = issue.url
        if url not in self.issues:
            state = str(self.states.get(url, "unknown")).lower()
            self.issues[url] = {"url": url, "number": issue.number, "dependent": rel["dependent"],
                                "watched": rel["watched"], "relationship": rel["relationship"], "urgency": urgency,
                                "actions": [], "state": state if state in ISSUE_STATES else "unknown",
                                "first": started}
            rel["issues"] += 1
            rel["closed"] += self.issues[url]["state"] == "closed"
        entry = self.issues[url]
        entry["actions"].append(action)
        if _rank(urgency) < _rank(entry["urgency"]):
            entry["urgency"] = urgency

    def summary(self) -> dict[str, Any]:
        relationships = sorted(self.relationships.values(), key=lambda r: (-r["findings"], r["relationship"]))
        issues = sorted(self.issues.values(), key=lambda i: (i["watched"], i["dependent"], i["number"] or 0))
        states = [i["state"] for i in issues]
        noisiest = sorted((r for r in relationships if r["closed"]), key=lambda r: (-r["closed"], -r["issues"],
                                                                                    r["relationship"]))
        return {
            "runs": self.runs, "runs_failed": self.runs_failed, "commits": self.commits,
            "totals": dict(self.counts), "by_urgency": dict(self.by_urgency),
            "relationships": [r for r in relationships if r["findings"] or r["degraded"]],
            "issues": issues,
            "follow_through": {s: states.count(s) for s in (*ISSUE_STATES, "unknown")},
            "digest_only": sorted(self.digest_only, key=lambda f: (_rank(f["urgency"]), f["relationship"], f["started"])),
            "degraded": [{"relationship": r["relationship"], "count": r["degraded"]}
                         for r in sorted(relationships, key=lambda r: r["relationship"]) if r["degraded"]],
            "failures": sorted(self.failures.values(), key=lambda f: (f["repo"], f["last"])),
            "skipped": sorted(self.skipped.values(), key=lambda s: (s["repo"], s["reason"])),
            "tokens": self.tokens, "cost_usd": round(self.cost, 6),
            "noisiest": [{"relationship": r["relationship"], "closed": r["closed"], "issues": r["issues"]}
                         for r in noisiest[:NOISIEST]],
        }


def in_week(records: Iterable[RunRecord], start: datetime, end: datetime) -> list[RunRecord]:
    """The records of real runs (not dry runs) whose `started` falls in [start, end), oldest first."""
    # In UTC: aware datetimes sharing one tzinfo compare by wall clock, which is wrong across DST.
    first, last = start.astimezone(timezone.utc), end.astimezone(timezone.utc)
    return sorted((r for r in records if first <= _started(r) < last and not r.dry_run), key=_started)


def issue_urls(records: list[RunRecord], start: datetime, end: datetime) -> list[dict[str, Any]]:
    """The issues written in the week (dependent, number, url), for the CLI to ask the tracker their state."""
    found: dict[str, dict[str, Any]] = {}
    for record in in_week(records, start, end):
        for d in [*record.decisions(), *(w.as_decision() for w in record.unannounced)]:
            if d.issue:
                found.setdefault(d.issue.url, {"dependent": d.dependent, "number": d.issue.number, "url": d.issue.url})
    return list(found.values())


def _when(moment: datetime) -> str:
    return f"{DAYS[moment.weekday()][:3]} {moment:%Y-%m-%d %H:%M}"


def summarise_week(records: list[RunRecord], start: datetime, end: datetime,
                   issue_states: dict[str, str]) -> dict[str, Any]:
    """What the week's run records add up to; `issue_states` maps issue URLs to 'open' or 'closed'
    as the tracker says now (a URL it lacks is 'unknown'). The result is plain JSON-ready data."""
    week = _Week(issue_states)
    for record in in_week(records, start, end):
        week.add(record)
    tz = getattr(start.tzinfo, "key", None) or start.tzname() or "UTC"
    return {
        "week": week_label(start), "start": start.isoformat(), "end": end.isoformat(), "tz": tz,
        "period": f"{_when(start)} – {_when(end)} {tz}", **week.summary(),
    }


def render_weekly(summary: dict[str, Any]) -> str:
    return render("weekly.md.j2", s=summary, limit=LIST_MAX)
