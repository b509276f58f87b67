"""The GitHub commit source: the commits since a checkpoint through the REST compare API, paged, each with
its files; an ETag cache so that an unchanged repo costs one conditional request (a 304, free against the
rate limit); an optional GraphQL prefetch of up to 100 heads a query. It also reads dependents' files,
each once per source (one pass).

Per-commit files cost one request a commit. They are read where the net diff needs them (a range from the
root commit, or past compare's 300 files); elsewhere only with `commit_links=True`, to link each file to
the commits that changed it. Without them a changed repo costs one compare request (per 250 commits), and
the issues list the range's commits rather than those that touched the evidence.

Requests, rate limits, error mapping and the ETag cache are `github_api.py`'s; GitHub's JSON and the
commit graph over it are `github_commits.py`'s; where a range starts and stops is `ranges.py`'s, shared
with the git source. Every GitHub failure reaches the pass as a SourceError (or RateLimited), and this
module knows nothing of checkpoints beyond the `Since` it is given.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
from collections.abc import Callable, Container
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from github import Github

from job.changeset import may_be_cut, text_of
from job.errors import SourceError
from job.github_api import EtagCache, GitHubRest, RateLimitWaits, next_link
from job.github_commits import (
    Head,
    ancestry,
    commit_of,
    covers,
    descendants,
    file_change,
    graphql_head,
    heads_query,
    instant,
    net_from_commits,
    oldest_first,
)
from job.model import Fetch
from job.ports import BlobStore, Since
from job.ranges import (
    backlog_notes,
    capped_head,
    check_name,
    compare_url,
    first_second_after,
    lost_start,
    moved_start,
    parse_instant,
    valid_name,
)

log = logging.getLogger("job.source.github")

COMPARE_PAGE = 250  # commits per compare page, GitHub's default
COMPARE_FILES = 300  # GitHub's compare lists at most this many files for a whole comparison
LIST_PAGE = 100
GRAPHQL_BATCH = 100

@dataclass(frozen=True)
class _Start:
    """Where the range begins. `compare_base` is what compare is asked with: the checkpoint itself after
    a force-push, so commits it already covered stay out; `base` is then the merge base."""

    base: str | None
    notes: tuple[str, ...] = ()
    baseline: bool = False
    compare_base: str | None = None
    first_page: dict[str, Any] | None = None


class GitHubCommitSource:
    """`CommitSource` and `RepoFiles` over GitHub's API, through a ready PyGithub client.

    Requests go through `GitHubRest` (see there for rate limits: waits up to `max_wait` seconds in all, then
    RateLimited, and the pass stops with every checkpoint intact); heads are cached with their ETags.
    """

    def __init__(
        self,
        client: Github,
        cache: BlobStore,
        *,
        max_wait: float = 60.0,
        min_wait: float = 60.0,
        max_commit_details: int = 500,
        commit_links: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._cache = EtagCache(cache)
        self._max_details = max_commit_details
        self._commit_links = commit_links
        self._heads: dict[tuple[str, str | None], Head] = {}
        self._seen_repos: set[str] = set()
        self._files: dict[tuple[str, str], tuple[int, str | None]] = {}  # dependents' files read in this pass, with the cap
        self._usage = dict.fromkeys(
            ("requests", "conditional_304", "rate_limit_counted", "graphql_requests", "graphql_failures",
             "prefetched_heads", "commit_details", "ranges_without_commit_links", "file_reads_reused",
             "rate_limit_waits"), 0)
        self._usage["rate_limit_remaining"] = -1
        self._lock = threading.Lock()  # the pass fetches several repos at once
        self._rest = GitHubRest(client, self._usage, self._lock,
                                waits=RateLimitWaits(max_wait, min_wait=min_wait, sleep=sleep, clock=clock))
        self._request = self._rest.request

    def describe(self) -> str:
        return f"GitHub API at {self._client.requester.base_url} (ETags cached in {self._cache.store.describe()})"

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
        wanted = [(r, b) for r, b in dict.fromkeys(repos) if valid_name(r)]
        for start in range(0, len(wanted), GRAPHQL_BATCH):
            chunk = wanted[start:start + GRAPHQL_BATCH]
            query, variables = heads_query(chunk)
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
                head = graphql_head(data.get(f"r{index}"), branch)
                if head is not None:
                    self._heads[_key(repo, branch)] = head
                    self._add("prefetched_heads")

    # --- Commits since a point -----------------------------------------------------------------------

    def fetch(self, repo: str, branch: str | None, since: Since, max_commits: int) -> Fetch:
        if max_commits < 1:
            raise ValueError(f"max_commits must be at least 1, not {max_commits}")
        check_name(repo)
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

    def resolve_commit(self, repo: str, branch: str | None, ref: str) -> tuple[str, str] | None:
        check_name(repo)
        if not re.fullmatch(r"[0-9a-fA-F]{4,40}", ref):
            return None
        head = self._head(repo, branch)
        api = head.full_name or repo
        try:
            reply = self._request("GET", f"/repos/{api}/commits/{ref}", what=f"resolving {ref} in {repo}")
        except SourceError as exc:
            if exc.status == "not_found" or "422" in str(exc):  # GitHub: 422 "No commit found for SHA"
                return None
            raise
        sha, when = str(reply.data["sha"]), instant(reply.data["commit"]["committer"]["date"]).isoformat()
        if sha == head.sha:
            return sha, when
        return (sha, when) if self._compare(repo, head, sha, head.sha, 1)["status"] == "ahead" else None

    def list_paths(self, repo: str, branch: str | None) -> tuple[tuple[str, ...], bool]:
        """The files at the branch head, from one recursive trees request; GitHub marks a tree over its
        limits (100,000 entries or 7 MB) `truncated`, and the list is then incomplete."""
        check_name(repo)
        head = self._head(repo, branch)
        api = head.full_name or repo
        reply = self._request("GET", f"/repos/{api}/git/trees/{head.sha}", params={"recursive": "1"},
                              what=f"listing the files of {repo}")
        entries = reply.data.get("tree") if isinstance(reply.data, dict) else None
        if not isinstance(entries, list):
            raise SourceError(f"GitHub's tree of {repo} has no list of entries", retryable=False)
        paths = tuple(str(e["path"]) for e in entries if isinstance(e, dict) and e.get("type") == "blob")
        return paths, not reply.data.get("truncated", False)

    def _head(self, repo: str, branch: str | None) -> Head:
        """The branch head: from the prefetch, else one conditional request against the cached ETag."""
        prefetched = self._heads.pop(_key(repo, branch), None)
        if prefetched is not None:
            return prefetched
        cached = self._cache.load(repo)
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
            self._cache.save(repo, cached)
            if branch is None and cached["default_branch"] != name:
                return self._head(repo, None)  # the default branch was renamed or replaced
            raise SourceError(f"branch {name!r} does not exist in {repo}", retryable=False,
                              status="branch_not_found") from None
        if reply.status != 304:
            commit = reply.data["commit"]
            moved = commit["sha"] != cached.get("sha")
            cached.update(branch=name, etag=str(reply.headers.get("etag", "")), sha=commit["sha"],
                          committed_at=instant(commit["commit"]["committer"]["date"]).isoformat())
            # The repo's name, archive flag and default branch are re-read only when the head moved.
            if (moved and not meta_read) or "full_name" not in cached or "private" not in cached:
                self._read_meta(repo, cached)
            self._cache.save(repo, cached)
        return Head(cached["branch"], cached["sha"], datetime.fromisoformat(cached["committed_at"]),
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

    def _start(self, repo: str, head: Head, since: Since) -> _Start:
        if since.sha is None:
            if since.date is None:
                return _Start(None, baseline=True)
            return _Start(self._base_after(repo, head, parse_instant(since.date, "since date")))
        if since.sha == head.sha:
            return _Start(head.sha)
        try:
            first = self._compare(repo, head, since.sha, head.sha, 1)
        except SourceError as exc:
            if exc.status != "not_found":
                raise
            lost = lost_start(since, head.branch, head.sha, unrelated="common ancestor" in str(exc),
                              base_after=lambda instant: self._base_after(repo, head, instant))
            return _Start(lost.base, lost.notes, lost.baseline)
        if first["status"] == "identical":
            return _Start(head.sha)
        if first["status"] == "ahead":
            return _Start(since.sha, compare_base=since.sha, first_page=first)
        moved = moved_start(since, head.branch, first["merge_base_commit"]["sha"])
        return _Start(moved.base, moved.notes, compare_base=since.sha, first_page=first)

    def _base_after(self, repo: str, head: Head, instant: datetime) -> str | None:
        """The base of the commits committed after `instant`: the first parent of the oldest (None for a
        root commit), or the head itself when there are none (as the git source does)."""
        after = datetime.fromtimestamp(first_second_after(instant), UTC)
        listed = self._list_commits(repo, head, since=after)
        if not listed:
            return head.sha
        parents = listed[-1]["parents"]
        return str(parents[0]["sha"]) if parents else None

    def _fetch_range(self, repo: str, head: Head, start: _Start, max_commits: int, notes: list[str]) -> Fetch:
        base = start.base
        if base is None:
            # Compare needs a base: a range from the root comes from the commit listing instead.
            entries = oldest_first(list(reversed(self._list_commits(repo, head))))
            total, files = len(entries), []
        else:
            first = start.first_page or self._compare(repo, head, start.compare_base or base, head.sha, 1)
            total, files = int(first["total_commits"]), list(first["files"])
            entries = self._range_entries(repo, head, start.compare_base or base, base, first, total, max_commits, notes)
        if not entries:
            raise SourceError(f"GitHub reported {total} new commits in {repo} but listed none")
        tip = head.sha
        if len(entries) > max_commits or total > len(entries):
            tip = capped_head([str(e["sha"]) for e in entries], descendants(base, entries), max_commits)
            keep = ancestry(tip, entries)
            entries = [e for e in entries if e["sha"] in keep]
            if base is not None and tip != head.sha:
                files = list(self._compare(repo, head, start.compare_base or base, tip, 1)["files"])
        remaining = total - len(entries)
        notes.extend(backlog_notes(total, len(entries), max_commits, head.branch))
        details = self._details(head, base, entries, files, notes)
        net = [c for c in map(file_change, files) if c is not None]
        if base is None or len(files) >= COMPARE_FILES:
            known = {f["filename"] for f in files} | {f["previous_filename"] for f in files if "previous_filename" in f}
            extra, undiffed = net_from_commits(entries, details, known)
            net.extend(extra)
            without = f", {undiffed} of them without a diff (changed by several commits)" if undiffed else ""
            notes.append("the range starts at the root commit: its net diff comes from the per-commit files" + without
                         if base is None else f"GitHub's compare lists at most {COMPARE_FILES} changed files: "
                         f"{len(extra)} more came from the per-commit files" + without)
        no_patch = [f["filename"] for f in files if "patch" not in f and f.get("changes")]
        if no_patch:
            notes.append(f"GitHub gave no diff for {len(no_patch)} large files: {', '.join(no_patch[:5])}")
        commits = tuple(commit_of(e, details.get(e["sha"])) for e in entries)
        tip_time = head.committed_at if tip == head.sha else commits[-1].committed_at
        return Fetch(repo, head.branch, base, tip, tip_time, commits, tuple(net), tuple(notes), remaining,
                     compare_url=compare_url(head.web_url, base, tip, bool(commits)), web_url=head.web_url, private=head.private)

    def _range_entries(self, repo: str, head: Head, compare_base: str, base: str, first: dict[str, Any],
                       total: int, cap: int, notes: list[str]) -> list[dict[str, Any]]:
        """The range's commits, oldest first: compare pages until the cap is covered by a commit that
        descends from base; if compare stops paging short, the commit listing gives the rest."""
        entries = list(first["commits"])
        seen = {e["sha"] for e in entries}
        page = 1
        while len(entries) < total and not covers(base, entries, cap):
            page += 1
            more = [e for e in self._compare(repo, head, compare_base, head.sha, page)["commits"] if e["sha"] not in seen]
            if not more:
                break
            entries.extend(more)
            seen.update(e["sha"] for e in more)
        if len(entries) < total and not covers(base, entries, cap):
            compared = len(entries)
            listed = self._list_commits(repo, head, stop={*seen, base, compare_base}, limit=total - compared)
            entries = oldest_first(entries + listed)
            notes.append(f"GitHub's compare gave {compared} of the {total} commits; the other {len(listed)} came "
                         "from the commit listing")
            if len(entries) < total:
                notes.append(f"only {len(entries)} of the {total} commits in the range could be read")
        return entries

    def _details(self, head: Head, base: str | None, entries: list[dict[str, Any]], files: list[dict[str, Any]],
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

    def _commit_files(self, head: Head, sha: str) -> list[dict[str, Any]]:
        files: list[dict[str, Any]] = []
        url: str | None = f"/repos/{head.full_name}/commits/{sha}"
        while url:  # past 300 files GitHub pages a commit's files with Link headers
            self._add("commit_details")
            reply = self._request("GET", url, what=f"reading commit {sha[:7]} of {head.full_name}")
            files.extend(reply.data.get("files") or [])
            url = next_link(reply.headers)
        return files

    def _compare(self, repo: str, head: Head, base: str, tip: str, page: int) -> dict[str, Any]:
        reply = self._request("GET", f"/repos/{head.full_name}/compare/{quote(base, safe='')}...{quote(tip, safe='')}",
                              params={"per_page": COMPARE_PAGE, "page": page},
                              what=f"comparing {base[:7]}...{tip[:7]} in {repo}")
        return dict(reply.data)

    def _list_commits(self, repo: str, head: Head, *, since: datetime | None = None, stop: Container[str | None] = (),
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
            url = next_link(reply.headers)
        return out

    # --- Dependents' files ---------------------------------------------------------------------------

    def read_files(self, repo: str, paths: tuple[str, ...], max_bytes: int) -> dict[str, str | None]:
        """The files at the dependent's default branch (None: missing). Each is read once per source: triage
        and the pass both ask for the same files within a pass, a prompt for less of a file than the
        rules (a read under a larger cap, or one that held the whole file, serves a smaller cap)."""
        check_name(repo, "repo")
        out = {}
        for path in paths:
            key = (repo.lower(), path)
            cap, text = self._files.get(key, (0, None))
            if key in self._files and (cap >= max_bytes or text is None or not may_be_cut(text, cap)):
                self._add("file_reads_reused")
                out[path] = None if text is None else text_of(text.encode("utf-8"), max_bytes)
            else:
                text = self._read_file(repo, path, max_bytes)
                self._files[key] = (max_bytes, text)
                out[path] = text
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
        return text_of(raw, max_bytes)

def _key(repo: str, branch: str | None) -> tuple[str, str | None]:
    return repo.lower(), branch
