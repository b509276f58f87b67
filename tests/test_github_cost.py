"""What a changed repo costs on GitHub when the pass works on many repos at once: one compare request
without per-commit links, a dependent's file read once a pass, and a PyGithub client shared by threads
without swapped answers."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from doubles import InMemoryBlobStore
from fake_github import FakeGitHub, FakeRepo, github_client
from github import Github

from job.github_api import share_across_threads
from job.ports import Since
from job.source_github import GitHubCommitSource

REPO = "acme/service"


@pytest.fixture
def server() -> Iterator[FakeGitHub]:
    with FakeGitHub() as fake:
        yield fake


@pytest.fixture
def client(server: FakeGitHub) -> Iterator[Github]:
    gh = github_client(server)
    yield gh
    gh.close()


@pytest.fixture
def repo(server: FakeGitHub) -> FakeRepo:
    return server.add_repo(REPO)


def test_without_commit_links_twenty_commits_cost_one_compare_and_the_issue_lists_them_all(
    server: FakeGitHub, repo: FakeRepo, client: Github
) -> None:
    base = repo.commit("start", {"app.py": "x = 0\n", "README.md": "hi\n"})
    shas = [repo.commit(f"c{n}", {"app.py": f"x = {n + 1}\n"} if n % 2 else {"README.md": f"hi {n}\n"})
            for n in range(20)]
    source = GitHubCommitSource(client, InMemoryBlobStore(), commit_links=False)
    source.fetch(REPO, "main", Since(), 50)  # the head, with its ETag
    server.clear_log()

    fetch = source.fetch(REPO, "main", Since(sha=base), 50)

    assert [c.sha for c in fetch.commits] == shas and not any(c.files for c in fetch.commits)
    assert {(f.path, f.change_type) for f in fetch.net_files} == {("app.py", "M"), ("README.md", "M")}
    assert [(e.path.split("?")[0].rsplit("/", 2)[-2], e.counted) for e in server.log] == [
        ("branches", False), ("compare", True)]  # the head is the cached one (304): only the compare counts
    assert source.usage()["ranges_without_commit_links"] == 1 and source.usage()["commit_details"] == 0


def test_without_commit_links_a_range_past_compares_300_files_still_reads_each_commit(
    repo: FakeRepo, client: Github
) -> None:
    base = repo.commit("start", {"a.txt": "a\n"})
    repo.commit("wide", {f"src/m{n}.py": f"x = {n}\n" for n in range(350)})
    repo.commit("narrow", {"a.txt": "b\n"})
    source = GitHubCommitSource(client, InMemoryBlobStore(), commit_links=False)

    fetch = source.fetch(REPO, "main", Since(sha=base), 50)

    assert len(fetch.net_files) == 351 and len(fetch.commits[0].files) == 350
    assert source.usage()["commit_details"] == 3  # two pages for the wide commit, one for the other


def test_a_dependents_file_is_read_once_per_pass(server: FakeGitHub, client: Github) -> None:
    server.add_repo("acme/consumer").commit("init", {"src/client.py": "URL = 'x'\n"})
    source = GitHubCommitSource(client, InMemoryBlobStore())

    first = source.read_files("acme/consumer", ("src/client.py", "gone.txt"), 100)
    again = source.read_files("acme/consumer", ("src/client.py", "gone.txt"), 100)

    assert first == again == {"src/client.py": "URL = 'x'\n", "gone.txt": None}
    assert server.count("GET", r"/contents/") == 2 and source.usage()["file_reads_reused"] == 2


def test_a_dependents_file_read_under_a_larger_cap_serves_a_smaller_one(server: FakeGitHub, client: Github) -> None:
    long = "".join(f"line {n}\n" for n in range(100))  # 690 bytes
    server.add_repo("acme/consumer").commit("init", {"src/client.py": long, "src/small.py": "x = 1\n"})
    source = GitHubCommitSource(client, InMemoryBlobStore())

    prompt = source.read_files("acme/consumer", ("src/client.py", "src/small.py"), 100)  # a prompt's cut
    rules = source.read_files("acme/consumer", ("src/client.py", "src/small.py"), 1_000)  # the rules read more
    again = source.read_files("acme/consumer", ("src/client.py",), 100)

    assert prompt["src/client.py"] == long[:100] and rules["src/client.py"] == long and again == {"src/client.py": long[:100]}
    assert prompt["src/small.py"] == rules["src/small.py"] == "x = 1\n"  # read whole the first time
    assert server.count("GET", r"/contents/src/client.py") == 2 and server.count("GET", r"/contents/src/small.py") == 1
    assert source.usage()["file_reads_reused"] == 2


def test_a_client_shared_by_threads_gives_each_request_its_own_answer(server: FakeGitHub) -> None:
    for n in range(20):
        server.add_repo(f"acme/r{n}")
    gh = share_across_threads(github_client(server, pool_size=16))
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: PyGithub alone swaps answers here

    def read(n: int) -> bool:
        name = f"acme/r{n % 20}"
        return json.loads(gh.requester.requestJson("GET", f"/repos/{name}")[2])["full_name"] == name

    try:
        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(read, range(600)))
    finally:
        sys.setswitchinterval(interval)
        gh.close()
    assert all(answers)
