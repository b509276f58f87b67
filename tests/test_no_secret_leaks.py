"""No secret leaks, end to end: the command line in subprocesses with recognisable secret settings
(GITHUB_TOKEN, ANTHROPIC_API_KEY, WEBHOOK_URL) against FakeGitHub, FakeAnthropic and FakeDiscord, on
a watched repo whose commits, diffs and dependent's files carry every secret of the corpus. Every
process's output, every file the job wrote and every request body the fakes received is searched:
none holds a settings secret or a corpus secret. The model's answers repeat secrets too (it is never
shown any: this stands for one that makes them up), so one scenario checks both what goes in and what
comes back from the model: redacted wherever it is rendered and wherever it is kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fake_anthropic import FakeAnthropic, overloaded, tool
from fake_discord import FakeDiscord
from fake_github import FakeGitHub
from secret_corpus import SECRETS
from test_cli import orchestrator
from test_cli_github import CONFIG, CONSUMER, FORK, PROVIDER

from job.demo import _provider_files

pytestmark = pytest.mark.slow

GITHUB_TOKEN = "ghp_LeakCheckGitHubToken0123456789abcdef"
ANTHROPIC_KEY = "sk-ant-api03-LeakCheckAnthropicKey-0123456789abcdefghij"
WEBHOOK_TOKEN = "LeakCheck-Discord-Webhook-Token_0123456789"
SETTINGS_SECRETS = (GITHUB_TOKEN, ANTHROPIC_KEY, WEBHOOK_TOKEN)
# the corpus as files and messages: every secret in a file of the watched repo, in its commit
# messages and in the dependent's interface file
LEAKY_ENV = "\n".join(s.text for s in SECRETS) + "\n"
MESSAGE = "Require an X-API-Key header\n\nRotated the keys:\n" + LEAKY_ENV
ANSWERS: dict[str, dict[str, Any]] = {
    "consumer": {"requires_action": True, "urgency": "high", "confidence": 0.9,
                 "impact_summary": "app.py now requires an X-API-Key header.",
                 "recommended_changes": ["Send the X-API-Key header from src/llm_client.py."],
                 "affected_files": ["src/llm_client.py"], "reasoning": "The diff adds a header check."},
    "fork": {"requires_action": True, "urgency": "medium", "confidence": 0.9,
             "impact_summary": "docker-compose.yml reserves an NVIDIA GPU.", "recommended_changes": ["Port it."],
             "affected_files": ["docker-compose.yml"], "reasoning": "Shared GPU configuration.", "not_proposed": []},
}
# A model that repeats secrets (it is never shown any: this stands for one that makes them up)
ECHO = f" The commit shows {SECRETS[0].text} and {SECRETS[5].text}; see {SECRETS[20].text}."


def answer(kind: str) -> dict[str, Any]:
    found: dict[str, Any] = dict(ANSWERS[kind])
    found.update(impact_summary=found["impact_summary"] + ECHO, reasoning=found["reasoning"] + ECHO,
                 recommended_changes=[*found["recommended_changes"], f"Do not use {SECRETS[1].text}."])
    return found


def leaks(text: str) -> list[str]:
    found = [f"settings secret {s[:16]}…" for s in SETTINGS_SECRETS if s in text]
    return found + [f"{s.kind}: {v[:12]}…" for s in SECRETS for v in s.values if v in text]


class Everything:
    """What the job produced: output of every process, the files it wrote, what the fakes were sent."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def run(self, *args: str, env: dict[str, str], cwd: Path, stdin: str | None = None) -> int:
        result = orchestrator(*args, env=env, cwd=cwd, stdin=stdin)
        n = len(self.texts) // 2
        self.texts[f"{n}: {' '.join(args)}: stdout"] = result.stdout
        self.texts[f"{n}: {' '.join(args)}: stderr"] = result.stderr
        return result.returncode

    def leaks(self, where: Callable[[str], bool] = lambda _: True) -> dict[str, list[str]]:
        return {name: found for name, text in self.texts.items() if where(name) and (found := leaks(text))}


def scenario(root: Path) -> Everything:
    """validate, a baseline, a pass that files two issues, passes with Claude down and a GitHub write
    failing, a payload triage with its prompt shown, the state and weekly digest commands."""
    seen = Everything()
    with FakeGitHub() as github, FakeAnthropic(api_key=ANTHROPIC_KEY) as api, \
            FakeDiscord(token=WEBHOOK_TOKEN, scripted={1: 429}) as discord:
        provider = github.add_repo(PROVIDER)
        provider.commit("Initial import", dict(_provider_files(readme="typo")))
        github.add_repo(CONSUMER).commit("init", {"src/llm_client.py": "BASE_URL = 'http://llm:8000/v1'\n" + LEAKY_ENV})
        github.add_repo(FORK).commit("init", _provider_files(readme="fork"))
        root.mkdir(parents=True, exist_ok=True)
        (root / "relationships.json").write_text(json.dumps(CONFIG))
        state = root / "state"
        env = {"GITHUB_TOKEN": GITHUB_TOKEN, "GITHUB_API_URL": github.url, "ANTHROPIC_API_KEY": ANTHROPIC_KEY,
               "ANTHROPIC_BASE_URL": api.base_url, "ORCHESTRATOR_CLAUDE_MAX_RETRIES": "0", "WEBHOOK_URL": discord.url,
               "ORCHESTRATOR_CONFIG": str(root / "relationships.json"), "ORCHESTRATOR_STATE": str(state),
               "ORCHESTRATOR_LOG_FORMAT": "json", "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE": "60000"}
        assert seen.run("validate", env=env, cwd=root) == 0
        assert seen.run("run", env=env, cwd=root) == 0  # baseline

        files = _provider_files(readme="typo", auth="yes", port="9000", gpu="yes")
        provider.commit(MESSAGE, {**files, "config/secrets.env": LEAKY_ENV,
                                  "deploy/key.pem": next(s.text for s in SECRETS if "RSA" in s.kind)})
        api.add(tool(answer("consumer")), tool(answer("fork")))
        assert seen.run("run", env={**env, "ORCHESTRATOR_LOG_FORMAT": "text"}, cwd=root) == 0
        assert len(github.repo(CONSUMER).issues) == 1 and len(github.repo(FORK).issues) == 1

        # a later change while Claude is down and GitHub fails a write: errors and degraded paths log too
        provider.commit(f"Move the port again\n\n{LEAKY_ENV}",
                        {**files, "app.py": files["app.py"].replace("9000", "9100")})
        api.add(*[overloaded()] * 4)
        github.fail("POST", r"/comments$", 500, times=2)
        codes = [seen.run("run", env=env, cwd=root) for _ in range(3)]
        assert codes[0] == 1 and codes[-1] == 0, codes
        payload = {"source_repo": PROVIDER, "consumer_repo": CONSUMER, "test_changes": {
            "commit_message": MESSAGE, "changed_files": [{"path": "app.py", "change_type": "M", "diff": LEAKY_ENV}]}}
        api.add(tool(answer("consumer")))
        assert seen.run("triage", "consumer", "--payload", "-", "--engine", "claude", "--show-prompt", env=env,
                        cwd=root, stdin=json.dumps(payload)) == 0
        for command in (("state", "show"), ("state", "show", "--format", "json"),
                        ("digest", "--weekly", "--dry-run"), ("relationships",)):
            assert seen.run(*command, env=env, cwd=root) == 0

        # the secrets went in, and the job did its work
        assert api.requests and discord.accepted and github.count("POST", r"/issues$") == 2
        assert any(SECRETS[0].values[0] in c.message for c in provider.commits.values())
        for path in sorted(p for p in state.rglob("*") if p.is_file() and "cache/git" not in p.as_posix()):
            seen.texts[f"file {path.relative_to(root).as_posix()}"] = path.read_text(errors="replace")
        for n, entry in enumerate(github.log):
            if entry.body is not None:
                seen.texts[f"GitHub request {n}: {entry.method} {entry.path}"] = json.dumps(entry.body)
        for issue in (*github.repo(CONSUMER).issues.values(), *github.repo(FORK).issues.values()):
            seen.texts[f"issue {issue.number}: {issue.title}"] = \
                issue.title + issue.body + "".join(c.body for c in issue.comments)
        for n, request in enumerate(api.requests):
            seen.texts[f"Anthropic request {n}"] = json.dumps(request.body)
        for n, message in enumerate(s.payload for s in discord.seen):
            seen.texts[f"Discord message {n}"] = json.dumps(message)
    assert len(seen.texts) > 40  # the search covers outputs, files and requests
    return seen


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {what}" for where, what in found.items())




@pytest.fixture(scope="module")
def echoed(tmp_path_factory: pytest.TempPathFactory) -> Everything:
    return scenario(tmp_path_factory.mktemp("echo"))


def model_output_in_state(name: str) -> bool:
    return name.startswith(("file state/cache/triage/", "file state/runs/"))


def test_no_secret_given_or_repeated_by_the_model_reaches_issues_digests_logs_or_requests(echoed: Everything) -> None:
    found = echoed.leaks(lambda name: not model_output_in_state(name))
    assert found == {}, report(found)


def test_no_secret_given_or_repeated_by_the_model_reaches_the_state(echoed: Everything) -> None:
    found = echoed.leaks(model_output_in_state)
    assert found == {}, report(found)
