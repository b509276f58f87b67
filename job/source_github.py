"""The GitHub commit source: the commits since a checkpoint through the REST compare API, paged, each with
its files; an ETag cache so that an unchanged repo costs one conditional request (a 304, free against the
rate limit); an optional GraphQL prefetch of up to 100 heads a query. It also reads dependents' files,
each once per source (one pass).

Per-commit files cost one request a commit. They are read where the net diff needs them (a range from the
root commit, or past compare's 300 files); elsewhere only with `commit_links=True`, to link each file to
the commits that changed it. Without them a changed repo costs one compare request (per 250 commits), and
the issues list the range's commits rather than those that touched the evidence.

Every GitHub failure becomes a SourceError (or RateLimited) here, and this module knows nothing of
checkpoints beyond the `Since` it is given.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import re
import threading
import time
from collections.abc import Callable, Container
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from github import Github, GithubException
from github.Requester import Requester

from job.errors import RateLimited, SourceError, StateCorrupt
from job.model import ChangeType, Commit, Fetch, FileChange
from job.ports import BlobStore, Since
from job.state import read_json, write_json

log = logging.getLogger("job.source.github")

COMPARE_PAGE = 250  # commits per compare page, GitHub's default
COMPARE_FILES = 300  # GitHub's compare lists at most this many files for a whole comparison
LIST_PAGE = 100
GRAPHQL_BATCH = 100
CACHE_PREFIX = "cache/etags"

_NAME = re.compile(r"[A-Za-z0-9_.-]+")
_CHANGE_TYPES: dict[str, ChangeType] = {
    "added": "A", "copied": "A", "removed": "D", "modified": "M", "changed": "M", "renamed": "R",
}
_HEAD_FIELDS = "name target { oid ... on Commit { committedDate } }"


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


@dataclass(frozen=True)
class _Head:
    """Where a watched branch is now, and what the repo around it is."""

    branch: str
    sha: str
    committed_at: datetime
    full_name: str  # the repo's current name: after a rename, not the configured one
    web_url: str
    archived: bool
    default_branch: str
    private: bool = False  # private or internal: issues about it quote nothing of it


@dataclass(frozen=True)
class _Start:
    """Where the range begins. `compare_base` is what compare is asked with: the checkpoint itself after
    a force-push, so commits it already covered stay out; `base` is then the merge base."""

    base: str | None
    notes: tuple[str, ...] = ()
    baseline: bool = False
    compare_base: str | None = None
    first_page: dict[str, Any] | None = None


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: dict[str, Any]
    data: Any


class GitHubCommitSource:
    """`CommitSource` and `RepoFiles` over GitHub's API, through a ready PyGithub client.

    The client must not wait out rate limits itself (PyGithub's default retry may sleep for an hour):
    build it with `retry=None`, or a bounded urllib3 `Retry` for 5xx on GET only. This source waits once
    for a `Retry-After` or reset up to `max_wait` seconds, through `sleep`; beyond that it raises
    RateLimited, and the pass stops with every checkpoint intact.
    """

    def __init__(
        self,
        client: Github,
        cache: BlobStore,
        *,
        max_wait: float = 60.0,
        max_commit_details: int = 500,
        commit_links: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._cache = cache
        self._max_wait = max_wait
        self._max_details = max_commit_details
        self._commit_links = commit_links
        self._sleep = sleep
        self._clock = clock
        self._heads: dict[tuple[str, str | None], _Head] = {}
        self._limits: dict[str, tuple[int, float]] = {}  # per resource: remaining, reset (epoch)
        self._seen_repos: set[str] = set()
        self._files: dict[tuple[str, str, int], str | None] = {}  # dependents' files read in this pass
        self._usage = dict.fromkeys(
            ("requests", "conditional_304", "rate_limit_counted", "graphql_requests", "graphql_failures",
             "prefetched_heads", "commit_details", "ranges_without_commit_links", "file_reads_reused",
             "rate_limit_waits"), 0)
        self._usage["rate_limit_remaining"] = -1
        self._lock = threading.Lock()  # the pass fetches several repos at once

    def describe(self) -> str:
        return f"GitHub API at {self._client.requester.base_url} (ETags cached in {self._cache.describe()})"

    def usage(self) -> dict[str, int]:
        with self._lock:
            return dict(self._usage)

    def _add(self, counter: str, n: int = 1) -> None:
        with self._lock:
            self._usage[counter] += n

    # --- The heads of many repos at once --------------------------------------------------------------

    def prefetch_heads(self, repos: list[tuple[str, str | None]]) -> None:
        """Learn the heads of watched repos with one GraphQL query per 100, so that `fetch` of a repo
        whose head is its checkpoint makes no request at all. Repos it cannot resolve (missing, no
        access, unknown branch) are left to `fetch`, which tells the cases apart over REST."""
        wanted = [(r, b) for r, b in dict.fromkeys(repos) if _valid_name(r)]
        for start in range(0, len(wanted), GRAPHQL_BATCH):
            chunk = wanted[start:start + GRAPHQL_BATCH]
            query, variables = _heads_query(chunk)
            self._add("graphql_requests")
            try:
                reply = self._request("POST", self._client.requester.graphql_url, resource="graphql",
                                      body={"query": query, "variables": variables},
                                      what=f"reading the heads of {len(chunk)} watched repos (GraphQL)")
            except SourceError as exc:
                # Only an optimisation failed: each fetch still reads its head over REST.
                self._add("graphql_failures")
                log.warning("head prefetch failed", extra={"error": str(exc), "repos": len(chunk)})
                continue
            data = (reply.data or {}).get("data") or {}
            for index, (repo, branch) in enumerate(chunk):
                head = _graphql_head(data.get(f"r{index}"), branch)
                if head is not None:
                    self._heads[_key(repo, branch)] = head
                    self._add("prefetched_heads")

    # --- Commits since a point -----------------------------------------------------------------------

    def fetch(self, repo: str, branch: str | None, since: Since, max_commits: int) -> Fetch:
        if max_commits < 1:
            raise ValueError(f"max_commits must be at least 1, not {max_commits}")
        if not _valid_name(repo):
            raise SourceError(f"watched repo {repo!r} is not of the form owner/name", retryable=False)
        head = self._head(repo, branch)
        notes = []
        if head.full_name.lower() != repo.lower():
            notes.append(f"{repo} was renamed to {head.full_name}: update the config")
        if head.archived:
            notes.append(f"{repo} is archived (read-only): no new commits will come; consider unwatching it")
        if branch is None and head.default_branch and head.default_branch != head.branch:
            notes.append(f"the default branch of {repo} is now {head.default_branch}; this pass read {head.branch}")
        start = self._start(repo, head, since)
        notes.extend(start.notes)
        if start.baseline or start.base == head.sha:
            return Fetch(repo, head.branch, start.base, head.sha, head.committed_at, notes=tuple(notes),
                         baseline=start.baseline, web_url=head.web_url, private=head.private)
        return self._fetch_range(repo, head, start, max_commits, notes)

    def _head(self, repo: str, branch: str | None) -> _Head:
        """The branch head: from the prefetch, else one conditional request against the cached ETag."""
        prefetched = self._heads.pop(_key(repo, branch), None)
        if prefetched is not None:
            return prefetched
        cached = self._load(repo)
        meta_read = False
        name = branch or cached.get("default_branch")
        if name is None:
            self._read_meta(repo, cached)
            meta_read, name = True, cached["default_branch"]
        etag = cached.get("etag") if cached.get("branch") == name else None
        api = cached.get("full_name") or repo
        what = f"reading branch {name!r} of {repo}"
        try:
            reply = self._request("GET", f"/repos/{api}/branches/{quote(name, safe='')}", etag=etag, what=what)
        except SourceError as exc:
            if exc.status != "not_found":
                raise
            self._read_meta(repo, cached)  # GitHub answers 404 for a missing repo and for a missing branch
            self._save(repo, cached)
            if branch is None and cached["default_branch"] != name:
                return self._head(repo, None)  # the default branch was renamed or replaced
            raise SourceError(f"branch {name!r} does not exist in {repo}", retryable=False,
                              status="branch_not_found") from None
        if reply.status != 304:
            commit = reply.data["commit"]
            moved = commit["sha"] != cached.get("sha")
            cached.update(branch=name, etag=str(reply.headers.get("etag", "")), sha=commit["sha"],
                          committed_at=_instant(commit["commit"]["committer"]["date"]).isoformat())
            # The repo's name, archive flag and default branch are re-read only when the head moved.
            if (moved and not meta_read) or "full_name" not in cached or "private" not in cached:
                self._read_meta(repo, cached)
            self._save(repo, cached)
        return _Head(cached["branch"], cached["sha"], datetime.fromisoformat(cached["committed_at"]),
                     cached.get("full_name", repo), cached.get("web_url", ""), bool(cached.get("archived")),
                     cached.get("default_branch", ""), bool(cached.get("private", True)))

    def _read_meta(self, repo: str, cached: dict[str, Any]) -> None:
        etag = cached.get("repo_etag") if "full_name" in cached else None
        try:
            reply = self._request("GET", f"/repos/{cached.get('full_name') or repo}", etag=etag, what=f"reading {repo}")
        except SourceError as exc:
            if exc.status != "not_found":
                raise
            raise SourceError(f"repository {repo} does not exist, or the token cannot see it (GitHub answers 404 "
                              "for both)", retryable=False, status="not_found") from None
        if reply.status != 304:
            data = reply.data
            cached.update(full_name=data["full_name"], web_url=data["html_url"], archived=bool(data.get("archived")),
                          default_branch=data["default_branch"], repo_etag=str(reply.headers.get("etag", "")),
                          private=bool(data.get("private")) or data.get("visibility", "public") != "public")

    def _start(self, repo: str, head: _Head, since: Since) -> _Start:
        if since.sha is None:
            if since.date is None:
                return _Start(None, baseline=True)
            return _Start(self._base_after(repo, head, _instant(since.date, "since date")))
        if since.sha == head.sha:
            return _Start(head.sha)
        short, on = since.sha[:7], f"branch {head.branch}"
        try:
            first = self._compare(repo, head, since.sha, head.sha, 1)
        except SourceError as exc:
            if exc.status != "not_found":
                raise
            why = f"checkpoint {short} shares no history with {on} (force-push?)" if "common ancestor" in str(exc) \
                else f"checkpoint {short} cannot be found on {on} (force-push?)"
            if since.time:
                base = self._base_after(repo, head, _instant(since.time, "checkpoint time"))
                return _Start(base, (f"{why}; continuing from the commits after its time {since.time}",))
            return _Start(None, (f"{why} and has no time; starting a new baseline at {head.sha[:7]}",), True)
        if first["status"] == "identical":
            return _Start(head.sha)
        if first["status"] == "ahead":
            return _Start(since.sha, compare_base=since.sha, first_page=first)
        fork = first["merge_base_commit"]["sha"]
        note = f"checkpoint {short} is no longer on {on} (force-push?); continuing from merge base {fork[:7]}"
        return _Start(fork, (note,), compare_base=since.sha, first_page=first)

    def _base_after(self, repo: str, head: _Head, instant: datetime) -> str | None:
        """The base of the commits committed after `instant`: the first parent of the oldest (None for a
        root commit), or the head itself when there are none (as the git source does)."""
        after = datetime.fromtimestamp(math.floor(instant.timestamp()) + 1, UTC)
        listed = self._list_commits(repo, head, since=after)
        if not listed:
            return head.sha
        parents = listed[-1]["parents"]
        return str(parents[0]["sha"]) if parents else None

    def _fetch_range(self, repo: str, head: _Head, start: _Start, max_commits: int, notes: list[str]) -> Fetch:
        base = start.base
        if base is None:
            # Compare needs a base: a range from the root comes from the commit listing instead.
            entries = _oldest_first(list(reversed(self._list_commits(repo, head))))
            total, files = len(entries), []
        else:
            first = start.first_page or self._compare(repo, head, start.compare_base or base, head.sha, 1)
            total, files = int(first["total_commits"]), list(first["files"])
            entries = self._range_entries(repo, head, start.compare_base or base, base, first, total, max_commits, notes)
        if not entries:
            raise SourceError(f"GitHub reported {total} new commits in {repo} but listed none")
        tip = head.sha
        if len(entries) > max_commits or total > len(entries):
            tip = _capped_head(base, entries, max_commits)
            keep = _ancestry(tip, entries)
            entries = [e for e in entries if e["sha"] in keep]
            if base is not None and tip != head.sha:
                files = list(self._compare(repo, head, start.compare_base or base, tip, 1)["files"])
        remaining = total - len(entries)
        if remaining > 0:
            notes.append(f"backlog of {total} commits on {head.branch}: processed the oldest {len(entries)}, "
                         f"{remaining} left for the next passes")
        if len(entries) > max_commits:
            notes.append(f"processed {len(entries)} commits, past the cap of {max_commits}, so that the checkpoint "
                         "covers a whole merge")
        details = self._details(head, base, entries, files, notes)
        net = [c for c in map(_file_change, files) if c is not None]
        if base is None or len(files) >= COMPARE_FILES:
            known = {f["filename"] for f in files} | {f["previous_filename"] for f in files if "previous_filename" in f}
            extra, undiffed = _net_from_commits(entries, details, known)
            net.extend(extra)
            without = f", {undiffed} of them without a diff (changed by several commits)" if undiffed else ""
            notes.append("the range starts at the root commit: its net diff comes from the per-commit files" + without
                         if base is None else f"GitHub's compare lists at most {COMPARE_FILES} changed files: "
                         f"{len(extra)} more came from the per-commit files" + without)
        no_patch = [f["filename"] for f in files if "patch" not in f and f.get("changes")]
        if no_patch:
            notes.append(f"GitHub gave no diff for {len(no_patch)} large files: {', '.join(no_patch[:5])}")
        commits = tuple(_commit(e, details.get(e["sha"])) for e in entries)
        tip_time = head.committed_at if tip == head.sha else commits[-1].committed_at
        compare_url = f"{head.web_url}/compare/{base}...{tip}" if head.web_url and base and commits else ""
        return Fetch(repo, head.branch, base, tip, tip_time, commits, tuple(net), tuple(notes), remaining,
                     compare_url=compare_url, web_url=head.web_url, private=head.private)

    def _range_entries(self, repo: str, head: _Head, compare_base: str, base: str, first: dict[str, Any],
                       total: int, cap: int, notes: list[str]) -> list[dict[str, Any]]:
        """The range's commits, oldest first: compare pages until the cap is covered by a commit that
        descends from base; if compare stops paging short, the commit listing gives the rest."""
        entries = list(first["commits"])
        seen = {e["sha"] for e in entries}
        page = 1
        while len(entries) < total and not _covers(base, entries, cap):
            page += 1
            more = [e for e in self._compare(repo, head, compare_base, head.sha, page)["commits"] if e["sha"] not in seen]
            if not more:
                break
            entries.extend(more)
            seen.update(e["sha"] for e in more)
        if len(entries) < total and not _covers(base, entries, cap):
            compared = len(entries)
            listed = self._list_commits(repo, head, stop={*seen, base, compare_base}, limit=total - compared)
            entries = _oldest_first(entries + listed)
            notes.append(f"GitHub's compare gave {compared} of the {total} commits; the other {len(listed)} came "
                         "from the commit listing")
            if len(entries) < total:
                notes.append(f"only {len(entries)} of the {total} commits in the range could be read")
        return entries

    def _details(self, head: _Head, base: str | None, entries: list[dict[str, Any]], files: list[dict[str, Any]],
                 notes: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Per-commit files: one request a commit (up to the cap), none for a lone commit whose files the
        compare already gave, and none when the compare's files are the whole net diff and commit links
        are not asked for."""
        complete = base is not None and len(files) < COMPARE_FILES
        if complete and len(entries) == 1 and [p["sha"] for p in entries[0]["parents"]] == [base]:
            return {entries[0]["sha"]: files}
        if complete and not self._commit_links:
            self._add("ranges_without_commit_links")
            return {}
        details = {e["sha"]: self._commit_files(head, e["sha"]) for e in entries[:self._max_details]}
        if len(entries) > len(details):
            notes.append(f"files were read for the oldest {len(details)} of {len(entries)} commits (the cap is "
                         f"{self._max_details}); the newer ones list none")
        return details

    def _commit_files(self, head: _Head, sha: str) -> list[dict[str, Any]]:
        files: list[dict[str, Any]] = []
        url: str | None = f"/repos/{head.full_name}/commits/{sha}"
        while url:  # past 300 files GitHub pages a commit's files with Link headers
            self._add("commit_details")
            reply = self._request("GET", url, what=f"reading commit {sha[:7]} of {head.full_name}")
            files.extend(reply.data.get("files") or [])
            url = _next_link(reply.headers)
        return files

    def _compare(self, repo: str, head: _Head, base: str, tip: str, page: int) -> dict[str, Any]:
        reply = self._request("GET", f"/repos/{head.full_name}/compare/{quote(base, safe='')}...{quote(tip, safe='')}",
                              params={"per_page": COMPARE_PAGE, "page": page},
                              what=f"comparing {base[:7]}...{tip[:7]} in {repo}")
        return dict(reply.data)

    def _list_commits(self, repo: str, head: _Head, *, since: datetime | None = None, stop: Container[str | None] = (),
                      limit: int | None = None) -> list[dict[str, Any]]:
        """Commits reachable from the head, newest first, up to one in `stop` or `limit` of them."""
        params: dict[str, Any] = {"sha": head.sha, "per_page": LIST_PAGE}
        if since is not None:
            params["since"] = since.strftime("%Y-%m-%dT%H:%M:%SZ")
        out: list[dict[str, Any]] = []
        url: str | None = f"/repos/{head.full_name}/commits"
        while url:
            reply = self._request("GET", url, params=params, what=f"listing the commits of {repo}")
            params = {}  # the next link carries them
            for entry in reply.data or []:
                if entry["sha"] in stop or (limit is not None and len(out) >= limit):
                    return out
                out.append(entry)
            url = _next_link(reply.headers)
        return out

    # --- Dependents' files ---------------------------------------------------------------------------

    def read_files(self, repo: str, paths: tuple[str, ...], max_bytes: int) -> dict[str, str | None]:
        """The files at the dependent's default branch (None: missing). Each is read once per source: triage
        and the pass both ask for the same files within a pass."""
        if not _valid_name(repo):
            raise SourceError(f"repo {repo!r} is not of the form owner/name", retryable=False)
        out = {}
        for path in paths:
            key = (repo.lower(), path, max_bytes)
            if key in self._files:
                self._add("file_reads_reused")
            else:
                self._files[key] = self._read_file(repo, path, max_bytes)
            out[path] = self._files[key]
        return out

    def _read_file(self, repo: str, path: str, max_bytes: int) -> str | None:
        url = f"/repos/{repo}/contents/{quote(path.strip('/'))}"
        try:
            reply = self._request("GET", url, what=f"reading {path} in {repo}")
        except SourceError as exc:
            if exc.status != "not_found":
                raise
            if repo.lower() not in self._seen_repos:  # a 404 is a missing file only if the repo is there
                self._read_meta(repo, {})
                self._seen_repos.add(repo.lower())
            return None
        self._seen_repos.add(repo.lower())
        data = reply.data
        if not isinstance(data, dict) or data.get("type") != "file":
            return None  # a folder or a submodule is not a file
        if data.get("encoding") == "base64":
            raw = base64.b64decode(data.get("content") or "")
        else:  # over 1 MB the contents API leaves the content out; the blob API has it
            blob = self._request("GET", f"/repos/{repo}/git/blobs/{data['sha']}", what=f"reading {path} in {repo}")
            raw = base64.b64decode(blob.data.get("content") or "")
        return _text(raw, max_bytes)

    # --- Requests, limits and errors -------------------------------------------------------------------

    def _request(self, verb: str, url: str, *, what: str, params: dict[str, Any] | None = None,
                 etag: str | None = None, body: Any = None, resource: str = "core") -> _Reply:
        for attempt in (1, 2):
            self._respect_known_limit(resource, what)
            headers = {"If-None-Match": etag} if etag else {}
            try:
                status, response_headers, text = self._client.requester.requestJson(verb, url, params, headers, body)
            except GithubException as exc:  # raised by a retry policy given to the client
                status, response_headers, text = exc.status, dict(exc.headers or {}), json.dumps(exc.data)
            except OSError as exc:  # requests' connection errors and timeouts are OSErrors
                raise SourceError(f"GitHub could not be reached while {what}: {type(exc).__name__}") from exc
            self._count(status, response_headers)
            data = _json(text)
            if status < 400:
                return _Reply(status, response_headers, data)
            wait = self._rate_limit_wait(status, response_headers, data, what, retried=attempt == 2)
            if wait is None:
                raise _error(status, data, what)
            self._add("rate_limit_waits")
            log.warning("rate limited; waiting", extra={"seconds": wait, "while": what})
            self._sleep(wait)
            self._limits.pop(resource, None)  # waited for the reset: the next answer says what is left
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _count(self, status: int, headers: dict[str, Any]) -> None:
        with self._lock:
            self._count_locked(status, headers)

    def _count_locked(self, status: int, headers: dict[str, Any]) -> None:
        self._usage["requests"] += 1
        remaining = _number(headers.get("x-ratelimit-remaining"))
        if status == 304:
            self._usage["conditional_304"] += 1
        elif not (status in (403, 429) and remaining == 0):  # GitHub does not count what it refuses for the limit
            self._usage["rate_limit_counted"] += 1
        if remaining is not None:
            resource = str(headers.get("x-ratelimit-resource", "core"))
            self._limits[resource] = (int(remaining), _number(headers.get("x-ratelimit-reset")) or 0.0)
            if resource == "core":
                self._usage["rate_limit_remaining"] = int(remaining)

    def _respect_known_limit(self, resource: str, what: str) -> None:
        """Do not send what GitHub has said it will refuse: wait for a near reset, or stop."""
        remaining, reset = self._limits.get(resource, (1, 0.0))
        wait = reset - self._clock()
        if remaining > 0 or wait <= 0:
            return
        if wait + 1 > self._max_wait:
            raise RateLimited(f"GitHub's {resource} rate limit is spent until {_clock_time(reset)}; stopped before "
                              f"{what}", reset_at=reset)
        self._add("rate_limit_waits")
        self._sleep(wait + 1)
        self._limits[resource] = (1, 0.0)

    def _rate_limit_wait(self, status: int, headers: dict[str, Any], data: Any, what: str, *, retried: bool) -> float | None:
        """Seconds to wait before one retry of a rate-limited request; None if it was not rate limited.
        Raises RateLimited when the wait is unknown, too long, or was already tried."""
        if status not in (403, 429):
            return None
        message = _message(data)
        retry_after = _number(headers.get("retry-after"))
        reset = _number(headers.get("x-ratelimit-reset"))
        primary = _number(headers.get("x-ratelimit-remaining")) == 0 or Requester.isPrimaryRateLimitError(message)
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
                          f"{_clock_time(reset_at)}, the next run carries on", reset_at=reset_at)

    # --- The ETag cache -------------------------------------------------------------------------------

    def _load(self, repo: str) -> dict[str, Any]:
        try:
            found = read_json(self._cache, _cache_key(repo))
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

    def _save(self, repo: str, cached: dict[str, Any]) -> None:
        if "full_name" in cached:  # written only after the repo was read; `_load` checks the branch part
            write_json(self._cache, _cache_key(repo), {**cached, "repo": repo})


# --- Pure helpers -----------------------------------------------------------------------------------------

def _valid_name(repo: str) -> bool:
    owner, _, name = repo.partition("/")
    return all(_NAME.fullmatch(p) and p not in (".", "..") for p in (owner, name))


def _key(repo: str, branch: str | None) -> tuple[str, str | None]:
    return repo.lower(), branch


def _cache_key(repo: str) -> str:
    owner, name = repo.lower().split("/", 1)
    return f"{CACHE_PREFIX}/{owner}/{name}.json"


def _instant(text: str, what: str = "GitHub's date") -> datetime:
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise SourceError(f"{what} {text!r} is not an ISO date or datetime", retryable=False) from None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def _clock_time(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")


def _number(value: Any) -> float | None:
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


def _message(data: Any) -> str:
    return str(data.get("message") or "") if isinstance(data, dict) else ""


def _error(status: int, data: Any, what: str) -> SourceError:
    message = _message(data) or f"HTTP {status}"
    if status == 401:
        return SourceError(f"GitHub refused the token while {what} ({message}): check GITHUB_TOKEN", retryable=False,
                           status="forbidden")
    if status in (403, 451):
        return SourceError(f"no access while {what}: GitHub answered {status} ({message}); the token needs read "
                           "access to this repo (a configuration problem)", retryable=False, status="forbidden")
    if status == 404:
        return SourceError(f"not found while {what}: {message}", retryable=False, status="not_found")
    return SourceError(f"GitHub answered {status} while {what}: {message}", retryable=status >= 500 or status == 408)


def _next_link(headers: dict[str, Any]) -> str | None:
    match = re.search(r'<([^>]+)>;\s*rel="next"', str(headers.get("link", "")))
    return match.group(1) if match else None


def _heads_query(chunk: list[tuple[str, str | None]]) -> tuple[str, dict[str, str]]:
    """One GraphQL query for the heads of up to 100 repos; names travel as variables, never as text."""
    declarations, fields, variables = [], [], {}
    for index, (repo, branch) in enumerate(chunk):
        owner, name = repo.split("/", 1)
        declarations += [f"$o{index}: String!", f"$n{index}: String!"]
        variables[f"o{index}"], variables[f"n{index}"] = owner, name
        ref = ""
        if branch is not None:
            declarations.append(f"$b{index}: String!")
            variables[f"b{index}"] = f"refs/heads/{branch}"
            ref = f" ref(qualifiedName: $b{index}) {{ {_HEAD_FIELDS} }}"
        fields.append(f"r{index}: repository(owner: $o{index}, name: $n{index}) {{ nameWithOwner url isArchived isPrivate "
                      f"defaultBranchRef {{ {_HEAD_FIELDS} }}{ref} }}")
    return f"query({', '.join(declarations)}) {{ {' '.join(fields)} }}", variables


def _graphql_head(node: Any, branch: str | None) -> _Head | None:
    if not isinstance(node, dict):
        return None
    ref = node.get("ref") if branch is not None else node.get("defaultBranchRef")
    target = (ref or {}).get("target") or {}
    if not ref or "oid" not in target or "committedDate" not in target:
        return None
    default = (node.get("defaultBranchRef") or {}).get("name", "")
    return _Head(ref["name"], target["oid"], _instant(target["committedDate"]), node["nameWithOwner"], node["url"],
                 bool(node.get("isArchived")), default, bool(node.get("isPrivate", True)))


def _oldest_first(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Commits with every parent before its children, otherwise in the order given."""
    by_sha = {e["sha"]: e for e in entries}
    out: list[dict[str, Any]] = []
    placed: set[str] = set()
    for entry in entries:
        stack = [(entry, False)]
        while stack:
            current, ready = stack.pop()
            if ready:
                out.append(current)
            elif current["sha"] not in placed:
                placed.add(current["sha"])
                stack.append((current, True))
                stack.extend((by_sha[p["sha"]], False) for p in reversed(current["parents"])
                             if p["sha"] in by_sha and p["sha"] not in placed)
    return out


def _descendants(base: str | None, entries: list[dict[str, Any]]) -> set[str]:
    """The shas in `entries` that descend from base (all of them when the range starts at the root)."""
    if base is None:
        return {e["sha"] for e in entries}
    found = {base}
    for entry in _oldest_first(entries):
        if any(p["sha"] in found for p in entry["parents"]):
            found.add(entry["sha"])
    return found - {base}


def _covers(base: str | None, entries: list[dict[str, Any]], cap: int) -> bool:
    """Whether `entries` hold a commit to stop a capped pass at: one that descends from base."""
    return len(entries) >= cap and bool(_descendants(base, entries))


def _capped_head(base: str | None, entries: list[dict[str, Any]], cap: int) -> str:
    """Where a capped pass stops: the newest of the oldest `cap` commits that descends from base, so the
    next range (from there) holds none of the commits processed now; past the cap if a merge needs it."""
    descendants = _descendants(base, entries)
    shas = [str(e["sha"]) for e in entries]
    within = [sha for sha in shas[:cap] if sha in descendants]
    return within[-1] if within else next((sha for sha in shas if sha in descendants), shas[min(cap, len(shas)) - 1])


def _ancestry(tip: str, entries: list[dict[str, Any]]) -> set[str]:
    by_sha = {e["sha"]: e for e in entries}
    found, todo = set(), [tip]
    while todo:
        sha = todo.pop()
        if sha in by_sha and sha not in found:
            found.add(sha)
            todo.extend(p["sha"] for p in by_sha[sha]["parents"])
    return found


def _file_change(f: dict[str, Any]) -> FileChange | None:
    kind = _CHANGE_TYPES.get(str(f.get("status")))
    if kind is None:
        return None  # "unchanged": listed by GitHub, changed nothing
    patch = f.get("patch")
    diff = patch + "\n" if patch and not patch.endswith("\n") else patch or ""
    # GitHub leaves the patch out of binary files, which also count no changed lines.
    binary = patch is None and not f.get("changes") and kind != "R"
    return FileChange(f["filename"], kind, diff, f.get("previous_filename") if kind == "R" else None, binary)


def _net_from_commits(entries: list[dict[str, Any]], details: dict[str, list[dict[str, Any]]],
                      known: set[str]) -> tuple[list[FileChange], int]:
    """Net changes of the files compare left out, from per-commit files: exact for a file one commit
    changed; for a file several commits changed, its kind without a diff. Returns them and that count."""
    touched: dict[str, list[FileChange]] = {}
    for entry in entries:
        for change in filter(None, map(_file_change, details.get(entry["sha"], []))):
            if change.path not in known:
                touched.setdefault(change.path, []).append(change)
    out, undiffed = [], 0
    for path, changes in touched.items():
        if len(changes) == 1:
            out.append(changes[0])
            continue
        first, last = changes[0], changes[-1]
        if first.change_type == "A" and last.change_type == "D":
            continue  # added and removed inside the range: no net change
        kind: ChangeType = "A" if first.change_type == "A" else last.change_type
        out.append(FileChange(path, kind, "", last.old_path if kind == "R" else None))
        undiffed += 1
    return out, undiffed


def _commit(entry: dict[str, Any], files: list[dict[str, Any]] | None) -> Commit:
    data = entry["commit"]
    author = (data.get("author") or {}).get("name") or (entry.get("author") or {}).get("login") or ""
    return Commit(
        sha=entry["sha"],
        message=data.get("message") or "",
        author=author,
        committed_at=_instant(data["committer"]["date"]),
        url=entry.get("html_url") or "",
        files=tuple(c for c in map(_file_change, files or []) if c is not None),
        parents=tuple(p["sha"] for p in entry["parents"]),
    )


def _text(raw: bytes, max_bytes: int) -> str:
    """UTF-8 text of at most `max_bytes`; a cut inside a character drops that character."""
    if len(raw) <= max_bytes:
        return raw.decode("utf-8", "replace")
    cut = raw[:max_bytes]
    for trim in range(4):
        try:
            return cut[: len(cut) - trim].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return cut.decode("utf-8", "replace")
