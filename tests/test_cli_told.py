"""Issue 13 through the command line against FakeGitHub: every dependent is told each change once, whatever
happens to the pass (replays, partial passes, force-pushes), to the dependent (refusing, renamed) or to
GitHub's answers (rate limits on any request, dropped connections)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from test_cli import orchestrator
from test_cli_github import CONFIG, CONSUMER, FORK, PROVIDER, change_provider, issues

from job.demo import _provider_files

pytestmark = pytest.mark.slow

World = tuple[FakeGitHub, dict[str, str]]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """The provider, its consumer and its fork on FakeGitHub, after a first (baseline) run."""
    with FakeGitHub() as server:
        server.add_repo(PROVIDER).commit("Initial import", _provider_files(readme="typo"))
        server.add_repo(CONSUMER).commit("init", {"src/llm_client.py": "BASE_URL = 'http://llm:8000/v1'\n"})
        server.add_repo(FORK).commit("init", _provider_files(readme="fork"))
        config = tmp_path / "relationships.json"
        config.write_text(json.dumps(CONFIG))
        env = {"GITHUB_TOKEN": "ghp_" + "x" * 36, "GITHUB_API_URL": server.url, "ORCHESTRATOR_CONFIG": str(config),
               "ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE": "60000"}
        assert orchestrator("run", env=env, cwd=tmp_path).returncode == 0
        yield server, env


def comments(server: FakeGitHub, repo: str) -> list[str]:
    return [c.body for i in server.repo(repo).issues.values() for c in i.comments]


def checkpoint(env: dict[str, str]) -> dict[str, str]:
    return json.loads((Path(env["ORCHESTRATOR_STATE"]) / "checkpoints" / "acme" / "llm-service.json").read_text())


def run(env: dict[str, str], tmp_path: Path, *args: str, code: int = 0) -> str:
    result = orchestrator("run", *args, env=env, cwd=tmp_path)
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


# --- Replays -----------------------------------------------------------------------------------------------

def test_a_replay_from_an_earlier_sha_posts_nothing_already_told(world: World, tmp_path: Path) -> None:
    server, env = world
    first_new = server.repo(PROVIDER).commit("Require an X-API-Key header", _provider_files(readme="typo", auth="yes"))
    server.repo(PROVIDER).commit("Reserve a GPU", _provider_files(readme="typo", auth="yes", gpu="yes"))
    run(env, tmp_path)
    before = issues(server, CONSUMER) + issues(server, FORK)
    assert len(before) == 2

    reset = orchestrator("state", "reset", "--repo", PROVIDER, "--to", first_new[:8], env=env, cwd=tmp_path)
    assert reset.returncode == 0, reset.stderr
    assert checkpoint(env)["sha"] == first_new  # the short sha was resolved to the full one
    run(env, tmp_path)
    run(env, tmp_path, "--since", first_new[:10])

    assert issues(server, CONSUMER) + issues(server, FORK) == before  # no comment repeats a finding


def test_a_replay_over_a_range_that_overlaps_new_commits_posts_only_what_is_new(world: World, tmp_path: Path) -> None:
    server, env = world
    start = server.repo(PROVIDER).head()
    change_provider(server)
    run(env, tmp_path)
    server.repo(PROVIDER).commit("Move to port 9100", _provider_files(readme="typo", auth="yes", port="9100", gpu="yes"))

    run(env, tmp_path, "--since", start)

    [said] = comments(server, CONSUMER)
    assert "9100" in said and "X-API-Key" not in said


# --- Refusing dependents -------------------------------------------------------------------------------

@pytest.mark.parametrize("refusal, status, words", [
    ("archived", "archived", "archived"),
    ("issues_off", "issues_disabled", "issues disabled"),
    ("no_access", "no_access", "no access"),
])
def test_a_dependent_that_refuses_issues_does_not_hold_back_the_others(
    world: World, tmp_path: Path, refusal: str, status: str, words: str,
) -> None:
    server, env = world
    consumer = server.repo(CONSUMER)
    if refusal == "archived":
        consumer.archived = True
    elif refusal == "issues_off":
        consumer.has_issues = False
    else:
        consumer.permissions.update(push=False, triage=False)
    change_provider(server)

    out = run(env, tmp_path)

    assert issues(server, CONSUMER) == [] and len(issues(server, FORK)) == 1  # the fork after it was told
    assert checkpoint(env)["sha"] == server.repo(PROVIDER).head()
    assert f"not written: {words}" in out and "1 issue filed" in out and "1 dependent refusing issues" in out
    records = [json.loads(p.read_text()) for p in (Path(env["ORCHESTRATOR_STATE"]) / "runs").rglob("*.json")]
    [refused] = [{d["dependent"]: d["refused"] for r in record["repos"] for d in r["decisions"]}
                 for record in records if any(r["decisions"] for r in record["repos"])]  # the baseline run has none
    assert refused == {CONSUMER: status, FORK: ""}

    run(env, tmp_path)  # still refusing: nothing repeats to the fork, nothing is lost for the consumer
    assert len(issues(server, FORK)) == 1 and comments(server, FORK) == []

    consumer.archived, consumer.has_issues = False, True
    consumer.permissions.update(push=True, triage=True)
    server.repo(PROVIDER).commit("Fix a typo", _provider_files(readme="fixed", auth="yes", port="9000", gpu="yes"))
    run(env, tmp_path)
    [(title, _, _)] = issues(server, CONSUMER)  # the kept finding, written once it could be
    assert "authentication" in title and comments(server, FORK) == []


def test_a_pending_finding_is_written_even_when_the_watched_repo_did_not_change_again(
    world: World, tmp_path: Path,
) -> None:
    server, env = world
    server.repo(CONSUMER).has_issues = False
    change_provider(server)
    run(env, tmp_path)
    server.repo(CONSUMER).has_issues = True

    run(env, tmp_path)

    assert len(issues(server, CONSUMER)) == 1 and len(issues(server, FORK)) == 1


def test_validate_online_names_an_archived_dependent(world: World, tmp_path: Path) -> None:
    server, env = world
    server.repo(CONSUMER).archived = True
    result = orchestrator("validate", "--online", env=env, cwd=tmp_path)
    assert "acme/chat-app is archived" in result.stdout


# --- Renamed dependents ------------------------------------------------------------------------------

def test_a_renamed_dependent_is_followed_and_the_digest_says_the_config_names_an_old_name(
    world: World, tmp_path: Path,
) -> None:
    server, env = world
    server.rename(CONSUMER, "acme/chat-web")
    change_provider(server)

    out = run(env, tmp_path)

    assert len(issues(server, "acme/chat-web")) == 1 and len(issues(server, FORK)) == 1
    assert "dependent acme/chat-app has been renamed (now acme/chat-web)" in out
    assert server.count("POST", r"/repositories/\d+/issues$") == 1  # the 307 was followed, once
    validate = orchestrator("validate", "--online", env=env, cwd=tmp_path)
    assert "acme/chat-app has been renamed to acme/chat-web" in validate.stdout

    server.repo(PROVIDER).commit("Move to port 9100", _provider_files(readme="typo", auth="yes", port="9100", gpu="yes"))
    run(env, tmp_path)
    [(_, _, n)] = issues(server, "acme/chat-web")
    assert n == 1  # the next finding is a comment on the same issue, written through the redirect


# --- Partial passes and force-pushes ------------------------------------------------------------------

def test_a_rerun_after_a_partial_pass_tells_each_dependent_only_what_is_new_to_it(
    world: World, tmp_path: Path,
) -> None:
    server, env = world
    change_provider(server)
    server.fail("POST", r"/repos/acme/llm-service-coder/issues$", 500, times=2)  # the fork fails; the consumer is told
    run(env, tmp_path, code=1)
    assert len(issues(server, CONSUMER)) == 1 and issues(server, FORK) == []
    server.repo(PROVIDER).commit("Move to port 9100", _provider_files(readme="typo", auth="yes", port="9100", gpu="yes"))

    run(env, tmp_path)
    run(env, tmp_path)

    [said] = comments(server, CONSUMER)  # the new commit only, once
    assert "9100" in said and "X-API-Key" not in said
    assert len(issues(server, FORK)) == 1  # the fork hears everything, once


def test_a_force_push_that_rewrites_reported_commits_reports_nothing_again(world: World, tmp_path: Path) -> None:
    server, env = world
    provider = server.repo(PROVIDER)
    base = provider.head()
    change_provider(server)
    run(env, tmp_path)
    # the same net change, squashed into one commit with another message
    provider.commit("Auth and GPU, squashed", _provider_files(readme="typo", auth="yes", port="9000", gpu="yes"),
                    parents=[base])

    out = run(env, tmp_path)

    assert "force-push" in out
    assert comments(server, CONSUMER) == [] and comments(server, FORK) == []


def test_a_force_push_that_takes_back_a_reported_change_is_news(world: World, tmp_path: Path) -> None:
    server, env = world
    provider = server.repo(PROVIDER)
    base = provider.head()
    provider.commit("Require an X-API-Key header", _provider_files(readme="typo", auth="yes"))
    run(env, tmp_path)
    assert len(issues(server, CONSUMER)) == 1

    provider.set_branch("main", base)  # force-pushed back: the breaking change is gone
    run(env, tmp_path)
    run(env, tmp_path)

    [said] = comments(server, CONSUMER)
    assert "Reverted:" in said and "is gone from main" in said


# --- Checkpoint resets and --since --------------------------------------------------------------------

@pytest.mark.parametrize("args, words", [
    (("state", "reset", "--repo", PROVIDER, "--to", "deadbeef"), "--to 'deadbeef': no commit of that name"),
    (("state", "reset", "--repo", PROVIDER, "--to", "main"), "--to 'main': expected a commit sha"),
    (("run", "--since", "deadbeef"), "--since 'deadbeef': no commit of that name"),
    (("run", "--since", "last tuesday"), "--since 'last tuesday': expected a commit sha on the watched branch or an ISO"),
])
def test_a_reset_or_since_that_names_no_commit_on_the_branch_is_a_usage_error(
    world: World, tmp_path: Path, args: tuple[str, ...], words: str,
) -> None:
    server, env = world
    before = checkpoint(env)
    result = orchestrator(*args, env=env, cwd=tmp_path)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert checkpoint(env) == before and "Traceback" not in result.stderr


def test_a_reset_to_a_commit_off_the_watched_branch_is_a_usage_error(world: World, tmp_path: Path) -> None:
    server, env = world
    side = server.repo(PROVIDER).commit("Experiment", {"x.py": "1\n"}, branch="side",
                                        parents=[server.repo(PROVIDER).head()])
    result = orchestrator("state", "reset", "--repo", PROVIDER, "--to", side, env=env, cwd=tmp_path)
    assert result.returncode == 2 and "no commit of that name is on" in result.stderr


def test_since_accepts_an_iso_date(world: World, tmp_path: Path) -> None:
    server, env = world
    change_provider(server)
    run(env, tmp_path, "--since", "2000-01-01")
    assert len(issues(server, CONSUMER)) == 1


# --- Rate limits and dropped connections -----------------------------------------------------------

@pytest.mark.parametrize("limit", ["every 7th request 429", "every 3rd write 403 secondary"])
def test_rate_limits_on_any_request_are_waited_out_within_the_run(world: World, tmp_path: Path, limit: str) -> None:
    server, env = world
    env = {**env, "ORCHESTRATOR_GITHUB_RATE_LIMIT_MIN_WAIT": "0"}
    if limit.startswith("every 7th"):
        server.every_nth(7, 429, secondary=False)
    else:
        server.every_nth(3, 403, "POST", r"^/repos/")
    change_provider(server)

    run(env, tmp_path)

    assert len(issues(server, CONSUMER)) == 1 and len(issues(server, FORK)) == 1
    assert server.count(status=429) + server.count(status=403) >= 1


def test_a_rate_limit_past_the_wait_budget_is_not_a_configuration_error(world: World, tmp_path: Path) -> None:
    server, env = world
    env = {**env, "ORCHESTRATOR_GITHUB_RATE_LIMIT_BUDGET": "0"}
    server.secondary_limit("POST", r"/repos/acme/chat-app/issues$", status=403, times=None)
    change_provider(server)
    result = orchestrator("run", env=env, cwd=tmp_path)
    assert result.returncode != 2 and "Traceback" not in result.stderr  # the next run carries on
    assert "rate limit spent" in result.stdout and checkpoint(env)["sha"] != server.repo(PROVIDER).head()


def test_a_dropped_connection_while_writing_is_a_retryable_failure_of_that_repo(
    world: World, tmp_path: Path,
) -> None:
    server, env = world
    server.drop("POST", r"/repos/acme/chat-app/issues$")
    change_provider(server)

    out = run(env, tmp_path, code=1)

    assert "could not be reached" in out
    run(env, tmp_path)
    assert len(issues(server, CONSUMER)) == 1 and len(issues(server, FORK)) == 1
    assert comments(server, CONSUMER) == comments(server, FORK) == []
