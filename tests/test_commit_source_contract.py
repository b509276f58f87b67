"""One contract, both commit sources: the same histories, built in a real git remote (served over file://)
and in FakeGitHub (through PyGithub), must give the same fetches: first run, incremental, backlog cap,
force-push, renames, empty range."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest
from doubles import InMemoryBlobStore
from fake_github import FakeGitHub, FakeRepo, github_client
from gitrepos import commit, isolate_git, make_remote, push, reset_hard, url_template

from job.model import Fetch
from job.ports import CommitSource, Since
from job.source_git import GitCommitSource
from job.source_github import GitHubCommitSource

REPO = "acme/service"
T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


class History(Protocol):
    """A watched repo's branch that a test writes to, and the source that reads it."""

    source: CommitSource

    def commit(self, message: str, files: dict[str, str | None], renames: dict[str, str] | None = None) -> str: ...

    def rewrite_to(self, sha: str) -> None: ...

    def publish(self) -> None: ...


class GitHistory:
    def __init__(self, tmp_path: Path) -> None:
        _, self.work = make_remote(tmp_path, REPO)
        self.source = GitCommitSource(tmp_path / "cache", url_template(tmp_path))
        self.n = 0
        self.rewritten = False

    def commit(self, message: str, files: dict[str, str | None], renames: dict[str, str] | None = None) -> str:
        root = Path(str(self.work.working_tree_dir))
        changes: dict[str, str | None] = {}
        for old, new in (renames or {}).items():
            changes[old] = None
            changes[new] = (root / old).read_text()
        self.n += 1
        return commit(self.work, {**changes, **files}, message, T0 + timedelta(minutes=self.n))

    def rewrite_to(self, sha: str) -> None:
        reset_hard(self.work, sha)
        self.rewritten = True

    def publish(self) -> None:
        push(self.work, force=self.rewritten)


class GitHubHistory:
    def __init__(self, server: FakeGitHub) -> None:
        self.repo: FakeRepo = server.add_repo(REPO)
        self.client = github_client(server)
        self.source = GitHubCommitSource(self.client, InMemoryBlobStore(), sleep=lambda _: None)

    def commit(self, message: str, files: dict[str, str | None], renames: dict[str, str] | None = None) -> str:
        return self.repo.commit(message, dict(files), renames=renames)

    def rewrite_to(self, sha: str) -> None:
        self.repo.set_branch("main", sha)

    def publish(self) -> None:
        pass  # the fake serves every commit as it is made


@pytest.fixture(params=["git", "github"])
def history(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[History]:
    if request.param == "git":
        isolate_git(monkeypatch, tmp_path)
        git = GitHistory(tmp_path)
        yield git
        git.work.close()
    else:
        with FakeGitHub() as server:
            github = GitHubHistory(server)
            yield github
            github.client.close()


def fetch(history: History, since: Since, max_commits: int = 50) -> Fetch:
    history.publish()
    return history.source.fetch(REPO, "main", since, max_commits)


def test_a_first_run_is_a_baseline_at_the_head(history: History) -> None:
    history.commit("first", {"a.txt": "one\n"})
    head = history.commit("second", {"b.txt": "two\n"})

    got = fetch(history, Since())

    assert got.baseline and (got.branch, got.base, got.head, got.commits, got.remaining) == ("main", None, head, (), 0)


def test_an_incremental_run_gives_the_new_commits_oldest_first_with_the_net_diff(history: History) -> None:
    base = history.commit("first", {"a.txt": "one\n"})
    c2 = history.commit("second", {"a.txt": "two\n", "b.txt": "new\n"})
    c3 = history.commit("third", {"b.txt": None})

    got = fetch(history, Since(sha=base))

    assert not got.baseline and (got.base, got.head) == (base, c3)
    assert [c.sha for c in got.commits] == [c2, c3] and [c.title for c in got.commits] == ["second", "third"]
    assert {f.path: f.change_type for f in got.net_files} == {"a.txt": "M"}  # b.txt came and went
    assert got.notes == ()


def test_a_backlog_over_the_cap_is_taken_oldest_first_and_the_rest_counted(history: History) -> None:
    base = history.commit("base", {"a.txt": "0\n"})
    made = [history.commit(f"change {n}", {"a.txt": f"{n}\n"}) for n in range(1, 6)]

    got = fetch(history, Since(sha=base), max_commits=2)

    assert [c.sha for c in got.commits] == made[:2] and got.head == made[1] and got.remaining == 3
    assert got.notes == ("backlog of 5 commits on main: processed the oldest 2, 3 left for the next passes",)
    rest = fetch(history, Since(sha=got.head), max_commits=10)
    assert [c.sha for c in rest.commits] == made[2:] and rest.remaining == 0


def test_a_force_push_goes_on_from_the_merge_base_and_says_so(history: History) -> None:
    fork = history.commit("shared", {"a.txt": "1\n"})
    checkpoint = history.commit("soon rewritten", {"a.txt": "2\n"})
    assert fetch(history, Since()).head == checkpoint  # the run that saved the checkpoint
    history.rewrite_to(fork)
    new = history.commit("rewritten", {"a.txt": "3\n"})

    got = fetch(history, Since(sha=checkpoint))

    assert got.base == fork and [c.sha for c in got.commits] == [new]
    assert got.notes == (f"checkpoint {checkpoint[:7]} is no longer on branch main (force-push?); "
                         f"continuing from merge base {fork[:7]}",)


def test_a_renamed_file_is_reported_with_its_old_path(history: History) -> None:
    base = history.commit("first", {"api.py": "def route():\n    return 'a fairly long body'\n"})
    history.commit("rename", {}, renames={"api.py": "http_api.py"})

    got = fetch(history, Since(sha=base))

    [change] = got.net_files
    assert (change.path, change.change_type, change.old_path) == ("http_api.py", "R", "api.py")


def test_an_empty_file_added_or_removed_has_the_index_line_git_prints_for_it(history: History) -> None:
    base = history.commit("first", {"gone/__init__.py": "", "a.txt": "one\n"})
    added = history.commit("new app", {"roles/serializers.py": "", "roles/views.py": "x = 1\n"})
    history.commit("drop the old package", {"gone/__init__.py": None})

    files = {f.path: f for f in fetch(history, Since(sha=base), max_commits=1).net_files}
    assert (files["roles/serializers.py"].diff, files["roles/serializers.py"].binary) == ("index 0000000..e69de29\n", False)
    assert "+x = 1" in files["roles/views.py"].diff
    [gone] = fetch(history, Since(sha=added)).net_files
    assert (gone.path, gone.change_type, gone.diff) == ("gone/__init__.py", "D", "index e69de29..0000000\n")


def test_an_empty_range_has_no_commits_and_is_no_baseline(history: History) -> None:
    history.commit("first", {"a.txt": "one\n"})
    head = history.commit("second", {"a.txt": "two\n"})

    got = fetch(history, Since(sha=head))

    assert not got.baseline and (got.base, got.head, got.commits, got.net_files) == (head, head, (), ())


def test_an_invalid_repo_name_is_refused_by_both_alike(history: History) -> None:
    from job.errors import SourceError

    with pytest.raises(SourceError, match=r"watched repo '\.\./x' is not of the form owner/name") as caught:
        history.source.fetch("../x", "main", Since(), 1)
    assert caught.value.retryable is False


