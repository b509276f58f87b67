"""The GitHub issue tracker: finds, creates and comments on issues in dependents through PyGithub.

It never creates twice. Every body carries the fingerprint marker, and before a create it looks
through the dependent's issues that carry the job's label (not through search, which lags). A
create answered with a 5xx may have happened anyway: it looks again before trying once more.
Content-creating requests are paced under GitHub's limits. It never reopens a closed issue.

A rate-limit answer to any request is waited out and the request sent again (`RateLimitWaits`: GitHub
did not carry it out); a connection error or timeout is a retryable `TrackerError`; a dependent that
takes no issues (archived, issues turned off, no access) is `DependentRefuses`, so the pass can go on.
A renamed dependent is followed: GitHub answers 301 to reads (PyGithub follows) and 307 to writes
(followed here, the same request to the new place), and `renamed` says what the config should name.

The pass calls it from several threads: calls about one dependent run one at a time (a lock per
dependent), calls about different dependents run side by side, and only the pacing of writes is shared.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from github import Github, GithubException
from github.Issue import Issue
from github.Repository import Repository

from job.errors import DependentRefuses, TrackerError
from job.github_api import RateLimitWaits, message_of, share_across_threads
from job.model import IssueDraft, urgency_rank
from job.ports import IssueRef
from job.render import BODY_MAX, TITLE_MAX

log = logging.getLogger("job.tracker")

T = TypeVar("T")

JOB_LABEL = "dependency-orchestrator"
LABEL_COLOURS = {"urgent": "b60205", "important": "d93f0b", "dependency": "0366d6", "info": "c5def5",
                 "breaking-change": "b60205", "enhancement": "a2eeef", JOB_LABEL: "5319e7"}
TRUNCATED = "\n\n_(cut to fit GitHub's limit; the full analysis is in the run record)_\n"


@dataclass
class Pacer:
    """Keeps content-creating requests under GitHub's secondary limits: about 80 a minute and
    500 an hour per token. Waits between writes; refuses past the hourly budget."""

    per_minute: int = 80
    per_hour: int = 500
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _times: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def wait(self) -> None:
        with self._lock:  # threads take turns: the gap holds between any two writes
            now = self.clock()
            self._times = [t for t in self._times if now - t < 3600]
            if len(self._times) >= self.per_hour:
                raise TrackerError(f"{self.per_hour} content-creating requests in the last hour: "
                                   "GitHub's limit; the rest waits for the next run")
            if self._times:
                gap = 60.0 / self.per_minute - (now - self._times[-1])
                if gap > 0:
                    self.sleep(gap)
                    now = self.clock()
            self._times.append(now)


def _marker(kind: str, value: str) -> str:
    return f"<!-- orchestrator:{kind}={value} -->"


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - len(TRUNCATED)] + TRUNCATED


def _error(doing: str, dependent: str, exc: GithubException) -> TrackerError:
    status = exc.status
    message = message_of(exc.data) if isinstance(exc.data, dict) else str(exc.data)
    said = f"GitHub answered {status} {doing} in {dependent}: {message}".rstrip(": ")
    if status == 410:
        return DependentRefuses(f"{dependent} has issues turned off ({said})", "issues_disabled")
    if status == 403 and "archived" in message.lower():
        return DependentRefuses(f"{dependent} is archived: GitHub refuses new issues ({said})", "archived")
    if status in (403, 404):
        return DependentRefuses(f"{said} (does the token have issues: write on {dependent}?)", "no_access")
    error = TrackerError(said)
    error.retryable = status not in (401, 422)
    return error


class _ServerError(Exception):
    """A 5xx to a create, passed to the caller that looks before it tries again."""

    def __init__(self, exc: GithubException) -> None:
        super().__init__(str(exc))
        self.exc = exc


class GitHubIssueTracker:
    def __init__(self, client: Github, *, label: str = JOB_LABEL, pacer: Pacer | None = None,
                 waits: RateLimitWaits | None = None) -> None:
        self._client = client
        # a repo handle without a GET: the calls on it say enough (a new requester: made thread-safe too)
        self._lazy = share_across_threads(client.withLazy(True))
        self._label = label
        self._pacer = pacer or Pacer()
        self._waits = waits or RateLimitWaits(600.0)
        self._renamed: dict[str, str] = {}  # config name (lower case) -> the name GitHub redirects it to
        for requester in {id(c.requester): c.requester for c in (client, self._lazy)}.values():
            self._follow_moves(requester)
        self._labels_ready: set[str] = set()
        self._issues: dict[str, list[Issue]] = {}
        self._locks: dict[str, threading.RLock] = {}
        self._guard = threading.Lock()

    def _follow_moves(self, requester: Any) -> None:
        """Follow a 307/308 (GitHub's answer to a write to a renamed repo) with the same request to
        its Location; PyGithub follows only 301, and would read the redirect's body as the result."""
        original = requester.requestJson

        def request_json(verb: str, url: str, parameters: Any = None, headers: Any = None, input: Any = None,
                         cnx: Any = None, follow_302_redirect: bool = False) -> tuple[int, dict[str, Any], str]:
            status, answer_headers, output = original(verb, url, parameters, headers, input, cnx, follow_302_redirect)
            location = {k.lower(): v for k, v in answer_headers.items()}.get("location")
            if status in (307, 308) and location:
                moved = re.match(r"/repos/([^/]+/[^/]+)", urlsplit(url).path.removeprefix(
                    urlsplit(requester.base_url).path))
                if moved:
                    self._renamed.setdefault(moved.group(1).lower(), "")
                log.info("following a moved repository", extra={"from": url, "to": location})
                return original(verb, location, None, headers, input, None, follow_302_redirect)  # type: ignore[no-any-return]
            return status, answer_headers, output

        requester.requestJson = request_json

    def renamed(self, dependent: str) -> str | None:
        """The name GitHub now gives `dependent` when it answered for it under another ('' if not known
        yet), or None when it was not renamed (as far as this run saw)."""
        return self._renamed.get(dependent.lower())

    def _call(self, doing: str, dependent: str, fn: Callable[[], T], *, server_errors: bool = False) -> T:
        """Run PyGithub calls: rate limits waited out and sent again, GitHub's answers and network
        errors mapped to ours (`server_errors`: a 5xx goes to the caller as `_ServerError`)."""
        while True:
            try:
                return fn()
            except GithubException as exc:
                if self._waits.wait_for(exc.status, dict(exc.headers or {}), exc.data, f"{doing} in {dependent}"):
                    continue
                if server_errors and exc.status >= 500:
                    raise _ServerError(exc) from None
                raise _error(doing, dependent, exc) from None
            except OSError as exc:  # requests' ConnectionError and ReadTimeout: PyGithub lets them through
                raise TrackerError(f"GitHub could not be reached while {doing} in {dependent}: "
                                   f"{type(exc).__name__}") from exc

    def _lock(self, dependent: str) -> threading.RLock:
        """The lock of one dependent: its issue list, labels and writes are worked on by one thread at a time."""
        with self._guard:
            return self._locks.setdefault(dependent.lower(), threading.RLock())

    def describe(self) -> str:
        return f"GitHub issues ({self._client.requester.base_url}, label {self._label!r})"

    def _repo(self, dependent: str) -> Repository:
        return self._lazy.get_repo(dependent)

    def _job_issues(self, dependent: str, refresh: bool = False) -> list[Issue]:
        """The dependent's issues that carry the job's label, open and closed, read once a run."""
        if refresh or dependent not in self._issues:
            self._issues[dependent] = self._call("listing the job's issues", dependent, lambda: list(
                self._repo(dependent).get_issues(state="all", labels=[self._label])))
        return self._issues[dependent]

    def _ref(self, dependent: str, issue: Issue) -> IssueRef:
        # an issue's page names its repo as GitHub calls it now: a renamed dependent shows here
        shown = re.search(r"/([^/]+/[^/]+)/issues/\d+", issue.html_url or "")
        if shown and shown.group(1).lower() != dependent.lower():
            self._renamed[dependent.lower()] = shown.group(1)
        return IssueRef(dependent, issue.number, issue.html_url, issue.state)

    def find_by_fingerprint(self, dependent: str, fingerprint: str, refresh: bool = False) -> IssueRef | None:
        with self._lock(dependent):
            return self._find_by_fingerprint(dependent, fingerprint, refresh)

    def _find_by_fingerprint(self, dependent: str, fingerprint: str, refresh: bool) -> IssueRef | None:
        marker = _marker("fingerprint", fingerprint)
        issues = self._job_issues(dependent, refresh)
        for issue in issues:
            if marker in (issue.body or ""):
                return self._ref(dependent, issue)
        for issue in issues:
            if issue.state == "open" and issue.comments:
                bodies = self._call("reading comments", dependent,
                                    lambda issue=issue: [c.body or "" for c in issue.get_comments()])  # type: ignore[misc]
                if any(marker in body for body in bodies):
                    return self._ref(dependent, issue)
        return None

    def find_open_thread(self, dependent: str, thread: str, hint: int | None = None) -> IssueRef | None:
        marker = _marker("thread", thread)
        with self._lock(dependent):
            candidates = [i for i in self._job_issues(dependent) if i.state == "open" and marker in (i.body or "")]
        candidates.sort(key=lambda i: (i.number != hint, -i.number))
        return self._ref(dependent, candidates[0]) if candidates else None

    def _ensure_labels(self, dependent: str, labels: tuple[str, ...]) -> None:
        """Create the labels the job uses when they are missing, with a colour and a description
        (the caller holds the dependent's lock)."""
        names = dict.fromkeys((self._label, *labels))
        wanted = [name for name in names if f"{dependent}\0{name}" not in self._labels_ready]
        if not wanted:
            return
        repo = self._repo(dependent)
        existing = self._call("listing labels", dependent, lambda: {label.name.lower() for label in repo.get_labels()})
        for name in wanted:
            if name.lower() not in existing:
                self._pacer.wait()
                self._call("creating labels", dependent, lambda name=name: repo.create_label(  # type: ignore[misc]
                    name, LABEL_COLOURS.get(name, "ededed"), "Filed by the dependency orchestrator poller"))
                existing.add(name.lower())
            self._labels_ready.add(f"{dependent}\0{name}")

    def create(self, draft: IssueDraft) -> IssueRef:
        with self._lock(draft.dependent):
            return self._create(draft)

    def _create(self, draft: IssueDraft) -> IssueRef:
        labels = tuple(dict.fromkeys((self._label, *draft.labels)))
        self._ensure_labels(draft.dependent, labels)
        title = draft.title if len(draft.title) <= TITLE_MAX else draft.title[: TITLE_MAX - 1] + "…"
        body = _fit(draft.body, BODY_MAX)
        for attempt in (1, 2):
            self._pacer.wait()
            try:
                issue = self._call("creating an issue", draft.dependent, lambda: self._repo(draft.dependent).create_issue(
                    title=title, body=body, labels=list(labels)), server_errors=True)
            except _ServerError as failed:
                exc = failed.exc
                if attempt == 2:
                    raise _error("creating an issue", draft.dependent, exc) from None
                # A 5xx can come after GitHub created the issue: look before trying again.
                found = self._find_by_fingerprint(draft.dependent, draft.fingerprint, refresh=True)
                if found is not None:
                    return found
                log.warning("issue create failed, retrying once", extra={"dependent": draft.dependent,
                                                                         "status": exc.status})
                continue
            self._issues.setdefault(draft.dependent, []).append(issue)
            return self._ref(draft.dependent, issue)
        raise AssertionError("unreachable")

    def comment(self, issue: IssueRef, draft: IssueDraft) -> IssueRef:
        with self._lock(draft.dependent):
            return self._comment(issue, draft)

    def _comment(self, issue: IssueRef, draft: IssueDraft) -> IssueRef:
        repo = self._repo(draft.dependent)
        doing = "commenting on an issue"
        target = self._call(doing, draft.dependent, lambda: repo.get_issue(issue.number))
        current = self._call(doing, draft.dependent, lambda: [label.name for label in target.labels])
        self._pacer.wait()
        self._call(doing, draft.dependent, lambda: target.create_comment(_fit(draft.comment, BODY_MAX)))
        old = _urgency_of(current, draft)
        if urgency_rank(draft.urgency) > urgency_rank(old):  # type: ignore[arg-type]
            stale = set(draft.urgency_labels.get(old, ())) - set(draft.labels)
            self._ensure_labels(draft.dependent, draft.labels)
            self._pacer.wait()
            self._call("labelling an issue", draft.dependent, lambda: target.set_labels(
                *[n for n in current if n not in stale], *[n for n in draft.labels if n not in current]))
        return self._ref(draft.dependent, target)

    def check_access(self, dependent: str) -> str:
        """What stops the job writing issues in `dependent`, or '' when nothing does."""
        try:
            repo = self._call("reading the repository", dependent, lambda: self._client.get_repo(dependent))
        except TrackerError as exc:
            return str(exc)
        if repo.full_name.lower() != dependent.lower():
            return f"{dependent} has been renamed to {repo.full_name}: the config names an old name"
        refused = _refusal(dependent, repo)
        return str(refused) if refused else ""

    def refusal(self, dependent: str) -> DependentRefuses | None:
        """How GitHub would refuse an issue write in `dependent` (archived, issues turned off, no write
        access), learnt by reading the repository; None when nothing stops it (a rename is followed)."""
        with self._lock(dependent):
            try:
                repo = self._call("reading the repository", dependent, lambda: self._client.get_repo(dependent))
            except DependentRefuses as exc:
                return exc
        return _refusal(dependent, repo)

    def issue_state(self, dependent: str, number: int) -> str:
        try:
            with self._lock(dependent):
                return str(self._call("reading an issue", dependent,
                                      lambda: self._repo(dependent).get_issue(number).state))
        except DependentRefuses as exc:
            if exc.status == "no_access" and "GitHub answered 404" in str(exc):
                return "unknown"
            raise


def _urgency_of(labels: list[str], draft: IssueDraft) -> str:
    """The highest urgency whose labels the issue carries all of (labels are how GitHub shows it)."""
    held = set(labels)
    best = "none"
    for urgency, names in draft.urgency_labels.items():
        distinctive = set(names) - set().union(*(set(v) for u, v in draft.urgency_labels.items() if u != urgency))
        if distinctive and distinctive <= held and urgency_rank(urgency) > urgency_rank(best):  # type: ignore[arg-type]
            best = urgency
    return best


def _refusal(dependent: str, repo: Repository) -> DependentRefuses | None:
    if repo.archived:
        return DependentRefuses(f"{dependent} is archived: GitHub refuses new issues", "archived")
    if not repo.has_issues:
        return DependentRefuses(f"{dependent} has issues turned off", "issues_disabled")
    permissions = repo.permissions
    if permissions is not None and not (permissions.triage or permissions.push or permissions.maintain
                                        or permissions.admin):
        return DependentRefuses(f"the token cannot write issues in {dependent} (needs issues: write, or triage "
                                "access)", "no_access")
    return None
