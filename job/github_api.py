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


class GitHubRest:
    """JSON requests through a PyGithub client's requester, counted, within GitHub's rate limits.

    The client must not wait out rate limits itself (PyGithub's default retry may sleep for an hour):
    build it with `retry=None`, or a bounded urllib3 `Retry` for 5xx on GET only. This waits once
    for a `Retry-After` or reset up to `max_wait` seconds, through `sleep`; beyond that it raises
    RateLimited, and the pass stops with every checkpoint intact.
    """

    def __init__(self, client: Github, usage: dict[str, int], lock: threading.Lock, *, max_wait: float,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self._usage = usage  # the adapter's counters: requests, conditional_304, rate_limit_*...
        self._lock = lock
        self._max_wait = max_wait
        self._sleep = sleep
        self._clock = clock
        self._limits: dict[str, tuple[int, float]] = {}  # per resource: remaining, reset (epoch)

    def _add(self, counter: str, n: int = 1) -> None:
        with self._lock:
            self._usage[counter] += n

    def request(self, verb: str, url: str, *, what: str, params: dict[str, Any] | None = None,
                etag: str | None = None, body: Any = None, resource: str = "core") -> Reply:
        for attempt in (1, 2):
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
            wait = self._rate_limit_wait(status, response_headers, data, what, retried=attempt == 2)
            if wait is None:
                raise source_error(status, data, what)
            self._add("rate_limit_waits")
            log.warning("rate limited; waiting", extra={"seconds": wait, "while": what})
            self._sleep(wait)
            self._limits.pop(resource, None)  # waited for the reset: the next answer says what is left
        raise AssertionError("unreachable: the second attempt returns or raises")

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
        """Do not send what GitHub has said it will refuse: wait for a near reset, or stop."""
        remaining, reset = self._limits.get(resource, (1, 0.0))
        wait = reset - self._clock()
        if remaining > 0 or wait <= 0:
            return
        if wait + 1 > self._max_wait:
            raise RateLimited(f"GitHub's {resource} rate limit is spent until {clock_time(reset)}; stopped before "
                              f"{what}", reset_at=reset)
        self._add("rate_limit_waits")
        self._sleep(wait + 1)
        self._limits[resource] = (1, 0.0)

    def _rate_limit_wait(self, status: int, headers: dict[str, Any], data: Any, what: str, *,
                         retried: bool) -> float | None:
        """Seconds to wait before one retry of a rate-limited request; None if it was not rate limited.
        Raises RateLimited when the wait is unknown, too long, or was already tried."""
        if status not in (403, 429):
            return None
        message = message_of(data)
        retry_after = number(headers.get("retry-after"))
        reset = number(headers.get("x-ratelimit-reset"))
        primary = number(headers.get("x-ratelimit-remaining")) == 0 or Requester.isPrimaryRateLimitError(message)
        secondary = status == 429 or retry_after is not None or Requester.isSecondaryRateLimitError(message)
        if not primary and not secondary:
            return None
        now = self._clock()
        wait = retry_after if retry_after is not None else (max(reset - now, 0) + 1 if primary and reset else None)
        if wait is not None and wait <= self._max_wait and not retried:
            return wait
        kind = "primary" if primary else "secondary"
        # Without Retry-After GitHub asks for at least a minute: the next run is soon enough.
        reset_at = reset if primary and reset and retry_after is None else now + (wait if wait is not None else 60.0)
        raise RateLimited(f"GitHub's {kind} rate limit answered {status} while {what} ({message}); stopping until "
                          f"{clock_time(reset_at)}, the next run carries on", reset_at=reset_at)


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
