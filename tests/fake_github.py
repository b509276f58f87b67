"""FakeGitHub: a real HTTP server on 127.0.0.1 speaking the subset of GitHub's REST and GraphQL APIs the
job uses (repos, branches, commits, compare, contents, issues, comments, labels, search, rate limits),
with GitHub's behaviours: `url` fields on its own host, Link pagination, ETags whose 304s cost nothing,
primary and secondary rate limits, 301 for renamed repos, 404 vs 403, 422 for oversize issues.

Tests script the world (repos, commits, issues), inject faults and read the request log. It accepts any
token and knows nothing of pull requests, users or anything else the job does not call.

    server = FakeGitHub().start()              # or `with FakeGitHub() as server:`
    repo = server.add_repo("acme/api")         # default branch "main"
    sha = repo.commit("add auth", {"src/auth.py": "x = 1\\n"})
    server.fail("POST", r"/issues$", 502, after_effect=True)  # created, then answered 502
    gh = github_client(server)                 # PyGithub, throttling and retries off
    server.count(method="GET", counted=True)   # requests that counted against the rate limit
    FakeGitHub(latency=0.05)                   # every answer 50 ms late, as over a real network (benchmarks)
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from github import Auth, Github

T0 = datetime(2024, 1, 1, tzinfo=UTC)
DOCS = "https://docs.github.com/rest"
COMPARE_COMMITS = 250  # commits a compare page holds (and all it holds without pagination)
COMPARE_FILES = 300  # files a compare lists, for the whole comparison
COMMIT_FILES = 300  # files per page of a single commit
MAX_TITLE, MAX_BODY = 256, 65_536
INLINE_CONTENT = 1_000_000  # bigger files come back from the contents API with encoding "none"
SECONDARY = ("You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
             "If you reach out to GitHub Support for help, please include the request ID FAKE:1.")
PRIMARY = "API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID."


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def github_client(server: FakeGitHub, **options: Any) -> Github:
    """A PyGithub client for the fake: no throttling, no retries unless `retry=` says otherwise."""
    options.setdefault("retry", None)
    return Github(base_url=server.url, auth=Auth.Token("t"), seconds_between_requests=None,
                  seconds_between_writes=None, **options)


# --- The world: repos with commit graphs, trees, issues and labels ---------------------------------------

@dataclass
class FakeCommit:
    sha: str
    message: str
    author: str
    date: datetime
    parents: list[str]
    tree: dict[str, str | bytes]
    renames: dict[str, str]  # new path -> old path, against the first parent


@dataclass
class FakeLabel:
    name: str
    color: str = "ededed"
    description: str = ""
    id: int = 0


@dataclass
class FakeComment:
    id: int
    body: str
    created_at: datetime
    user: str = "orchestrator-bot"


@dataclass
class FakeIssue:
    number: int
    title: str
    body: str
    id: int = 0
    state: str = "open"
    state_reason: str | None = None
    labels: list[str] = field(default_factory=list)
    comments: list[FakeComment] = field(default_factory=list)
    created_at: datetime = T0
    updated_at: datetime = T0
    closed_at: datetime | None = None
    indexed_at: float = 0.0  # when search starts to see it (server clock)
    user: str = "orchestrator-bot"


class FakeRepo:
    """One repository. Commit with `commit`, move branches with `set_branch` (a force-push), add issues."""

    def __init__(self, server: FakeGitHub, full_name: str, id: int, default_branch: str, *, private: bool,
                 archived: bool, access: str, has_issues: bool) -> None:
        self.server = server
        self.full_name = full_name
        self.id = id
        self.default_branch = default_branch
        self.private = private
        self.archived = archived
        self.access = access  # "ok", "missing" (404) or "forbidden" (403)
        self.has_issues = has_issues
        self.permissions = {"admin": False, "maintain": False, "push": True, "triage": True, "pull": True}
        self.branches: dict[str, str] = {}
        self.commits: dict[str, FakeCommit] = {}
        self.issues: dict[int, FakeIssue] = {}
        self.labels: dict[str, FakeLabel] = {}  # by lower-case name: GitHub's label names ignore case

    def commit(self, message: str, files: dict[str, str | bytes | None] | None = None, *, branch: str | None = None,
               parents: list[str] | None = None, author: str = "dev", date: datetime | None = None,
               renames: dict[str, str] | None = None) -> str:
        """A commit on `branch` (default branch): `files` maps a path to its new content, None deletes it;
        `renames` maps old path to new. With two parents it merges the second into the first."""
        with self.server.lock:
            branch = branch or self.default_branch
            if parents is None:
                parents = [self.branches[branch]] if branch in self.branches else []
            tree = dict(self.commits[parents[0]].tree) if parents else {}
            for other in parents[1:]:  # a clean merge: take what the other side changed since the fork
                fork = self.merge_base(parents[0], other)
                old = self.commits[fork].tree if fork else {}
                for path in set(old) | set(self.commits[other].tree):
                    if self.commits[other].tree.get(path) != old.get(path):
                        _put(tree, path, self.commits[other].tree.get(path))
            moved = {}
            for old_path, new_path in (renames or {}).items():
                tree[new_path] = tree.pop(old_path)
                moved[new_path] = old_path
            for path, content in (files or {}).items():
                _put(tree, path, content)
            date = date or T0 + timedelta(minutes=len(self.commits))
            seed = json.dumps([self.full_name, len(self.commits), parents, message, iso(date), sorted(tree)])
            sha = hashlib.sha1(seed.encode()).hexdigest()
            self.commits[sha] = FakeCommit(sha, message, author, date, list(parents), tree, moved)
            self.branches[branch] = sha
            return sha

    def set_branch(self, branch: str, sha: str | None) -> None:
        """Create or move a branch (a force-push when it moves backwards), or delete it (None)."""
        with self.server.lock:
            if sha is None:
                self.branches.pop(branch, None)
            else:
                self.branches[branch] = sha

    def head(self, branch: str | None = None) -> str:
        return self.branches[branch or self.default_branch]

    def add_issue(self, title: str, body: str = "", *, labels: tuple[str, ...] = (), state: str = "open",
                  created_at: datetime | None = None) -> FakeIssue:
        with self.server.lock:
            return self.server._new_issue(self, title, body, list(labels), state, created_at, indexed=True)

    def add_label(self, name: str, color: str = "ededed", description: str = "") -> FakeLabel:
        with self.server.lock:
            return self.server._new_label(self, name, color, description)

    # Graph queries the endpoints share.

    def resolve(self, ref: str) -> str | None:
        if ref in self.branches:
            return self.branches[ref]
        if ref in self.commits:
            return ref
        found = [sha for sha in self.commits if len(ref) >= 4 and sha.startswith(ref.lower())]
        return found[0] if len(found) == 1 else None

    def ancestors(self, sha: str) -> set[str]:
        seen, todo = set(), [sha]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self.commits[current].parents)
        return seen

    def merge_base(self, a: str, b: str) -> str | None:
        common = self.ancestors(a) & self.ancestors(b)
        best = [c for c in common if not any(c != o and c in self.ancestors(o) for o in common)]
        return max(best, key=lambda c: (self.commits[c].date, c)) if best else None

    def oldest_first(self, shas: set[str]) -> list[str]:
        """`shas` with parents before children (like `git rev-list --topo-order --reverse`)."""
        order: list[str] = []
        seen: set[str] = set()
        for start in sorted(shas, key=lambda s: (self.commits[s].date, s)):
            stack = [(start, False)]
            while stack:
                sha, done = stack.pop()
                if done:
                    order.append(sha)
                elif sha not in seen:
                    seen.add(sha)
                    stack.append((sha, True))
                    stack.extend((p, False) for p in reversed(self.commits[sha].parents) if p in shas and p not in seen)
        return order


def _put(tree: dict[str, str | bytes], path: str, content: str | bytes | None) -> None:
    if content is None:
        tree.pop(path, None)
    else:
        tree[path] = content


def _bytes(content: str | bytes) -> bytes:
    return content.encode() if isinstance(content, str) else content


def _blob_sha(content: str | bytes) -> str:
    data = _bytes(content)
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _patch(old: str | bytes, new: str | bytes) -> tuple[str | None, int, int]:
    """GitHub's `patch` (hunks only, no file headers) with additions and deletions; None for binary."""
    if isinstance(old, bytes) or isinstance(new, bytes):
        return None, 0, 0
    lines = list(difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=3))[2:]
    plus = sum(1 for line in lines if line.startswith("+"))
    minus = sum(1 for line in lines if line.startswith("-"))
    return "\n".join(lines), plus, minus


# --- Faults and the request log -------------------------------------------------------------------------

@dataclass
class Rule:
    """An injected answer for requests matching `method` ("*" for any) and `path` (a regex searched in the
    path, query excluded). `times` None means for ever. `after_effect`: carry the request out, then fail."""

    method: str
    path: str
    status: int
    times: int | None = 1
    after_effect: bool = False
    retry_after: float | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    every: int = 1  # answer only every `every`-th matching request (the others go through)
    seen: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.times == 0 or self.method not in ("*", method) or re.search(self.path, path) is None:
            return False
        if self.every == 1:
            return True
        self.seen += 1
        return self.seen % self.every == 0


@dataclass
class Logged:
    method: str
    path: str  # with its query
    headers: dict[str, str]  # lower-case names
    body: Any
    status: int = 0
    counted: bool = False  # whether it counted against a rate limit
    resource: str = ""


@dataclass
class Bucket:
    limit: int
    remaining: int
    reset: int
    used: int = 0


@dataclass
class Reply:
    status: int
    body: Any = None  # JSON-able, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)


class Answer(Exception):
    """Raised inside a handler to answer with an error."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.reply = Reply(status, {"message": message, "documentation_url": DOCS, "status": str(status), **extra})


def _invalid(resource: str, field_name: str, code: str, message: str | None = None) -> Answer:
    error = {"resource": resource, "code": code, "field": field_name, **({"message": message} if message else {})}
    return Answer(422, "Validation Failed", errors=[error])


# --- The server -------------------------------------------------------------------------------------------

class FakeGitHub:
    def __init__(self, *, search_lag: float = 0.0, compare_paginates: bool = True, latency: float = 0.0) -> None:
        self.lock = threading.RLock()
        self.latency = latency  # seconds each request waits in its handler thread, outside the lock, before its answer
        self.clock: Callable[[], float] = time.time
        self.search_lag = search_lag  # seconds before a new issue shows in search, as GitHub's index lags
        self.compare_paginates = compare_paginates  # False: an old GHE that ignores page= on compare
        self.tree_limit = 100_000  # entries a recursive trees answer holds before GitHub marks it truncated
        self.repos: dict[str, FakeRepo] = {}  # by lower-case full name
        self.renamed: dict[str, str] = {}  # old lower-case full name -> new
        self.rules: list[Rule] = []
        self.log: list[Logged] = []
        self.rate: dict[str, Bucket] = {}
        for resource, limit in (("core", 5000), ("search", 30), ("graphql", 5000)):
            self.set_rate_limit(resource, limit=limit)
        self._ids = 1000
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # Lifecycle.

    def start(self) -> FakeGitHub:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        # A short poll interval: `shutdown` waits for the serving loop to look, and tests stop it often.
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.01,), name="fake-github", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            assert self._thread is not None
            self._thread.join()
            self._httpd = None

    def __enter__(self) -> FakeGitHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Scripting the world.

    def add_repo(self, full_name: str, *, default_branch: str = "main", private: bool = False, archived: bool = False,
                 access: str = "ok", has_issues: bool = True) -> FakeRepo:
        with self.lock:
            self._ids += 1
            repo = FakeRepo(self, full_name, self._ids, default_branch, private=private, archived=archived,
                            access=access, has_issues=has_issues)
            self.repos[full_name.lower()] = repo
            return repo

    def repo(self, full_name: str) -> FakeRepo:
        return self.repos[full_name.lower()]

    def rename(self, old: str, new: str) -> FakeRepo:
        """Rename a repo: the old name answers 301 (GET) or 307 (writes) to /repositories/{id}."""
        with self.lock:
            repo = self.repos.pop(old.lower())
            repo.full_name = new
            self.repos[new.lower()] = repo
            self.renamed[old.lower()] = new.lower()
            return repo

    def reindex(self) -> None:
        """Let search see every issue now."""
        with self.lock:
            for repo in self.repos.values():
                for issue in repo.issues.values():
                    issue.indexed_at = min(issue.indexed_at, self.clock())

    # Faults and limits.

    def fail(self, method: str, path: str, status: int, *, times: int | None = 1, after_effect: bool = False,
             retry_after: float | None = None, body: Any = None, headers: dict[str, str] | None = None) -> Rule:
        rule = Rule(method, path, status, times, after_effect, retry_after, body, dict(headers or {}))
        with self.lock:
            self.rules.append(rule)
        return rule

    def secondary_limit(self, method: str = "*", path: str = "", *, status: int = 403, retry_after: float | None = None,
                        times: int | None = 1) -> Rule:
        """GitHub's secondary (abuse) limit: 403 or 429 with its message, with or without Retry-After."""
        return self.fail(method, path, status, times=times, retry_after=retry_after,
                         body={"message": SECONDARY, "documentation_url": f"{DOCS}/overview/rate-limits-for-the-rest-api"})

    def every_nth(self, n: int, status: int = 429, method: str = "*", path: str = "", *,
                  retry_after: float | None = None, secondary: bool = True) -> Rule:
        """Answer every `n`-th matching request (any request by default) with `status`, without carrying it
        out: a 429, or with `secondary` a 403 with GitHub's secondary-limit message; for ever."""
        body = {"message": SECONDARY, "documentation_url": f"{DOCS}/overview/rate-limits-for-the-rest-api"} \
            if secondary else None
        rule = Rule(method, path, status, None, False, retry_after, body, {}, every=n)
        with self.lock:
            self.rules.append(rule)
        return rule

    def drop(self, method: str, path: str, *, times: int | None = 1) -> Rule:
        """Close the connection without an answer (the client sees a ConnectionError); not carried out."""
        return self.fail(method, path, 0, times=times)

    def set_rate_limit(self, resource: str = "core", *, remaining: int | None = None, limit: int | None = None,
                       reset_in: float = 3600.0) -> Bucket:
        """Set a primary limit; at remaining 0 GitHub answers 403 with X-RateLimit-Remaining: 0 until reset."""
        with self.lock:
            old = self.rate.get(resource)
            limit = limit if limit is not None else (old.limit if old else 5000)
            bucket = Bucket(limit, remaining if remaining is not None else limit, int(self.clock() + reset_in))
            bucket.used = limit - bucket.remaining
            self.rate[resource] = bucket
            return bucket

    # Reading the log.

    def count(self, method: str | None = None, path: str | None = None, *, status: int | None = None,
              counted: bool | None = None) -> int:
        return len(self.requests(method, path, status=status, counted=counted))

    def requests(self, method: str | None = None, path: str | None = None, *, status: int | None = None,
                 counted: bool | None = None) -> list[Logged]:
        with self.lock:
            return [e for e in self.log if (method is None or e.method == method)
                    and (path is None or re.search(path, e.path)) and (status is None or e.status == status)
                    and (counted is None or e.counted == counted)]

    def clear_log(self) -> None:
        with self.lock:
            self.log.clear()

    # One request.

    def _serve(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> Reply:
        parts = urlsplit(target)
        # Routing sees the path as sent (a label "a/b" comes as "a%2Fb"); handlers get the parts unquoted.
        path, query = parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        entry = Logged(method, target, headers, body)
        resource = "search" if path.startswith("/search/") else "graphql" if path == "/graphql" else \
            "" if path == "/rate_limit" else "core"
        bucket = self._bucket(resource or "core")
        rule = next((r for r in self.rules if r.matches(method, path)), None)
        if rule is not None and rule.status == 0:  # a dropped connection: no answer, nothing done
            if rule.times is not None:
                rule.times -= 1
            self.log.append(entry)
            return Reply(0)
        if rule is not None and rule.times is not None:
            rule.times -= 1
        limited = bool(resource) and bucket.remaining <= 0
        if rule is not None and not rule.after_effect:
            reply = self._injected(rule)
        elif limited:
            reply = Reply(403, {"message": PRIMARY, "documentation_url": f"{DOCS}/overview/rate-limits-for-the-rest-api"})
        else:
            try:
                reply = self._route(method, path, parts.query, query, headers, body)
            except Answer as answer:
                reply = answer.reply
            if rule is not None:
                reply = self._injected(rule)
        if method == "GET" and reply.status == 200 and not isinstance(reply.body, bytes | None):
            tag = 'W/"' + hashlib.sha256(json.dumps(reply.body, sort_keys=True).encode()).hexdigest()[:40] + '"'
            reply.headers["ETag"] = tag
            asked = [t.strip().removeprefix("W/") for t in headers.get("if-none-match", "").split(",")]
            if tag.removeprefix("W/") in asked:
                reply = Reply(304, None, {"ETag": tag})
        entry.counted = bool(resource) and reply.status != 304 and not limited
        if entry.counted:
            bucket.remaining, bucket.used = max(bucket.remaining - 1, 0), bucket.used + 1
        reply.headers.update({"X-RateLimit-Limit": str(bucket.limit), "X-RateLimit-Remaining": str(bucket.remaining),
                              "X-RateLimit-Reset": str(bucket.reset), "X-RateLimit-Used": str(bucket.used),
                              "X-RateLimit-Resource": resource or "core", "X-GitHub-Request-Id": f"FAKE:{len(self.log)}"})
        entry.status, entry.resource = reply.status, resource
        self.log.append(entry)
        return reply

    def _bucket(self, resource: str) -> Bucket:
        bucket = self.rate[resource]
        if bucket.reset <= self.clock():  # the window passed: a fresh one
            window = 60 if resource == "search" else 3600
            bucket.remaining, bucket.used, bucket.reset = bucket.limit, 0, int(self.clock() + window)
        return bucket

    def _injected(self, rule: Rule) -> Reply:
        messages = {403: "Forbidden", 404: "Not Found", 422: "Validation Failed", 429: SECONDARY}
        body = rule.body if rule.body is not None else {
            "message": messages.get(rule.status, "Server Error"), "documentation_url": DOCS}
        headers = dict(rule.headers)
        if rule.retry_after is not None:
            headers["Retry-After"] = str(int(rule.retry_after)) if rule.retry_after == int(rule.retry_after) \
                else str(rule.retry_after)
        return Reply(rule.status, body, headers)

    def _route(self, method: str, path: str, raw_query: str, query: dict[str, str], headers: dict[str, str],
               body: Any) -> Reply:
        if path == "/rate_limit" and method == "GET":
            resources = {name: self._limit_json(name) for name in self.rate}
            return Reply(200, {"resources": resources, "rate": resources["core"]})
        if path == "/graphql" and method == "POST":
            return Reply(200, _GraphQL(self, body or {}).run())
        if path == "/search/issues" and method == "GET":
            return self._search_issues(path, query)
        by_id = re.fullmatch(r"/repositories/(\d+)(/.*)?", path)
        if by_id:
            repo = next((r for r in self.repos.values() if r.id == int(by_id.group(1))), None)
            if repo is None:
                raise Answer(404, "Not Found")
            owner, name, rest = *repo.full_name.split("/"), by_id.group(2) or ""
        else:
            match = re.fullmatch(r"/repos/([^/]+)/([^/]+)(/.*)?", path)
            if not match:
                raise Answer(404, "Not Found")
            owner, name, rest = unquote(match.group(1)), unquote(match.group(2)), match.group(3) or ""
            key = f"{owner}/{name}".lower()
            if key in self.renamed and key not in self.repos:
                repo = self.repos[self.renamed[key]]
                location = f"{self.url}/repositories/{repo.id}{rest}" + (f"?{raw_query}" if raw_query else "")
                status = 301 if method == "GET" else 307
                return Reply(status, {"message": "Moved Permanently", "url": location, "documentation_url": DOCS},
                             {"Location": location})
        repo = self.repos.get(f"{owner}/{name}".lower())
        if repo is None or repo.access == "missing":
            raise Answer(404, "Not Found")
        if repo.access == "forbidden":
            raise Answer(403, "Resource not accessible by personal access token")
        for verb, pattern, handler in _ROUTES:
            found = re.fullmatch(pattern, rest)
            if found and verb == method:
                if method != "GET" and repo.archived:
                    raise Answer(403, "Repository was archived so is read-only.")
                parts = {k: unquote(v) if v is not None else None for k, v in found.groupdict().items()}
                return handler(self, repo, path, query, headers, body, **parts)
        raise Answer(404, "Not Found")

    # JSON shapes, every url on this server's host.

    def _limit_json(self, resource: str) -> dict[str, Any]:
        b = self.rate[resource]
        return {"limit": b.limit, "remaining": b.remaining, "reset": b.reset, "used": b.used, "resource": resource}

    def _user(self, login: str) -> dict[str, Any]:
        return {"login": login, "id": 1, "type": "User", "url": f"{self.url}/users/{login}",
                "html_url": f"{self.url}/{login}"}

    def _repo_json(self, repo: FakeRepo) -> dict[str, Any]:
        api, web = f"{self.url}/repos/{repo.full_name}", f"{self.url}/{repo.full_name}"
        owner, name = repo.full_name.split("/")
        return {"id": repo.id, "node_id": f"R_{repo.id}", "name": name, "full_name": repo.full_name,
                "owner": self._user(owner), "private": repo.private, "visibility": "private" if repo.private else "public",
                "html_url": web, "url": api, "description": None, "fork": False, "archived": repo.archived,
                "disabled": False, "has_issues": repo.has_issues, "default_branch": repo.default_branch,
                "permissions": dict(repo.permissions), "created_at": iso(T0), "updated_at": iso(T0),
                "pushed_at": iso(max((c.date for c in repo.commits.values()), default=T0)),
                "issues_url": api + "/issues{/number}", "labels_url": api + "/labels{/name}",
                "commits_url": api + "/commits{/sha}", "compare_url": api + "/compare/{base}...{head}"}

    def _commit_json(self, repo: FakeRepo, commit: FakeCommit) -> dict[str, Any]:
        api, web = f"{self.url}/repos/{repo.full_name}", f"{self.url}/{repo.full_name}"
        person = {"name": commit.author, "email": f"{commit.author}@example.com", "date": iso(commit.date)}
        return {"sha": commit.sha, "node_id": f"C_{commit.sha}", "url": f"{api}/commits/{commit.sha}",
                "html_url": f"{web}/commit/{commit.sha}", "comments_url": f"{api}/commits/{commit.sha}/comments",
                "commit": {"author": person, "committer": person, "message": commit.message, "comment_count": 0,
                           "url": f"{api}/git/commits/{commit.sha}",
                           "tree": {"sha": _blob_sha(json.dumps(sorted(commit.tree))), "url": f"{api}/git/trees/x"}},
                "author": None, "committer": None,
                "parents": [{"sha": p, "url": f"{api}/commits/{p}", "html_url": f"{web}/commit/{p}"}
                            for p in commit.parents]}

    def _files_json(self, repo: FakeRepo, old: dict[str, str | bytes], new: dict[str, str | bytes],
                    renames: dict[str, str]) -> list[dict[str, Any]]:
        out = []
        moved = {n: o for n, o in renames.items() if o in old and n in new and o not in new and n not in old}
        for path in sorted((set(old) | set(new)) - set(moved.values())):
            before, after = old.get(moved.get(path, path)), new.get(path)
            if before == after and path not in moved:
                continue
            status = "renamed" if path in moved else "added" if before is None else "removed" if after is None \
                else "modified"
            patch, plus, minus = _patch(before or "", after or "")
            entry = {"sha": _blob_sha(after if after is not None else before or ""), "filename": path, "status": status,
                     "additions": plus, "deletions": minus, "changes": plus + minus,
                     "blob_url": f"{self.url}/{repo.full_name}/blob/x/{quote(path)}",
                     "raw_url": f"{self.url}/{repo.full_name}/raw/x/{quote(path)}",
                     "contents_url": f"{self.url}/repos/{repo.full_name}/contents/{quote(path)}"}
            if patch:  # GitHub leaves `patch` out for binary files and pure renames
                entry["patch"] = patch
            if path in moved:
                entry["previous_filename"] = moved[path]
            out.append(entry)
        return out

    def _label_json(self, repo: FakeRepo, label: FakeLabel) -> dict[str, Any]:
        return {"id": label.id, "node_id": f"LA_{label.id}", "name": label.name, "color": label.color,
                "description": label.description or None, "default": False,
                "url": f"{self.url}/repos/{repo.full_name}/labels/{quote(label.name, safe='')}"}

    def _issue_json(self, repo: FakeRepo, issue: FakeIssue) -> dict[str, Any]:
        api = f"{self.url}/repos/{repo.full_name}/issues/{issue.number}"
        return {"id": issue.id, "node_id": f"I_{issue.id}", "number": issue.number, "title": issue.title,
                "body": issue.body, "state": issue.state, "state_reason": issue.state_reason, "locked": False,
                "labels": [self._label_json(repo, repo.labels[n.lower()]) for n in issue.labels],
                "user": self._user(issue.user), "assignee": None, "assignees": [], "milestone": None,
                "comments": len(issue.comments), "created_at": iso(issue.created_at),
                "updated_at": iso(issue.updated_at), "closed_at": iso(issue.closed_at) if issue.closed_at else None,
                "author_association": "NONE", "url": api, "html_url": f"{self.url}/{repo.full_name}/issues/{issue.number}",
                "repository_url": f"{self.url}/repos/{repo.full_name}", "comments_url": f"{api}/comments",
                "labels_url": api + "/labels{/name}", "events_url": f"{api}/events"}

    def _comment_json(self, repo: FakeRepo, issue: FakeIssue, comment: FakeComment) -> dict[str, Any]:
        return {"id": comment.id, "node_id": f"IC_{comment.id}", "body": comment.body, "user": self._user(comment.user),
                "created_at": iso(comment.created_at), "updated_at": iso(comment.created_at),
                "url": f"{self.url}/repos/{repo.full_name}/issues/comments/{comment.id}",
                "html_url": f"{self.url}/{repo.full_name}/issues/{issue.number}#issuecomment-{comment.id}",
                "issue_url": f"{self.url}/repos/{repo.full_name}/issues/{issue.number}", "author_association": "NONE"}

    def _paged(self, items: list[Any], path: str, query: dict[str, str], *, default: int = 30, maximum: int = 100,
               wrap: Callable[[list[Any]], Any] = lambda page: page) -> Reply:
        """One page of `items` with GitHub's Link header (first, prev, next, last)."""
        per_page = min(max(_int(query.get("per_page"), default), 1), maximum)
        page = max(_int(query.get("page"), 1), 1)
        last = max(math.ceil(len(items) / per_page), 1)
        links = []
        for rel, number in (("first", 1), ("prev", page - 1), ("next", page + 1), ("last", last)):
            if (rel in ("first", "prev") and page > 1) or (rel in ("next", "last") and page < last):
                links.append(f'<{self.url}{path}?{urlencode({**query, "page": number})}>; rel="{rel}"')
        return Reply(200, wrap(items[(page - 1) * per_page: page * per_page]), {"Link": ", ".join(links)} if links else {})

    # Repos, branches, commits, compare, contents.

    def _get_repo(self, repo: FakeRepo, *_: Any) -> Reply:
        return Reply(200, self._repo_json(repo))

    def _get_branch(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                    branch: str) -> Reply:
        if branch not in repo.branches:
            raise Answer(404, "Branch not found")
        api = f"{self.url}/repos/{repo.full_name}/branches/{quote(branch)}"
        return Reply(200, {"name": branch, "commit": self._commit_json(repo, repo.commits[repo.branches[branch]]),
                           "_links": {"self": api, "html": f"{self.url}/{repo.full_name}/tree/{quote(branch)}"},
                           "protected": False, "protection_url": f"{api}/protection"})

    def _list_commits(self, repo: FakeRepo, path: str, query: dict[str, str], *_: Any) -> Reply:
        start = repo.resolve(query.get("sha", repo.default_branch))
        if start is None:
            raise Answer(404, "Not Found")
        newest_first = list(reversed(repo.oldest_first(repo.ancestors(start))))
        for key, keep in (("since", lambda d, t: d >= t), ("until", lambda d, t: d <= t)):
            if key in query:
                moment = datetime.fromisoformat(query[key].replace("Z", "+00:00"))
                newest_first = [s for s in newest_first if keep(repo.commits[s].date, moment)]
        page = self._paged(newest_first, path, query)
        page.body = [self._commit_json(repo, repo.commits[s]) for s in page.body]
        return page

    def _get_commit(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                    ref: str) -> Reply:
        sha = repo.resolve(ref)
        if sha is None:
            raise Answer(422, f"No commit found for SHA: {ref}")
        commit = repo.commits[sha]
        old = repo.commits[commit.parents[0]].tree if commit.parents else {}
        files = self._files_json(repo, old, commit.tree, commit.renames)[:3000]
        # Past 300 files GitHub pages the file list; every page repeats the commit.
        page = self._paged(files, path, query, default=COMMIT_FILES, maximum=COMMIT_FILES)
        data = self._commit_json(repo, commit)
        plus, minus = sum(f["additions"] for f in files), sum(f["deletions"] for f in files)
        page.body = {**data, "stats": {"total": plus + minus, "additions": plus, "deletions": minus}, "files": page.body}
        return page

    def _compare(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                 basehead: str) -> Reply:
        base_ref, sep, head_ref = basehead.partition("...")
        base, head = repo.resolve(base_ref), repo.resolve(head_ref)
        if not sep or base is None or head is None:
            raise Answer(404, "Not Found")
        fork = repo.merge_base(base, head)
        if fork is None:
            raise Answer(404, f"No common ancestor between {base_ref} and {head_ref}.")
        ahead = repo.ancestors(head) - repo.ancestors(base)
        behind = repo.ancestors(base) - repo.ancestors(head)
        status = "identical" if base == head else "ahead" if fork == base else "behind" if fork == head else "diverged"
        commits = repo.oldest_first(ahead)
        renames = {n: o for s in commits for n, o in repo.commits[s].renames.items()}
        files = self._files_json(repo, repo.commits[fork].tree, repo.commits[head].tree, renames)[:COMPARE_FILES]
        paginated = self.compare_paginates and ("page" in query or "per_page" in query)
        if paginated:
            reply = self._paged(commits, path, query, default=COMPARE_COMMITS, maximum=COMPARE_COMMITS)
            if _int(query.get("page"), 1) > 1:
                files = []  # the file list comes on the first page only
        else:
            reply = Reply(200, commits[:COMPARE_COMMITS])
        web = f"{self.url}/{repo.full_name}/compare/{basehead}"
        reply.body = {
            "url": f"{self.url}/repos/{repo.full_name}/compare/{basehead}", "html_url": web, "permalink_url": web,
            "diff_url": f"{web}.diff", "patch_url": f"{web}.patch", "status": status, "ahead_by": len(ahead),
            "behind_by": len(behind), "total_commits": len(ahead),
            "base_commit": self._commit_json(repo, repo.commits[base]),
            "merge_base_commit": self._commit_json(repo, repo.commits[fork]),
            "commits": [self._commit_json(repo, repo.commits[s]) for s in reply.body], "files": files}
        return reply

    def _get_contents(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                      file: str | None) -> Reply:
        sha = repo.resolve(query.get("ref", repo.default_branch))
        if sha is None:
            raise Answer(404, f"No commit found for the ref {query.get('ref')}")
        tree, file = repo.commits[sha].tree, (file or "").strip("/")
        api, web = f"{self.url}/repos/{repo.full_name}/contents", f"{self.url}/{repo.full_name}/blob/{sha}"

        def entry(p: str, kind: str) -> dict[str, Any]:
            size = len(_bytes(tree[p])) if kind == "file" else 0
            return {"type": kind, "name": p.rsplit("/", 1)[-1], "path": p, "size": size,
                    "sha": _blob_sha(tree[p]) if kind == "file" else "0" * 40, "url": f"{api}/{quote(p)}",
                    "html_url": f"{web}/{quote(p)}", "download_url": None,
                    "git_url": f"{self.url}/repos/{repo.full_name}/git/blobs/{_blob_sha(tree[p])}" if kind == "file" else None}

        if file in tree:
            data = _bytes(tree[file])
            if "raw" in headers.get("accept", ""):
                return Reply(200, data, {"Content-Type": "application/vnd.github.raw"})
            big = len(data) > INLINE_CONTENT
            encoded = base64.encodebytes(data).decode() if not big else ""
            return Reply(200, {**entry(file, "file"), "encoding": "none" if big else "base64", "content": encoded})
        prefix = f"{file}/" if file else ""
        children = sorted({p[len(prefix):].split("/")[0] for p in tree if p.startswith(prefix)})
        if not children:
            raise Answer(404, "Not Found")
        return Reply(200, [entry(prefix + c, "file" if prefix + c in tree else "dir") for c in children])

    def _get_tree(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                  ref: str) -> Reply:
        """GET /git/trees/{tree_sha}: a commit sha or a ref name is taken for its tree. Any value of
        `recursive` (even "0" or "false", as GitHub documents) lists the whole tree, folders as `tree`
        entries; without it, only the top level. Past `tree_limit` entries the list is cut short and
        `truncated` is true."""
        sha = repo.resolve(ref)
        if sha is None:
            raise Answer(404, "Not Found")
        files = repo.commits[sha].tree
        folders = {p.rsplit("/", i)[0] for p in files for i in range(1, p.count("/") + 1)}
        entries = [(p, "blob") for p in files] + [(p, "tree") for p in folders]
        if "recursive" not in query:
            entries = [(p, kind) for p, kind in entries if "/" not in p]
        entries.sort()
        api = f"{self.url}/repos/{repo.full_name}/git"
        tree = [{"path": p, "mode": "100644" if kind == "blob" else "040000", "type": kind,
                 "sha": _blob_sha(files[p]) if kind == "blob" else _blob_sha(p),
                 **({"size": len(_bytes(files[p])), "url": f"{api}/blobs/{_blob_sha(files[p])}"} if kind == "blob"
                    else {"url": f"{api}/trees/{_blob_sha(p)}"})}
                for p, kind in entries[:self.tree_limit]]
        return Reply(200, {"sha": _blob_sha(json.dumps(sorted(files))), "url": f"{api}/trees/{ref}", "tree": tree,
                           "truncated": len(entries) > self.tree_limit})

    def _get_blob(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                  sha: str) -> Reply:
        found = next((c for commit in repo.commits.values() for c in commit.tree.values() if _blob_sha(c) == sha), None)
        if found is None:
            raise Answer(404, "Not Found")
        data = _bytes(found)
        return Reply(200, {"sha": sha, "node_id": f"B_{sha}", "size": len(data), "encoding": "base64",
                           "content": base64.encodebytes(data).decode(),
                           "url": f"{self.url}/repos/{repo.full_name}/git/blobs/{sha}"})

    # Issues, comments, labels, search.

    def _new_issue(self, repo: FakeRepo, title: str, body: str, labels: list[str], state: str,
                   created_at: datetime | None, *, indexed: bool) -> FakeIssue:
        self._ids += 1
        now = created_at or datetime.fromtimestamp(self.clock(), UTC)
        issue = FakeIssue(len(repo.issues) + 1, title, body, self._ids, state, created_at=now, updated_at=now,
                          indexed_at=self.clock() + (0 if indexed else self.search_lag))
        issue.labels = [self._ensure_label(repo, n).name for n in dict.fromkeys(labels)]
        if state == "closed":
            issue.closed_at, issue.state_reason = now, "completed"
        repo.issues[issue.number] = issue
        return issue

    def _new_label(self, repo: FakeRepo, name: str, color: str, description: str) -> FakeLabel:
        if name.lower() in repo.labels:
            raise _invalid("Label", "name", "already_exists")
        if not re.fullmatch(r"[0-9a-fA-F]{6}", color):
            raise _invalid("Label", "color", "invalid")
        self._ids += 1
        label = repo.labels[name.lower()] = FakeLabel(name, color.lower(), description, self._ids)
        return label

    def _ensure_label(self, repo: FakeRepo, name: str) -> FakeLabel:
        # GitHub creates a label that does not exist yet when an issue is given it (grey, no description).
        return repo.labels.get(name.lower()) or self._new_label(repo, name, "ededed", "")

    def _issue(self, repo: FakeRepo, number: str) -> FakeIssue:
        if int(number) not in repo.issues:
            raise Answer(404, "Not Found")
        return repo.issues[int(number)]

    def _writable(self, repo: FakeRepo, needs: str = "triage") -> None:
        if not repo.has_issues:
            raise Answer(410, "Issues are disabled for this repo")
        if not repo.permissions.get(needs):
            raise Answer(403, "Resource not accessible by personal access token")

    def _check_text(self, resource: str, data: dict[str, Any], *, title_required: bool) -> None:
        if title_required and not str(data.get("title") or "").strip():
            raise _invalid(resource, "title", "missing_field")
        if "title" in data and len(str(data["title"])) > MAX_TITLE:
            raise _invalid(resource, "title", "custom", f"title is too long (maximum is {MAX_TITLE} characters)")
        if len(str(data.get("body") or "")) > MAX_BODY:
            raise _invalid(resource, "body", "custom", f"body is too long (maximum is {MAX_BODY} characters)")

    def _list_issues(self, repo: FakeRepo, path: str, query: dict[str, str], *_: Any) -> Reply:
        state = query.get("state", "open")
        wanted = {n.strip().lower() for n in query.get("labels", "").split(",") if n.strip()}
        issues = [i for i in repo.issues.values() if state in ("all", i.state)
                  and wanted <= {n.lower() for n in i.labels}]
        key = (lambda i: i.updated_at) if query.get("sort") == "updated" else (lambda i: i.created_at)
        issues.sort(key=lambda i: (key(i), i.number), reverse=query.get("direction", "desc") == "desc")
        page = self._paged(issues, path, query)
        page.body = [self._issue_json(repo, i) for i in page.body]
        return page

    def _create_issue(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any) -> Reply:
        self._writable(repo)
        data = body if isinstance(body, dict) else {}
        self._check_text("Issue", data, title_required=True)
        issue = self._new_issue(repo, str(data["title"]), str(data.get("body") or ""), list(data.get("labels") or []),
                                "open", None, indexed=False)
        reply = Reply(201, self._issue_json(repo, issue))
        reply.headers["Location"] = reply.body["url"]
        return reply

    def _get_issue(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                   number: str) -> Reply:
        return Reply(200, self._issue_json(repo, self._issue(repo, number)))

    def _edit_issue(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                    number: str) -> Reply:
        self._writable(repo)
        issue, data = self._issue(repo, number), body if isinstance(body, dict) else {}
        self._check_text("Issue", data, title_required=False)
        now = datetime.fromtimestamp(self.clock(), UTC)
        issue.title = str(data.get("title", issue.title))
        issue.body = str(data["body"]) if data.get("body") is not None else issue.body
        if "labels" in data:
            issue.labels = [self._ensure_label(repo, n).name for n in dict.fromkeys(data["labels"])]
        if data.get("state") in ("open", "closed") and data["state"] != issue.state:
            issue.state = data["state"]
            issue.closed_at = now if issue.state == "closed" else None
            issue.state_reason = data.get("state_reason") or ("completed" if issue.state == "closed" else "reopened")
        issue.updated_at = now
        return Reply(200, self._issue_json(repo, issue))

    def _list_comments(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                       number: str) -> Reply:
        issue = self._issue(repo, number)
        page = self._paged(issue.comments, path, query)
        page.body = [self._comment_json(repo, issue, c) for c in page.body]
        return page

    def _create_comment(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                        number: str) -> Reply:
        self._writable(repo)
        issue, data = self._issue(repo, number), body if isinstance(body, dict) else {}
        if not str(data.get("body") or "").strip():
            raise _invalid("IssueComment", "body", "missing_field")
        self._check_text("IssueComment", data, title_required=False)
        self._ids += 1
        comment = FakeComment(self._ids, str(data["body"]), datetime.fromtimestamp(self.clock(), UTC))
        issue.comments.append(comment)
        issue.updated_at = comment.created_at
        return Reply(201, self._comment_json(repo, issue, comment))

    def _issue_labels(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                      number: str, replace: bool = False) -> Reply:
        self._writable(repo)
        issue = self._issue(repo, number)
        names = body.get("labels", []) if isinstance(body, dict) else body if isinstance(body, list) else []
        added = [self._ensure_label(repo, str(n)).name for n in names]
        issue.labels = list(dict.fromkeys(added if replace else [*issue.labels, *added]))
        return Reply(200, [self._label_json(repo, repo.labels[n.lower()]) for n in issue.labels])

    def _remove_issue_label(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                            number: str, label: str) -> Reply:
        self._writable(repo)
        issue = self._issue(repo, number)
        if label.lower() not in {n.lower() for n in issue.labels}:
            raise Answer(404, "Label does not exist")
        issue.labels = [n for n in issue.labels if n.lower() != label.lower()]
        return Reply(200, [self._label_json(repo, repo.labels[n.lower()]) for n in issue.labels])

    def _list_labels(self, repo: FakeRepo, path: str, query: dict[str, str], *_: Any) -> Reply:
        page = self._paged(list(repo.labels.values()), path, query)
        page.body = [self._label_json(repo, label) for label in page.body]
        return page

    def _create_label(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any) -> Reply:
        self._writable(repo, "push")
        data = body if isinstance(body, dict) else {}
        if not str(data.get("name") or "").strip():
            raise _invalid("Label", "name", "missing_field")
        label = self._new_label(repo, str(data["name"]), str(data.get("color") or "ededed").lstrip("#"),
                                str(data.get("description") or ""))
        return Reply(201, self._label_json(repo, label))

    def _get_label(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                   label: str) -> Reply:
        if label.lower() not in repo.labels:
            raise Answer(404, "Not Found")
        return Reply(200, self._label_json(repo, repo.labels[label.lower()]))

    def _edit_label(self, repo: FakeRepo, path: str, query: dict[str, str], headers: dict[str, str], body: Any,
                    label: str) -> Reply:
        self._writable(repo, "push")
        found, data = repo.labels.get(label.lower()), body if isinstance(body, dict) else {}
        if found is None:
            raise Answer(404, "Not Found")
        found.color = str(data.get("color", found.color)).lstrip("#").lower()
        found.description = str(data.get("description", found.description) or "")
        new_name = str(data.get("new_name") or data.get("name") or found.name)
        del repo.labels[label.lower()]
        old_name, found.name = found.name, new_name
        repo.labels[new_name.lower()] = found
        for issue in repo.issues.values():
            issue.labels = [new_name if n == old_name else n for n in issue.labels]
        return Reply(200, self._label_json(repo, found))

    def _search_issues(self, path: str, query: dict[str, str]) -> Reply:
        terms = re.findall(r'(\w+:"[^"]*"|\w+:\S+|"[^"]*"|\S+)', query.get("q", ""))
        qualifiers: dict[str, list[str]] = {}
        words: list[str] = []
        for term in terms:
            key, colon, value = term.partition(":")
            if colon and not term.startswith('"'):
                qualifiers.setdefault(key.lower(), []).append(value.strip('"'))
            else:
                words.append(term.strip('"').lower())
        kinds = set(qualifiers.get("is", []) + qualifiers.get("type", []))
        if not kinds & {"issue", "pr", "pull-request"}:
            raise _invalid("Search", "q", "invalid", "Query must include 'is:issue' or 'is:pull-request'")
        names = [n.lower() for n in qualifiers.get("repo", [])]
        if any(n not in self.repos or self.repos[n].access != "ok" for n in names):
            raise _invalid("Search", "q", "invalid", "The listed users and repositories cannot be searched either "
                           "because the resources do not exist or you do not have permission to view them.")
        states = {s for s in kinds | set(qualifiers.get("state", [])) if s in ("open", "closed")}
        where = set(qualifiers.get("in", [])) or {"title", "body"}
        found = []
        for repo in (self.repos[n] for n in names) if names else self.repos.values():
            for issue in repo.issues.values():
                text = " ".join(getattr(issue, w, "") for w in where if w in ("title", "body")).lower()
                if issue.indexed_at <= self.clock() and "pr" not in kinds and (not states or issue.state in states) \
                        and all(label.lower() in {n.lower() for n in issue.labels} for label in qualifiers.get("label", [])) \
                        and all(w in text for w in words):
                    found.append((repo, issue))
        found.sort(key=lambda pair: pair[1].created_at, reverse=True)
        return self._paged(found, path, query, wrap=lambda page: {
            "total_count": len(found), "incomplete_results": False,
            "items": [{**self._issue_json(r, i), "score": 1.0} for r, i in page]})


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


_R = FakeGitHub
_ROUTES: list[tuple[str, str, Callable[..., Reply]]] = [
    ("GET", r"", _R._get_repo),
    ("GET", r"/branches/(?P<branch>.+)", _R._get_branch),
    ("GET", r"/commits", _R._list_commits),
    ("GET", r"/commits/(?P<ref>[^/]+)", _R._get_commit),
    ("GET", r"/compare/(?P<basehead>.+)", _R._compare),
    ("GET", r"/contents(?:/(?P<file>.*))?", _R._get_contents),
    ("GET", r"/git/blobs/(?P<sha>[0-9a-f]{40})", _R._get_blob),
    ("GET", r"/git/trees/(?P<ref>.+)", _R._get_tree),
    ("GET", r"/issues", _R._list_issues),
    ("POST", r"/issues", _R._create_issue),
    ("GET", r"/issues/(?P<number>\d+)", _R._get_issue),
    ("PATCH", r"/issues/(?P<number>\d+)", _R._edit_issue),
    ("GET", r"/issues/(?P<number>\d+)/comments", _R._list_comments),
    ("POST", r"/issues/(?P<number>\d+)/comments", _R._create_comment),
    ("POST", r"/issues/(?P<number>\d+)/labels", _R._issue_labels),
    ("PUT", r"/issues/(?P<number>\d+)/labels", lambda *a, **k: _R._issue_labels(*a, **k, replace=True)),
    # A label name may hold "/": PyGithub's remove_from_labels sends it unencoded, so it takes the rest.
    ("DELETE", r"/issues/(?P<number>\d+)/labels/(?P<label>.+)", _R._remove_issue_label),
    ("GET", r"/labels", _R._list_labels),
    ("POST", r"/labels", _R._create_label),
    ("GET", r"/labels/(?P<label>.+)", _R._get_label),
    ("PATCH", r"/labels/(?P<label>.+)", _R._edit_label),
]


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the listen backlog: room for GitHub's 100 concurrent requests (the default is 5)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as PyGithub's requests session expects
    timeout = 10  # an idle kept-alive connection ends, so the server can stop
    # One buffered write per answer, sent at once: headers and body in separate small packets would meet
    # the client's delayed ACK and cost 40 ms a request.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    server_fake: FakeGitHub

    def _any(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        if self.server_fake.latency > 0:
            time.sleep(self.server_fake.latency)  # concurrent requests wait side by side, as on a network
        with self.server_fake.lock:
            reply = self.server_fake._serve(self.command, self.path, headers, raw)
        if reply.status == 0:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if isinstance(reply.body, bytes):
            payload = reply.body
        else:
            payload = b"" if reply.body is None else json.dumps(reply.body).encode()
            reply.headers.setdefault("Content-Type", "application/json; charset=utf-8")
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.status != 304:
            self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if reply.status != 304:
            self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request log on the server is the record; stderr stays quiet


# --- A small GraphQL: aliased repository(owner:, name:) heads, as the job asks for them --------------------

_TOKEN = re.compile(r'[\s,]+|#[^\n]*|(\.\.\.|[{}():!$=\[\]@]|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[_A-Za-z]\w*)')
_SCHEMA: dict[str, dict[str, str | None]] = {
    "Query": {"repository": "Repository", "rateLimit": "RateLimit"},
    "Repository": {"id": None, "name": None, "nameWithOwner": None, "url": None, "isArchived": None,
                   "isPrivate": None, "defaultBranchRef": "Ref", "ref": "Ref", "owner": "RepositoryOwner"},
    "RepositoryOwner": {"login": None},
    "Ref": {"name": None, "prefix": None, "target": "GitObject"},
    "GitObject": {"oid": None, "abbreviatedOid": None, "__typename": None},
    "Commit": {"oid": None, "abbreviatedOid": None, "__typename": None, "committedDate": None, "message": None,
               "url": None},
    "RateLimit": {"cost": None, "limit": None, "remaining": None, "resetAt": None, "used": None},
}


@dataclass
class _Field:
    alias: str
    name: str
    args: dict[str, Any]
    selections: list[_Field]
    on: str | None = None  # set for an inline fragment (`... on Commit { ... }`), whose name is ""


class _GraphQL:
    """Parses one query (aliases, arguments, variables, inline fragments) and answers it as GitHub does:
    a field the schema lacks fails the whole query; a repo that cannot be resolved is null in `data`
    with an entry in `errors`, while the others resolve."""

    def __init__(self, server: FakeGitHub, request: dict[str, Any]) -> None:
        self.server = server
        self.text = str(request.get("query", ""))
        self.variables = dict(request.get("variables") or {})
        self.tokens: list[str] = []
        self.pos = 0
        self.errors: list[dict[str, Any]] = []

    def run(self) -> dict[str, Any]:
        try:
            self.tokens = self._tokenize()
            selections = self._document()
            self._validate("Query", selections, ["query"])
        except ValueError as exc:
            return {"errors": [{"message": str(exc), "locations": [{"line": 1, "column": 1}]}]}
        if self.errors:
            return {"errors": self.errors}
        data = self._resolve("Query", None, selections, [])
        return {"data": data, **({"errors": self.errors} if self.errors else {})}

    def _tokenize(self) -> list[str]:
        out, pos = [], 0
        while pos < len(self.text):
            match = _TOKEN.match(self.text, pos)
            if not match:
                raise ValueError(f'Parse error on "{self.text[pos]}"')
            if match.group(1):
                out.append(match.group(1))
            pos = match.end()
        return out

    def _next(self, expected: str | None = None) -> str:
        if self.pos >= len(self.tokens):
            raise ValueError("Parse error on end of input")
        token = self.tokens[self.pos]
        if expected is not None and token != expected:
            raise ValueError(f'Parse error on "{token}", expected "{expected}"')
        self.pos += 1
        return token

    def _peek(self) -> str:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ""

    def _document(self) -> list[_Field]:
        if self._peek() == "query":
            self._next()
            if self._peek() not in ("(", "{"):
                self._next()
            if self._peek() == "(":  # variable definitions: their values come from `variables`
                while self._next() != ")":
                    pass
        return self._selection_set()

    def _selection_set(self) -> list[_Field]:
        self._next("{")
        out = []
        while self._peek() != "}":
            if self._peek() == "...":
                self._next()
                self._next("on")
                on = self._next()
                out.append(_Field("", "", {}, self._selection_set(), on))
                continue
            name = alias = self._next()
            if self._peek() == ":":
                self._next()
                name = self._next()
            args = {}
            if self._peek() == "(":
                self._next()
                while self._peek() != ")":
                    key = self._next()
                    self._next(":")
                    args[key] = self._value()
                self._next(")")
            out.append(_Field(alias, name, args, self._selection_set() if self._peek() == "{" else []))
        self._next("}")
        return out

    def _value(self) -> Any:
        token = self._next()
        if token == "$":
            name = self._next()
            if name not in self.variables:
                raise ValueError(f"Variable ${name} is used by anonymous query but not declared")
            return self.variables[name]
        if token.startswith('"'):
            return json.loads(token)
        return {"true": True, "false": False, "null": None}.get(token, token)

    def _validate(self, type_name: str, selections: list[_Field], path: list[str]) -> None:
        for f in selections:
            if f.on is not None and f.on not in _SCHEMA:
                self.errors.append({"path": path, "message": f"No such type {f.on}, so it can't be a fragment condition"})
            elif f.on is not None:
                self._validate(f.on, f.selections, path)
            elif f.name not in _SCHEMA[type_name]:
                self.errors.append({"path": [*path, f.alias], "message": f"Field '{f.name}' doesn't exist on type "
                                    f"'{type_name}'", "extensions": {"code": "undefinedField", "typeName": type_name,
                                                                     "fieldName": f.name}})
            elif _SCHEMA[type_name][f.name] is not None:
                self._validate(str(_SCHEMA[type_name][f.name]), f.selections, [*path, f.alias])

    def _resolve(self, type_name: str, obj: Any, selections: list[_Field], path: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in selections:
            if f.on is not None:
                if f.on == type_name or (f.on == "Commit" and type_name == "GitObject"):
                    out.update(self._resolve("Commit", obj, f.selections, path))
                continue
            value = self._field(type_name, obj, f, [*path, f.alias])
            child = _SCHEMA[type_name][f.name]
            out[f.alias] = self._resolve(child, value, f.selections, [*path, f.alias]) \
                if child is not None and value is not None else value
        return out

    def _field(self, type_name: str, obj: Any, f: _Field, path: list[str]) -> Any:
        server = self.server
        if type_name == "Query" and f.name == "rateLimit":
            return server._limit_json("graphql") | {"cost": 1, "resetAt": iso(datetime.fromtimestamp(
                server.rate["graphql"].reset, UTC))}
        if type_name == "Query":
            key = f"{f.args.get('owner')}/{f.args.get('name')}".lower()
            repo = server.repos.get(server.renamed.get(key, key))
            if repo is None or repo.access != "ok":
                kind = "FORBIDDEN" if repo is not None and repo.access == "forbidden" else "NOT_FOUND"
                message = "Resource not accessible by personal access token" if kind == "FORBIDDEN" else \
                    f"Could not resolve to a Repository with the name '{f.args.get('owner')}/{f.args.get('name')}'."
                self.errors.append({"type": kind, "path": path, "locations": [{"line": 1, "column": 1}],
                                    "message": message})
                return None
            return repo
        if type_name == "Repository":
            repo = obj
            branch = repo.default_branch if f.name == "defaultBranchRef" else \
                str(f.args.get("qualifiedName", "")).removeprefix("refs/heads/")
            values = {"id": f"R_{repo.id}", "name": repo.full_name.split("/")[1], "nameWithOwner": repo.full_name,
                      "url": f"{server.url}/{repo.full_name}", "isArchived": repo.archived, "isPrivate": repo.private,
                      "owner": repo.full_name.split("/")[0]}
            if f.name in ("defaultBranchRef", "ref"):
                return (repo, branch) if branch in repo.branches else None
            return values[f.name]
        if type_name == "RepositoryOwner":
            return obj
        if type_name == "Ref":
            repo, branch = obj
            return {"name": branch, "prefix": "refs/heads/"}.get(f.name) or repo.commits[repo.branches[branch]]
        commit: FakeCommit = obj
        return {"oid": commit.sha, "abbreviatedOid": commit.sha[:7], "__typename": "Commit",
                "committedDate": iso(commit.date), "message": commit.message,
                "url": f"{server.url}/commit/{commit.sha}"}[f.name]
