"""`orchestrator run --dry-run` says what the real run would do, read from the ledger and the tracker:
file, comment, or nothing; and writes nothing (state, tracker, digest). Each dry run is followed by the real
run, which must do what it said. Against the outbox (real git remotes) and against FakeGitHub."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from git import Repo
from test_cli import KILL_WHEN_OPENING, orchestrator, outbox_issues
from test_cli_github import CONFIG, CONSUMER, FORK, PROVIDER, change_provider, issues

from job.demo import CHANGES, TYPO, _provider_files, _World, build_world
from job.demo import CONSUMER as DEMO_CONSUMER
from job.demo import FORK as DEMO_FORK
from job.demo import PROVIDER as DEMO_PROVIDER

pytestmark = pytest.mark.slow

Env = dict[str, str]


def line_of(digest: str, dependent: str) -> str:
    [line] = [x for x in digest.splitlines() if x.startswith(f"- {dependent} (")]
    return line


def files_under(state: Path) -> dict[str, bytes]:
    """Everything under the state folder but the clone and triage caches (which a dry run may fill)."""
    return {str(p.relative_to(state)): p.read_bytes() for p in sorted(state.rglob("*"))
            if p.is_file() and "cache" not in p.relative_to(state).parts}


def dry_run(env: Env, cwd: Path) -> str:
    state = Path(env["ORCHESTRATOR_STATE"])
    before = files_under(state)
    result = orchestrator("run", "--dry-run", env=env, cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert "dry run: nothing was written" in result.stdout
    assert files_under(state) == before  # no checkpoint, ledger, told record, run record, issue or digest
    return result.stdout


def real_run(env: Env, cwd: Path) -> str:
    result = orchestrator("run", env=env, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


# --- the outbox tracker, git remotes --------------------------------------------------------------------------

@pytest.fixture
def outbox_world(tmp_path: Path) -> Iterator[tuple[Env, Repo, _World]]:
    """The demo world after a baseline pass and the demo's five new commits on the provider."""
    config_path, built = build_world(tmp_path / "world")
    env = {"ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_CONFIG": str(config_path),
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (tmp_path / "world" / "remotes").as_uri() + "/{owner}/{repo}.git",
           "ORCHESTRATOR_LOG_FORMAT": "json"}
    real_run(env, tmp_path)  # baseline
    provider = Repo(built.work / DEMO_PROVIDER)
    files = {"readme": TYPO}
    for message, change in CHANGES:
        files.update(change)
        built.commit(provider, _provider_files(**files), message)
    yield env, provider, built
    provider.close()


@pytest.mark.parametrize("marker", ["/ledger/", "/told/"])
def test_outbox_dry_run_after_a_pass_killed_past_an_issue_write_says_it_is_already_written(
    outbox_world: tuple[Env, Repo, _World], tmp_path: Path, marker: str,
) -> None:
    env, _, _ = outbox_world
    # killed after the consumer's issue was written, before the pass recorded it (in the ledger, or as told)
    killed = orchestrator("run", env={**env, "KILL_MARKER": marker}, cwd=tmp_path, launcher=KILL_WHEN_OPENING)
    assert killed.returncode == -9, killed.stderr
    [written] = outbox_issues(Path(env["ORCHESTRATOR_STATE"]), DEMO_CONSUMER).values()

    said = dry_run(env, tmp_path)
    assert re.search(r"→ nothing: already written as \[#1\]\(file://", line_of(said, DEMO_CONSUMER))
    assert "→ would file an issue: demo-org/llm-service changed" in line_of(said, DEMO_FORK)
    assert "would file 1 issue and comment on 0" in said

    real_run(env, tmp_path)  # does what the dry run said: the fork's issue, nothing in the consumer
    assert list(outbox_issues(Path(env["ORCHESTRATOR_STATE"]), DEMO_CONSUMER).values()) == [written]
    assert len(outbox_issues(Path(env["ORCHESTRATOR_STATE"]), DEMO_FORK)) == 1


def test_outbox_dry_run_comments_on_the_open_issue_of_the_thread_and_files_past_a_closed_one(
    outbox_world: tuple[Env, Repo, _World], tmp_path: Path,
) -> None:
    env, provider, built = outbox_world
    state = Path(env["ORCHESTRATOR_STATE"])
    real_run(env, tmp_path)
    [fork_issue] = (state / "outbox" / DEMO_FORK).glob("*.md")
    fork_issue.write_text(fork_issue.read_text().replace('state: "open"', 'state: "closed"', 1))
    files = {"readme": TYPO, **{k: v for _, change in CHANGES for k, v in change.items()}}
    built.commit(provider, _provider_files(**{**files, "port": "9100", "gpu": ""}), "Serve on port 9100 without a GPU")

    said = dry_run(env, tmp_path)
    assert re.search(r"→ would comment on \[#1\]\(file://[^)]*/0001-[^)]*\): demo-org/llm-service changed",
                     line_of(said, DEMO_CONSUMER))
    assert "→ would file an issue: demo-org/llm-service changed" in line_of(said, DEMO_FORK)
    assert "would file 1 issue and comment on 1" in said

    real_run(env, tmp_path)
    [consumer] = outbox_issues(state, DEMO_CONSUMER).values()
    assert consumer.count("<!-- orchestrator:comment -->") == 1
    assert sorted(outbox_issues(state, DEMO_FORK)) == [fork_issue.name, next(
        n for n in outbox_issues(state, DEMO_FORK) if n.startswith("0002-"))]


# --- GitHub issues, FakeGitHub ---------------------------------------------------------------------------------

@pytest.fixture
def github(tmp_path: Path) -> Iterator[tuple[FakeGitHub, Env]]:
    """The provider, its consumer and its fork on FakeGitHub, after a first (baseline) run."""
    with FakeGitHub() as server:
        server.add_repo(PROVIDER).commit("Initial import", _provider_files(readme="typo"))
        server.add_repo(CONSUMER).commit("init", {"src/llm_client.py": "BASE_URL = 'http://llm:8000/v1'\n"})
        server.add_repo(FORK).commit("init", _provider_files(readme="fork"))
        config = tmp_path / "relationships.json"
        config.write_text(json.dumps(CONFIG))
        env = {"GITHUB_TOKEN": "ghp_" + "x" * 36, "GITHUB_API_URL": server.url, "ORCHESTRATOR_CONFIG": str(config),
               "ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_LOG_FORMAT": "json",
               "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE": "60000"}
        real_run(env, tmp_path)
        yield server, env


def github_dry_run(server: FakeGitHub, env: Env, cwd: Path) -> str:
    server.clear_log()
    said = dry_run(env, cwd)
    assert server.count("POST", r"^/repos") == server.count("PATCH") == server.count("PUT") == 0
    assert server.count("DELETE") == 0
    return said


def test_github_dry_run_of_a_fresh_finding_says_it_would_file_each_issue(
    github: tuple[FakeGitHub, Env], tmp_path: Path,
) -> None:
    server, env = github
    change_provider(server)

    said = github_dry_run(server, env, tmp_path)
    assert "→ would file an issue: acme/llm-service changed" in line_of(said, CONSUMER)
    assert "→ would file an issue: acme/llm-service changed" in line_of(said, FORK)
    assert "would file 2 issues and comment on 0" in said

    real_run(env, tmp_path)
    assert [(state, n) for _, state, n in issues(server, CONSUMER) + issues(server, FORK)] == [("open", 0)] * 2


def test_github_dry_run_after_a_pass_killed_past_an_issue_write_says_nothing_would_be_written(
    github: tuple[FakeGitHub, Env], tmp_path: Path,
) -> None:
    server, env = github
    change_provider(server)
    killed = orchestrator("run", env={**env, "KILL_MARKER": "/told/"}, cwd=tmp_path, launcher=KILL_WHEN_OPENING)
    assert killed.returncode == -9, killed.stderr
    assert len(issues(server, CONSUMER)) == 1 and issues(server, FORK) == []

    said = github_dry_run(server, env, tmp_path)
    assert re.search(r"→ nothing: already written as \[#1\]\(http://127\.0\.0\.1:\d+/acme/chat-app/issues/1\)",
                     line_of(said, CONSUMER))
    assert "→ would file an issue:" in line_of(said, FORK)

    real_run(env, tmp_path)
    assert [n for _, _, n in issues(server, CONSUMER)] == [0] and len(issues(server, FORK)) == 1


def test_github_dry_run_comments_on_the_open_issue_and_names_a_dependent_that_would_refuse(
    github: tuple[FakeGitHub, Env], tmp_path: Path,
) -> None:
    server, env = github
    change_provider(server)
    real_run(env, tmp_path)
    server.repo(PROVIDER).commit("Move to port 9100", _provider_files(readme="typo", auth="yes", port="9100", gpu="yes"))

    said = github_dry_run(server, env, tmp_path)
    assert re.search(r"→ would comment on \[#1\]\(http://127\.0\.0\.1:\d+/acme/chat-app/issues/1\): ",
                     line_of(said, CONSUMER))
    assert "would file 0 issues and comment on 1" in said

    server.repo(CONSUMER).archived = True
    refused = github_dry_run(server, env, tmp_path)
    assert "→ **would not be written: archived** (acme/chat-app is archived" in line_of(refused, CONSUMER)
    assert "1 dependent refusing issues" in refused

    server.repo(CONSUMER).archived = False
    real_run(env, tmp_path)
    assert [n for _, _, n in issues(server, CONSUMER)] == [1]
