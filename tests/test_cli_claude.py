"""The command line with Claude triage against FakeAnthropic: the pass, the cache, the triage command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_anthropic import FakeAnthropic, Reply, overloaded, tool
from test_cli import DEVSET_CONFIG, PAYLOADS, orchestrator, outbox_issues, world  # noqa: F401

from job.demo import CONSUMER, FORK

pytestmark = pytest.mark.slow

CONSUMER_ANSWER = {
    "requires_action": True, "urgency": "high", "confidence": 0.9,
    "impact_summary": "The service now listens on 9000 and requires an X-API-Key header.",
    "recommended_changes": ["Point BASE_URL at port 9000.", "Send the X-API-Key header from src/llm_client.py."],
    "affected_files": ["src/llm_client.py", "not/here.py"],
    "reasoning": "app.py checks X-API-Key and PORT moved to 9000; src/llm_client.py sends neither.",
}
FORK_ANSWER = {
    "requires_action": True, "urgency": "medium", "confidence": 0.4,
    "impact_summary": "docker-compose.yml reserves an NVIDIA GPU.", "recommended_changes": ["Consider the reservation."],
    "affected_files": ["docker-compose.yml"], "reasoning": "Shared GPU configuration.", "not_proposed": ["the model"],
}


def claude_env(api: FakeAnthropic) -> dict[str, str]:
    return {"ANTHROPIC_API_KEY": api.api_key, "ANTHROPIC_BASE_URL": api.base_url, "ORCHESTRATOR_CLAUDE_MAX_RETRIES": "0",
            "ORCHESTRATOR_CLAUDE_TIMEOUT": "10"}


def test_pass_with_claude_files_its_analysis_and_a_repeated_pass_asks_nothing(
    world: tuple[dict[str, str], Path],  # noqa: F811
) -> None:
    env, state = world
    shown = json.loads(orchestrator("state", "show", "--format", "json", env=env, cwd=state.parent).stdout)
    baseline = shown["checkpoints"][0]["sha"]
    with FakeAnthropic([tool(CONSUMER_ANSWER), tool(FORK_ANSWER)]) as api:
        result = orchestrator("run", env={**env, **claude_env(api)}, cwd=state.parent)
        assert result.returncode == 0, result.stderr
        assert len(api.requests) == 2 and api.problems == []
        [consumer] = outbox_issues(state, CONSUMER).values()
        assert "listens on 9000" in consumer and "Engine:** claude:" in consumer
        assert "not/here.py" not in consumer.split("### Evidence")[0].split("Files here to review")[1]
        assert outbox_issues(state, FORK) == {}  # confidence 0.4 is below the threshold: digest only
        assert "digest only" in result.stdout

        # the same range again (the checkpoint moved back by hand): answered from the result cache
        assert orchestrator("state", "reset", "--repo", "demo-org/llm-service", "--to", baseline, env=env,
                            cwd=state.parent).returncode == 0
        again = orchestrator("run", env={**env, **claude_env(api)}, cwd=state.parent)
        assert again.returncode == 0, again.stderr
        assert len(api.requests) == 2
        assert len(outbox_issues(state, CONSUMER)) == 1


def test_claude_overloaded_degrades_to_the_rules_and_says_so(world: tuple[dict[str, str], Path]) -> None:  # noqa: F811
    env, state = world
    with FakeAnthropic([overloaded(), overloaded(), overloaded()]) as api:
        result = orchestrator("run", env={**env, **claude_env(api)}, cwd=state.parent)
        assert result.returncode == 0, result.stderr
        [consumer] = outbox_issues(state, CONSUMER).values()
        assert "degraded" in consumer and "(degraded)" in result.stdout


def test_a_request_the_api_rejects_degrades_the_run_once_and_the_digest_and_run_record_say_why(
    world: tuple[dict[str, str], Path],  # noqa: F811
) -> None:
    env, state = world
    baseline = set((state / "runs").rglob("*.json"))
    with FakeAnthropic([Reply("error", status=400, error_type="invalid_request_error",
                              message="max_tokens: too large for this model")]) as api:
        result = orchestrator("run", env={**env, **claude_env(api)}, cwd=state.parent)
        assert result.returncode == 0, result.stderr
        assert len(api.requests) == 1  # the second dependent is not asked: the same request would fail the same way
    why = "the Claude API rejected the request (400 invalid_request_error: max_tokens: too large for this model)"
    assert f"**Triage fell back to the rules for the rest of this run:** Claude is not usable in this run: {why}" \
        in result.stdout
    assert result.stdout.count("(degraded)") == 2
    # this run's record: the baseline run may have started within the same second, so not the latest by time
    (path,) = set((state / "runs").rglob("*.json")) - baseline
    record = json.loads(path.read_text())
    assert record["triage_stopped"] == f"Claude is not usable in this run: {why}"
    assert all(d["degraded"] for r in record["repos"] for d in r["decisions"] if d["requires_action"])


def test_triage_with_claude_against_api_version_2026_10_21_gives_claudes_decision(tmp_path: Path) -> None:
    with FakeAnthropic([tool(CONSUMER_ANSWER)]) as api:
        result = orchestrator("triage", "consumer", "--payload", str(PAYLOADS / "consumer-health-endpoint.json"),
                              "--config", str(DEVSET_CONFIG), "--engine", "claude", env=claude_env(api), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert api.problems == [] and api.requests[0].headers["anthropic-version"] == "2026-10-21"
    decision = json.loads(result.stdout)
    assert decision["engine"].startswith("claude") and decision["degraded"] is False and decision["llm_called"] is True


def imports_the_sdk(stderr: str) -> bool:
    """Whether a process run with PYTHONPROFILEIMPORTTIME=1 imported the anthropic package."""
    return any(line.rstrip().endswith("| anthropic") for line in stderr.splitlines())


def test_the_claude_sdk_is_loaded_only_when_a_request_is_due(tmp_path: Path) -> None:
    # importing the SDK costs ~2 s of CPU: a pass with nothing to ask (no change, or none the pre-filter
    # sends on) should not pay it, on every scheduled run
    asked = json.loads((PAYLOADS / "consumer-health-endpoint.json").read_text())
    docs_only = {"source_repo": asked["source_repo"], "consumer_repo": asked["consumer_repo"], "test_changes": {
        "commit_message": "Fix a typo", "changed_files": [
            {"path": "README.md", "change_type": "M", "diff": "@@ -1 +1 @@\n-teh service\n+the service\n"}]}}
    payload = tmp_path / "docs-only.json"
    payload.write_text(json.dumps(docs_only))
    with FakeAnthropic([tool(CONSUMER_ANSWER)]) as api:
        env = {**claude_env(api), "PYTHONPROFILEIMPORTTIME": "1"}
        quiet = orchestrator("triage", "consumer", "--payload", str(payload), "--config", str(DEVSET_CONFIG),
                             "--engine", "claude", env=env, cwd=tmp_path)
        sent = orchestrator("triage", "consumer", "--payload", str(PAYLOADS / "consumer-health-endpoint.json"),
                            "--config", str(DEVSET_CONFIG), "--engine", "claude", env=env, cwd=tmp_path)
    assert quiet.returncode == 0 and sent.returncode == 0, quiet.stderr[-2000:] + sent.stderr[-2000:]
    decision = json.loads(quiet.stdout)
    assert decision["would_call_llm"] is False and decision["llm_called"] is False
    assert not imports_the_sdk(quiet.stderr)
    assert json.loads(sent.stdout)["llm_called"] is True and imports_the_sdk(sent.stderr)
    assert len(api.requests) == 1


def test_triage_with_claude_shows_the_prompt_with_the_change_fenced_as_data(tmp_path: Path) -> None:
    with FakeAnthropic([tool(CONSUMER_ANSWER)]) as api:
        result = orchestrator("triage", "consumer", "--payload", str(PAYLOADS / "consumer-health-endpoint.json"),
                              "--config", str(DEVSET_CONFIG), "--engine", "claude", "--show-prompt",
                              env=claude_env(api), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        prompt, decision = result.stdout.split("--- decision ---")
        assert "--- system ---" in prompt and '/v1/health' in prompt
        parsed = json.loads(decision)
        assert parsed["llm_called"] is True and parsed["engine"].startswith("claude")
        assert parsed["prompt_version"] and parsed["dependent"] == "patelmm79/resume-customizer"


def test_engine_claude_without_a_key_is_a_usage_error(tmp_path: Path) -> None:
    result = orchestrator("triage", "consumer", "--payload", str(PAYLOADS / "consumer-health-endpoint.json"),
                          "--config", str(DEVSET_CONFIG), "--engine", "claude", env={}, cwd=tmp_path)
    assert result.returncode == 2 and "ANTHROPIC_API_KEY" in result.stderr
