"""FakeGitHub behaves like GitHub where the job depends on it, checked through PyGithub and raw HTTP."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from fake_github import FakeGitHub, github_client
from github import Github, GithubException, RateLimitExceededException, UnknownObjectException


@pytest.fixture
def server() -> Iterator[FakeGitHub]:
    with FakeGitHub() as fake:
        yield fake


@pytest.fixture
def gh(server: FakeGitHub) -> Iterator[Github]:
    client = github_client(server)
    yield client
    client.close()


def raw_get(server: FakeGitHub, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        response.read()
        return response
    finally:
        conn.close()


def urls_in(value: object) -> list[str]:
    if isinstance(value, dict):
        return [u for k, v in value.items() for u in ([v] if k.endswith("url") and isinstance(v, str) else urls_in(v))]
    if isinstance(value, list):
        return [u for v in value for u in urls_in(v)]
    return []


def test_lists_are_paginated_with_link_headers_that_pygithub_follows(server: FakeGitHub, gh: Github) -> None:
    repo = server.add_repo("acme/api")
    for n in range(35):
        repo.add_issue(f"issue {n}")

    titles = [i.title for i in gh.get_repo("acme/api").get_issues(state="open")]

    assert len(titles) == 35 and titles[0] == "issue 34"
    first = server.requests("GET", r"/issues")[0]
    assert "page=2" in raw_get(server, urlsplit(first.path).path).headers["Link"]
    assert server.count("GET", r"/issues\?.*page=2") == 1


def test_a_conditional_request_answered_304_does_not_count_against_the_rate_limit(server: FakeGitHub) -> None:
    server.add_repo("acme/api").commit("one", {"a": "1"})
    first = raw_get(server, "/repos/acme/api/branches/main")
    again = raw_get(server, "/repos/acme/api/branches/main", {"If-None-Match": first.headers["ETag"]})

    assert (first.status, again.status) == (200, 304)
    assert again.headers["X-RateLimit-Remaining"] == first.headers["X-RateLimit-Remaining"] == "4999"
    assert [e.counted for e in server.log] == [True, False]


def test_an_issue_title_over_256_or_a_body_over_65536_characters_is_refused_with_422(
    server: FakeGitHub, gh: Github
) -> None:
    server.add_repo("acme/api")
    repo = gh.get_repo("acme/api")

    with pytest.raises(GithubException) as title:
        repo.create_issue("t" * 257, "body")
    with pytest.raises(GithubException) as body:
        repo.create_issue("title", "b" * 65_537)
    repo.create_issue("t" * 256, "b" * 65_536)

    assert title.value.status == body.value.status == 422
    assert "title is too long" in json.dumps(title.value.data)
    assert len(server.repo("acme/api").issues) == 1


def test_every_url_field_is_on_the_server_host(server: FakeGitHub, gh: Github) -> None:
    repo = server.add_repo("acme/api")
    first = repo.commit("one", {"a.txt": "1\n"})
    repo.commit("two", {"a.txt": "2\n"})
    repo.add_issue("hello", labels=("bug",))
    gh.get_repo("acme/api").get_issue(1).create_comment("hi")

    for path in ("/repos/acme/api", "/repos/acme/api/branches/main", f"/repos/acme/api/compare/{first}...main",
                 "/repos/acme/api/issues/1", "/repos/acme/api/issues/1/comments", "/repos/acme/api/contents/a.txt"):
        _, _, data = gh.requester.requestJson("GET", path)
        urls = urls_in(json.loads(data))
        assert urls and all(u.startswith(server.url + "/") for u in urls), path


def test_a_missing_repo_is_404_and_a_forbidden_one_is_403(server: FakeGitHub, gh: Github) -> None:
    server.add_repo("acme/locked", access="forbidden")

    with pytest.raises(UnknownObjectException):
        gh.get_repo("acme/nothing")
    with pytest.raises(GithubException) as forbidden:
        gh.get_repo("acme/locked")

    assert forbidden.value.status == 403


def test_every_response_carries_each_rate_limit_header_exactly_once(server: FakeGitHub) -> None:
    server.add_repo("acme/api").commit("one", {"a": "1"})
    for path in ("/repos/acme/api", "/repos/acme/nothing", "/rate_limit"):
        response = raw_get(server, path)
        for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Used"):
            assert len(response.msg.get_all(name) or []) == 1, (path, name)
        assert all(len(response.msg.get_all(name) or []) == 1 for name in response.msg.keys())


def test_a_spent_primary_limit_answers_403_with_remaining_zero_until_reset(server: FakeGitHub, gh: Github) -> None:
    server.add_repo("acme/api")
    bucket = server.set_rate_limit("core", remaining=0, reset_in=120)

    with pytest.raises(RateLimitExceededException) as spent:
        gh.get_repo("acme/api")

    assert spent.value.status == 403
    assert spent.value.headers is not None and spent.value.headers["x-ratelimit-remaining"] == "0"
    assert int(spent.value.headers["x-ratelimit-reset"]) == bucket.reset
    server.clock = lambda: bucket.reset + 1.0
    assert gh.get_repo("acme/api").full_name == "acme/api"


def test_secondary_limits_answer_429_or_403_with_or_without_retry_after(server: FakeGitHub) -> None:
    server.add_repo("acme/api")
    server.secondary_limit("GET", r"^/repos/acme/api$", status=429, retry_after=2)
    server.secondary_limit("GET", r"^/repos/acme/api$", status=403)

    limited = raw_get(server, "/repos/acme/api")
    forbidden = raw_get(server, "/repos/acme/api")
    fine = raw_get(server, "/repos/acme/api")

    assert (limited.status, limited.headers["Retry-After"]) == (429, "2")
    assert (forbidden.status, forbidden.headers["Retry-After"]) == (403, None)
    assert fine.status == 200


def test_a_fault_with_after_effect_creates_the_issue_then_answers_502(server: FakeGitHub, gh: Github) -> None:
    server.add_repo("acme/api")
    server.fail("POST", r"/issues$", 502, after_effect=True)

    with pytest.raises(GithubException) as failed:
        gh.get_repo("acme/api").create_issue("once", "body")

    assert failed.value.status == 502
    assert [i.title for i in server.repo("acme/api").issues.values()] == ["once"]


def test_search_needs_is_issue_and_lags_behind_new_issues(server: FakeGitHub, gh: Github) -> None:
    server.add_repo("acme/api")
    server.search_lag = 30.0
    gh.get_repo("acme/api").create_issue("Fresh", "marker-123", labels=["orchestrator"])
    query = "repo:acme/api is:issue label:orchestrator in:body marker-123"

    assert gh.search_issues(query).totalCount == 0
    server.reindex()
    assert [i.number for i in gh.search_issues(query)] == [1]
    with pytest.raises(GithubException) as invalid:
        list(gh.search_issues("repo:acme/api marker-123"))
    assert invalid.value.status == 422


def test_a_renamed_repo_answers_301_and_pygithub_follows_it(server: FakeGitHub, gh: Github) -> None:
    server.add_repo("acme/old").commit("one", {"a": "1"})
    server.rename("acme/old", "acme/new")

    assert gh.get_repo("acme/old").full_name == "acme/new"
    assert [e.status for e in server.log] == [301, 200]


def test_compare_pages_its_commits_and_caps_files_at_300(server: FakeGitHub, gh: Github) -> None:
    repo = server.add_repo("acme/api")
    base = repo.commit("base", {"keep": "1"})
    for n in range(260):
        repo.commit(f"c{n}", {f"f{n}.txt": "x\n"} if n < 100 else {"keep": str(n)})
    repo.commit("wide", {f"wide/{n}.txt": "y\n" for n in range(250)})

    comparison = gh.get_repo("acme/api").compare(base, "main")
    _, whole = gh.requester.requestJsonAndCheck("GET", f"/repos/acme/api/compare/{base}...main")

    assert comparison.total_commits == 261 and len(list(comparison.commits)) == 261
    assert len(comparison.files) == 300 and len(whole["commits"]) == 250
    assert server.count("GET", r"/compare/.*page=2") == 1


def test_graphql_answers_data_for_found_repos_and_errors_for_the_rest(server: FakeGitHub, gh: Github) -> None:
    head = server.add_repo("acme/api", archived=True).commit("one", {"a": "1"})
    query = """query($o: String!) { a: repository(owner: $o, name: "api") { isArchived
        ref(qualifiedName: "refs/heads/main") { target { oid ... on Commit { committedDate } } } }
      b: repository(owner: "acme", name: "gone") { url } }"""

    _, _, text = gh.requester.requestJson("POST", gh.requester.graphql_url, input={"query": query, "variables": {"o": "acme"}})
    _, _, bad = gh.requester.requestJson("POST", gh.requester.graphql_url, input={"query": "{ viewer { login } }"})

    answer = json.loads(text)
    assert answer["data"]["a"] == {"isArchived": True, "ref": {"target": {"oid": head, "committedDate": "2024-01-01T00:00:00Z"}}}
    assert answer["data"]["b"] is None and answer["errors"][0]["type"] == "NOT_FOUND"
    assert "data" not in json.loads(bad) and "viewer" in json.loads(bad)["errors"][0]["message"]
    assert server.log[0].resource == "graphql"


def test_labels_with_a_slash_or_spaces_in_their_name_work_through_pygithub(server: FakeGitHub, gh: Github) -> None:
    server.add_repo("acme/api").add_issue("hello")
    repo = gh.get_repo("acme/api")
    repo.create_label("orchestrator/urgency high", "b60205", "raised by the poller")

    issue = repo.get_issue(1)
    issue.add_to_labels("orchestrator/urgency high")
    found = repo.get_label("orchestrator/urgency high")
    issue.remove_from_labels("orchestrator/urgency high")

    assert (found.color, found.description) == ("b60205", "raised by the poller")
    assert server.repo("acme/api").issues[1].labels == []


def test_a_recursive_tree_lists_files_and_folders_and_is_cut_short_past_the_limit(
    server: FakeGitHub, gh: Github,
) -> None:
    sha = server.add_repo("acme/svc").commit("init", {"app.py": "x\n", "admin/pages/index.html": "<p>\n"})
    repo = gh.get_repo("acme/svc")
    whole = repo.get_git_tree(sha, recursive=True)
    assert [(e.path, e.type) for e in whole.tree] == [
        ("admin", "tree"), ("admin/pages", "tree"), ("admin/pages/index.html", "blob"), ("app.py", "blob")]
    assert whole.raw_data["truncated"] is False
    assert [e.path for e in repo.get_git_tree("main").tree] == ["admin", "app.py"]  # a ref names its tree too
    server.tree_limit = 2
    cut = repo.get_git_tree(sha, recursive=True)
    assert len(cut.tree) == 2 and cut.raw_data["truncated"] is True
    with pytest.raises(UnknownObjectException):
        repo.get_git_tree("no-such-ref")
