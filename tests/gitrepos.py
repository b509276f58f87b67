"""Real git repositories for tests: a bare "remote" served over file://, a work repo to commit in.

Every commit carries explicit author and committer dates, so tests never depend on the clock
(freezegun does not reach git). Callers close the work `Repo` they are given.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest
from git import Repo

AUTHOR = "Ada Author"
_IDENTITY = {
    "GIT_AUTHOR_EMAIL": "ada@example.com",
    "GIT_COMMITTER_NAME": "Cy Committer",
    "GIT_COMMITTER_EMAIL": "cy@example.com",
}


def isolate_git(monkeypatch: pytest.MonkeyPatch, home: Path) -> Path:
    """Make git ignore the machine's system and global config; return the (empty) global config
    file that a test may write to, e.g. for `url.<base>.insteadOf`."""
    config = home / "gitconfig"
    config.touch()
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return config


def remotes_root(tmp_path: Path) -> Path:
    return tmp_path / "remotes"


def url_template(tmp_path: Path) -> str:
    """A URL template (`{owner}`, `{repo}`) for the remotes that `make_remote` creates."""
    return remotes_root(tmp_path).as_uri() + "/{owner}/{repo}.git"


def make_remote(
    tmp_path: Path, repo: str = "acme/service", branch: str = "main", allow_filter: bool = True
) -> tuple[Path, Repo]:
    """A bare remote at `<tmp_path>/remotes/<owner>/<name>.git` whose default branch is `branch`,
    and a work repo with `origin` pointing at it. `allow_filter` lets blobless clones over
    file:// work (`uploadpack.allowFilter`)."""
    bare = remotes_root(tmp_path) / f"{repo}.git"
    bare.parent.mkdir(parents=True, exist_ok=True)
    with Repo.init(bare, bare=True, initial_branch=branch) as remote:
        remote.git.config("uploadpack.allowFilter", "true" if allow_filter else "false")
    work = Repo.init(tmp_path / "work" / repo, initial_branch=branch)
    work.git.remote("add", "origin", str(bare))
    return bare, work


def commit(
    repo: Repo,
    files: Mapping[str, str | bytes | None],
    message: str,
    date: datetime | str,
    author: str = AUTHOR,
) -> str:
    """Write `files` (None deletes), commit them all with `date` as author and committer date,
    and return the new sha. A naive datetime is UTC; a string is passed to git as is."""
    root = Path(str(repo.working_tree_dir))
    for path, content in files.items():
        target = root / path
        if content is None:
            repo.git.rm("-q", "--", path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        repo.git.add("--", path)
    repo.git.commit(
        "-q", "--allow-empty", "--no-verify", "--no-gpg-sign", "-m", message, env=_env(date, author)
    )
    return head(repo)


def merge(repo: Repo, other: str, message: str, date: datetime | str) -> str:
    """Merge branch `other` into the current branch with a merge commit; return its sha."""
    repo.git.merge(
        "-q", "--no-ff", "--no-verify", "--no-gpg-sign", "-m", message, other,
        env=_env(date, AUTHOR),
    )  # fmt: skip
    return head(repo)


def checkout(repo: Repo, branch: str, start: str | None = None) -> None:
    """Switch to `branch`; with `start`, create (or reset) it there first."""
    if start is None:
        repo.git.checkout("-q", branch)
    else:
        repo.git.checkout("-q", "-B", branch, start)


def reset_hard(repo: Repo, rev: str) -> None:
    repo.git.reset("-q", "--hard", rev)


def push(repo: Repo, branch: str = "main", force: bool = False) -> None:
    repo.git.push("-q", *(["--force"] if force else []), "origin", f"{branch}:{branch}")


def forget_unreachable(bare: Path) -> None:
    """Drop the commits no branch reaches any more, as a server's gc does after a force-push."""
    with Repo(bare) as remote:
        remote.git.reflog("expire", "--expire=now", "--all")
        remote.git.gc("-q", "--prune=now")


def head(repo: Repo) -> str:
    return str(repo.git.rev_parse("HEAD"))


def _env(date: datetime | str, author: str) -> dict[str, str]:
    when = date if isinstance(date, str) else _git_date(date)
    return {
        **_IDENTITY,
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }


def _git_date(value: datetime) -> str:
    """Git's own date format, `<unix seconds> <+hhmm>`, which keeps the offset exactly."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    offset = value.strftime("%z") or "+0000"
    return f"{int(value.timestamp())} {offset}"


class HeldFetches:
    """A way for the git "remotes" to be slow: every clone or fetch from a remote whose path contains
    `part` waits (in `uploadpack.packObjectsHook`, which git honours from the global config only) until
    `release()`. `config` is that global config, for GIT_CONFIG_GLOBAL; `in_flight` appears, holding the
    waiting process's pid, once a fetch is held."""

    def __init__(self, folder: Path, part: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.in_flight = folder / "in-flight"
        self._released = folder / "released"
        hook = folder / "hold.sh"
        hook.write_text(
            "#!/bin/sh\n"
            f'case "$PWD" in *"{part}"*)\n'
            f'  echo $$ > "{folder}/.pid" && mv "{folder}/.pid" "{self.in_flight}"\n'
            f'  while [ ! -e "{self._released}" ]; do sleep 0.05; done;;\n'
            "esac\n"
            'exec "$@"\n'
        )
        hook.chmod(0o755)
        self.config = folder / "gitconfig"
        self.config.write_text(f"[uploadpack]\n\tpackObjectsHook = {hook}\n")

    def wait_in_flight(self, timeout: float = 60.0) -> int:
        """The pid of the held fetch's waiting process, once there is one."""
        deadline = time.monotonic() + timeout
        while not self.in_flight.exists():
            if time.monotonic() > deadline:
                raise AssertionError(f"no fetch was held within {timeout} s")
            time.sleep(0.02)
        return int(self.in_flight.read_text())

    def release(self) -> None:
        self._released.touch()
