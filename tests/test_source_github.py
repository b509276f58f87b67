"""GitHubCommitSource through PyGithub against FakeGitHub: ranges, caps, force-pushes, request costs,
repo statuses, rate limits and dependents' files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from doubles import InMemoryBlobStore
from fake_github import T0, FakeGitHub, FakeRepo, github_client
from github import Github

from job.errors import RateLimited, SourceError
from job.model import FileChange
from job.ports import Since
from job.source_github import GitHubCommitSource
from job.state import read_json

REPO = "acme/service"


class RecordingSleep:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


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
def store() -> InMemoryBlobStore:
    return InMemoryBlobStore()


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def source(client: Github, store: InMemoryBlobStore, sleep: RecordingSleep) -> GitHubCommitSource:
    return GitHubCommitSource(client, store, sleep=sleep)


@pytest.fixture
def repo(server: FakeGitHub) -> FakeRepo:
    return server.add_repo(REPO)


def by_path(files: tuple[FileChange, ...]) -> dict[str, FileChange]:
    return {f.path: f for f in files}


def test_first_run_sets_a_baseline_at_the_head_without_commits(repo: FakeRepo, source: GitHubCommitSource) -> None:
    repo.commit("first", {"a.txt": "one\n"})
    head = repo.commit("second", {"b.txt": "two\n"})

    fetch = source.fetch(REPO, None, Since(), max_commits=50)

    assert fetch.baseline and (fetch.branch, fetch.base, fetch.head) == ("main", None, head)
    assert fetch.head_time == T0 + timedelta(minutes=1)
    assert fetch.commits == () and fetch.net_files == () and fetch.notes == ()
    assert fetch.web_url.endswith("/acme/service")


def test_an_incremental_run_gives_new_commits_oldest_first_with_their_files_and_the_net_diff(
    repo: FakeRepo, source: GitHubCommitSource
) -> None:
    base = repo.commit("start", {"api.py": "def get():\n    pass\n", "keep.txt": "same\n"})
    c1 = repo.commit("add auth", {"auth.py": "TOKEN = 1\n", "keep.txt": "changed\n"}, author="ana")
    c2 = repo.commit("tune auth, rename api", {"auth.py": "TOKEN = 2\n"}, renames={"api.py": "http_api.py"})
    c3 = repo.commit("revert keep", {"keep.txt": "same\n"})

    fetch = source.fetch(REPO, "main", Since(sha=base), max_commits=50)

    assert [c.sha for c in fetch.commits] == [c1, c2, c3] and fetch.head == c3 and fetch.base == base
    assert fetch.commits[0].author == "ana" and fetch.commits[0].url.endswith(f"/commit/{c1}")
    assert fetch.commits[1].parents == (c1,)
    assert {(f.path, f.change_type) for f in fetch.commits[0].files} == {("auth.py", "A"), ("keep.txt", "M")}
    assert by_path(fetch.commits[1].files)["http_api.py"].old_path == "api.py"
    net = by_path(fetch.net_files)
    assert set(net) == {"auth.py", "http_api.py"}  # keep.txt changed and changed back: no net change
    assert net["auth.py"].change_type == "A" and "+TOKEN = 2\n" in net["auth.py"].diff
    assert net["http_api.py"].change_type == "R" and net["http_api.py"].old_path == "api.py"
    assert fetch.compare_url.endswith(f"/acme/service/compare/{base}...{c3}") and fetch.remaining == 0


def test_an_unchanged_repo_costs_exactly_one_request_answered_304(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource
) -> None:
    head = repo.commit("first", {"a.txt": "one\n"})
    source.fetch(REPO, None, Since(), 50)
    server.clear_log()

    fetch = source.fetch(REPO, None, Since(sha=head), 50)

    assert fetch.commits == () and fetch.head == head and not fetch.baseline
    assert [(e.method, e.path, e.status, e.counted) for e in server.log] == [
        ("GET", "/repos/acme/service/branches/main", 304, False)]
    assert source.usage()["conditional_304"] == 1


def test_a_changed_repo_costs_branch_repo_compare_and_one_request_per_commit(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource
) -> None:
    start = repo.commit("first", {"a.txt": "one\n"})
    source.fetch(REPO, "main", Since(), 50)
    one = repo.commit("second", {"a.txt": "two\n"})
    server.clear_log()

    source.fetch(REPO, "main", Since(sha=start), 50)
    lone = server.count()
    for n in range(3):
        repo.commit(f"more {n}", {"b.txt": f"{n}\n"})
    server.clear_log()
    fetch = source.fetch(REPO, "main", Since(sha=one), 50)

    assert lone == 3  # branch, repo, compare: a lone commit's files come with the compare
    assert len(fetch.commits) == 3 and server.count() == 6
    assert [e.path.split("?")[0].rsplit("/", 2)[-2] for e in server.log] == [
        "branches", "acme", "compare", "commits", "commits", "commits"]


def test_a_range_of_600_commits_is_read_whole_through_compare_pages(
    server: FakeGitHub, repo: FakeRepo, client: Github, store: InMemoryBlobStore
) -> None:
    base = repo.commit("start", {"n.txt": "0\n"})
    shas = [repo.commit(f"c{n}", {"n.txt": f"{n + 1}\n"}) for n in range(600)]
    source = GitHubCommitSource(client, store, max_commit_details=20)

    fetch = source.fetch(REPO, "main", Since(sha=base), max_commits=1000)

    assert [c.sha for c in fetch.commits] == shas and fetch.remaining == 0
    assert server.count("GET", r"/compare/") == 3
    assert all(c.files for c in fetch.commits[:20]) and not any(c.files for c in fetch.commits[20:])
    assert any("files were read for the oldest 20 of 600 commits" in n for n in fetch.notes)
    assert by_path(fetch.net_files)["n.txt"].diff == "@@ -1 +1 @@\n-0\n+600\n"


def test_when_compare_does_not_page_the_rest_of_the_range_comes_from_the_commit_listing(
    client: Github, store: InMemoryBlobStore
) -> None:
    with FakeGitHub(compare_paginates=False) as old_enterprise:
        gh = github_client(old_enterprise)
        try:
            repo = old_enterprise.add_repo(REPO)
            base = repo.commit("start", {"n.txt": "0\n"})
            shas = [repo.commit(f"c{n}", {"n.txt": f"{n + 1}\n"}) for n in range(600)]
            source = GitHubCommitSource(gh, store, max_commit_details=0)

            fetch = source.fetch(REPO, "main", Since(sha=base), max_commits=1000)
        finally:
            gh.close()

    assert [c.sha for c in fetch.commits] == shas
    assert any("compare gave 250 of the 600 commits; the other 350 came from the commit listing" in n for n in fetch.notes)


def test_a_commit_touching_350_files_keeps_them_all_and_notes_that_compare_stopped_at_300(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource
) -> None:
    base = repo.commit("start", {"README": "hi\n"})
    wide = repo.commit("reformat everything", {f"src/m{n:03}.py": f"x = {n}\n" for n in range(350)})

    fetch = source.fetch(REPO, "main", Since(sha=base), 50)

    assert len(fetch.net_files) == 350 and len(fetch.commits[0].files) == 350
    assert by_path(fetch.net_files)["src/m349.py"].diff == "@@ -0,0 +1 @@\n+x = 349\n"
    assert any("at most 300 changed files: 50 more came from the per-commit files" in n for n in fetch.notes)
    assert server.count("GET", rf"/commits/{wide}") == 2  # the commit's files come in pages of 300


def test_a_backlog_over_the_cap_is_processed_oldest_first_and_the_rest_is_left_for_later(
    repo: FakeRepo, source: GitHubCommitSource
) -> None:
    base = repo.commit("start", {"n.txt": "0\n"})
    shas = [repo.commit(f"c{n}", {"n.txt": f"{n}\n"}) for n in range(12)]

    first = source.fetch(REPO, "main", Since(sha=base), max_commits=5)
    second = source.fetch(REPO, "main", Since(sha=first.head), max_commits=5)

    assert [c.sha for c in first.commits] == shas[:5] and first.head == shas[4] and first.remaining == 7
    assert first.head_time == T0 + timedelta(minutes=5)
    assert by_path(first.net_files)["n.txt"].diff.endswith("+4\n")
    assert "backlog of 12 commits on main: processed the oldest 5, 7 left for the next passes" in first.notes
    assert [c.sha for c in second.commits] == shas[5:10] and second.remaining == 2


def test_capped_passes_through_a_merge_process_every_commit_exactly_once(
    repo: FakeRepo, source: GitHubCommitSource
) -> None:
    base = repo.commit("start", {"a.txt": "0\n"})
    m1 = repo.commit("main work", {"a.txt": "1\n"})
    f1 = repo.commit("feature 1", {"f.txt": "1\n"}, branch="feature", parents=[base])
    f2 = repo.commit("feature 2", {"f.txt": "2\n"}, branch="feature")
    merge = repo.commit("merge feature", parents=[m1, f2])
    m2 = repo.commit("after", {"a.txt": "2\n"})

    first = source.fetch(REPO, "main", Since(sha=base), max_commits=3)
    second = source.fetch(REPO, "main", Since(sha=first.head), max_commits=3)

    assert [c.sha for c in first.commits] == [f1, f2] and first.head == f2 and first.remaining == 3
    assert set(by_path(first.net_files)) == {"f.txt"}
    assert [c.sha for c in second.commits] == [m1, merge, m2] and second.remaining == 0
    assert second.commits[1].parents == (m1, f2)


def test_a_force_push_falls_back_to_the_merge_base_with_a_note(repo: FakeRepo, source: GitHubCommitSource) -> None:
    fork = repo.commit("shared", {"a.txt": "1\n"})
    checkpoint = repo.commit("soon rewritten", {"a.txt": "2\n"})
    repo.set_branch("main", fork)
    new = repo.commit("rewritten", {"a.txt": "3\n"})

    fetch = source.fetch(REPO, "main", Since(sha=checkpoint), 50)

    assert fetch.base == fork and [c.sha for c in fetch.commits] == [new]
    assert fetch.notes == (f"checkpoint {checkpoint[:7]} is no longer on branch main (force-push?); "
                           f"continuing from merge base {fork[:7]}",)
    assert by_path(fetch.net_files)["a.txt"].diff == "@@ -1 +1 @@\n-1\n+3\n"


def test_a_branch_reset_to_an_older_commit_gives_no_commits_and_says_so(
    repo: FakeRepo, source: GitHubCommitSource
) -> None:
    older = repo.commit("older", {"a.txt": "1\n"})
    checkpoint = repo.commit("dropped", {"a.txt": "2\n"})
    repo.set_branch("main", older)

    fetch = source.fetch(REPO, "main", Since(sha=checkpoint), 50)

    assert fetch.commits == () and fetch.head == older and fetch.base == older
    assert "is no longer on branch main (force-push?)" in fetch.notes[0]


def test_a_checkpoint_github_cannot_find_falls_back_to_its_time_or_else_to_a_new_baseline(
    repo: FakeRepo, source: GitHubCommitSource
) -> None:
    old = repo.commit("old", {"a.txt": "1\n"})
    newer = repo.commit("newer", {"a.txt": "2\n"})
    gone = "f" * 40

    by_time = source.fetch(REPO, "main", Since(sha=gone, time=(T0 + timedelta(seconds=30)).isoformat()), 50)
    no_time = source.fetch(REPO, "main", Since(sha=gone), 50)

    assert by_time.base == old and [c.sha for c in by_time.commits] == [newer]
    assert "cannot be found on branch main (force-push?); continuing from the commits after its time" in by_time.notes[0]
    assert no_time.baseline and no_time.head == newer and "starting a new baseline" in no_time.notes[0]


def test_a_date_before_the_first_commit_reads_the_whole_history_from_the_root(
    repo: FakeRepo, source: GitHubCommitSource
) -> None:
    shas = [repo.commit("first", {"a.txt": "1\n"}), repo.commit("second", {"a.txt": "2\n", "b.txt": "b\n"})]

    fetch = source.fetch(REPO, "main", Since(date="2023-12-31"), 50)

    assert fetch.base is None and [c.sha for c in fetch.commits] == shas
    net = {(f.path, f.change_type, f.diff) for f in fetch.net_files}
    assert net == {("a.txt", "A", ""), ("b.txt", "A", "@@ -0,0 +1 @@\n+b\n")}
    assert "root commit" in fetch.notes[0] and "1 of them without a diff" in fetch.notes[0]


def test_prefetching_120_heads_takes_two_graphql_requests_and_unchanged_repos_then_cost_nothing(
    server: FakeGitHub, source: GitHubCommitSource
) -> None:
    heads = {f"acme/r{n}": server.add_repo(f"acme/r{n}").commit("one", {"a": "1\n"}) for n in range(120)}
    changed = server.repo("acme/r7").commit("two", {"a": "2\n"})

    source.prefetch_heads([(name, None if n % 2 else "main") for n, name in enumerate(heads)])
    fetches = [source.fetch(name, None if n % 2 else "main", Since(sha=sha), 50) for n, (name, sha) in enumerate(heads.items())]

    assert server.count("POST", "/graphql") == 2
    assert [e.path.split("?")[0] for e in server.log[2:]] == [f"/repos/acme/r7/compare/{heads['acme/r7']}...{changed}"]
    assert sum(1 for f in fetches if f.commits) == 1 and fetches[7].commits[0].sha == changed
    assert source.usage()["prefetched_heads"] == 120


def test_a_prefetch_leaves_repos_it_cannot_resolve_to_fetch_which_tells_their_status(
    server: FakeGitHub, source: GitHubCommitSource
) -> None:
    head = server.add_repo("acme/here").commit("one", {"a": "1\n"})
    server.add_repo("acme/locked", access="forbidden")

    source.prefetch_heads([("acme/here", None), ("acme/gone", None), ("acme/locked", None), ("acme/here", "nope")])

    assert source.fetch("acme/here", None, Since(sha=head), 50).head == head
    with pytest.raises(SourceError) as gone:
        source.fetch("acme/gone", None, Since(), 50)
    with pytest.raises(SourceError) as locked:
        source.fetch("acme/locked", None, Since(), 50)
    with pytest.raises(SourceError) as branch:
        source.fetch("acme/here", "nope", Since(), 50)
    assert (gone.value.status, locked.value.status, branch.value.status) == ("not_found", "forbidden", "branch_not_found")
    assert server.count("POST", "/graphql") == 1


def test_a_failed_prefetch_only_loses_the_shortcut(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource, sleep: RecordingSleep
) -> None:
    head = repo.commit("one", {"a": "1\n"})
    server.fail("POST", "/graphql", 502)

    source.prefetch_heads([(REPO, "main")])
    fetch = source.fetch(REPO, "main", Since(sha=head), 50)

    assert fetch.head == head and sleep.waits == []
    assert [e.path for e in server.log] == ["/graphql", "/repos/acme/service/branches/main", "/repos/acme/service"]
    assert source.usage()["graphql_failures"] == 1


def test_a_missing_repo_is_not_found_and_a_forbidden_one_is_a_configuration_problem(
    server: FakeGitHub, source: GitHubCommitSource
) -> None:
    server.add_repo("acme/locked", access="forbidden")

    with pytest.raises(SourceError) as missing:
        source.fetch("acme/nothing", "main", Since(), 50)
    with pytest.raises(SourceError) as forbidden:
        source.fetch("acme/locked", None, Since(), 50)

    assert (missing.value.status, missing.value.retryable) == ("not_found", False)
    assert "acme/nothing does not exist, or the token cannot see it" in str(missing.value)
    assert (forbidden.value.status, forbidden.value.retryable) == ("forbidden", False)
    assert "configuration problem" in str(forbidden.value)


def test_an_unknown_branch_is_branch_not_found(repo: FakeRepo, source: GitHubCommitSource) -> None:
    repo.commit("one", {"a": "1\n"})

    with pytest.raises(SourceError) as unknown:
        source.fetch(REPO, "release", Since(), 50)

    assert (unknown.value.status, unknown.value.retryable) == ("branch_not_found", False)


def test_an_archived_repo_is_still_read_with_a_note(server: FakeGitHub, source: GitHubCommitSource) -> None:
    head = server.add_repo("acme/old", archived=True).commit("last", {"a": "1\n"})

    fetch = source.fetch("acme/old", None, Since(), 50)

    assert fetch.baseline and fetch.head == head
    assert fetch.notes == ("acme/old is archived (read-only): no new commits will come; consider unwatching it",)


def test_a_renamed_repo_is_followed_with_a_note_naming_its_new_name(
    server: FakeGitHub, source: GitHubCommitSource
) -> None:
    repo = server.add_repo("acme/old-name")
    start = repo.commit("one", {"a": "1\n"})
    source.fetch("acme/old-name", None, Since(), 50)
    server.rename("acme/old-name", "acme/new-name")
    new = repo.commit("two", {"a": "2\n"})

    fetch = source.fetch("acme/old-name", None, Since(sha=start), 50)
    server.clear_log()
    again = source.fetch("acme/old-name", None, Since(sha=new), 50)

    assert fetch.repo == "acme/old-name" and [c.sha for c in fetch.commits] == [new]
    assert "acme/old-name was renamed to acme/new-name: update the config" in fetch.notes
    assert fetch.web_url.endswith("/acme/new-name")
    assert again.notes == fetch.notes
    assert [(e.path, e.status) for e in server.log] == [("/repos/acme/new-name/branches/main", 304)]


def test_a_spent_primary_rate_limit_raises_rate_limited_with_its_reset_and_no_wait(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource, sleep: RecordingSleep
) -> None:
    repo.commit("one", {"a": "1\n"})
    bucket = server.set_rate_limit("core", remaining=0, reset_in=1800)

    with pytest.raises(RateLimited) as limited:
        source.fetch(REPO, None, Since(), 50)

    assert limited.value.reset_at == bucket.reset and limited.value.status == "rate_limited"
    assert sleep.waits == []


def test_once_github_says_nothing_is_left_no_further_request_is_sent(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource
) -> None:
    repo.commit("one", {"a": "1\n"})
    server.set_rate_limit("core", remaining=2, reset_in=1800)
    source.fetch(REPO, None, Since(), 50)
    server.clear_log()

    with pytest.raises(RateLimited):
        source.fetch("acme/other", None, Since(), 50)

    assert server.log == [] and source.usage()["rate_limit_remaining"] == 0


def test_a_secondary_limit_429_with_retry_after_waits_then_succeeds(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource, sleep: RecordingSleep
) -> None:
    head = repo.commit("one", {"a": "1\n"})
    server.secondary_limit("GET", "/branches/", status=429, retry_after=2)

    fetch = source.fetch(REPO, "main", Since(), 50)

    assert fetch.head == head and sleep.waits == [2.0]
    assert [e.status for e in server.log] == [429, 200, 200]


def test_a_secondary_limit_403_without_retry_after_waits_a_minute_then_succeeds(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource, sleep: RecordingSleep
) -> None:
    head = repo.commit("one", {"a": "1\n"})
    server.secondary_limit("GET", "/branches/", status=403)

    fetch = source.fetch(REPO, "main", Since(), 50)

    assert fetch.head == head and sleep.waits == [60.0]


def test_a_secondary_limit_is_waited_out_again_and_again_until_the_run_budget_is_spent(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource, sleep: RecordingSleep
) -> None:
    head = repo.commit("one", {"a": "1\n"})
    server.secondary_limit("GET", "/branches/", status=429, retry_after=5, times=2)
    assert source.fetch(REPO, "main", Since(), 50).head == head
    assert sleep.waits == [5.0, 5.0]

    server.secondary_limit("GET", "/branches/", status=429, retry_after=30, times=None)
    with pytest.raises(RateLimited) as limited:
        source.fetch(REPO, "main", Since(), 50)

    assert sleep.waits == [5.0, 5.0, 30.0] and "budget of 60 s" in str(limited.value)


def test_a_long_retry_after_is_not_waited_for(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource, sleep: RecordingSleep
) -> None:
    repo.commit("one", {"a": "1\n"})
    server.secondary_limit("GET", "/branches/", status=403, retry_after=600)

    with pytest.raises(RateLimited) as limited:
        source.fetch(REPO, "main", Since(), 50)

    assert sleep.waits == [] and limited.value.reset_at >= server.clock() + 599


def test_a_server_error_is_a_retryable_source_error(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource
) -> None:
    start = repo.commit("one", {"a": "1\n"})
    repo.commit("two", {"a": "2\n"})
    server.fail("GET", "/compare/", 502)

    with pytest.raises(SourceError) as failed:
        source.fetch(REPO, "main", Since(sha=start), 50)

    assert failed.value.retryable and failed.value.status == "failed" and "502" in str(failed.value)


def test_usage_counts_requests_304s_and_those_that_counted_against_the_limit(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource
) -> None:
    head = repo.commit("one", {"a": "1\n"})
    source.fetch(REPO, None, Since(), 50)
    source.fetch(REPO, None, Since(sha=head), 50)

    usage = source.usage()

    assert (usage["requests"], usage["conditional_304"], usage["rate_limit_counted"]) == (3, 1, 2)
    assert usage["rate_limit_counted"] == server.count(counted=True)
    assert usage["rate_limit_remaining"] == 4998


def test_the_etag_cache_lives_in_the_blob_store_and_a_corrupt_one_is_only_a_miss(
    server: FakeGitHub, repo: FakeRepo, source: GitHubCommitSource, store: InMemoryBlobStore
) -> None:
    head = repo.commit("one", {"a": "1\n"})
    source.fetch("Acme/Service", None, Since(), 50)

    cached, _ = read_json(store, "cache/etags/acme/service.json") or ({}, 0)
    store.write("cache/etags/acme/service.json", b"{not json")
    fetch = source.fetch("Acme/Service", None, Since(sha=head), 50)

    assert cached["sha"] == head and cached["etag"].startswith('W/"') and cached["schema"] == 1
    assert fetch.commits == () and server.log[-1].status == 200


def test_read_files_gives_text_none_for_a_missing_file_and_cuts_at_max_bytes(
    server: FakeGitHub, source: GitHubCommitSource
) -> None:
    dependent = server.add_repo("acme/consumer")
    dependent.commit("files", {"openapi.yaml": "paths: {}\n", "big.txt": "é" * 10, "huge.bin": "x" * 1_200_000})

    files = source.read_files("acme/consumer", ("openapi.yaml", "missing.yaml", "big.txt", "huge.bin"), max_bytes=5)

    assert files == {"openapi.yaml": "paths", "missing.yaml": None, "big.txt": "éé", "huge.bin": "xxxxx"}
    assert source.read_files("acme/consumer", ("openapi.yaml",), 1000) == {"openapi.yaml": "paths: {}\n"}
    with pytest.raises(SourceError) as missing:
        source.read_files("acme/none", ("a.txt",), 100)
    assert missing.value.status == "not_found"
