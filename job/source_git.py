"""The embedded-default commit source: any git URL or local path, read with GitPython.

It keeps one bare, blobless clone per watched repo under a cache folder, fetches only the watched
branch, and reads ranges with `rev-list`, so its cost follows the new commits, never the length of
the history. It knows nothing of checkpoints beyond the `Since` it is given. Its git processes each
lead their own session, so a terminal's Ctrl-C reaches only the job, which lets a clone or fetch in
flight finish (`end_git_children` ends them when the job has to exit at once).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from git import Git, Repo
from git.diff import Diff
from git.exc import CommandError, GitCommandError, UnsafeProtocolError

from job.changeset import EMPTY_BLOB, empty_file_diff, is_binary_diff, text_of
from job.errors import SourceError
from job.model import ChangeType, Commit, Fetch, FileChange
from job.ports import Since
from job.ranges import (
    Start,
    backlog_notes,
    capped_head,
    check_name,
    compare_url,
    first_second_after,
    lost_start,
    moved_start,
    parse_instant,
)

DEFAULT_URL_TEMPLATE = "https://github.com/{owner}/{repo}.git"

# Git must fail rather than wait for a password nobody will type.
_GIT_ENV = {"GIT_TERMINAL_PROMPT": "0"}

_USERINFO = re.compile(r"(?<=://)[^/@\s]*@")
# Branch names that would be unsafe or ambiguous inside a refspec (`+refs/heads/X:refs/heads/X`).
_BAD_BRANCH = re.compile(r"^-|\.\.|@\{|//|[\x00-\x20\x7f~^:?*\[\\]|\.lock$|^/|/$|\.$")
# stderr phrases that mean the repo or branch is not there (or not ours): a retry cannot help.
_PERMANENT = re.compile(
    r"not appear to be a git repository|not found|does not exist|authentication failed"
    r"|could not read username|permission denied|couldn't find remote ref",
    re.IGNORECASE,
)
# Per commit: its sha, then its files against its first parent (a root commit: all added).
_LOG_FILES = (
    *("--format=%x1e%H", "--name-status", "-z", "-M"),
    *("--diff-merges=first-parent", "--root"),
)


class _Git(Git):
    """Git whose every child process (commands, and the persistent `cat-file` readers) leads its own
    session: a Ctrl-C, which a terminal sends to its whole foreground process group, reaches the job,
    which stops at a safe point, and never kills a clone or fetch that the repo in flight needs."""

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        return super().execute(*args, **{"start_new_session": True, **kwargs})


class _Repo(Repo):
    GitCommandWrapperType = _Git


def end_git_children() -> None:
    """Ask the git processes this process started (its children that lead their own session, as `_Git`
    starts them) to end, each with what it started (its process group), with SIGTERM, on which git
    removes its lock files. For a job that exits at once on a second signal, so that no clone or fetch
    outlives it. Reads /proc (Linux, as on Cloud Run); elsewhere they finish on their own."""
    me = os.getpid()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # `pid (name) state ppid pgrp session ...`; the name may hold spaces and parentheses
            state, ppid, _, session = stat.read_text().rsplit(")", 1)[1].split()[:4]
        except (OSError, ValueError):
            continue  # ended while we looked
        pid = int(stat.parent.name)
        if int(ppid) != me or int(session) != pid or state == "Z":
            continue  # not a child of ours that `_Git` started (those lead their own session)
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue  # it ended meanwhile: nothing to end


def redact_url(text: str) -> str:
    """`text` with any `user:password@` in its URLs removed."""
    return _USERINFO.sub("", text)


def web_url_of(url: str) -> str:
    """The browsable page of a repo served over https (`.git` and credentials dropped), else ''."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return ""
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    path = parts.path.rstrip("/").removesuffix(".git")
    return f"https://{host}{path}"


@dataclass(frozen=True)
class _Target:
    """One watched repo as this source sees it: its name, URL and clone folder."""

    repo: str
    url: str
    clone: Path

    @property
    def shown(self) -> str:
        return f"{self.repo} ({redact_url(self.url)})"


class GitCommitSource:
    """`CommitSource` over git: clones cached in `cache_dir/<owner>/<repo>.git`."""

    def __init__(
        self, cache_dir: Path, url_template: str = DEFAULT_URL_TEMPLATE, *, timeout: float = 600.0
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.url_template = url_template
        self.timeout = timeout
        self._usage = {"ls_remote": 0, "clones": 0, "fetches": 0}
        # the pass reads several repos at once; one clone is only ever used by one of them at a time
        self._locks: dict[Path, threading.Lock] = {}
        self._guard = threading.Lock()

    def _count(self, what: str) -> None:
        with self._guard:
            self._usage[what] += 1

    def _lock_for(self, target: _Target) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(target.clone, threading.Lock())

    def usage(self) -> dict[str, int]:
        with self._guard:
            return dict(self._usage)

    def describe(self) -> str:
        return f"git (clones cached in {self.cache_dir}, URLs like {redact_url(self.url_template)})"

    def fetch(self, repo: str, branch: str | None, since: Since, max_commits: int) -> Fetch:
        if max_commits < 1:
            raise ValueError(f"max_commits must be at least 1, not {max_commits}")
        target = self._target(repo)
        if branch is not None and _BAD_BRANCH.search(branch):
            raise SourceError(
                f"{branch!r} is not a valid branch name for {target.shown}", retryable=False
            )
        with self._updated_clone(target, branch) as (git_repo, branch):
            return _Reader(git_repo, target, branch).fetch(since, max_commits)

    def resolve_commit(self, repo: str, branch: str | None, ref: str) -> tuple[str, str] | None:
        target = self._target(repo)
        if not _REF.fullmatch(ref):
            return None
        with self._updated_clone(target, branch) as (git_repo, branch):
            sha, head = _resolve(git_repo, ref), _resolve(git_repo, f"refs/heads/{branch}")
            if sha is None or head is None or not git_repo.is_ancestor(git_repo.commit(sha), git_repo.commit(head)):
                return None
            return sha, git_repo.commit(sha).committed_datetime.astimezone(UTC).isoformat()

    def list_paths(self, repo: str, branch: str | None) -> tuple[tuple[str, ...], bool]:
        """The files at the branch head (trees only: a blobless clone fetches no blob for this)."""
        target = self._target(repo)
        with self._updated_clone(target, branch) as (git_repo, branch):
            listed = git_repo.git.ls_tree("-r", "--name-only", "-z", f"refs/heads/{branch}")
            return tuple(p for p in listed.split("\0") if p), True

    @contextmanager
    def _updated_clone(self, target: _Target, branch: str | None) -> Iterator[tuple[Repo, str]]:
        """The watched repo's clone, brought up to the remote branch's head, held under its lock while
        the block reads it; git failures in the block are source errors."""
        branch, remote_head = self._remote_branch(target, branch)
        with self._lock_for(target):
            self._ensure_clone(target, branch)
            with _Repo(target.clone) as git_repo:
                git_repo.git.update_environment(**_GIT_ENV)
                self._update(git_repo, target, branch, remote_head)
                with _source_errors(target, "reading"):
                    yield git_repo, branch

    def read_files(self, repo: str, paths: tuple[str, ...], max_bytes: int) -> dict[str, str | None]:
        """The dependent's files at its default branch, read from the same clone cache; a missing
        file is None. In a blobless clone each blob is fetched on first read, and only then."""
        target = self._target(repo)
        branch, remote_head = self._remote_branch(target, None)
        out: dict[str, str | None] = {}
        with self._lock_for(target), _Repo(self._cloned(target, branch)) as git_repo:
            git_repo.git.update_environment(**_GIT_ENV)
            self._update(git_repo, target, branch, remote_head)
            for path in paths:
                try:
                    raw = git_repo.git.show(f"{remote_head}:{path}", stdout_as_string=False, strip_newline_in_stdout=False)
                except GitCommandError:
                    out[path] = None
                    continue
                out[path] = text_of(raw, max_bytes)
        return out

    def _cloned(self, target: _Target, branch: str) -> Path:
        self._ensure_clone(target, branch)
        return target.clone

    def _target(self, repo: str) -> _Target:
        check_name(repo)
        owner, _, name = repo.partition("/")
        try:
            url = self.url_template.format_map({"owner": owner, "repo": name})
        except (KeyError, IndexError, ValueError) as e:
            raise SourceError(
                f"URL template {redact_url(self.url_template)!r} is invalid ({e!r}); "
                "it may use {owner} and {repo}",
                retryable=False,
            ) from None
        try:
            Git.check_unsafe_protocols(url)
        except UnsafeProtocolError:
            raise SourceError(f"URL {redact_url(url)!r} uses an unsafe protocol", retryable=False) from None
        return _Target(repo, url, self.cache_dir / owner / f"{name}.git")

    def _git(self) -> Git:
        git = _Git()
        git.update_environment(**_GIT_ENV)
        return git

    def _remote_branch(self, target: _Target, branch: str | None) -> tuple[str, str]:
        """The branch to watch and the sha the remote has for it, in one round trip."""
        asked_head = branch is None
        patterns = ["HEAD"] if asked_head else [f"refs/heads/{branch}"]
        self._count("ls_remote")
        with _source_errors(target, "listing the branches of"):
            listing = str(
                self._git().ls_remote(
                    "--symref", "--", target.url, *patterns, kill_after_timeout=self.timeout
                )
            )
        refs: dict[str, str] = {}
        for line in listing.splitlines():
            value, _, ref = line.partition("\t")
            if value.startswith("ref: ") and ref == "HEAD" and branch is None:
                branch = value.removeprefix("ref: ").removeprefix("refs/heads/")
            else:
                refs[ref] = value
        if branch is None:
            raise SourceError(
                f"{target.shown} has no default branch (is it empty?)", retryable=False
            )
        sha = refs.get(f"refs/heads/{branch}") or (refs.get("HEAD") if asked_head else None)
        if sha is None:
            raise SourceError(
                f"branch {branch!r} does not exist in {target.shown}", retryable=False
            )
        return branch, sha

    def _ensure_clone(self, target: _Target, branch: str) -> None:
        """A bare blobless clone of the branch, made in a temporary folder and renamed into place,
        so a crash never leaves a half-made clone where the next run would trust it."""
        if (target.clone / "HEAD").is_file():
            return
        with _source_errors(target, "preparing the clone cache for"):
            if target.clone.exists():
                shutil.rmtree(target.clone)
            target.clone.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.clone.name}.", dir=target.clone.parent))
        try:
            options = ["--bare", "--single-branch", "--no-tags", "--branch", branch]
            with _source_errors(target, "cloning"):
                try:
                    self._clone(target, tmp, ["--filter=blob:none", *options])
                except CommandError as e:
                    # Most servers that refuse filters only warn; if one fails, clone in full.
                    if "filter" not in _reason(e).lower():
                        raise
                    shutil.rmtree(tmp)
                    self._clone(target, tmp, options)
            try:
                os.replace(tmp, target.clone)
            except OSError as e:
                if not (target.clone / "HEAD").is_file():  # else another process cloned first
                    raise SourceError(f"could not store the clone of {target.shown}: {e}") from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def _clone(self, target: _Target, into: Path, options: list[str]) -> None:
        self._count("clones")
        self._git().clone(*options, "--", target.url, str(into), kill_after_timeout=self.timeout)

    def _update(self, git_repo: Repo, target: _Target, branch: str, remote_head: str) -> None:
        """Bring the branch up to the remote's sha; no network at all when it is already there."""
        ref = f"refs/heads/{branch}"
        if _resolve(git_repo, ref) == remote_head:
            return
        self._count("fetches")
        with _source_errors(target, "fetching"):
            git_repo.git.remote("set-url", "origin", target.url)  # the template may have changed
            git_repo.git.fetch(
                "--prune", "--no-tags", "origin", f"+{ref}:{ref}", kill_after_timeout=self.timeout
            )


class _Reader:
    """Reads one fetched clone: where the range starts, its commits, and its net diff."""

    def __init__(self, git_repo: Repo, target: _Target, branch: str) -> None:
        self.git_repo = git_repo
        self.target = target
        self.branch = branch
        self.web_url = web_url_of(target.url)

    def fetch(self, since: Since, max_commits: int) -> Fetch:
        head = _resolve(self.git_repo, f"refs/heads/{self.branch}")
        if head is None:
            raise SourceError(f"branch {self.branch!r} of {self.target.shown} was not fetched")
        start = self._start(since, head)
        if start.baseline:
            return self._result(None, head, (), start.notes, remaining=0, baseline=True)
        base = start.base
        backlog = self._rev_list(base, head)
        if len(backlog) > max_commits:
            head = capped_head(backlog, self._descendants(base, head, backlog), max_commits)
        commits = self._commits(base, head)
        notes = (*start.notes, *backlog_notes(len(backlog), len(commits), max_commits, self.branch))
        return self._result(base, head, commits, notes, remaining=len(backlog) - len(commits))

    def _result(
        self,
        base: str | None,
        head: str,
        commits: tuple[Commit, ...],
        notes: tuple[str, ...],
        *,
        remaining: int,
        baseline: bool = False,
    ) -> Fetch:
        compare = compare_url(self.web_url, base, head, bool(commits))
        return Fetch(
            repo=self.target.repo,
            branch=self.branch,
            base=base,
            head=head,
            head_time=self.git_repo.commit(head).committed_datetime.astimezone(UTC),
            commits=commits,
            net_files=self._net_files(base, head) if commits else (),
            notes=notes,
            remaining=remaining,
            baseline=baseline,
            compare_url=compare,
            web_url=self.web_url,
        )

    def _descendants(self, base: str | None, head: str, backlog: list[str]) -> set[str]:
        """The commits of the range that descend from base (all of them from the root)."""
        if base is None:
            return set(backlog)
        return set(str(self.git_repo.git.rev_list("--ancestry-path", f"{base}..{head}")).split())

    def _start(self, since: Since, head: str) -> Start:
        if since.sha is None:
            if since.date is None:
                return Start(None, baseline=True)
            return Start(self._base_after(head, parse_instant(since.date, "since date")))
        sha = _resolve(self.git_repo, since.sha)
        if sha == head:
            return Start(head)
        if sha is not None and self.git_repo.is_ancestor(
            self.git_repo.commit(sha), self.git_repo.commit(head)
        ):
            return Start(sha)
        merge_bases = self.git_repo.merge_base(sha, head) if sha is not None else []
        if merge_bases:
            return moved_start(since, self.branch, merge_bases[0].hexsha)
        return lost_start(since, self.branch, head, unrelated=sha is not None,
                          base_after=lambda instant: self._base_after(head, instant))

    def _base_after(self, head: str, instant: datetime) -> str | None:
        """The base of the commits reachable from head committed after `instant`: the first
        parent of the oldest (None for a root commit), or head itself when there are none. The
        range from that base may also hold older commits that a later merge brought in."""
        # --max-age keeps commits at or after a whole second and stops the walk at older ones.
        after = self.git_repo.git.rev_list(
            "--topo-order", "--reverse", f"--max-age={first_second_after(instant)}", head
        ).split()
        if not after:
            return head
        parents = self.git_repo.commit(after[0]).parents
        return parents[0].hexsha if parents else None

    def _rev_list(self, base: str | None, head: str) -> list[str]:
        return str(
            self.git_repo.git.rev_list("--topo-order", "--reverse", *_range(base, head))
        ).split()

    def _commits(self, base: str | None, head: str) -> tuple[Commit, ...]:
        """The commits of `base..head`, oldest first, each with its files (vs its first parent)."""
        args = ["--topo-order", "--reverse", *_LOG_FILES, *_range(base, head), "--"]
        raw = self.git_repo.git.log(*args, stdout_as_string=False)
        commits = []
        for sha, files in _parse_name_status(raw.decode("utf-8", "replace")):
            c = self.git_repo.commit(sha)
            message = (
                c.message if isinstance(c.message, str) else c.message.decode("utf-8", "replace")
            )
            commits.append(
                Commit(
                    sha=sha,
                    message=message,
                    author=c.author.name or "",
                    committed_at=c.committed_datetime.astimezone(UTC),
                    url=f"{self.web_url}/commit/{sha}" if self.web_url else "",
                    files=files,
                    parents=tuple(p.hexsha for p in c.parents),
                )
            )
        return tuple(commits)

    def _net_files(self, base: str | None, head: str) -> tuple[FileChange, ...]:
        """The net diff `base..head` (from the empty tree when base is None), one entry a file."""
        old = self.git_repo.commit(base) if base else self.git_repo.tree(self._empty_tree())
        diffs = old.diff(
            self.git_repo.commit(head),
            create_patch=True,
            no_textconv=True,
            src_prefix="a/",
            dst_prefix="b/",
        )
        changes: dict[str, FileChange] = {}
        for change in map(_file_change, diffs):
            earlier = changes.get(change.path)
            # A type change (file to symlink) comes as a deletion and an addition of one path.
            if earlier is not None:
                change = FileChange(
                    change.path,
                    "M",
                    earlier.diff + change.diff,
                    binary=earlier.binary or change.binary,
                )
            changes[change.path] = change
        return tuple(changes.values())

    def _empty_tree(self) -> str:
        return str(self.git_repo.git.hash_object("-t", "tree", os.devnull))


def _range(base: str | None, head: str) -> list[str]:
    return [f"{base}..{head}"] if base else [head]


_REF = re.compile(r"[0-9a-fA-F]{4,40}")  # what `resolve_commit` takes: a full or short sha, never an option


def _resolve(git_repo: Repo, rev: str) -> str | None:
    """The commit sha `rev` names in the clone, or None. Never fetches: in a blobless clone a
    missing object would otherwise be fetched lazily, with all its history."""
    try:
        out = git_repo.git.rev_list(
            "--missing=allow-promisor", "--no-walk", "--end-of-options", f"{rev}^{{commit}}", "--"
        )
    except GitCommandError:
        return None
    return str(out).strip() or None


def _parse_name_status(raw: str) -> Iterator[tuple[str, tuple[FileChange, ...]]]:
    """Parse `git log --format=%x1e%H --name-status -z`: per commit, its sha then its files."""
    tokens = raw.split("\0")
    sha: str | None = None
    files: list[FileChange] = []
    i = 0
    while i < len(tokens):
        token = tokens[i].lstrip("\n")
        i += 1
        if token.startswith("\x1e"):
            if sha is not None:
                yield sha, tuple(files)
            sha, files = token[1:], []
        elif token:
            status = token[0]
            if status in "RC":
                old, new = tokens[i], tokens[i + 1]
                i += 2
                files.append(
                    FileChange(new, "R", old_path=old) if status == "R" else FileChange(new, "A")
                )
            else:
                path = tokens[i]
                i += 1
                files.append(FileChange(path, _CHANGE_TYPES.get(status, "M")))
    if sha is not None:
        yield sha, tuple(files)


_CHANGE_TYPES: dict[str, ChangeType] = {"A": "A", "D": "D", "M": "M", "T": "M"}


def _file_change(d: Diff) -> FileChange:
    text = d.diff.decode("utf-8", "replace") if isinstance(d.diff, bytes) else d.diff or ""
    binary = is_binary_diff(text)
    if d.new_file:
        if not text and d.b_blob is not None and d.b_blob.hexsha == EMPTY_BLOB:
            text = empty_file_diff("A")
        return FileChange(str(d.b_path), "A", text, binary=binary)
    if d.deleted_file:
        if not text and d.a_blob is not None and d.a_blob.hexsha == EMPTY_BLOB:
            text = empty_file_diff("D")
        return FileChange(str(d.a_path), "D", text, binary=binary)
    if d.renamed_file:
        return FileChange(str(d.rename_to), "R", text, old_path=str(d.rename_from), binary=binary)
    return FileChange(str(d.b_path or d.a_path), "M", text, binary=binary)


@contextmanager
def _source_errors(target: _Target, doing: str) -> Iterator[None]:
    """Map git failures to SourceError naming the repo and its URL, credentials removed."""
    try:
        yield
    except CommandError as e:
        reason = _reason(e).replace(target.url, redact_url(target.url))
        # `from None`: the git error's command line may carry a token in its URL.
        raise SourceError(
            f"git failed {doing} {target.shown}: {redact_url(reason)}",
            retryable=not _PERMANENT.search(reason),
        ) from None
    except OSError as e:
        raise SourceError(f"failed {doing} {target.shown}: {redact_url(str(e))}") from None


def _reason(e: CommandError) -> str:
    """The useful part of a git error: its `fatal:`/`error:` lines, else its last stderr line."""
    stderr = e.stderr.removeprefix("\n  stderr: '").removesuffix("'").strip()
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    fatal = [line for line in lines if line.startswith(("fatal:", "error:", "remote:"))]
    return " ".join(fatal or lines[-1:]) or f"git exited with status {e.status}"
