"""The GitHub plumbing both GitHub adapters share: the client (`github_client`), the thread-safety patch
PyGithub needs (`share_across_threads`), REST requests that count usage and wait out rate limits within a
bound (`GitHubRest`), the mapping of PyGithub and network exceptions to ours (`map_exceptions`), and the
ETag cache (`EtagCache`).

It knows nothing of commits or issues: `source_github.py` and `issues_github.py` do.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from github import Auth, Github, GithubException
from github.Requester import Requester
from urllib3.util.retry import Retry

from job import keys
from job.errors import OrchestratorError, RateLimited, SourceError, StateCorrupt
from job.ports import BlobStore
from job.state import read_json, write_json

log = logging.getLogger("job.source.github")


# --- The client ----------------------------------------------------------------------------------------

def github_client(base_url: str, token: str, *, pool_size: int = 10) -> Github:
    """PyGithub with bounded retries on reads only: a POST answered 5xx may have been carried out,
    so writes are never retried blindly (the tracker looks before it tries again). Rate limits are
    not slept through here: the adapters stop cleanly and leave the rest for the next run. The pass's
    worker threads share it: a connection each in the pool, requests kept apart per thread."""
    retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(500, 502, 503, 504),
                  allowed_methods=frozenset({"GET", "HEAD"}), respect_retry_after_header=False,
                  raise_on_status=False)
    client = Github(base_url=base_url, auth=Auth.Token(token), retry=retry, timeout=30, per_page=100,
                    seconds_between_requests=None, seconds_between_writes=None, pool_size=max(10, pool_size))
    return share_across_threads(client)


class _PerThread:
    """An attribute with one value per thread (a descriptor)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        try:
            return getattr(obj._per_thread, self._name)
        except AttributeError:
            raise AttributeError(self._name) from None

    def __set__(self, obj: Any, value: Any) -> None:
        setattr(obj._per_thread, self._name, value)


def _per_thread_connection(base: type[Any]) -> type[Any]:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        self._per_thread = threading.local()
        base.__init__(self, *args, **kwargs)

    fields: dict[str, Any] = {name: _PerThread() for name in ("verb", "url", "input", "headers", "stream")}
    return type(f"PerThread{base.__name__}", (base,), {**fields, "__init__": __init__})


def share_across_threads(client: Github) -> Github:
    """Make a PyGithub client safe to share between the pass's worker threads, and return it.

    PyGithub 2.x sends a request in two calls on one connection object that all threads share:
    `request()` stores the verb, URL, body and headers on it, `getresponse()` sends them. A thread
    switch in between sends one thread's request for the other, and each gets the wrong answer
    (PyGithub/PyGithub#2052). Here those parts are kept per thread; the session's connection pool
    stays shared. A client derived later (`withLazy`, `withAuth`) needs its own call.
    """
    requester = client.requester
    attribute = "_Requester__connectionClass"
    base = getattr(requester, attribute, None)
    if not isinstance(base, type) or not hasattr(base, "getresponse"):
        raise TypeError(f"PyGithub's Requester has no {attribute} any more: check whether PyGithub is thread-safe "
                        "now, and adapt share_across_threads")
    if not base.__name__.startswith("PerThread"):
        setattr(requester, attribute, _per_thread_connection(base))
        made = "_Requester__connection"
        connection = getattr(requester, made, None)
        if connection is not None:  # made before: the next request makes a per-thread one
            connection.close()
            setattr(requester, made, None)
    return client


# --- Errors --------------------------------------------------------------------------------------------

@contextmanager
def map_exceptions(on_status: Callable[[GithubException], OrchestratorError],
                   on_network: Callable[[OSError], OrchestratorError] | None = None) -> Iterator[None]:
    """Turn PyGithub's exceptions into ours at the edge: an answer GitHub gave (`GithubException`)
    through `on_status`, a connection error or timeout (requests' are OSErrors) through `on_network`
    when given (else it passes, as a bug would)."""
    try:
        yield
    except GithubException as exc:
        raise on_status(exc) from None
    except OSError as exc:
        if on_network is None:
            raise
        raise on_network(exc) from exc


def source_error(status: int, data: Any, what: str) -> SourceError:
    """A GitHub answer that is not a rate limit, as the commit source reports it."""
    message = message_of(data) or f"HTTP {status}"
    if status == 401:
        return SourceError(f"GitHub refused the token while {what} ({message}): check GITHUB_TOKEN", retryable=False,
                           status="forbidden")
    if status in (403, 451):
        return SourceError(f"no access while {what}: GitHub answered {status} ({message}); the token needs read "
                           "access to this repo (a configuration problem)", retryable=False, status="forbidden")
    if status == 404:
        return SourceError(f"not found while {what}: {message}", retryable=False, status="not_found")
    return SourceError(f"GitHub answered {status} while {what}: {message}", retryable=status >= 500 or status == 408)


# --- REST requests, usage and rate limits -------------------------------------------------------------

@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, Any]
    data: Any


class RateLimitWaits:
    """How long to wait out a rate-limit answer, within one bounded budget for the run.

    A 429, or a 403 that is a rate limit (GitHub's message, `Retry-After`, or `X-RateLimit-Remaining: 0`),
    on any request, read or write, is waited out: `Retry-After`, else the primary limit's reset, else at
    least `min_wait` seconds (GitHub documents a minute), then the request is sent again. GitHub did not
    carry out a request it answered so, so a POST is safe to repeat. Waits add up; one that would take the
    run past `budget` seconds raises RateLimited instead, and the rest waits for the next run.
    """

    def __init__(self, budget: float, *, min_wait: float = 60.0, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.time) -> None:
        self.budget = budget
        self.min_wait = min_wait
        self.sleep = sleep
        self.clock = clock
        self.waited = 0.0
        self._lock = threading.Lock()

    def wait_for(self, status: int, headers: dict[str, Any], data: Any, what: str) -> bool:
        """Wait before sending again, if the answer was a rate limit (True); False if it was not one."""
        if status not in (403, 429):
            return False
        headers = {str(k).lower(): v for k, v in headers.items()}
        message = message_of(data)
        retry_after = number(headers.get("retry-after"))
        reset = number(headers.get("x-ratelimit-reset"))
        primary = number(headers.get("x-ratelimit-remaining")) == 0 or Requester.isPrimaryRateLimitError(message)
        secondary = status == 429 or retry_after is not None or Requester.isSecondaryRateLimitError(message)
        if not primary and not secondary:
            return False
        now = self.clock()
        if retry_after is not None:
            wait = max(retry_after, 0.0)
        elif primary and reset:
            wait = max(reset - now, 0.0) + 1
        else:
            wait = self.min_wait
        kind = "primary" if primary else "secondary"
        with self._lock:
            if self.waited + wait > self.budget:
                until = reset if primary and reset and retry_after is None else now + wait
                raise RateLimited(f"GitHub's {kind} rate limit answered {status} while {what} ({message}); waiting "
                                  f"{wait:.0f} s more would pass this run's budget of {self.budget:.0f} s; stopping "
                                  f"until {clock_time(until)}, the next run carries on", reset_at=until)
            self.waited += wait
        log.warning("rate limited; waiting", extra={"seconds": wait, "while": what, "kind": kind})
        self.sleep(wait)
        return True


class GitHubRest:
    """JSON requests through a PyGithub client's requester, counted, within GitHub's rate limits.

    The client must not wait out rate limits itself (PyGithub's default retry may sleep for an hour):
    build it with `retry=None`, or a bounded urllib3 `Retry` for 5xx on GET only. Rate-limit answers
    are waited out through `waits` (see `RateLimitWaits`); past its budget RateLimited is raised, and the
    pass stops with every checkpoint intact.
    """

    def __init__(self, client: Github, usage: dict[str, int], lock: threading.Lock, *, waits: RateLimitWaits) -> None:
        self.client = client
        self._usage = usage  # the adapter's counters: requests, conditional_304, rate_limit_*...
        self._lock = lock
        self._waits = waits
        self._clock = waits.clock
        self._limits: dict[str, tuple[int, float]] = {}  # per resource: remaining, reset (epoch)

    def _add(self, counter: str, n: int = 1) -> None:
        with self._lock:
            self._usage[counter] += n

    def request(self, verb: str, url: str, *, what: str, params: dict[str, Any] | None = None,
                etag: str | None = None, body: Any = None, resource: str = "core") -> Reply:
        while True:
            self._respect_known_limit(resource, what)
            headers = {"If-None-Match": etag} if etag else {}
            try:
                status, response_headers, text = self.client.requester.requestJson(verb, url, params, headers, body)
            except GithubException as exc:  # raised by a retry policy given to the client
                status, response_headers, text = exc.status, dict(exc.headers or {}), json.dumps(exc.data)
            except OSError as exc:  # requests' connection errors and timeouts are OSErrors
                raise SourceError(f"GitHub could not be reached while {what}: {type(exc).__name__}") from exc
            self._count(status, response_headers)
            data = _json(text)
            if status < 400:
                return Reply(status, response_headers, data)
            if not self._waits.wait_for(status, response_headers, data, what):
                raise source_error(status, data, what)
            self._add("rate_limit_waits")
            self._limits.pop(resource, None)  # waited for the reset: the next answer says what is left

    def _count(self, status: int, headers: dict[str, Any]) -> None:
        with self._lock:
            self._usage["requests"] += 1
            remaining = number(headers.get("x-ratelimit-remaining"))
            if status == 304:
                self._usage["conditional_304"] += 1
            elif not (status in (403, 429) and remaining == 0):  # GitHub does not count what it refuses
                self._usage["rate_limit_counted"] += 1
            if remaining is not None:
                resource = str(headers.get("x-ratelimit-resource", "core"))
                self._limits[resource] = (int(remaining), number(headers.get("x-ratelimit-reset")) or 0.0)
                if resource == "core":
                    self._usage["rate_limit_remaining"] = int(remaining)

    def _respect_known_limit(self, resource: str, what: str) -> None:
        """Do not send what GitHub has said it will refuse: wait for the reset within the budget, or stop."""
        remaining, reset = self._limits.get(resource, (1, 0.0))
        wait = reset - self._clock()
        if remaining > 0 or wait <= 0:
            return
        self._waits.wait_for(403, {"x-ratelimit-remaining": 0, "x-ratelimit-reset": reset},
                             {"message": f"GitHub's {resource} rate limit is spent"}, what)
        self._add("rate_limit_waits")
        self._limits[resource] = (1, 0.0)


# --- The ETag cache -----------------------------------------------------------------------------------

class EtagCache:
    """Per watched repo: its branch head with the ETag that answered it, and the repo's metadata, so an
    unchanged repo costs one conditional request (a 304, free against the rate limit)."""

    def __init__(self, store: BlobStore) -> None:
        self.store = store

    def load(self, repo: str) -> dict[str, Any]:
        try:
            found = read_json(self.store, keys.etags(repo))
        except StateCorrupt as exc:
            # Only a cache: a bad one costs a full request, and the next write replaces it.
            log.warning("etag cache unreadable; ignoring it", extra={"repo": repo, "error": str(exc)})
            return {}
        if found is None:
            return {}
        value = {k: v for k, v in found[0].items() if k != "schema"}
        if not isinstance(value.get("full_name"), str):
            return {}
        if not all(isinstance(value.get(k), str) for k in ("branch", "sha", "committed_at", "etag")):
            for k in ("branch", "sha", "committed_at", "etag"):
                value.pop(k, None)  # without all of them the ETag cannot stand for a head
        return value

    def save(self, repo: str, cached: dict[str, Any]) -> None:
        if "full_name" in cached:  # written only after the repo was read; `load` checks the branch part
            write_json(self.store, keys.etags(repo), {**cached, "repo": repo})


# --- Small helpers ------------------------------------------------------------------------------------

def clock_time(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")


def number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _json(text: str) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return {"message": text[:200]}


def message_of(data: Any) -> str:
    return str(data.get("message") or "") if isinstance(data, dict) else ""


def next_link(headers: dict[str, Any]) -> str | None:
    match = re.search(r'<([^>]+)>;\s*rel="next"', str(headers.get("link", "")))
    return match.group(1) if match else None
