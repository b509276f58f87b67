"""The command line against FakeGitHub: polling through the REST API and issues written exactly once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from test_cli import orchestrator

from job.demo import _provider_files

pytestmark = pytest.mark.slow

PROVIDER, CONSUMER, FORK = "acme/llm-service", "acme/chat-app", "acme/llm-service-coder"
CONFIG = {"relationships": {PROVIDER: {
    "type": "service_provider",
    "consumers": [{"repo": CONSUMER, "relationship_type": "api_consumer",
                   "interface_files": ["src/llm_client.py", "config/missing.yaml"],
                   "change_triggers": ["api_contract", "authentication", "endpoints", "configuration"]}],
    "derivatives": [{"repo": FORK, "relationship_type": "template_fork",
                     "shared_concerns": ["docker", "gpu_configuration", "infrastructure"],
                     "divergent_concerns": ["model_specific", "application_logic"]}],
}}}


@pytest.fixture
def github(tmp_path: Path) -> Iterator[tuple[FakeGitHub, dict[str, str]]]:
    with FakeGitHub() as server:
        provider = server.add_repo(PROVIDER)
        provider.commit("Initial import", {k: v for k, v in _provider_files(readme="typo").items()})
        server.add_repo(CONSUMER).commit("init", {"src/llm_client.py": "BASE_URL = 'http://llm:8000/v1'\n"})
        server.add_repo(FORK).commit("init", _provider_files(readme="fork"))
        config = tmp_path / "relationships.json"
        config.write_text(json.dumps(CONFIG))
        env = {"GITHUB_TOKEN": "ghp_" + "x" * 36, "GITHUB_API_URL": server.url, "ORCHESTRATOR_CONFIG": str(config),
               "ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_LOG_FORMAT": "json",
               "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE": "60000"}
        result = orchestrator("run", env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        yield server, env


def change_provider(server: FakeGitHub) -> None:
    repo = server.repo(PROVIDER)
    repo.commit("Require an X-API-Key header", _provider_files(readme="typo", auth="yes", port="9000"))
    repo.commit("Reserve a GPU", _provider_files(readme="typo", auth="yes", port="9000", gpu="yes"))


def issues(server: FakeGitHub, repo: str) -> list[tuple[str, str, int]]:
    return [(i.title, i.state, len(i.comments)) for i in server.repo(repo).issues.values()]


def test_pass_files_the_expected_issues_and_a_second_pass_files_nothing(
    github: tuple[FakeGitHub, dict[str, str]], tmp_path: Path,
) -> None:
    server, env = github
    change_provider(server)
    result = orchestrator("run", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [(consumer_title, _, _)] = issues(server, CONSUMER)
    [(fork_title, _, _)] = issues(server, FORK)
    assert "authentication" in consumer_title and "GPU configuration" in fork_title
    body = server.repo(CONSUMER).issues[1].body
    assert "`src/llm_client.py`" in body and "config/missing.yaml" not in body
    assert "missing in acme/chat-app: `config/missing.yaml`" in result.stdout
    assert {"dependency-orchestrator", "dependency"} <= set(server.repo(CONSUMER).labels)
    assert "ghp_" not in result.stdout + result.stderr

    server.clear_log()
    again = orchestrator("run", env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert server.count("POST", r"^/repos") == server.count("PATCH") == 0  # only the GraphQL heads query
    assert server.count(counted=True) <= 1  # the heads come from one GraphQL query; nothing else counts


@pytest.mark.parametrize("method, path, after_effect, times", [
    ("POST", r"/repos/acme/chat-app/issues$", True, 2),  # created, answered 500, looked up, not created again
    ("POST", r"/repos/acme/chat-app/issues$", False, 2),  # both attempts fail: the rerun creates it
    ("POST", r"/repos/acme/llm-service-coder/issues$", True, 1),
    ("POST", r"/repos/acme/chat-app/labels$", False, 1),
    ("GET", r"/repos/acme/chat-app/issues$", False, 1),
    ("GET", r"/repos/acme/llm-service/compare/", False, 1),
])
def test_write_failure_then_rerun_ends_with_exactly_the_expected_issues(
    github: tuple[FakeGitHub, dict[str, str]], tmp_path: Path, method: str, path: str, after_effect: bool, times: int,
) -> None:
    server, env = github
    change_provider(server)
    server.fail(method, path, 500, times=times, after_effect=after_effect)
    first = orchestrator("run", env=env, cwd=tmp_path)
    rerun = orchestrator("run", env=env, cwd=tmp_path)
    assert rerun.returncode == 0, first.stderr + rerun.stderr
    assert len(issues(server, CONSUMER)) == 1 and len(issues(server, FORK)) == 1
    assert all(comments == 0 for _, _, comments in issues(server, CONSUMER) + issues(server, FORK))


def test_missing_and_forbidden_watched_repos_get_their_own_status(
    github: tuple[FakeGitHub, dict[str, str]], tmp_path: Path,
) -> None:
    server, env = github
    server.add_repo("acme/locked", access="forbidden")
    config = {"relationships": {**CONFIG["relationships"],
                                "acme/gone": {"type": "service_provider", "consumers": [{
                                    "repo": CONSUMER, "relationship_type": "api_consumer",
                                    "change_triggers": ["endpoints"]}]},
                                "acme/locked": {"type": "service_provider", "consumers": [{
                                    "repo": CONSUMER, "relationship_type": "api_consumer",
                                    "change_triggers": ["endpoints"]}]}}}
    Path(env["ORCHESTRATOR_CONFIG"]).write_text(json.dumps(config))
    result = orchestrator("run", env=env, cwd=tmp_path)
    assert result.returncode == 2, result.stderr  # both are configuration problems: a retry cannot help
    assert "acme/gone — failed" in result.stdout and "acme/locked — failed" in result.stdout
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    reasons = {entry["watched"]: entry["reason"] for entry in lines if entry.get("message") == "repo failed"}
    assert reasons == {"acme/gone": "not_found", "acme/locked": "forbidden"}


def test_thirty_changed_repos_stay_within_the_documented_request_count(tmp_path: Path) -> None:
    repos = [f"acme/svc-{n:02d}" for n in range(30)]
    with FakeGitHub() as server:
        for repo in repos:
            server.add_repo(repo).commit("init", {"app.py": "PORT = 8000\n"})
            server.add_repo(f"{repo}-client").commit("init", {"client.py": "x = 1\n"})
        config = tmp_path / "relationships.json"
        config.write_text(json.dumps({"relationships": {repo: {"type": "service_provider", "consumers": [{
            "repo": f"{repo}-client", "relationship_type": "api_consumer", "interface_files": ["client.py"],
            "change_triggers": ["authentication"]}]} for repo in repos}}))
        env = {"GITHUB_TOKEN": "t" * 40, "GITHUB_API_URL": server.url, "ORCHESTRATOR_CONFIG": str(config),
               "ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE": "60000"}
        assert orchestrator("run", env=env, cwd=tmp_path).returncode == 0
        for repo in repos:
            for n in range(3):
                server.repo(repo).commit(f"change {n}", {"app.py": f"API_KEY = read_key({n})\n"})
        server.clear_log()
        result = orchestrator("run", env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert sum(len(server.repo(f"{r}-client").issues) for r in repos) == 30
        # README: per changed repo 1 + k reads (k commits), per new issue 4 (contents, labels list,
        # issues list, create) and the job's labels once per dependent, plus one GraphQL query per 100 repos
        per_repo = (1 + 3) + 4 + 3
        assert server.count() <= 30 * per_repo + 1


@pytest.mark.parametrize("tree_limit, named", [(100_000, True), (3, False)], ids=["whole tree", "truncated tree"])
def test_validate_online_names_an_unused_paths_glob_that_matches_no_file(
    github: tuple[FakeGitHub, dict[str, str]], tmp_path: Path, tree_limit: int, named: bool,
) -> None:
    server, env = github
    server.repo(PROVIDER).commit("Add an admin page", {"admin/index.html": "<h1>admin</h1>\n"})
    consumer = {**CONFIG["relationships"][PROVIDER]["consumers"][0], "interface_files": ["src/llm_client.py"],
                "unused_paths": ["admin/**", "console/**", "*.html"]}
    config = {"relationships": {PROVIDER: {**CONFIG["relationships"][PROVIDER], "consumers": [consumer]}}}
    Path(env["ORCHESTRATOR_CONFIG"]).write_text(json.dumps(config))
    server.tree_limit = tree_limit
    result = orchestrator("validate", "--online", env=env, cwd=tmp_path)
    listed = server.count("GET", r"/git/trees/[0-9a-f]{40}\?recursive=1$")
    assert listed == 1
    if named:
        assert result.returncode == 1, result.stdout + result.stderr
        rows = result.stdout.split("REPO")[1]
        assert "unused_paths of acme/chat-app" in rows and "'console/**' matches no file on the watched branch" in rows
        assert "admin/**" not in rows and "*.html" not in rows
    else:  # a partial list proves nothing: not reported, and the log says it was not checked
        assert result.returncode == 0, result.stdout + result.stderr
        assert "unused_paths not checked" in result.stderr and "console/**" not in result.stdout


def test_validate_online_reports_every_problem_in_one_table(
    github: tuple[FakeGitHub, dict[str, str]], tmp_path: Path,
) -> None:
    server, env = github
    ok = orchestrator("validate", "--online", env=env, cwd=tmp_path)
    assert ok.returncode == 1  # config/missing.yaml is declared but absent
    assert "interface files not found: config/missing.yaml" in ok.stdout

    server.repo(FORK).permissions.update(push=False, triage=False)
    server.add_repo("acme/quiet", has_issues=False)
    config = {"relationships": {**CONFIG["relationships"],
                                "acme/gone": {"type": "service_provider", "consumers": [{
                                    "repo": "acme/quiet", "relationship_type": "api_consumer",
                                    "change_triggers": ["endpoints"]}]}}}
    Path(env["ORCHESTRATOR_CONFIG"]).write_text(json.dumps(config))
    result = orchestrator("validate", "--online", env=env, cwd=tmp_path)
    assert result.returncode == 1
    rows = result.stdout.split("REPO")[1]
    assert "acme/gone" in rows and "not_found" in rows
    assert "acme/quiet has issues turned off" in rows
    assert "the token cannot write issues in acme/llm-service-coder" in rows
    assert server.count("POST", r"^/repos") == server.count("PATCH") == 0  # validation writes nothing
