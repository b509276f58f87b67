"""End to end through the command line, in subprocesses, against real git repositories."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_process import run_cli
from conftest import FIXTURES

from job.demo import CHANGES, CONSUMER, FORK, PROVIDER, TYPO, _provider_files, build_world

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = Path(__file__).parent / "configs"
BROKEN = json.loads((CONFIGS / "broken-expected.json").read_text())
PAYLOADS = FIXTURES / "payloads"

pytestmark = pytest.mark.slow


def orchestrator(*args: str, env: dict[str, str], cwd: Path, stdin: str | None = None,
                 launcher: str | None = None, fresh: bool = False) -> subprocess.CompletedProcess[str]:
    return run_cli(list(args), env=env, cwd=cwd, stdin=stdin, launcher=launcher, fresh=fresh)


def outbox_issues(state: Path, dependent: str) -> dict[str, str]:
    folder = state / "outbox" / dependent
    return {p.name: p.read_text() for p in sorted(folder.glob("*.md"))} if folder.is_dir() else {}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    cwd = tmp_path_factory.mktemp("demo")
    result = orchestrator("demo", env={"ORCHESTRATOR_STATE": str(cwd / "state")}, cwd=cwd)
    return result, cwd / "state"


def test_demo_completes_and_prints_the_digest(demo: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, _ = demo
    assert result.returncode == 0, result.stderr
    assert "# Dependency orchestrator: run" in result.stdout
    assert "Pass 3 wrote 0 new issue(s) or comment(s)." in result.stdout


def test_demo_consumer_gets_one_issue_for_port_auth_and_model(demo: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, state = demo
    issues = outbox_issues(state, CONSUMER)
    assert len(issues) == 1
    body = next(iter(issues.values()))
    for expected in ("**authentication**", "**endpoints**", "X-API-Key", "9000", "MODEL_NAME=meta-llama/Llama-3.1-8B-Instruct"):
        assert expected in body
    assert "docker-compose.yml" not in body.split("### Evidence")[1].split("<details>")[0]
    # what to do, in the consumer's own terms: its file, the old and the new port, the new header
    todo = body.split("### What to do")[1].split("### Evidence")[0]
    assert "`src/llm_client.py` uses `8000`" in todo and "now uses `9000`" in todo
    assert "Send the `X-API-Key` header from `src/llm_client.py`" in todo
    assert "Update the base URL, paths or ports your client calls." not in todo  # generic advice it replaces
    assert "**Confidence:**" not in body  # deterministic rules have no confidence to print


def test_demo_fork_gets_one_issue_for_gpu_and_docker_but_not_the_model(
    demo: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    _, state = demo
    issues = outbox_issues(state, FORK)
    assert len(issues) == 1
    body = next(iter(issues.values()))
    assert "**GPU configuration**" in body and "**the container image**" in body and "driver: nvidia" in body
    assert "MODEL_NAME=" not in body and "Llama" not in body


def test_demo_typo_reaches_nobody(demo: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, state = demo
    assert not (state / "outbox" / PROVIDER).exists()
    for dependent in (CONSUMER, FORK):
        evidence = next(iter(outbox_issues(state, dependent).values())).split("### Evidence")[1]
        assert "README.md" not in evidence


def test_pass_after_the_demo_writes_nothing_new(demo: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, state = demo
    world = state / "demo-world"
    before = {d: outbox_issues(state, d) for d in (CONSUMER, FORK)}
    env = {"ORCHESTRATOR_STATE": str(state), "ORCHESTRATOR_CONFIG": str(world / "relationships.json"),
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (world / "remotes").as_uri() + "/{owner}/{repo}.git"}
    result = orchestrator("run", env=env, cwd=state.parent)
    assert result.returncode == 0, result.stderr
    assert {d: outbox_issues(state, d) for d in (CONSUMER, FORK)} == before
    assert result.stdout == ""  # nothing to say: no digest


# --- killed passes ------------------------------------------------------------------------------

KILL_WHEN_OPENING = """
import os, sys
marker = os.environ["KILL_MARKER"]
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and marker in args[0] and args[1] and "w" in str(args[1]):
        os.kill(os.getpid(), 9)
sys.addaudithook(hook)
from job.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def world(tmp_path: Path) -> tuple[dict[str, str], Path]:
    config_path, built = build_world(tmp_path / "world")
    env = {"ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_CONFIG": str(config_path),
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (tmp_path / "world" / "remotes").as_uri() + "/{owner}/{repo}.git",
           "ORCHESTRATOR_LOG_FORMAT": "json"}
    assert orchestrator("run", env=env, cwd=tmp_path).returncode == 0  # baseline
    from git import Repo

    with Repo(built.work / PROVIDER) as provider:
        state = {"readme": TYPO}
        for message, change in CHANGES:
            state.update(change)
            built.commit(provider, _provider_files(**state), message)
    return env, tmp_path / "state"


@pytest.mark.parametrize("marker", ["/ledger/", "/threads/", "/checkpoints/"])
def test_pass_killed_after_an_issue_write_then_rerun_leaves_exactly_one_issue(
    world: tuple[dict[str, str], Path], marker: str,
) -> None:
    env, state = world
    checkpoint = (state / "checkpoints" / "demo-org" / "llm-service.json").read_text()
    killed = orchestrator("run", env={**env, "KILL_MARKER": marker}, cwd=state.parent, launcher=KILL_WHEN_OPENING)
    assert killed.returncode == -9, killed.stderr
    assert len(outbox_issues(state, CONSUMER)) + len(outbox_issues(state, FORK)) >= 1
    assert (state / "checkpoints" / "demo-org" / "llm-service.json").read_text() == checkpoint

    rerun = orchestrator("run", env=env, cwd=state.parent)
    assert rerun.returncode == 0, rerun.stderr
    for dependent in (CONSUMER, FORK):
        issues = outbox_issues(state, dependent)
        assert len(issues) == 1
        assert "orchestrator:comment" not in next(iter(issues.values()))
    assert (state / "checkpoints" / "demo-org" / "llm-service.json").read_text() != checkpoint
    again = orchestrator("run", env=env, cwd=state.parent)
    assert again.returncode == 0 and again.stdout == ""


# --- broken configs -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_config_exits_2_naming_its_json_path_and_writes_nothing(tmp_path: Path, name: str) -> None:
    config = CONFIGS / "broken" / name
    state = tmp_path / "state"
    result = orchestrator("run", "--config", str(config), env={"ORCHESTRATOR_STATE": str(state)}, cwd=tmp_path)
    assert result.returncode == 2
    assert BROKEN[name] in result.stderr and str(config) in result.stderr
    assert not state.exists()
    assert result.stdout == ""


def test_validate_reports_ok_and_the_active_adapters(tmp_path: Path) -> None:
    result = orchestrator("validate", env={"ORCHESTRATOR_STATE": str(tmp_path / "state")}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "OK:" in result.stdout and "source: git" in result.stdout and "tracker: outbox" in result.stdout


def test_unknown_setting_value_is_an_error_naming_the_variable(tmp_path: Path) -> None:
    result = orchestrator("validate", env={"ORCHESTRATOR_TRACKER": "jira"}, cwd=tmp_path)
    assert result.returncode == 2 and "ORCHESTRATOR_TRACKER='jira'" in result.stderr


# --- triage payloads ----------------------------------------------------------------------------

DEVSET_CONFIG = FIXTURES / "devset" / "relationships.json"


def test_triage_consumer_payload_prints_the_decision(tmp_path: Path) -> None:
    result = orchestrator("triage", "consumer", "--payload", str(PAYLOADS / "consumer-health-endpoint.json"),
                          "--config", str(DEVSET_CONFIG), env={}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["requires_action"] is True and "endpoints" in decision["matched"]
    assert decision["would_call_llm"] is True and decision["llm_called"] is False and decision["engine"] == "rules"
    assert set(decision) >= {"urgency", "confidence", "impact_summary", "recommended_changes", "affected_files", "reasoning"}


def test_triage_template_payload_from_stdin(tmp_path: Path) -> None:
    payload = (PAYLOADS / "template-gpu-compose.json").read_text()
    result = orchestrator("triage", "template", "--payload", "-", "--config", str(DEVSET_CONFIG),
                          env={}, cwd=tmp_path, stdin=payload)
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["requires_action"] is True
    assert {"docker", "gpu_configuration"} <= set(decision["matched"])


def test_triage_of_an_unconfigured_pair_exits_2_naming_it(tmp_path: Path) -> None:
    payload = json.loads((PAYLOADS / "consumer-health-endpoint.json").read_text())
    payload["consumer_repo"] = "someone/else"
    result = orchestrator("triage", "consumer", "--payload", "-", "--config", str(DEVSET_CONFIG), env={},
                          cwd=tmp_path, stdin=json.dumps(payload))
    assert result.returncode == 2
    assert "someone/else is not configured as an api_consumer of patelmm79/vllm-container-ngc" in result.stderr


def test_triage_of_a_malformed_payload_names_the_json_path(tmp_path: Path) -> None:
    payload = json.loads((PAYLOADS / "template-gpu-compose.json").read_text())
    payload["test_changes"]["changed_files"][0]["change_type"] = "exploded"
    result = orchestrator("triage", "template", "--payload", "-", "--config", str(DEVSET_CONFIG), env={},
                          cwd=tmp_path, stdin=json.dumps(payload))
    assert result.returncode == 2
    assert "$.test_changes.changed_files[0].change_type" in result.stderr


# --- relationships and state --------------------------------------------------------------------

def test_relationships_lists_table_json_and_mermaid(tmp_path: Path) -> None:
    env = {"ORCHESTRATOR_CONFIG": str(DEVSET_CONFIG)}
    table = orchestrator("relationships", env=env, cwd=tmp_path)
    assert table.returncode == 0 and "patelmm79/resume-customizer" in table.stdout
    listed = json.loads(orchestrator("relationships", "--format", "json", env=env, cwd=tmp_path).stdout)
    assert len(listed) == 3 and {r["kind"] for r in listed} == {"consumer", "template"}
    mermaid = orchestrator("relationships", "--format", "mermaid", env=env, cwd=tmp_path).stdout
    assert mermaid.startswith("graph LR") and mermaid.count("-->") + mermaid.count("-.->") == 3


def test_state_show_and_reset_move_the_checkpoint(world: tuple[dict[str, str], Path]) -> None:
    env, state = world
    shown = json.loads(orchestrator("state", "show", "--format", "json", env=env, cwd=state.parent).stdout)
    assert {c["repo"] for c in shown["checkpoints"]} == {PROVIDER}
    baseline = next(c["sha"] for c in shown["checkpoints"] if c["repo"] == PROVIDER)

    deleted = orchestrator("state", "reset", "--repo", PROVIDER, env=env, cwd=state.parent)
    assert deleted.returncode == 0 and "deleted" in deleted.stdout
    rerun = orchestrator("run", "--repo", PROVIDER, env=env, cwd=state.parent)
    assert rerun.returncode == 0 and outbox_issues(state, CONSUMER) == {}  # a new baseline, no flood

    moved = orchestrator("state", "reset", "--repo", PROVIDER, "--to", baseline, env=env, cwd=state.parent)
    assert moved.returncode == 0
    replay = orchestrator("run", "--repo", PROVIDER, env=env, cwd=state.parent)
    assert replay.returncode == 0 and len(outbox_issues(state, CONSUMER)) == 1
    bad = orchestrator("state", "reset", "--repo", PROVIDER, "--to", "not-a-sha", env=env, cwd=state.parent)
    assert bad.returncode == 2 and "expected a commit sha" in bad.stderr


def test_dry_run_prints_the_digest_and_writes_nothing(world: tuple[dict[str, str], Path]) -> None:
    env, state = world
    listing = sorted(p.relative_to(state) for p in state.rglob("*") if "cache" not in p.parts)
    result = orchestrator("run", "--dry-run", env=env, cwd=state.parent)
    assert result.returncode == 0, result.stderr
    assert "dry run: nothing was written" in result.stdout and "would file an issue" in result.stdout
    assert sorted(p.relative_to(state) for p in state.rglob("*") if "cache" not in p.parts) == listing


def test_unknown_repo_option_is_a_usage_error(world: tuple[dict[str, str], Path]) -> None:
    env, state = world
    result = orchestrator("run", "--repo", "nobody/nothing", env=env, cwd=state.parent)
    assert result.returncode == 2 and "nobody/nothing" in result.stderr


def test_triage_leaves_out_a_lock_file_as_a_run_does(tmp_path: Path) -> None:
    payload = json.loads((PAYLOADS / "consumer-health-endpoint.json").read_text())
    payload["test_changes"]["changed_files"] = [{
        "path": "package-lock.json", "change_type": "modified",
        "diff": '@@ -10 +10 @@\n-      "version": "1.2.3",\n+      "version": "1.2.4",\n'}]
    result = orchestrator("triage", "consumer", "--payload", "-", "--config", str(DEVSET_CONFIG),
                          env={}, cwd=tmp_path, stdin=json.dumps(payload))
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["requires_action"] is False and decision["would_call_llm"] is False
    assert "noise" in decision["reasoning"] or "No relevant file" in decision["reasoning"], decision["reasoning"]
