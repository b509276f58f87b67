"""GitHub when the pass works on many repos at once: a PyGithub client shared by threads without
swapped answers."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fake_github import FakeGitHub, github_client

from job.source_github import share_across_threads


@pytest.fixture
def server() -> Iterator[FakeGitHub]:
    with FakeGitHub() as fake:
        yield fake


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
